//! Plain mode (`--plain`, src/plain/): how to answer each kind of question, what an answer
//! changed, and why a line was not read.

use super::Row;

pub const PLAIN: &[Row] = &[
    (
        "plain.session",
        "Session {name} ({path})",
        "会话 {name}（{path}）",
    ),
    ("plain.label.now", "Now", "当前答案"),
    (
        "plain.question.needed",
        "{label} (needed)",
        "{label}（必答）",
    ),
    (
        "plain.keys.choice",
        "Type a number or a name; Enter alone keeps the answer, - clears it, ? explains, q saves and leaves.",
        "输入编号或名称；直接按 Enter 保留当前答案，- 清除答案，? 查看说明，q 保存并退出。",
    ),
    (
        "plain.keys.multi",
        "Type numbers or names separated by commas, 0 for none of these; Enter alone keeps the answer, - clears it, ? explains, q saves and leaves.",
        "输入编号或名称，用逗号分隔，0 表示都不是；直接按 Enter 保留当前答案，- 清除答案，? 查看说明，q 保存并退出。",
    ),
    (
        "plain.keys.yes-no",
        "y yes, n no, u not sure; Enter alone keeps the answer, - clears it, ? explains, q saves and leaves.",
        "y 是，n 否，u 不确定；直接按 Enter 保留当前答案，- 清除答案，? 查看说明，q 保存并退出。",
    ),
    (
        "plain.keys.text",
        "Type the answer; Enter alone keeps it, - clears it, ? explains, q saves and leaves.",
        "输入答案；直接按 Enter 保留当前答案，- 清除答案，? 查看说明，q 保存并退出。",
    ),
    (
        "plain.keys.date",
        "Type a date as YYYY-MM-DD; Enter alone keeps the answer, - clears it, ? explains, q saves and leaves.",
        "按 YYYY-MM-DD 输入日期；直接按 Enter 保留当前答案，- 清除答案，? 查看说明，q 保存并退出。",
    ),
    (
        "plain.keys.number",
        "Type a whole number; Enter alone keeps the answer, - clears it, ? explains, q saves and leaves.",
        "输入整数；直接按 Enter 保留当前答案，- 清除答案，? 查看说明，q 保存并退出。",
    ),
    (
        "plain.keys.decimal",
        "Type an amount in RMB, e.g. 120.50; Enter alone keeps the answer, - clears it, ? explains, q saves and leaves.",
        "输入人民币金额，例如 120.50；直接按 Enter 保留当前答案，- 清除答案，? 查看说明，q 保存并退出。",
    ),
    (
        "plain.keys.domains",
        "Type a domain name to add it, or -N to remove the Nth; Enter alone when the list is complete; q saves and leaves.",
        "输入域名即添加，输入 -N 删除第 N 个；列表完整后直接按 Enter；q 保存并退出。",
    ),
    (
        "plain.domains.added",
        "Added {name} as domain {n}.",
        "已添加 {name}，为第 {n} 个域名。",
    ),
    (
        "plain.domains.removed",
        "Removed domain {n}.",
        "已删除第 {n} 个域名。",
    ),
    (
        "plain.check.problem",
        "Saved as typed, but: {reason}",
        "已按输入保存，但：{reason}",
    ),
    ("plain.change.gone", "No longer applies", "不再适用"),
    (
        "plain.error.line",
        "line {line} of the answers: {reason}",
        "答案第 {line} 行：{reason}",
    ),
    (
        "plain.error.choice-number",
        "There is no option {number}: type a number from 1 to {n}, or a name.",
        "没有第 {number} 项：请输入 1 到 {n} 之间的编号，或名称。",
    ),
    (
        "plain.error.no-match",
        "No option matches “{typed}”.",
        "没有与“{typed}”匹配的选项。",
    ),
    (
        "plain.error.ambiguous",
        "“{typed}” matches several options ({options}): type more of the name, or its number.",
        "“{typed}”与多个选项匹配（{options}）：请输入更完整的名称，或其编号。",
    ),
    (
        "plain.error.too-short",
        "“{typed}” is too short to name an option: type more of the name, or its number.",
        "“{typed}”太短，无法确定选项：请输入更完整的名称，或其编号。",
    ),
    (
        "plain.error.yes-no",
        "Answer y (yes), n (no) or u (not sure).",
        "请回答 y（是）、n（否）或 u（不确定）。",
    ),
    (
        "plain.error.domain-number",
        "There is no domain {number} to remove.",
        "没有可删除的第 {number} 个域名。",
    ),
    ("plain.start.sessions", "Saved sessions:", "已保存的会话："),
    (
        "plain.start.empty",
        "No saved sessions yet.",
        "还没有保存的会话。",
    ),
    (
        "plain.start.ask",
        "Type a session's number or name to open it, or a new name to create one; q leaves.",
        "输入会话的编号或名称即可打开，输入新名称即新建会话；q 退出。",
    ),
    (
        "plain.start.no-number",
        "There is no session {number}.",
        "没有第 {number} 个会话。",
    ),
    (
        "plain.end.finished",
        "Every step has been asked; the answers are saved in {path}. `icp-prep check {target}` prints the checklist; `icp-prep open {target}` opens it in the wizard.",
        "所有步骤均已问完，答案已保存在 {path}。`icp-prep check {target}` 打印清单；`icp-prep open {target}` 在向导中打开。",
    ),
    (
        "plain.end.left",
        "The answers are saved in {path}. `icp-prep --plain open {target}` continues from this step.",
        "答案已保存在 {path}。`icp-prep --plain open {target}` 从这一步继续。",
    ),
];

//! Sessions on disk: `store` errors, the session file's header comment, and the session commands
//! (`new`, `open`, `list`, `delete`).

use super::Row;

pub const STORE: &[Row] = &[
    // ── session names ───────────────────────────────────────────────────────────────────────
    (
        "store.name.empty",
        "a session name cannot be empty",
        "会话名称不能为空",
    ),
    (
        "store.name.too-long",
        "session name “{name}” is too long: at most 64 characters and 195 bytes of UTF-8 (a Chinese character takes 3 bytes, an emoji 4)",
        "会话名称“{name}”太长：最多 64 个字符，且 UTF-8 编码不超过 195 字节（一个汉字占 3 字节，一个表情符号占 4 字节）",
    ),
    (
        "store.name.separator",
        "session name “{name}” contains a path separator or a character not allowed in file names (/ \\ < > : \" | ? *)",
        "会话名称“{name}”含有路径分隔符或文件名中不允许的字符（/ \\ < > : \" | ? *）",
    ),
    (
        "store.name.hidden",
        "session name “{name}” starts with a dot; hidden names are not allowed",
        "会话名称“{name}”以点开头；不允许使用隐藏名称",
    ),
    (
        "store.name.reserved",
        "session name “{name}” is reserved for devices on Windows (CON, PRN, AUX, NUL, COM1–9, LPT1–9) or ends with a dot or space; choose another",
        "会话名称“{name}”是 Windows 保留的设备名（CON、PRN、AUX、NUL、COM1–9、LPT1–9），或以点或空格结尾；请换一个名称",
    ),
    (
        "store.name.control",
        "session name “{name}” contains a control character",
        "会话名称“{name}”含有控制字符",
    ),
    // ── errors ──────────────────────────────────────────────────────────────────────────────
    (
        "store.error.no-data-dir",
        "cannot find a data directory for icp-prep (is HOME set?); pass --data-dir DIR or set ICP_PREP_DATA_DIR",
        "找不到 icp-prep 的数据目录（是否设置了 HOME？）；请使用 --data-dir DIR 或设置 ICP_PREP_DATA_DIR",
    ),
    (
        "store.error.not-found",
        "session {name} not found (looked for {file}); create it with `icp-prep new {name}`, or see `icp-prep list`",
        "找不到会话 {name}（查找的文件：{file}）；请用 `icp-prep new {name}` 创建，或查看 `icp-prep list`",
    ),
    (
        "store.error.exists",
        "session {name} already exists ({file}); open it with `icp-prep open {name}`",
        "会话 {name} 已存在（{file}）；请用 `icp-prep open {name}` 打开",
    ),
    (
        "store.error.locked",
        "session {name} is open in another window (pid {pid})",
        "会话 {name} 已在另一个窗口中打开（进程号 {pid}）",
    ),
    (
        "store.error.locked-no-pid",
        "session {name} is open in another window",
        "会话 {name} 已在另一个窗口中打开",
    ),
    (
        "store.error.too-large",
        "{file} is {size} bytes; session files over 1 MiB are refused; the file was left untouched",
        "{file} 有 {size} 字节；不接受超过 1 MiB 的会话文件；文件未作任何改动",
    ),
    (
        "store.error.utf8",
        "{file} is not UTF-8 text (invalid byte at offset {offset}); the file was left untouched",
        "{file} 不是 UTF-8 文本（偏移 {offset} 处有无效字节）；文件未作任何改动",
    ),
    (
        "store.error.parse",
        "{file}: {error}",
        "{file} 的内容有误：{error}",
    ),
    (
        "store.error.too-deep",
        "{file}: line {line}, column {column}: more than {limit} levels of nested brackets or braces; a session file never nests this deep. The file was left untouched",
        "{file}：第 {line} 行第 {column} 列：方括号或花括号嵌套超过 {limit} 层；会话文件不会嵌套这么深。文件未作任何改动",
    ),
    (
        "store.error.tag",
        "{file}: line {line}, column {column}: a YAML tag (`!…`); session files do not use tags: write the plain value (for example `version: 1`). The file was left untouched",
        "{file}：第 {line} 行第 {column} 列：YAML 标签（`!…`）；会话文件不使用标签，请直接写值（例如 `version: 1`）。文件未作任何改动",
    ),
    (
        "store.error.control",
        "{file}: line {line}, column {column}: control character {code} is not allowed in a session file; remove it, or write it as an escape (such as \\u001b) inside double quotes. The file was left untouched",
        "{file}：第 {line} 行第 {column} 列：会话文件中不允许出现控制字符 {code}；请删除它，或在双引号内写成转义形式（例如 \\u001b）。文件未作任何改动",
    ),
    (
        "store.error.not-regular",
        "{file} is not a regular file (it is {kind}); icp-prep reads and writes only regular files and did not open it",
        "{file} 不是普通文件（而是{kind}）；icp-prep 只读写普通文件，没有打开它",
    ),
    ("store.kind.directory", "a folder", "文件夹"),
    ("store.kind.fifo", "a named pipe (FIFO)", "命名管道（FIFO）"),
    ("store.kind.device", "a device", "设备文件"),
    ("store.kind.socket", "a socket", "套接字"),
    ("store.kind.other", "not a regular file", "特殊文件"),
    (
        "store.error.too-large-to-save",
        "cannot save {file}: the session would be {size} bytes, over the 1 MiB limit for session files. The previous version is unchanged; shorten the longest answers",
        "无法保存 {file}：会话将有 {size} 字节，超过会话文件 1 MiB 的上限。之前的版本保持不变；请缩短最长的回答",
    ),
    (
        "store.error.not-a-session",
        "{file} is not an icp-prep session file (it does not read as one and icp-prep did not write it); it was left as it is. Delete it yourself if you mean to",
        "{file} 不是 icp-prep 会话文件（无法作为会话读取，也不是 icp-prep 写入的）；文件保持原样。如确要删除，请自行删除",
    ),
    (
        "store.error.symlink",
        "{file} is a symbolic link; icp-prep does not save through links (the link and its target are left as they are). Open the target file itself, or copy it into the sessions folder",
        "{file} 是符号链接；icp-prep 不通过链接保存（链接和它指向的文件都保持原样）。请直接打开目标文件，或把它复制到会话文件夹中",
    ),
    (
        "store.error.disk-full",
        "cannot save {file}: the disk is full. The previous version is unchanged; free some space and try again",
        "无法保存 {file}：磁盘已满。之前的版本保持不变；请释放一些空间后重试",
    ),
    (
        "store.error.read",
        "cannot read {file}: {error}",
        "无法读取 {file}：{error}",
    ),
    (
        "store.error.write",
        "cannot save {file}: {error}. The previous version is unchanged",
        "无法保存 {file}：{error}。之前的版本保持不变",
    ),
    (
        "store.error.create-dir",
        "cannot create the directory {file}: {error}",
        "无法创建目录 {file}：{error}",
    ),
    (
        "store.error.read-dir",
        "cannot read the directory {file}: {error}",
        "无法读取目录 {file}：{error}",
    ),
    (
        "store.error.lock",
        "cannot lock {file}: {error}",
        "无法锁定 {file}：{error}",
    ),
    (
        "store.error.remove",
        "cannot delete {file}: {error}",
        "无法删除 {file}：{error}",
    ),
    (
        "store.error.rename",
        "cannot move {file} aside: {error}",
        "无法将 {file} 移到一旁：{error}",
    ),
    (
        "store.error.no-backup",
        "there is no backup to restore ({file} does not exist)",
        "没有可恢复的备份（{file} 不存在）",
    ),
    (
        "store.error.bad-backup",
        "the backup cannot be used either: {error}",
        "备份也无法使用：{error}",
    ),
    // ── the session file's header comment (each line is written after "# ") ─────────────────
    (
        "store.file.header",
        "icp-prep session file (format version 1): the answers of one ICP filing preparation.\nYou may edit it by hand; `icp-prep check` on this file tells you whether it still reads.\nicp-prep rewrites the whole file when it saves: comments you add here are not kept.",
        "icp-prep 会话文件（格式版本 1）：一次ICP备案准备的回答。\n您可以手动编辑；对此文件运行 `icp-prep check` 可检查它是否仍能读取。\nicp-prep 保存时会重写整个文件：您在这里添加的注释不会保留。",
    ),
    // ── session commands ────────────────────────────────────────────────────────────────────
    (
        "sessions.new.created",
        "Created session {name}: {file}",
        "已创建会话 {name}：{file}",
    ),
    (
        "sessions.next",
        "Run `icp-prep open {target}` in a terminal to answer the questions in the wizard, or `icp-prep check {target}` to see the checklist",
        "在终端中运行 `icp-prep open {target}` 可在向导中回答问题，运行 `icp-prep check {target}` 可查看清单",
    ),
    ("sessions.open.title", "Session {name}", "会话 {name}"),
    ("sessions.open.file", "file: {file}", "文件：{file}"),
    ("sessions.open.step", "step: {step}", "步骤：{step}"),
    (
        "sessions.open.updated",
        "last change: {updated}",
        "最后修改：{updated}",
    ),
    (
        "sessions.open.counts",
        "{done} done · {todo} to do · {blocked} blocked",
        "已完成 {done} · 待办 {todo} · 受阻 {blocked}",
    ),
    (
        "sessions.open.untouched",
        "The file was left untouched. To go on, choose one:",
        "文件未作任何改动。要继续，请选择一项：",
    ),
    (
        "sessions.open.fix-by-hand",
        "fix the file by hand, then open it again",
        "手动修复文件，然后重新打开",
    ),
    (
        "sessions.open.restore-hint",
        "restore the last saved version ({file})",
        "恢复最后保存的版本（{file}）",
    ),
    (
        "sessions.open.start-over-hint",
        "start again with an empty session",
        "用空白会话重新开始",
    ),
    (
        "sessions.open.aside-note",
        "Both keep the damaged file as {file}.corrupt-<time>.",
        "两种方式都会把损坏的文件保留为 {file}.corrupt-<time>。",
    ),
    (
        "sessions.open.set-aside",
        "The previous file was kept as {file}.",
        "原文件已保留为 {file}。",
    ),
    (
        "sessions.open.restored",
        "Restored session {name} from its backup.",
        "已从备份恢复会话 {name}。",
    ),
    (
        "sessions.open.started-over",
        "Started session {name} over.",
        "已重新开始会话 {name}。",
    ),
    (
        "sessions.list.empty",
        "No sessions in {dir} yet. Create one with `icp-prep new NAME`.",
        "{dir} 中还没有会话。请用 `icp-prep new NAME` 创建。",
    ),
    ("sessions.list.head.name", "NAME", "名称"),
    ("sessions.list.head.step", "STEP", "步骤"),
    ("sessions.list.head.done", "DONE", "已完成"),
    ("sessions.list.head.todo", "TODO", "待办"),
    ("sessions.list.head.blocked", "BLOCKED", "受阻"),
    ("sessions.list.head.updated", "LAST CHANGE", "最后修改"),
    ("sessions.list.head.path", "PATH", "路径"),
    ("sessions.list.error", "error: {error}", "错误：{error}"),
    (
        "sessions.delete.confirm",
        "Delete session {name} ({file}) and its backup? [y/N] ",
        "删除会话 {name}（{file}）及其备份？[y/N] ",
    ),
    (
        "sessions.delete.needs-yes",
        "not deleted: no terminal to ask on; pass --yes to delete session {name} without asking",
        "未删除：没有可以询问的终端；如要不经询问删除会话 {name}，请加 --yes",
    ),
    ("sessions.delete.cancelled", "Not deleted.", "未删除。"),
    (
        "sessions.delete.done",
        "Deleted session {name}.",
        "已删除会话 {name}。",
    ),
    (
        "sessions.delete.kept-aside",
        "Files set aside earlier were kept: {files}",
        "之前移到一旁的文件已保留：{files}",
    ),
    // ── reading a session file (session::ParseError) ──
    (
        "session.error.at",
        "line {line}, column {column}: ",
        "第 {line} 行第 {column} 列：",
    ),
    ("session.error.at-line", "line {line}: ", "第 {line} 行："),
    (
        "session.error.field",
        "field `{field}`: ",
        "字段 `{field}`：",
    ),
    (
        "session.error.missing-version",
        "the file has no `version:` field; a session file starts with `version: 1`",
        "文件缺少 `version:` 字段；会话文件应以 `version: 1` 开头",
    ),
    (
        "session.error.newer-version",
        "the file is version {found}, written by a newer icp-prep; this one reads version {current}. Update icp-prep; the file was left untouched",
        "该文件为第 {found} 版格式，由较新的 icp-prep 写入；当前版本只能读取第 {current} 版。请更新 icp-prep；文件未被改动",
    ),
    (
        "session.error.unknown-version",
        "version {found} is not a session version icp-prep knows (it reads version {current})",
        "icp-prep 不认识第 {found} 版会话格式（只能读取第 {current} 版）",
    ),
    (
        "session.detail.unknown-variant",
        "unknown variant `{value}`, expected one of {expected}",
        "未知的取值 `{value}`，应为以下之一：{expected}",
    ),
    (
        "session.detail.unknown-variant-one",
        "unknown variant `{value}`, expected {expected}",
        "未知的取值 `{value}`，应为 {expected}",
    ),
    (
        "session.detail.unknown-field",
        "unknown field `{value}`, expected one of {expected}",
        "未知字段 `{value}`，应为以下之一：{expected}",
    ),
    (
        "session.detail.unknown-field-one",
        "unknown field `{value}`, expected {expected}",
        "未知字段 `{value}`，应为 {expected}",
    ),
    (
        "session.detail.invalid-type",
        "invalid type: {found}, expected {expected}",
        "类型不对：得到 {found}，应为{expected}",
    ),
    (
        "session.detail.invalid-value",
        "invalid value: {found}, expected {expected}",
        "取值无效：{found}，应为{expected}",
    ),
    (
        "session.detail.missing-field",
        "missing field `{value}`",
        "缺少字段 `{value}`",
    ),
    (
        "session.detail.website-label-unused",
        "no domain carries the website label `{value}` (domains[].website): give a domain that label, or remove the entry",
        "没有域名使用网站标签 `{value}`（domains[].website）：请为某个域名设置该标签，或删除此条目",
    ),
    (
        "session.detail.website-label-duplicate",
        "the website label `{value}` is listed twice: keep one entry per website",
        "网站标签 `{value}` 出现了两次：每个网站只保留一个条目",
    ),
    (
        "session.detail.website-label-empty",
        "a website needs a label: the one its domains carry in domains[].website",
        "网站需要一个标签：即其域名在 domains[].website 中使用的标签",
    ),
    (
        "session.detail.duplicate-field",
        "duplicate field `{value}`",
        "字段 `{value}` 重复",
    ),
    (
        "session.detail.not-a-real-date",
        "not a real date; dates are written YYYY-MM-DD",
        "不是有效的日期；日期应写作 YYYY-MM-DD",
    ),
    (
        "session.detail.not-a-date",
        "not a date; dates are written YYYY-MM-DD",
        "不是日期；日期应写作 YYYY-MM-DD",
    ),
    (
        "session.detail.not-a-timestamp",
        "not a timestamp; `created` and `updated` are RFC 3339 timestamps such as 2026-11-28T06:20:00Z (icp-prep writes them; delete the line to let it)",
        "不是时间戳；`created` 和 `updated` 应为 RFC 3339 时间戳，例如 2026-11-28T06:20:00Z（由 icp-prep 写入；删除这一行即可）",
    ),
    (
        "session.detail.tab",
        "a tab indents this line; YAML indents with spaces only: replace the tab with spaces",
        "这一行用制表符缩进；YAML 只能用空格缩进：请把制表符换成空格",
    ),
    (
        "session.detail.two-documents",
        "more than one document: a line `---` or `...` ends the first one; a session file is one document, so remove that line and what follows it, or the line alone",
        "包含多个文档：`---` 或 `...` 这一行结束了第一个文档；会话文件只能是一个文档，请删除这一行及其后的内容，或只删除这一行",
    ),
    (
        "session.expected.single-value",
        "a single value (one word), not a list or a mapping",
        "单个取值（一个词），而不是列表或映射",
    ),
    (
        "session.expected.mapping",
        "a mapping of fields (`name: value` lines)",
        "字段映射（`名称: 值` 形式的行）",
    ),
    (
        "session.expected.answer",
        "true, false or unsure",
        "true、false 或 unsure",
    ),
    (
        "session.expected.whole-number",
        "a whole number (0 to 4294967295)",
        "整数（0 到 4294967295）",
    ),
    (
        "session.expected.number",
        "a number (decimals allowed)",
        "数字（可带小数）",
    ),
    (
        "session.expected.certificate-number",
        "a certificate number (text or digits)",
        "证件号码（文字或数字）",
    ),
];

//! `--help` texts, applied to the clap command at startup in the interface language
//! (src/cli/help.rs), so `icp-prep --lang zh-CN --help` is Chinese too.

use super::Row;

pub const HELP: &[Row] = &[
    ("help.heading.usage", "Usage: ", "用法："),
    ("help.heading.commands", "Commands", "命令"),
    ("help.heading.options", "Options", "选项"),
    ("help.heading.arguments", "Arguments", "参数"),
    ("help.arg.help", "Print help", "显示帮助"),
    ("help.arg.version", "Print version", "显示版本"),
    (
        "help.help.about",
        "Print this message or the help of the given subcommand(s)",
        "显示本帮助，或指定子命令的帮助",
    ),
    (
        "help.about",
        "Get ready for a China ICP filing (ICP备案) on Alibaba Cloud before you open the filing order",
        "在提交阿里云 ICP 备案订单之前，做好全部备案准备",
    ),
    (
        "help.long",
        "Get ready for a China ICP filing (ICP备案) on Alibaba Cloud before you open the filing order.\n\nicp-prep walks the six preparation sections of Alibaba's guide (province regulations, domain, hosting instance, materials, account, industry pre-approval) and tells you, for your province and case, what is done, what is still to do and what blocks the filing. It runs offline and uploads nothing.\n\nWithout a command it opens the wizard's start screen (resume, create or delete a session); `icp-prep new NAME` and `icp-prep open NAME` open the wizard on a session directly. With `--plain` (or TERM=dumb) the same questions are asked one per line instead.",
        "在提交阿里云 ICP 备案订单之前，做好全部备案准备。\n\nicp-prep 按阿里云备案指南的六个准备环节（各省管局规则、域名、接入资源、备案材料、阿里云账号、前置审批）逐项引导，并针对您的省份和情况列出已完成、待办和阻碍备案的事项。它离线运行，不上传任何数据。\n\n不带命令运行时打开向导的开始界面（继续、新建或删除会话）；`icp-prep new 名称` 和 `icp-prep open 名称` 直接在向导中打开会话。使用 `--plain`（或 TERM=dumb）时，改为逐行提出同样的问题。",
    ),
    (
        "help.arg.data_dir",
        "Folder holding the sessions (in its `sessions/`); default: ICP_PREP_DATA_DIR, else the platform's data directory (e.g. ~/.local/share/icp-prep)",
        "保存会话的文件夹（位于其中的 `sessions/`）；默认：ICP_PREP_DATA_DIR，否则为系统的数据目录（如 ~/.local/share/icp-prep）",
    ),
    (
        "help.arg.mouse",
        "Let the wizard use the mouse wheel. Off by default: mouse capture blocks the terminal's own text selection (copy and paste)",
        "允许向导使用鼠标滚轮。默认关闭：捕获鼠标会妨碍终端自身的文字选择（复制和粘贴）",
    ),
    (
        "help.arg.plain",
        "Ask the wizard's questions one per line on standard input and output (no full screen, no colour): for dumb terminals, screen readers and answers files piped in. Chosen by itself where the wizard would start when TERM=dumb. With `new`, `open` or no command",
        "在标准输入输出上逐行提问向导的问题（不占全屏、不用颜色）：适用于哑终端、读屏软件和通过管道输入的答案文件。TERM=dumb 时凡是会打开向导之处自动使用。可与 `new`、`open` 或不带命令一起使用",
    ),
    (
        "help.arg.lang",
        "Language of the interface and the checklist texts: en or zh-CN. Default: the session's saved language, else LC_ALL / LANG (zh_* → zh-CN), else en",
        "界面和清单文字的语言：en 或 zh-CN。默认：会话保存的语言，否则看 LC_ALL / LANG（zh_* → zh-CN），否则为 en",
    ),
    (
        "help.arg.today",
        "Judge every date (terms, expiry, ages, the date on exports) as of this day (YYYY-MM-DD) instead of today, in every command and in the wizard",
        "按此日期（YYYY-MM-DD）而非今天判断所有日期（期限、到期、年龄、导出日期），适用于所有命令和向导",
    ),
    (
        "help.check.about",
        "Print the readiness checklist of a session file; exit 0 ready, 1 not ready, 2 unusable input",
        "打印会话文件的备案准备清单；退出码 0 可以备案，1 尚未就绪，2 输入无法使用",
    ),
    (
        "help.check.long",
        "Print the readiness checklist of a session file; exit 0 ready, 1 not ready, 2 unusable input.\n\nReads only: never locks or writes the file.",
        "打印会话文件的备案准备清单；退出码 0 可以备案，1 尚未就绪，2 输入无法使用。\n\n只读：从不加锁，也不写入文件。",
    ),
    (
        "help.check.arg.target",
        "Session file (a path: contains `/` or ends in .yaml/.yml) or session name",
        "会话文件（路径：含 `/` 或以 .yaml/.yml 结尾）或会话名称",
    ),
    ("help.check.arg.format", "Output format", "输出格式"),
    (
        "help.validate.about",
        "Check one value as typed: a domain name, resident ID number, credit code or permit number",
        "检查输入的单个值：域名、居民身份证号码、统一社会信用代码或通行证/居住证号码",
    ),
    (
        "help.validate.long",
        "Check one value as typed: a domain name, resident ID number, credit code or permit number.\n\nKIND is domain, id (mainland resident ID), uscc (unified social credit code), permit (residence permit, travel permit or, with --document passport, passport) or icp (an ICP filing number of an entity or website, e.g. 粤ICP备12345678号-1). Prints what was read (normalised forms; the province, date of birth and sex in an ID number; the area code in a credit code; for a domain its registrable domain and whether MIIT approved the suffix), then every problem with its fix. Exit 0 valid, 1 not valid (or a domain suffix that cannot be filed), 2 usage error.",
        "检查输入的单个值：域名、居民身份证号码、统一社会信用代码或通行证/居住证号码。\n\nKIND 为 domain、id（中国内地居民身份证）、uscc（统一社会信用代码）、permit（居住证、通行证，或配合 --document passport 检查护照）或 icp（主体或网站的ICP备案号，例如 粤ICP备12345678号-1）。先打印读取结果（规范化后的写法；身份证号码中的省份、出生日期和性别；信用代码中的行政区划；域名的可注册域名及其后缀是否经工信部批准），再列出每个问题及改正方法。退出码 0 有效，1 无效（或域名后缀不能备案），2 用法错误。",
    ),
    (
        "help.validate.arg.kind",
        "What VALUE is: domain, id (mainland resident ID), uscc (credit code), permit, or icp (an ICP filing number)",
        "VALUE 的类型：domain、id（中国内地居民身份证）、uscc（统一社会信用代码）、permit，或 icp（ICP备案号）",
    ),
    (
        "help.validate.arg.value",
        "The value as typed; quote it if it contains spaces. Spaces, full-width characters and lower case are accepted",
        "按输入的原样给出；含空格时请加引号。可接受空格、全角字符和小写",
    ),
    (
        "help.validate.arg.document",
        "For `permit`: the document the number is from. Without it the number is tried as each residence permit and travel permit, and the one it fits is named; a passport number has no fixed format and is only checked with `--document passport`",
        "用于 `permit`：号码所属的证件。不指定时依次按各种居住证和通行证尝试，并说明符合哪一种；护照号码没有固定格式，只在指定 `--document passport` 时检查",
    ),
    (
        "help.export.about",
        "Export the checklist to Markdown, HTML, JSON or text, or its dates to a calendar (ics)",
        "将清单导出为 Markdown、HTML、JSON 或纯文本，或将关键日期导出为日历（ics）",
    ),
    (
        "help.export.long",
        "Export the checklist to Markdown, HTML, JSON or text, to print or hand on, or the dates that matter to an iCalendar file (ics: real-name data reaching the bureau, the SMS check, the bureau's review, the public-security filing, and the expiries of the instance, domains and documents with reminders).\n\nWrites <SESSION>-checklist.<ext> in the current folder unless -o gives a path (`-o -`: standard output). Certificate and ID numbers are masked unless --show-private; the file is created 0600. Reads the session only (no lock), so it works while the wizard is open. Exit 0 written (whether or not the checklist is ready), 2 unusable input or the file could not be written.",
        "将清单导出为 Markdown、HTML、JSON 或纯文本，便于打印或转交；或将关键日期导出为 iCalendar 日历文件（ics：实名信息同步到管局、短信核验、管局审核、公安备案，以及实例、域名和证件的到期日和提醒）。\n\n除非用 -o 指定路径（`-o -`：标准输出），否则在当前文件夹写入 <会话>-checklist.<扩展名>。除非使用 --show-private，证件号码均做遮盖；文件以 0600 权限创建。只读取会话（不加锁），因此向导打开时也能导出。退出码 0 已写入（无论清单是否就绪），2 输入无法使用或文件无法写入。",
    ),
    (
        "help.export.arg.target",
        "Session name, or a session file (contains `/` or ends in .yaml/.yml)",
        "会话名称，或会话文件（含 `/` 或以 .yaml/.yml 结尾）",
    ),
    (
        "help.export.arg.format",
        "Format; default: from the extension of -o, else md",
        "格式；默认：取 -o 的扩展名，否则为 md",
    ),
    (
        "help.export.arg.output",
        "Where to write; `-` for standard output. Default: <SESSION>-checklist.<ext> here",
        "写入位置；`-` 表示标准输出。默认：当前文件夹下的 <会话>-checklist.<扩展名>",
    ),
    (
        "help.export.arg.force",
        "If -o is a symbolic link, write the file it points to (default: refuse). A named pipe or /dev/stdout is written in place; a device is always refused",
        "如果 -o 是符号链接，则写入它指向的文件（默认：拒绝）。命名管道或 /dev/stdout 会被直接写入；设备文件一律拒绝",
    ),
    (
        "help.export.arg.show_private",
        "Show certificate and ID numbers in full (default: first 4 and last 2 characters)",
        "完整显示证件号码（默认：只显示前 4 位和后 2 位）",
    ),
    (
        "help.new.about",
        "Create a new session in the data directory and open it in the wizard",
        "在数据目录中新建会话，并在向导中打开",
    ),
    (
        "help.new.long",
        "Create a new session in the data directory and open it in the wizard.\n\nWithout a terminal it only creates the (empty) file and says where it is. Exit 0 created, 2 if the name is not allowed, the session already exists or it is open in another window.",
        "在数据目录中新建会话，并在向导中打开。\n\n没有终端时只创建（空的）文件并说明其位置。退出码 0 已创建；名称不允许、会话已存在或已在其他窗口中打开时为 2。",
    ),
    (
        "help.new.arg.name",
        "Name of the new session (at most 64 characters and 195 bytes; no `/`, `\\` or leading dot), or the path of a new file ending in .yaml/.yml",
        "新会话的名称（最多 64 个字符且不超过 195 字节；不含 `/`、`\\`，不以点开头），或以 .yaml/.yml 结尾的新文件路径",
    ),
    (
        "help.open.about",
        "Open a session by name or path in the wizard (without a terminal: show where it stands)",
        "按名称或路径在向导中打开会话（没有终端时：显示进度）",
    ),
    (
        "help.open.long",
        "Open a session by name or path in the wizard (without a terminal: show where it stands).\n\nTakes the session's lock: a session open in another window is refused (exit 2). A damaged file is never overwritten: the error names the file, line and field, and the commands to restore the backup (--restore-backup) or start over (--start-over) are printed; either keeps the damaged file as <file>.corrupt-<time>.",
        "按名称或路径在向导中打开会话（没有终端时：显示进度）。\n\n会对会话加锁：已在其他窗口中打开的会话会被拒绝（退出码 2）。损坏的文件从不被覆盖：错误信息会指出文件、行号和字段，并给出恢复备份（--restore-backup）或重新开始（--start-over）的命令；两者都会把损坏的文件保留为 <文件>.corrupt-<时间>。",
    ),
    (
        "help.open.arg.target",
        "Session name, or a path (contains `/` or ends in .yaml/.yml)",
        "会话名称，或路径（含 `/` 或以 .yaml/.yml 结尾）",
    ),
    (
        "help.open.arg.restore_backup",
        "Keep the current file aside as <file>.corrupt-<time> and restore the last saved version (<file>.bak)",
        "将当前文件另存为 <文件>.corrupt-<时间>，并恢复上次保存的版本（<文件>.bak）",
    ),
    (
        "help.open.arg.start_over",
        "Keep the current file aside as <file>.corrupt-<time> and begin again with an empty session",
        "将当前文件另存为 <文件>.corrupt-<时间>，并从空会话重新开始",
    ),
    (
        "help.list.about",
        "List the sessions: name, step, done/todo/blocked counts, last change and path",
        "列出会话：名称、步骤、已完成/待办/受阻数量、最后修改时间和路径",
    ),
    (
        "help.list.long",
        "List the sessions: name, step, done/todo/blocked counts, last change and path.\n\nReads only: never locks or writes. A session that does not load is listed with its error; the exit status is still 0.",
        "列出会话：名称、步骤、已完成/待办/受阻数量、最后修改时间和路径。\n\n只读：从不加锁或写入。无法读取的会话会连同其错误一起列出；退出码仍为 0。",
    ),
    (
        "help.list.arg.format",
        "Output format: a table, or a JSON array of {name, step, done, todo, blocked, updated, path, error}",
        "输出格式：表格，或由 {name, step, done, todo, blocked, updated, path, error} 组成的 JSON 数组",
    ),
    (
        "help.delete.about",
        "Delete a session and its backup (asks first, unless --yes)",
        "删除会话及其备份（除非使用 --yes，否则先询问）",
    ),
    (
        "help.delete.long",
        "Delete a session and its backup (asks first, unless --yes).\n\nWithout a terminal to ask on, --yes is required. Exit 0 deleted, 1 you answered no, 2 refused (not found, open in another window, no --yes without a terminal).",
        "删除会话及其备份（除非使用 --yes，否则先询问）。\n\n没有可供询问的终端时必须使用 --yes。退出码 0 已删除，1 您选择了不删除，2 被拒绝（未找到、已在其他窗口中打开，或没有终端且未使用 --yes）。",
    ),
    (
        "help.delete.arg.target",
        "Session name, or a path (contains `/` or ends in .yaml/.yml)",
        "会话名称，或路径（含 `/` 或以 .yaml/.yml 结尾）",
    ),
    (
        "help.delete.arg.yes",
        "Delete without asking",
        "不询问，直接删除",
    ),
    (
        "help.completions.about",
        "Print a shell completion script (bash, zsh, fish, powershell, elvish)",
        "输出 shell 补全脚本（bash、zsh、fish、powershell、elvish）",
    ),
    (
        "help.completions.long",
        "Print a shell completion script (bash, zsh, fish, powershell, elvish), generated from this command's own definitions.\n\nFor session names after open, check, export and delete, load the dynamic completion instead: `source <(COMPLETE=bash icp-prep)` (zsh: `source <(COMPLETE=zsh icp-prep)`; fish: `COMPLETE=fish icp-prep | source`). It lists the sessions of --data-dir or ICP_PREP_DATA_DIR.",
        "输出 shell 补全脚本（bash、zsh、fish、powershell、elvish），由本命令自身的定义生成。\n\n如需在 open、check、export 和 delete 后补全会话名称，请改用动态补全：`source <(COMPLETE=bash icp-prep)`（zsh：`source <(COMPLETE=zsh icp-prep)`；fish：`COMPLETE=fish icp-prep | source`）。它列出 --data-dir 或 ICP_PREP_DATA_DIR 中的会话。",
    ),
    (
        "help.completions.arg.shell",
        "The shell to print the completion script for",
        "要为其输出补全脚本的 shell",
    ),
    (
        "help.man.about",
        "Print the manual page (roff), e.g. `icp-prep man > icp-prep.1`",
        "输出手册页（roff 格式），例如 `icp-prep man > icp-prep.1`",
    ),
    (
        "help.arg.rules",
        "Use the rule files of this folder instead of the built-in ones (files it lacks stay built in); also ICP_PREP_RULES. A folder that does not read is refused: exit 2",
        "使用此文件夹中的规则文件代替内置规则（文件夹中没有的文件仍用内置的）；也可用 ICP_PREP_RULES 指定。无法读取的文件夹会被拒绝：退出码 2",
    ),
    (
        "help.rules.about",
        "Show the rules icp-prep uses: all provinces, or one province's rules with their sources",
        "显示 icp-prep 使用的规则：全部省份概况，或某一省份的规则及其来源",
    ),
    (
        "help.rules.long",
        "Show the rules icp-prep uses: all provinces, or one province's rules with their sources.\n\nWithout PROVINCE: the rules version, where the rules come from (built in, or the folder of --rules), when they were last checked, and the 31 provinces with their rules counted by confidence. With PROVINCE (slug, English or Chinese name, or code): every rule that applies there, by section, with its conditions, text, confidence and source.\n\n`rules check DIR` checks a folder of edited rule files (exit 0 sound, 1 problems, one line each); `rules export DIR` writes the built-in files to start from. Use a folder with --rules DIR or ICP_PREP_RULES.",
        "显示 icp-prep 使用的规则：全部省份概况，或某一省份的规则及其来源。\n\n不带省份：规则版本、规则来源（内置，或 --rules 指定的文件夹）、上次核对日期，以及 31 个省份按可信度统计的规则数。带省份（拼音标识、英文或中文名称、代码）：该省适用的全部规则，按环节分组，附条件、文字、可信度和来源。\n\n`rules check 文件夹` 检查编辑过的规则文件夹（退出码 0 无问题，1 有问题，每个问题一行）；`rules export 文件夹` 写出内置规则文件作为起点。通过 --rules 文件夹 或 ICP_PREP_RULES 使用文件夹中的规则。",
    ),
    (
        "help.rules.arg.province",
        "A province: slug, English or Chinese name, or code (guangdong, 广东, 44)",
        "省份：拼音标识、英文或中文名称，或代码（guangdong、广东、44）",
    ),
    (
        "help.rules.arg.format",
        "Output format: text, md (Markdown) or json",
        "输出格式：text、md（Markdown）或 json",
    ),
    (
        "help.rules.check.about",
        "Check a rules folder: every file reads, ids are known, every rule has a source and a date, every seed statement is still covered; exit 0 sound, 1 problems (one line each), 2 usage",
        "检查规则文件夹：每个文件都能读取、编号都已知、每条规则都有来源和日期、每条种子说明仍被覆盖；退出码 0 无问题，1 有问题（每个一行），2 用法错误",
    ),
    (
        "help.rules.check.arg.dir",
        "The folder of rule files (*.yaml)",
        "规则文件（*.yaml）所在的文件夹",
    ),
    (
        "help.rules.export.about",
        "Write the built-in rule files (YAML, with their comments) into a folder to edit",
        "将内置规则文件（YAML，含注释）写入文件夹以便编辑",
    ),
    (
        "help.rules.export.arg.dir",
        "The folder to write to (created if missing)",
        "要写入的文件夹（不存在时创建）",
    ),
    (
        "help.rules.export.arg.force",
        "Replace rule files that already exist in the folder",
        "替换文件夹中已有的规则文件",
    ),
];

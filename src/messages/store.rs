//! Sessions on disk: `store` errors, the session file's header comment, and the session commands
//! (`new`, `open`, `list`, `delete`).

use super::Row;

pub const STORE: &[Row] = &[
    // ── session names ───────────────────────────────────────────────────────────────────────
    ("store.name.empty", "a session name cannot be empty", ""),
    (
        "store.name.too-long",
        "session name “{name}” is longer than 64 characters",
        "",
    ),
    (
        "store.name.separator",
        "session name “{name}” contains a path separator or a character not allowed in file names (/ \\ < > : \" | ? *)",
        "",
    ),
    (
        "store.name.hidden",
        "session name “{name}” starts with a dot; hidden names are not allowed",
        "",
    ),
    (
        "store.name.reserved",
        "session name “{name}” is reserved for devices on Windows (CON, PRN, AUX, NUL, COM1–9, LPT1–9) or ends with a dot or space; choose another",
        "",
    ),
    (
        "store.name.control",
        "session name “{name}” contains a control character",
        "",
    ),
    // ── errors ──────────────────────────────────────────────────────────────────────────────
    (
        "store.error.no-data-dir",
        "cannot find a data directory for icp-prep (is HOME set?); pass --data-dir DIR or set ICP_PREP_DATA_DIR",
        "",
    ),
    (
        "store.error.not-found",
        "session {name} not found (looked for {file}); create it with `icp-prep new {name}`, or see `icp-prep list`",
        "",
    ),
    (
        "store.error.exists",
        "session {name} already exists ({file}); open it with `icp-prep open {name}`",
        "",
    ),
    (
        "store.error.locked",
        "session {name} is open in another window (pid {pid})",
        "",
    ),
    (
        "store.error.locked-no-pid",
        "session {name} is open in another window",
        "",
    ),
    (
        "store.error.too-large",
        "{file} is {size} bytes; session files over 1 MiB are refused; the file was left untouched",
        "",
    ),
    (
        "store.error.utf8",
        "{file} is not UTF-8 text (invalid byte at offset {offset}); the file was left untouched",
        "",
    ),
    ("store.error.parse", "{file}: {error}", ""),
    (
        "store.error.too-deep",
        "{file}: line {line}, column {column}: more than {limit} levels of nested brackets or braces; a session file never nests this deep. The file was left untouched",
        "",
    ),
    (
        "store.error.disk-full",
        "cannot save {file}: the disk is full. The previous version is unchanged; free some space and try again",
        "",
    ),
    ("store.error.read", "cannot read {file}: {error}", ""),
    (
        "store.error.write",
        "cannot save {file}: {error}. The previous version is unchanged",
        "",
    ),
    (
        "store.error.create-dir",
        "cannot create the directory {file}: {error}",
        "",
    ),
    (
        "store.error.read-dir",
        "cannot read the directory {file}: {error}",
        "",
    ),
    ("store.error.lock", "cannot lock {file}: {error}", ""),
    ("store.error.remove", "cannot delete {file}: {error}", ""),
    (
        "store.error.rename",
        "cannot move {file} aside: {error}",
        "",
    ),
    (
        "store.error.no-backup",
        "there is no backup to restore ({file} does not exist)",
        "",
    ),
    (
        "store.error.bad-backup",
        "the backup cannot be used either: {error}",
        "",
    ),
    // ── the session file's header comment (each line is written after "# ") ─────────────────
    (
        "store.file.header",
        "icp-prep session file (format version 1): the answers of one ICP filing preparation.\nYou may edit it by hand; `icp-prep check` on this file tells you whether it still reads.\nicp-prep rewrites the whole file when it saves: comments you add here are not kept.",
        "",
    ),
    // ── session commands ────────────────────────────────────────────────────────────────────
    ("sessions.new.created", "Created session {name}: {file}", ""),
    (
        "sessions.next",
        "Run `icp-prep open {target}` in a terminal to answer the questions in the wizard, or `icp-prep check {target}` to see the checklist",
        "",
    ),
    ("sessions.open.title", "Session {name}", ""),
    ("sessions.open.file", "file: {file}", ""),
    ("sessions.open.step", "step: {step}", ""),
    ("sessions.open.updated", "last change: {updated}", ""),
    (
        "sessions.open.counts",
        "{done} done · {todo} to do · {blocked} blocked",
        "",
    ),
    (
        "sessions.open.untouched",
        "The file was left untouched. To go on, choose one:",
        "",
    ),
    (
        "sessions.open.fix-by-hand",
        "fix the file by hand, then open it again",
        "",
    ),
    (
        "sessions.open.restore-hint",
        "restore the last saved version ({file})",
        "",
    ),
    (
        "sessions.open.start-over-hint",
        "start again with an empty session",
        "",
    ),
    (
        "sessions.open.aside-note",
        "Both keep the damaged file as {file}.corrupt-<time>.",
        "",
    ),
    (
        "sessions.open.set-aside",
        "The previous file was kept as {file}.",
        "",
    ),
    (
        "sessions.open.restored",
        "Restored session {name} from its backup.",
        "",
    ),
    (
        "sessions.open.started-over",
        "Started session {name} over.",
        "",
    ),
    (
        "sessions.open.conflict",
        "--restore-backup and --start-over cannot be used together",
        "",
    ),
    (
        "sessions.list.empty",
        "No sessions in {dir} yet. Create one with `icp-prep new NAME`.",
        "",
    ),
    ("sessions.list.head.name", "NAME", ""),
    ("sessions.list.head.step", "STEP", ""),
    ("sessions.list.head.done", "DONE", ""),
    ("sessions.list.head.todo", "TODO", ""),
    ("sessions.list.head.blocked", "BLOCKED", ""),
    ("sessions.list.head.updated", "LAST CHANGE", ""),
    ("sessions.list.head.path", "PATH", ""),
    ("sessions.list.error", "error: {error}", ""),
    (
        "sessions.delete.confirm",
        "Delete session {name} ({file}) and its backup? [y/N] ",
        "",
    ),
    (
        "sessions.delete.needs-yes",
        "not deleted: no terminal to ask on; pass --yes to delete session {name} without asking",
        "",
    ),
    ("sessions.delete.cancelled", "Not deleted.", ""),
    ("sessions.delete.done", "Deleted session {name}.", ""),
    (
        "sessions.delete.kept-aside",
        "Files set aside earlier were kept: {files}",
        "",
    ),
];

//! What can go wrong on disk. Every variant names the file (or session) it is about; the text
//! comes from the message catalogue (`store.*`), in English for `Display`.

use std::io;
use std::path::{Path, PathBuf};

use crate::messages;
use crate::session::{Language, ParseError};

/// Why a session name was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameProblem {
    Empty,
    TooLong,
    /// `/`, `\` or a character Windows forbids in file names (`<>:"|?*`).
    Separator,
    /// Starts with `.` (hidden), or is `.`/`..`.
    Hidden,
    /// A Windows device name (CON, NUL, COM1 …), or ends with a dot or a space.
    Reserved,
    /// NUL or another control character.
    Control,
}

impl NameProblem {
    fn id(self) -> &'static str {
        match self {
            NameProblem::Empty => "store.name.empty",
            NameProblem::TooLong => "store.name.too-long",
            NameProblem::Separator => "store.name.separator",
            NameProblem::Hidden => "store.name.hidden",
            NameProblem::Reserved => "store.name.reserved",
            NameProblem::Control => "store.name.control",
        }
    }
}

/// What a path is when it is not a regular file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Directory,
    Fifo,
    Device,
    Socket,
    Other,
}

impl FileKind {
    pub fn of(meta: &std::fs::Metadata) -> FileKind {
        let t = meta.file_type();
        if t.is_dir() {
            return FileKind::Directory;
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            if t.is_fifo() {
                return FileKind::Fifo;
            }
            if t.is_char_device() || t.is_block_device() {
                return FileKind::Device;
            }
            if t.is_socket() {
                return FileKind::Socket;
            }
        }
        FileKind::Other
    }

    pub(crate) fn id(self) -> &'static str {
        match self {
            FileKind::Directory => "store.kind.directory",
            FileKind::Fifo => "store.kind.fifo",
            FileKind::Device => "store.kind.device",
            FileKind::Socket => "store.kind.socket",
            FileKind::Other => "store.kind.other",
        }
    }
}

/// The file operation that failed, for an I/O error's message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Read,
    Write,
    CreateDir,
    ReadDir,
    Lock,
    Remove,
    Rename,
}

impl Action {
    fn id(self) -> &'static str {
        match self {
            Action::Read => "store.error.read",
            Action::Write => "store.error.write",
            Action::CreateDir => "store.error.create-dir",
            Action::ReadDir => "store.error.read-dir",
            Action::Lock => "store.error.lock",
            Action::Remove => "store.error.remove",
            Action::Rename => "store.error.rename",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{}", self.message(Language::En))]
    InvalidName { name: String, problem: NameProblem },
    /// No `--data-dir`, no `ICP_PREP_DATA_DIR`, and the platform has no data directory.
    #[error("{}", self.message(Language::En))]
    NoDataDir,
    #[error("{}", self.message(Language::En))]
    NotFound { name: String, path: PathBuf },
    #[error("{}", self.message(Language::En))]
    Exists { name: String, path: PathBuf },
    /// Another process holds the session's write lock.
    #[error("{}", self.message(Language::En))]
    Locked { name: String, pid: Option<u32> },
    #[error("{}", self.message(Language::En))]
    TooLarge { path: PathBuf, size: u64 },
    #[error("{}", self.message(Language::En))]
    NotUtf8 { path: PathBuf, offset: usize },
    /// `[ ]`/`{ }` nested deeper than `nesting::MAX_FLOW_DEPTH`, refused before parsing.
    #[error("{}", self.message(Language::En))]
    TooDeep {
        path: PathBuf,
        line: usize,
        column: usize,
    },
    /// A YAML tag (`!…`), refused before parsing: session files never use them.
    #[error("{}", self.message(Language::En))]
    Tag {
        path: PathBuf,
        line: usize,
        column: usize,
    },
    /// A character YAML does not allow (NUL, escape, other controls), refused before parsing.
    #[error("{}", self.message(Language::En))]
    Control {
        path: PathBuf,
        line: usize,
        column: usize,
        code: u32,
    },
    /// A FIFO, device, socket or folder where a session file was expected: refused without
    /// opening it for reading (a FIFO would block forever, a device never ends).
    #[error("{}", self.message(Language::En))]
    NotRegular { path: PathBuf, kind: FileKind },
    /// A save whose text would be over the size the loader accepts: refused, the old file kept.
    #[error("{}", self.message(Language::En))]
    TooLargeToSave { path: PathBuf, size: u64 },
    /// The session file is a symbolic link: icp-prep does not save through links.
    #[error("{}", self.message(Language::En))]
    Symlink { path: PathBuf },
    /// `delete` on a file that is not a session (another tool's file, a FIFO): left alone.
    #[error("{}", self.message(Language::En))]
    NotASession { path: PathBuf },
    /// Malformed YAML, a wrong type, an unknown field or an unsupported version.
    #[error("{}", self.message(Language::En))]
    Parse { path: PathBuf, error: ParseError },
    #[error("{}", self.message(Language::En))]
    DiskFull { path: PathBuf },
    #[error("{}", self.message(Language::En))]
    Io {
        path: PathBuf,
        action: Action,
        #[source]
        source: io::Error,
    },
    #[error("{}", self.message(Language::En))]
    NoBackup { path: PathBuf },
    /// The backup exists but cannot be loaded either.
    #[error("{}", self.message(Language::En))]
    BadBackup { error: Box<StoreError> },
}

impl StoreError {
    pub(crate) fn io(path: &Path, action: Action, source: io::Error) -> StoreError {
        let full = matches!(
            source.kind(),
            io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded
        );
        if full && action == Action::Write {
            return StoreError::DiskFull {
                path: path.to_path_buf(),
            };
        }
        StoreError::Io {
            path: path.to_path_buf(),
            action,
            source,
        }
    }

    /// The file did not parse, was not text or was too large: the session needs the user's
    /// choice (fix by hand, restore the backup, start over) before it can be written again.
    pub fn is_corrupt(&self) -> bool {
        matches!(
            self,
            StoreError::Parse { .. }
                | StoreError::TooDeep { .. }
                | StoreError::NotUtf8 { .. }
                | StoreError::TooLarge { .. }
                | StoreError::Tag { .. }
                | StoreError::Control { .. }
        )
    }

    /// Line of a parse error, when known.
    pub fn line(&self) -> Option<usize> {
        match self {
            StoreError::Parse { error, .. } => error.line(),
            StoreError::TooDeep { line, .. }
            | StoreError::Tag { line, .. }
            | StoreError::Control { line, .. } => Some(*line),
            _ => None,
        }
    }

    /// Field of a parse error, when known.
    pub fn field(&self) -> Option<&str> {
        match self {
            StoreError::Parse { error, .. } => error.field(),
            _ => None,
        }
    }

    /// The message in a language (falls back to English until zh-CN is filled in).
    pub fn message(&self, lang: Language) -> String {
        let file = |p: &Path| ("file", p.display().to_string());
        match self {
            StoreError::InvalidName { name, problem } => {
                messages::format(lang, problem.id(), &[("name", name.clone())])
            }
            StoreError::NoDataDir => messages::text(lang, "store.error.no-data-dir").to_string(),
            StoreError::NotFound { name, path } => messages::format(
                lang,
                "store.error.not-found",
                &[("name", name.clone()), file(path)],
            ),
            StoreError::Exists { name, path } => messages::format(
                lang,
                "store.error.exists",
                &[("name", name.clone()), file(path)],
            ),
            StoreError::Locked {
                name,
                pid: Some(pid),
            } => messages::format(
                lang,
                "store.error.locked",
                &[("name", name.clone()), ("pid", pid.to_string())],
            ),
            StoreError::Locked { name, pid: None } => {
                messages::format(lang, "store.error.locked-no-pid", &[("name", name.clone())])
            }
            StoreError::TooLarge { path, size } => messages::format(
                lang,
                "store.error.too-large",
                &[file(path), ("size", size.to_string())],
            ),
            StoreError::NotUtf8 { path, offset } => messages::format(
                lang,
                "store.error.utf8",
                &[file(path), ("offset", offset.to_string())],
            ),
            StoreError::TooDeep { path, line, column } => messages::format(
                lang,
                "store.error.too-deep",
                &[
                    file(path),
                    ("line", line.to_string()),
                    ("column", column.to_string()),
                    ("limit", super::nesting::MAX_FLOW_DEPTH.to_string()),
                ],
            ),
            StoreError::Tag { path, line, column } => messages::format(
                lang,
                "store.error.tag",
                &[
                    file(path),
                    ("line", line.to_string()),
                    ("column", column.to_string()),
                ],
            ),
            StoreError::Control {
                path,
                line,
                column,
                code,
            } => messages::format(
                lang,
                "store.error.control",
                &[
                    file(path),
                    ("line", line.to_string()),
                    ("column", column.to_string()),
                    ("code", format!("U+{code:04X}")),
                ],
            ),
            StoreError::NotRegular { path, kind } => messages::format(
                lang,
                "store.error.not-regular",
                &[
                    file(path),
                    ("kind", messages::text(lang, kind.id()).to_string()),
                ],
            ),
            StoreError::TooLargeToSave { path, size } => messages::format(
                lang,
                "store.error.too-large-to-save",
                &[file(path), ("size", size.to_string())],
            ),
            StoreError::NotASession { path } => {
                messages::format(lang, "store.error.not-a-session", &[file(path)])
            }
            StoreError::Symlink { path } => {
                messages::format(lang, "store.error.symlink", &[file(path)])
            }
            StoreError::Parse { path, error } => messages::format(
                lang,
                "store.error.parse",
                &[file(path), ("error", messages::parse_error(lang, error))],
            ),
            StoreError::DiskFull { path } => {
                messages::format(lang, "store.error.disk-full", &[file(path)])
            }
            StoreError::Io {
                path,
                action,
                source,
            } => messages::format(
                lang,
                action.id(),
                &[file(path), ("error", source.to_string())],
            ),
            StoreError::NoBackup { path } => {
                messages::format(lang, "store.error.no-backup", &[file(path)])
            }
            StoreError::BadBackup { error } => messages::format(
                lang,
                "store.error.bad-backup",
                &[("error", error.message(lang))],
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_id_is_in_the_catalogue() {
        let problems = [
            NameProblem::Empty,
            NameProblem::TooLong,
            NameProblem::Separator,
            NameProblem::Hidden,
            NameProblem::Reserved,
            NameProblem::Control,
        ];
        for p in problems {
            assert!(messages::has(p.id()), "{}", p.id());
        }
        let actions = [
            Action::Read,
            Action::Write,
            Action::CreateDir,
            Action::ReadDir,
            Action::Lock,
            Action::Remove,
            Action::Rename,
        ];
        for a in actions {
            assert!(messages::has(a.id()), "{}", a.id());
        }
        for id in [
            "store.error.no-data-dir",
            "store.error.not-found",
            "store.error.exists",
            "store.error.locked",
        ] {
            assert!(messages::has(id), "{id}");
        }
    }

    #[test]
    fn locked_names_the_session_and_pid() {
        let e = StoreError::Locked {
            name: "acme".into(),
            pid: Some(42),
        };
        assert_eq!(
            e.to_string(),
            "session acme is open in another window (pid 42)"
        );
    }

    #[test]
    fn a_full_disk_is_its_own_error() {
        let e = StoreError::io(
            Path::new("/x/a.yaml"),
            Action::Write,
            io::Error::from(io::ErrorKind::StorageFull),
        );
        assert!(matches!(e, StoreError::DiskFull { .. }));
        assert!(e.to_string().contains("disk is full"), "{e}");
    }
}

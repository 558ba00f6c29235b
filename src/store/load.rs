//! Loading a session file: the size cap before anything is read, then UTF-8, then the strict
//! parse (version gate, v1 model, migration). Loading never writes: a bad file stays as it is.

use std::fs;
use std::io::Read;
use std::path::Path;

use super::error::{Action, FileKind, StoreError};
use super::nesting::{MAX_FLOW_DEPTH, RawProblem, scan};
use crate::session::{self, Session};

/// Files larger than this are refused before parsing (a session is a few KB).
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// Load and parse a session file.
pub fn load(path: &Path) -> Result<Session, StoreError> {
    load_text(path).map(|loaded| loaded.session)
}

/// A session file as read: its path, its text and the session the text holds.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub path: std::path::PathBuf,
    pub text: String,
    pub session: Session,
}

/// `load`, keeping the text so that a second read (after taking the lock) can tell whether the
/// file changed in between without parsing it again (`reload`).
pub fn load_text(path: &Path) -> Result<Loaded, StoreError> {
    let text = read_text(path)?;
    let session = parse_str(path, &text)?;
    Ok(Loaded {
        path: path.to_path_buf(),
        text,
        session,
    })
}

/// Read `path` again: when it still holds the text of `before` (the same file read earlier),
/// `before`'s session; else the text parsed. Opening a session checks it before taking the
/// lock and reads it again under the lock, and the parse is most of a read.
pub fn reload(path: &Path, before: Option<&Loaded>) -> Result<Session, StoreError> {
    let text = read_text(path)?;
    match before {
        Some(b) if b.path == path && b.text == text => Ok(b.session.clone()),
        _ => parse_str(path, &text),
    }
}

/// Parse a session file's text (`path` names it in errors). The raw text is checked first, in
/// one linear pass, so that no input can make the parser slow: nesting, tags, control
/// characters. This is the whole load except the reading.
pub fn parse_str(path: &Path, text: &str) -> Result<Session, StoreError> {
    let path = path.to_path_buf();
    match scan(text, MAX_FLOW_DEPTH) {
        Some(RawProblem::TooDeep { line, column }) => {
            return Err(StoreError::TooDeep { path, line, column });
        }
        Some(RawProblem::Tag { line, column }) => {
            return Err(StoreError::Tag { path, line, column });
        }
        Some(RawProblem::Control { line, column, code }) => {
            return Err(StoreError::Control {
                path,
                line,
                column,
                code,
            });
        }
        None => {}
    }
    session::parse(text).map_err(|error| StoreError::Parse { path, error })
}

/// Refuse anything that is not a regular file (following symbolic links) without opening it:
/// opening a FIFO for reading blocks until a writer comes, and a device may never end.
pub fn ensure_regular(path: &Path) -> Result<(), StoreError> {
    let meta = fs::metadata(path).map_err(|e| StoreError::io(path, Action::Read, e))?;
    if meta.is_file() {
        Ok(())
    } else {
        Err(StoreError::NotRegular {
            path: path.to_path_buf(),
            kind: FileKind::of(&meta),
        })
    }
}

/// The file's text, refused if not a regular file, over 1 MiB or not UTF-8.
pub fn read_text(path: &Path) -> Result<String, StoreError> {
    let read_err = |e| StoreError::io(path, Action::Read, e);
    ensure_regular(path)?;
    // Non-blocking, in case the path was swapped for a FIFO since the check above.
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NONBLOCK);
    let file = options.open(path).map_err(read_err)?;
    let meta = file.metadata().map_err(read_err)?;
    if !meta.is_file() {
        return Err(StoreError::NotRegular {
            path: path.to_path_buf(),
            kind: FileKind::of(&meta),
        });
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(StoreError::TooLarge {
            path: path.to_path_buf(),
            size: meta.len(),
        });
    }
    // The file may grow between the check and the read (or be a device): read one byte past
    // the cap at most.
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(read_err)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(StoreError::TooLarge {
            path: path.to_path_buf(),
            size: bytes.len() as u64,
        });
    }
    String::from_utf8(bytes).map_err(|e| StoreError::NotUtf8 {
        path: path.to_path_buf(),
        offset: e.utf8_error().valid_up_to(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_read_reuses_the_first_parse_only_while_the_file_is_unchanged() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.yaml");
        fs::write(&path, "version: 1\nname: first\n").unwrap();
        let mut before = load_text(&path).unwrap();
        // Marked in memory only: seeing the mark again shows the parse was reused.
        before.session.name = Some("kept".into());
        let again = reload(&path, Some(&before)).unwrap();
        assert_eq!(again.name.as_deref(), Some("kept"));
        // Another file, or no earlier read: parsed from disk.
        let other = dir.path().join("t.yaml");
        fs::write(&other, "version: 1\nname: first\n").unwrap();
        assert_eq!(
            reload(&other, Some(&before)).unwrap().name.as_deref(),
            Some("first")
        );
        assert_eq!(reload(&path, None).unwrap().name.as_deref(), Some("first"));
        // Changed between the two reads (another window saved): the new text is what counts.
        fs::write(&path, "version: 1\nname: second\n").unwrap();
        let changed = reload(&path, Some(&before)).unwrap();
        assert_eq!(changed.name.as_deref(), Some("second"));
        // And a change that breaks the file is reported, not covered by the earlier parse.
        fs::write(&path, "version: 1\nname: [\n").unwrap();
        assert!(reload(&path, Some(&before)).is_err());
    }

    #[test]
    fn errors_name_the_file_line_and_field() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.yaml");
        fs::write(&path, "version: 1\ninstance:\n  billing: monthly\n").unwrap();
        let e = load(&path).unwrap_err();
        assert_eq!(e.line(), Some(3));
        assert_eq!(e.field(), Some("instance.billing"));
        let text = e.to_string();
        assert!(
            text.contains("s.yaml") && text.contains("line 3") && text.contains("monthly"),
            "{text}"
        );
        assert!(e.is_corrupt());
    }

    #[test]
    fn too_large_and_not_utf8_are_refused_before_parsing() {
        let dir = tempfile::tempdir().unwrap();
        let big = dir.path().join("big.yaml");
        fs::write(&big, vec![b'#'; MAX_FILE_BYTES as usize + 1]).unwrap();
        assert!(matches!(load(&big), Err(StoreError::TooLarge { .. })));
        let bin = dir.path().join("bin.yaml");
        fs::write(&bin, b"version: 1\n\xff").unwrap();
        assert!(matches!(
            load(&bin),
            Err(StoreError::NotUtf8 { offset: 11, .. })
        ));
        let missing = dir.path().join("none.yaml");
        assert!(matches!(
            load(&missing),
            Err(StoreError::Io {
                action: Action::Read,
                ..
            })
        ));
        assert!(matches!(
            load(dir.path()),
            Err(StoreError::NotRegular {
                kind: FileKind::Directory,
                ..
            })
        ));
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_or_device_is_refused_without_being_opened() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("f.yaml");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        // Opening this FIFO for reading would block forever: the test would hang, not fail.
        let e = load(&fifo).unwrap_err();
        assert!(
            matches!(
                e,
                StoreError::NotRegular {
                    kind: FileKind::Fifo,
                    ..
                }
            ),
            "{e:?}"
        );
        assert!(e.to_string().contains("named pipe"), "{e}");
        let link = dir.path().join("zero.yaml");
        std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
        let e = load(&link).unwrap_err();
        assert!(
            matches!(
                e,
                StoreError::NotRegular {
                    kind: FileKind::Device,
                    ..
                }
            ),
            "{e:?}"
        );
        assert!(!e.to_string().contains("bytes"), "{e}");
    }
}

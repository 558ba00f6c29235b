//! Loading a session file: the size cap before anything is read, then UTF-8, then the strict
//! parse (version gate, v1 model, migration). Loading never writes: a bad file stays as it is.

use std::fs;
use std::io::Read;
use std::path::Path;

use super::error::{Action, StoreError};
use super::nesting::{MAX_FLOW_DEPTH, flow_too_deep};
use crate::session::{self, Session};

/// Files larger than this are refused before parsing (a session is a few KB).
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// Load and parse a session file.
pub fn load(path: &Path) -> Result<Session, StoreError> {
    let text = read_text(path)?;
    if let Some((line, column)) = flow_too_deep(&text, MAX_FLOW_DEPTH) {
        return Err(StoreError::TooDeep {
            path: path.to_path_buf(),
            line,
            column,
        });
    }
    session::parse(&text).map_err(|error| StoreError::Parse {
        path: path.to_path_buf(),
        error,
    })
}

/// The file's text, refused if over 1 MiB or not UTF-8.
pub fn read_text(path: &Path) -> Result<String, StoreError> {
    let read_err = |e| StoreError::io(path, Action::Read, e);
    let file = fs::File::open(path).map_err(read_err)?;
    let meta = file.metadata().map_err(read_err)?;
    if meta.is_dir() {
        return Err(read_err(std::io::Error::from(
            std::io::ErrorKind::IsADirectory,
        )));
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
        assert!(matches!(load(dir.path()), Err(StoreError::Io { .. })));
    }
}

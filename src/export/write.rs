//! Writing an export: to a temporary file in the target's folder (created 0600 on Unix), then
//! renamed over the target, so the file is never half-written and never readable by others —
//! also when it replaces an older export that had wider permissions. Only a regular file (or a
//! new path) is replaced that way: a named pipe is written in place (someone reads it), a
//! device or socket is refused (never replaced by a regular file), and a symbolic link is
//! refused unless the caller forces it, in which case the file it points to is written.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::messages;
use crate::session::Language;
use crate::store::FileKind;

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("{}", self.message(Language::En))]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The path is a symbolic link and the caller did not force writing through it.
    #[error("{}", self.message(Language::En))]
    Symlink { path: PathBuf },
    /// A device, socket or other file that is neither regular nor a named pipe.
    #[error("{}", self.message(Language::En))]
    NotRegular { path: PathBuf, kind: FileKind },
}

impl ExportError {
    /// The error in a language, naming the file.
    pub fn message(&self, lang: Language) -> String {
        match self {
            ExportError::Write { path, source } => messages::format(
                lang,
                "export.error.write",
                &[
                    ("path", path.display().to_string()),
                    ("error", source.to_string()),
                ],
            ),
            ExportError::Symlink { path } => messages::format(
                lang,
                "export.error.symlink",
                &[("path", path.display().to_string())],
            ),
            ExportError::NotRegular { path, kind } => messages::format(
                lang,
                "export.error.not-regular",
                &[
                    ("path", path.display().to_string()),
                    ("kind", messages::text(lang, kind.id()).to_string()),
                ],
            ),
        }
    }

    /// What went wrong, without the path (the wizard's prompt shows the path already).
    pub fn kind(&self) -> std::io::ErrorKind {
        match self {
            ExportError::Write { source, .. } => source.kind(),
            ExportError::Symlink { .. } | ExportError::NotRegular { .. } => {
                std::io::ErrorKind::InvalidInput
            }
        }
    }

    pub fn path(&self) -> &Path {
        match self {
            ExportError::Write { path, .. }
            | ExportError::Symlink { path }
            | ExportError::NotRegular { path, .. } => path,
        }
    }
}

/// Write `text` to `path` atomically with mode 0600; returns the absolute path written. A
/// symbolic link is refused (see [`write_text_to`]).
pub fn write_text(path: &Path, text: &str) -> Result<PathBuf, ExportError> {
    write_text_to(path, text, false)
}

/// Write `text` to `path` by what `path` is: nothing or a regular file, atomically (0600); a
/// named pipe, in place; a symbolic link, refused unless `through_links`, then the file it points
/// to by these same rules; a device, socket or folder, refused.
pub fn write_text_to(path: &Path, text: &str, through_links: bool) -> Result<PathBuf, ExportError> {
    let err = |source| ExportError::Write {
        path: path.to_path_buf(),
        source,
    };
    match std::fs::symlink_metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(err(e)),
        Ok(m) if m.file_type().is_symlink() => {
            if !through_links {
                return Err(ExportError::Symlink {
                    path: path.to_path_buf(),
                });
            }
            let target = std::fs::canonicalize(path).map_err(err)?;
            return write_text_to(&target, text, false);
        }
        Ok(m) if m.is_file() => {}
        Ok(m) if m.is_dir() => {
            return Err(err(std::io::Error::from(std::io::ErrorKind::IsADirectory)));
        }
        Ok(m) if FileKind::of(&m) == FileKind::Fifo => {
            // Someone reads the pipe: write to it (opening waits for the reader).
            let mut pipe = std::fs::OpenOptions::new()
                .write(true)
                .open(path)
                .map_err(err)?;
            pipe.write_all(text.as_bytes()).map_err(err)?;
            return Ok(std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()));
        }
        Ok(m) => {
            return Err(ExportError::NotRegular {
                path: path.to_path_buf(),
                kind: FileKind::of(&m),
            });
        }
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // tempfile creates the file 0600 on Unix.
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(err)?;
    tmp.write_all(text.as_bytes()).map_err(err)?;
    tmp.as_file().sync_all().map_err(err)?;
    tmp.persist(path).map_err(|e| err(e.error))?;
    Ok(std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_and_replaces_with_owner_only_permissions() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x-checklist.md");
        std::fs::write(&path, "old").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        }
        let written = write_text(&path, "new").unwrap();
        assert!(written.is_absolute());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        // No temporary files are left behind.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn a_link_device_or_pipe_is_never_replaced() {
        use std::os::unix::fs::FileTypeExt;
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("real.md");
        std::fs::write(&target, "old").unwrap();
        let link = dir.path().join("link.md");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        let e = write_text(&link, "new").unwrap_err();
        assert!(matches!(e, ExportError::Symlink { .. }), "{e:?}");
        assert!(e.to_string().contains("--force"), "{e}");
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "old");
        // Forced: the file the link points to is written; the link stays a link.
        write_text_to(&link, "new", true).unwrap();
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "new");
        // A device is refused, not replaced.
        let e = write_text(Path::new("/dev/null"), "x").unwrap_err();
        assert!(
            matches!(
                e,
                ExportError::NotRegular {
                    kind: FileKind::Device,
                    ..
                }
            ),
            "{e:?}"
        );
        assert!(
            std::fs::metadata("/dev/null")
                .unwrap()
                .file_type()
                .is_char_device()
        );
        // A named pipe is written in place, to whoever reads it.
        let fifo = dir.path().join("pipe.md");
        assert!(
            std::process::Command::new("mkfifo")
                .arg(&fifo)
                .status()
                .unwrap()
                .success()
        );
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
        };
        write_text(&fifo, "through the pipe").unwrap();
        assert_eq!(reader.join().unwrap(), "through the pipe");
        assert!(
            std::fs::symlink_metadata(&fifo)
                .unwrap()
                .file_type()
                .is_fifo()
        );
    }

    #[test]
    fn a_directory_or_missing_folder_is_an_error_naming_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let e = write_text(dir.path(), "x").unwrap_err();
        assert!(e.to_string().contains(&dir.path().display().to_string()));
        let e = write_text(&dir.path().join("no/such/x.md"), "x").unwrap_err();
        assert!(e.to_string().starts_with("cannot write"), "{e}");
    }
}

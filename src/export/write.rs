//! Writing an export: to a temporary file in the target's folder (created 0600 on Unix), then
//! renamed over the target, so the file is never half-written and never readable by others —
//! also when it replaces an older export that had wider permissions.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::messages;
use crate::session::Language;

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("{}", self.message(Language::En))]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
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
        }
    }

    /// What went wrong, without the path (the wizard's prompt shows the path already).
    pub fn kind(&self) -> std::io::ErrorKind {
        match self {
            ExportError::Write { source, .. } => source.kind(),
        }
    }

    pub fn path(&self) -> &Path {
        match self {
            ExportError::Write { path, .. } => path,
        }
    }
}

/// Write `text` to `path` atomically with mode 0600; returns the absolute path written.
pub fn write_text(path: &Path, text: &str) -> Result<PathBuf, ExportError> {
    let err = |source| ExportError::Write {
        path: path.to_path_buf(),
        source,
    };
    if path.is_dir() {
        return Err(err(std::io::Error::from(std::io::ErrorKind::IsADirectory)));
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

    #[test]
    fn a_directory_or_missing_folder_is_an_error_naming_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let e = write_text(dir.path(), "x").unwrap_err();
        assert!(e.to_string().contains(&dir.path().display().to_string()));
        let e = write_text(&dir.path().join("no/such/x.md"), "x").unwrap_err();
        assert!(e.to_string().starts_with("cannot write"), "{e}");
    }
}

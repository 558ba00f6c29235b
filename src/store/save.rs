//! Crash-safe save: the new version goes to a temporary file in the same folder, is flushed to
//! disk, and is renamed over the session; the folder is then synced. The previous version is
//! kept as `<file>.bak`. At every instant the session file is either the old or the new version
//! — a crash, a kill or a full disk never leaves a partial file.

use std::fs;
use std::io::Write;
use std::path::Path;

use chrono::{DateTime, FixedOffset, Timelike, Utc};

use super::error::{Action, StoreError};
use super::load::MAX_FILE_BYTES;
use super::paths::{dir_of, with_suffix};
use crate::messages;
use crate::session::{Language, Session};
use crate::yaml;

/// The current time as written in `created:`/`updated:`: UTC, whole seconds.
pub fn now() -> DateTime<FixedOffset> {
    let t = Utc::now();
    t.with_nanosecond(0).unwrap_or(t).fixed_offset()
}

/// Stamp the session (`updated:` = `now`; `created:` = `now` if missing) and save it.
pub fn save(
    path: &Path,
    session: &mut Session,
    now: DateTime<FixedOffset>,
) -> Result<(), StoreError> {
    if session.created.is_none() {
        session.created = Some(now);
    }
    session.updated = Some(now);
    write(path, session)
}

/// Save the session exactly as given (no stamps).
pub fn write(path: &Path, session: &Session) -> Result<(), StoreError> {
    let text = render(session)?;
    write_text(path, &text)
}

/// The file's text: the header comment, then the YAML.
pub fn render(session: &Session) -> Result<String, StoreError> {
    let body = yaml::to_string(session).map_err(|e| {
        // Serialising our own model cannot fail in practice; report it as a write error.
        StoreError::io(
            Path::new("<session>"),
            Action::Write,
            std::io::Error::other(e.to_string()),
        )
    })?;
    let mut out = header(session.language.unwrap_or(Language::En));
    out.push_str(&body);
    Ok(out)
}

/// The comment at the top of every saved file: what it is, that it may be edited, and that
/// comments added by hand are not kept.
pub fn header(lang: Language) -> String {
    let mut out = String::new();
    for line in messages::text(lang, "store.file.header").lines() {
        out.push_str("# ");
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// Replace `path` with `text` atomically, keeping the previous version as `<path>.bak`. Refused,
/// with the old file kept, when the text is over the size the loader accepts (a file it saves
/// must open again) or when the session file is a symbolic link (a rename would replace the link
/// with a regular file and leave its target stale; writing the target would write outside the
/// sessions folder).
pub(crate) fn write_text(path: &Path, text: &str) -> Result<(), StoreError> {
    if text.len() as u64 > MAX_FILE_BYTES {
        return Err(StoreError::TooLargeToSave {
            path: path.to_path_buf(),
            size: text.len() as u64,
        });
    }
    if fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        return Err(StoreError::Symlink {
            path: path.to_path_buf(),
        });
    }
    let dir = dir_of(path);
    let mut tmp = tempfile::Builder::new()
        .prefix(&temp_prefix(path))
        .suffix(TEMP_SUFFIX)
        .tempfile_in(dir)
        .map_err(|e| StoreError::io(path, Action::Write, e))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file()
            .set_permissions(fs::Permissions::from_mode(0o600))
            .map_err(|e| StoreError::io(path, Action::Write, e))?;
    }
    // On any error below, dropping `tmp` deletes the temporary file; the session is untouched.
    tmp.write_all(text.as_bytes())
        .map_err(|e| StoreError::io(path, Action::Write, e))?;
    tmp.as_file()
        .sync_all()
        .map_err(|e| StoreError::io(path, Action::Write, e))?;
    keep_backup(path)?;
    tmp.persist(path)
        .map_err(|e| StoreError::io(path, Action::Write, e.error))?;
    sync_dir(dir).map_err(|e| StoreError::io(dir, Action::Write, e))?;
    Ok(())
}

const TEMP_SUFFIX: &str = ".tmp";

/// Temporary files of `a.yaml` are `.a.yaml.<random>.tmp`: hidden, and never `*.yaml`, so
/// `list` does not see them.
fn temp_prefix(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    format!(".{name}.")
}

/// Make the current file the backup, without ever touching the current file: a hard link (or,
/// where the file system has none, a copy) under a temporary name, renamed over the `.bak`.
/// A file others may read (a hand-made 0644 file) is copied into a private file instead, since
/// a link would share its permissions: every file icp-prep writes is 0600.
fn keep_backup(path: &Path) -> Result<(), StoreError> {
    let meta = match fs::symlink_metadata(path) {
        Ok(m) if m.is_file() => m,
        _ => return Ok(()), // first save: nothing to keep
    };
    let backup = with_suffix(path, ".bak");
    let staging = dir_of(path).join(format!(
        "{}bak.{}{TEMP_SUFFIX}",
        temp_prefix(path),
        std::process::id()
    ));
    let _ = fs::remove_file(&staging);
    if !is_private(&meta) || fs::hard_link(path, &staging).is_err() {
        copy_private(path, &staging).map_err(|e| {
            let _ = fs::remove_file(&staging);
            StoreError::io(&backup, Action::Write, e)
        })?;
    }
    fs::rename(&staging, &backup).map_err(|e| {
        let _ = fs::remove_file(&staging);
        StoreError::io(&backup, Action::Write, e)
    })
}

/// Readable or writable by the owner only (always true where there are no Unix modes).
fn is_private(meta: &fs::Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        meta.permissions().mode() & 0o077 == 0
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        true
    }
}

/// Copy `from` into a new file `to` created 0600 (std's `fs::copy` would copy the mode).
fn copy_private(from: &Path, to: &Path) -> std::io::Result<()> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut out = options.open(to)?;
    let mut input = fs::File::open(from)?;
    std::io::copy(&mut input, &mut out)?;
    out.sync_all()
}

/// Make a file ours alone (0600), for a file icp-prep keeps under a new name.
pub(crate) fn make_private(path: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(path, fs::Permissions::from_mode(0o600))
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        Ok(())
    }
}

/// Make the renames durable (Unix: fsync the folder). Windows has no folder handle to sync.
fn sync_dir(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        fs::File::open(dir)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(())
    }
}

/// Remove temporary files a killed writer left behind (`.<file>.*.tmp`). Only call this while
/// holding the session's lock, so no other writer is using them.
pub(crate) fn remove_stale_temp_files(path: &Path) {
    let prefix = temp_prefix(path);
    let Ok(entries) = fs::read_dir(dir_of(path)) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(&prefix) && name.ends_with(TEMP_SUFFIX) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session;

    #[test]
    fn header_lines_are_comments_and_the_file_reads_back() {
        let s = session::parse("version: 1\nname: shop\n").unwrap();
        let text = render(&s).unwrap();
        let head: Vec<&str> = text.lines().take_while(|l| l.starts_with('#')).collect();
        assert!(head.len() >= 2, "{text}");
        assert!(
            text.contains("edit it by hand") && text.contains("comments you add here are not kept")
        );
        assert_eq!(session::parse(&text).unwrap(), s);
    }

    #[test]
    fn save_stamps_keeps_a_backup_and_leaves_no_temp_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        let t1 = DateTime::parse_from_rfc3339("2026-11-28T06:20:00Z").unwrap();
        let t2 = DateTime::parse_from_rfc3339("2026-11-29T08:00:00Z").unwrap();
        let mut s = Session {
            version: 1,
            ..Session::default()
        };
        save(&path, &mut s, t1).unwrap();
        assert_eq!((s.created, s.updated), (Some(t1), Some(t1)));
        assert!(
            !with_suffix(&path, ".bak").exists(),
            "first save has nothing to back up"
        );
        let first = fs::read(&path).unwrap();
        s.name = Some("second".into());
        save(&path, &mut s, t2).unwrap();
        assert_eq!((s.created, s.updated), (Some(t1), Some(t2)));
        assert_eq!(fs::read(with_suffix(&path, ".bak")).unwrap(), first);
        let loaded = session::parse(&fs::read_to_string(&path).unwrap()).unwrap();
        assert_eq!(loaded, s);
        let names: Vec<String> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names.len(), 2, "only the file and its backup: {names:?}");
    }

    #[test]
    fn a_failed_save_leaves_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        fs::write(&path, "version: 1\n").unwrap();
        // The target is a directory's child that does not exist: the temp file cannot be made.
        let bad = dir.path().join("missing").join("a.yaml");
        let s = Session {
            version: 1,
            ..Session::default()
        };
        assert!(write(&bad, &s).is_err());
        assert_eq!(fs::read_to_string(&path).unwrap(), "version: 1\n");
    }

    #[test]
    fn a_save_the_loader_would_refuse_is_refused_and_the_old_file_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        fs::write(&path, "version: 1\n").unwrap();
        let mut s = Session {
            version: 1,
            name: Some("x".repeat(MAX_FILE_BYTES as usize)),
            ..Session::default()
        };
        let e = save(&path, &mut s, now()).unwrap_err();
        assert!(matches!(e, StoreError::TooLargeToSave { .. }), "{e:?}");
        assert!(e.to_string().contains("1 MiB"), "{e}");
        assert_eq!(fs::read_to_string(&path).unwrap(), "version: 1\n");
        assert!(!with_suffix(&path, ".bak").exists());
        // Just under the limit saves, and loads again.
        s.name = Some("x".repeat(MAX_FILE_BYTES as usize - 4096));
        save(&path, &mut s, now()).unwrap();
        assert!(crate::store::load(&path).is_ok());
    }

    #[cfg(unix)]
    #[test]
    fn a_symlinked_session_is_not_saved_through() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("elsewhere.yaml");
        fs::write(&target, "version: 1\n").unwrap();
        let link = dir.path().join("a.yaml");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        let s = Session {
            version: 1,
            ..Session::default()
        };
        let e = write(&link, &s).unwrap_err();
        assert!(matches!(e, StoreError::Symlink { .. }), "{e:?}");
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read_to_string(&target).unwrap(), "version: 1\n");
    }

    #[cfg(unix)]
    #[test]
    fn the_backup_of_a_file_others_could_read_is_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        fs::write(&path, "version: 1\n").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
        let mut s = Session {
            version: 1,
            ..Session::default()
        };
        save(&path, &mut s, now()).unwrap();
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&with_suffix(&path, ".bak")), 0o600);
        assert_eq!(mode(&path), 0o600);
        assert_eq!(
            fs::read_to_string(with_suffix(&path, ".bak")).unwrap(),
            "version: 1\n"
        );
    }

    #[test]
    fn stale_temp_files_are_removed_and_others_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        fs::write(dir.path().join(".a.yaml.xyz.tmp"), "x").unwrap();
        fs::write(dir.path().join(".a.yaml.bak.12.tmp"), "x").unwrap();
        fs::write(dir.path().join(".b.yaml.xyz.tmp"), "x").unwrap();
        remove_stale_temp_files(&path);
        assert!(!dir.path().join(".a.yaml.xyz.tmp").exists());
        assert!(!dir.path().join(".a.yaml.bak.12.tmp").exists());
        assert!(dir.path().join(".b.yaml.xyz.tmp").exists());
    }
}

//! What the user may choose when a session file is damaged: restore the backup, or start over.
//! Both first keep the damaged file aside as `<file>.corrupt-<time>`; nothing is ever deleted.
//! These run only on the user's explicit choice, while holding the session's lock.

use std::fs;
use std::path::PathBuf;

use chrono::{DateTime, FixedOffset, Utc};

use super::error::{Action, StoreError};
use super::load::{load, read_text};
use super::lock::SessionLock;
use super::paths::SessionFile;
use super::save::{make_private, save, write_text};
use crate::session::{CURRENT_VERSION, Session};

/// Move the session file to `<file>.corrupt-<UTC time>` (with `-2`, `-3` … if that exists).
/// Returns where it went.
pub fn set_aside(file: &SessionFile, now: DateTime<FixedOffset>) -> Result<PathBuf, StoreError> {
    let stamp = now.with_timezone(&Utc).format("%Y%m%dT%H%M%SZ").to_string();
    let mut target = file.corrupt_path(&stamp);
    let mut n = 2;
    while target.exists() {
        target = file.corrupt_path(&format!("{stamp}-{n}"));
        n += 1;
    }
    fs::rename(file.path(), &target).map_err(|e| StoreError::io(file.path(), Action::Rename, e))?;
    // A hand-made file may have been readable by others; the copy icp-prep keeps is not.
    let _ = make_private(&target);
    Ok(target)
}

/// Put the backup back: the backup must load, the current file (if any) is set aside, and the
/// backup's text becomes the session (the `.bak` itself stays). Returns the restored session and
/// where the old file went.
pub fn restore_backup(
    file: &SessionFile,
    now: DateTime<FixedOffset>,
) -> Result<(Session, Option<PathBuf>), StoreError> {
    let backup = file.backup_path();
    if !backup.exists() {
        return Err(StoreError::NoBackup { path: backup });
    }
    let session = load(&backup).map_err(|e| StoreError::BadBackup { error: Box::new(e) })?;
    let text = read_text(&backup).map_err(|e| StoreError::BadBackup { error: Box::new(e) })?;
    let aside = if file.exists() {
        Some(set_aside(file, now)?)
    } else {
        None
    };
    write_text(file.path(), &text)?;
    Ok((session, aside))
}

/// Begin again: the current file (if any) is set aside and an empty session is saved.
pub fn start_over(
    file: &SessionFile,
    now: DateTime<FixedOffset>,
) -> Result<(Session, Option<PathBuf>), StoreError> {
    let aside = if file.exists() {
        Some(set_aside(file, now)?)
    } else {
        None
    };
    let mut session = Session {
        version: CURRENT_VERSION,
        ..Session::default()
    };
    save(file.path(), &mut session, now)?;
    Ok((session, aside))
}

/// Delete a session: its file, its backup and its lock file, under its lock (so a session open
/// in another window is refused with `Locked`). Files set aside earlier (`.corrupt-*`) are kept,
/// and nothing else beside it is touched (only the files icp-prep names for this session).
pub fn delete(file: &SessionFile) -> Result<(), StoreError> {
    check_deletable(file.path())?;
    let lock = SessionLock::acquire(file)?;
    for path in [file.path().to_path_buf(), file.backup_path()] {
        match fs::remove_file(&path) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(StoreError::io(&path, Action::Remove, e)),
        }
    }
    // Removed while still held (see lock.rs), so no other process can hold a lock on it.
    let _ = lock.remove();
    Ok(())
}

/// Whether `delete` may remove the file at `path`: it is gone already, it reads as a session, or
/// icp-prep wrote it (its header comment), damaged since. Anything else — another tool's YAML, a
/// FIFO, a device — is not icp-prep's to delete.
fn check_deletable(path: &std::path::Path) -> Result<(), StoreError> {
    match fs::symlink_metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(StoreError::io(path, Action::Read, e)),
        Ok(_) => {}
    }
    match load(path) {
        Ok(_) => Ok(()),
        Err(e) if e.is_corrupt() => {
            let mut head = [0u8; 10];
            let ours = fs::File::open(path)
                .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut head))
                .is_ok_and(|()| &head == b"# icp-prep");
            if ours {
                Ok(())
            } else {
                Err(StoreError::NotASession {
                    path: path.to_path_buf(),
                })
            }
        }
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    #[test]
    fn restore_sets_the_bad_file_aside_and_brings_the_backup_back() {
        let dir = tempfile::tempdir().unwrap();
        let file = SessionFile::at(dir.path().join("a.yaml"));
        fs::write(file.path(), "version: 1\nbroken: [\n").unwrap();
        fs::write(file.backup_path(), "version: 1\nname: good\n").unwrap();
        let (s, aside) = restore_backup(&file, t("2026-11-28T07:02:11Z")).unwrap();
        assert_eq!(s.name.as_deref(), Some("good"));
        let aside = aside.unwrap();
        assert!(
            aside
                .to_string_lossy()
                .ends_with("a.yaml.corrupt-20261128T070211Z"),
            "{aside:?}"
        );
        assert_eq!(
            fs::read_to_string(&aside).unwrap(),
            "version: 1\nbroken: [\n"
        );
        assert_eq!(
            fs::read_to_string(file.path()).unwrap(),
            "version: 1\nname: good\n"
        );
        assert!(file.backup_path().exists());
        assert_eq!(file.set_aside_files(), vec![aside]);
    }

    #[test]
    fn an_unusable_backup_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let file = SessionFile::at(dir.path().join("a.yaml"));
        fs::write(file.path(), "bad: [\n").unwrap();
        assert!(matches!(
            restore_backup(&file, t("2026-11-28T07:02:11Z")),
            Err(StoreError::NoBackup { .. })
        ));
        fs::write(file.backup_path(), "version: 9\n").unwrap();
        let e = restore_backup(&file, t("2026-11-28T07:02:11Z")).unwrap_err();
        assert!(
            matches!(e, StoreError::BadBackup { .. }) && e.to_string().contains("version 9"),
            "{e}"
        );
        assert_eq!(fs::read_to_string(file.path()).unwrap(), "bad: [\n");
        assert!(file.set_aside_files().is_empty());
    }

    #[test]
    fn delete_removes_file_backup_and_lock_but_keeps_set_aside_files() {
        let dir = tempfile::tempdir().unwrap();
        let file = SessionFile::at(dir.path().join("a.yaml"));
        fs::write(file.path(), "version: 1\n").unwrap();
        fs::write(file.backup_path(), "version: 1\n").unwrap();
        fs::write(file.corrupt_path("20261128T070211Z"), "bad").unwrap();
        let held = SessionLock::acquire(&file).unwrap();
        assert!(matches!(delete(&file), Err(StoreError::Locked { .. })));
        assert!(file.exists());
        drop(held);
        delete(&file).unwrap();
        assert!(!file.exists() && !file.backup_path().exists() && !file.lock_path().exists());
        assert_eq!(file.set_aside_files().len(), 1);
    }

    #[test]
    fn delete_refuses_what_icp_prep_did_not_write() {
        let dir = tempfile::tempdir().unwrap();
        let chart = SessionFile::at(dir.path().join("Chart.yaml"));
        fs::write(chart.path(), "apiVersion: v2\nname: web\n").unwrap();
        fs::write(dir.path().join("Chart.lock"), "dependencies: []\n").unwrap();
        let e = delete(&chart).unwrap_err();
        assert!(matches!(e, StoreError::NotASession { .. }), "{e:?}");
        assert!(chart.exists() && dir.path().join("Chart.lock").exists());
        assert!(!chart.lock_path().exists(), "no lock file was made");
        // A session icp-prep wrote, damaged since, is still deletable.
        let own = SessionFile::at(dir.path().join("own.yaml"));
        let mut s = Session {
            version: 1,
            ..Session::default()
        };
        save(own.path(), &mut s, t("2026-11-28T07:02:11Z")).unwrap();
        let text = fs::read_to_string(own.path()).unwrap();
        fs::write(own.path(), format!("{text}broken: [\n")).unwrap();
        delete(&own).unwrap();
        assert!(!own.exists());
    }

    #[test]
    fn start_over_twice_in_one_second_keeps_both_old_files() {
        let dir = tempfile::tempdir().unwrap();
        let file = SessionFile::at(dir.path().join("a.yaml"));
        let now = t("2026-11-28T07:02:11Z");
        fs::write(file.path(), "one").unwrap();
        let (s, first) = start_over(&file, now).unwrap();
        assert_eq!(s.created, Some(now));
        fs::write(file.path(), "two").unwrap();
        let (_, second) = start_over(&file, now).unwrap();
        assert_ne!(first, second);
        assert!(second.unwrap().to_string_lossy().ends_with("-2"));
        assert_eq!(load(file.path()).unwrap().version, 1);
    }
}

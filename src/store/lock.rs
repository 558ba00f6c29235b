//! One writer per session: an exclusive `File::try_lock` on the hidden sidecar
//! `.<file>.icp-prep.lock`, which holds the writer's pid for the refusal message. The operating
//! system drops the lock when the process ends, however it ends, so a lock left by a killed
//! process never blocks. The lock file is removed only while locked (`delete`), and a lock is
//! only held once the locked file is still the one at the lock's path: a process that opened
//! the file just before it was removed finds it gone and tries again on a new one, so two
//! writers can never hold locks on two different files. Read-only commands (`check`, `export`,
//! `list`) never lock.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::Write;
use std::path::{Path, PathBuf};

use super::error::{Action, StoreError};
use super::paths::SessionFile;
use super::save::remove_stale_temp_files;

/// Holds a session's write lock; unlocks on drop.
#[derive(Debug)]
pub struct SessionLock {
    file: File,
    path: PathBuf,
}

impl SessionLock {
    /// Take the session's write lock without waiting: `StoreError::Locked` (with the holder's
    /// pid when it can be read) if another process has it. On success, temporary files left by
    /// a killed writer are cleaned up.
    pub fn acquire(session: &SessionFile) -> Result<SessionLock, StoreError> {
        let path = session.lock_path();
        let mut attempts = 0;
        let file = loop {
            let mut options = OpenOptions::new();
            options.read(true).write(true).create(true).truncate(false);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
            let file = options
                .open(&path)
                .map_err(|e| StoreError::io(&path, Action::Lock, e))?;
            match file.try_lock() {
                Ok(()) => {}
                Err(TryLockError::WouldBlock) => {
                    return Err(StoreError::Locked {
                        name: session.name().to_string(),
                        pid: holder_pid(&path),
                    });
                }
                Err(TryLockError::Error(e)) => {
                    return Err(StoreError::io(&path, Action::Lock, e));
                }
            }
            if still_at(&file, &path) {
                break file;
            }
            // The file was removed (by a `delete` holding it) between our open and our lock:
            // locking it means nothing. Start again on whatever is at the path now.
            attempts += 1;
            if attempts > 100 {
                return Err(StoreError::Locked {
                    name: session.name().to_string(),
                    pid: None,
                });
            }
        };
        // The pid is only for the message; failing to write it does not matter.
        let _ = file.set_len(0);
        let _ = (&file).write_all(format!("{}\n", std::process::id()).as_bytes());
        remove_stale_temp_files(session.path());
        Ok(SessionLock { file, path })
    }

    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Remove the lock file while still holding the lock, then let go. Whoever opened the file
    /// before it went sees, once it gets the lock, that it is no longer at the path.
    pub fn remove(self) -> std::io::Result<()> {
        match std::fs::remove_file(&self.path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }
}

/// Whether the open `file` is still the file at `path` (same device and inode).
fn still_at(file: &File, path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (file.metadata(), std::fs::metadata(path)) {
            (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        // Windows does not let a file be removed while it is open.
        let _ = (file, path);
        true
    }
}

impl Drop for SessionLock {
    fn drop(&mut self) {
        let _ = self.file.unlock();
    }
}

/// The pid written in a lock file, if it reads as one.
pub fn holder_pid(lock_path: &Path) -> Option<u32> {
    std::fs::read_to_string(lock_path).ok()?.trim().parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_writer_is_refused_with_the_pid_until_the_first_lets_go() {
        let dir = tempfile::tempdir().unwrap();
        let session = SessionFile::at(dir.path().join("acme.yaml"));
        let first = SessionLock::acquire(&session).unwrap();
        assert_eq!(first.path(), dir.path().join(".acme.yaml.icp-prep.lock"));
        match SessionLock::acquire(&session) {
            Err(StoreError::Locked { name, pid }) => {
                assert_eq!(name, "acme");
                assert_eq!(pid, Some(std::process::id()));
            }
            other => panic!("expected Locked, got {other:?}"),
        }
        drop(first);
        let again = SessionLock::acquire(&session).unwrap();
        drop(again);
    }

    #[cfg(unix)]
    #[test]
    fn the_lock_file_is_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let session = SessionFile::at(dir.path().join("acme.yaml"));
        let lock = SessionLock::acquire(&session).unwrap();
        let mode = std::fs::metadata(lock.path()).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
}

//! Every session in the data directory with its step, its answers and last change. Reads
//! only: never locks, never writes, never creates the folder. A file that does not load is
//! listed with its error rather than stopping the list. The caller evaluates the sessions
//! (the store knows files, not rules).

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use chrono::{DateTime, FixedOffset, Timelike, Utc};

use super::error::{Action, StoreError};
use super::load::load;
use super::paths::{DataDir, EXTENSION, SessionFile};
use crate::session::{Session, Step};

/// One row of `icp-prep list`.
#[derive(Debug)]
pub struct SessionSummary {
    pub name: String,
    pub path: PathBuf,
    /// Where the wizard resumes (`regulations` when the file names none); `None` if it did not load.
    pub step: Option<Step>,
    /// The session as read; `None` if it did not load.
    pub session: Option<Session>,
    /// The file's `updated:`, else its modification time.
    pub updated: Option<DateTime<FixedOffset>>,
    /// Why the file did not load.
    pub error: Option<StoreError>,
}

/// Summaries of every `*.yaml` in the sessions folder, sorted by name. A missing folder is an
/// empty list.
pub fn list(data: &DataDir) -> Result<Vec<SessionSummary>, StoreError> {
    Ok(summarize_all(&session_files(&data.sessions())?))
}

/// `summarize` for each file, in order. Below 64 files one thread does it: asking how many
/// cores there are reads several files under /proc and /sys, which a short list need not pay.
pub fn summarize_all(files: &[SessionFile]) -> Vec<SessionSummary> {
    if files.len() < 64 {
        return files.iter().map(summarize).collect();
    }
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(8);
    if threads <= 1 {
        return files.iter().map(summarize).collect();
    }
    // Reading is independent per file: spread them over the cores, keep order.
    let chunk = files.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let handles: Vec<_> = files
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(summarize).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    })
}

/// The session files in a folder (`*.yaml`, not hidden), sorted by name.
pub fn session_files(dir: &Path) -> Result<Vec<SessionFile>, StoreError> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(StoreError::io(dir, Action::ReadDir, e)),
    };
    let mut files: Vec<SessionFile> = entries
        .flatten()
        .filter(|e| {
            let name = e.file_name();
            let name = name.to_string_lossy();
            !name.starts_with('.')
                && Path::new(&*name)
                    .extension()
                    .is_some_and(|x| x == EXTENSION)
                && e.file_type().is_ok_and(|t| t.is_file() || t.is_symlink())
        })
        .map(|e| SessionFile::at(e.path()))
        .collect();
    files.sort_by(|a, b| a.name().cmp(b.name()));
    Ok(files)
}

/// One session's row.
pub fn summarize(file: &SessionFile) -> SessionSummary {
    let mut row = SessionSummary {
        name: file.name().to_string(),
        path: file.path().to_path_buf(),
        step: None,
        session: None,
        updated: None,
        error: None,
    };
    match load(file.path()) {
        Ok(session) => {
            row.step = Some(session.step.unwrap_or(Step::Regulations));
            row.updated = session.updated;
            row.session = Some(session);
        }
        Err(e) => row.error = Some(e),
    }
    if row.updated.is_none() {
        row.updated = modified(file.path());
    }
    row
}

fn modified(path: &Path) -> Option<DateTime<FixedOffset>> {
    let t: SystemTime = std::fs::metadata(path).ok()?.modified().ok()?;
    let t = DateTime::<Utc>::from(t);
    Some(t.with_nanosecond(0).unwrap_or(t).fixed_offset())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    #[test]
    fn lists_sessions_sorted_with_errors_and_skips_other_files() {
        let dir = tempfile::tempdir().unwrap();
        let data = DataDir::new(dir.path());
        assert!(
            list(&data).unwrap().is_empty(),
            "missing folder = empty list"
        );
        assert!(!data.sessions().exists(), "list never creates the folder");
        let sessions = data.create().unwrap();
        fs::write(
            sessions.join("b.yaml"),
            "version: 1\nstep: domain\nupdated: 2026-11-28T07:02:11Z\n",
        )
        .unwrap();
        fs::write(
            sessions.join("a.yaml"),
            "version: 1\napplicant: {province: nowhere}\n",
        )
        .unwrap();
        for other in [
            "b.yaml.bak",
            ".b.yaml.icp-prep.lock",
            ".b.yaml.x.tmp",
            "notes.txt",
            "b.yaml.corrupt-20261128T070211Z",
        ] {
            fs::write(sessions.join(other), "junk").unwrap();
        }
        let rows = list(&data).unwrap();
        let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["a", "b"]);
        assert!(
            rows[0]
                .error
                .as_ref()
                .unwrap()
                .to_string()
                .contains("nowhere")
        );
        assert!(
            rows[0].updated.is_some(),
            "mtime when the file does not load"
        );
        assert_eq!(rows[1].step, Some(Step::Domain));
        assert!(rows[0].session.is_none());
        assert_eq!(rows[1].session.as_ref().unwrap().step, Some(Step::Domain));
        assert_eq!(
            rows[1].updated.unwrap().to_rfc3339(),
            "2026-11-28T07:02:11+00:00"
        );
    }
}

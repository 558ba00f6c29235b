//! The background writer behind the wizard (DESIGN.md §6: saving never blocks typing). The UI
//! submits each committed state; a thread saves it with fsync. Submitting never waits for the
//! disk: if a save is running, the newest state replaces any state still waiting, so the latest
//! state always wins and intermediate ones may be skipped. `flush` (and drop) waits for the last
//! submitted state to be on disk. Errors are reported through `status`, which the UI polls.

use std::path::PathBuf;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;

use chrono::{DateTime, FixedOffset};

use super::error::{Action, StoreError};
use super::save::{now, save};
use crate::session::Session;

/// The outcome of the most recent save.
#[derive(Debug, Clone)]
pub enum SaveStatus {
    /// Nothing saved yet.
    Idle,
    /// The state submitted `seq`-th was saved at `at`.
    Saved { at: DateTime<FixedOffset>, seq: u64 },
    /// The last attempt failed; the file holds the last state that was saved.
    Failed(Arc<StoreError>),
}

/// A background writer for one session file.
pub struct AutoSaver {
    shared: Arc<Shared>,
    /// `None` if the thread could not be started: then `submit` saves on the caller's thread.
    thread: Option<JoinHandle<()>>,
    path: PathBuf,
    clock: fn() -> DateTime<FixedOffset>,
}

struct Shared {
    state: Mutex<State>,
    changed: Condvar,
}

struct State {
    pending: Option<(u64, Session)>,
    submitted: u64,
    /// Sequence number of the last state written (or that failed).
    finished: u64,
    status: SaveStatus,
    stop: bool,
}

impl AutoSaver {
    /// Start the writer for `path`, stamping saves with the current time.
    pub fn spawn(path: PathBuf) -> AutoSaver {
        AutoSaver::spawn_with_clock(path, now)
    }

    /// Start the writer with a clock of your own (tests use a fixed one).
    pub fn spawn_with_clock(path: PathBuf, clock: fn() -> DateTime<FixedOffset>) -> AutoSaver {
        let shared = Arc::new(Shared {
            state: Mutex::new(State {
                pending: None,
                submitted: 0,
                finished: 0,
                status: SaveStatus::Idle,
                stop: false,
            }),
            changed: Condvar::new(),
        });
        let worker = Arc::clone(&shared);
        let worker_path = path.clone();
        let thread = std::thread::Builder::new()
            .name("icp-prep-autosave".into())
            .spawn(move || run(&worker, &worker_path, clock))
            .ok();
        AutoSaver {
            shared,
            thread,
            path,
            clock,
        }
    }

    /// Queue a state to save and return at once; it replaces any state still waiting.
    pub fn submit(&self, session: Session) {
        let mut st = lock(&self.shared.state);
        st.submitted += 1;
        let seq = st.submitted;
        if self.thread.is_none() {
            // No writer thread (it could not be started): save here rather than lose the state.
            let mut session = session;
            st.status = outcome(save_now(&self.path, &mut session, self.clock), seq);
            st.finished = seq;
            return;
        }
        st.pending = Some((seq, session));
        self.shared.changed.notify_all();
    }

    /// Wait until everything submitted so far is saved (or failed); returns the outcome.
    pub fn flush(&self) -> SaveStatus {
        let mut st = lock(&self.shared.state);
        while st.finished < st.submitted {
            st = self
                .shared
                .changed
                .wait(st)
                .unwrap_or_else(|e| e.into_inner());
        }
        st.status.clone()
    }

    /// The outcome of the most recent save, without waiting.
    pub fn status(&self) -> SaveStatus {
        lock(&self.shared.state).status.clone()
    }

    /// Whether submitted states are still waiting or being written.
    pub fn busy(&self) -> bool {
        let st = lock(&self.shared.state);
        st.finished < st.submitted
    }
}

impl Drop for AutoSaver {
    fn drop(&mut self) {
        self.flush();
        lock(&self.shared.state).stop = true;
        self.shared.changed.notify_all();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn lock(m: &Mutex<State>) -> MutexGuard<'_, State> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

fn run(shared: &Shared, path: &std::path::Path, clock: fn() -> DateTime<FixedOffset>) {
    // Should this thread ever panic, `flush` must not wait for it forever.
    struct OnPanic<'a>(&'a Shared, &'a std::path::Path);
    impl Drop for OnPanic<'_> {
        fn drop(&mut self) {
            if std::thread::panicking() {
                let mut st = lock(&self.0.state);
                let gone = std::io::Error::other("the autosave thread stopped");
                st.status =
                    SaveStatus::Failed(Arc::new(StoreError::io(self.1, Action::Write, gone)));
                st.finished = u64::MAX;
                self.0.changed.notify_all();
            }
        }
    }
    let _guard = OnPanic(shared, path);
    // `created:` of the first save is kept for later states that lack it.
    let mut created = None;
    loop {
        let (seq, mut session) = {
            let mut st = lock(&shared.state);
            loop {
                if let Some(job) = st.pending.take() {
                    break job;
                }
                if st.stop {
                    return;
                }
                st = shared.changed.wait(st).unwrap_or_else(|e| e.into_inner());
            }
        };
        if session.created.is_none() {
            session.created = created;
        }
        let result = save_now(path, &mut session, clock);
        if result.is_ok() {
            created = session.created;
        }
        let mut st = lock(&shared.state);
        st.status = outcome(result, seq);
        st.finished = seq.max(st.finished);
        shared.changed.notify_all();
    }
}

fn save_now(
    path: &std::path::Path,
    session: &mut Session,
    clock: fn() -> DateTime<FixedOffset>,
) -> Result<DateTime<FixedOffset>, StoreError> {
    let at = clock();
    save(path, session, at).map(|()| at)
}

fn outcome(result: Result<DateTime<FixedOffset>, StoreError>, seq: u64) -> SaveStatus {
    match result {
        Ok(at) => SaveStatus::Saved { at, seq },
        Err(e) => SaveStatus::Failed(Arc::new(e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::load;

    fn fixed() -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339("2026-11-28T07:02:11Z").unwrap()
    }

    fn named(n: u32) -> Session {
        Session {
            version: 1,
            name: Some(format!("state {n}")),
            ..Session::default()
        }
    }

    #[test]
    fn the_latest_state_wins_and_flush_waits_for_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        let saver = AutoSaver::spawn_with_clock(path.clone(), fixed);
        for n in 0..200 {
            saver.submit(named(n));
        }
        match saver.flush() {
            SaveStatus::Saved { at, seq } => assert_eq!((at, seq), (fixed(), 200)),
            other => panic!("{other:?}"),
        }
        assert!(!saver.busy());
        let s = load(&path).unwrap();
        assert_eq!(s.name.as_deref(), Some("state 199"));
        assert_eq!((s.created, s.updated), (Some(fixed()), Some(fixed())));
    }

    #[test]
    fn drop_saves_what_is_pending_and_created_is_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.yaml");
        {
            let saver = AutoSaver::spawn(path.clone());
            saver.submit(named(1));
            saver.flush();
            saver.submit(named(2));
        }
        let s = load(&path).unwrap();
        assert_eq!(s.name.as_deref(), Some("state 2"));
        let first_created = load(&path.with_extension("yaml.bak")).unwrap().created;
        assert!(
            s.created.is_some() && s.created == first_created,
            "created survives later states"
        );
    }

    #[test]
    fn a_failed_save_is_reported_not_lost_silently() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("no-such-folder").join("a.yaml");
        let saver = AutoSaver::spawn(path);
        assert!(matches!(saver.status(), SaveStatus::Idle));
        saver.submit(named(1));
        match saver.flush() {
            SaveStatus::Failed(e) => assert!(e.to_string().contains("no-such-folder"), "{e}"),
            other => panic!("{other:?}"),
        }
    }
}

//! Sessions on disk (DESIGN.md §1, §2, §6): where they live, crash-safe saves with a backup,
//! loading with errors that name the file, line and field, one-writer locking, listing, and
//! the background writer the wizard saves through. Knows nothing about screens.
//!
//! Layout: `<data dir>/sessions/<name>.yaml` (0600, folder 0700 on Unix), beside it
//! `<name>.yaml.bak` (the version before the last save), `.<name>.yaml.icp-prep.lock` (the
//! writer's lock, hidden and named so it can never be another tool's) and, only after the user
//! chose to restore or start over, `<name>.yaml.corrupt-<time>`. Only regular files are read or
//! written; links are read but never saved through.

mod autosave;
mod error;
mod list;
mod load;
mod lock;
mod nesting;
mod paths;
mod recover;
mod save;

pub use autosave::{AutoSaver, SaveStatus};
pub use error::{Action, FileKind, NameProblem, StoreError};
pub use list::{SessionSummary, list, session_files, summarize, summarize_all};
pub use load::{
    Loaded, MAX_FILE_BYTES, ensure_regular, load, load_text, parse_str, read_text, reload,
};
pub use lock::{SessionLock, holder_pid};
pub use nesting::{MAX_FLOW_DEPTH, RawProblem, scan};
pub use paths::{
    DATA_DIR_ENV, DataDir, MAX_NAME_CHARS, SESSIONS_DIR, SessionFile, Target, check_name, resolve,
};
pub use recover::{delete, restore_backup, set_aside, start_over};
pub use save::{header, now, render, save, write};

//! Hooks only the tests use, compiled with the `test-hooks` feature (which the tests turn on
//! through the crate's dev-dependency on itself); a shipped build has none of this.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Args;

use super::exit;
use super::session_cmds::{fail, session_file};
use crate::store::{self, SessionLock, StoreError};

macro_rules! say {
    ($($arg:tt)*) => {{
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}

/// tests/store_kill.rs: take the lock, then save `state_a` and `state_b` alternately
/// with a counter in `name:` ("save N", continuing from the file's own counter), printing
/// "saved N" after each save returns, until killed or `max` saves are done.
#[derive(Debug, Args)]
pub struct SaveLoopArgs {
    pub target: String,
    pub state_a: PathBuf,
    pub state_b: PathBuf,
    #[arg(long, default_value_t = 20_000)]
    pub max: u64,
}

pub fn save_loop(args: &SaveLoopArgs, data_dir: Option<&Path>) -> u8 {
    let run = || -> Result<(), StoreError> {
        let file = session_file(&args.target, data_dir, true)?;
        let _lock = SessionLock::acquire(&file)?;
        let states = [store::load(&args.state_a)?, store::load(&args.state_b)?];
        let start = match store::load(file.path()) {
            Ok(s) => s
                .name
                .as_deref()
                .and_then(|n| n.strip_prefix("save "))
                .and_then(|n| n.parse().ok())
                .unwrap_or(0),
            Err(StoreError::Io { .. }) if !file.exists() => 0,
            Err(e) => return Err(e),
        };
        say!("ready {start}");
        for i in start + 1..=start + args.max {
            let mut s = states[(i % 2) as usize].clone();
            s.name = Some(format!("save {i}"));
            store::save(file.path(), &mut s, store::now())?;
            say!("saved {i}");
        }
        Ok(())
    };
    match run() {
        Ok(()) => exit::READY,
        Err(e) => fail(&e),
    }
}

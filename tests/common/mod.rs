//! Helpers shared by integration tests. Each test file that needs them says `mod common;`.
#![allow(dead_code)]

pub mod pty;
pub mod script;

use std::path::{Path, PathBuf};

use pty::{CommandBuilder, Pty};

pub const BIN: &str = env!("CARGO_BIN_EXE_icp-prep");

/// The day every wizard in these tests judges dates on: verdicts about terms and expiry must
/// not change with the wall clock.
pub const TODAY: &str = "2026-12-01";

/// `icp-prep --today TODAY` (the start screen), its data in `data_dir`, run in `cwd`.
pub fn icp_prep_command(data_dir: &Path, cwd: &Path) -> CommandBuilder {
    let mut cmd = CommandBuilder::new(BIN);
    cmd.args(["--today", TODAY]);
    cmd.cwd(cwd);
    cmd.env("ICP_PREP_DATA_DIR", data_dir);
    cmd.env("TERM", "xterm-256color");
    // The screen texts the tests wait for are English: no LANG=zh_CN from the caller.
    cmd.env("LC_ALL", "C.UTF-8");
    cmd.env_remove("NO_COLOR");
    cmd
}

/// A wizard in a pty with its own temporary data directory (tests may run in parallel).
pub struct Wizard {
    pub pty: Pty,
    pub dir: tempfile::TempDir,
}

impl Wizard {
    /// Start `icp-prep` (the start screen) in a `cols`×`rows` terminal.
    pub fn start(cols: u16, rows: u16) -> Wizard {
        let dir = tempfile::tempdir().expect("temp dir");
        let pty = Pty::spawn(icp_prep_command(dir.path(), dir.path()), cols, rows);
        Wizard { pty, dir }
    }

    /// Start again on the data directory of an earlier run.
    pub fn restart(dir: tempfile::TempDir, cols: u16, rows: u16) -> Wizard {
        let pty = Pty::spawn(icp_prep_command(dir.path(), dir.path()), cols, rows);
        Wizard { pty, dir }
    }

    pub fn data_dir(&self) -> &Path {
        self.dir.path()
    }

    pub fn session_path(&self, name: &str) -> PathBuf {
        self.dir
            .path()
            .join("sessions")
            .join(format!("{name}.yaml"))
    }
}

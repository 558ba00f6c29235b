//! Signals and quitting (issue 14): SIGTERM, SIGHUP, SIGINT and SIGQUIT sent to the wizard (SIGINT as a
//! signal, not the Ctrl+C key) save the answers, give the terminal back (alternate screen off,
//! cursor visible, echo and line input on) and exit with 128 + the signal's number; opening a
//! session and quitting without a change leaves the file and its backup as they were.

#![cfg(unix)]

mod common;

use std::path::Path;

use common::icp_prep_command;
use common::pty::{Pty, timeout};

const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/full-guangdong-enterprise.yaml"
);

fn open_acme(dir: &Path) -> Pty {
    std::fs::create_dir_all(dir.join("sessions")).unwrap();
    let path = dir.join("sessions/acme.yaml");
    if !path.exists() {
        std::fs::copy(FIXTURE, &path).unwrap();
    }
    let mut cmd = icp_prep_command(dir, dir);
    cmd.args(["open", "acme"]);
    let p = Pty::spawn(cmd, 100, 30);
    p.wait_for_all(&["icp-prep · acme · Step", "✔ saved"]);
    p
}

#[test]
fn terminating_signals_save_restore_the_terminal_and_exit_128_plus_the_signal() {
    for (name, number) in [("TERM", 15), ("HUP", 1), ("INT", 2), ("QUIT", 3)] {
        let dir = tempfile::tempdir().unwrap();
        let mut p = open_acme(dir.path());
        assert_eq!(
            p.echo_and_canonical(),
            Some(false),
            "{name}: raw mode is on"
        );
        // An answer: the interface language, saved with the session. Then at once the signal.
        p.send("l");
        p.wait_gone("icp-prep · acme · Step");
        p.signal(name);
        let status = p.wait_exit(timeout());
        assert_eq!(status.exit_code(), 128 + number, "{name}: {status:?}");
        assert!(
            p.terminal_restored(),
            "{name}: alternate screen off and cursor visible"
        );
        assert!(
            !p.with_screen(|s| s.bracketed_paste()),
            "{name}: bracketed paste off"
        );
        assert_eq!(
            p.echo_and_canonical(),
            Some(true),
            "{name}: echo and canonical input are back"
        );
        let saved = icp_prep::store::load(&dir.path().join("sessions/acme.yaml")).unwrap();
        assert_eq!(
            saved.language,
            Some(icp_prep::session::Language::ZhCn),
            "{name}: the answer given just before the signal was saved"
        );
    }
}

#[test]
fn a_signal_on_the_start_screen_restores_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = Pty::spawn(icp_prep_command(dir.path(), dir.path()), 100, 30);
    p.wait_for("n new");
    p.signal("TERM");
    let status = p.wait_exit(timeout());
    assert_eq!(status.exit_code(), 143, "{status:?}");
    assert!(p.terminal_restored());
    assert_eq!(p.echo_and_canonical(), Some(true));
}

#[test]
fn opening_and_quitting_without_a_change_rewrites_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sessions/acme.yaml");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::copy(FIXTURE, &path).unwrap();
    let before = std::fs::read(&path).unwrap();
    let modified = std::fs::metadata(&path).unwrap().modified().unwrap();
    let mut p = open_acme(dir.path());
    p.send("q");
    let status = p.wait_exit(timeout());
    assert_eq!(status.exit_code(), 0);
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert_eq!(
        std::fs::metadata(&path).unwrap().modified().unwrap(),
        modified
    );
    assert!(
        !dir.path().join("sessions/acme.yaml.bak").exists(),
        "no backup rotated"
    );
}

#[test]
fn a_symlinked_session_is_refused_before_anything_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let outside = dir.path().join("elsewhere.yaml");
    std::fs::copy(FIXTURE, &outside).unwrap();
    let sessions = dir.path().join("sessions");
    std::fs::create_dir_all(&sessions).unwrap();
    std::os::unix::fs::symlink(&outside, sessions.join("acme.yaml")).unwrap();
    let mut cmd = icp_prep_command(dir.path(), dir.path());
    cmd.args(["open", "acme"]);
    let mut p = Pty::spawn(cmd, 100, 30);
    let status = p.wait_exit(timeout());
    assert_eq!(status.exit_code(), 2);
    assert!(p.screen().contains("symbolic link"), "{}", p.screen());
    assert!(p.terminal_restored());
    let names: Vec<String> = std::fs::read_dir(&sessions)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["acme.yaml"], "no lock file, no backup");
    assert!(
        std::fs::symlink_metadata(sessions.join("acme.yaml"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(
        std::fs::read(&outside).unwrap(),
        std::fs::read(FIXTURE).unwrap()
    );
}

//! Two processes on one session (DESIGN.md §5 layer 4, §6): while one window has a session
//! open, a second writer is refused with the first one's pid and exit 2; readers (`check`,
//! `list`) are not; after the first is killed, the session opens normally.

#![cfg(unix)]

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn bin(data: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_icp-prep"));
    // English messages whatever the machine's locale (the tests read them).
    c.env("ICP_PREP_DATA_DIR", data)
        .env("LC_ALL", "C")
        .stdin(Stdio::null());
    c
}

fn run(data: &Path, args: &[&str]) -> Output {
    bin(data).args(args).output().unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn a_second_window_is_refused_until_the_first_is_killed() {
    let data = tempfile::tempdir().unwrap();
    assert_eq!(run(data.path(), &["new", "acme"]).status.code(), Some(0));
    let file = data.path().join("sessions/acme.yaml");
    let before = std::fs::read(&file).unwrap();

    // The first window: opens the session and keeps it (hidden test flag) until killed.
    let mut first = bin(data.path())
        .args(["open", "acme", "--hold-lock-ms", "60000"])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    // Keep reading its output open: the window must hold on because it is holding, not by luck.
    let mut reader = BufReader::new(first.stdout.take().unwrap());
    let mut line = String::new();
    reader.read_line(&mut line).unwrap();
    assert!(
        line.starts_with("Session acme"),
        "first window did not open: {line:?}"
    );

    let second = run(data.path(), &["open", "acme"]);
    assert_eq!(second.status.code(), Some(2), "{}", stderr(&second));
    let expected = format!(
        "session acme is open in another window (pid {})",
        first.id()
    );
    assert!(stderr(&second).contains(&expected), "{}", stderr(&second));
    assert!(second.stdout.is_empty());

    // Other writers are refused too; nothing is written.
    // `new` is refused before it takes any lock: the file exists.
    let out = run(data.path(), &["new", "acme"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("already exists"), "{}", stderr(&out));
    for args in [
        &["delete", "acme", "--yes"][..],
        &["open", "acme", "--start-over"],
    ] {
        let out = run(data.path(), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("open in another window"),
            "{args:?}: {}",
            stderr(&out)
        );
    }
    assert_eq!(std::fs::read(&file).unwrap(), before);

    // Readers never lock, so they work while the session is open.
    let check = run(data.path(), &["check", "acme", "--today", "2026-11-28"]);
    assert_eq!(check.status.code(), Some(1), "{}", stderr(&check));
    let list = run(data.path(), &["list", "--format", "json"]);
    assert_eq!(list.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&list.stdout).contains("\"acme\""));

    // Killed, the first window leaves its lock file behind, but not its lock.
    assert_eq!(
        first.try_wait().unwrap(),
        None,
        "the first window is still running"
    );
    first.kill().unwrap();
    first.wait().unwrap();
    drop(reader);
    assert!(
        data.path()
            .join("sessions/.acme.yaml.icp-prep.lock")
            .exists(),
        "the stale lock file is still there"
    );
    let again = run(data.path(), &["open", "acme"]);
    assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
    assert!(String::from_utf8_lossy(&again.stdout).starts_with("Session acme"));
    assert_eq!(
        std::fs::read(&file).unwrap(),
        before,
        "opening does not rewrite the file"
    );
}

#[test]
fn sessions_are_locked_one_by_one() {
    let data = tempfile::tempdir().unwrap();
    for name in ["one", "two"] {
        assert_eq!(run(data.path(), &["new", name]).status.code(), Some(0));
    }
    let mut first = bin(data.path())
        .args(["open", "one", "--hold-lock-ms", "60000"])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut reader = BufReader::new(first.stdout.take().unwrap());
    let mut line = String::new();
    reader.read_line(&mut line).unwrap();
    let other = run(data.path(), &["open", "two"]);
    assert_eq!(other.status.code(), Some(0), "{}", stderr(&other));
    first.kill().unwrap();
    first.wait().unwrap();
}

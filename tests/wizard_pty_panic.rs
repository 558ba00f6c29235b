//! A panic inside the wizard gives the terminal back: raw mode, the alternate screen, the
//! cursor and bracketed paste are restored by the panic hook, and the panic message reaches
//! the user's normal screen. The binary panics on purpose when ICP_PREP_TEST_PANIC is set.

mod common;

use common::icp_prep_command;
use common::pty::{Pty, timeout};

#[test]
fn a_panic_restores_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/full-guangdong-enterprise.yaml"
    );
    std::fs::create_dir_all(dir.path().join("sessions")).unwrap();
    std::fs::copy(fixture, dir.path().join("sessions/acme.yaml")).unwrap();
    let mut cmd = icp_prep_command(dir.path(), dir.path());
    cmd.args(["open", "acme"]);
    cmd.env("ICP_PREP_TEST_PANIC", "1");
    cmd.env("RUST_BACKTRACE", "0");
    let mut p = Pty::spawn(cmd, 80, 24);
    let status = p.wait_exit(timeout());
    assert!(!status.success(), "the process panicked");
    assert!(
        p.terminal_restored(),
        "alternate screen off and cursor visible after a panic"
    );
    // Bracketed paste is ours to undo (ratatui's own hook only restores raw mode and the screen).
    assert!(
        !p.with_screen(|s| s.bracketed_paste()),
        "bracketed paste is still on after the panic"
    );
    assert!(
        p.screen().contains("ICP_PREP_TEST_PANIC"),
        "the panic message is shown: {}",
        p.screen()
    );
    // The session file is untouched by the crash.
    let saved = std::fs::read_to_string(dir.path().join("sessions/acme.yaml")).unwrap();
    assert!(icp_prep::session::parse(&saved).is_ok());
}

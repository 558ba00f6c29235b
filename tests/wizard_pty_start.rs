//! The start screen end to end (issue 13, item 7): a session another window holds is reported
//! there and the program keeps running; `?` shows the start screen's keys; the counts read as
//! `list` gives them (done, to do, blocked).

mod common;

use common::Wizard;
use common::pty::{key, timeout};
use icp_prep::store::{DataDir, SessionLock};

#[test]
fn a_locked_session_is_reported_on_the_start_screen_which_stays() {
    let dir = tempfile::tempdir().unwrap();
    let data = DataDir::locate(Some(dir.path())).unwrap();
    data.create().unwrap();
    let file = data.session("held").unwrap();
    std::fs::write(file.path(), "version: 1\n").unwrap();
    // Another window holds it (this test process, through the same lock the wizard takes).
    let lock = SessionLock::acquire(&file).unwrap();
    let mut w = Wizard::restart(dir, 80, 24);
    w.pty.wait_for("held ·");
    // The counts as `icp-prep list` gives them.
    w.pty.wait_for("done,");
    let row = w.pty.screen();
    assert!(
        row.contains("to do,") && row.contains("blocked"),
        "counts as done / to do / blocked:\n{row}"
    );
    w.pty.send(key::ENTER);
    w.pty.wait_for("session held is open in another window");
    assert!(
        w.pty.try_status().is_none(),
        "the program keeps running:\n{}",
        w.pty.screen()
    );
    assert!(
        w.pty.screen().contains("Saved sessions"),
        "{}",
        w.pty.screen()
    );
    // ? shows the start screen's keys; any other key closes them.
    w.pty.send("?");
    w.pty.wait_for("choose a saved session");
    w.pty.send("x");
    w.pty.wait_gone("choose a saved session");
    // Released, the same Enter opens it.
    drop(lock);
    w.pty.send(key::ENTER);
    w.pty.wait_for(" · held · Step 1 of 6: Regulations");
    w.pty.send("q");
    assert!(w.pty.wait_exit(timeout()).success());
}

/// `--lang` is kept with the session (as `l` keeps it): reopened without it, the session
/// speaks the language chosen.
#[test]
fn the_language_chosen_with_lang_is_saved_with_the_session() {
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = common::icp_prep_command(dir.path(), dir.path());
    cmd.args(["--lang", "zh-CN", "new", "zh-shop"]);
    let mut w = Wizard {
        pty: common::pty::Pty::spawn(cmd, 80, 24),
        dir,
    };
    w.pty.wait_for("第 1 步，共 6 步");
    w.pty.wait_for("✔ 已保存");
    w.pty.send("q");
    assert!(w.pty.wait_exit(timeout()).success());
    let text = std::fs::read_to_string(w.session_path("zh-shop")).unwrap();
    assert!(text.contains("\nlanguage: zh-CN\n"), "{text}");
}

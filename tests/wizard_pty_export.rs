//! Export from the wizard, in a real pseudo-terminal (issue 6): `e` opens the prompt, Tab
//! changes the format (the default path follows), Enter writes, and the footer says where the
//! file went. The file is the export of what was answered, written 0600.

mod common;

use common::Wizard;
use common::pty::{key, timeout};

#[test]
fn e_exports_the_checklist_and_shows_where_it_went() {
    let mut w = Wizard::start(100, 30);
    let p = &w.pty;
    p.wait_for("n new");
    p.send("n");
    p.wait_for("Name of the new session:");
    p.type_text("exp");
    p.send(key::ENTER);
    p.wait_for("› Kind of filing:");
    p.send(key::DOWN);
    p.wait_for("› Filing province:");
    p.send(key::ENTER);
    p.wait_for("Type to filter:");
    p.type_text("guang");
    p.wait_for("Guangdong 广东省 (44)");
    p.send(key::ENTER);
    p.wait_for_all(&["Filing province: Guangdong", "┌ Who files"]);
    // The answer opened the next question's list; Esc closes it, then e exports.
    p.send(key::ESC);
    p.wait_gone("┌ Who files");

    p.send("e");
    p.wait_for("Export as Markdown to: exp-checklist.md");
    p.send(key::TAB);
    p.wait_for("Export as HTML to: exp-checklist.html");
    p.send(key::ENTER);
    p.wait_for("Checklist written to");
    let written = w.dir.path().join("exp-checklist.html");
    let screen = p.screen();
    assert!(screen.contains("exp-checklist.html"), "{screen}");
    let html = std::fs::read_to_string(&written).expect("the export was written");
    assert!(
        html.starts_with("<!DOCTYPE html>"),
        "{}",
        &html[..80.min(html.len())]
    );
    assert!(
        html.contains("Guangdong"),
        "the export reflects the answers"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&written).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }

    // A path that cannot be written: the prompt stays, saying why in one line, to correct it.
    p.send("e");
    p.wait_for("Export as Markdown to: exp-checklist.md");
    p.send("\x15"); // Ctrl+U clears the path
    p.type_text("no-such-folder/x.md");
    p.send(key::ENTER);
    p.wait_for("✘ Not written: that folder does not exist");
    assert!(
        p.screen()
            .contains("Export as Markdown to: no-such-folder/x.md")
    );
    p.send(key::ESC);
    p.wait_gone("Not written");

    // Esc cancels without writing.
    p.send("e");
    p.wait_for("Export as Markdown");
    p.send(key::ESC);
    p.wait_gone("Export as Markdown");
    assert!(!w.dir.path().join("exp-checklist.md").exists());

    p.send("q");
    assert!(w.pty.wait_exit(timeout()).success());
    assert!(w.pty.terminal_restored());
}

//! Switching the wizard's language mid-session, in a real pseudo-terminal: `l` turns the
//! English screen Chinese (step titles, questions, keys), the choice is saved in the session
//! file as `language: zh-CN`, and reopening the session comes back in Chinese although the
//! environment is English.

mod common;

use common::Wizard;
use common::pty::{key, timeout};

#[test]
fn l_switches_to_chinese_mid_session_and_the_choice_is_saved() {
    // The harness runs icp-prep with LC_ALL=C.UTF-8: the wizard starts in English.
    let mut w = Wizard::start(80, 24);
    let p = &w.pty;
    p.wait_for("n new");
    p.send("n");
    p.wait_for("Name of the new session:");
    p.type_text("bilingual");
    p.wait_for("Name of the new session: bilingual");
    p.send(key::ENTER);
    p.wait_for_all(&[
        " · bilingual · Step 1 of 6: Regulations",
        "› Kind of filing:",
    ]);

    p.send("l");
    p.wait_for_all(&[
        " · bilingual · 第 1 步，共 6 步：备案规则",
        "› 备案类型：未回答",
        "l English",
    ]);
    let screen = p.screen();
    assert!(!screen.contains("Step 1 of 6"), "{screen}");
    for title in [
        "1 备案规则",
        "2 域名",
        "3 接入资源",
        "4 备案材料",
        "5 阿里云账号",
        "6 前置审批",
    ] {
        assert!(
            screen.contains(title),
            "no {title} in the step list:\n{screen}"
        );
    }
    p.wait_for("✔ 已保存");

    // Moving on keeps the language.
    p.send(key::PGDN);
    p.wait_for(" · bilingual · 第 2 步，共 6 步：域名");
    p.wait_for("✔ 已保存");
    p.send("q");
    assert!(w.pty.wait_exit(timeout()).success());

    let path = w.session_path("bilingual");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("\nlanguage: zh-CN\n"), "{text}");
    let session = icp_prep::session::parse(&text).unwrap();
    assert_eq!(session.language, Some(icp_prep::session::Language::ZhCn));
    // Ids stay ids: the step is saved as `domain`, whatever the language on screen.
    assert!(text.contains("\nstep: domain\n"), "{text}");

    // Reopened in an English environment, the session speaks the language it saved.
    let w = Wizard::restart(w.dir, 80, 24);
    let p = &w.pty;
    p.wait_for("bilingual");
    p.send(key::ENTER);
    p.wait_for(" · bilingual · 第 2 步，共 6 步：域名");
    // And `l` switches back to English.
    p.send("l");
    p.wait_for(" · bilingual · Step 2 of 6: Domain");
    p.wait_for("✔ saved");
    p.send("q");
    let mut w = w;
    assert!(w.pty.wait_exit(timeout()).success());
    let text = std::fs::read_to_string(w.session_path("bilingual")).unwrap();
    assert!(text.contains("\nlanguage: en\n"), "{text}");
}

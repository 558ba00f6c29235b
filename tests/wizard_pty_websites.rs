//! Issue 15 end to end: the real binary in a pseudo-terminal. A person files a personal site:
//! first filing, one domain, its website named 张三论坛 with comments. The checklist blocks it,
//! quoting 论坛, while they type; the session file then holds the website's description under
//! a label the domain carries, and `icp-prep check` agrees.

mod common;

use std::process::Command;

use common::pty::{key, timeout};
use common::{BIN, Wizard};
use icp_prep::session::{FilingType, WebsiteFeature};

#[test]
fn a_personal_forum_with_comments_is_blocked_naming_the_word_and_saved_as_a_website() {
    // Wide enough for the checklist titles to stay on one line each.
    let mut w = Wizard::start(180, 40);
    let p = &w.pty;
    p.wait_for("n new");
    p.send("n");
    p.wait_for("Name of the new session:");
    p.type_text("zhangsan");
    p.wait_for("Name of the new session: zhangsan");
    p.send(key::ENTER);

    // 1 Regulations: the kind of filing comes first; each answer opens the next question.
    p.wait_for_all(&["Step 1 of 6: Regulations", "› Kind of filing:"]);
    p.send(key::ENTER);
    use common::script::{Answer::*, give};
    let en = icp_prep::session::Language::En;
    for (path, answer) in [
        ("filing.type", Pick("first")),
        ("applicant.province", Pick("guang")),
        ("applicant.entity_type", Pick("individual")),
    ] {
        give(p, en, path, &answer);
    }
    // The name's editor is open (its footer drawn: a lone Esc must not run into the next key).
    p.wait_for_all(&["Who files: Individual", "› Entity name:", "Enter/Tab save"]);
    // Leave the name for later: Esc, then on to step 2.
    p.send(key::ESC);
    p.wait_for("q quit");
    p.send(key::PGDN);
    p.wait_for_all(&["Step 2 of 6: Domain", "› Domains:"]);

    // 2 Domain: one domain, then its website described next to it.
    for (path, answer) in [
        ("domains", Key(key::ENTER)),
        ("domains.name", Text("zhangsan.com")),
        ("domains.website", Text("")),
        ("websites.name", Text("张三论坛")),
    ] {
        give(p, en, path, &answer);
    }
    // The domain had no label: it now carries one of its own name.
    p.wait_for("Website label: zhangsan.com");
    p.wait_for("no “论坛” in the name");
    give(p, en, "websites.remark", &Text(""));
    p.wait_for_all(&[
        "┌ Website features",
        "[ ] Comments (评论): visitors can comment",
    ]);
    give(p, en, "websites.features", &Tick(&["comm"]));
    p.wait_for("┌ Registrar");
    p.send(key::ESC);
    p.wait_gone("┌ Registrar");
    p.wait_for_all(&[
        "Website features: Comments (评论): visitors can comment",
        "zhangsan.com: only what a personal site may offer",
        "zhangsan.com: no “论坛” in the name",
    ]);
    // Both are blockers: the step is marked blocked.
    p.wait_for("✘ 2 Domain");
    p.wait_for("✔ saved");
    p.send("q");
    assert!(w.pty.wait_exit(timeout()).success());

    let path = w.session_path("zhangsan");
    let text = std::fs::read_to_string(&path).unwrap();
    let s = icp_prep::session::parse(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    assert_eq!(s.filing.unwrap().kind, Some(FilingType::FirstFiling));
    let d = &s.domains.as_ref().unwrap()[0];
    assert_eq!(d.website.as_deref(), Some("zhangsan.com"));
    let sites = s.websites.expect("a websites entry");
    assert_eq!(sites.len(), 1);
    assert_eq!(sites[0].label, "zhangsan.com");
    assert_eq!(sites[0].name.as_deref(), Some("张三论坛"));
    assert_eq!(
        sites[0].features.as_deref(),
        Some(&[WebsiteFeature::Comments][..])
    );

    // `check` reads the same file to the same verdicts.
    let out = Command::new(BIN)
        .arg("check")
        .arg(&path)
        .args(["--today", common::TODAY, "--format", "json"])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let status = |id: &str| {
        json["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["id"] == id)
            .map(|i| i["status"].as_str().unwrap().to_string())
    };
    assert_eq!(
        status("website.zhangsan.com.name-personal-words").as_deref(),
        Some("blocked")
    );
    assert_eq!(
        status("website.zhangsan.com.personal-features").as_deref(),
        Some("blocked")
    );
}

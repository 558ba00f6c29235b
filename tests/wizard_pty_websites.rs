//! Issue 15 end to end: the real binary in a pseudo-terminal. A person files a personal site:
//! first filing, one domain, its website named 张三论坛 with comments. The checklist blocks it,
//! quoting 论坛, while they type; the session file then holds the website's description under
//! a label the domain carries, and `icp-prep check` agrees.

mod common;

use std::process::Command;

use common::pty::{Pty, key, timeout};
use common::{BIN, Wizard};
use icp_prep::session::{FilingType, WebsiteFeature};

/// Wait until `answered` shows, then until `next` is the focused question: ↓ if the wizard left
/// the focus on the answered question (it may also move on by itself).
fn answered_then(p: &Pty, answered: &str, next: &str) {
    p.wait_for(answered);
    if !p.screen().contains(&format!("› {next}:")) {
        p.send(key::DOWN);
    }
    p.wait_for(&format!("› {next}:"));
}

/// Enter on the focused list, type `filter`, Enter.
fn choose(p: &Pty, filter: &str) {
    p.send(key::ENTER);
    p.wait_for("Type to filter:");
    p.type_text(filter);
    p.wait_for(&format!("Type to filter: {filter}"));
    p.send(key::ENTER);
    p.wait_gone("Type to filter:");
}

/// Enter on the focused text question, type `value`, Tab (saves and moves on).
fn type_tab(p: &Pty, value: &str) {
    p.send(key::ENTER);
    p.wait_for("Enter/Tab save");
    p.type_text(value);
    p.wait_for(&format!("  {value}"));
    p.send(key::TAB);
    p.wait_gone("Enter/Tab save");
}

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

    // 1 Regulations: the kind of filing comes first.
    p.wait_for_all(&["Step 1 of 6: Regulations", "› Kind of filing:"]);
    choose(p, "first");
    answered_then(
        p,
        "Kind of filing: first filing (首次备案)",
        "Filing province",
    );
    choose(p, "guang");
    answered_then(p, "Filing province: Guangdong 广东省 (44)", "Who files");
    choose(p, "individual");
    p.wait_for("Who files: Individual");

    // 2 Domain: one domain, then its website described next to it.
    p.send(key::PGDN);
    p.wait_for_all(&["Step 2 of 6: Domain", "› Domains:"]);
    p.send(key::ENTER);
    p.wait_for_all(&["› Domain name:", "Enter/Tab save"]);
    p.type_text("zhangsan.com");
    p.wait_for("✔ Filed as zhangsan.com");
    p.send(key::TAB);
    answered_then(p, "Domain name: zhangsan.com", "Website label");
    p.send(key::DOWN);
    p.wait_for("› Website name:");
    type_tab(p, "张三论坛");
    // The domain had no label: it now carries one of its own name.
    p.wait_for("Website label: zhangsan.com");
    p.wait_for("no “论坛” in the name");
    answered_then(p, "Website name: 张三论坛", "Website remark");
    p.send(key::DOWN);
    p.wait_for("› Website features:");
    p.send(key::ENTER);
    p.wait_for("Type to filter:");
    p.type_text("comm");
    p.wait_for("[ ] Comments (评论): visitors can comment");
    p.send(" ");
    p.wait_for("[x] Comments (评论): visitors can comment");
    p.send(key::ENTER);
    p.wait_gone("Type to filter:");
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

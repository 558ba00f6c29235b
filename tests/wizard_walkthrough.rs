//! The three walkthroughs of issue 13, end to end in a pty, from the start screen to the
//! review: a Hong Kong individual filing in Guangdong and a foreign-owned company in Shanghai
//! at 80×24, and the first case again in Chinese at 120×40. Each answer opens the next
//! question by itself, so a case costs the characters typed plus one key per question; the
//! key counts are asserted as upper bounds (and written in the README).
//!
//! A script names each question by its path; the label waited for comes from the message
//! catalogue, so the same script runs in both languages.

mod common;

use std::process::{Command, Stdio};

use common::pty::{CommandBuilder, Pty, key, timeout};
use common::script::{Answer::*, Run, label};
use common::{BIN, TODAY};
use icp_prep::messages;
use icp_prep::session::{Language, Session};

/// Start the wizard, create `name` from the start screen (`n`, the name, Enter) and open the
/// first question (Enter): the keys any case starts with.
fn start(dir: &std::path::Path, lang: Language, cols: u16, rows: u16, name: &str) -> Run {
    let mut cmd = CommandBuilder::new(BIN);
    cmd.args(["--today", TODAY]);
    if lang == Language::ZhCn {
        cmd.args(["--lang", "zh-CN"]);
    }
    cmd.cwd(dir);
    cmd.env("ICP_PREP_DATA_DIR", dir);
    cmd.env("TERM", "xterm-256color");
    cmd.env("LC_ALL", "C.UTF-8");
    let pty = Pty::spawn(cmd, cols, rows);
    let new_key = messages::text(lang, "tui.start.keys")
        .split(" · ")
        .find(|k| k.starts_with("n "))
        .unwrap_or("n");
    pty.wait_for(new_key);
    pty.send("n");
    pty.type_text(name);
    pty.send(key::ENTER);
    pty.wait_for(&format!("› {}", label(lang, "filing.type")));
    pty.send(key::ENTER);
    Run {
        pty,
        lang,
        typed: name.chars().count(),
        questions: 0,
    }
}

/// The review is reached by the last answer; `q` saves and leaves.
fn finish(mut run: Run, dir: &std::path::Path, name: &str) -> (usize, usize, usize, Session) {
    run.pty
        .wait_for(messages::text(run.lang, "tui.review.title"));
    run.pty.send("q");
    assert!(run.pty.wait_exit(timeout()).success());
    let path = dir.join("sessions").join(format!("{name}.yaml"));
    let text = std::fs::read_to_string(&path).expect("session saved");
    let session = icp_prep::session::parse(&text).expect("the saved session parses");
    (run.pty.keys() - 1, run.typed, run.questions, session)
}

/// `icp-prep check` on the saved session: its JSON.
fn check(dir: &std::path::Path, name: &str) -> serde_json::Value {
    let out = Command::new(BIN)
        .args(["--today", TODAY, "check", "--format", "json"])
        .arg(dir.join("sessions").join(format!("{name}.yaml")))
        .stdin(Stdio::null())
        .output()
        .expect("run check");
    serde_json::from_slice(&out.stdout).expect("check prints JSON")
}

fn status<'a>(json: &'a serde_json::Value, id: &str) -> Option<&'a str> {
    json["items"].as_array()?.iter().find(|i| i["id"] == id)?["status"].as_str()
}

fn hong_kong_individual() -> Vec<(&'static str, common::script::Answer)> {
    vec![
        ("filing.type", Pick("first")),
        ("applicant.province", Pick("guangdong")),
        ("applicant.entity_type", Pick("individual")),
        ("applicant.name", Text("Chan Tai Man")),
        ("materials.leader.residency", Pick("hong")),
        ("materials.leader.document", Suggested),
        ("materials.leader.number", Text("810000199001010019")),
        ("applicant.regulations_reviewed", Key("y")),
        // 2 Domain: Enter on the list adds a domain and opens its name.
        ("domains", Key(key::ENTER)),
        ("domains.name", Text("chantaiman.com")),
        ("domains.website", Text("")),
        ("websites.name", Text("陈大文的摄影笔记")),
        ("websites.remark", Text("")),
        ("websites.features", TickNone),
        ("domains.registrar", Pick("china site")),
        ("domains.real_name_verified", Key("y")),
        ("domains.real_name_verified_on", Text("2026-11-20")),
        ("domains.holder", Pick("entity")),
        ("domains.holder_matches", Key("y")),
        ("domains.expires_on", Text("2027-11-01")),
        // 3 Instance.
        ("instance.product", Pick("ecs")),
        ("instance.region_mainland", Key("y")),
        ("instance.billing", Pick("subscription")),
        ("instance.expires_on", Text("2027-11-20")),
        ("instance.public_bandwidth", Key("y")),
        ("instance.service_numbers_used", Text("0")),
        // 4 Materials: the document was given in step 1.
        ("materials.leader.valid_until", Text("2030-05-01")),
        ("materials.certificate_changed", Key("n")),
        ("materials.finance_content", Key("n")),
        ("materials.prepared", TickAll),
        // 5 Account.
        ("account.has_account", Key("y")),
        ("account.site", Pick("china")),
        ("account.real_name_verified", Key("y")),
        ("account.holds_other_entity", Key("n")),
        // 6 Pre-approval: no special industry.
        ("preapproval.industries", TickNone),
    ]
}

fn foreign_owned_company() -> Vec<(&'static str, common::script::Answer)> {
    vec![
        ("filing.type", Pick("first")),
        ("applicant.province", Pick("shanghai")),
        ("applicant.entity_type", Pick("enterprise")),
        ("applicant.name", Text("Globex (Shanghai) Co., Ltd.")),
        ("applicant.regulations_reviewed", Key("y")),
        ("domains", Key(key::ENTER)),
        ("domains.name", Text("globex.cn")),
        ("domains.website", Text("")),
        ("websites.name", Text("Globex 环球产品介绍")),
        ("websites.remark", Text("")),
        ("websites.features", Tick(&["shop"])),
        ("domains.registrar", Pick("china site")),
        ("domains.real_name_verified", Key("y")),
        ("domains.real_name_verified_on", Text("")),
        ("domains.holder", Pick("entity")),
        ("domains.holder_matches", Key("y")),
        ("domains.expires_on", Text("2028-03-01")),
        ("instance.product", Pick("ecs")),
        ("instance.region_mainland", Key("y")),
        ("instance.billing", Pick("subscription")),
        ("instance.expires_on", Text("2027-12-31")),
        ("instance.public_bandwidth", Key("y")),
        ("instance.service_numbers_used", Text("1")),
        ("materials.entity_certificate.type", Pick("business")),
        (
            "materials.entity_certificate.number",
            Text("91310000MA1FL0007C"),
        ),
        ("materials.entity_certificate.valid_until", Text("")),
        // The legal representative is a foreign national: a passport.
        ("materials.leader.residency", Pick("foreign")),
        ("materials.leader.document", Suggested),
        ("materials.leader.number", Text("E12345678")),
        ("materials.leader.is_legal_representative", Key("y")),
        ("materials.leader.valid_until", Text("2031-06-30")),
        ("materials.admin.residency", Pick("mainland")),
        ("materials.admin.document", Suggested),
        ("materials.admin.number", Text("44030019850101123X")),
        ("materials.admin.is_legal_representative", Key("n")),
        ("materials.admin.valid_until", Text("")),
        ("materials.certificate_changed", Key("n")),
        ("materials.prepared", TickAll),
        ("account.has_account", Key("y")),
        ("account.site", Pick("china")),
        ("account.real_name_verified", Key("y")),
        ("account.holds_other_entity", Key("n")),
        ("preapproval.industries", TickNone),
    ]
}

/// Keys beyond the characters typed and one per question: `n` and Enter to create the
/// session, Enter to open the first question, `q` is not counted.
const START_KEYS: usize = 3;

fn walk(
    lang: Language,
    cols: u16,
    rows: u16,
    name: &str,
    script: &[(&str, common::script::Answer)],
) -> (tempfile::TempDir, usize, usize, usize, Session) {
    let dir = tempfile::tempdir().unwrap();
    let mut run = start(dir.path(), lang, cols, rows, name);
    run.script(script);
    let (keys, typed, questions, session) = finish(run, dir.path(), name);
    println!("{name}: {keys} keys = {typed} typed + {questions} questions (+{START_KEYS})");
    assert!(
        keys <= typed + questions + START_KEYS,
        "{name}: {keys} keys for {typed} typed characters and {questions} questions"
    );
    (dir, keys, typed, questions, session)
}

#[test]
fn hong_kong_individual_in_guangdong_at_80x24() {
    let (dir, keys, ..) = walk(Language::En, 80, 24, "hk-chan", &hong_kong_individual());
    assert!(keys <= 213, "{keys} keys (README: 213)");
    let json = check(dir.path(), "hk-chan");
    assert_eq!(
        status(&json, "materials.leader_certificate"),
        Some("done"),
        "{json:#}"
    );
    assert_eq!(status(&json, "regulations.province"), Some("done"));
    assert!(
        status(&json, "regulations.domicile").is_none(),
        "no domicile for a Hong Kong resident: {json:#}"
    );
}

#[test]
fn foreign_owned_company_in_shanghai_at_80x24() {
    let (dir, keys, ..) = walk(Language::En, 80, 24, "globex", &foreign_owned_company());
    assert!(keys <= 279, "{keys} keys (README: 279)");
    let json = check(dir.path(), "globex");
    for id in [
        "materials.entity_certificate",
        "materials.leader_certificate",
        "materials.admin_certificate",
    ] {
        assert_eq!(status(&json, id), Some("done"), "{id}");
    }
    let blocked: Vec<&str> = json["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["status"] == "blocked")
        .filter_map(|i| i["id"].as_str())
        .collect();
    assert_eq!(blocked, Vec::<&str>::new(), "{json:#}");
}

#[test]
fn hong_kong_individual_in_chinese_at_120x40() {
    let (_dir, keys, _, _, session) = walk(
        Language::ZhCn,
        120,
        40,
        "hk-chan-zh",
        &hong_kong_individual(),
    );
    assert!(keys <= 216, "{keys} keys (README: 216)");
    assert_eq!(
        session.language,
        Some(Language::ZhCn),
        "the language is kept"
    );
    let (_d, _, _, _, english) = walk(Language::En, 80, 24, "hk-chan-zh", &hong_kong_individual());
    let strip = |mut s: Session| {
        (s.created, s.updated, s.language, s.name) = (None, None, None, None);
        s
    };
    assert_eq!(
        strip(session),
        strip(english),
        "the same answers in either language"
    );
}

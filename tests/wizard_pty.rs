//! End to end (DESIGN.md §5, layer 3): the real `icp-prep` binary in a pseudo-terminal, typed
//! at as a person would, then the screen, the saved YAML and `icp-prep check` are checked.
//!
//! Every wait is for something on the screen (the answer shown, the next question focused),
//! never a fixed sleep, so the tests run as fast as the wizard answers and tolerate a slow
//! machine (10 s per wait; 30 s with `CI` set). Each test has its own data directory, so they
//! run in parallel.

mod common;

use std::path::Path;
use std::process::{Command, Stdio};

use common::pty::{Pty, key, timeout};
use common::{BIN, Wizard};
use icp_prep::session::{Answer, EntityType, ProvinceSlug, Registrar, Session, Step};

/// The footer while a value is being typed (the value sits on its own line under the label).
const EDITING: &str = "Enter/Tab save";

/// Keys and waits in the vocabulary of the wizard's screen.
trait Keys {
    fn pty(&self) -> &Pty;

    /// Wait until the focused question is `label` (its line starts with "› label:").
    fn focused(&self, label: &str) {
        self.pty().wait_for(&format!("› {label}:"));
    }

    /// ↓ to the next question, `label`.
    fn down_to(&self, label: &str) {
        self.pty().send(key::DOWN);
        self.focused(label);
    }

    /// Enter on the focused select `label`, type `filter`, Enter; the answer reads `shown`.
    fn choose(&self, label: &str, filter: &str, shown: &str) {
        let p = self.pty();
        p.send(key::ENTER);
        p.wait_for("Type to filter:");
        p.type_text(filter);
        p.wait_for(&format!("Type to filter: {filter}"));
        p.send(key::ENTER);
        p.wait_for(&format!("{label}: {shown}"));
    }

    /// From the start screen: `n`, the name, Enter.
    fn create_from_start_screen(&self, name: &str) {
        let p = self.pty();
        p.wait_for("n new");
        p.send("n");
        p.wait_for("Name of the new session:");
        p.type_text(name);
        p.wait_for(&format!("Name of the new session: {name}"));
        p.send(key::ENTER);
    }

    /// Create a session from the start screen; the wizard opens on step 1.
    fn new_session(&self, name: &str) {
        self.create_from_start_screen(name);
        self.pty().wait_for_all(&[
            &format!(" · {name} · Step 1 of 6: Regulations"),
            "› Kind of filing:",
        ]);
        // The kind of filing is asked first; unanswered it is taken as a first filing.
        self.down_to("Filing province");
    }

    /// Wait until everything answered so far is on disk. A frame that shows the newest answer
    /// was drawn after that answer was handed to the writer, so once such a frame also says
    /// "✔ saved", the answer is in the file.
    fn saved(&self) {
        self.pty().wait_for("✔ saved");
    }
}

impl Keys for Pty {
    fn pty(&self) -> &Pty {
        self
    }
}

fn load(path: &Path) -> Session {
    let text =
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    icp_prep::session::parse(&text)
        .unwrap_or_else(|e| panic!("parse {}: {e}\n{text}", path.display()))
}

fn date(s: &str) -> chrono::NaiveDate {
    s.parse().unwrap()
}

/// `icp-prep check FILE --today 2026-12-01 --format json`: (exit code, item id → status, JSON).
fn check(
    path: &Path,
) -> (
    i32,
    std::collections::BTreeMap<String, String>,
    serde_json::Value,
) {
    let out = Command::new(BIN)
        .arg("check")
        .arg(path)
        .args(["--today", common::TODAY, "--format", "json"])
        .output()
        .expect("run icp-prep check");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "check printed no JSON ({e}): {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    let statuses = json["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| {
            (
                i["id"].as_str().unwrap().to_string(),
                i["status"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    (out.status.code().unwrap_or(-1), statuses, json)
}

fn assert_status(statuses: &std::collections::BTreeMap<String, String>, id: &str, status: &str) {
    assert_eq!(
        statuses.get(id).map(String::as_str),
        Some(status),
        "item {id} in {statuses:#?}"
    );
}

/// Type the whole Guangdong enterprise case, step 1 to 6, as a person would: each answer
/// opens the next question. Leaves the wizard on the review.
fn type_guangdong_enterprise(p: &Pty) {
    use common::script::{Answer::*, give};
    // The first question is opened by hand; every answer then opens the next one.
    p.focused("Filing province");
    p.send(key::ENTER);
    let script = [
        ("applicant.province", Pick("guang")),
        ("applicant.entity_type", Pick("enterprise")),
        ("applicant.name", Text("Acme Trading Co., Ltd.")),
        ("applicant.regulations_reviewed", Key("y")),
        // 2 Domain: Enter on the list adds a domain and opens its name.
        ("domains", Key(key::ENTER)),
        ("domains.name", Text("example.com")),
        ("domains.website", Text("shop")),
        ("websites.name", Text("Acme 阿克米贸易官网")),
        ("websites.remark", Text("")),
        ("websites.features", Tick(&["shop"])),
        ("domains.registrar", Pick("china site")),
        ("domains.real_name_verified", Key("y")),
        ("domains.real_name_verified_on", Text("2026-11-20")),
        ("domains.holder", Pick("entity itself")),
        ("domains.holder_matches", Key("y")),
        ("domains.expires_on", Text("2027-11-01")),
        // 3 Instance: ECS is judged on the term remaining, "Months bought" is not asked.
        ("instance.product", Pick("ecs")),
        ("instance.region_mainland", Key("y")),
        ("instance.billing", Pick("subscription")),
        ("instance.expires_on", Text("2027-11-20")),
        ("instance.public_bandwidth", Key("y")),
        ("instance.service_numbers_used", Text("1")),
        // 4 Materials: residency first, then the documents it allows.
        ("materials.entity_certificate.type", Pick("business")),
        (
            "materials.entity_certificate.number",
            Text("91440300MA5D0B1C2R"),
        ),
        (
            "materials.entity_certificate.valid_until",
            Text("2040-01-01"),
        ),
        ("materials.leader.residency", Pick("mainland")),
        ("materials.leader.document", Suggested),
        ("materials.leader.number", Text("44030019850101123X")),
        ("materials.leader.is_legal_representative", Key("y")),
        ("materials.leader.valid_until", Text("2035-03-01")),
        ("materials.admin.residency", Pick("hong kong")),
        ("materials.admin.document", Pick("hk_macao_residence")),
        ("materials.admin.number", Text("810000199001010019")),
        ("materials.admin.is_legal_representative", Key("n")),
        ("materials.admin.valid_until", Text("")),
        ("materials.certificate_changed", Key("n")),
        // Guangdong asks about finance content (its commitment letter); nowhere else does.
        ("materials.finance_content", Key("n")),
        (
            "materials.prepared",
            Tick(&[
                "entity_certificate",
                "leader_certificate",
                "admin_certificate",
            ]),
        ),
        ("account.has_account", Key("y")),
        ("account.site", Pick("china")),
        ("account.real_name_verified", Key("y")),
        ("account.holds_other_entity", Key("n")),
        // 6 Pre-approval: a news site without its approval yet (the one blocked item).
        ("preapproval.industries", Tick(&["news"])),
        ("preapproval.approvals_ready", TickNone),
    ];
    for (path, answer) in &script {
        give(p, icp_prep::session::Language::En, path, answer);
    }
}

/// The session file the Guangdong case must leave (timestamps aside).
fn guangdong_expected() -> Session {
    use icp_prep::session::*;
    Session {
        version: 1,
        step: Some(Step::Review),
        applicant: Some(Applicant {
            province: Some(ProvinceSlug::Guangdong),
            entity_type: Some(EntityType::Enterprise),
            name: Some("Acme Trading Co., Ltd.".into()),
            regulations_reviewed: Some(Answer::Yes),
            ..Default::default()
        }),
        domains: Some(vec![DomainEntry {
            name: Some("example.com".into()),
            website: Some("shop".into()),
            registrar: Some(Registrar::AliyunChina),
            real_name_verified: Some(Answer::Yes),
            real_name_verified_on: Some(date("2026-11-20")),
            holder: Some(Holder::Entity),
            holder_kind: None,
            holder_matches: Some(Answer::Yes),
            expires_on: Some(date("2027-11-01")),
        }]),
        websites: Some(vec![Website {
            label: "shop".into(),
            name: Some("Acme 阿克米贸易官网".into()),
            features: Some(vec![WebsiteFeature::Shop]),
            ..Default::default()
        }]),
        instance: Some(Instance {
            product: Some(ProductId::Ecs),
            region_mainland: Some(Answer::Yes),
            billing: Some(Billing::Subscription),
            expires_on: Some(date("2027-11-20")),
            public_bandwidth: Some(Answer::Yes),
            service_numbers_used: Some(1),
            ..Default::default()
        }),
        materials: Some(Materials {
            entity_certificate: Some(EntityCertificate {
                kind: Some(CertificateType::BusinessLicense),
                number: Some(CertNumber("91440300MA5D0B1C2R".into())),
                valid_until: Some(date("2040-01-01")),
            }),
            leader: Some(Person {
                residency: Some(Residency::Mainland),
                document: Some(CertificateType::ResidentId),
                number: Some(CertNumber("44030019850101123X".into())),
                is_legal_representative: Some(Answer::Yes),
                valid_until: Some(date("2035-03-01")),
            }),
            admin: Some(Person {
                residency: Some(Residency::HongKong),
                document: Some(CertificateType::HkMacaoResidencePermit),
                number: Some(CertNumber("810000199001010019".into())),
                is_legal_representative: Some(Answer::No),
                valid_until: None,
            }),
            certificate_changed: Some(Answer::No),
            finance_content: Some(Answer::No),
            all_domains_in_statement: None,
            prepared: Some(vec![
                MaterialId::EntityCertificate,
                MaterialId::LeaderCertificate,
                MaterialId::AdminCertificate,
            ]),
        }),
        account: Some(Account {
            has_account: Some(Answer::Yes),
            site: Some(AccountSite::China),
            real_name_verified: Some(Answer::Yes),
            holds_other_entity: Some(Answer::No),
        }),
        preapproval: Some(Preapproval {
            industries: Some(vec![IndustryId::News]),
            approvals_ready: Some(vec![]),
        }),
        ..Default::default()
    }
}

/// (a) + (b): the whole Guangdong enterprise case from the start screen to the review, `q`,
/// then the file, `icp-prep check`, and reopening it from the start screen on the review.
#[test]
fn guangdong_enterprise_typed_from_start_screen_to_review() {
    let mut w = Wizard::start(120, 40);
    let file = w.session_path("acme-shop");
    {
        let p = &w.pty;
        p.wait_for("No saved session yet");
        p.new_session("acme-shop");
        type_guangdong_enterprise(p);
        p.wait_for(" · acme-shop · Review");
        p.wait_for_all(&["Review: every answer", "Not ready yet", "✘ 1 blocked"]);
        p.saved();
        p.send("q");
    }
    let status = w.pty.wait_exit(timeout());
    assert!(status.success(), "q exits 0, got {status}");
    assert!(
        w.pty.terminal_restored(),
        "alternate screen off and cursor shown after q:\n{}",
        w.pty.screen()
    );

    let mut saved = load(&file);
    assert!(
        saved.created.is_some() && saved.updated.is_some(),
        "the wizard stamps created/updated"
    );
    (saved.created, saved.updated) = (None, None);
    assert_eq!(saved, guangdong_expected());

    let (code, statuses, json) = check(&file);
    assert_eq!(code, 1, "not ready: {json:#}");
    assert_eq!(json["ready"], false);
    // the one todo: the commitment letter every Guangdong filing needs (TC-GD, rules 2026.12.01)
    assert_eq!(json["counts"]["todo"], 1, "{json:#}");
    assert_eq!(
        statuses
            .get("materials.guangdong_filing_commitment")
            .map(String::as_str),
        Some("todo"),
        "{json:#}"
    );
    assert_eq!(json["counts"]["blocked"], 1, "{json:#}");
    for id in [
        "regulations.province",
        "regulations.entity-type",
        "regulations.entity-name",
        "regulations.reviewed",
        "domain.example.com.registrar",
        "domain.example.com.real-name",
        "domain.example.com.holder",
        "domain.example.com.holder-match",
        "domain.example.com.expiry",
        "instance.product",
        "instance.region",
        "instance.billing",
        "instance.remaining-term",
        "instance.public-bandwidth",
        "instance.quota",
        "materials.entity_certificate",
        "materials.leader_certificate",
        "materials.admin_certificate",
        "account.exists",
        "account.site",
        "account.real-name",
        "account.one-entity",
        "preapproval.industries",
    ] {
        assert_status(&statuses, id, "done");
    }
    // A news site without the news approval cannot file yet.
    assert_status(&statuses, "preapproval.news", "blocked");
    // No finance content: Guangdong's finance commitment letter is not asked for.
    assert!(
        !statuses.contains_key("materials.guangdong_finance_commitment"),
        "{statuses:#?}"
    );

    // (b) Reopen: the start screen lists it on the review; Enter lands there.
    let w = Wizard::restart(w.dir, 120, 40);
    let p = &w.pty;
    p.wait_for_all(&["acme-shop · Review", "Enter resume"]);
    p.send(key::ENTER);
    p.wait_for_all(&[
        " · acme-shop · Review",
        "Review: every answer",
        "Entity name: Acme Trading Co., Ltd.",
    ]);
    p.send("q");
}

/// (b) Quit on a step, reopen from the start screen and land on that step, answers shown.
#[test]
fn reopening_lands_on_the_saved_step() {
    let mut w = Wizard::start(80, 24);
    {
        let p = &w.pty;
        p.new_session("resume-me");
        p.send(key::ENTER);
        p.wait_for("Type to filter:");
        p.type_text("guang");
        p.wait_for("Guangdong 广东省 (44)");
        p.send(key::ENTER);
        p.wait_for("Filing province: Guangdong");
        // The next question's list opened by itself; Esc closes it, digits jump to a step.
        p.wait_for("┌ Who files");
        p.send(key::ESC);
        p.wait_gone("┌ Who files");
        p.send("3");
        p.wait_for_all(&["Step 3 of 6: Instance", "› Alibaba Cloud product:"]);
        p.choose("Alibaba Cloud product", "ecs", "Elastic");
        p.saved();
        p.send("q");
    }
    assert!(w.pty.wait_exit(timeout()).success());
    assert_eq!(
        load(&w.session_path("resume-me")).step,
        Some(Step::Instance)
    );

    let w = Wizard::restart(w.dir, 80, 24);
    let p = &w.pty;
    p.wait_for("resume-me · Instance (3/6)");
    p.send(key::ENTER);
    // On the very question it was left on: the one after the product.
    p.wait_for_all(&[
        " · resume-me · Step 3 of 6: Instance",
        "  Alibaba Cloud product: Elastic",
        "› In a Mainland China region:",
    ]);
    p.send("2");
    p.wait_for("Step 2 of 6: Domain");
    p.send("q");
}

/// (c) SIGKILL mid-session, while the wizard waits: every committed answer is in the file,
/// which still parses, and the wizard opens it again (the lock died with the process).
#[test]
fn killed_mid_session_keeps_every_committed_answer() {
    let mut w = Wizard::start(120, 40);
    {
        let p = &w.pty;
        p.new_session("killed");
        p.send(key::ENTER);
        use common::script::{Answer::*, give};
        for (path, answer) in [
            ("applicant.province", Pick("guang")),
            ("applicant.entity_type", Pick("enterprise")),
            ("applicant.name", Text("Killed Co., Ltd.")),
            ("applicant.regulations_reviewed", Key("u")),
            ("domains", Key(key::ENTER)),
            ("domains.name", Text("shop.example.cn")),
            ("domains.website", Text("")),
            ("websites.name", Text("")),
            ("websites.remark", Text("")),
            ("websites.features", TickNone),
            ("domains.registrar", Pick("know")),
            ("domains.real_name_verified", Key("n")),
        ] {
            give(p, icp_prep::session::Language::En, path, &answer);
        }
        // Something typed but not committed is not an answer yet.
        p.wait_for_all(&["› Verified on:", EDITING]);
        p.type_text("2026-11");
        p.wait_for_all(&["› Verified on:", "  2026-11", EDITING]);
        p.saved();
    }
    let status = w.pty.kill_hard();
    assert!(!status.success(), "killed: {status}");

    let s = load(&w.session_path("killed"));
    let a = s.applicant.expect("applicant saved");
    assert_eq!(a.province, Some(ProvinceSlug::Guangdong));
    assert_eq!(a.entity_type, Some(EntityType::Enterprise));
    assert_eq!(a.name.as_deref(), Some("Killed Co., Ltd."));
    assert_eq!(a.regulations_reviewed, Some(Answer::Unsure));
    assert_eq!(s.step, Some(Step::Domain));
    let d = &s.domains.expect("domains saved")[0];
    assert_eq!(d.name.as_deref(), Some("shop.example.cn"));
    assert_eq!(d.registrar, Some(Registrar::Unknown));
    assert_eq!(d.real_name_verified, Some(Answer::No));
    assert_eq!(
        d.real_name_verified_on, None,
        "an answer still being typed is not saved"
    );

    // The lock died with the process: the wizard opens the session again on its step.
    let w = Wizard::restart(w.dir, 120, 40);
    let p = &w.pty;
    p.wait_for("killed · Domain (2/6)");
    p.send(key::ENTER);
    p.wait_for_all(&[
        " · killed · Step 2 of 6: Domain",
        "Domains: 1 of 1: shop.example.cn",
        "Real-name verified: No",
    ]);
    p.send("q");
}

/// (d) `q` on the start screen and in the wizard gives the terminal back.
#[test]
fn terminal_is_restored_after_q() {
    let mut w = Wizard::start(80, 24);
    w.pty.wait_for("No saved session yet");
    assert!(
        w.pty.with_screen(|s| s.alternate_screen()),
        "the start screen uses the alternate screen"
    );
    w.pty.send("q");
    assert!(w.pty.wait_exit(timeout()).success());
    assert!(
        w.pty.terminal_restored(),
        "after q on the start screen:\n{}",
        w.pty.screen()
    );

    let mut w = Wizard::restart(w.dir, 80, 24);
    w.pty.new_session("quitter");
    assert!(
        w.pty
            .with_screen(|s| s.alternate_screen() && s.bracketed_paste())
    );
    w.pty.send("q");
    assert!(w.pty.wait_exit(timeout()).success());
    assert!(
        w.pty.terminal_restored(),
        "after q in the wizard:\n{}",
        w.pty.screen()
    );
    assert!(
        !w.pty.with_screen(|s| s.bracketed_paste()),
        "bracketed paste is turned off again"
    );
}

/// (d) Ctrl+C while typing: the terminal is given back and what was typed is kept.
#[test]
fn ctrl_c_while_typing_restores_the_terminal_and_keeps_the_value() {
    let mut w = Wizard::start(80, 24);
    {
        let p = &w.pty;
        p.new_session("interrupted");
        p.down_to("Who files");
        p.down_to("Entity name");
        p.send(key::ENTER);
        p.wait_for_all(&["› Entity name:", EDITING]);
        p.type_text("Half Typed Ltd");
        p.wait_for_all(&["› Entity name:", "  Half Typed Ltd", EDITING]);
        p.send(key::CTRL_C);
    }
    let status = w.pty.wait_exit(timeout());
    assert!(status.success(), "Ctrl+C saves and exits 0, got {status}");
    assert!(
        w.pty.terminal_restored(),
        "after Ctrl+C:\n{}",
        w.pty.screen()
    );
    let s = load(&w.session_path("interrupted"));
    assert_eq!(
        s.applicant.and_then(|a| a.name).as_deref(),
        Some("Half Typed Ltd")
    );

    // Ctrl+C on the start screen too.
    let mut w = Wizard::restart(w.dir, 80, 24);
    w.pty.wait_for("interrupted · Regulations (1/6)");
    w.pty.send(key::CTRL_C);
    assert!(w.pty.wait_exit(timeout()).success());
    assert!(
        w.pty.terminal_restored(),
        "after Ctrl+C on the start screen:\n{}",
        w.pty.screen()
    );
}

/// (e) Too small a window says so, with its size; growing it shows the wizard.
#[test]
fn too_small_window_asks_for_more_room_until_resized() {
    let mut w = Wizard::start(60, 20);
    let p = &w.pty;
    // The start screen asks for room too, then works once the window is large enough.
    p.wait_for("Make the window larger (now 60×20");
    p.resize(80, 24);
    p.create_from_start_screen("small");
    p.resize(60, 20);
    p.wait_for("Make the window larger (now 60×20");
    p.wait_for("80×24). Your answers are safe.");
    p.resize(80, 24);
    p.wait_for_all(&[" · small · Step 1 of 6: Regulations", "› Kind of filing:"]);
    assert!(!p.screen().contains("Make the window larger"));
    // And back: shrinking shows the message again with the new size.
    p.resize(70, 24);
    p.wait_for("Make the window larger (now 70×24");
    p.send("q");
    assert!(w.pty.wait_exit(timeout()).success());
    assert!(w.pty.terminal_restored());
}

/// (f) Without a terminal the wizard refuses to start and points to the script commands.
#[test]
fn without_a_terminal_it_exits_2_and_points_to_check() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(BIN)
        .env("ICP_PREP_DATA_DIR", dir.path())
        .env("LC_ALL", "C.UTF-8")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("icp-prep check"), "{err}");
    assert!(
        out.stdout.is_empty(),
        "nothing drawn on a pipe: {:?}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(!dir.path().join("sessions").exists(), "nothing created");
}

/// (g) A bracketed paste is one value: its letters are not keys (q would quit, c would open the
/// checklist) and its line break becomes a space.
#[test]
fn bracketed_paste_into_the_entity_name_is_one_value() {
    let mut w = Wizard::start(120, 40);
    {
        let p = &w.pty;
        p.new_session("pasted");
        p.down_to("Who files");
        p.down_to("Entity name");
        p.send(key::paste("Quanzhou Cloud 泉州 Co.\nLtd. ?"));
        p.wait_for_all(&[
            "› Entity name:",
            "  Quanzhou Cloud 泉州 Co. Ltd. ?",
            EDITING,
        ]);
        p.send(key::ENTER);
        p.wait_for_all(&[
            "  Entity name: Quanzhou Cloud 泉州 Co. Ltd. ?",
            "› Province rules read:",
        ]);
        p.saved();
        p.send("q");
    }
    assert!(w.pty.wait_exit(timeout()).success());
    let s = load(&w.session_path("pasted"));
    assert_eq!(
        s.applicant.and_then(|a| a.name).as_deref(),
        Some("Quanzhou Cloud 泉州 Co. Ltd. ?")
    );
}

#[test]
fn a_select_opens_with_enter_and_then_filters_any_letter_or_code() {
    // Letters on a closed list are commands (q quits, c checklist, e export); Enter opens the
    // list, and inside it every letter and digit filters: "ecs", "qinghai", the code "44".
    let mut w = Wizard::start(80, 24);
    let p = &w.pty;
    p.new_session("shortcuts");
    p.send("3");
    p.focused("Alibaba Cloud product");
    p.send(key::ENTER);
    p.wait_for("Type to filter:");
    p.type_text("ecs");
    p.wait_for("Type to filter: ecs");
    p.send(key::ENTER);
    // The answer moves on to the next question (a yes/no: nothing opens).
    p.wait_for_all(&[
        "Alibaba Cloud product: Elastic",
        "› In a Mainland China region:",
    ]);
    p.send("1");
    p.focused("Kind of filing");
    p.down_to("Filing province");
    p.send(key::ENTER);
    p.type_text("qinghai");
    p.wait_for("Type to filter: qinghai");
    p.send(key::ENTER);
    p.wait_for("Filing province: Qinghai");
    // The next question's list opened by itself: Esc closes it, ↑ goes back.
    p.wait_for("┌ Who files");
    p.send(key::ESC);
    p.wait_gone("┌ Who files");
    p.send(key::UP);
    p.focused("Filing province");
    p.send(key::ENTER);
    p.type_text("44");
    p.wait_for("Type to filter: 44");
    p.send(key::ENTER);
    p.wait_for_all(&["Filing province: Guangdong", "┌ Who files"]);
    p.send(key::ESC);
    p.wait_gone("┌ Who files");
    p.send("q");
    assert!(w.pty.wait_exit(timeout()).success());
}

//! The rule data as a product (issue 16): `icp-prep rules` shows it, `rules export` writes it,
//! `rules check` validates a folder, `--rules DIR` / ICP_PREP_RULES use one everywhere, a broken
//! folder is refused whole, and stale rules are said once in every checklist.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use chrono::{Months, NaiveDate};
use icp_prep::knowledge::Knowledge;
use serde::{Deserialize, Serialize};

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_icp-prep"));
    c.env("LC_ALL", "C.UTF-8");
    c.env_remove("ICP_PREP_RULES");
    c.env_remove("NO_COLOR");
    c
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(format!("{name}.yaml"))
}

/// The built-in files written to a fresh folder by `rules export`.
fn exported() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let out = run(&["rules", "export", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    dir
}

/// A folder holding only `provinces.yaml`, edited.
fn folder_with_provinces(edit: impl FnOnce(String) -> String) -> tempfile::TempDir {
    let all = exported();
    let text = std::fs::read_to_string(all.path().join("provinces.yaml")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("provinces.yaml"), edit(text)).unwrap();
    dir
}

fn last_checked() -> NaiveDate {
    Knowledge::builtin()
        .unwrap()
        .last_checked
        .expect("meta.yaml says when the rules were last checked")
}

// ── `rules`: the documented JSON, field for field ─────────────────────────────────────────────

#[derive(Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
struct Overview {
    rules_version: String,
    rules_source: String,
    rules_files: Vec<String>,
    rules_checked_on: Option<NaiveDate>,
    stale_months: Option<u32>,
    general_rules: usize,
    provinces: Vec<ProvinceRow>,
}

#[derive(Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
struct ProvinceRow {
    slug: String,
    code: String,
    en: String,
    zh: String,
    rules: usize,
    confirmed: usize,
    dated: usize,
    unconfirmed: usize,
    last_checked: Option<NaiveDate>,
}

#[derive(Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
struct ProvinceView {
    rules_version: String,
    rules_source: String,
    rules_files: Vec<String>,
    rules_checked_on: Option<NaiveDate>,
    stale_months: Option<u32>,
    province: ProvinceId,
    sections: Vec<SectionView>,
}

#[derive(Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
struct ProvinceId {
    slug: String,
    code: String,
    en: String,
    zh: String,
}

#[derive(Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
struct SectionView {
    section: String,
    title: String,
    rules: Vec<RuleView>,
}

#[derive(Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
struct RuleView {
    id: String,
    kind: String,
    conditions: Vec<Condition>,
    text: String,
    confidence: String,
    source: String,
    source_url: String,
    last_verified: NaiveDate,
    seed: Vec<String>,
}

#[derive(Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
struct Condition {
    name: String,
    value: String,
}

/// Parse into the documented types (unknown fields refused) and serialise back: equal to what
/// was printed, so every field printed is documented and every documented field is printed.
fn round_trips<T: Serialize + for<'de> Deserialize<'de>>(json: &str) -> T {
    let value: serde_json::Value = serde_json::from_str(json).unwrap();
    let typed: T = serde_json::from_value(value.clone()).unwrap();
    assert_eq!(serde_json::to_value(&typed).unwrap(), value);
    typed
}

#[test]
fn the_overview_lists_31_provinces_with_counts_by_confidence() {
    let out = run(&["rules", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let o: Overview = round_trips(&stdout(&out));
    let k = Knowledge::builtin().unwrap();
    assert_eq!(o.rules_source, "built-in");
    assert_eq!(o.rules_version, k.rules_version);
    assert_eq!(o.rules_checked_on, k.last_checked);
    assert_eq!(o.provinces.len(), 31);
    assert_eq!(o.general_rules, k.rules().count());
    let total: usize = o.provinces.iter().map(|p| p.rules).sum();
    assert_eq!(total, k.all_province_rules().count());
    for p in &o.provinces {
        assert_eq!(p.rules, p.confirmed + p.dated + p.unconfirmed, "{}", p.slug);
        assert!(p.last_checked.is_some(), "{}", p.slug);
    }

    let text = stdout(&run(&["rules"]));
    assert!(
        text.contains(&format!("built-in {}", k.rules_version)),
        "{text}"
    );
    for p in k.provinces() {
        assert!(text.contains(&p.zh), "{} missing:\n{text}", p.zh);
    }
    let md = stdout(&run(&["rules", "--format", "md"]));
    assert!(md.contains("| Guangdong 广东省 (44) |"), "{md}");
    let zh = stdout(&run(&["--lang", "zh-CN", "rules"]));
    assert!(zh.contains("使用的规则：内置"), "{zh}");
}

#[test]
fn a_province_shows_every_rule_that_applies_there_with_its_source() {
    let out = run(&["rules", "guangdong", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: ProvinceView = round_trips(&stdout(&out));
    assert_eq!(v.province.slug, "guangdong");
    let k = Knowledge::builtin().unwrap();
    let shown: Vec<&RuleView> = v.sections.iter().flat_map(|s| &s.rules).collect();
    // every province rule of Guangdong and every general rule, each once
    let expected = k
        .province_rules(icp_prep::session::ProvinceSlug::Guangdong)
        .count()
        + k.rules().count();
    assert_eq!(shown.len(), expected);
    for r in k.province_rules(icp_prep::session::ProvinceSlug::Guangdong) {
        let s = shown.iter().find(|s| s.id == r.id).expect(&r.id);
        assert_eq!(s.kind, r.kind.id());
        assert!(s.conditions.iter().any(|c| c.name == "applies_to"));
    }
    for r in &shown {
        assert!(
            r.source_url.starts_with("https://") || r.source_url.starts_with("http://"),
            "{} has no address: {}",
            r.id,
            r.source_url
        );
    }
    // sections in the guide's order, titled in the interface language
    let order: Vec<&str> = v.sections.iter().map(|s| s.section.as_str()).collect();
    assert_eq!(
        order,
        [
            "regulations",
            "domain",
            "instance",
            "materials",
            "account",
            "preapproval"
        ]
    );
    let text = stdout(&run(&["rules", "guangdong"]));
    assert!(text.contains("Guangdong 广东省 (44)"), "{text}");
    assert!(text.contains("Source: https://"), "{text}");
}

#[test]
fn a_province_is_found_by_slug_name_chinese_name_or_code() {
    let slug_of = |q: &str| {
        let out = run(&["rules", q, "--format", "json"]);
        assert_eq!(out.status.code(), Some(0), "{q}: {}", stderr(&out));
        let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
        v["province"]["slug"].as_str().unwrap().to_string()
    };
    for q in [
        "guangdong",
        "Guangdong",
        "广东省",
        "广东",
        "44",
        "440000",
        "粤",
    ] {
        assert_eq!(slug_of(q), "guangdong", "{q}");
    }
    assert_eq!(slug_of("inner mongolia"), "inner_mongolia");
    assert_eq!(slug_of("新疆"), "xinjiang");
    // more than one, or none: exit 2 naming the candidates
    let out = run(&["rules", "guang"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("guangdong, guangxi"),
        "{}",
        stderr(&out)
    );
    let out = run(&["rules", "atlantis"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("beijing"), "{}", stderr(&out));
}

// ── export and check a folder ───────────────────────────────────────────────────────────────

#[test]
fn the_built_in_export_passes_rules_check_and_is_never_overwritten_silently() {
    let dir = exported();
    let path = dir.path().to_str().unwrap();
    for (name, text) in icp_prep::knowledge::BUILTIN_FILES {
        assert_eq!(
            &std::fs::read_to_string(dir.path().join(name)).unwrap(),
            text,
            "{name} is written as built in"
        );
    }
    let out = run(&["rules", "check", path]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
    assert!(
        stdout(&out).contains("passes every check"),
        "{}",
        stdout(&out)
    );

    std::fs::write(dir.path().join("meta.yaml"), "rules_version: \"mine\"\n").unwrap();
    let out = run(&["rules", "export", path]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("meta.yaml"), "{}", stderr(&out));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("meta.yaml")).unwrap(),
        "rules_version: \"mine\"\n",
        "nothing replaced without --force"
    );
    let out = run(&["rules", "export", path, "--force"]);
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn embedded_files_and_the_exported_files_are_the_same_set() {
    let mut listed: Vec<String> = icp_prep::knowledge::BUILTIN_FILES
        .iter()
        .map(|(n, _)| n.to_string())
        .collect();
    listed.sort();
    assert_eq!(listed, Knowledge::builtin_file_names().unwrap());
}

#[test]
fn rules_check_reports_every_problem_on_its_own_line() {
    let dir = exported();
    let account = std::fs::read_to_string(dir.path().join("account.yaml")).unwrap();
    assert!(account.contains("seed: [S42]"));
    std::fs::write(
        dir.path().join("account.yaml"),
        account.replacen("seed: [S42]", "seed: []", 1),
    )
    .unwrap();
    let out = run(&["rules", "check", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.lines()
            .any(|l| l == "seed statement S42 is not covered by any rule"),
        "{text}"
    );
    assert!(text.contains("1 problem(s)"), "{text}");

    // not a folder: usage error
    let out = run(&["rules", "check", "/nonexistent/rules"]);
    assert_eq!(out.status.code(), Some(2));
}

// ── using a folder ───────────────────────────────────────────────────────────────────────────

const EXTRA_NOTE: &str = r#"
  - id: fujian-local-test-note
    province: fujian
    applies_to: all
    kind: note
    text: "A rule added in a local rules folder."
    text_zh: "本地规则文件夹中添加的规则。"
    source: "https://example.com/fujian-local-test-note"
    last_verified: 2026-11-30
    confidence: dated
"#;

fn items(out: &Output) -> serde_json::Value {
    let v: serde_json::Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}{}", stdout(out), stderr(out)));
    v["items"].clone()
}

#[test]
fn a_folder_overriding_one_province_changes_exactly_that_province() {
    let dir = folder_with_provinces(|t| format!("{}{EXTRA_NOTE}", t.trim_end()));
    let folder = dir.path().to_str().unwrap();
    let fixtures = [
        "fujian-individual-cross-province",
        "full-guangdong-enterprise",
        "beijing-individual-blog",
        "sichuan-enterprise-payg",
        "jiangxi-public-institution",
        "yunnan-government-unsure",
    ];
    for name in fixtures {
        let f = fixture(name);
        let f = f.to_str().unwrap();
        let args = ["check", f, "--today", "2026-11-30", "--format", "json"];
        let built_in = run(&args);
        let mut with = args.to_vec();
        with.extend(["--rules", folder]);
        let local = run(&with);
        assert_eq!(built_in.status.code(), local.status.code(), "{name}");
        let changed = items(&built_in) != items(&local);
        assert_eq!(changed, name.starts_with("fujian"), "{name}");
        let v: serde_json::Value = serde_json::from_slice(&local.stdout).unwrap();
        assert_eq!(v["rules_source"], folder);
        if name.starts_with("fujian") {
            let text = local.stdout.clone();
            assert!(
                String::from_utf8_lossy(&text).contains("A rule added in a local rules folder"),
                "{}",
                String::from_utf8_lossy(&text)
            );
        }
    }
    // the environment variable does the same as --rules
    let f = fixture("fujian-individual-cross-province");
    let out = bin()
        .env("ICP_PREP_RULES", folder)
        .args(["check", f.to_str().unwrap(), "--today", "2026-11-30"])
        .output()
        .unwrap();
    let text = stdout(&out);
    assert!(
        text.contains(&format!("rules: {folder} (provinces.yaml), version")),
        "{text}"
    );
    // and the overview says where the rules come from
    let o: Overview = round_trips(&stdout(&run(&[
        "--rules", folder, "rules", "--format", "json",
    ])));
    assert_eq!(o.rules_source, folder);
    assert_eq!(o.rules_files, ["provinces.yaml"]);
}

#[test]
fn a_broken_folder_is_refused_whole_with_file_and_line() {
    let mut broken_line = 0;
    let dir = folder_with_provinces(|t| {
        let mut lines: Vec<String> = t.lines().map(str::to_string).collect();
        let at = lines
            .iter()
            .position(|l| l.trim() == "kind: note")
            .expect("a note rule");
        lines[at] = lines[at].replace("kind: note", "kind: notte");
        broken_line = at + 1;
        lines.join("\n")
    });
    let folder = dir.path().to_str().unwrap();
    let f = fixture("full-guangdong-enterprise");
    let out = run(&["check", f.to_str().unwrap(), "--rules", folder]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("provinces.yaml"), "{err}");
    assert!(err.contains(&format!("line {broken_line}")), "{err}");
    assert!(err.contains("notte"), "{err}");
    assert!(
        stdout(&out).is_empty(),
        "nothing evaluated with half the rules"
    );

    // `new` creates nothing when the rules cannot be used
    let data = tempfile::tempdir().unwrap();
    let out = run(&[
        "--data-dir",
        data.path().to_str().unwrap(),
        "--rules",
        folder,
        "new",
        "acme",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!data.path().join("sessions/acme.yaml").exists());

    // a misnamed file is named, not ignored
    let typo = tempfile::tempdir().unwrap();
    std::fs::write(typo.path().join("province.yaml"), "provinces: []\n").unwrap();
    let out = run(&[
        "check",
        f.to_str().unwrap(),
        "--rules",
        typo.path().to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("province.yaml"), "{}", stderr(&out));
    // an empty folder is a mistake too
    let empty = tempfile::tempdir().unwrap();
    let out = run(&[
        "check",
        f.to_str().unwrap(),
        "--rules",
        empty.path().to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no rule files"), "{}", stderr(&out));
}

// ── staleness ───────────────────────────────────────────────────────────────────────────────

#[test]
fn stale_rules_are_said_once_in_check_and_every_export() {
    let checked = last_checked();
    let fresh = checked.checked_add_months(Months::new(6)).unwrap();
    let stale = checked.checked_add_months(Months::new(7)).unwrap();
    let f = fixture("full-guangdong-enterprise");
    let f = f.to_str().unwrap();
    let check = |today: NaiveDate| stdout(&run(&["check", f, "--today", &today.to_string()]));
    assert!(!check(fresh).contains("Rules last checked"));
    let text = check(stale);
    assert_eq!(
        text.matches("Rules last checked 7 months ago").count(),
        1,
        "{text}"
    );

    let out = run(&[
        "check",
        f,
        "--today",
        &stale.to_string(),
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["rules_checked_on"], checked.to_string());
    assert_eq!(v["rules_source"], "built-in");

    for format in ["md", "html", "txt", "json"] {
        let out = run(&[
            "export",
            f,
            "--format",
            format,
            "-o",
            "-",
            "--today",
            &stale.to_string(),
        ]);
        assert_eq!(out.status.code(), Some(0), "{format}: {}", stderr(&out));
        let text = stdout(&out);
        if format == "json" {
            assert!(text.contains("\"rules_checked_on\""), "{text}");
        } else {
            assert_eq!(
                text.matches("Rules last checked 7 months ago").count(),
                1,
                "{format}:\n{text}"
            );
        }
        let out = run(&[
            "export",
            f,
            "--format",
            format,
            "-o",
            "-",
            "--today",
            &fresh.to_string(),
        ]);
        assert!(!stdout(&out).contains("Rules last checked"), "{format}");
    }
}

#[test]
fn the_wizard_says_which_rules_and_whether_they_are_stale() {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    let k = Knowledge::builtin().unwrap();
    let checked = last_checked();
    let screen = |today: NaiveDate, help: bool| {
        let session = icp_prep::session::Session {
            version: 1,
            ..Default::default()
        };
        let mut app =
            icp_prep::tui::App::new("acme", session, &k, today, icp_prep::session::Language::En);
        app.colour = false;
        app.help = help;
        let mut t = Terminal::new(TestBackend::new(120, 40)).unwrap();
        t.draw(|f| f.render_widget(&app, f.area())).unwrap();
        format!("{}", t.backend())
    };
    let fresh = checked.checked_add_months(Months::new(6)).unwrap();
    let stale = checked.checked_add_months(Months::new(7)).unwrap();
    assert!(!screen(fresh, false).contains("months old"));
    let shot = screen(stale, false);
    assert_eq!(shot.matches("⚠ rules 7 months old").count(), 1, "{shot}");
    let help = screen(stale, true);
    assert!(
        help.contains(&format!("Rules in use: built-in {}", k.rules_version)),
        "{help}"
    );
    assert!(help.contains("Rules last checked 7 months ago"), "{help}");
}

//! Golden files: every export format for three fixture sessions (ready, blocked, and an
//! individual with Hong Kong documents), dated 2026-11-28 so the output is deterministic.
//! Regenerate after a deliberate change with `UPDATE_GOLDEN=1 cargo test --test export_golden`,
//! then read the diff of tests/golden/ before committing it.

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::NaiveDate;
use icp_prep::export::{self, Format, Options};
use icp_prep::knowledge::Knowledge;
use icp_prep::session::{Language, Session};

const FIXTURES: &[&str] = &[
    "full-guangdong-enterprise",
    "sichuan-enterprise-payg",
    "guangdong-hong-kong-individual",
];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures").join(format!("{name}.yaml"))
}

fn session(name: &str) -> Session {
    icp_prep::session::parse(&std::fs::read_to_string(fixture(name)).unwrap()).unwrap()
}

fn opts(format: Format) -> Options {
    Options {
        format,
        today: NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
        lang: Language::En,
        show_private: false,
    }
}

fn golden(name: &str, format: Format) -> PathBuf {
    root()
        .join("tests/golden")
        .join(format!("{name}.{}", format.ext()))
}

#[test]
fn every_format_of_every_fixture_matches_its_golden_file() {
    let k = Knowledge::builtin().unwrap();
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut stale = Vec::new();
    for name in FIXTURES {
        for format in Format::ALL {
            let text = export::render(name, &session(name), &k, &opts(format));
            let path = golden(name, format);
            if update {
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(&path, &text).unwrap();
            }
            let want = std::fs::read_to_string(&path).unwrap_or_default();
            if text != want {
                stale.push(path.display().to_string());
            }
        }
    }
    assert!(
        stale.is_empty(),
        "exports differ from their golden files (UPDATE_GOLDEN=1 to regenerate, then review):\n  {}",
        stale.join("\n  ")
    );
}

#[test]
fn the_command_writes_exactly_the_golden_text() {
    let dir = tempfile::tempdir().unwrap();
    for name in FIXTURES {
        for format in Format::ALL {
            let out = dir.path().join(format!("{name}.{}", format.ext()));
            let status = Command::new(env!("CARGO_BIN_EXE_icp-prep"))
                .arg("export")
                .arg(fixture(name))
                .args(["--today", "2026-11-28", "--format", format.ext(), "-o"])
                .arg(&out)
                .stdin(std::process::Stdio::null())
                .output()
                .unwrap();
            assert_eq!(status.status.code(), Some(0), "{name} {format:?}");
            assert_eq!(
                std::fs::read_to_string(&out).unwrap(),
                std::fs::read_to_string(golden(name, format)).unwrap(),
                "{name} {format:?}"
            );
        }
    }
}

#[test]
fn content_comes_in_the_order_the_issue_asks_for() {
    let k = Knowledge::builtin().unwrap();
    for name in FIXTURES {
        for format in [Format::Markdown, Format::Html, Format::Text] {
            let text = export::render(name, &session(name), &k, &opts(format));
            // Lines wrap in text: compare with runs of white space made one space.
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            let order = [
                "ICP filing checklist",
                "Filing province",
                "Entity type",
                "Rules",
                if name.starts_with("full") {
                    "Ready to file"
                } else {
                    "Not ready"
                },
                "What blocks the filing",
                "MIIT regulations of your province",
                "Industry pre-approval",
                "Materials list",
                "Upload colour scans or photos of the originals",
                "splice its photo",
                "What happens next",
                "within 24 hours",
                "about 20 working days",
                "Within 30 days",
                "footer",
                "not a guarantee",
            ];
            let mut at = 0;
            for needle in order {
                let found = text[at..].find(needle).unwrap_or_else(|| {
                    panic!("{name} {format:?}: {needle:?} missing or out of order")
                });
                at += found;
            }
        }
    }
}

#[test]
fn json_is_the_check_object_plus_answers() {
    let k = Knowledge::builtin().unwrap();
    let name = "sichuan-enterprise-payg";
    let text = export::render(name, &session(name), &k, &opts(Format::Json));
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    let mut want = vec![
        "session",
        "today",
        "lang",
        "rules_version",
        "rules_source",
        "rules_checked_on",
        "ready",
        "counts",
        "items",
        "answers",
    ];
    let mut got = keys.clone();
    got.sort_unstable();
    want.sort_unstable();
    assert_eq!(got, want);

    // The check part is exactly what `check --format json` prints.
    let check = Command::new(env!("CARGO_BIN_EXE_icp-prep"))
        .arg("check")
        .arg(fixture(name))
        .args(["--today", "2026-11-28", "--format", "json"])
        .output()
        .unwrap();
    let c: serde_json::Value = serde_json::from_slice(&check.stdout).unwrap();
    let mut e = v.clone();
    e.as_object_mut().unwrap().remove("answers");
    assert_eq!(e, c);

    let a = &v["answers"];
    assert_eq!(a["numbers_masked"], true);
    assert_eq!(a["applicant"]["province"], "sichuan");
    assert_eq!(a["domains"][0]["name"], "cloudbridge.me");
    assert_eq!(a["preapproval"]["industries"][1], "finance");
    assert_eq!(
        a["materials"]["entity_certificate"]["number"],
        "9142************57"
    );
}

//! Certificate and ID numbers: masked in every format (first 4 and last 2 characters kept),
//! the export says so, and `--show-private` shows them in full. No full number of any fixture
//! survives anywhere in a masked export — answers, item texts, or anything else.

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::NaiveDate;
use icp_prep::export::{self, Format, Options, mask};
use icp_prep::knowledge::Knowledge;
use icp_prep::session::{Language, Session};

fn fixtures() -> Vec<(String, PathBuf)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut out: Vec<(String, PathBuf)> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .map(|p| (p.file_stem().unwrap().to_string_lossy().into_owned(), p))
        .collect();
    out.sort();
    out
}

fn load(path: &Path) -> Session {
    icp_prep::session::parse(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn numbers(s: &Session) -> Vec<String> {
    let Some(m) = &s.materials else {
        return Vec::new();
    };
    [
        m.entity_certificate
            .as_ref()
            .and_then(|c| c.number.as_ref()),
        m.leader.as_ref().and_then(|p| p.number.as_ref()),
        m.admin.as_ref().and_then(|p| p.number.as_ref()),
    ]
    .into_iter()
    .flatten()
    .map(|n| n.as_str().to_string())
    .collect()
}

fn opts(format: Format, show_private: bool) -> Options {
    Options {
        format,
        today: NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
        lang: Language::En,
        show_private,
    }
}

/// The calendar carries dates, not the answers: it has no numbers to show, masked or not, and
/// no privacy note; it must still never show a full number.
fn shows_answers(format: Format) -> bool {
    format != Format::Ics
}

#[test]
fn no_full_number_appears_in_any_masked_export_of_any_fixture() {
    let k = Knowledge::builtin().unwrap();
    let mut checked = 0;
    for (name, path) in fixtures() {
        let session = load(&path);
        let numbers = numbers(&session);
        for format in Format::ALL {
            let text = export::render(&name, &session, &k, &opts(format, false));
            // Markdown escapes `*` and text wraps lines: compare without escapes and breaks.
            let plain = text.replace('\\', "");
            let plain = plain.split_whitespace().collect::<Vec<_>>().join(" ");
            for n in &numbers {
                assert!(!text.contains(n.as_str()), "{name} {format:?} shows {n}");
                if !shows_answers(format) {
                    continue;
                }
                assert!(
                    plain.contains(&mask(n)),
                    "{name} {format:?} lacks masked {}",
                    mask(n)
                );
                checked += 1;
            }
            if !shows_answers(format) {
                continue;
            }
            let says = if format == Format::Json {
                "\"numbers_masked\": true"
            } else {
                "masked: only their first 4 and last 2 characters"
            };
            assert!(
                plain.contains(says),
                "{name} {format:?} does not say the numbers are masked"
            );
        }
    }
    assert!(checked >= 3 * 4 * 3, "too few numbers checked: {checked}");
}

#[test]
fn show_private_shows_the_numbers_and_says_so() {
    let k = Knowledge::builtin().unwrap();
    let (name, path) = fixtures()
        .into_iter()
        .find(|(n, _)| n == "full-guangdong-enterprise")
        .unwrap();
    let session = load(&path);
    for format in Format::ALL.into_iter().filter(|f| shows_answers(*f)) {
        let text = export::render(&name, &session, &k, &opts(format, true));
        for n in numbers(&session) {
            assert!(text.contains(&n), "{format:?} hides {n}");
        }
        if format == Format::Json {
            let v: serde_json::Value = serde_json::from_str(&text).unwrap();
            assert_eq!(v["answers"]["numbers_masked"], false);
            assert_eq!(
                v["answers"]["materials"]["leader"]["number"],
                "44030019850101123X"
            );
        } else {
            assert!(text.contains("shown in full"), "{format:?}");
        }
    }
}

#[test]
fn a_number_typed_into_free_text_is_masked_there_too() {
    // No message repeats a certificate number today, but a name can: here the ID number was
    // pasted into the entity name, the label and a website label, so it reaches item texts,
    // the title, the answers and the JSON.
    let id = "44030019850101123X";
    let yaml = format!(
        "version: 1\nname: Shop of {id}\n\
         applicant: {{ province: guangdong, entity_type: individual, name: Li {id} }}\n\
         domains: [ {{ name: {id}.cn, website: w{id} }} ]\n\
         materials:\n  leader: {{ residency: mainland, document: resident_id, number: {id} }}\n"
    );
    let session = icp_prep::session::parse(&yaml).unwrap();
    let k = Knowledge::builtin().unwrap();
    for format in Format::ALL {
        let text = export::render("pasted", &session, &k, &opts(format, false));
        assert!(!text.contains(id), "{format:?} shows {id}");
        assert!(
            !text.to_lowercase().contains(&id.to_lowercase()),
            "{format:?}"
        );
        let shown = export::render("pasted", &session, &k, &opts(format, true));
        let whole = if shows_answers(format) {
            format!("Li {id}")
        } else {
            format!("Shop of {id}") // the calendar's name
        };
        assert!(shown.contains(&whole), "{format:?}");
    }
}

#[test]
fn the_command_masks_unless_show_private() {
    let dir = tempfile::tempdir().unwrap();
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/full-guangdong-enterprise.yaml");
    let run = |extra: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_icp-prep"))
            .current_dir(dir.path())
            .arg("export")
            .arg(&fixture)
            .args(["--today", "2026-11-28", "--format", "txt", "-o", "-"])
            .args(extra)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        String::from_utf8(out.stdout).unwrap()
    };
    let masked = run(&[]);
    assert!(!masked.contains("44030019850101123X"));
    assert!(masked.contains("4403************3X"));
    let shown = run(&["--show-private"]);
    assert!(shown.contains("44030019850101123X"));
    assert!(shown.contains("91440300MA5D0B1C2R"));
    assert!(shown.contains("810000199001010019"));
}

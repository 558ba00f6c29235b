//! 中文 and English: every message and every rule text exists in both languages, a Chinese text
//! is Chinese (a copied English text is not a translation), both use the same `{placeholders}`,
//! and the Chinese checklist carries no English sentence while its ids, statuses, sections and
//! dates stay those of the English one (DESIGN.md §3).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use icp_prep::knowledge::{Knowledge, ProvinceRuleKind};
use icp_prep::messages::{self, all_rows, placeholders};
use icp_prep::session::{
    AccountSite, Billing, Holder, HolderKind, Language, Registrar, Residency, Step,
};

/// Rows whose Chinese may hold no Chinese character: pure format strings with nothing to
/// translate. Each must be the same in both languages.
const FORMAT_ONLY: &[(&str, &str)] = &[
    // A bullet before one line of a list ("  - {item}"): the item is already in the language.
    ("validate.cli.list-item", "a list bullet"),
    // A province rule's own text ("{rule}"), which comes from the rule data in the language.
    ("regulations.province-rule.detail", "the rule's own text"),
];

/// A character of the CJK Unified Ideographs block (U+4E00–U+9FFF).
fn has_cjk(s: &str) -> bool {
    s.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c))
}

fn set(template: &str) -> BTreeSet<&str> {
    placeholders(template).into_iter().collect()
}

#[test]
fn every_message_has_chinese_with_the_same_placeholders() {
    let mut problems = Vec::new();
    let mut count = 0;
    for (id, en, zh) in all_rows() {
        count += 1;
        if en.is_empty() {
            problems.push(format!("{id}: English is empty"));
        }
        if zh.is_empty() {
            problems.push(format!("{id}: no Chinese"));
            continue;
        }
        match FORMAT_ONLY.iter().find(|(f, _)| *f == id) {
            Some(_) if zh != en => problems.push(format!(
                "{id}: listed as format-only but its two columns differ"
            )),
            Some(_) => {}
            None if !has_cjk(zh) => {
                problems.push(format!("{id}: Chinese has no Chinese character: {zh:?}"))
            }
            None => {}
        }
        if set(en) != set(zh) {
            problems.push(format!(
                "{id}: placeholders differ: en {:?}, zh {:?}",
                set(en),
                set(zh)
            ));
        }
    }
    assert!(count > 700, "only {count} rows: is a table missing?");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    for (id, _) in FORMAT_ONLY {
        assert!(messages::has(id), "{id} is no longer in the catalogue");
    }
}

#[test]
fn chinese_texts_are_returned_in_chinese_and_english_in_english() {
    for (id, en, zh) in all_rows() {
        assert_eq!(messages::text(Language::En, id), en, "{id}");
        assert_eq!(messages::text(Language::ZhCn, id), zh, "{id}");
    }
}

/// Ids the program builds with `format!` from a closed list: each must be in the catalogue.
#[test]
fn every_message_id_built_from_a_list_exists() {
    let k = Knowledge::builtin().unwrap();
    let mut ids: Vec<String> = Vec::new();
    for h in Holder::ALL {
        ids.push(format!("holder.{h}"));
        ids.push(format!("choice.holder.{h}"));
    }
    for h in HolderKind::ALL {
        ids.push(format!("choice.holder_kind.{h}"));
    }
    for r in Registrar::ALL {
        ids.push(format!("choice.registrar.{r}"));
    }
    for b in Billing::ALL {
        ids.push(format!("choice.billing.{b}"));
        ids.push(format!("export.billing.{b}"));
    }
    for s in AccountSite::ALL {
        ids.push(format!("choice.site.{s}"));
    }
    for f in icp_prep::session::WebsiteFeature::ALL {
        ids.push(format!("choice.feature.{f}"));
        ids.push(format!("website.feature.{f}"));
    }
    for t in icp_prep::session::FilingType::ALL {
        // The wizard's options, and the checklist's "This is a {type}".
        ids.push(format!("filing.type.{t}"));
    }
    for r in Residency::ALL {
        ids.push(format!("residency.{r}"));
        ids.push(format!("export.residency.{r}"));
    }
    for s in Step::ALL {
        ids.push(format!("tui.step.{s}"));
    }
    for s in icp_prep::knowledge::Section::ALL {
        ids.push(format!("section.{}", s.id()));
    }
    for status in ["done", "todo", "blocked", "info"] {
        ids.push(format!("export.status.{status}"));
        ids.push(format!("cli.status.{status}"));
    }
    for f in ["residency", "document", "number", "is_legal_representative"] {
        ids.push(format!("materials.field.{f}"));
    }
    let kinds: BTreeSet<&str> = k.all_province_rules().map(|r| r.kind.id()).collect();
    for kind in kinds {
        ids.push(format!("regulations.province-rule.{kind}"));
    }
    assert!(
        k.all_province_rules()
            .any(|r| r.kind == ProvinceRuleKind::Note)
    );
    let missing: Vec<&String> = ids.iter().filter(|id| !messages::has(id)).collect();
    assert!(missing.is_empty(), "not in the catalogue: {missing:?}");
}

#[test]
fn every_rule_text_and_note_has_chinese() {
    let k = Knowledge::builtin().unwrap();
    let mut problems = Vec::new();
    let mut check = |what: &str, zh: Option<&str>| match zh {
        None | Some("") => problems.push(format!("{what}: no Chinese")),
        Some(zh) if !has_cjk(zh) => problems.push(format!("{what}: not Chinese: {zh:?}")),
        _ => {}
    };
    for r in k.rules() {
        check(&format!("rule {}", r.id), r.text_zh.as_deref());
    }
    for r in k.all_province_rules() {
        check(&format!("province rule {}", r.id), r.text_zh.as_deref());
    }
    for t in k.tlds().filter(|t| t.notes.is_some()) {
        check(&format!("notes of .{}", t.suffix), t.notes_zh.as_deref());
    }
    for i in k.industries() {
        check(&format!("industry {}", i.id), Some(&i.zh));
        if i.body.is_some() {
            check(&format!("body of {}", i.id), i.body_zh.as_deref());
        }
        if i.document.is_some() {
            check(&format!("document of {}", i.id), i.document_zh.as_deref());
        }
    }
    for p in k.provinces() {
        check(&format!("province {}", p.slug), Some(&p.zh));
    }
    for m in k.materials() {
        check(&format!("material {}", m.id), Some(&m.zh));
    }
    for p in &k.products {
        check(&format!("product {}", p.id), Some(&p.zh));
    }
    for c in &k.certificate_names {
        check(&format!("certificate {}", c.id), Some(&c.zh));
    }
    for e in &k.entity_types {
        check(&format!("entity type {}", e.id), Some(&e.zh));
    }
    let mut extra = Vec::new();
    for t in k.tlds().filter(|t| t.notes.is_none()) {
        if t.notes_zh.is_some() {
            extra.push(format!(".{}: notes_zh without notes", t.suffix));
        }
    }
    problems.extend(extra);
    assert_eq!(k.all_province_rules().count(), 339);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

// ── the checklist in Chinese ─────────────────────────────────────────────────────────────────

fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    v.sort();
    assert!(v.len() >= 8, "{v:?}");
    v
}

fn check(path: &Path, format: &str, lang: &str) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_icp-prep"))
        .arg("check")
        .arg(path)
        .args(["--today", "2026-11-28", "--format", format, "--lang", lang])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{}: {}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The English sentences of the catalogue and the rule data, as pieces that cannot occur in a
/// Chinese text by chance: the literal parts of templates that hold at least three words.
fn english_sentences() -> Vec<String> {
    let k = Knowledge::builtin().unwrap();
    let mut out = Vec::new();
    let mut add = |text: &str| {
        let mut rest = text;
        while !rest.is_empty() {
            let (piece, next) = match rest.find('{') {
                Some(open) => {
                    let close = rest[open..].find('}').map_or(rest.len(), |c| open + c + 1);
                    (&rest[..open], &rest[close..])
                }
                None => (rest, ""),
            };
            let piece = piece.trim();
            if piece
                .split_whitespace()
                .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()))
                .count()
                >= 3
            {
                out.push(piece.to_string());
            }
            rest = next;
        }
    };
    for (id, en, _) in all_rows() {
        if !FORMAT_ONLY.iter().any(|(f, _)| *f == id) {
            add(en);
        }
    }
    for r in k.rules() {
        add(&r.text);
    }
    for r in k.all_province_rules() {
        add(&r.text);
    }
    for t in k.tlds() {
        if let Some(n) = &t.notes {
            add(n);
        }
    }
    out
}

#[test]
fn the_chinese_checklist_of_every_fixture_is_chinese() {
    let english = english_sentences();
    assert!(english.len() > 500, "{}", english.len());
    for path in fixtures() {
        let v: serde_json::Value = serde_json::from_str(&check(&path, "json", "zh-CN")).unwrap();
        assert_eq!(v["lang"], "zh-CN");
        for item in v["items"].as_array().unwrap() {
            for field in ["title", "detail", "fix"] {
                let text = item[field].as_str().unwrap();
                if text.is_empty() {
                    continue;
                }
                assert!(
                    has_cjk(text),
                    "{} {} {field} is not Chinese: {text}",
                    path.display(),
                    item["id"]
                );
                for sentence in &english {
                    assert!(
                        !text.contains(sentence.as_str()),
                        "{} {} {field} holds English {sentence:?}: {text}",
                        path.display(),
                        item["id"]
                    );
                }
            }
        }
        let text = check(&path, "text", "zh-CN");
        for sentence in &english {
            assert!(
                !text.contains(sentence.as_str()),
                "{}: text output holds English {sentence:?}",
                path.display()
            );
        }
        assert!(text.contains("所在省份管局备案规则"), "{text}");
    }
}

#[test]
fn json_keeps_ids_statuses_sections_and_dates_whatever_the_language() {
    for path in fixtures() {
        let en: serde_json::Value = serde_json::from_str(&check(&path, "json", "en")).unwrap();
        let zh: serde_json::Value = serde_json::from_str(&check(&path, "json", "zh-CN")).unwrap();
        assert_eq!(en["lang"], "en");
        assert_eq!(zh["lang"], "zh-CN");
        for key in ["session", "today", "rules_version", "ready", "counts"] {
            assert_eq!(en[key], zh[key], "{} {key}", path.display());
        }
        let (en, zh) = (
            en["items"].as_array().unwrap(),
            zh["items"].as_array().unwrap(),
        );
        assert_eq!(en.len(), zh.len(), "{}", path.display());
        for (a, b) in en.iter().zip(zh) {
            for key in ["id", "section", "status", "source", "last_verified"] {
                assert_eq!(a[key], b[key], "{} {key}", path.display());
            }
            let date = b["last_verified"].as_str().unwrap();
            assert!(
                chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").is_ok(),
                "{date}"
            );
        }
    }
}

#[test]
fn chinese_text_output_writes_dates_the_chinese_way() {
    let path = fixtures()
        .into_iter()
        .find(|p| p.ends_with("full-guangdong-enterprise.yaml"))
        .unwrap();
    let text = check(&path, "text", "zh-CN");
    assert!(text.contains("2026年11月28日"), "{text}");
    assert!(!text.contains("2026-11-28"), "{text}");
    let text = check(&path, "text", "en");
    assert!(text.contains("2026-11-28"), "{text}");
}

//! Exports in Simplified Chinese (zh-CN): golden files of one fixture session in every format
//! (tests/golden/zh-CN/), written by `icp-prep export --lang zh-CN` exactly as by the library.
//! The text export still fits 80 display columns, dates read `2026年11月28日` on the page, and
//! the JSON keeps the ids, statuses, sections, dates and answers of the English one.
//! Regenerate after a deliberate change with `UPDATE_GOLDEN=1 cargo test --test export_zh`,
//! then read the diff of tests/golden/zh-CN/ before committing it.

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::NaiveDate;
use icp_prep::export::{self, Format, Options};
use icp_prep::knowledge::Knowledge;
use icp_prep::session::{Language, Session};
use unicode_width::UnicodeWidthStr;

const FIXTURE: &str = "full-guangdong-enterprise";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn fixture() -> PathBuf {
    root()
        .join("tests/fixtures")
        .join(format!("{FIXTURE}.yaml"))
}

fn session() -> Session {
    icp_prep::session::parse(&std::fs::read_to_string(fixture()).unwrap()).unwrap()
}

fn render(format: Format, lang: Language) -> String {
    let k = Knowledge::builtin().unwrap();
    let opts = Options {
        format,
        today: NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
        lang,
        show_private: false,
    };
    export::render(FIXTURE, &session(), &k, &opts)
}

fn golden(format: Format) -> PathBuf {
    root()
        .join("tests/golden/zh-CN")
        .join(format!("{FIXTURE}.{}", format.ext()))
}

#[test]
fn every_format_in_chinese_matches_its_golden_file() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut stale = Vec::new();
    for format in Format::ALL {
        let text = render(format, Language::ZhCn);
        let path = golden(format);
        if update {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &text).unwrap();
        }
        if std::fs::read_to_string(&path).unwrap_or_default() != text {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "exports differ from their golden files (UPDATE_GOLDEN=1 to regenerate, then review):\n  {}",
        stale.join("\n  ")
    );
}

#[test]
fn the_command_with_lang_zh_cn_writes_exactly_the_golden_text() {
    let dir = tempfile::tempdir().unwrap();
    for format in Format::ALL {
        let out = dir.path().join(format!("out.{}", format.ext()));
        let status = Command::new(env!("CARGO_BIN_EXE_icp-prep"))
            .arg("export")
            .arg(fixture())
            .args([
                "--today",
                "2026-11-28",
                "--format",
                format.ext(),
                "--lang",
                "zh-CN",
                "-o",
            ])
            .arg(&out)
            .env("LC_ALL", "C")
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap();
        assert_eq!(status.status.code(), Some(0), "{format:?}");
        assert_eq!(
            std::fs::read_to_string(&out).unwrap(),
            std::fs::read_to_string(golden(format)).unwrap(),
            "{format:?}"
        );
        // The command's own message is Chinese too.
        let said = String::from_utf8_lossy(&status.stdout).to_string()
            + &String::from_utf8_lossy(&status.stderr);
        assert!(said.contains("清单已写入"), "{said}");
    }
}

#[test]
fn chinese_text_fits_80_columns_and_reads_chinese() {
    let text = render(Format::Text, Language::ZhCn);
    for line in text.lines() {
        assert!(line.width() <= 80, "{} columns: {line}", line.width());
    }
    for heading in [
        "ICP备案准备清单：Acme Guangzhou shop",
        "备案省份：广东省",
        "主办单位性质：企业",
        "可以提交备案",
        "阻碍备案的问题",
        "所在省份管局备案规则",
        "前置审批",
        "备案材料清单",
        "[x] 主办单位证件",
        "[ ] 授权书（仅在省份要求时提供）",
        "上传要求",
        "接下来的流程",
        "关于本清单",
    ] {
        let flat: String = text.split_whitespace().collect();
        let want: String = heading.split_whitespace().collect();
        assert!(flat.contains(&want), "no {heading:?} in:\n{text}");
    }
}

#[test]
fn dates_on_the_page_are_written_the_chinese_way() {
    for format in [Format::Markdown, Format::Html, Format::Text] {
        let text = render(format, Language::ZhCn);
        assert!(text.contains("2026年11月28日"), "{format:?}");
        assert!(
            !text.contains("2026-11-28"),
            "{format:?} has an ISO date:\n{text}"
        );
    }
    let html = render(Format::Html, Language::ZhCn);
    assert!(html.contains("<html lang=\"zh-CN\">"));
}

#[test]
fn json_in_chinese_keeps_everything_but_the_words() {
    let en: serde_json::Value = serde_json::from_str(&render(Format::Json, Language::En)).unwrap();
    let zh: serde_json::Value =
        serde_json::from_str(&render(Format::Json, Language::ZhCn)).unwrap();
    assert_eq!(zh["lang"], "zh-CN");
    for key in [
        "session",
        "today",
        "rules_version",
        "ready",
        "counts",
        "answers",
    ] {
        assert_eq!(en[key], zh[key], "{key}");
    }
    assert_eq!(zh["today"], "2026-11-28");
    let (en, zh) = (
        en["items"].as_array().unwrap(),
        zh["items"].as_array().unwrap(),
    );
    assert_eq!(en.len(), zh.len());
    for (a, b) in en.iter().zip(zh) {
        for key in ["id", "section", "status", "source", "last_verified"] {
            assert_eq!(a[key], b[key], "{key}");
        }
        assert_ne!(a["title"], b["title"], "{}", a["id"]);
    }
}

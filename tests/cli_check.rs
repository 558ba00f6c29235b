//! `icp-prep check` as scripts use it (DESIGN.md §3): exit codes, the JSON contract, text
//! output, and unusable input reported with file, line and field, never a panic.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_icp-prep"));
    c.env_remove("NO_COLOR");
    // English output whatever the caller's locale (tests that want Chinese say so).
    c.env("LC_ALL", "C.UTF-8");
    c
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(format!("{name}.yaml"))
}

fn check(path: &Path, extra: &[&str]) -> Output {
    bin()
        .arg("check")
        .arg(path)
        .args(["--today", "2026-11-28"])
        .args(extra)
        .output()
        .unwrap()
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)))
}

#[test]
fn ready_session_exits_0_and_not_ready_exits_1() {
    assert_eq!(
        check(&fixture("full-guangdong-enterprise"), &[])
            .status
            .code(),
        Some(0)
    );
    assert_eq!(
        check(&fixture("sichuan-enterprise-payg"), &[])
            .status
            .code(),
        Some(1)
    );
    assert_eq!(check(&fixture("empty"), &[]).status.code(), Some(1));
}

#[test]
fn json_follows_the_contract() {
    let out = check(
        &fixture("shanghai-enterprise-international"),
        &["--format", "json"],
    );
    assert_eq!(out.status.code(), Some(1));
    let v = json(&out);
    assert_eq!(v["session"], "shanghai-enterprise-international");
    assert_eq!(v["today"], "2026-11-28");
    assert_eq!(v["lang"], "en");
    assert!(v["rules_version"].as_str().unwrap().starts_with("20"));
    assert_eq!(v["ready"], false);
    let items = v["items"].as_array().unwrap();
    let counts = &v["counts"];
    for status in ["done", "todo", "blocked", "info"] {
        let n = items.iter().filter(|i| i["status"] == status).count() as u64;
        assert_eq!(counts[status].as_u64(), Some(n), "{status}");
    }
    let item = items
        .iter()
        .find(|i| i["id"] == "instance.remaining-term")
        .unwrap();
    assert_eq!(item["section"], "instance");
    assert_eq!(item["status"], "blocked");
    for key in ["title", "detail", "fix", "source", "last_verified"] {
        assert!(item[key].as_str().is_some_and(|s| !s.is_empty()), "{key}");
    }
    let keys: Vec<&String> = item.as_object().unwrap().keys().collect();
    assert_eq!(keys.len(), 8, "exactly the contract's fields: {keys:?}");
    // `ready` is true iff nothing is todo or blocked.
    let ready = check(&fixture("full-guangdong-enterprise"), &["--format", "json"]);
    assert_eq!(json(&ready)["ready"], true);
}

#[test]
fn today_changes_the_verdict() {
    // The ECS subscription of the ready fixture ends 2027-11-20: three months before, it fails.
    let out = bin()
        .arg("check")
        .arg(fixture("full-guangdong-enterprise"))
        .args(["--today", "2027-09-01", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v = json(&out);
    let item = v["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "instance.remaining-term")
        .unwrap()
        .clone();
    assert_eq!(item["status"], "blocked");
    assert!(item["detail"].as_str().unwrap().contains("2027-11-20"));
}

#[test]
fn text_groups_by_section_with_blockers_first_and_no_colour_off_a_terminal() {
    let out = check(&fixture("sichuan-enterprise-payg"), &[]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        !text.contains('\x1b'),
        "no colour when stdout is not a terminal"
    );
    let instance = text.find("Hosting instance").unwrap();
    let after = &text[instance..];
    let blocked = after.find("[BLOCKED]").unwrap();
    let done = after.find("[done]").unwrap();
    assert!(blocked < done, "blockers come before done items:\n{after}");
    assert!(text.contains("Fix: "));
    assert!(text.contains("Not ready: 6 blocked, 3 to do."), "{text}");
    let regs = text.find("MIIT regulations").unwrap();
    let domain = text.find("Domain name").unwrap();
    assert!(
        regs < domain && domain < instance,
        "sections in the seed's order"
    );
}

#[test]
fn lang_is_reported_and_ids_never_translate() {
    let out = check(&fixture("empty"), &["--format", "json", "--lang", "zh-CN"]);
    let v = json(&out);
    assert_eq!(v["lang"], "zh-CN");
    assert!(
        v["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["id"] == "regulations.province")
    );
}

fn write(dir: &tempfile::TempDir, name: &str, content: &[u8]) -> PathBuf {
    let p = dir.path().join(name);
    std::fs::write(&p, content).unwrap();
    p
}

#[test]
fn malformed_files_exit_2_naming_the_problem() {
    let dir = tempfile::tempdir().unwrap();
    let cases: &[(&str, &[u8], &[&str])] = &[
        (
            "bad-yaml.yaml",
            b"version: 1\napplicant: [unclosed\n",
            &["bad-yaml.yaml", "line"],
        ),
        (
            "wrong-type.yaml",
            b"version: 1\ninstance:\n  service_numbers_used: many\n",
            &["line 3", "instance.service_numbers_used"],
        ),
        (
            "unknown-field.yaml",
            b"version: 1\naccount:\n  has_acount: true\n",
            &["line 3", "has_acount"],
        ),
        (
            "unknown-province.yaml",
            b"version: 1\napplicant:\n  province: guangzhou\n",
            &["applicant.province", "guangzhou"],
        ),
        (
            "future.yaml",
            b"version: 7\nnew_thing: 1\n",
            &["version 7", "newer"],
        ),
        (
            "yes-not-bool.yaml",
            b"version: 1\naccount:\n  has_account: yes\n",
            &["account.has_account", "true, false or unsure"],
        ),
        ("no-version.yaml", b"name: x\n", &["version"]),
        ("binary.yaml", &[0xff, 0xfe, 0x00, 0x01, 0x80], &["UTF-8"]),
    ];
    for (name, content, expect) in cases {
        let path = write(&dir, name, content);
        let out = check(&path, &[]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{name}: {err}");
        assert!(!err.contains("panicked"), "{name}: {err}");
        for e in *expect {
            assert!(err.contains(e), "{name}: {err:?} lacks {e:?}");
        }
        assert!(out.stdout.is_empty(), "{name}: nothing on stdout");
        assert_eq!(
            std::fs::read(&path).unwrap(),
            *content,
            "{name} was modified"
        );
    }
}

#[test]
fn missing_and_oversized_files_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let out = check(&dir.path().join("nope.yaml"), &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("nope.yaml"));
    let mut big = b"version: 1\nname: \"".to_vec();
    big.extend(std::iter::repeat_n(b'a', 2 * 1024 * 1024));
    big.extend(b"\"\n");
    let path = write(&dir, "big.yaml", &big);
    let out = check(&path, &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("1 MiB"));
}

#[test]
fn help_and_version() {
    let out = bin().arg("--help").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("check") && text.contains("ICP"), "{text}");
    let out = bin().arg("--version").output().unwrap();
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .contains(env!("CARGO_PKG_VERSION"))
    );
    let out = bin().args(["check", "--help"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    for flag in ["--today", "--format", "--lang"] {
        assert!(text.contains(flag), "{flag}");
    }
    let out = bin()
        .args(["check", "x.yaml", "--format", "pdf"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "usage errors exit 2");
}

#[test]
fn help_follows_the_language() {
    let zh = bin().args(["--lang", "zh-CN", "--help"]).output().unwrap();
    assert_eq!(zh.status.code(), Some(0));
    let text = String::from_utf8(zh.stdout).unwrap();
    for word in ["用法：", "命令", "选项", "打印会话文件的备案准备清单"] {
        assert!(text.contains(word), "{word} missing in:\n{text}");
    }
    let zh = bin()
        .env("LANG", "zh_CN.UTF-8")
        .env_remove("LC_ALL")
        .args(["check", "--help"])
        .output()
        .unwrap();
    let text = String::from_utf8(zh.stdout).unwrap();
    assert!(
        text.contains("参数") && text.contains("按此日期"),
        "LANG=zh_CN gives Chinese help:\n{text}"
    );
    let en = bin()
        .env("LC_ALL", "C")
        .args(["check", "--help"])
        .output()
        .unwrap();
    let text = String::from_utf8(en.stdout).unwrap();
    assert!(
        text.contains("Usage: icp-prep check") && text.contains("Judge every date"),
        "{text}"
    );
}

//! Hostile input (DESIGN.md §5 layer 4, issue 4): a corpus of malformed session files. Each one,
//! through `icp-prep check <path>` and `icp-prep open <name>`, gives a clear error naming the
//! file (and the line and field where there is one), exits 2, never panics, and leaves the
//! file's bytes exactly as they were; `list` still lists them all and exits 0.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const FULL: &str = include_str!("fixtures/full-guangdong-enterprise.yaml");

fn bin(data: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_icp-prep"));
    // English messages whatever the machine's locale (the tests read them).
    c.env("ICP_PREP_DATA_DIR", data)
        .env("LC_ALL", "C")
        .env_remove("NO_COLOR");
    c
}

/// (name, bytes, what stderr must contain besides the file name)
type Case = (&'static str, Vec<u8>, Vec<&'static str>);

fn nested(prefix: &str, open: &str, close: &str, depth: usize) -> Vec<u8> {
    let mut s = String::from(prefix);
    s.push_str(&open.repeat(depth));
    s.push_str(&close.repeat(depth));
    s.push('\n');
    s.into_bytes()
}

/// Billion laughs: each level refers to the previous one nine times; `top` gets the last level
/// (`version` puts it where the parser does read a free-form value).
fn alias_bomb(top: &str) -> Vec<u8> {
    let mut s = String::from(
        "version: 1\na0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n",
    );
    for i in 1..10 {
        let p = i - 1;
        s.push_str(&format!(
            "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
        ));
    }
    if top == "version" {
        s = s.replacen("version: 1\n", "", 1);
        s.push_str("version: *a9\n");
    }
    s.into_bytes()
}

fn big(size: usize) -> Vec<u8> {
    let mut v = b"version: 1\nname: \"".to_vec();
    v.resize(size - 2, b'a');
    v.extend(b"\"\n");
    v
}

/// The full fixture cut just before `needle`'s end.
fn truncated_at(needle: &str) -> Vec<u8> {
    let at = FULL.find(needle).expect("needle in fixture") + needle.len();
    FULL.as_bytes()[..at].to_vec()
}

fn with(field_line: &str) -> Vec<u8> {
    format!("version: 1\n{field_line}").into_bytes()
}

fn corpus() -> Vec<Case> {
    let b = |s: &str| s.as_bytes().to_vec();
    vec![
        ("empty", b(""), vec!["version"]),
        ("comment-only", b("# nothing here\n"), vec!["version"]),
        (
            "no-version",
            b("name: shop\nstep: domain\n"),
            vec!["version"],
        ),
        (
            "truncated-flow",
            truncated_at("entity_certificate: { type: business_license, num"),
            vec!["line"],
        ),
        (
            "truncated-quote",
            truncated_at("number: \"8100001"),
            vec!["line"],
        ),
        (
            "truncated-value",
            truncated_at("registrar: aliyun_"),
            vec!["line", "domains[0].registrar", "aliyun_"],
        ),
        (
            "binary",
            vec![
                0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0xff, 0xfe, 0x00,
            ],
            vec!["UTF-8"],
        ),
        (
            "invalid-utf8",
            b"version: 1\nname: caf\xc3\x28\n".to_vec(),
            vec!["UTF-8", "offset 20"],
        ),
        (
            "utf16",
            b"\xff\xfev\x00e\x00r\x00".to_vec(),
            vec!["UTF-8", "offset 0"],
        ),
        (
            "nul-byte",
            b"version: 1\nname: a\x00b\n".to_vec(),
            vec!["line"],
        ),
        (
            "tabs",
            b("version: 1\napplicant:\n\tprovince: guangdong\n"),
            vec!["line 3"],
        ),
        (
            "deep-document",
            nested("", "[", "]", 10_000),
            vec!["line 1, column 65", "nested"],
        ),
        (
            "deep-unknown-field",
            nested("version: 1\nextra: ", "{a: ", "}", 10_000),
            vec!["line 2", "nested"],
        ),
        (
            "deep-in-version",
            nested("version: ", "[", "]", 10_000),
            vec!["line 1", "nested"],
        ),
        (
            "deep-in-a-string-field",
            nested("version: 1\nname: ", "[", "]", 10_000),
            vec!["line 2", "nested"],
        ),
        // Half a million levels: libyaml alone would need most of an hour for this one.
        (
            "deep-one-mib",
            nested("version: 1\nname: ", "[", "]", 500_000),
            vec!["line 2", "nested"],
        ),
        (
            "not-too-deep",
            nested("version: 1\nname: ", "[", "]", 60),
            vec!["line 2", "name"],
        ),
        (
            "deep-block-mapping",
            (0..400)
                .map(|i| format!("{}k{i}:\n", " ".repeat(i)))
                .collect::<String>()
                .into_bytes(),
            vec!["version"],
        ),
        ("alias-bomb", alias_bomb("a"), vec!["line 2", "a0"]),
        (
            "alias-bomb-in-version",
            alias_bomb("version"),
            vec!["repetition limit"],
        ),
        ("two-mib", big(2 * 1024 * 1024), vec!["1 MiB", "2097152"]),
        ("one-mib-plus-one", big(1024 * 1024 + 1), vec!["1 MiB"]),
        ("version-string", b("version: one\n"), vec!["version"]),
        ("version-float", b("version: 1.5\n"), vec!["version"]),
        ("version-negative", b("version: -1\n"), vec!["version"]),
        ("version-zero", b("version: 0\n"), vec!["version 0"]),
        (
            "future-version",
            b("version: 2\nsomething_new: true\n"),
            vec!["version 2", "newer", "untouched"],
        ),
        (
            "huge-version",
            b("version: 99999999999999\n"),
            vec!["newer"],
        ),
        ("top-level-list", b("- version: 1\n"), vec!["line 1"]),
        ("top-level-scalar", b("hello\n"), vec!["line 1"]),
        (
            "two-documents",
            b("version: 1\n---\nversion: 1\n"),
            vec!["more than one document"],
        ),
        (
            "duplicate-key",
            b("version: 1\nstep: domain\nstep: review\n"),
            vec!["duplicate field `step`"],
        ),
        (
            "unclosed-quote",
            b("version: 1\nname: \"Acme\n"),
            vec!["line"],
        ),
        (
            "wrong-type-top",
            b("version: 1\nname: {first: Acme}\n"),
            vec!["line 2", "name"],
        ),
        (
            "wrong-type-section",
            with("applicant: [guangdong]\n"),
            vec!["line 2", "applicant"],
        ),
        (
            "wrong-type-list",
            with("domains: {name: example.com}\n"),
            vec!["line 2", "domains"],
        ),
        (
            "wrong-type-number",
            with("instance:\n  subscription_months: twelve\n"),
            vec!["line 3", "instance.subscription_months", "twelve"],
        ),
        (
            "negative-months",
            with("instance:\n  subscription_months: -3\n"),
            vec!["line 3", "instance.subscription_months"],
        ),
        (
            "wrong-type-amount",
            with("instance:\n  order_amount_rmb: cheap\n"),
            vec!["line 3", "instance.order_amount_rmb"],
        ),
        (
            "impossible-date",
            with("instance:\n  expires_on: 2027-02-30\n"),
            vec!["line 3", "instance.expires_on", "YYYY-MM-DD"],
        ),
        (
            "not-a-date",
            with("domains:\n  - name: example.com\n    expires_on: tomorrow\n"),
            vec!["line 4", "domains[0].expires_on"],
        ),
        (
            "bad-timestamp",
            with("updated: yesterday\n"),
            vec!["line 2", "updated"],
        ),
        (
            "yes-not-boolean",
            with("account:\n  has_account: yes\n"),
            vec!["line 3", "account.has_account", "true, false or unsure"],
        ),
        (
            "string-not-list",
            with("materials:\n  prepared: entity_certificate\n"),
            vec!["line 3", "materials.prepared"],
        ),
        (
            "unknown-step",
            with("step: finished\n"),
            vec!["line 2", "step", "finished"],
        ),
        (
            "unknown-language",
            with("language: fr\n"),
            vec!["line 2", "language", "fr"],
        ),
        (
            "unknown-material",
            with("materials:\n  prepared: [passport_scan]\n"),
            vec!["line 3", "passport_scan"],
        ),
        (
            "unknown-top-field",
            with("colour: red\n"),
            vec!["line 2", "colour"],
        ),
        (
            "unknown-nested-field",
            with("applicant:\n  provnce: guangdong\n"),
            vec!["line 3", "applicant", "provnce"],
        ),
        (
            "unknown-list-field",
            with("domains:\n  - name: example.com\n    registar: aliyun_china\n"),
            vec!["line 4", "domains[0]", "registar"],
        ),
        (
            "version-bool",
            b("version: true\n"),
            vec!["line 1", "version"],
        ),
    ]
}

fn sessions_dir(data: &Path) -> PathBuf {
    data.join("sessions")
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

/// What is wrong with how a command refused a case (empty: nothing).
fn refusal_problems(
    case: &str,
    what: &str,
    out: &Output,
    needles: &[&str],
    file: &Path,
) -> Vec<String> {
    let err = String::from_utf8_lossy(&out.stderr);
    let mut problems = Vec::new();
    if out.status.code() != Some(2) {
        problems.push(format!(
            "{case} ({what}) exited {:?}, not 2: {err}",
            out.status.code()
        ));
    }
    if err.contains("panicked") {
        problems.push(format!("{case} ({what}) panicked: {err}"));
    }
    if !out.stdout.is_empty() {
        problems.push(format!(
            "{case} ({what}) printed on stdout: {}",
            String::from_utf8_lossy(&out.stdout)
        ));
    }
    let name = file.file_name().unwrap().to_string_lossy();
    for n in std::iter::once(&*name).chain(needles.iter().copied()) {
        if !err.contains(n) {
            problems.push(format!("{case} ({what}): {err:?} lacks {n:?}"));
        }
    }
    problems
}

#[test]
fn every_malformed_file_is_refused_clearly_and_left_untouched() {
    let data = tempfile::tempdir().unwrap();
    let dir = sessions_dir(data.path());
    std::fs::create_dir_all(&dir).unwrap();
    let cases = corpus();
    assert!(cases.len() >= 30, "the corpus has {} files", cases.len());
    for (name, bytes, _) in &cases {
        std::fs::write(dir.join(format!("{name}.yaml")), bytes).unwrap();
    }
    let mut problems = Vec::new();
    for (name, bytes, needles) in &cases {
        let path = dir.join(format!("{name}.yaml"));
        let out = bin(data.path()).arg("check").arg(&path).output().unwrap();
        problems.extend(refusal_problems(name, "check", &out, needles, &path));
        let out = bin(data.path()).args(["open", name]).output().unwrap();
        problems.extend(refusal_problems(name, "open", &out, needles, &path));
        let err = String::from_utf8_lossy(&out.stderr);
        if !err.contains(&format!("icp-prep open {name} --start-over")) {
            problems.push(format!(
                "{name}: open does not say how to start over: {err}"
            ));
        }
        eprintln!("{name}: {}", err.lines().next().unwrap_or_default());
        if &std::fs::read(&path).unwrap() != bytes {
            problems.push(format!("{name}: the file's bytes changed"));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
    // Nothing was set aside, backed up or created next to them (lock files aside).
    let extra: Vec<String> = files_in(&dir)
        .into_iter()
        .filter(|f| !f.ends_with(".yaml") && !f.ends_with(".lock"))
        .collect();
    assert!(extra.is_empty(), "unexpected files: {extra:?}");

    // `list` reads them all, reports each error, and still exits 0.
    let out = bin(data.path())
        .args(["list", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), cases.len());
    for row in rows {
        assert!(
            row["error"].as_str().is_some_and(|e| !e.is_empty()),
            "{row}"
        );
        assert!(row["step"].is_null() && row["done"].is_null(), "{row}");
    }
    for (name, bytes, _) in &cases {
        assert_eq!(
            &std::fs::read(dir.join(format!("{name}.yaml"))).unwrap(),
            bytes,
            "{name} changed by list"
        );
    }
}

#[test]
fn a_backup_is_offered_only_when_it_loads_and_restoring_keeps_the_damaged_file() {
    let data = tempfile::tempdir().unwrap();
    let dir = sessions_dir(data.path());
    assert_eq!(
        bin(data.path())
            .args(["new", "acme"])
            .output()
            .unwrap()
            .status
            .code(),
        Some(0)
    );
    let path = dir.join("acme.yaml");
    // A backup from an earlier save, then a hand edit gone wrong.
    std::fs::write(dir.join("acme.yaml.bak"), FULL).unwrap();
    let damaged = b"version: 1\napplicant:\n  province: guangzhou\n".to_vec();
    std::fs::write(&path, &damaged).unwrap();

    let out = bin(data.path()).args(["open", "acme"]).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        err.contains("line 3") && err.contains("applicant.province") && err.contains("guangzhou"),
        "{err}"
    );
    assert!(err.contains("icp-prep open acme --restore-backup"), "{err}");
    assert!(err.contains("icp-prep open acme --start-over"), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), damaged);

    let out = bin(data.path())
        .args(["open", "acme", "--restore-backup"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        text.contains("Restored") && text.contains(".corrupt-"),
        "{text}"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), FULL);
    let aside: Vec<String> = files_in(&dir)
        .into_iter()
        .filter(|f| f.starts_with("acme.yaml.corrupt-"))
        .collect();
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert_eq!(
        std::fs::read(dir.join(&aside[0])).unwrap(),
        damaged,
        "the damaged file is kept as it was"
    );

    // A backup that does not load is not offered, and --restore-backup then changes nothing.
    std::fs::write(&path, &damaged).unwrap();
    std::fs::write(dir.join("acme.yaml.bak"), "version: 5\n").unwrap();
    let out = bin(data.path()).args(["open", "acme"]).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("--restore-backup"), "{err}");
    let out = bin(data.path())
        .args(["open", "acme", "--restore-backup"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("version 5"));
    assert_eq!(std::fs::read(&path).unwrap(), damaged);

    // Starting over keeps the damaged file too, and leaves a fresh session.
    let out = bin(data.path())
        .args([
            "--data-dir",
            data.path().to_str().unwrap(),
            "open",
            "acme",
            "--start-over",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let aside = files_in(&dir)
        .into_iter()
        .filter(|f| f.starts_with("acme.yaml.corrupt-"))
        .count();
    assert_eq!(aside, 2);
    let fresh = std::fs::read_to_string(&path).unwrap();
    assert!(
        fresh.starts_with('#') && fresh.contains("version: 1"),
        "{fresh}"
    );
}

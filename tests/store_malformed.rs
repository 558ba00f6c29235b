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
type Classic = (&'static str, Vec<u8>, Vec<&'static str>);
/// The same, owned (generated cases).
type Case = (String, Vec<u8>, Vec<String>);

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
    let mut cases: Vec<Case> = classic()
        .into_iter()
        .map(|(n, b, w)| (n.to_string(), b, w.into_iter().map(String::from).collect()))
        .collect();
    cases.extend(issue_14());
    cases.extend(wrong_values());
    cases
}

fn case(name: &str, text: impl Into<Vec<u8>>, needles: &[&str]) -> Case {
    (
        name.to_string(),
        text.into(),
        needles.iter().map(|n| n.to_string()).collect(),
    )
}

/// Issue 14: tags, anchors in front of deep nesting, control characters (raw and escaped), and
/// the messages that named the wrong line or the wrong rule.
fn issue_14() -> Vec<Case> {
    let deep = |prefix: &str, n: usize| nested(prefix, "[", "]", n);
    vec![
        case(
            "tag-str-version",
            "version: !!str 1\n",
            &["line 1, column 10", "tag"],
        ),
        case(
            "tag-custom",
            "version: 1\nname: !evil x\n",
            &["line 2, column 7", "tag"],
        ),
        case(
            "tag-seq-bomb",
            deep("version: 1\nname: !!seq ", 100_000),
            &["line 2", "tag"],
        ),
        case(
            "tag-nested",
            "version: 1\napplicant:\n  province: !!str guangdong\n",
            &["line 3", "tag"],
        ),
        case(
            "tag-in-flow",
            "version: 1\nmaterials:\n  prepared: [!x entity_certificate]\n",
            &["line 3", "tag"],
        ),
        case(
            "tag-verbatim",
            "version: 1\nname: !<tag:yaml.org,2002:str> x\n",
            &["line 2", "tag"],
        ),
        case(
            "tag-document",
            "--- !!map\nversion: 1\n",
            &["line 1", "tag"],
        ),
        case(
            "tag-on-key",
            "version: 1\n!!str name: x\n",
            &["line 2", "tag"],
        ),
        case(
            "anchor-deep",
            deep("version: 1\nname: &a ", 100_000),
            &["line 2", "nested"],
        ),
        case(
            "anchor-newline-deep",
            deep("version: 1\nname: &a\n  ", 100_000),
            &["line 3", "nested"],
        ),
        case(
            "anchor-in-flow-deep",
            nested("version: 1\nname: ", "[&a ", "]", 100_000),
            &["line 2", "nested"],
        ),
        case(
            "anchor-brace-deep",
            nested("version: 1\nname: &x ", "{a: ", "}", 50_000),
            &["line 2", "nested"],
        ),
        case(
            "nul-line-2",
            b"version: 1\nname: a\x00b\n".to_vec(),
            &["line 2, column 8", "U+0000"],
        ),
        case(
            "escape-in-key",
            b"version: 1\n\"\x1b]0;PWNED\x07\": 1\n".to_vec(),
            &["line 2, column 2", "U+001B"],
        ),
        case(
            "bell",
            b"version: 1\nname: ding\x07\n".to_vec(),
            &["line 2", "U+0007"],
        ),
        case(
            "backspace",
            b"version: 1\nname: a\x08\x08b\n".to_vec(),
            &["line 2", "U+0008"],
        ),
        case(
            "form-feed",
            b"version: 1\n\x0cname: a\n".to_vec(),
            &["line 2, column 1", "U+000C"],
        ),
        case(
            "vertical-tab",
            b"version: 1\nname:\x0ba\n".to_vec(),
            &["line 2", "U+000B"],
        ),
        case(
            "delete-char",
            b"version: 1\nname: a\x7f\n".to_vec(),
            &["line 2", "U+007F"],
        ),
        case(
            "c1-csi",
            "version: 1\nname: a\u{9b}31m\n",
            &["line 2", "U+009B"],
        ),
        case(
            "control-in-comment",
            b"version: 1\n# \x1b[2J\nname: a\n".to_vec(),
            &["line 2", "U+001B"],
        ),
        case(
            "control-line-40",
            format!("version: 1\n{}name: a\x01\n", "# pad\n".repeat(38)),
            &["line 40", "U+0001"],
        ),
        case(
            "escaped-control-key",
            "version: 1\n\"\\e]0;PWNED\\a\": 1\n",
            &["line 2", "PWNED", "unknown field"],
        ),
        case(
            "escaped-control-value",
            "version: 1\nstep: \"\\e[31mdomain\"\n",
            &["line 2", "step", "[31mdomain"],
        ),
        case(
            "bidi-override-value",
            "version: 1\nstep: \"\u{202e}niamod\"\n",
            &["line 2", "step", "u{202e}"],
        ),
        case(
            "timestamp-as-date",
            "version: 1\ncreated: 2026-11-28\n",
            &["line 2", "created", "RFC 3339"],
        ),
        case(
            "timestamp-bad-hour",
            "version: 1\nupdated: 2026-11-28T25:00:00Z\n",
            &["line 2", "updated", "RFC 3339"],
        ),
        case(
            "duplicate-top-later",
            "version: 1\nstep: domain\nname: x\nstep: review\n",
            &["line 4", "duplicate field `step`"],
        ),
        case(
            "duplicate-nested",
            "version: 1\napplicant:\n  province: guangdong\n  name: x\n  province: fujian\n",
            &["line 5", "applicant", "duplicate field `province`"],
        ),
        case(
            "duplicate-in-list",
            "version: 1\ndomains:\n  - name: a.com\n    registrar: unknown\n    name: b.com\n",
            &["line 5", "duplicate field `name`"],
        ),
        case(
            "list-for-enum",
            "version: 1\nlanguage: [en]\n",
            &["line 2", "language", "single value"],
        ),
        case(
            "map-for-enum",
            "version: 1\nstep: {a: 1}\n",
            &["line 2", "step", "single value"],
        ),
        case(
            "list-for-nested-enum",
            "version: 1\naccount:\n  site: [china]\n",
            &["line 3", "account.site", "single value"],
        ),
        case(
            "version-twelve-digits",
            "version: 999999999999\n",
            &["999999999999", "newer"],
        ),
        case(
            "tab-indent",
            "version: 1\napplicant:\n\tprovince: guangdong\n",
            &["line 3", "tab"],
        ),
        case(
            "tab-indent-list",
            "version: 1\ndomains:\n  - name: a.com\n \t  registrar: unknown\n",
            &["line 4", "tab"],
        ),
        case(
            "tab-after-spaces",
            "version: 1\naccount:\n  \thas_account: true\n",
            &["line 3", "tab"],
        ),
    ]
}

/// A wrong value in each kind of field, at each depth: the error names the field's full path
/// and its line.
fn wrong_values() -> Vec<Case> {
    let mut out = Vec::new();
    let top = [("step", "finish"), ("language", "de"), ("version", "\"1\"")];
    for (key, value) in top {
        let text = if key == "version" {
            format!("{key}: {value}\n")
        } else {
            format!("version: 1\n{key}: {value}\n")
        };
        let line = if key == "version" { "line 1" } else { "line 2" };
        out.push(case(&format!("wrong-{key}"), text, &[line, key]));
    }
    let sections = [
        ("applicant", "province", "atlantis"),
        ("applicant", "entity_type", "corp"),
        ("applicant", "domicile_province", "hongkong"),
        ("applicant", "has_residence_permit", "yes"),
        ("applicant", "regulations_reviewed", "no"),
        ("applicant", "name", "[a, b]"),
        ("instance", "product", "vps"),
        ("instance", "billing", "monthly"),
        ("instance", "region_mainland", "on"),
        ("instance", "public_bandwidth", "1"),
        ("instance", "subscription_months", "99999999999"),
        ("instance", "service_numbers_used", "1.5"),
        ("instance", "order_amount_rmb", "[1]"),
        ("instance", "expires_on", "2027-13-01"),
        ("materials", "certificate_changed", "off"),
        ("materials", "finance_content", "maybe"),
        ("materials", "all_domains_in_statement", "Y"),
        ("materials", "prepared", "[entity_certificate, selfie]"),
        ("materials", "leader", "passport"),
        ("account", "has_account", "True1"),
        ("account", "site", "europe"),
        ("account", "real_name_verified", "done"),
        ("account", "holds_other_entity", "{}"),
        ("preapproval", "industries", "[gambling]"),
        ("preapproval", "approvals_ready", "news"),
    ];
    for (section, key, value) in sections {
        let text = format!("version: 1\n{section}:\n  {key}: {value}\n");
        let field = format!("{section}.{key}");
        out.push(case(
            &format!("wrong-{section}-{key}"),
            text,
            &["line 3", &field],
        ));
    }
    let domain = [
        ("registrar", "godaddy"),
        ("holder", "cousin"),
        ("holder_kind", "robot"),
        ("real_name_verified", "yes"),
        ("holder_matches", "sure"),
        ("expires_on", "2027-02-29"),
        ("real_name_verified_on", "last week"),
        ("website", "{a: 1}"),
    ];
    for (key, value) in domain {
        let text = format!("version: 1\ndomains:\n  - name: example.com\n    {key}: {value}\n");
        let field = format!("domains[0].{key}");
        out.push(case(
            &format!("wrong-domain-{key}"),
            text,
            &["line 4", &field],
        ));
    }
    let person = [
        ("leader", "residency", "mars"),
        ("leader", "document", "driving_licence"),
        ("leader", "is_legal_representative", "yes"),
        ("leader", "valid_until", "someday"),
        ("admin", "number", "[1, 2]"),
        ("entity_certificate", "type", "charter"),
    ];
    for (who, key, value) in person {
        let text = format!("version: 1\nmaterials:\n  {who}:\n    {key}: {value}\n");
        let field = format!("materials.{who}.{key}");
        out.push(case(
            &format!("wrong-{who}-{key}"),
            text,
            &["line 4", &field],
        ));
    }
    out
}

fn classic() -> Vec<Classic> {
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
            vec!["line 2", "more than one document"],
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
    needles: &[String],
    file: &Path,
) -> Vec<String> {
    let err = String::from_utf8_lossy(&out.stderr);
    let mut problems = Vec::new();
    // Nothing from the file reaches the terminal raw (issue 14 item 8).
    if let Some(c) = err.chars().find(|c| c.is_control() && *c != '\n') {
        problems.push(format!(
            "{case} ({what}) printed control character {c:?}: {err:?}"
        ));
    }
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
    for n in std::iter::once(&*name).chain(needles.iter().map(String::as_str)) {
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
    assert!(cases.len() >= 100, "the corpus has {} files", cases.len());
    for (name, bytes, _) in &cases {
        std::fs::write(dir.join(format!("{name}.yaml")), bytes).unwrap();
    }
    let mut problems = Vec::new();
    for (name, bytes, needles) in &cases {
        let path = dir.join(format!("{name}.yaml"));
        let out = bin(data.path()).arg("check").arg(&path).output().unwrap();
        problems.extend(refusal_problems(name, "check", &out, needles, &path));
        let out = bin(data.path())
            .args(["open", name.as_str()])
            .output()
            .unwrap();
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

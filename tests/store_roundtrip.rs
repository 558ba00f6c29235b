//! Sessions on disk (issue 4): save → load gives back every field, the file and its folder are
//! private, the previous version is kept, the header says what the file is; and the session
//! commands (`new`, `list`, `check NAME`, `delete`) as scripts use them.

use std::path::Path;
use std::process::{Command, Output, Stdio};

use chrono::{DateTime, NaiveDate};
use icp_prep::session::{Answer, Session};
use icp_prep::store::{self, DataDir};

const FULL: &str = include_str!("fixtures/full-guangdong-enterprise.yaml");

fn bin(data: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_icp-prep"));
    // English messages whatever the machine's locale (the tests read them).
    c.env("ICP_PREP_DATA_DIR", data)
        .env("LC_ALL", "C")
        .stdin(Stdio::null());
    c
}

fn run(data: &Path, args: &[&str]) -> Output {
    bin(data).args(args).output().unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The full fixture with the few things it leaves out filled in: an `unsure` answer, an empty
/// list (`[]` = none, unlike absent), a Chinese label and every optional date.
fn everything() -> Session {
    let mut s = icp_prep::session::parse(FULL).unwrap();
    s.name = Some("Acme 广州店".into());
    let m = s.materials.as_mut().unwrap();
    m.admin.as_mut().unwrap().valid_until = NaiveDate::from_ymd_opt(2030, 6, 30);
    m.finance_content = Some(Answer::Unsure);
    s.preapproval.as_mut().unwrap().approvals_ready = Some(vec![]);
    s
}

#[test]
fn save_then_load_gives_back_every_field() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("acme.yaml");
    let original = everything();
    let mut saved = original.clone();
    let now = DateTime::parse_from_rfc3339("2026-12-01T09:30:00Z").unwrap();
    store::save(&path, &mut saved, now).unwrap();
    assert_eq!(saved.created, original.created, "created is kept");
    assert_eq!(saved.updated, Some(now), "updated is stamped");
    let loaded = store::load(&path).unwrap();
    assert_eq!(loaded, saved);
    // Beyond equality of the model: the values a person reads survive literally.
    let text = std::fs::read_to_string(&path).unwrap();
    for needle in [
        "Acme 广州店",
        "finance_content: unsure",
        "approvals_ready: []",
        "91440300MA5D0B1C2R",
        "'810000199001010019'",
        "2030-06-30",
    ] {
        assert!(text.contains(needle), "{needle} missing from\n{text}");
    }
    // JSON views of both are identical too (no field lost to a default).
    assert_eq!(
        serde_json::to_value(&loaded).unwrap(),
        serde_json::to_value(&saved).unwrap()
    );
}

#[test]
fn the_header_says_what_the_file_is_and_that_comments_are_not_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("acme.yaml");
    let mut s = everything();
    store::save(&path, &mut s, store::now()).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let header: Vec<&str> = text.lines().take_while(|l| l.starts_with("# ")).collect();
    assert!(header.len() >= 3, "{text}");
    let header = header.join("\n");
    assert!(header.contains("icp-prep session file"), "{header}");
    assert!(header.contains("edit it by hand"), "{header}");
    assert!(
        header.contains("comments you add here are not kept"),
        "{header}"
    );
    // A comment added by hand is indeed gone after the next save (serde round trip).
    std::fs::write(&path, format!("{text}# my note\n")).unwrap();
    let mut again = store::load(&path).unwrap();
    store::save(&path, &mut again, store::now()).unwrap();
    assert!(!std::fs::read_to_string(&path).unwrap().contains("my note"));
}

#[test]
fn the_previous_version_is_kept_as_bak() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("acme.yaml");
    let mut s = everything();
    store::save(&path, &mut s, store::now()).unwrap();
    let first = std::fs::read(&path).unwrap();
    s.step = Some(icp_prep::session::Step::Review);
    store::save(&path, &mut s, store::now()).unwrap();
    assert_eq!(
        std::fs::read(dir.path().join("acme.yaml.bak")).unwrap(),
        first
    );
    assert_eq!(
        store::load(&path).unwrap().step,
        Some(icp_prep::session::Step::Review)
    );
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "no temporary file is left: {names:?}");
}

#[cfg(unix)]
#[test]
fn files_are_0600_and_folders_0700() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data"); // does not exist yet: `new` creates it
    let out = run(&data, &["new", "acme"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let sessions = data.join("sessions");
    assert_eq!(mode(&data), 0o700);
    assert_eq!(mode(&sessions), 0o700);
    assert_eq!(mode(&sessions.join("acme.yaml")), 0o600);
    assert_eq!(mode(&sessions.join(".acme.yaml.icp-prep.lock")), 0o600);
    // A second save makes the backup: private too.
    let file = sessions.join("acme.yaml");
    let mut s = store::load(&file).unwrap();
    store::save(&file, &mut s, store::now()).unwrap();
    assert_eq!(mode(&file), 0o600);
    assert_eq!(mode(&sessions.join("acme.yaml.bak")), 0o600);
    // Restoring and starting over write private files as well.
    std::fs::write(&file, "broken: [\n").unwrap();
    let out = run(&data, &["open", "acme", "--restore-backup"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(mode(&file), 0o600);
}

#[test]
fn new_creates_once_and_check_reads_by_name() {
    let data = tempfile::tempdir().unwrap();
    let out = run(data.path(), &["new", "acme"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("sessions/acme.yaml"));
    let file = data.path().join("sessions/acme.yaml");
    let s = store::load(&file).unwrap();
    assert_eq!(s.version, 1);
    assert!(s.created.is_some() && s.created == s.updated);

    let again = run(data.path(), &["new", "acme"]);
    assert_eq!(again.status.code(), Some(2));
    assert!(
        stderr(&again).contains("already exists"),
        "{}",
        stderr(&again)
    );

    std::fs::write(&file, FULL).unwrap();
    let check = run(
        data.path(),
        &["check", "acme", "--today", "2026-11-28", "--format", "json"],
    );
    assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));
    let v: serde_json::Value = serde_json::from_slice(&check.stdout).unwrap();
    assert_eq!(v["session"], "acme");
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        FULL,
        "check never writes"
    );
    assert!(!data.path().join("sessions/acme.yaml.bak").exists());

    let missing = run(data.path(), &["check", "nope"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        stderr(&missing).contains("session nope not found"),
        "{}",
        stderr(&missing)
    );
}

#[test]
fn data_dir_flag_beats_the_environment() {
    let env_dir = tempfile::tempdir().unwrap();
    let flag_dir = tempfile::tempdir().unwrap();
    let out = run(
        env_dir.path(),
        &[
            "--data-dir",
            flag_dir.path().to_str().unwrap(),
            "new",
            "acme",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(flag_dir.path().join("sessions/acme.yaml").exists());
    assert!(!env_dir.path().join("sessions").exists());
    // `--data-dir` is global: it may come after the subcommand too.
    let out = run(
        env_dir.path(),
        &[
            "list",
            "--format",
            "json",
            "--data-dir",
            flag_dir.path().to_str().unwrap(),
        ],
    );
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 1);
}

#[test]
fn list_json_has_the_contract_fields_and_lists_a_corrupt_session_with_its_error() {
    let data = tempfile::tempdir().unwrap();
    let empty = run(data.path(), &["list", "--format", "json"]);
    assert_eq!(empty.status.code(), Some(0));
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&empty.stdout).unwrap(),
        serde_json::json!([])
    );
    assert!(
        !data.path().join("sessions").exists(),
        "list never creates anything"
    );

    let sessions = DataDir::new(data.path()).create().unwrap();
    std::fs::write(sessions.join("full.yaml"), FULL).unwrap();
    std::fs::write(
        sessions.join("broken.yaml"),
        "version: 1\ninstance:\n  billing: monthly\n",
    )
    .unwrap();
    let before = std::fs::read_dir(&sessions).unwrap().count();
    let out = run(
        data.path(),
        &["list", "--format", "json", "--today", "2026-11-28"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 2);
    for row in rows {
        let mut keys: Vec<&str> = row
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        keys.sort_unstable();
        assert_eq!(
            keys,
            [
                "blocked", "done", "error", "name", "path", "step", "todo", "updated"
            ]
        );
    }
    let broken = &rows[0];
    assert_eq!(broken["name"], "broken");
    let error = broken["error"].as_str().unwrap();
    assert!(
        error.contains("broken.yaml")
            && error.contains("line 3")
            && error.contains("instance.billing"),
        "{error}"
    );
    assert!(
        broken["step"].is_null()
            && broken["done"].is_null()
            && broken["todo"].is_null()
            && broken["blocked"].is_null()
    );
    assert!(
        broken["updated"].is_string(),
        "the file's time when it does not load"
    );
    let full = &rows[1];
    assert_eq!(full["name"], "full");
    assert_eq!(full["step"], "domain");
    assert_eq!(full["todo"], 0);
    assert_eq!(full["blocked"], 0);
    assert!(full["done"].as_u64().unwrap() > 0);
    assert_eq!(full["updated"], "2026-11-28T07:02:11Z");
    assert!(full["error"].is_null());
    assert!(
        full["path"]
            .as_str()
            .unwrap()
            .ends_with("sessions/full.yaml")
    );
    assert_eq!(
        std::fs::read_dir(&sessions).unwrap().count(),
        before,
        "list never writes or locks"
    );

    // The table works without a terminal, and shows the error under its row.
    let out = run(data.path(), &["list"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("NAME"), "{text}");
    assert!(
        text.contains("error:") && text.contains("monthly"),
        "{text}"
    );
    assert!(!text.contains('\x1b'));
}

#[test]
fn delete_asks_or_needs_yes() {
    let data = tempfile::tempdir().unwrap();
    assert_eq!(run(data.path(), &["new", "acme"]).status.code(), Some(0));
    let file = data.path().join("sessions/acme.yaml");
    let mut s = store::load(&file).unwrap();
    store::save(&file, &mut s, store::now()).unwrap(); // now there is a backup as well

    let refused = run(data.path(), &["delete", "acme"]);
    assert_eq!(
        refused.status.code(),
        Some(2),
        "no terminal to ask on: {}",
        stderr(&refused)
    );
    assert!(stderr(&refused).contains("--yes"), "{}", stderr(&refused));
    assert!(file.exists());

    let out = run(data.path(), &["delete", "acme", "--yes"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let left: Vec<_> = std::fs::read_dir(data.path().join("sessions"))
        .unwrap()
        .collect();
    assert!(
        left.is_empty(),
        "session, backup and lock are gone: {left:?}"
    );

    let gone = run(data.path(), &["delete", "acme", "--yes"]);
    assert_eq!(gone.status.code(), Some(2));
    assert!(stderr(&gone).contains("not found"));
}

#[test]
fn session_names_are_checked() {
    let data = tempfile::tempdir().unwrap();
    let long = "n".repeat(65);
    let cases: &[(&str, &str)] = &[
        ("", "cannot be empty"),
        (".hidden", "starts with a dot"),
        ("..", "starts with a dot"),
        ("../escape", "path separator"),
        ("a\\b", "path separator"),
        ("what?", "path separator"),
        ("CON", "reserved"),
        ("lpt1", "reserved"),
        ("tab\there", "control character"),
        (&long, "too long"),
    ];
    for (name, why) in cases {
        let out = run(data.path(), &["new", name]);
        assert_eq!(out.status.code(), Some(2), "{name:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(why), "{name:?}: {}", stderr(&out));
        assert!(!stderr(&out).contains("panicked"));
    }
    assert!(!data.path().join("escape").exists() && !tmp_has_yaml(data.path()));
    // `open` and `check` check names the same way.
    let out = run(data.path(), &["open", ".hidden"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("starts with a dot"));
    let out = run(data.path(), &["check", "CON"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("reserved"));
    // A Chinese name is fine.
    let out = run(data.path(), &["new", "广州客户"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

fn tmp_has_yaml(dir: &Path) -> bool {
    let sessions = dir.join("sessions");
    std::fs::read_dir(sessions)
        .is_ok_and(|mut d| d.any(|e| e.unwrap().file_name().to_string_lossy().ends_with(".yaml")))
}

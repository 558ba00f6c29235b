//! `icp-prep export` as scripts use it: no terminal, a session name (through the store) or a
//! path, `-o -` for standard output, files written 0600, exit 0 when written (ready or not)
//! and 2 on unusable input, and the session only read — no lock, no write — so it works while
//! the wizard holds the session.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use chrono::NaiveDate;
use unicode_width::UnicodeWidthStr;

use icp_prep::export::{self, Format, Options};
use icp_prep::knowledge::Knowledge;
use icp_prep::session::Language;
use icp_prep::store::{SessionFile, SessionLock};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(format!("{name}.yaml"))
}

/// The binary with no terminal anywhere: stdin closed, stdout and stderr piped, no TERM.
fn bin(cwd: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_icp-prep"));
    c.current_dir(cwd)
        .stdin(Stdio::null())
        .env_remove("TERM")
        .env_remove(icp_prep::store::DATA_DIR_ENV);
    c
}

fn export(cwd: &Path, args: &[&str]) -> Output {
    bin(cwd)
        .arg("export")
        .args(args)
        .args(["--today", "2026-11-28"])
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

fn render(name: &str, format: Format) -> String {
    let text = std::fs::read_to_string(fixture(name)).unwrap();
    let session = icp_prep::session::parse(&text).unwrap();
    let opts = Options {
        format,
        today: NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
        lang: Language::En,
        show_private: false,
    };
    export::render(name, &session, &Knowledge::builtin().unwrap(), &opts)
}

#[test]
fn a_blocked_session_is_written_to_the_default_path_with_exit_0_and_mode_0600() {
    let dir = tempfile::tempdir().unwrap();
    let path = fixture("sichuan-enterprise-payg");
    let out = export(dir.path(), &[path.to_str().unwrap(), "--format", "html"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let written = dir.path().join("sichuan-enterprise-payg-checklist.html");
    assert_eq!(
        std::fs::read_to_string(&written).unwrap(),
        render("sichuan-enterprise-payg", Format::Html)
    );
    assert!(stdout(&out).contains("sichuan-enterprise-payg-checklist.html"));
    assert!(stdout(&out).contains("masked"));
    #[cfg(unix)]
    assert_eq!(mode(&written), 0o600);
}

#[test]
fn the_format_defaults_to_the_output_extension_then_markdown() {
    let dir = tempfile::tempdir().unwrap();
    let path = fixture("full-guangdong-enterprise");
    let p = path.to_str().unwrap();
    assert_eq!(
        export(dir.path(), &[p, "-o", "out.txt"]).status.code(),
        Some(0)
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("out.txt")).unwrap(),
        render("full-guangdong-enterprise", Format::Text)
    );
    assert_eq!(export(dir.path(), &[p]).status.code(), Some(0));
    let md = dir.path().join("full-guangdong-enterprise-checklist.md");
    assert_eq!(
        std::fs::read_to_string(md).unwrap(),
        render("full-guangdong-enterprise", Format::Markdown)
    );
}

#[test]
fn dash_writes_the_export_alone_to_stdout() {
    let dir = tempfile::tempdir().unwrap();
    let path = fixture("guangdong-hong-kong-individual");
    for format in Format::ALL {
        let out = export(
            dir.path(),
            &[path.to_str().unwrap(), "--format", format.ext(), "-o", "-"],
        );
        assert_eq!(out.status.code(), Some(0));
        assert_eq!(
            stdout(&out),
            render("guangdong-hong-kong-individual", format)
        );
        assert!(stderr(&out).is_empty(), "{}", stderr(&out));
    }
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "wrote a file"
    );
}

#[test]
fn an_existing_export_is_replaced_and_made_private() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("shared.md");
    std::fs::write(&target, "old").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    let path = fixture("full-guangdong-enterprise");
    let out = export(dir.path(), &[path.to_str().unwrap(), "-o", "shared.md"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        std::fs::read_to_string(&target)
            .unwrap()
            .starts_with("# ICP filing")
    );
    #[cfg(unix)]
    assert_eq!(mode(&target), 0o600);
}

#[test]
fn a_session_name_is_found_through_the_store() {
    let data = tempfile::tempdir().unwrap();
    let sessions = data.path().join("sessions");
    std::fs::create_dir_all(&sessions).unwrap();
    std::fs::copy(
        fixture("sichuan-enterprise-payg"),
        sessions.join("acme shop.yaml"),
    )
    .unwrap();
    let cwd = tempfile::tempdir().unwrap();

    // Through the environment variable …
    let out = bin(cwd.path())
        .env(icp_prep::store::DATA_DIR_ENV, data.path())
        .args(["export", "acme shop", "--format", "json", "-o", "-"])
        .args(["--today", "2026-11-28"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["session"], "acme shop");
    assert_eq!(v["ready"], false);

    // … and through --data-dir, to the default path named after the session.
    let out = bin(cwd.path())
        .arg("--data-dir")
        .arg(data.path())
        .args([
            "export",
            "acme shop",
            "--format",
            "md",
            "--today",
            "2026-11-28",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let md = std::fs::read_to_string(cwd.path().join("acme shop-checklist.md")).unwrap();
    assert!(md.starts_with("# ICP filing checklist: acme shop\n"));
}

#[test]
fn unusable_input_exits_2_with_a_message_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    // Unknown session name.
    let out = bin(dir.path())
        .env(icp_prep::store::DATA_DIR_ENV, data.path())
        .args(["export", "nobody"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("nobody"), "{}", stderr(&out));
    // Missing file.
    let out = export(dir.path(), &["./missing.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("missing.yaml"));
    // Malformed file: the message names the line and the field.
    let bad = dir.path().join("bad.yaml");
    std::fs::write(&bad, "version: 1\ninstance:\n  billing: monthly\n").unwrap();
    let out = export(dir.path(), &[bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("line 3"), "{}", stderr(&out));
    // Output folder that does not exist.
    let path = fixture("full-guangdong-enterprise");
    let out = export(
        dir.path(),
        &[path.to_str().unwrap(), "-o", "no/such/dir/x.md"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no/such/dir/x.md"),
        "{}",
        stderr(&out)
    );
    // Unknown format.
    let out = export(dir.path(), &[path.to_str().unwrap(), "--format", "pdf"]);
    assert_eq!(out.status.code(), Some(2));
    // Only bad.yaml was ever written here.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn export_never_overwrites_the_session_file_itself() {
    let dir = tempfile::tempdir().unwrap();
    let session = dir.path().join("s.yaml");
    std::fs::copy(fixture("full-guangdong-enterprise"), &session).unwrap();
    let before = std::fs::read(&session).unwrap();
    let out = export(dir.path(), &["s.yaml", "-o", "./s.yaml", "--format", "md"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("session file itself"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read(&session).unwrap(), before);
}

#[test]
fn export_only_reads_and_works_while_the_session_is_locked() {
    let dir = tempfile::tempdir().unwrap();
    let session = dir.path().join("open.yaml");
    std::fs::copy(fixture("full-guangdong-enterprise"), &session).unwrap();
    let before = std::fs::read(&session).unwrap();
    let modified = std::fs::metadata(&session).unwrap().modified().unwrap();
    // The wizard has the session open: it holds the write lock.
    let file = SessionFile::at(&session);
    let lock = SessionLock::acquire(&file).unwrap();
    let out = export(dir.path(), &["./open.yaml", "--format", "txt"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    drop(lock);
    assert_eq!(std::fs::read(&session).unwrap(), before);
    assert_eq!(
        std::fs::metadata(&session).unwrap().modified().unwrap(),
        modified
    );
    assert!(!file.backup_path().exists());
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    // The lock file is the test's own; export added only its output.
    assert_eq!(
        names,
        [
            ".open.yaml.icp-prep.lock",
            "open-checklist.txt",
            "open.yaml"
        ]
    );
}

#[test]
fn text_fits_80_columns_for_every_fixture() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "yaml") {
            continue;
        }
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let text = render(&name, Format::Text);
        for (n, line) in text.lines().enumerate() {
            assert!(
                line.width() <= 80,
                "{name} line {}: {} columns: {line}",
                n + 1,
                line.width()
            );
        }
        assert!(
            text.contains("备案材料"),
            "{name}: no Chinese text to measure"
        );
        seen += 1;
    }
    assert!(seen >= 9);
}

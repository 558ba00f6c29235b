//! Plain mode end to end (issue 17 item 1): the real binary with an answers file piped in
//! completes a case to a verdict; an answer that cannot be read stops it with exit 2 and the
//! line number, the answers before it saved; the end of the input and `q` save and leave;
//! TERM=dumb chooses it where the wizard would start; a locked session is refused with the
//! wizard's message; nothing it writes moves a cursor or draws a box.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use common::pty::{CommandBuilder, Pty, timeout};
use icp_prep::session::{Answer, Session, Step};
use icp_prep::store::{self, DataDir, SessionLock};

const TODAY: &str = "2026-11-28";

fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/answers-guangdong-enterprise.txt")
}

fn example_text() -> String {
    std::fs::read_to_string(example()).unwrap()
}

fn bin(data: &Path) -> Command {
    let mut c = Command::new(common::BIN);
    c.env("LC_ALL", "C.UTF-8")
        .env("TERM", "xterm-256color")
        .env_remove("NO_COLOR")
        .arg("--data-dir")
        .arg(data)
        .args(["--today", TODAY]);
    c
}

/// Run with `input` piped to standard input.
fn run(mut cmd: Command, input: &str) -> Output {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // A run that stops early closes its input: a failed write is its answer, not ours.
    let _ = child.stdin.take().unwrap().write_all(input.as_bytes());
    child.wait_with_output().unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn session(data: &Path, name: &str) -> Session {
    store::load(&data.join("sessions").join(format!("{name}.yaml"))).unwrap()
}

/// No escape sequence (colour, cursor, alternate screen) and no box drawing.
fn assert_plain(out: &str) {
    assert!(!out.contains('\x1b'), "an escape sequence in plain output");
    let boxed = out.chars().find(|c| ('\u{2500}'..='\u{259F}').contains(c));
    assert!(boxed.is_none(), "box drawing {boxed:?} in plain output");
}

#[test]
fn an_answers_file_completes_a_case_that_check_finds_ready() {
    let data = tempfile::tempdir().unwrap();
    let mut cmd = bin(data.path());
    cmd.args(["--plain", "new", "acme-shop"]);
    let out = run(cmd, &example_text());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(out.stderr.is_empty(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert_plain(&stdout);
    // The questions, their numbered options, and what each answer changed, as sentences.
    for expected in [
        "Step 1 of 6: Regulations",
        "Filing province (needed)",
        "  19) Guangdong 广东省 (44)",
        "· Done: Filing province chosen",
        "Added example.com as domain 1.",
        "Step 6 of 6: Pre-approval",
        "31 done · 0 to do · 0 blocked",
    ] {
        assert!(stdout.contains(expected), "{expected:?} missing:\n{stdout}");
    }
    let s = session(data.path(), "acme-shop");
    assert_eq!(
        s.step,
        Some(Step::Review),
        "every step asked: the wizard resumes at the review"
    );
    let file = data.path().join("sessions/acme-shop.yaml");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let check = bin(data.path())
        .args(["check", "acme-shop"])
        .output()
        .unwrap();
    assert_eq!(check.status.code(), Some(0), "{}", text(&check.stdout));
    assert!(text(&check.stdout).contains("Ready to file"));
}

#[test]
fn an_unreadable_answer_stops_with_exit_2_and_its_line_and_keeps_the_answers_before_it() {
    let data = tempfile::tempdir().unwrap();
    let original = example_text();
    // The instance's product, misspelt.
    let line = original.lines().position(|l| l == "ecs").unwrap();
    let broken: Vec<&str> = original
        .lines()
        .enumerate()
        .map(|(i, l)| if i == line { "no-such-product" } else { l })
        .collect();
    let mut cmd = bin(data.path());
    cmd.args(["--plain", "new", "acme-shop"]);
    let out = run(cmd, &(broken.join("\n") + "\n"));
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stdout));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains(&format!("line {} of the answers", line + 1))
            && stderr.contains("No option matches “no-such-product”"),
        "{stderr}"
    );
    let s = session(data.path(), "acme-shop");
    let domains = s.domains.clone().unwrap();
    assert_eq!(domains[0].name.as_deref(), Some("example.com"));
    assert_eq!(
        domains[0].holder_matches,
        Some(Answer::Yes),
        "answers before it are saved"
    );
    assert_eq!(s.step, Some(Step::Instance), "the step where it stopped");
    let instance = s.instance.unwrap_or_default();
    assert_eq!(instance.product, None);
    assert_eq!(instance.region_mainland, None, "nothing after it is read");
}

#[test]
fn the_end_of_the_input_and_q_save_and_leave_where_they_are() {
    let data = tempfile::tempdir().unwrap();
    // Create through the start screen, answer two questions, and stop (end of input).
    let out = run(
        {
            let mut c = bin(data.path());
            c.arg("--plain");
            c
        },
        "acme\n\nguangdong\n# a comment is not an answer\nenterprise\n",
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("No saved sessions yet."));
    let s = session(data.path(), "acme");
    let applicant = s.applicant.clone().unwrap();
    assert_eq!(
        applicant.province.map(|p| p.to_string()).as_deref(),
        Some("guangdong")
    );
    assert_eq!(
        applicant.entity_type.map(|e| e.to_string()).as_deref(),
        Some("enterprise")
    );
    assert_eq!(s.step, Some(Step::Regulations));

    // Open it again by its number: blank lines keep the answers, `-` clears one, `q` leaves.
    let mut cmd = bin(data.path());
    cmd.arg("--plain");
    let out = run(cmd, "1\n\n\n-\nAcme\nq\nnot read\n");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("  1) acme: Regulations (1/6)"), "{stdout}");
    assert!(stdout.contains("Now: Guangdong 广东省 (44)"), "{stdout}");
    let applicant = session(data.path(), "acme").applicant.unwrap();
    assert!(applicant.province.is_some(), "blank keeps");
    assert_eq!(applicant.entity_type, None, "- clears");
    assert_eq!(applicant.name.as_deref(), Some("Acme"));
}

#[test]
fn term_dumb_asks_in_plain_mode_where_the_wizard_would_start() {
    let data = tempfile::tempdir().unwrap();
    // No command and no terminal: the wizard would refuse; a dumb terminal gets plain mode.
    let mut cmd = bin(data.path());
    cmd.env("TERM", "dumb");
    let out = run(cmd, "dumb-one\n\nbeijing\n");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_plain(&text(&out.stdout));
    let applicant = session(data.path(), "dumb-one").applicant.unwrap();
    assert_eq!(
        applicant.province.map(|p| p.to_string()).as_deref(),
        Some("beijing")
    );
    // Without TERM=dumb the same run is refused (the wizard needs a terminal).
    let out = run(bin(data.path()), "dumb-two\n");
    assert_eq!(out.status.code(), Some(2));
    assert!(!data.path().join("sessions/dumb-two.yaml").exists());
    // Scripts that only read where a session stands keep doing so under TERM=dumb.
    let mut cmd = bin(data.path());
    cmd.env("TERM", "dumb").args(["open", "dumb-one"]);
    let out = run(cmd, "");
    assert_eq!(out.status.code(), Some(0));
    assert!(
        text(&out.stdout).starts_with("Session dumb-one"),
        "{}",
        text(&out.stdout)
    );
    assert!(!text(&out.stdout).contains("Filing province"));
}

#[test]
fn term_dumb_on_a_terminal_opens_plain_mode_without_the_full_screen() {
    let data = tempfile::tempdir().unwrap();
    let mut cmd = CommandBuilder::new(common::BIN);
    cmd.args(["--today", TODAY, "new", "on-a-tty"]);
    cmd.cwd(data.path());
    cmd.env("ICP_PREP_DATA_DIR", data.path());
    cmd.env("TERM", "dumb");
    cmd.env("LC_ALL", "C.UTF-8");
    let mut pty = Pty::spawn(cmd, 80, 24);
    pty.wait_for("Type a number or a name");
    assert!(
        !pty.with_screen(|s| s.alternate_screen()),
        "plain mode stays on the normal screen"
    );
    // The kind of filing comes first: a blank line skips it.
    pty.type_text("\r");
    pty.wait_for("Xinjiang");
    pty.type_text("guangdong\r");
    pty.wait_for("Done: Filing province chosen");
    pty.type_text("q\r");
    assert!(pty.wait_exit(timeout()).success());
    let applicant = session(data.path(), "on-a-tty").applicant.unwrap();
    assert_eq!(
        applicant.province.map(|p| p.to_string()).as_deref(),
        Some("guangdong")
    );
}

#[test]
fn a_session_open_elsewhere_is_refused_with_the_wizards_message() {
    let data = tempfile::tempdir().unwrap();
    let dir = DataDir::locate(Some(data.path())).unwrap();
    dir.create().unwrap();
    let file = dir.session("held").unwrap();
    std::fs::write(file.path(), "version: 1\n").unwrap();
    let _lock = SessionLock::acquire(&file).unwrap();
    let mut cmd = bin(data.path());
    cmd.args(["--plain", "open", "held"]);
    let out = run(cmd, "guangdong\n");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("session held is open in another window"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(
        std::fs::read_to_string(file.path()).unwrap(),
        "version: 1\n"
    );
    // From the start screen of a script, the refusal names the line.
    let mut cmd = bin(data.path());
    cmd.arg("--plain");
    let out = run(cmd, "held\n");
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("line 1 of the answers") && stderr.contains("open in another window"),
        "{stderr}"
    );
}

#[test]
fn the_readme_shows_the_example_answers_file_as_it_is() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let example = example_text();
    assert!(
        readme.contains(&format!("```text\n{example}```")),
        "README's answers file differs from examples/answers-guangdong-enterprise.txt"
    );
}

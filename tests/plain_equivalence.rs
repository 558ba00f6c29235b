//! Plain mode saves what the wizard saves (issue 17 item 1, "the result equals the same answers
//! typed in the wizard"): the example answers file is run through plain mode — in process, to
//! learn which question each line answered, and through the real binary — and the same lines
//! are then typed into the wizard (`tui::update` with key events) on the same questions. The
//! three sessions must be equal.
//!
//! The wizard side does not lean on where the wizard moves the focus after an answer: before
//! each answer it sets the step and the focus on the question itself, then sends the keys a
//! person would (Enter, the text, Enter; Enter, filter words, Enter; y / n / u).

use std::io::{Cursor, Write};
use std::path::Path;
use std::process::{Command, Stdio};

use chrono::NaiveDate;
use icp_prep::engine::questions::{Kind, QuestionId};
use icp_prep::knowledge::Knowledge;
use icp_prep::plain::{Answered, Dialogue, Lines, Out, Outcome};
use icp_prep::session::{Language, Session, Step};
use icp_prep::tui::app::App;
use icp_prep::tui::{Msg, update};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const TODAY: &str = "2026-11-28";

fn k() -> &'static Knowledge {
    static K: std::sync::OnceLock<Knowledge> = std::sync::OnceLock::new();
    K.get_or_init(|| Knowledge::builtin().unwrap())
}

fn today() -> NaiveDate {
    NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").unwrap()
}

fn new_session() -> Session {
    Session {
        version: icp_prep::session::CURRENT_VERSION,
        ..Default::default()
    }
}

fn answers() -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/answers-guangdong-enterprise.txt"),
    )
    .unwrap()
}

/// The answers file through plain mode in this process: the session and which question each
/// line answered.
fn plain(input: &str) -> (Session, Vec<Answered>) {
    let mut lines = Lines::new(Cursor::new(input.as_bytes().to_vec()));
    let mut out = Out::new(Vec::new());
    let mut d = Dialogue::new(new_session(), k(), today(), Language::En, true);
    let outcome = d.run(&mut lines, &mut out, &mut |_| Ok(()));
    assert_eq!(outcome, Outcome::Finished);
    (d.session, d.answered)
}

fn press(app: &mut App, code: KeyCode) {
    update(app, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

fn typ(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

fn focus(app: &mut App, id: QuestionId) {
    // An answer opens the next question's editor or list (forward motion): Esc closes it.
    if !matches!(app.mode, icp_prep::tui::app::Mode::Browse) {
        press(app, KeyCode::Esc);
    }
    app.focus = app
        .fields()
        .iter()
        .position(|q| q.id == id)
        .unwrap_or_else(|| panic!("{id:?} is not on the wizard's step {:?}", app.step()));
}

/// Move a list's cursor to option `n` (1-based) without a filter.
fn to_option(app: &mut App, n: usize) {
    for _ in 0..64 {
        press(app, KeyCode::Up);
    }
    for _ in 1..n {
        press(app, KeyCode::Down);
    }
}

/// Type one plain-mode answer into the wizard, on the same question.
fn type_in_wizard(app: &mut App, a: &Answered) {
    app.session.step = Some(a.step);
    let line = a.line.as_str();
    if a.id == QuestionId::Domains {
        focus(app, QuestionId::Domains);
        match line.strip_prefix('-').and_then(|n| n.parse::<usize>().ok()) {
            Some(n) => {
                app.domain = n - 1;
                press(app, KeyCode::Delete);
            }
            None => {
                // Enter adds an entry and opens its name.
                press(app, KeyCode::Enter);
                typ(app, line);
                press(app, KeyCode::Enter);
            }
        }
        return;
    }
    app.domain = a.domain;
    focus(app, a.id);
    if line == "-" {
        press(app, KeyCode::Delete);
        return;
    }
    let kind = app.question(a.id).map(|q| q.kind.clone()).unwrap();
    let number = line.parse::<usize>().ok();
    match kind {
        Kind::YesNo => {
            let key = line.chars().next().unwrap().to_ascii_lowercase();
            press(app, KeyCode::Char(key));
        }
        Kind::Text | Kind::Date | Kind::Number | Kind::Decimal => {
            press(app, KeyCode::Enter);
            typ(app, line);
            press(app, KeyCode::Enter);
        }
        Kind::Choice(_) => {
            press(app, KeyCode::Enter);
            match number {
                Some(n) => to_option(app, n),
                None => typ(app, line),
            }
            press(app, KeyCode::Enter);
        }
        Kind::Multi(_) => {
            press(app, KeyCode::Enter);
            if line != "0" {
                for part in line.split(',').map(str::trim) {
                    match part.parse::<usize>() {
                        Ok(n) => to_option(app, n),
                        Err(_) => {
                            assert!(!part.contains(' '), "Space ticks in a list: {part:?}");
                            typ(app, part);
                        }
                    }
                    press(app, KeyCode::Char(' '));
                    for _ in part.chars() {
                        press(app, KeyCode::Backspace);
                    }
                }
            }
            press(app, KeyCode::Enter);
        }
        Kind::DomainList => unreachable!("handled above"),
    }
}

/// Type every answer plain mode wrote into a new wizard; its session, at the review.
fn wizard(answered: &[Answered]) -> Session {
    let mut app = App::new("acme-shop", new_session(), k(), today(), Language::En);
    for a in answered {
        type_in_wizard(&mut app, a);
        // The answer was taken: the wizard is no longer editing that question.
        let still_open = match &app.mode {
            icp_prep::tui::app::Mode::Edit { field, .. }
            | icp_prep::tui::app::Mode::Pick { field, .. } => *field == a.id,
            _ => false,
        };
        assert!(
            !still_open,
            "line {} ({:?} {:?}) left the wizard in {:?}",
            a.number, a.id, a.line, app.mode
        );
    }
    // Plain mode ends at the review, as a person who walked every step in the wizard does.
    app.session.step = Some(Step::Review);
    // Where the wizard would resume is a place, not an answer (plain mode resumes by step).
    app.session.question = None;
    app.session
}

#[test]
fn the_answers_file_gives_the_session_typing_it_in_the_wizard_gives() {
    let (from_plain, answered) = plain(&answers());
    assert!(answered.len() > 30, "only {} answers", answered.len());
    let typed = wizard(&answered);
    assert_eq!(from_plain, typed);
    assert!(
        icp_prep::engine::evaluate(&typed, k(), today()).ready(),
        "the example is a case ready to file"
    );

    // The binary saves the same answers (its file adds only the created/updated stamps).
    let data = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_icp-prep"))
        .env("LC_ALL", "C.UTF-8")
        .arg("--data-dir")
        .arg(data.path())
        .args(["--today", TODAY, "--plain", "new", "acme-shop"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(answers().as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut saved = icp_prep::store::load(&data.path().join("sessions/acme-shop.yaml")).unwrap();
    assert!(saved.created.is_some() && saved.updated.is_some());
    saved.created = None;
    saved.updated = None;
    assert_eq!(saved, typed);
}

#[test]
fn numbers_a_removed_domain_and_cleared_answers_save_as_in_the_wizard() {
    // The example with choices by number, a domain added and removed again, and an answer
    // cleared (the wizard's Del).
    let text = answers()
        .replacen("\nguangdong\n", "\n19\n", 1)
        .replacen("\nexample.com\n\n", "\nold.example\nexample.com\n-1\n\n", 1)
        .replacen("\nsubscription\n", "\n1\n", 1)
        .replacen("\nshop\n", "\n-\n", 1);
    // The last answer (special industries: 0, none) becomes two industries by number; which
    // approvals are ready is then asked next.
    let text = text
        .strip_suffix("0\n")
        .expect("ends with the industries")
        .to_string()
        + "1, 2\n1\n";
    let (from_plain, answered) = plain(&text);
    assert!(answered.iter().any(|a| a.line == "-1"));
    let typed = wizard(&answered);
    assert_eq!(from_plain, typed);
    let domains = typed.domains.clone().unwrap();
    assert_eq!(domains.len(), 1);
    assert_eq!(domains[0].name.as_deref(), Some("example.com"));
    // The label cleared, the website's name given next labels the domain after itself.
    assert_eq!(domains[0].website.as_deref(), Some("example.com"));
    assert_eq!(
        typed.preapproval.unwrap().industries.unwrap().len(),
        2,
        "two industries chosen by number"
    );
}

#[test]
fn every_line_of_the_file_is_an_answer_a_comment_or_a_kept_answer() {
    let text = answers();
    let (_, answered) = plain(&text);
    let lines: Vec<&str> = text.lines().collect();
    for a in &answered {
        assert_eq!(lines[a.number - 1].trim(), a.line, "line {}", a.number);
    }
    // Each non-comment, non-blank line was written as an answer.
    let written = lines
        .iter()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .count();
    assert_eq!(written, answered.len());
}

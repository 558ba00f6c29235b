//! Whole-screen snapshots (TestBackend + insta), gitui-style: every step at 80×24 and 120×40,
//! the help overlay, the too-small screen, the start screen, and a step holding Chinese text.
//! CI runs with CI=true, where insta writes nothing: the .snap files are committed.

use chrono::NaiveDate;
use icp_prep::knowledge::Knowledge;
use icp_prep::session::{Session, Step};
use icp_prep::tui::App;
use icp_prep::tui::start::{Entry, Start};
use icp_prep::tui::{Msg, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn k() -> &'static Knowledge {
    static K: std::sync::OnceLock<Knowledge> = std::sync::OnceLock::new();
    K.get_or_init(|| Knowledge::builtin().unwrap())
}

fn fixture(name: &str) -> Session {
    let path = format!("{}/tests/fixtures/{name}.yaml", env!("CARGO_MANIFEST_DIR"));
    icp_prep::session::parse(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn app(session: Session) -> App<'static> {
    let mut a = App::new(
        "acme-shop",
        session,
        k(),
        NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
        icp_prep::session::Language::En,
    );
    a.colour = false;
    a
}

fn screen(app: &App, w: u16, h: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| f.render_widget(app, f.area())).unwrap();
    format!("{}", t.backend())
}

/// Where question `id` is on the current step.
fn focus_of(a: &App, id: icp_prep::engine::questions::QuestionId) -> usize {
    a.fields().iter().position(|q| q.id == id).unwrap()
}

fn key(app: &mut App, code: KeyCode) {
    update(app, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

#[test]
fn every_step_at_80x24_and_120x40() {
    for step in icp_prep::tui::steps::STEPS {
        let mut a = app(fixture("sichuan-enterprise-payg"));
        a.session.step = Some(step);
        a.focus = 1;
        for (w, h) in [(80, 24), (120, 40)] {
            insta::assert_snapshot!(format!("step_{step}_{w}x{h}"), screen(&a, w, h));
        }
    }
}

#[test]
fn a_fresh_session_at_80x24() {
    let a = app(Session {
        version: 1,
        ..Default::default()
    });
    insta::assert_snapshot!("fresh_regulations_80x24", screen(&a, 80, 24));
}

#[test]
fn chinese_answers_are_measured_by_display_width() {
    let mut a = app(fixture("jiangxi-public-institution"));
    a.session.step = Some(Step::Regulations);
    a.focus = focus_of(&a, icp_prep::engine::questions::QuestionId::EntityName);
    let shot = screen(&a, 80, 24);
    assert!(shot.contains("南昌市示范图书馆"), "{shot}");
    insta::assert_snapshot!("chinese_regulations_80x24", shot);
    a.session.step = Some(Step::Domain);
    a.focus = 1;
    insta::assert_snapshot!("chinese_domain_120x40", screen(&a, 120, 40));
}

#[test]
fn help_overlay() {
    let mut a = app(fixture("full-guangdong-enterprise"));
    key(&mut a, KeyCode::Char('?'));
    insta::assert_snapshot!("help_80x24", screen(&a, 80, 24));
    insta::assert_snapshot!("help_120x40", screen(&a, 120, 40));
}

#[test]
fn too_small_screen() {
    let a = app(fixture("full-guangdong-enterprise"));
    let shot = screen(&a, 60, 20);
    assert!(shot.contains("Make the window larger (now 60×20"), "{shot}");
    insta::assert_snapshot!("too_small_60x20", shot);
    // Never panics at any size, however small.
    for (w, h) in [(1, 1), (2, 1), (79, 24), (80, 23), (10, 50), (200, 5)] {
        screen(&a, w, h);
    }
}

#[test]
fn editing_a_field_and_the_picker() {
    let mut a = app(fixture("full-guangdong-enterprise"));
    a.focus = 2;
    key(&mut a, KeyCode::Enter);
    insta::assert_snapshot!("editing_name_80x24", screen(&a, 80, 24));
    key(&mut a, KeyCode::Esc);
    a.focus = 0;
    key(&mut a, KeyCode::Enter);
    for c in "hu".chars() {
        key(&mut a, KeyCode::Char(c));
    }
    insta::assert_snapshot!("picker_province_hu_80x24", screen(&a, 80, 24));
}

#[test]
fn checklist_item_expanded() {
    let mut a = app(fixture("sichuan-enterprise-payg"));
    a.session.step = Some(Step::Instance);
    key(&mut a, KeyCode::Char('c'));
    key(&mut a, KeyCode::Enter);
    let shot = screen(&a, 120, 40);
    assert!(shot.contains("Fix:") && shot.contains("Source:"), "{shot}");
    insta::assert_snapshot!("checklist_expanded_120x40", shot);
}

#[test]
fn start_screen_empty_and_with_sessions() {
    let render = |s: &Start, w, h| {
        let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
        t.draw(|f| f.render_widget(s, f.area())).unwrap();
        format!("{}", t.backend())
    };
    let empty = Start::new(vec![], icp_prep::session::Language::En);
    insta::assert_snapshot!("start_empty_80x24", render(&empty, 80, 24));
    let entries = vec![
        Entry {
            name: "acme-shop".into(),
            step: "Domain (2/6)".into(),
            done: 12,
            todo: 2,
            blocked: 3,
            updated: "2026-11-27 18:02".into(),
            error: None,
        },
        Entry {
            name: "broken".into(),
            step: String::new(),
            done: 0,
            todo: 0,
            blocked: 0,
            updated: String::new(),
            error: Some(
                "line 3, column 5: field `applicant.province`: unknown variant `guangzhou`".into(),
            ),
        },
    ];
    insta::assert_snapshot!(
        "start_sessions_80x24",
        render(
            &Start::new(entries, icp_prep::session::Language::En),
            80,
            24
        )
    );
}

#[test]
fn every_footer_key_line_fits_80_columns() {
    use unicode_width::UnicodeWidthStr;
    for (id, en, zh) in icp_prep::messages::TUI {
        if id.starts_with("tui.keys.") || id.ends_with(".keys") {
            assert!(
                en.width() <= 80,
                "{id} is {} columns in English",
                en.width()
            );
            assert!(
                zh.width() <= 80,
                "{id} is {} columns in Chinese",
                zh.width()
            );
        }
    }
}

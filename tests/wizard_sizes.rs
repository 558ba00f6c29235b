//! No panic at any size (issue 14, item 7: "index outside of buffer" at 2 columns in Chinese):
//! every screen of the wizard and the start screen, in both languages, at every width 1–30 and
//! height 1–10, shows the "make the window larger" message as far as it fits, and puts no
//! cursor outside the screen.

use chrono::NaiveDate;
use icp_prep::knowledge::Knowledge;
use icp_prep::session::{Language, Session, Step};
use icp_prep::tui::App;
use icp_prep::tui::start::{Entry, Start};
use icp_prep::tui::{Msg, update, view};
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

fn key(app: &mut App, code: KeyCode) {
    update(app, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

/// The wizard in each of its modes: every step, typing, a list, a multi-select, the export
/// prompt with an error, the help, the checklist with an item open.
fn wizard_screens(lang: Language) -> Vec<(String, App<'static>)> {
    let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    let make = || {
        App::new(
            "acme-shop",
            fixture("full-guangdong-enterprise"),
            k(),
            today,
            lang,
        )
    };
    let mut out = Vec::new();
    for step in icp_prep::tui::steps::STEPS {
        let mut a = make();
        a.session.step = Some(step);
        a.reevaluate();
        out.push((format!("step {step}"), a));
    }
    let mut a = make();
    a.session.step = Some(Step::Regulations);
    a.reevaluate();
    a.focus = 2;
    key(&mut a, KeyCode::Enter);
    out.push(("editing".into(), a));
    let mut a = make();
    a.session.step = Some(Step::Regulations);
    a.reevaluate();
    key(&mut a, KeyCode::Enter);
    out.push(("pick".into(), a));
    let mut a = make();
    a.session.step = Some(Step::Preapproval);
    a.reevaluate();
    key(&mut a, KeyCode::Enter);
    out.push(("multi".into(), a));
    let mut a = make();
    key(&mut a, KeyCode::Char('e'));
    icp_prep::tui::update::exported(&mut a, Err("✘ 未写入：文件夹不存在".into()));
    out.push(("export".into(), a));
    let mut a = make();
    key(&mut a, KeyCode::Char('?'));
    out.push(("help".into(), a));
    let mut a = make();
    key(&mut a, KeyCode::Char('c'));
    key(&mut a, KeyCode::Enter);
    out.push(("checklist".into(), a));
    out
}

fn start_screens(lang: Language) -> Vec<(String, Start)> {
    let entry = Entry {
        name: "acme-shop".into(),
        step: "域名 (2/6)".into(),
        done: 12,
        todo: 2,
        blocked: 3,
        updated: "2026年11月27日 18:02".into(),
        error: None,
    };
    let press = |s: &mut Start, c: KeyCode| {
        s.update(KeyEvent::new(c, KeyModifiers::NONE));
    };
    let mut out = vec![("start empty".to_string(), Start::new(vec![], lang))];
    let mut s = Start::new(vec![entry.clone()], lang);
    s.notice = Some("会话 acme-shop 已在另一个窗口中打开".into());
    out.push(("start list".into(), s));
    let mut s = Start::new(vec![entry.clone()], lang);
    press(&mut s, KeyCode::Char('?'));
    out.push(("start help".into(), s));
    let mut s = Start::new(vec![entry.clone()], lang);
    press(&mut s, KeyCode::Char('n'));
    out.push(("start name".into(), s));
    let mut s = Start::new(vec![entry], lang);
    press(&mut s, KeyCode::Char('d'));
    out.push(("start delete".into(), s));
    out
}

/// The screen's text; the cell under a wide character's second half is skipped.
fn text(t: &Terminal<TestBackend>) -> String {
    use unicode_width::UnicodeWidthStr;
    let mut out = String::new();
    let mut skip = 0;
    for c in t.backend().buffer().content() {
        if skip > 0 {
            skip -= 1;
            continue;
        }
        out.push_str(c.symbol());
        skip = c.symbol().width().saturating_sub(1);
    }
    out
}

#[test]
fn every_screen_at_every_small_size_shows_the_larger_window_message() {
    for lang in [Language::En, Language::ZhCn] {
        // The first word of the message, as far as a width shows it.
        let first = match lang {
            Language::En => "Make",
            Language::ZhCn => "请把",
        };
        let wizard = wizard_screens(lang);
        let start = start_screens(lang);
        for w in 1..=30u16 {
            for h in 1..=10u16 {
                let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
                for (name, app) in &wizard {
                    t.draw(|f| {
                        f.render_widget(app, f.area());
                        assert_eq!(
                            view::cursor_position(app, f.area()),
                            None,
                            "{name} at {w}×{h}: a cursor on the too-small screen"
                        );
                    })
                    .unwrap_or_else(|e| panic!("{name} at {w}×{h}: {e}"));
                    if w >= 4 {
                        assert!(
                            text(&t).contains(first),
                            "{name} at {w}×{h} ({lang:?}): no message:\n{}",
                            t.backend()
                        );
                    }
                }
                for (name, s) in &start {
                    t.draw(|f| f.render_widget(s, f.area()))
                        .unwrap_or_else(|e| panic!("{name} at {w}×{h}: {e}"));
                    if w >= 4 {
                        assert!(
                            text(&t).contains(first),
                            "{name} at {w}×{h} ({lang:?}): no message:\n{}",
                            t.backend()
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn every_screen_draws_at_the_sizes_around_the_minimum() {
    for lang in [Language::En, Language::ZhCn] {
        for (w, h) in [(79, 24), (80, 23), (80, 24), (81, 25), (200, 24), (80, 60)] {
            let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
            for (name, app) in wizard_screens(lang) {
                t.draw(|f| {
                    f.render_widget(&app, f.area());
                    if let Some((x, y)) = view::cursor_position(&app, f.area()) {
                        assert!(x < w && y < h, "{name} at {w}×{h}: cursor at {x},{y}");
                    }
                })
                .unwrap();
            }
            for (_, s) in start_screens(lang) {
                t.draw(|f| f.render_widget(&s, f.area())).unwrap();
            }
        }
    }
}

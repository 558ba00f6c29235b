//! The wizard in Simplified Chinese (zh-CN), as tests/wizard_snapshots.rs does it in English:
//! every step at 80×24 and 120×40, the help overlay, the too-small screen, editing, the picker,
//! an expanded checklist item and the start screen. Besides the snapshots, each screen is checked
//! for what the eye checks: the Chinese step title is there, no wide character is cut in half
//! at the right border, and no line is wider than the screen.
//! CI runs with CI=true, where insta writes nothing: the .snap files are committed.

use chrono::NaiveDate;
use icp_prep::engine::questions::QuestionId;
use icp_prep::knowledge::Knowledge;
use icp_prep::session::{Language, Session, Step};
use icp_prep::tui::App;
use icp_prep::tui::start::{Entry, Start};
use icp_prep::tui::{Msg, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use unicode_width::UnicodeWidthStr;

fn k() -> &'static Knowledge {
    static K: std::sync::OnceLock<Knowledge> = std::sync::OnceLock::new();
    K.get_or_init(|| Knowledge::builtin().unwrap())
}

fn fixture(name: &str) -> Session {
    let path = format!("{}/tests/fixtures/{name}.yaml", env!("CARGO_MANIFEST_DIR"));
    icp_prep::session::parse(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// An app in Chinese, its checklist re-evaluated in Chinese.
fn app(session: Session) -> App<'static> {
    let mut a = App::new(
        "acme-shop",
        session,
        k(),
        NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
        Language::ZhCn,
    );
    a.colour = false;
    a
}

/// Every wide character has its (empty) second half within the row, so no glyph is cut at the
/// right edge or by a border drawn over it, and each row's text is no wider than the screen.
fn assert_whole_glyphs(buf: &Buffer, name: &str) {
    let area = buf.area;
    for y in 0..area.height {
        let mut row = String::new();
        let mut x = 0;
        while x < area.width {
            let symbol = buf[(x, y)].symbol();
            let w = symbol.width() as u16;
            assert!(
                x + w.max(1) <= area.width,
                "{name}: a wide character is cut at the right border in row {y}"
            );
            // The cell under a wide character's second half must be empty: a border or a
            // letter drawn there would be hidden by (or cut) the character on a terminal.
            if w == 2 {
                let hidden = buf[(x + 1, y)].symbol();
                assert!(
                    hidden == " " || hidden.is_empty(),
                    "{name}: {symbol:?} at column {x}, row {y} covers {hidden:?}"
                );
            }
            row.push_str(symbol);
            x += w.max(1);
        }
        assert!(
            row.width() <= area.width as usize,
            "{name}: row {y} is too wide: {row}"
        );
    }
}

/// The screen as text. The check looks at the frame as drawn, before it is sent to the
/// terminal: there a border drawn over a wide character's second half is still visible (the
/// terminal would lose it).
fn screen(app: &App, w: u16, h: u16, name: &str) -> String {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    let frame = t.draw(|f| f.render_widget(app, f.area())).unwrap();
    assert_whole_glyphs(frame.buffer, name);
    format!("{}", t.backend())
}

fn key(app: &mut App, code: KeyCode) {
    update(app, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

#[test]
fn every_step_at_80x24_and_120x40_in_chinese() {
    let titles = [
        (Step::Regulations, "第 1 步，共 6 步：备案规则"),
        (Step::Domain, "第 2 步，共 6 步：域名"),
        (Step::Instance, "第 3 步，共 6 步：接入资源"),
        (Step::Materials, "第 4 步，共 6 步：备案材料"),
        (Step::Account, "第 5 步，共 6 步：阿里云账号"),
        (Step::Preapproval, "第 6 步，共 6 步：前置审批"),
        (Step::Review, "检查确认"),
    ];
    for step in icp_prep::tui::steps::STEPS {
        let mut a = app(fixture("sichuan-enterprise-payg"));
        a.session.step = Some(step);
        a.focus = 1;
        let title = titles.iter().find(|(s, _)| *s == step).unwrap().1;
        for (w, h) in [(80, 24), (120, 40)] {
            let name = format!("zh_step_{step}_{w}x{h}");
            let shot = screen(&a, w, h, &name);
            assert!(shot.contains(title), "{name}: no {title}\n{shot}");
            insta::assert_snapshot!(name, shot);
        }
    }
}

#[test]
fn a_fresh_session_in_chinese() {
    let a = app(Session {
        version: 1,
        ..Default::default()
    });
    let shot = screen(&a, 80, 24, "fresh");
    assert!(shot.contains("备案省份：未回答"), "{shot}");
    insta::assert_snapshot!("zh_fresh_regulations_80x24", shot);
}

#[test]
fn help_overlay_in_chinese() {
    let mut a = app(fixture("full-guangdong-enterprise"));
    key(&mut a, KeyCode::Char('?'));
    for (w, h) in [(80, 24), (120, 40)] {
        let name = format!("zh_help_{w}x{h}");
        let shot = screen(&a, w, h, &name);
        assert!(
            shot.contains("按键") && shot.contains("按其他任意键关闭"),
            "{shot}"
        );
        insta::assert_snapshot!(name, shot);
    }
}

#[test]
fn too_small_screen_in_chinese() {
    let a = app(fixture("full-guangdong-enterprise"));
    let shot = screen(&a, 60, 20, "too small");
    assert!(shot.contains("请把窗口调大"), "{shot}");
    insta::assert_snapshot!("zh_too_small_60x20", shot);
    for (w, h) in [(1, 1), (2, 1), (79, 24), (80, 23), (10, 50), (200, 5)] {
        screen(&a, w, h, "small sizes");
    }
}

/// Where question `id` is on the current step.
fn focus_of(a: &App, id: QuestionId) -> usize {
    a.fields().iter().position(|q| q.id == id).unwrap()
}

#[test]
fn editing_a_field_and_the_picker_in_chinese() {
    // The fixture resumes at the domain step; these are the regulations step's questions.
    let mut a = app(fixture("full-guangdong-enterprise"));
    a.session.step = Some(Step::Regulations);
    a.focus = focus_of(&a, QuestionId::EntityName);
    key(&mut a, KeyCode::Enter);
    let shot = screen(&a, 80, 24, "editing");
    assert!(shot.contains("› 主办单位名称："), "{shot}");
    insta::assert_snapshot!("zh_editing_name_80x24", shot);
    key(&mut a, KeyCode::Esc);
    a.focus = focus_of(&a, QuestionId::Province);
    key(&mut a, KeyCode::Enter);
    for c in "湖".chars() {
        key(&mut a, KeyCode::Char(c));
    }
    let shot = screen(&a, 80, 24, "picker");
    assert!(shot.contains("湖北省") && shot.contains("湖南省"), "{shot}");
    insta::assert_snapshot!("zh_picker_province_hu_80x24", shot);
}

#[test]
fn checklist_item_expanded_in_chinese() {
    let mut a = app(fixture("sichuan-enterprise-payg"));
    a.session.step = Some(Step::Instance);
    key(&mut a, KeyCode::Char('c'));
    key(&mut a, KeyCode::Enter);
    let shot = screen(&a, 120, 40, "expanded");
    assert!(
        shot.contains("处理方法：") && shot.contains("来源："),
        "{shot}"
    );
    insta::assert_snapshot!("zh_checklist_expanded_120x40", shot);
}

#[test]
fn start_screen_in_chinese() {
    let render = |s: &Start, w, h| {
        let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
        let frame = t.draw(|f| f.render_widget(s, f.area())).unwrap();
        assert_whole_glyphs(frame.buffer, "start");
        format!("{}", t.backend())
    };
    let empty = Start::new(vec![], Language::ZhCn);
    insta::assert_snapshot!("zh_start_empty_80x24", render(&empty, 80, 24));
    let entries = vec![Entry {
        name: "acme-shop".into(),
        step: "域名 (2/6)".into(),
        done: 12,
        todo: 2,
        blocked: 3,
        updated: "2026年11月27日 18:02".into(),
        error: None,
    }];
    insta::assert_snapshot!(
        "zh_start_sessions_80x24",
        render(&Start::new(entries, Language::ZhCn), 80, 24)
    );
}

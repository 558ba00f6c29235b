//! Issue 13, item 8: every step, every pick-list and every editor at the promised minimum size
//! (80×24), in English and in Chinese — pick-lists with the cursor on their longest option,
//! editors holding a value longer than the line. Besides the snapshots, what the eye checks is
//! checked: no word is cut at a line end and no character is lost. Every word of the texts a
//! panel shows (question labels and answers, the province's rules, checklist items with their
//! details, every option of a list) appears whole on some row of the panel as it is scrolled
//! through, and the rows joined give each text back.
//! CI runs with CI=true, where insta writes nothing: the .snap files are committed.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use icp_prep::knowledge::Knowledge;
use icp_prep::messages;
use icp_prep::session::{Language, Session, Step};
use icp_prep::tui::app::{Mode, Panel};
use icp_prep::tui::{App, Msg, update, view};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

const W: u16 = 80;
const H: u16 = 24;
/// The fixtures that together show every question (`+new_access`: the same answers for new
/// access, which asks the entity's and each site's ICP number).
const FIXTURES: [&str; 6] = [
    "full-guangdong-enterprise",
    "guangdong-hong-kong-individual",
    "fujian-individual-cross-province",
    "beijing-individual-blog",
    "sichuan-enterprise-payg",
    "full-guangdong-enterprise+new_access",
];

fn k() -> &'static Knowledge {
    static K: std::sync::OnceLock<Knowledge> = std::sync::OnceLock::new();
    K.get_or_init(|| Knowledge::builtin().unwrap())
}

fn fixture(name: &str) -> Session {
    let (file, new_access) = match name.strip_suffix("+new_access") {
        Some(base) => (base, true),
        None => (name, false),
    };
    let path = format!("{}/tests/fixtures/{file}.yaml", env!("CARGO_MANIFEST_DIR"));
    let mut s = icp_prep::session::parse(&std::fs::read_to_string(path).unwrap()).unwrap();
    if new_access {
        s.filing = Some(icp_prep::session::Filing {
            kind: Some(icp_prep::session::FilingType::NewAccess),
            entity_icp_number: Some("粤ICP备12345678号".into()),
        });
    }
    s
}

fn app(name: &str, lang: Language) -> App<'static> {
    let mut a = App::new(
        "acme-shop",
        fixture(name),
        k(),
        NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
        lang,
    );
    a.colour = false;
    a
}

fn key(app: &mut App, code: KeyCode) {
    update(app, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

fn draw(app: &App) -> Buffer {
    screen(app).backend().buffer().clone()
}

fn screen(app: &App) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(W, H)).unwrap();
    t.draw(|f| f.render_widget(app, f.area())).unwrap();
    t
}

fn lang_tag(lang: Language) -> &'static str {
    match lang {
        Language::En => "en",
        Language::ZhCn => "zh",
    }
}

/// The text of each row of `area`; the cell under a wide character's second half is skipped.
fn rows(buf: &Buffer, area: Rect) -> Vec<String> {
    (area.top()..area.bottom())
        .map(|y| {
            let mut row = String::new();
            let mut x = area.left();
            while x < area.right() {
                let s = buf[(x, y)].symbol();
                row.push_str(s);
                x += (s.width() as u16).max(1);
            }
            row
        })
        .collect()
}

/// Inside the pop-up's border (the one box drawn with ┌┐└┘ on the screen).
fn popup_inner(buf: &Buffer) -> Rect {
    let a = buf.area;
    for y in a.top()..a.bottom() {
        for x in a.left()..a.right() {
            if buf[(x, y)].symbol() == "┌" {
                let right = (x + 1..a.right())
                    .find(|&r| buf[(r, y)].symbol() == "┐")
                    .expect("a top-right corner");
                let bottom = (y + 1..a.bottom())
                    .find(|&b| buf[(x, b)].symbol() == "└")
                    .expect("a bottom-left corner");
                return Rect::new(x + 1, y + 1, right - x - 1, bottom - y - 1);
            }
        }
    }
    panic!("no pop-up on the screen");
}

/// The words that must never be cut: runs of letters and digits (UAX #14 never breaks inside
/// one), two characters or more, short enough to fit the panel.
fn words(text: &str, width: usize) -> Vec<String> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '\''))
        .filter(|w| w.len() >= 2 && w.len() + 4 <= width)
        .map(str::to_string)
        .collect()
}

fn no_space(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Every word of each text on some row, and each text whole in the rows joined.
fn assert_readable(what: &str, texts: &[String], rows: &[String], width: usize) {
    let joined = no_space(&rows.concat());
    for text in texts {
        assert!(
            joined.contains(&no_space(text)),
            "{what}: {text:?} is not shown whole (a character lost or cut off):\n{}",
            rows.join("\n")
        );
        for w in words(text, width) {
            assert!(
                rows.iter().any(|r| r
                    .split(|c: char| !(c.is_ascii_alphanumeric() || c == '\''))
                    .any(|t| t == w)),
                "{what}: the word {w:?} of {text:?} is cut at a line end:\n{}",
                rows.join("\n")
            );
        }
    }
}

/// The whole content of a panel, read by scrolling it a line at a time with `down` until it
/// stops moving: the first frame, then the row each step brings in.
fn scroll_through(app: &mut App, area: Rect, down: KeyCode) -> Vec<String> {
    let mut content = rows(&draw(app), area);
    let mut last = content.clone();
    for _ in 0..400 {
        key(app, down);
        let now = rows(&draw(app), area);
        if now == last {
            break;
        }
        assert_eq!(
            now[..now.len() - 1],
            last[1..],
            "scrolls one line at a time"
        );
        content.push(now[now.len() - 1].clone());
        last = now;
    }
    content
}

/// Each distinct question, once: (fixture, step, index among the step's questions).
fn questions() -> Vec<(&'static str, Step, usize)> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for name in FIXTURES {
        let a = app(name, Language::En);
        for step in icp_prep::tui::steps::STEPS {
            if step == Step::Review {
                continue;
            }
            let mut a2 = app(name, Language::En);
            a2.session.step = Some(step);
            a2.reevaluate();
            for i in 0..a2.fields().len() {
                a2.focus = i;
                let id = a2.focused_field().unwrap().id.path();
                if seen.insert(id) {
                    out.push((name, step, i));
                }
            }
        }
        drop(a);
    }
    out
}

#[test]
fn every_step_at_80x24_reads_whole_when_scrolled() {
    for lang in [Language::En, Language::ZhCn] {
        for step in icp_prep::tui::steps::STEPS {
            let mut a = app("full-guangdong-enterprise", lang);
            a.session.step = Some(step);
            a.reevaluate();
            insta::assert_snapshot!(
                format!("{}_step_{step}_80x24", lang_tag(lang)),
                format!("{}", screen(&a).backend())
            );
            let areas = view::areas(Rect::new(0, 0, W, H));
            // The questions panel: labels and answers, the province's rules.
            let mut texts: Vec<String> = Vec::new();
            if step != Step::Review {
                for f in a.fields() {
                    texts.push(a.t(&format!("field.{}", f.id.path())));
                }
            }
            if step == Step::Regulations {
                let slug = a.session.applicant.as_ref().unwrap().province.unwrap();
                for r in k().province_rules(slug) {
                    texts.push(r.text_in(lang).to_string());
                }
            }
            let form = scroll_through(&mut a, areas.form_inner, KeyCode::Char('j'));
            assert_readable(
                &format!("{lang:?} {step} questions"),
                &texts,
                &form,
                areas.form_inner.width as usize,
            );
            // The checklist: every item's title, and its detail and fix when opened.
            let list = Rect {
                y: areas.checklist.y + 1,
                height: areas.checklist.height - 1,
                width: areas.checklist.width - 1,
                ..areas.checklist
            };
            let mut a = app("full-guangdong-enterprise", lang);
            a.session.step = Some(step);
            a.reevaluate();
            key(&mut a, KeyCode::Char('c'));
            assert_eq!(a.panel, Panel::Checklist);
            let items: Vec<(String, String, String)> = a
                .panel_items()
                .iter()
                .map(|i| (i.title.clone(), i.detail.clone(), i.fix.clone()))
                .collect();
            for (n, (title, detail, fix)) in items.iter().enumerate() {
                a.check_cursor = n;
                a.expanded = true;
                a.scroll.checklist.reset();
                let shown = scroll_through(&mut a, list, KeyCode::Char('j'));
                let texts = [title.clone(), detail.clone(), fix.clone()];
                assert_readable(
                    &format!("{lang:?} {step} checklist item {n}"),
                    &texts,
                    &shown,
                    list.width as usize,
                );
            }
        }
    }
}

#[test]
fn every_pick_list_and_editor_at_80x24() {
    let mut lists = 0;
    let mut editors = 0;
    for (name, step, i) in questions() {
        for lang in [Language::En, Language::ZhCn] {
            let mut a = app(name, lang);
            a.session.step = Some(step);
            a.reevaluate();
            a.focus = i;
            let field = a.focused_field().unwrap().id;
            if field.path() == "domains" {
                // Enter on the list of domains adds one and edits its name: that editor is
                // the domain name's, found on its own.
                continue;
            }
            let id = field.path().replace('.', "_");
            let tag = lang_tag(lang);
            key(&mut a, KeyCode::Enter);
            match &a.mode {
                Mode::Pick { .. } => {
                    if lang == Language::En {
                        lists += 1;
                    }
                    let Mode::Pick { options, .. } = &a.mode else {
                        unreachable!()
                    };
                    let options = options.clone();
                    let labels: Vec<String> = options.iter().map(|o| o.label.clone()).collect();
                    let longest = (0..labels.len())
                        .max_by_key(|n| labels[*n].width())
                        .unwrap_or(0);
                    // From the first option (a list opens on the current answer), read every
                    // option: move the cursor through the whole list.
                    for _ in 0..labels.len() {
                        key(&mut a, KeyCode::Up);
                    }
                    let mut shown: Vec<String> = Vec::new();
                    let full = Rect::new(0, 0, W, H);
                    let mut at_longest = None;
                    for n in 0..labels.len() {
                        let buf = draw(&a);
                        shown.extend(rows(&buf, popup_inner(&buf)));
                        if n == longest {
                            at_longest = Some(format!("{}", screen(&a).backend()));
                        }
                        key(&mut a, KeyCode::Down);
                    }
                    if let Some(shot) = at_longest {
                        insta::assert_snapshot!(format!("{tag}_pick_{id}_80x24"), shot);
                    }
                    assert_readable(
                        &format!("{lang:?} list {id}"),
                        &labels,
                        &shown,
                        view::popup_text_width(full),
                    );
                }
                Mode::Edit { .. } => {
                    if lang == Language::En {
                        editors += 1;
                    }
                    key(&mut a, KeyCode::End);
                    let typed = "广州云桥科技有限公司 Guangzhou Cloudbridge Technology 0123456789";
                    for c in typed.chars() {
                        key(&mut a, KeyCode::Char(c));
                    }
                    let t = screen(&a);
                    let buf = t.backend().buffer().clone();
                    // What was typed last is on screen, right before the cursor.
                    let area = Rect::new(0, 0, W, H);
                    let (x, y) = view::cursor_position(&a, area).expect("a cursor while typing");
                    let row = &rows(&buf, Rect::new(0, y, x, 1))[0];
                    assert!(
                        row.ends_with("0123456789"),
                        "{lang:?} {id}: the typed value is not visible before the cursor: {row:?}"
                    );
                    insta::assert_snapshot!(
                        format!("{tag}_edit_{id}_80x24"),
                        format!("{}", t.backend())
                    );
                }
                _ => {}
            }
        }
    }
    assert!(lists >= 15, "only {lists} pick-lists found");
    assert!(editors >= 10, "only {editors} editors found");
}

#[test]
fn every_question_label_is_distinct_in_each_language() {
    for lang in [Language::En, Language::ZhCn] {
        let mut seen = std::collections::BTreeMap::new();
        for (name, step, i) in questions() {
            let mut a = app(name, lang);
            a.session.step = Some(step);
            a.reevaluate();
            a.focus = i;
            let id = a.focused_field().unwrap().id.path();
            let label = messages::text(lang, &format!("field.{id}")).to_string();
            if let Some(other) = seen.insert(label.clone(), id) {
                panic!("{lang:?}: {id} and {other} both read {label:?}");
            }
        }
    }
}

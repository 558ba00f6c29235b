//! Keystroke → next frame (DESIGN.md §4: ≤ 0.3 ms median at 120×40): one key that commits an
//! answer (update + evaluate) and the full redraw into a TestBackend; also a key that only
//! moves the focus, and the redraw alone.

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use icp_prep::knowledge::Knowledge;
use icp_prep::tui::{App, Msg, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn benches(c: &mut Criterion) {
    let k = Knowledge::builtin().expect("rules");
    let path = format!(
        "{}/tests/fixtures/full-guangdong-enterprise.yaml",
        env!("CARGO_MANIFEST_DIR")
    );
    let session =
        icp_prep::session::parse(&std::fs::read_to_string(path).expect("fixture")).expect("parses");
    let today = NaiveDate::from_ymd_opt(2026, 11, 28).expect("date");
    let mut app = App::new("bench", session, &k, today, icp_prep::session::Language::En);
    app.focus = 3; // "Province rules read": a yes/no answer
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("backend");
    let key = |c: char| Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    let mut flip = false;
    c.bench_function("frame/answer-key 120x40", |b| {
        b.iter(|| {
            flip = !flip;
            update(&mut app, key(if flip { 'n' } else { 'y' }));
            terminal
                .draw(|f| f.render_widget(&app, f.area()))
                .expect("draw");
        })
    });
    c.bench_function("frame/focus-key 120x40", |b| {
        b.iter(|| {
            flip = !flip;
            let code = if flip { KeyCode::Down } else { KeyCode::Up };
            update(&mut app, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)));
            terminal
                .draw(|f| f.render_widget(&app, f.area()))
                .expect("draw");
        })
    });
    // What ratatui itself costs for a full 120×40 screen of text, for comparison.
    let mut bare = Terminal::new(TestBackend::new(120, 40)).expect("backend");
    let text: Vec<String> = (0..40)
        .map(|i| format!("{i:>3} {}", "lorem ipsum dolor sit amet ".repeat(5)))
        .collect();
    c.bench_function("frame/bare-ratatui-paragraph 120x40", |b| {
        b.iter(|| {
            bare.draw(|f| {
                let lines: Vec<ratatui::text::Line> = text
                    .iter()
                    .map(|t| ratatui::text::Line::from(t.as_str()))
                    .collect();
                f.render_widget(ratatui::widgets::Paragraph::new(lines), f.area())
            })
            .expect("draw");
        })
    });
    let detail = "Your Elastic Compute Service (ECS) subscription ends on 2026-12-20; 0 full months remain, 3 are required. 香港、澳门居民须使用港澳居民来往内地通行证，且证件信息须与主体负责人证件相同。";
    c.bench_function("wrap/one checklist detail at 46 columns", |b| {
        b.iter(|| icp_prep::wrap::wrap(std::hint::black_box(detail), 46, "  ", "  "))
    });
    c.bench_function("frame/render-only 120x40", |b| {
        b.iter(|| {
            terminal
                .draw(|f| f.render_widget(&app, f.area()))
                .expect("draw");
        })
    });
}

criterion_group!(frame_benches, benches);
criterion_main!(frame_benches);

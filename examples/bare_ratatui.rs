//! The reference of DESIGN.md §4's startup budget: a bare ratatui app, the least a ratatui
//! program does to put a screen up (`ratatui::init`, one paragraph, wait for a key). It draws
//! the two texts `measure_startup` waits for, so it is timed exactly like icp-prep's start
//! screen. Not part of the product; `tools/measure_startup.sh` builds and measures it.

use ratatui::crossterm::event::{self, Event};
use ratatui::widgets::Paragraph;

fn main() -> std::io::Result<()> {
    let mut terminal = ratatui::init();
    let result = terminal
        .draw(|f| {
            let text = "bare ratatui\n\nNo saved session yet";
            f.render_widget(Paragraph::new(text), f.area());
            let last = ratatui::layout::Rect {
                y: f.area().bottom().saturating_sub(1),
                height: 1,
                ..f.area()
            };
            f.render_widget(Paragraph::new("q quit"), last);
        })
        .map(|_| ());
    while result.is_ok() {
        if let Event::Key(_) = event::read()? {
            break;
        }
    }
    ratatui::restore();
    result
}

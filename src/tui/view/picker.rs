//! The list shown while choosing an answer: the filter typed so far and the matching options;
//! a multi-select shows its ticks. A pop-up sized to its options (up to the screen less a
//! margin); an option that is still too long wraps onto the next line, never cut.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use crate::tui::app::{App, Mode};
use crate::tui::choices;
use crate::tui::scroll::Scroll;
use crate::wrap::wrap;

/// `screen` is the whole screen: the pop-up may cover every panel.
pub fn render(app: &App, screen: Rect, buf: &mut Buffer) {
    let Mode::Pick {
        field,
        options,
        multi,
        filter,
        cursor,
        chosen,
    } = &app.mode
    else {
        return;
    };
    let shown = choices::filter(options, filter.value());
    let multi = *multi;
    let width = super::popup_text_width(screen);
    let filter_line = vec![Line::from(format!(
        "{} {}▏",
        app.t("tui.pick.filter"),
        filter.value()
    ))];
    let mut lines = Vec::new();
    if shown.is_empty() {
        lines.push(Line::from(Span::styled(
            app.t("tui.pick.no-match"),
            Style::default().add_modifier(Modifier::DIM),
        )));
    }
    // The cursor's option whole in view: its last line at the bottom when further down.
    let mut cursor_end = 0;
    for (i, c) in shown.iter().enumerate() {
        let tick = match (multi, chosen.contains(&c.pick)) {
            (false, _) => "",
            (true, true) => "[x] ",
            (true, false) => "[ ] ",
        };
        let style = if Some(i) == *cursor {
            Style::default().add_modifier(Modifier::REVERSED)
        } else {
            Style::default()
        };
        let rest = " ".repeat(if multi { 4 } else { 2 });
        for l in wrap(&c.label, width, tick, &rest) {
            lines.push(Line::from(Span::styled(l, style)));
        }
        if Some(i) == *cursor {
            cursor_end = lines.len();
        }
    }
    // The pop-up is at most the screen less two rows of margin, its borders and the filter.
    let list_height = screen.height.saturating_sub(5) as usize;
    let auto = cursor_end.saturating_sub(list_height);
    let title = app.t(&format!("field.{}", field.path()));
    // The list scrolls with the cursor only: a fresh Scroll each frame keeps no offset.
    super::popup(
        &title,
        filter_line,
        lines,
        screen,
        buf,
        &Scroll::default(),
        auto,
    );
}

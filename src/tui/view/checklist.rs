//! The live checklist on the right: this step's items (or all), blockers first; the selected
//! item expands to its detail, fix and source.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Widget};

use super::{status_style, symbol};
use crate::messages;
use crate::tui::app::{App, Panel};
use crate::wrap::wrap_indented as wrap;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let focused = app.panel == Panel::Checklist;
    let scope = if app.show_all {
        app.t("tui.checklist.all")
    } else {
        app.t("tui.checklist.step")
    };
    let title = app.tf("tui.checklist.title", &[("scope", scope)]);
    let style = if focused {
        Style::default().add_modifier(Modifier::BOLD)
    } else {
        Style::default()
    };
    let mut block = Block::default().borders(Borders::TOP);
    let border_title = super::border_title(&title, focused, area.width);
    let fits = border_title.is_some();
    if let Some(t) = border_title {
        block = block.title(t);
    }
    let inner = block.inner(area);
    block.render(area, buf);
    // The last column is kept for the scroll bar.
    let width = inner.width.saturating_sub(1) as usize;
    let items = app.panel_items();
    let c = app.checklist.counts();
    let mut lines: Vec<Line> = Vec::new();
    if !fits {
        lines.extend(
            wrap(&title, width, 0)
                .into_iter()
                .map(|l| Line::from(Span::styled(l, style))),
        );
    }
    let counts = app.tf(
        "tui.checklist.counts",
        &[
            ("done", c.done.to_string()),
            ("todo", c.todo.to_string()),
            ("blocked", c.blocked.to_string()),
        ],
    );
    lines.push(Line::from(Span::styled(
        counts,
        Style::default().add_modifier(Modifier::BOLD),
    )));
    let mut selected_line = 0;
    let mut selected_end = 0;
    let dim = Style::default().add_modifier(Modifier::DIM);
    for (i, item) in items.iter().enumerate() {
        let selected = focused && i == app.check_cursor;
        if selected {
            selected_line = lines.len();
        }
        let mut style = status_style(Some(item.status), app.colour);
        if selected {
            style = style.add_modifier(Modifier::REVERSED);
        }
        if i == app.check_cursor + 1 && focused {
            selected_end = lines.len();
        }
        for l in wrap(
            &format!("{} {}", symbol(Some(item.status)), item.title),
            width,
            2,
        ) {
            lines.push(Line::from(Span::styled(l, style)));
        }
        if selected && app.expanded {
            lines.extend(
                crate::wrap::wrap(&item.detail, width, "  ", "  ")
                    .into_iter()
                    .map(Line::from),
            );
            if !item.fix.is_empty() {
                let fix = format!(
                    "  {}",
                    messages::pair(app.lang, &app.t("cli.label.fix"), &item.fix)
                );
                lines.extend(wrap(&fix, width, 4).into_iter().map(Line::from));
            }
            let verified = messages::checked(app.lang, item.last_verified);
            let source = match app.lang {
                crate::session::Language::En => format!("{} ({verified})", item.source),
                crate::session::Language::ZhCn => format!("{}（{verified}）", item.source),
            };
            let source = format!(
                "  {}",
                messages::pair(app.lang, &app.t("cli.label.source"), &source)
            );
            lines.extend(
                wrap(&source, width, 4)
                    .into_iter()
                    .map(|l| Line::from(Span::styled(l, dim))),
            );
        }
    }
    if focused && !items.is_empty() && selected_end == 0 {
        selected_end = lines.len();
    }
    if items.is_empty() {
        lines.push(Line::from(Span::styled(app.t("tui.checklist.empty"), dim)));
    }
    let height = inner.height as usize;
    // The selected item in view (its details too, as far as they fit), then moved by j/k.
    let auto = selected_line.min(selected_end.saturating_sub(height));
    let total = lines.len();
    let top = app.scroll.checklist.top(auto, total.saturating_sub(height));
    super::put_lines(&lines, top, inner, buf);
    super::scrollbar(inner, buf, total, top);
}

//! The list shown while choosing an answer: the filter typed so far and the matching options;
//! a multi-select shows its ticks.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};

use super::wrap::wrap;
use crate::tui::app::{App, Mode};
use crate::tui::choices;

pub fn render(app: &App, form: Rect, buf: &mut Buffer) {
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
    let area = Rect {
        x: form.x + 1,
        y: form.y + 1,
        width: form.width.saturating_sub(2),
        height: form.height.saturating_sub(1),
    };
    super::clear_popup(area, buf);
    let title = app.t(&format!("field.{}", field.path()));
    let block = Block::bordered().title(
        Line::from(format!(" {title} ")).style(Style::default().add_modifier(Modifier::BOLD)),
    );
    let inner = block.inner(area);
    block.render(area, buf);
    let width = inner.width as usize;
    let mut lines = vec![Line::from(format!(
        "{} {}▏",
        app.t("tui.pick.filter"),
        filter.value()
    ))];
    if shown.is_empty() {
        lines.push(Line::from(Span::styled(
            app.t("tui.pick.no-match"),
            Style::default().add_modifier(Modifier::DIM),
        )));
    }
    let list_height = inner.height.saturating_sub(1) as usize;
    let first = cursor.saturating_sub(list_height.saturating_sub(1));
    for (i, c) in shown.iter().enumerate().skip(first).take(list_height) {
        let tick = if multi {
            if chosen.contains(&c.pick) {
                "[x] "
            } else {
                "[ ] "
            }
        } else {
            ""
        };
        let style = if i == *cursor {
            Style::default().add_modifier(Modifier::REVERSED)
        } else {
            Style::default()
        };
        let text = wrap(&format!("{tick}{}", c.label), width, 4)
            .into_iter()
            .next()
            .unwrap_or_default();
        lines.push(Line::from(Span::styled(text, style)));
    }
    Paragraph::new(lines).render(inner, buf);
}

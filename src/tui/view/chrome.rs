//! Header (session, step, progress, saved), the step list, and the footer of keys.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, LineGauge, Widget};

use super::{status_style, symbol};
use crate::engine::questions::Kind;
use crate::session::Step;
use crate::tui::app::{App, Mode, Panel, Saved};
use crate::tui::steps;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

pub fn header(app: &App, area: Rect, buf: &mut Buffer) {
    let [top, _, gauge] = super::split_rows(area, 1, 1);
    let step = match steps::number(app.step()) {
        Some(n) => app.tf(
            "tui.header.step",
            &[
                ("n", n.to_string()),
                ("title", app.t(&format!("tui.step.{}", app.step()))),
            ],
        ),
        None => app.t("tui.header.review"),
    };
    let saved = match &app.saved {
        Saved::Saved => app.t("tui.saved"),
        Saved::Saving => app.t("tui.saving"),
        Saved::Failed(e) => app.tf("tui.save-failed", &[("error", e.clone())]),
    };
    let bold = Style::default().add_modifier(Modifier::BOLD);
    let mut spans = vec![
        Span::styled(" icp-prep ", bold),
        Span::raw("· "),
        Span::styled(app.name.clone(), bold),
        Span::raw(" · "),
        Span::raw(step),
    ];
    // Stale rules are said once, here; the help overlay gives the whole sentence.
    if let Some(months) = app
        .k
        .stale_months(app.today, crate::engine::STALE_AFTER_MONTHS)
    {
        spans.push(Span::raw(" · "));
        spans.push(Span::styled(
            app.tf("tui.header.stale", &[("months", months.to_string())]),
            bold,
        ));
    }
    // One line each, drawn straight into the buffer (a `Paragraph` would style every cell of
    // its area first; these lines are drawn on every frame).
    put_line(Line::from(spans), top, buf);
    let saved_width = unicode_width::UnicodeWidthStr::width(saved.as_str()) as u16 + 1;
    let saved_area = Rect {
        x: top.right().saturating_sub(saved_width),
        width: saved_width.min(top.width),
        ..top
    };
    put_line(Line::from(saved), saved_area, buf);
    let c = app.checklist.counts();
    let label = crate::messages::progress(app.lang, c.done, c.todo, c.blocked);
    LineGauge::default()
        .ratio(app.progress())
        .label(label)
        .render(gauge, buf);
}

pub fn steps(app: &App, area: Rect, buf: &mut Buffer) {
    let mut lines = Vec::new();
    for (i, step) in steps::STEPS.iter().enumerate() {
        let status = app.step_status(*step);
        let current = *step == app.step();
        let mut style = status_style(status, app.colour);
        if current {
            style = style.add_modifier(Modifier::REVERSED);
        }
        let sym = if *step == Step::Review {
            "»"
        } else {
            symbol(status)
        };
        lines.push(Line::from(Span::styled(
            format!("{} {} {}", sym, i + 1, app.t(&format!("tui.step.{step}"))),
            style,
        )));
    }
    let block = Block::default()
        .borders(Borders::RIGHT)
        .title(app.t("tui.steps.title"));
    let inner = block.inner(area);
    block.render(area, buf);
    super::put_lines(&lines, 0, inner, buf);
}

/// "Export as Markdown to:" — the path follows it.
fn export_prompt(app: &App) -> String {
    let Mode::Export { format, .. } = &app.mode else {
        return String::new();
    };
    let name = crate::export::Format::ALL[*format].label(app.lang);
    app.tf("tui.export.prompt", &[("format", name)])
}

/// The cursor in the export path being typed.
pub fn export_cursor(app: &App, footer: Rect) -> Option<(u16, u16)> {
    let Mode::Export { path, .. } = &app.mode else {
        return None;
    };
    let prefix = export_prompt(app).width() + 1;
    let room = (footer.width as usize).saturating_sub(prefix + 1);
    let x = prefix
        + path
            .visual_cursor()
            .saturating_sub(path.visual_scroll(room));
    (x < footer.width as usize && footer.height > 0).then(|| (footer.x + x as u16, footer.y))
}

pub fn footer(app: &App, area: Rect, buf: &mut Buffer) {
    let [notice, _, keys] = super::split_rows(area, 1, 1);
    let dim = Style::default().add_modifier(Modifier::DIM);
    if let Mode::Export { path, error, .. } = &app.mode {
        let prompt = export_prompt(app);
        let room = (notice.width as usize).saturating_sub(prompt.width() + 2);
        let scroll = path.visual_scroll(room);
        let shown: String = path
            .value()
            .chars()
            .scan(0, |col, c| {
                let at = *col;
                *col += c.width().unwrap_or(0);
                Some((at, *col, c))
            })
            .filter(|(at, end, _)| *at >= scroll && *end <= scroll + room)
            .map(|(_, _, c)| c)
            .collect();
        let line = Line::from(vec![
            Span::styled(prompt, Style::default().add_modifier(Modifier::BOLD)),
            Span::raw(" "),
            Span::styled(shown, Style::default().add_modifier(Modifier::UNDERLINED)),
        ]);
        put_line(line, notice, buf);
        if let Some(e) = error {
            let style = status_style(Some(crate::engine::Status::Blocked), app.colour);
            put_line(Line::from(Span::styled(e.clone(), style)), keys, buf);
            return;
        }
    } else if let Some(n) = &app.notice {
        put_line(first_line(n), notice, buf);
    } else if let Some(path) = &app.last_export {
        let text = app.tf("tui.exported", &[("path", path.clone())]);
        put_line(first_line(&text), notice, buf);
    }
    let id = match &app.mode {
        Mode::Edit { .. } => "tui.keys.edit",
        Mode::Export { .. } => "tui.keys.export",
        Mode::Pick { multi: true, .. } => "tui.keys.multi",
        Mode::Pick { .. } => "tui.keys.pick",
        Mode::Browse if app.panel == Panel::Checklist => "tui.keys.checklist",
        Mode::Browse if app.step() == Step::Review => "tui.keys.review",
        Mode::Browse => match app.focused_field().map(|q| &q.kind) {
            Some(Kind::YesNo) => "tui.keys.yesno",
            Some(Kind::DomainList) => "tui.keys.domains",
            _ => "tui.keys.browse",
        },
    };
    buf.set_style(keys, dim);
    put_line(Line::from(app.t(id)), keys, buf);
}

/// What a one-row `Paragraph` of `text` showed: its first line.
fn first_line(text: &str) -> Line<'_> {
    Line::from(text.lines().next().unwrap_or_default())
}

/// `line` on the first row of `area`, cut at its width.
fn put_line(line: Line, area: Rect, buf: &mut Buffer) {
    super::put_lines(&[line], 0, area, buf);
}

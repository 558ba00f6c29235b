//! Drawing the wizard: `impl Widget for &App`, one function per panel. Text widths are display
//! widths (ratatui measures with unicode-width), so Chinese answers take two columns and are
//! never cut in half at a border.

mod checklist;
mod chrome;
mod form;
mod picker;
mod wrap;

pub use wrap::wrap;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget, Wrap};

use super::app::App;
use crate::engine::Status;

/// The smallest terminal the layout is designed for.
pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 24;

/// Where each panel goes on a screen of at least 80×24.
pub struct Areas {
    pub header: Rect,
    pub steps: Rect,
    pub form: Rect,
    /// The form panel without its border: where questions are drawn.
    pub form_inner: Rect,
    pub checklist: Rect,
    pub footer: Rect,
}

pub fn areas(area: Rect) -> Areas {
    let [header, body, footer] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Min(10),
        Constraint::Length(2),
    ])
    .areas(area);
    let check_width = if area.width >= 110 {
        area.width * 2 / 5
    } else {
        28
    };
    let [steps, form, checklist] = Layout::horizontal([
        Constraint::Length(17),
        Constraint::Min(30),
        Constraint::Length(check_width),
    ])
    .areas(body);
    let form_inner = form_block(" ", false).inner(form);
    Areas {
        header,
        steps,
        form,
        form_inner,
        checklist,
        footer,
    }
}

fn form_block(title: &str, focused: bool) -> Block<'static> {
    let style = if focused {
        Style::default().add_modifier(Modifier::BOLD)
    } else {
        Style::default()
    };
    Block::default()
        .borders(Borders::RIGHT | Borders::TOP)
        .title(Line::from(format!(" {title} ")).style(style))
}

impl Widget for &App<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            return too_small(self, area, buf);
        }
        let a = areas(area);
        chrome::header(self, a.header, buf);
        chrome::steps(self, a.steps, buf);
        form_block(&form::title(self), self.panel == super::app::Panel::Form).render(a.form, buf);
        form::render(self, a.form_inner, buf);
        checklist::render(self, a.checklist, buf);
        chrome::footer(self, a.footer, buf);
        picker::render(self, a.form, buf);
        if self.help {
            help(self, area, buf);
        }
    }
}

/// Where the terminal cursor belongs (while typing), for the event loop.
pub fn cursor_position(app: &App, area: Rect) -> Option<(u16, u16)> {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT || app.help {
        return None;
    }
    form::cursor_position(app, areas(area).form_inner)
}

/// ✔ ✘ ○ ℹ: a status is never told by colour alone.
pub fn symbol(status: Option<Status>) -> &'static str {
    match status {
        Some(Status::Done) => "✔",
        Some(Status::Blocked) => "✘",
        Some(Status::Todo) => "○",
        Some(Status::Info) => "ℹ",
        None => "·",
    }
}

pub fn status_style(status: Option<Status>, colour: bool) -> Style {
    use ratatui::style::Color;
    if !colour {
        return Style::default();
    }
    match status {
        Some(Status::Done) => Style::default().fg(Color::Green),
        Some(Status::Blocked) => Style::default().fg(Color::Red).add_modifier(Modifier::BOLD),
        Some(Status::Todo) => Style::default().fg(Color::Yellow),
        Some(Status::Info) => Style::default().fg(Color::Cyan),
        None => Style::default(),
    }
}

/// Clear `area` for a popup. A wide (Chinese) character just left of it whose second half lies
/// under the popup's left border is blanked too: the terminal would otherwise draw the whole
/// character and lose the border (or cut the glyph in half).
pub fn clear_popup(area: Rect, buf: &mut Buffer) {
    use unicode_width::UnicodeWidthStr;
    let area = area.intersection(buf.area);
    if area.x > buf.area.x {
        for y in area.top()..area.bottom() {
            let cell = &mut buf[(area.x - 1, y)];
            if cell.symbol().width() > 1 {
                cell.set_symbol(" ");
            }
        }
    }
    Clear.render(area, buf);
}

fn too_small(app: &App, area: Rect, buf: &mut Buffer) {
    let text = app.tf(
        "tui.too-small",
        &[
            ("width", area.width.to_string()),
            ("height", area.height.to_string()),
            ("min_width", MIN_WIDTH.to_string()),
            ("min_height", MIN_HEIGHT.to_string()),
        ],
    );
    Paragraph::new(text)
        .wrap(Wrap { trim: true })
        .render(area, buf);
}

fn help(app: &App, area: Rect, buf: &mut Buffer) {
    let keys = [
        "tui.help.move",
        "tui.help.steps",
        "tui.help.jump",
        "tui.help.enter",
        "tui.help.yesno",
        "tui.help.clear",
        "tui.help.domains",
        "tui.help.pick",
        "tui.help.edit",
        "tui.help.checklist",
        "tui.help.all",
        "tui.help.export",
        "tui.help.lang",
        "tui.help.esc",
        "tui.help.quit",
        "tui.help.help",
    ];
    let mut lines: Vec<Line> = keys.iter().map(|k| Line::from(app.t(k))).collect();
    lines.push(Line::from(""));
    lines.push(Line::from(app.tf(
        "rules.intro",
        &[("rules", crate::engine::rules_in_use(app.k, app.lang))],
    )));
    if let Some(note) = crate::engine::stale_note(app.k, app.today, app.lang) {
        lines.push(Line::from(note));
    }
    lines.push(
        Line::from(app.t("tui.help.close")).style(Style::default().add_modifier(Modifier::DIM)),
    );
    let width = area.width.saturating_sub(8).min(76);
    let height = (lines.len() as u16 + 2).min(area.height.saturating_sub(2));
    let popup = Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    };
    clear_popup(popup, buf);
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .block(
            Block::bordered().title(
                Line::from(app.t("tui.help.title"))
                    .style(Style::default().add_modifier(Modifier::BOLD)),
            ),
        )
        .render(popup, buf);
}

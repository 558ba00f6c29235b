//! Drawing the wizard: `impl Widget for &App`, one function per panel. Text widths are display
//! widths (ratatui measures with unicode-width), so Chinese answers take two columns and are
//! never cut in half at a border.

mod checklist;
mod chrome;
mod form;
mod picker;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{
    Block, Borders, Clear, Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState,
    StatefulWidget, Widget,
};

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
    // Plain arithmetic rather than a Layout: the panels have fixed sizes on any screen of at
    // least MIN_WIDTH×MIN_HEIGHT (the only screens drawn this way), and the layout solver was
    // a sixth of the work before the first frame of an opened session (DESIGN.md §4 startup).
    let [header, body, footer] = split_rows(area, 2, 2);
    let check_width = if area.width >= 110 {
        area.width * 2 / 5
    } else {
        28
    };
    let steps_width = 17.min(body.width);
    let check_width = check_width.min(body.width - steps_width);
    let form_width = body.width - steps_width - check_width;
    let steps = Rect {
        width: steps_width,
        ..body
    };
    let form = Rect {
        x: body.x + steps_width,
        width: form_width,
        ..body
    };
    let checklist = Rect {
        x: form.x + form_width,
        width: check_width,
        ..body
    };
    let form_inner = form_block(" ", false, form.width).inner(form);
    Areas {
        header,
        steps,
        form,
        form_inner,
        checklist,
        footer,
    }
}

/// `area` cut into `top` rows, the rows between, and `bottom` rows (each at most what is there).
pub fn split_rows(area: Rect, top: u16, bottom: u16) -> [Rect; 3] {
    let top = top.min(area.height);
    let bottom = bottom.min(area.height - top);
    let middle = area.height - top - bottom;
    [
        Rect {
            height: top,
            ..area
        },
        Rect {
            y: area.y + top,
            height: middle,
            ..area
        },
        Rect {
            y: area.y + top + middle,
            height: bottom,
            ..area
        },
    ]
}

fn form_block(title: &str, focused: bool, width: u16) -> Block<'static> {
    let block = Block::default().borders(Borders::RIGHT | Borders::TOP);
    match border_title(title, focused, width) {
        Some(t) => block.title(t),
        None => block,
    }
}

/// A panel's title on its top border, or `None` when it does not fit there whole (the panel
/// then shows it wrapped as its first lines: a title is never clipped).
pub fn border_title(title: &str, focused: bool, width: u16) -> Option<Line<'static>> {
    use unicode_width::UnicodeWidthStr;
    let style = if focused {
        Style::default().add_modifier(Modifier::BOLD)
    } else {
        Style::default()
    };
    let text = format!(" {title} ");
    // One column is left for the corner.
    (text.width() < width as usize).then(|| Line::from(text).style(style))
}

/// Lines already wrapped (`wrap`), from line `top` on, one per row of `area`, cut at its width:
/// what a `Paragraph` without wrapping, scrolled to `top`, draws, without first styling every
/// cell of the area (DESIGN.md §4: the panels are most of the first frame).
pub fn put_lines(lines: &[Line], top: usize, area: Rect, buf: &mut Buffer) {
    for (line, y) in lines.iter().skip(top).zip(area.top()..area.bottom()) {
        buf.set_line(area.x, y, line, area.width);
    }
}

/// A scroll bar on the right edge of `area` when `total` lines do not fit its height: the
/// sign that there is more (j/k scroll).
pub fn scrollbar(area: Rect, buf: &mut Buffer, total: usize, top: usize) {
    let height = area.height as usize;
    if total <= height || area.width == 0 {
        return;
    }
    let mut state = ScrollbarState::new(total.saturating_sub(height))
        .position(top)
        .viewport_content_length(height);
    Scrollbar::new(ScrollbarOrientation::VerticalRight).render(area, buf, &mut state);
}

impl Widget for &App<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            return too_small(self, area, buf);
        }
        let a = areas(area);
        chrome::header(self, a.header, buf);
        chrome::steps(self, a.steps, buf);
        form_block(
            &form::title(self),
            self.panel == super::app::Panel::Form,
            a.form.width,
        )
        .render(a.form, buf);
        form::render(self, a.form_inner, buf);
        checklist::render(self, a.checklist, buf);
        chrome::footer(self, a.footer, buf);
        picker::render(self, area, buf);
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
    let a = areas(area);
    chrome::export_cursor(app, a.footer).or_else(|| form::cursor_position(app, a.form_inner))
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
    too_small_message(app.lang, area, buf);
}

/// "Make the window larger", wrapped to whatever room there is; at any size, however small
/// (a wide character that does not fit a one-column screen is left out, not cut).
pub fn too_small_message(lang: crate::session::Language, area: Rect, buf: &mut Buffer) {
    let text = crate::messages::format(
        lang,
        "tui.too-small",
        &[
            ("width", area.width.to_string()),
            ("height", area.height.to_string()),
            ("min_width", MIN_WIDTH.to_string()),
            ("min_height", MIN_HEIGHT.to_string()),
        ],
    );
    let lines: Vec<Line> = crate::wrap::wrap(&text, area.width as usize, "", "")
        .into_iter()
        .take(area.height as usize)
        .map(Line::from)
        .collect();
    Paragraph::new(lines).render(area, buf);
}

/// A pop-up sized to its `fixed` and `lines` (already wrapped to at most
/// [`popup_text_width`] columns) and title, centred, within the screen less a margin. The
/// `fixed` lines (a list's filter) stay at the top; when the rest is taller than the room, it
/// scrolls (`scroll`, from `auto`) with a bar on the right border.
pub fn popup(
    title: &str,
    fixed: Vec<Line<'static>>,
    lines: Vec<Line<'static>>,
    area: Rect,
    buf: &mut Buffer,
    scroll: &crate::tui::scroll::Scroll,
    auto: usize,
) {
    let mut head = Vec::new();
    let mut width_of = fixed.clone();
    width_of.extend(lines.iter().cloned());
    let rect = popup_rect(area, &width_of, title);
    clear_popup(rect, buf);
    let mut block = Block::bordered();
    match border_title(title, true, rect.width) {
        Some(t) => block = block.title(t),
        None => {
            let bold = Style::default().add_modifier(Modifier::BOLD);
            let width = rect.width.saturating_sub(2) as usize;
            head.extend(
                crate::wrap::wrap(title, width, "", "")
                    .into_iter()
                    .map(|l| Line::from(l).style(bold)),
            );
        }
    }
    head.extend(fixed);
    let inner = block.inner(rect);
    block.render(rect, buf);
    let fixed_height = (head.len() as u16).min(inner.height);
    put_lines(
        &head,
        0,
        Rect {
            height: fixed_height,
            ..inner
        },
        buf,
    );
    let body = Rect {
        y: inner.y + fixed_height,
        height: inner.height - fixed_height,
        ..inner
    };
    let total = lines.len();
    let top = scroll.top(auto, total.saturating_sub(body.height as usize));
    put_lines(&lines, top, body, buf);
    let edge = Rect {
        width: body.width + 1,
        ..body
    };
    scrollbar(edge, buf, total, top);
}

/// The widest a pop-up may be on this screen (a margin of two columns each side).
pub fn popup_max_width(area: Rect) -> u16 {
    area.width.saturating_sub(4).max(1)
}

fn popup_rect(area: Rect, lines: &[Line], title: &str) -> Rect {
    use unicode_width::UnicodeWidthStr;
    let content = lines
        .iter()
        .map(Line::width)
        .max()
        .unwrap_or(0)
        .max(title.width() + 2);
    let width = (content as u16)
        .saturating_add(2)
        .min(popup_max_width(area));
    let height = (lines.len() as u16)
        .saturating_add(2)
        .min(area.height.saturating_sub(2).max(1));
    Rect {
        x: area.x + area.width.saturating_sub(width) / 2,
        y: area.y + area.height.saturating_sub(height) / 2,
        width,
        height,
    }
    .intersection(area)
}

/// The widest text line inside a pop-up.
pub fn popup_text_width(area: Rect) -> usize {
    popup_max_width(area).saturating_sub(2) as usize
}

/// The keys, in a pop-up sized to them; ↑↓ PgUp/PgDn scroll it when the screen is short.
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
        "tui.help.scroll",
        "tui.help.export",
        "tui.help.lang",
        "tui.help.esc",
        "tui.help.quit",
        "tui.help.help",
    ];
    // Which rules the checklist was made with, and whether they are stale (issue 16).
    let mut extra = vec![app.tf(
        "rules.intro",
        &[("rules", crate::engine::rules_in_use(app.k, app.lang))],
    )];
    extra.extend(crate::engine::stale_note(app.k, app.today, app.lang));
    help_popup(app.lang, &keys, &extra, area, buf, &app.scroll.help);
}

/// A help pop-up: one entry per message id (wrapped with a hanging indent), then how to close.
pub fn help_popup(
    lang: crate::session::Language,
    ids: &[&str],
    extra: &[String],
    area: Rect,
    buf: &mut Buffer,
    scroll: &crate::tui::scroll::Scroll,
) {
    let t = |id: &str| crate::messages::text(lang, id).to_string();
    let width = popup_text_width(area);
    let mut lines: Vec<Line> = Vec::new();
    for id in ids {
        lines.extend(
            crate::wrap::wrap_indented(&t(id), width, 4)
                .into_iter()
                .map(Line::from),
        );
    }
    lines.push(Line::from(""));
    for text in extra {
        lines.extend(wrap_lines(text, width));
    }
    let dim = Style::default().add_modifier(Modifier::DIM);
    lines.extend(
        crate::wrap::wrap(&t("tui.help.close"), width, "", "")
            .into_iter()
            .map(|l| Line::from(l).style(dim)),
    );
    popup(
        &t("tui.help.title"),
        Vec::new(),
        lines,
        area,
        buf,
        scroll,
        0,
    );
}

fn wrap_lines(text: &str, width: usize) -> Vec<Line<'static>> {
    crate::wrap::wrap(text, width, "", "")
        .into_iter()
        .map(Line::from)
        .collect()
}

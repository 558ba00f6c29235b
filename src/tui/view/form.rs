//! The middle panel: the step's questions, one per line, the focused one with its help line
//! and inline check; below them what the step shows for this applicant (the province's rules,
//! the materials needed). The review lists every answer instead. Lines are wrapped here (by
//! display width) so the focused line and the cursor position are exact.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::{status_style, symbol};
use crate::engine::Status;
use crate::engine::questions::{QuestionId, Value};
use crate::knowledge::Section;
use crate::messages;
use crate::session::Step;
use crate::tui::app::{App, Mode, Panel};
use crate::tui::choices;
use crate::tui::steps;
use crate::wrap::wrap_indented as wrap;

fn label(app: &App, field: QuestionId) -> String {
    app.t(&format!("field.{}", field.path()))
}

fn value_text(app: &App, field: QuestionId) -> String {
    if field == QuestionId::Domains {
        let n = app.domain_count();
        if n == 0 {
            return app.t("tui.domains.none");
        }
        let name = app
            .session
            .domains
            .as_ref()
            .and_then(|d| d.get(app.domain))
            .and_then(|d| d.name.clone())
            .unwrap_or_default();
        return app.tf(
            "tui.domains.current",
            &[
                ("i", (app.domain + 1).to_string()),
                ("n", n.to_string()),
                ("name", name),
            ],
        );
    }
    shown_value(app, &app.value(field))
}

/// An answer as the screen shows it; a date the language's way (`2026年9月1日`).
fn shown_value(app: &App, value: &Value) -> String {
    if let Value::Text(t) = value
        && t.len() == 10
        && let Ok(d) = chrono::NaiveDate::parse_from_str(t, "%Y-%m-%d")
    {
        return messages::date(app.lang, d);
    }
    choices::display(value, app.k, app.lang)
}

pub fn title(app: &App) -> String {
    match steps::section(app.step()) {
        Some(s) => app.t(&format!("section.{}", s.id())),
        None => app.t("tui.review.title"),
    }
}

pub fn render(app: &App, inner: Rect, buf: &mut Buffer) {
    let c = content(app, inner);
    let top = top(app, &c, inner.height as usize);
    let total = c.lines.len();
    super::put_lines(&c.lines, top, inner, buf);
    // On the panel's right border.
    let edge = Rect {
        width: inner.width + 1,
        ..inner
    };
    super::scrollbar(edge, buf, total, top);
}

/// What the panel shows, where the focused question starts and ends, and where the cursor goes
/// while typing (column, line).
struct Content {
    lines: Vec<Line<'static>>,
    focus: (usize, usize),
    cursor: Option<(usize, usize)>,
}

fn content(app: &App, inner: Rect) -> Content {
    let width = inner.width as usize;
    let mut head = Vec::new();
    let title = title(app);
    if super::border_title(&title, false, inner.width + 1).is_none() {
        push_wrapped(
            &mut head,
            &title,
            width,
            0,
            Style::default().add_modifier(Modifier::BOLD),
        );
    }
    let mut c = if app.step() == Step::Review {
        review_lines(app, width)
    } else {
        step_lines(app, width)
    };
    let n = head.len();
    if n > 0 {
        head.append(&mut c.lines);
        c.lines = head;
        c.focus = (c.focus.0 + n, c.focus.1 + n);
        c.cursor = c.cursor.map(|(x, y)| (x, y + n));
    }
    c
}

/// The first line shown: the focused question whole in view (with a line of context below),
/// moved by j/k.
fn top(app: &App, c: &Content, height: usize) -> usize {
    let (start, end) = c.focus;
    let auto = start.min((end + 2).saturating_sub(height));
    let max = c.lines.len().saturating_sub(height);
    app.scroll.form.top(auto, max)
}

fn push_wrapped(
    lines: &mut Vec<Line<'static>>,
    text: &str,
    width: usize,
    indent: usize,
    style: Style,
) {
    for l in wrap(text, width, indent) {
        lines.push(Line::from(Span::styled(l, style)));
    }
}

fn step_lines(app: &App, width: usize) -> Content {
    let mut lines = Vec::new();
    let mut focus = (0, 0);
    let mut cursor = None;
    let dim = Style::default().add_modifier(Modifier::DIM);
    let bold = Style::default().add_modifier(Modifier::BOLD);
    for (i, field) in app.fields().into_iter().map(|q| q.id).enumerate() {
        let focused = i == app.focus && app.panel == Panel::Form;
        if focused {
            focus.0 = lines.len();
        }
        match &app.mode {
            Mode::Edit {
                field: f, input, ..
            } if *f == field => {
                // The label on its own line(s), the value on a full-width line below it,
                // scrolled sideways so the cursor is always in view.
                let label = format!("› {}", messages::pair(app.lang, &label(app, field), ""));
                push_wrapped(&mut lines, label.trim_end(), width, 4, bold);
                let room = width.saturating_sub(VALUE_INDENT + 1);
                let scroll = input.visual_scroll(room);
                let shown = fit_columns(skip_columns(input.value(), scroll), room);
                let pad = room.saturating_sub(shown.width());
                cursor = Some((
                    VALUE_INDENT + input.visual_cursor().saturating_sub(scroll),
                    lines.len(),
                ));
                lines.push(Line::from(vec![
                    Span::raw(" ".repeat(VALUE_INDENT)),
                    Span::styled(
                        format!("{shown}{}", " ".repeat(pad + 1)),
                        Style::default().add_modifier(Modifier::UNDERLINED),
                    ),
                ]));
            }
            _ => {
                let marker = if focused { "›" } else { " " };
                let text = format!(
                    "{marker} {}",
                    messages::pair(app.lang, &label(app, field), &value_text(app, field))
                );
                let unanswered =
                    matches!(app.value(field), Value::Empty) && field != QuestionId::Domains;
                let style = if focused {
                    bold
                } else if unanswered {
                    dim
                } else {
                    Style::default()
                };
                push_wrapped(&mut lines, &text, width, 4, style);
            }
        }
        if focused {
            push_wrapped(
                &mut lines,
                &format!("    {}", {
                    let help = app.t(&format!("field.{}.help", field.path()));
                    messages::fill(&help, &app.k.facts_in(&help))
                }),
                width,
                4,
                dim,
            );
            if let Mode::Edit {
                field: f,
                input,
                error,
            } = &app.mode
                && *f == field
            {
                let check = error
                    .clone()
                    .map(|e| (false, e))
                    .or_else(|| app.inline_check(field, input.value()));
                if let Some((ok, text)) = check {
                    let status = if ok { Status::Done } else { Status::Blocked };
                    let style = status_style(Some(status), app.colour);
                    push_wrapped(
                        &mut lines,
                        &format!("    {} {text}", symbol(Some(status))),
                        width,
                        6,
                        style,
                    );
                }
            }
            focus.1 = lines.len().saturating_sub(1);
        }
    }
    extras(app, &mut lines, width);
    Content {
        lines,
        focus,
        cursor,
    }
}

/// Where a typed value starts on its line.
const VALUE_INDENT: usize = 2;

/// Drop the first `columns` display columns (the input scrolled left).
fn skip_columns(text: &str, columns: usize) -> &str {
    let mut skipped = 0;
    for (i, c) in text.char_indices() {
        if skipped >= columns {
            return &text[i..];
        }
        skipped += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
    }
    ""
}

/// The start of `text` that fits `columns` display columns.
fn fit_columns(text: &str, columns: usize) -> String {
    let mut used = 0;
    let mut out = String::new();
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > columns {
            break;
        }
        used += w;
        out.push(c);
    }
    out
}

/// What a step shows besides its questions.
fn extras(app: &App, lines: &mut Vec<Line<'static>>, width: usize) {
    let dim = Style::default().add_modifier(Modifier::DIM);
    let bold = Style::default().add_modifier(Modifier::BOLD);
    match app.step() {
        Step::Regulations => {
            let Some(slug) = app.session.applicant.as_ref().and_then(|a| a.province) else {
                return;
            };
            let Some(p) = app.k.province(slug) else {
                return;
            };
            lines.push(Line::from(""));
            let heading = app.tf(
                "tui.province-rules",
                &[("province", messages::name(app.lang, &p.en, &p.zh))],
            );
            push_wrapped(lines, &heading, width, 0, bold);
            for r in app.k.province_rules(slug) {
                let tag = if r.provenance.confidence.may_block() {
                    "•"
                } else {
                    "?"
                };
                push_wrapped(
                    lines,
                    &format!("{tag} {}", r.text_in(app.lang)),
                    width,
                    2,
                    Style::default(),
                );
                let source = format!(
                    "  {} · {}",
                    r.provenance.url(),
                    messages::checked(app.lang, r.provenance.last_verified)
                );
                push_wrapped(lines, &source, width, 2, dim);
            }
            push_wrapped(lines, &app.t("tui.province-rules.legend"), width, 0, dim);
        }
        Step::Materials => {
            lines.push(Line::from(""));
            push_wrapped(lines, &app.t("tui.materials.needed"), width, 0, bold);
            // One line per material (ids `materials.<material_id>`, not the general rules such as
            // `materials.splicing`).
            let is_material = |id: &str| {
                id.strip_prefix("materials.")
                    .and_then(crate::session::MaterialId::from_id)
                    .is_some()
            };
            for item in app
                .checklist
                .section(Section::Materials)
                .filter(|i| is_material(&i.id))
            {
                let style = status_style(Some(item.status), app.colour);
                push_wrapped(
                    lines,
                    &format!("{} {}", symbol(Some(item.status)), item.title),
                    width,
                    2,
                    style,
                );
            }
        }
        _ => {}
    }
}

fn review_lines(app: &App, width: usize) -> Content {
    let mut lines = Vec::new();
    let bold = Style::default().add_modifier(Modifier::BOLD);
    let c = app.checklist.counts();
    let counts = app.tf(
        "tui.review.counts",
        &[
            ("done", c.done.to_string()),
            ("todo", c.todo.to_string()),
            ("blocked", c.blocked.to_string()),
            ("info", c.info.to_string()),
        ],
    );
    push_wrapped(&mut lines, &counts, width, 0, Style::default());
    let verdict = if app.checklist.ready() {
        app.t("tui.review.ready")
    } else {
        app.t("tui.review.not-ready")
    };
    push_wrapped(&mut lines, &verdict, width, 0, bold);
    let mut focus_line = 0;
    let mut focus_end = 0;
    let mut last_step = None;
    let mut last_domain = None;
    for (i, row) in app.review_rows().into_iter().enumerate() {
        if last_step != Some(row.step) {
            lines.push(Line::from(""));
            let title = steps::section(row.step)
                .map(|s| app.t(&format!("section.{}", s.id())))
                .unwrap_or_default();
            push_wrapped(&mut lines, &title, width, 0, bold);
            last_step = Some(row.step);
        }
        if row.step == Step::Domain
            && row.field != QuestionId::Domains
            && last_domain != Some(row.domain)
        {
            lines.push(Line::from(
                app.tf("tui.review.domain", &[("i", (row.domain + 1).to_string())]),
            ));
            last_domain = Some(row.domain);
        }
        let focused = i == app.focus && app.panel == Panel::Form;
        if focused {
            focus_line = lines.len();
        }
        let value = if row.field == QuestionId::Domains {
            messages::list(
                app.lang,
                &app.session
                    .domains
                    .iter()
                    .flatten()
                    .filter_map(|d| d.name.clone())
                    .collect::<Vec<_>>(),
            )
        } else {
            shown_value(app, &row.field.slot().value(&app.session, row.domain))
        };
        let style = if focused {
            Style::default().add_modifier(Modifier::REVERSED)
        } else {
            Style::default()
        };
        let marker = if focused { "›" } else { " " };
        push_wrapped(
            &mut lines,
            &format!(
                "{marker} {}",
                messages::pair(app.lang, &label(app, row.field), &value)
            ),
            width,
            4,
            style,
        );
        if focused {
            focus_end = lines.len().saturating_sub(1);
        }
    }
    Content {
        focus: (focus_line, focus_end.max(focus_line)),
        lines,
        cursor: None,
    }
}

/// Where the terminal cursor goes while typing: in the value line of the edited question.
pub fn cursor_position(app: &App, inner: Rect) -> Option<(u16, u16)> {
    if !matches!(app.mode, Mode::Edit { .. }) {
        return None;
    }
    let c = content(app, inner);
    let top = top(app, &c, inner.height as usize);
    let (x, line) = c.cursor?;
    let y = line.checked_sub(top)?;
    (x < inner.width as usize && y < inner.height as usize)
        .then(|| (inner.x + x as u16, inner.y + y as u16))
}

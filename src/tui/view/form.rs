//! The middle panel: the step's questions, one per line, the focused one with its help line
//! and inline check; below them what the step shows for this applicant (the province's rules,
//! the materials needed). The review lists every answer instead. Lines are wrapped here (by
//! display width) so the focused line and the cursor position are exact.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use super::wrap::wrap;
use super::{status_style, symbol};
use crate::engine::Status;
use crate::engine::questions::{QuestionId, Value};
use crate::knowledge::Section;
use crate::messages;
use crate::session::Step;
use crate::tui::app::{App, Mode, Panel};
use crate::tui::choices;
use crate::tui::steps;

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
    choices::display(&app.value(field), app.k, app.lang)
}

pub fn title(app: &App) -> String {
    match steps::section(app.step()) {
        Some(s) => app.t(&format!("section.{}", s.id())),
        None => app.t("tui.review.title"),
    }
}

pub fn render(app: &App, inner: Rect, buf: &mut Buffer) {
    let (lines, focus_line) = lines(app, inner.width as usize);
    let scroll = scroll(focus_line, inner.height as usize);
    Paragraph::new(lines)
        .scroll((scroll as u16, 0))
        .render(inner, buf);
}

/// Keep the focused line in view, with a little context below it.
fn scroll(focus_line: usize, height: usize) -> usize {
    focus_line.saturating_sub(height.saturating_sub(4))
}

fn lines(app: &App, width: usize) -> (Vec<Line<'static>>, usize) {
    if app.step() == Step::Review {
        review_lines(app, width)
    } else {
        step_lines(app, width)
    }
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

/// The text before the value of an edited field: `› Label: [` (`› 标签：[`).
fn edit_prefix(app: &App, field: QuestionId) -> String {
    format!("› {}[", messages::pair(app.lang, &label(app, field), ""))
}

fn step_lines(app: &App, width: usize) -> (Vec<Line<'static>>, usize) {
    let mut lines = Vec::new();
    let mut focus_line = 0;
    let dim = Style::default().add_modifier(Modifier::DIM);
    let bold = Style::default().add_modifier(Modifier::BOLD);
    for (i, field) in app.fields().into_iter().map(|q| q.id).enumerate() {
        let focused = i == app.focus && app.panel == Panel::Form;
        if focused {
            focus_line = lines.len();
        }
        match &app.mode {
            Mode::Edit {
                field: f, input, ..
            } if *f == field => {
                let prefix = edit_prefix(app, field);
                let room = width.saturating_sub(prefix.width() + 1);
                let shown = skip_columns(input.value(), input.visual_scroll(room));
                lines.push(Line::from(vec![
                    Span::styled(prefix, bold),
                    Span::styled(
                        format!("{shown}]"),
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
                &format!(
                    "    {}",
                    messages::fill(
                        &app.t(&format!("field.{}.help", field.path())),
                        &app.k.facts()
                    )
                ),
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
        }
    }
    extras(app, &mut lines, width);
    (lines, focus_line)
}

/// Drop the first `columns` display columns (the input scrolled left).
fn skip_columns(text: &str, columns: usize) -> String {
    let mut skipped = 0;
    let mut out = String::new();
    for c in text.chars() {
        if skipped < columns {
            skipped += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
            continue;
        }
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

fn review_lines(app: &App, width: usize) -> (Vec<Line<'static>>, usize) {
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
            choices::display(
                &row.field.slot().value(&app.session, row.domain),
                app.k,
                app.lang,
            )
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
    }
    (lines, focus_line)
}

/// Where the terminal cursor goes while typing: after the typed text in the focused field.
pub fn cursor_position(app: &App, inner: Rect) -> Option<(u16, u16)> {
    let Mode::Edit { field, input, .. } = &app.mode else {
        return None;
    };
    let width = inner.width as usize;
    let (_, focus_line) = step_lines(app, width);
    let y = focus_line.checked_sub(scroll(focus_line, inner.height as usize))?;
    let prefix = edit_prefix(app, *field).width();
    let room = width.saturating_sub(prefix + 1);
    let x = prefix
        + input
            .visual_cursor()
            .saturating_sub(input.visual_scroll(room));
    (x < width && y < inner.height as usize).then(|| (inner.x + x as u16, inner.y + y as u16))
}

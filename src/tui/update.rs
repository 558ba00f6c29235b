//! The pure update: a message in, the state changed, effects out for the event loop to carry
//! out (save, quit, export). No terminal, no disk, no clock.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use tui_input::{Input, InputRequest};

use super::app::{App, Mode, Panel};
use super::choices;
use super::steps::{self, Transition};
use crate::engine::questions::{Kind, Pick, QuestionId, SetError, Value};
use crate::session::{Answer, Language, Step};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    Key(KeyEvent),
    Paste(String),
    /// A mouse wheel step (only with `--mouse`): positive is down.
    Scroll(i8),
}

/// What the event loop must do after an update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// The session changed: hand it to the background writer.
    Save,
    /// Save, then leave.
    Quit,
    /// Write the checklist export in this format to this path.
    Export(crate::export::Format, String),
}

pub fn update(app: &mut App, msg: Msg) -> Vec<Effect> {
    let place = |app: &App| {
        (
            app.step(),
            app.focus,
            app.check_cursor,
            app.panel,
            app.expanded,
        )
    };
    let before = place(app);
    let effects = update_inner(app, msg);
    let moved = before != place(app);
    app.moved |= moved;
    // Where the wizard resumes, written with an answer, or on leaving after moving (opening
    // and leaving rewrites nothing).
    let saving = effects.contains(&Effect::Save);
    if saving || (app.moved && effects.contains(&Effect::Quit)) {
        app.session.question = super::forward::position(app);
    }
    if saving {
        app.moved = false;
    }
    // A panel scrolled by hand returns to the focus when the focus moves.
    if moved {
        app.scroll.form.reset();
        app.scroll.checklist.reset();
    }
    effects
}

fn update_inner(app: &mut App, msg: Msg) -> Vec<Effect> {
    match msg {
        Msg::Key(key) if key.kind != KeyEventKind::Press => Vec::new(),
        Msg::Key(key) => key_press(app, key),
        Msg::Paste(text) => paste(app, &text),
        Msg::Scroll(d) => {
            if matches!(app.mode, Mode::Browse) {
                move_focus(app, i32::from(d));
            }
            Vec::new()
        }
    }
}

/// Lines a page key scrolls.
const PAGE: i32 = 10;

fn ctrl(key: &KeyEvent, c: char) -> bool {
    key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char(c)
}

fn key_press(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    if ctrl(&key, 'c') {
        // Whatever is being typed is committed first: quitting never loses an answer.
        let mut effects = commit_pending(app);
        effects.push(Effect::Quit);
        return effects;
    }
    if app.help {
        // The help scrolls; any other key closes it.
        match key.code {
            KeyCode::Down | KeyCode::Char('j') => app.scroll.help.by(1),
            KeyCode::Up | KeyCode::Char('k') => app.scroll.help.by(-1),
            KeyCode::PageDown | KeyCode::Char(' ') => app.scroll.help.by(PAGE),
            KeyCode::PageUp => app.scroll.help.by(-PAGE),
            _ => {
                app.help = false;
                app.scroll.help.reset();
            }
        }
        return Vec::new();
    }
    app.notice = None;
    match app.mode.clone() {
        Mode::Edit { field, .. } => edit_key(app, field, key),
        Mode::Pick { .. } => pick_key(app, key),
        Mode::Export { .. } => export_key(app, key),
        Mode::Browse => browse_key(app, key),
    }
}

pub(super) fn go(app: &mut App, t: Transition) {
    let to = steps::apply(app.step(), t);
    if to != app.step() {
        app.session.step = Some(to);
        app.focus = 0;
        app.check_cursor = 0;
        app.expanded = false;
        app.return_to = None;
    }
}

fn rows(app: &App) -> usize {
    if app.step() == Step::Review {
        app.review_rows().len()
    } else {
        app.fields().len()
    }
}

fn move_focus(app: &mut App, by: i32) {
    if app.panel == Panel::Checklist {
        let n = app.panel_items().len();
        app.check_cursor = clamp(app.check_cursor, by, n);
        app.expanded = false;
        return;
    }
    app.focus = clamp(app.focus, by, rows(app));
}

fn clamp(at: usize, by: i32, n: usize) -> usize {
    if n == 0 {
        return 0;
    }
    (at as i64 + i64::from(by)).clamp(0, n as i64 - 1) as usize
}

fn browse_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    let code = key.code;
    if code == KeyCode::PageDown || ctrl(&key, 'n') {
        go(app, Transition::Next);
        return vec![Effect::Save];
    }
    if code == KeyCode::PageUp || ctrl(&key, 'p') {
        go(app, Transition::Previous);
        return vec![Effect::Save];
    }
    match code {
        KeyCode::Char('q') => return vec![Effect::Quit],
        KeyCode::Char('?') | KeyCode::F(1) => app.help = true,
        KeyCode::Char('c') => {
            app.panel = if app.panel == Panel::Form {
                Panel::Checklist
            } else {
                Panel::Form
            };
            app.check_cursor = 0;
            app.expanded = false;
        }
        KeyCode::Char('a') => app.show_all = !app.show_all,
        // Scroll the focused panel (the questions with the province's rules, or the checklist)
        // a line; PgUp/PgDn stay the step keys.
        KeyCode::Char(c @ ('j' | 'k')) => {
            let by = if c == 'j' { 1 } else { -1 };
            match app.panel {
                Panel::Form => app.scroll.form.by(by),
                Panel::Checklist => app.scroll.checklist.by(by),
            }
        }
        KeyCode::Char('l') => {
            // Switch the interface language live; the choice is saved in the session.
            app.lang = match app.lang {
                Language::En => Language::ZhCn,
                Language::ZhCn => Language::En,
            };
            app.session.language = Some(app.lang);
            app.reevaluate();
            return vec![Effect::Save];
        }
        KeyCode::Char('e') => {
            let format = crate::export::Format::ALL[0];
            let path = crate::export::default_path(&app.name, format)
                .display()
                .to_string();
            app.mode = Mode::Export {
                format: 0,
                path: Input::new(path),
                error: None,
            };
        }
        KeyCode::Char(d @ '1'..='7') => {
            let i = d as usize - '1' as usize;
            go(app, Transition::Go(steps::STEPS[i]));
            return vec![Effect::Save];
        }
        KeyCode::Tab | KeyCode::Down => move_focus(app, 1),
        KeyCode::BackTab | KeyCode::Up => move_focus(app, -1),
        KeyCode::Esc => {
            if app.panel == Panel::Checklist {
                app.panel = Panel::Form;
            } else if let Some(row) = app.return_to.take() {
                back_to_review(app, row);
            }
        }
        _ if app.panel == Panel::Checklist => {
            if matches!(code, KeyCode::Enter | KeyCode::Char(' ')) {
                app.expanded = !app.expanded;
            }
        }
        _ if app.step() == Step::Review => {
            if code == KeyCode::Enter {
                open_from_review(app);
            }
        }
        _ => return field_key(app, key),
    }
    Vec::new()
}

/// Keys on a focused question in browse mode.
fn field_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    let Some(q) = app.focused_field() else {
        return Vec::new();
    };
    let (field, kind) = (q.id, q.kind.clone());
    match (kind, key.code) {
        (Kind::DomainList, KeyCode::Enter | KeyCode::Char('+')) => {
            let list = app.session.domains.get_or_insert_with(Vec::new);
            list.push(Default::default());
            app.domain = list.len() - 1;
            let effects = changed(app);
            app.focus = app
                .fields()
                .iter()
                .position(|q| q.id == QuestionId::DomainName)
                .unwrap_or(0);
            start_edit(app, QuestionId::DomainName);
            return effects;
        }
        (Kind::DomainList, KeyCode::Right) => {
            app.domain = (app.domain + 1).min(app.domain_count().saturating_sub(1))
        }
        (Kind::DomainList, KeyCode::Left) => app.domain = app.domain.saturating_sub(1),
        (Kind::DomainList, KeyCode::Delete | KeyCode::Char('-')) => {
            if let Some(list) = app.session.domains.as_mut()
                && app.domain < list.len()
            {
                list.remove(app.domain);
                app.domain = app.domain.min(list.len().saturating_sub(1));
                crate::session::drop_unused_websites(&mut app.session);
                return changed(app);
            }
        }
        (Kind::YesNo, KeyCode::Char('y')) => return answer(app, field, Answer::Yes),
        (Kind::YesNo, KeyCode::Char('n')) => return answer(app, field, Answer::No),
        (Kind::YesNo, KeyCode::Char('u')) => return answer(app, field, Answer::Unsure),
        (Kind::YesNo, KeyCode::Char(' ') | KeyCode::Right | KeyCode::Left) => {
            let next = match (app.value(field), key.code) {
                (Value::Answer(Answer::Yes), KeyCode::Left) => Answer::Unsure,
                (Value::Answer(Answer::No), KeyCode::Left) => Answer::Yes,
                (Value::Answer(Answer::Unsure), KeyCode::Left) => Answer::No,
                (Value::Answer(Answer::Yes), _) => Answer::No,
                (Value::Answer(Answer::No), _) => Answer::Unsure,
                _ => Answer::Yes,
            };
            let result = field.slot().set_answer(&mut app.session, app.domain, next);
            return commit(app, result);
        }
        // Enter never answers by itself: it lists the three answers, none chosen.
        (Kind::YesNo, KeyCode::Enter) => start_pick(app, field),
        (Kind::DomainList, _) => {}
        (_, KeyCode::Delete | KeyCode::Backspace) => {
            field.slot().clear(&mut app.session, app.domain);
            return commit(app, Ok(()));
        }
        (Kind::Choice(_) | Kind::Multi(_), KeyCode::Enter | KeyCode::Char(' ')) => {
            start_pick(app, field)
        }
        (Kind::Text | Kind::Date | Kind::Number | Kind::Decimal, KeyCode::Enter) => {
            start_edit(app, field)
        }
        _ => {}
    }
    Vec::new()
}

pub(super) fn start_edit(app: &mut App, field: QuestionId) {
    let current = match app.value(field) {
        Value::Text(t) => t,
        _ => String::new(),
    };
    app.mode = Mode::Edit {
        field,
        input: Input::new(current),
        error: None,
    };
}

pub(super) fn start_pick(app: &mut App, field: QuestionId) {
    let Some(q) = app.question(field) else {
        return;
    };
    let (picks, multi) = match &q.kind {
        Kind::Choice(p) => (p.clone(), false),
        Kind::Multi(p) => (p.clone(), true),
        Kind::YesNo => (
            [Answer::Yes, Answer::No, Answer::Unsure]
                .map(Pick::Answer)
                .to_vec(),
            false,
        ),
        _ => return,
    };
    let suggested = q.suggested;
    let options = choices::options(&picks, app.k, app.lang);
    let chosen = match app.value(field) {
        Value::Picks(c) => c,
        Value::Pick(c) => vec![c],
        Value::Answer(a) => vec![Pick::Answer(a)],
        _ => Vec::new(),
    };
    // On the current answer, or the engine's suggestion; otherwise on nothing, so that
    // Enter cannot pick an answer the user never looked at.
    let at = |p: Pick| options.iter().position(|o| o.pick == p);
    let cursor = if multi {
        Some(0)
    } else {
        chosen.first().copied().or(suggested).and_then(at)
    };
    app.mode = Mode::Pick {
        field,
        options,
        multi,
        filter: Input::default(),
        cursor,
        chosen,
    };
}

fn edit_key(app: &mut App, field: QuestionId, key: KeyEvent) -> Vec<Effect> {
    let Mode::Edit { input, .. } = &mut app.mode else {
        return Vec::new();
    };
    let request = match key.code {
        KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => {
            Some(InputRequest::InsertChar(c))
        }
        KeyCode::Char('u') => Some(InputRequest::DeleteLine),
        KeyCode::Char('w') => Some(InputRequest::DeletePrevWord),
        KeyCode::Backspace => Some(InputRequest::DeletePrevChar),
        KeyCode::Delete => Some(InputRequest::DeleteNextChar),
        KeyCode::Left => Some(InputRequest::GoToPrevChar),
        KeyCode::Right => Some(InputRequest::GoToNextChar),
        KeyCode::Home => Some(InputRequest::GoToStart),
        KeyCode::End => Some(InputRequest::GoToEnd),
        _ => None,
    };
    if let Some(r) = request {
        input.handle(r);
        return Vec::new();
    }
    match key.code {
        KeyCode::Esc => {
            app.mode = Mode::Browse;
            if let Some(row) = app.return_to.take() {
                back_to_review(app, row);
            }
            Vec::new()
        }
        KeyCode::Enter | KeyCode::Tab | KeyCode::Down | KeyCode::BackTab | KeyCode::Up => {
            let typed = input.value().to_string();
            let result = field.slot().set_text(&mut app.session, app.domain, &typed);
            let effects = answered(app, field, result, key.code == KeyCode::Enter);
            if matches!(app.mode, Mode::Browse) && app.return_to.is_none() {
                match key.code {
                    KeyCode::Tab | KeyCode::Down => move_focus(app, 1),
                    KeyCode::BackTab | KeyCode::Up => move_focus(app, -1),
                    _ => {}
                }
            }
            effects
        }
        _ => Vec::new(),
    }
}

fn pick_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    let Mode::Pick {
        field,
        options,
        multi,
        filter,
        cursor,
        chosen,
    } = &mut app.mode
    else {
        return Vec::new();
    };
    let (field, multi) = (*field, *multi);
    let shown: Vec<Pick> = choices::filter(options, filter.value())
        .iter()
        .map(|c| c.pick)
        .collect();
    match key.code {
        KeyCode::Esc => {
            app.mode = Mode::Browse;
            if let Some(row) = app.return_to.take() {
                back_to_review(app, row);
            }
        }
        KeyCode::Up => *cursor = Some(cursor.map_or(0, |c| c.saturating_sub(1))),
        KeyCode::Down => {
            let last = shown.len().saturating_sub(1);
            *cursor = Some(cursor.map_or(0, |c| (c + 1).min(last)));
        }
        KeyCode::Char(' ') if multi => {
            if let Some(p) = cursor.and_then(|c| shown.get(c)) {
                if let Some(i) = chosen.iter().position(|c| c == p) {
                    chosen.remove(i);
                } else {
                    chosen.push(*p);
                }
            }
        }
        KeyCode::Enter | KeyCode::Tab => {
            let picks: Vec<Pick> = if multi {
                // Keep the engine's order, not the order of ticking.
                options
                    .iter()
                    .map(|o| o.pick)
                    .filter(|p| chosen.contains(p))
                    .collect()
            } else {
                match cursor.and_then(|c| shown.get(c)) {
                    Some(p) => vec![*p],
                    None => {
                        app.notice = Some(app.t("tui.pick.choose-first"));
                        return Vec::new();
                    }
                }
            };
            let result = field.slot().set_picks(&mut app.session, app.domain, &picks);
            return answered(app, field, result, key.code == KeyCode::Enter);
        }
        KeyCode::Backspace => {
            filter.handle(InputRequest::DeletePrevChar);
            *cursor = (!filter.value().is_empty()).then_some(0);
        }
        KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => {
            filter.handle(InputRequest::InsertChar(c));
            *cursor = Some(0);
        }
        _ => {}
    }
    Vec::new()
}

/// The export prompt: Tab / Shift+Tab choose the format (a default path follows it), type a
/// path (←/→ move in it), Enter writes, Esc cancels. The prompt stays open until the event loop
/// reports the file written ([`exported`]); a failure is shown in it, to correct the path.
fn export_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    use crate::export::{Format, default_path};
    let name = app.name.clone();
    let Mode::Export {
        format,
        path,
        error,
    } = &mut app.mode
    else {
        return Vec::new();
    };
    let request = match key.code {
        KeyCode::Esc => {
            app.mode = Mode::Browse;
            return Vec::new();
        }
        KeyCode::Enter => {
            *error = None;
            let effect = Effect::Export(Format::ALL[*format], path.value().trim().to_string());
            return vec![effect];
        }
        KeyCode::Tab | KeyCode::BackTab => {
            let old_default = default_path(&name, Format::ALL[*format])
                .display()
                .to_string();
            let n = Format::ALL.len();
            *format = if key.code == KeyCode::BackTab {
                (*format + n - 1) % n
            } else {
                (*format + 1) % n
            };
            if path.value() == old_default {
                *path = Input::new(
                    default_path(&name, Format::ALL[*format])
                        .display()
                        .to_string(),
                );
            }
            return Vec::new();
        }
        KeyCode::Left => InputRequest::GoToPrevChar,
        KeyCode::Right => InputRequest::GoToNextChar,
        KeyCode::Home => InputRequest::GoToStart,
        KeyCode::End => InputRequest::GoToEnd,
        KeyCode::Backspace => InputRequest::DeletePrevChar,
        KeyCode::Delete => InputRequest::DeleteNextChar,
        KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => {
            InputRequest::InsertChar(c)
        }
        KeyCode::Char('u') => InputRequest::DeleteLine,
        _ => return Vec::new(),
    };
    path.handle(request);
    Vec::new()
}

/// What became of an export the prompt asked for: written (the prompt closes and the footer
/// says where), or not (the prompt stays, saying why in one short line).
pub fn exported(app: &mut App, result: Result<String, String>) {
    match result {
        Ok(path) => {
            app.mode = Mode::Browse;
            app.last_export = Some(path);
            app.notice = None;
        }
        Err(reason) => {
            if let Mode::Export { error, .. } = &mut app.mode {
                *error = Some(reason);
            }
        }
    }
}

fn paste(app: &mut App, text: &str) -> Vec<Effect> {
    // One value, whatever the terminal sent: line breaks become spaces.
    let text: String = text
        .chars()
        .map(|c| {
            if c == '\n' || c == '\r' || c == '\t' {
                ' '
            } else {
                c
            }
        })
        .collect();
    let text = text.trim();
    match &mut app.mode {
        Mode::Edit { input, .. } => {
            for c in text.chars() {
                input.handle(InputRequest::InsertChar(c));
            }
        }
        Mode::Pick { filter, cursor, .. } => {
            for c in text.chars() {
                filter.handle(InputRequest::InsertChar(c));
            }
            *cursor = Some(0);
        }
        Mode::Export { path, .. } => {
            for c in text.chars() {
                path.handle(InputRequest::InsertChar(c));
            }
        }
        Mode::Browse => {
            if let Some(q) = app.focused_field()
                && matches!(
                    q.kind,
                    Kind::Text | Kind::Date | Kind::Number | Kind::Decimal
                )
            {
                app.mode = Mode::Edit {
                    field: q.id,
                    input: Input::new(text.to_string()),
                    error: None,
                };
            }
        }
    }
    Vec::new()
}

/// After an answer was written (or refused): on success the checklist is re-evaluated and the
/// session saved; a value that cannot be read keeps the field open with the reason.
fn commit(app: &mut App, result: Result<(), SetError>) -> Vec<Effect> {
    match result {
        Ok(()) => {
            app.mode = Mode::Browse;
            let effects = changed(app);
            if let Some(row) = app.return_to.take() {
                back_to_review(app, row);
            }
            effects
        }
        Err(reason) => {
            let text = app.t(reason.message_id());
            match &mut app.mode {
                Mode::Edit { error, .. } => *error = Some(text),
                _ => app.notice = Some(text),
            }
            Vec::new()
        }
    }
}

fn answer(app: &mut App, field: QuestionId, a: Answer) -> Vec<Effect> {
    let result = field.slot().set_answer(&mut app.session, app.domain, a);
    answered(app, field, result, true)
}

/// An answer given: committed, then (when `forward`, and not opened from the review) on to
/// the next question that waits for an answer.
fn answered(
    app: &mut App,
    field: QuestionId,
    result: Result<(), SetError>,
    forward: bool,
) -> Vec<Effect> {
    let from_review = app.return_to.is_some();
    let effects = commit(app, result);
    if forward && !from_review && matches!(app.mode, Mode::Browse) && !effects.is_empty() {
        super::forward::advance(app, field);
    }
    effects
}

/// What is being typed when the user quits is kept (if it can be read).
fn commit_pending(app: &mut App) -> Vec<Effect> {
    if let Mode::Edit { field, input, .. } = &app.mode {
        let (field, typed) = (*field, input.value().to_string());
        if field
            .slot()
            .set_text(&mut app.session, app.domain, &typed)
            .is_ok()
        {
            app.mode = Mode::Browse;
            return changed(app);
        }
    }
    Vec::new()
}

fn changed(app: &mut App) -> Vec<Effect> {
    app.reevaluate();
    // Questions may appear or disappear (a province asks more); keep focus in range.
    app.focus = app.focus.min(rows(app).saturating_sub(1));
    vec![Effect::Save]
}

fn open_from_review(app: &mut App) {
    let rows = app.review_rows();
    let Some(row) = rows.get(app.focus).copied() else {
        return;
    };
    let return_row = app.focus;
    app.session.step = Some(row.step);
    app.domain = row.domain;
    app.focus = app
        .fields()
        .iter()
        .position(|q| q.id == row.field)
        .unwrap_or(0);
    app.return_to = Some(return_row);
    let kind = app.question(row.field).map(|q| q.kind.clone());
    match kind {
        Some(Kind::Choice(_) | Kind::Multi(_)) => start_pick(app, row.field),
        Some(Kind::Text | Kind::Date | Kind::Number | Kind::Decimal) => start_edit(app, row.field),
        // Yes/no and the domain list are answered with their keys on the step itself;
        // Esc goes back to the review.
        _ => {}
    }
}

fn back_to_review(app: &mut App, row: usize) {
    app.session.step = Some(Step::Review);
    app.focus = row.min(app.review_rows().len().saturating_sub(1));
    app.mode = Mode::Browse;
}

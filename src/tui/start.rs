//! The start screen (no session named): saved sessions with their step, progress and last
//! change; resume, create (asks a name) or delete (asks to confirm). State + pure update +
//! view, like the wizard; the event loop does the disk work the effects ask for.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};
use tui_input::{Input, InputRequest};

use super::view::put_lines;
use crate::messages;
use crate::session::Language;
use crate::wrap::wrap_indented as wrap;

/// One saved session as the start screen lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub name: String,
    /// "Domain (2/6)" or "Review"; "…" until the session has been read.
    pub step: String,
    /// The checklist's counts, as `icp-prep list` shows them.
    pub done: usize,
    pub todo: usize,
    pub blocked: usize,
    pub updated: String,
    pub error: Option<String>,
}

#[derive(Debug, Clone)]
pub enum StartMode {
    List,
    NewName { input: Input, error: Option<String> },
    ConfirmDelete(String),
}

pub struct Start {
    /// A message for the bottom line (why a delete did not happen).
    pub notice: Option<String>,
    pub entries: Vec<Entry>,
    pub cursor: usize,
    pub mode: StartMode,
    pub lang: Language,
    /// The keys, in a pop-up (`?`).
    pub help: bool,
    pub help_scroll: super::scroll::Scroll,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StartEffect {
    Open(String),
    Create(String),
    Delete(String),
    Quit,
}

impl Start {
    pub fn new(entries: Vec<Entry>, lang: Language) -> Start {
        Start {
            notice: None,
            entries,
            cursor: 0,
            mode: StartMode::List,
            lang,
            help: false,
            help_scroll: Default::default(),
        }
    }

    fn t(&self, id: &str) -> String {
        messages::text(self.lang, id).to_string()
    }

    /// Show a problem: under the name being typed, or on the bottom line.
    pub fn name_error(&mut self, message: String) {
        match &mut self.mode {
            StartMode::NewName { error, .. } => *error = Some(message),
            _ => self.notice = Some(message),
        }
    }

    pub fn update(&mut self, key: KeyEvent) -> Option<StartEffect> {
        if key.kind != KeyEventKind::Press {
            return None;
        }
        if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c') {
            return Some(StartEffect::Quit);
        }
        if self.help {
            match key.code {
                KeyCode::Down | KeyCode::Char('j') => self.help_scroll.by(1),
                KeyCode::Up | KeyCode::Char('k') => self.help_scroll.by(-1),
                _ => {
                    self.help = false;
                    self.help_scroll.reset();
                }
            }
            return None;
        }
        match &mut self.mode {
            StartMode::List => match key.code {
                KeyCode::Char('q') | KeyCode::Esc => return Some(StartEffect::Quit),
                KeyCode::Char('?') | KeyCode::F(1) => self.help = true,
                KeyCode::Down | KeyCode::Tab => {
                    self.cursor = (self.cursor + 1).min(self.entries.len().saturating_sub(1))
                }
                KeyCode::Up | KeyCode::BackTab => self.cursor = self.cursor.saturating_sub(1),
                KeyCode::Enter => {
                    if let Some(e) = self.entries.get(self.cursor) {
                        return Some(StartEffect::Open(e.name.clone()));
                    }
                    self.mode = StartMode::NewName {
                        input: Input::default(),
                        error: None,
                    };
                }
                KeyCode::Char('n') => {
                    self.mode = StartMode::NewName {
                        input: Input::default(),
                        error: None,
                    }
                }
                KeyCode::Char('d') | KeyCode::Delete => {
                    if let Some(e) = self.entries.get(self.cursor) {
                        self.mode = StartMode::ConfirmDelete(e.name.clone());
                    }
                }
                _ => {}
            },
            StartMode::NewName { input, .. } => match key.code {
                KeyCode::Esc => self.mode = StartMode::List,
                KeyCode::Enter => {
                    let name = input.value().trim().to_string();
                    if !name.is_empty() {
                        return Some(StartEffect::Create(name));
                    }
                }
                KeyCode::Backspace => {
                    input.handle(InputRequest::DeletePrevChar);
                }
                KeyCode::Left => {
                    input.handle(InputRequest::GoToPrevChar);
                }
                KeyCode::Right => {
                    input.handle(InputRequest::GoToNextChar);
                }
                KeyCode::Char(c) => {
                    input.handle(InputRequest::InsertChar(c));
                }
                _ => {}
            },
            StartMode::ConfirmDelete(name) => {
                let name = name.clone();
                self.mode = StartMode::List;
                if key.code == KeyCode::Char('y') {
                    return Some(StartEffect::Delete(name));
                }
            }
        }
        None
    }
}

impl Widget for &Start {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.width < super::view::MIN_WIDTH || area.height < super::view::MIN_HEIGHT {
            return super::view::too_small_message(self.lang, area, buf);
        }
        // Fixed rows: the title (2), the keys (3) and the list between them. Plain arithmetic,
        // not a Layout: this is the first frame, and the constraint solver's first run costs
        // more than the rest of it (DESIGN.md §4 startup).
        let top = Rect { height: 2, ..area };
        let bottom = Rect {
            y: area.bottom().saturating_sub(3),
            height: 3,
            ..area
        };
        let list = Rect {
            y: area.y + 2,
            height: area.height.saturating_sub(5),
            ..area
        };
        let bold = Style::default().add_modifier(Modifier::BOLD);
        let dim = Style::default().add_modifier(Modifier::DIM);
        put_lines(
            &[
                Line::from(Span::styled(self.t("tui.start.title"), bold)),
                Line::from(self.t("tui.start.subtitle")),
            ],
            0,
            top,
            buf,
        );
        let block = Block::bordered().title(self.t("tui.start.sessions"));
        let inner = block.inner(list);
        block.render(list, buf);
        let width = inner.width as usize;
        let mut lines = Vec::new();
        if self.entries.is_empty() {
            for id in ["tui.start.empty", "tui.start.need", "tui.start.need.list"] {
                for l in wrap(&self.t(id), width, 2) {
                    lines.push(Line::from(l));
                }
                lines.push(Line::from(""));
            }
        }
        for (i, e) in self.entries.iter().enumerate() {
            let style = if i == self.cursor {
                Style::default().add_modifier(Modifier::REVERSED)
            } else {
                Style::default()
            };
            let text = match &e.error {
                Some(err) => messages::format(
                    self.lang,
                    "tui.start.row-error",
                    &[("name", e.name.clone()), ("error", err.clone())],
                ),
                None => messages::format(
                    self.lang,
                    "tui.start.row",
                    &[
                        ("name", e.name.clone()),
                        ("step", e.step.clone()),
                        ("done", e.done.to_string()),
                        ("todo", e.todo.to_string()),
                        ("blocked", e.blocked.to_string()),
                        ("updated", e.updated.clone()),
                    ],
                ),
            };
            for l in wrap(&text, width, 4) {
                lines.push(Line::from(Span::styled(l, style)));
            }
        }
        put_lines(&lines, 0, inner, buf);
        let prompt = match &self.mode {
            StartMode::List => {
                // A notice (why a session did not open or was not deleted) on up to two lines.
                let mut v: Vec<Line> = self
                    .notice
                    .iter()
                    .flat_map(|n| wrap(n, area.width as usize, 2).into_iter().take(2))
                    .map(Line::from)
                    .collect();
                v.push(Line::from(Span::styled(self.t("tui.start.keys"), dim)));
                v
            }
            StartMode::NewName { input, error } => {
                let mut v = vec![Line::from(format!(
                    "{} {}▏",
                    self.t("tui.start.name"),
                    input.value()
                ))];
                if let Some(e) = error {
                    v.push(Line::from(e.clone()));
                }
                v.push(Line::from(Span::styled(self.t("tui.start.name.keys"), dim)));
                v
            }
            StartMode::ConfirmDelete(name) => {
                vec![Line::from(Span::styled(
                    messages::format(
                        self.lang,
                        "tui.start.confirm-delete",
                        &[("name", name.clone())],
                    ),
                    bold,
                ))]
            }
        };
        put_lines(&prompt, 0, bottom, buf);
        if self.help {
            super::view::help_popup(
                self.lang,
                &[
                    "tui.start.help.move",
                    "tui.start.help.open",
                    "tui.start.help.new",
                    "tui.start.help.delete",
                    "tui.start.help.quit",
                    "tui.help.help",
                ],
                &[],
                area,
                buf,
                &self.help_scroll,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(c: KeyCode) -> KeyEvent {
        KeyEvent::new(c, KeyModifiers::NONE)
    }

    fn entry(name: &str) -> Entry {
        Entry {
            name: name.into(),
            step: "x".into(),
            done: 1,
            todo: 2,
            blocked: 0,
            updated: "today".into(),
            error: None,
        }
    }

    #[test]
    fn resume_create_and_delete_with_confirmation() {
        let mut s = Start::new(vec![entry("a"), entry("b")], Language::En);
        s.update(key(KeyCode::Down));
        assert_eq!(
            s.update(key(KeyCode::Enter)),
            Some(StartEffect::Open("b".into()))
        );
        assert_eq!(s.update(key(KeyCode::Char('d'))), None);
        assert_eq!(
            s.update(key(KeyCode::Char('x'))),
            None,
            "anything but y cancels"
        );
        s.update(key(KeyCode::Char('d')));
        assert_eq!(
            s.update(key(KeyCode::Char('y'))),
            Some(StartEffect::Delete("b".into()))
        );
        s.update(key(KeyCode::Char('n')));
        for c in "shop".chars() {
            s.update(key(KeyCode::Char(c)));
        }
        assert_eq!(
            s.update(key(KeyCode::Enter)),
            Some(StartEffect::Create("shop".into()))
        );
        let mut empty = Start::new(vec![], Language::En);
        assert_eq!(
            empty.update(key(KeyCode::Enter)),
            None,
            "Enter on an empty list asks a name"
        );
        assert!(matches!(empty.mode, StartMode::NewName { .. }));
        assert_eq!(empty.update(key(KeyCode::Esc)), None);
        assert_eq!(
            empty.update(key(KeyCode::Char('q'))),
            Some(StartEffect::Quit)
        );
    }
}

//! Typing a case into the wizard as a script: each answer given where the forward motion
//! left the wizard (its editor or list already open), the question named by its path and
//! waited for by its label from the message catalogue (so a script runs in either language).

use icp_prep::messages;
use icp_prep::session::Language;
use unicode_width::UnicodeWidthChar;

use super::pty::{Pty, key};

/// One answer, given where the wizard is (its editor or list already open).
pub enum Answer {
    /// Type into the list's filter, then Enter.
    Pick(&'static str),
    /// Enter on the option the list starts on (the engine's suggestion).
    Suggested,
    /// Type into the editor, then Enter (empty: leave an optional question unanswered).
    Text(&'static str),
    /// y, n or u on a yes/no question.
    Key(&'static str),
    /// A multi-choice: tick every option on screen (Space, ↓ …), then Enter; the lists the
    /// scripts use this on fit in the window.
    TickAll,
    /// A multi-choice: tick the option each filter finds, then Enter.
    Tick(&'static [&'static str]),
    /// A multi-choice left with nothing ticked ("none"): Enter.
    TickNone,
}

use Answer::*;

/// The label of a question, cut to what fits on one line of the narrowest panel (the wait
/// must not depend on where a long label wraps).
pub fn label(lang: Language, path: &str) -> String {
    let id = format!("field.{path}");
    let full = messages::text(lang, &id);
    let mut width = 0;
    full.chars()
        .take_while(|c| {
            width += c.width().unwrap_or(0);
            width <= 14
        })
        .collect()
}

pub struct Run {
    pub pty: Pty,
    pub lang: Language,
    /// Characters typed into editors and filters, and the keys that tick a multi-choice.
    pub typed: usize,
    pub questions: usize,
}

impl Run {
    pub fn answer(&mut self, path: &str, answer: &Answer) {
        self.typed += give(&self.pty, self.lang, path, answer);
        self.questions += 1;
    }

    pub fn script(&mut self, steps: &[(&str, Answer)]) {
        for (path, answer) in steps {
            self.answer(path, answer);
        }
    }
}

/// Give one answer where the wizard is; returns the characters typed (and ticking keys).
pub fn give(p: &Pty, lang: Language, path: &str, answer: &Answer) -> usize {
    let l = label(lang, path);
    match *answer {
        Pick(filter) => {
            p.wait_for(&format!("┌ {l}"));
            p.type_text(filter);
            p.send(key::ENTER);
            filter.chars().count()
        }
        Suggested => {
            p.wait_for(&format!("┌ {l}"));
            p.send(key::ENTER);
            0
        }
        Text(value) => {
            p.wait_for_all(&[&format!("› {l}"), messages::text(lang, "tui.keys.edit")]);
            p.type_text(value);
            p.send(key::ENTER);
            value.chars().count()
        }
        Key(k) => {
            p.wait_for(&format!("› {l}"));
            p.send(k);
            0
        }
        TickAll => {
            p.wait_for_all(&[&format!("┌ {l}"), "[ ]"]);
            let n = p.screen().matches("[ ]").count();
            for i in 0..n {
                if i > 0 {
                    p.send(key::DOWN);
                }
                p.send(" ");
            }
            p.send(key::ENTER);
            2 * n - 1
        }
        Tick(filters) => {
            p.wait_for_all(&[&format!("┌ {l}"), "[ ]"]);
            let mut typed = 0;
            for f in filters {
                p.type_text(f);
                p.send(" ");
                p.send(key::BACKSPACE.repeat(f.chars().count()));
                typed += 2 * f.chars().count() + 1;
            }
            p.send(key::ENTER);
            typed
        }
        TickNone => {
            p.wait_for(&format!("┌ {l}"));
            p.send(key::ENTER);
            0
        }
    }
}

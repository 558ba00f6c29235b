//! Plain mode's start screen: the saved sessions, numbered, with where each stands; a number
//! or a name opens one, a new name creates it. Opening takes the lock as the wizard does, and
//! a refusal (another window holds it) is said the wizard's way.

use std::io::{BufRead, Write};

use chrono::NaiveDate;

use super::io::{Lines, Out};
use crate::knowledge::Knowledge;
use crate::messages::{self, text};
use crate::session::{Language, Step};
use crate::store::{self, DataDir};
use crate::tui::run::{Opened, open};
use crate::tui::steps;

/// What the start screen ended with.
pub enum Chosen {
    Opened(Box<Opened>),
    /// `q` or the end of the input.
    Left,
    /// A script's line that names no session that can be opened.
    Invalid {
        line: usize,
        reason: String,
    },
}

pub fn choose<R: BufRead, W: Write>(
    data: &DataDir,
    k: &Knowledge,
    today: NaiveDate,
    lang: Language,
    lines: &mut Lines<R>,
    out: &mut Out<W>,
    script: bool,
) -> Chosen {
    let sessions = store::list(data).unwrap_or_default();
    if sessions.is_empty() {
        out.line(text(lang, "plain.start.empty"));
    } else {
        out.line(text(lang, "plain.start.sessions"));
    }
    for (i, s) in sessions.iter().enumerate() {
        let where_ = match (&s.session, &s.error) {
            (Some(session), _) => {
                let c = crate::engine::counts(session, k, today);
                let step = s.step.unwrap_or(Step::Regulations);
                let step = match steps::number(step) {
                    Some(n) => format!("{} ({n}/6)", text(lang, &format!("tui.step.{step}"))),
                    None => text(lang, "tui.header.review").to_string(),
                };
                let counts = messages::progress(lang, c.done, c.todo, c.blocked);
                format!("{step} · {counts}")
            }
            (None, Some(e)) => e.message(lang),
            (None, None) => String::new(),
        };
        let number = format!("  {:>2}) ", i + 1);
        let row = messages::pair(lang, &s.name, &where_);
        out.para(&row, &number, &" ".repeat(number.len()));
    }
    loop {
        out.line(text(lang, "plain.start.ask"));
        if !script {
            out.marker();
        }
        let Some(line) = lines.next_answer() else {
            return Chosen::Left;
        };
        let typed = line.trim();
        let chosen = match typed {
            "" => continue,
            "q" | "Q" => return Chosen::Left,
            t => match t.parse::<usize>() {
                Ok(n) => match n.checked_sub(1).and_then(|i| sessions.get(i)) {
                    Some(s) => Ok((s.name.clone(), false)),
                    None => Err(messages::format(
                        lang,
                        "plain.start.no-number",
                        &[("number", t.to_string())],
                    )),
                },
                Err(_) => match data.session(t) {
                    Ok(f) => Ok((t.to_string(), !f.exists())),
                    Err(e) => Err(e.message(lang)),
                },
            },
        };
        let opened = chosen.and_then(|(name, create)| open(data, &name, create, lang, None));
        match opened {
            Ok(o) => return Chosen::Opened(Box::new(o)),
            Err(reason) if script => {
                return Chosen::Invalid {
                    line: lines.number(),
                    reason,
                };
            }
            Err(reason) => out.line(&reason),
        }
    }
}

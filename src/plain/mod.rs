//! Plain mode (`--plain`, and wherever the wizard would start when `TERM=dumb`): the wizard's
//! questions — the engine's, in its order — asked one per line on standard input and output,
//! with no alternate screen, box drawing, colour or cursor movement. It suits a dumb terminal,
//! a screen reader or a serial console, and an answers file piped in: then the first answer
//! that cannot be read stops it with exit 2 and the line number, the answers before it saved.
//!
//! Files: `io` (numbered lines in, wrapped lines out), `answer` (what a line means),
//! `prompt` (what is written), `dialogue` (the loop), `start` (choosing a session).

mod answer;
mod dialogue;
mod io;
mod prompt;
mod start;

use std::io::IsTerminal;

pub use dialogue::{Answered, Dialogue, Outcome};
pub use io::{Lines, Out};

use crate::cli::exit;
use crate::messages;
use crate::session::{Language, Session};
use crate::store::{self, DataDir};
use crate::tui::Options;
use crate::tui::run::Opened;

/// Whether plain mode stands in for the wizard: asked for, or a terminal that cannot draw it.
pub fn wanted(flag: bool) -> bool {
    flag || std::env::var_os("TERM").is_some_and(|t| t == "dumb")
}

/// Run plain mode on a session (a name or a file), or on its start screen when `target` is
/// `None`. Returns the process exit status: 0 when every step was asked or the user left, 2
/// when a script's answer cannot be read or the session cannot be opened or saved.
pub fn run(target: Option<&str>, opts: &Options) -> u8 {
    let lang = Language::choose(opts.lang, None, opts.env_lang);
    let fail = |message: &str| {
        crate::cli::say::err(&messages::error_line(lang, message));
        exit::UNUSABLE
    };
    let stdin = std::io::stdin();
    let script = !stdin.is_terminal();
    let mut lines = Lines::new(stdin.lock());
    let mut out = Out::new(std::io::stdout());
    let data = match DataDir::locate(opts.data_dir.as_deref()) {
        Ok(d) => d,
        Err(e) => return fail(&e.message(lang)),
    };
    let k = match (opts.rules)(lang) {
        Ok(k) => k,
        Err(message) => return fail(&message),
    };
    let opened = match target {
        Some(t) => match crate::tui::run::open(&data, t, false, lang, None) {
            Ok(o) => o,
            Err(message) => return fail(&message),
        },
        None => {
            let chosen = start::choose(&data, k, opts.today, lang, &mut lines, &mut out, script);
            match chosen {
                start::Chosen::Opened(o) => *o,
                start::Chosen::Left => return exit::READY,
                start::Chosen::Invalid { line, reason } => return invalid(lang, line, &reason),
            }
        }
    };
    let Opened {
        file,
        _lock,
        mut session,
    } = opened;
    // What is on disk: an unchanged session is never rewritten (as in the wizard).
    let mut on_disk: Option<Session> = file.exists().then(|| session.clone());
    let lang = Language::choose(opts.lang, session.language, opts.env_lang);
    // A language chosen with --lang is kept with the session, as the wizard keeps it.
    if opts.lang.is_some() {
        session.language = Some(lang);
    }
    let created = session.created.unwrap_or_else(store::now);
    let mut save = |s: &Session| -> Result<(), String> {
        if on_disk.as_ref() == Some(s) {
            return Ok(());
        }
        let mut stamped = s.clone();
        stamped.created.get_or_insert(created);
        store::save(file.path(), &mut stamped, store::now()).map_err(|e| e.message(lang))?;
        on_disk = Some(s.clone());
        Ok(())
    };
    if let Err(message) = save(&session) {
        return fail(&message);
    }
    let printable_path = messages::printable(&file.path().display().to_string());
    let target = messages::printable(target.unwrap_or(file.name()));
    out.whole(&messages::format(
        lang,
        "plain.session",
        &[
            ("name", messages::printable(file.name())),
            ("path", printable_path.clone()),
        ],
    ));
    let mut dialogue = Dialogue::new(session, k, opts.today, lang, script);
    let outcome = dialogue.run(&mut lines, &mut out, &mut save);
    let c = dialogue.checklist().counts();
    let counts = messages::progress(lang, c.done, c.todo, c.blocked);
    let args = [("path", printable_path), ("target", target)];
    match outcome {
        Outcome::Finished => {
            out.blank();
            out.line(&counts);
            out.whole(&messages::format(lang, "plain.end.finished", &args));
            exit::READY
        }
        Outcome::Left => {
            out.blank();
            out.line(&counts);
            out.whole(&messages::format(lang, "plain.end.left", &args));
            exit::READY
        }
        Outcome::Invalid { line, reason } => invalid(lang, line, &reason),
        Outcome::SaveFailed(message) => fail(&message),
    }
}

/// A script's answer that cannot be read: where and why, on standard error; exit 2.
fn invalid(lang: Language, line: usize, reason: &str) -> u8 {
    let message = messages::format(
        lang,
        "plain.error.line",
        &[("line", line.to_string()), ("reason", reason.to_string())],
    );
    crate::cli::say::err(&messages::error_line(lang, &message));
    exit::UNUSABLE
}

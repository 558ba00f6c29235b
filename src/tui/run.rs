//! The event loop: draw, read one event, update, carry out the effects (autosave, export,
//! quit). Blocking crossterm reads with a short poll so the saved indicator stays current.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Duration;

use chrono::NaiveDate;
use ratatui::crossterm::event::{Event, MouseEventKind};

use super::app::{App, Saved};
use super::start::{Entry, Start, StartEffect};
use super::update::{self, Effect, Msg, update};
use super::{steps, terminal, view};
use crate::knowledge::Knowledge;
use crate::messages;
use crate::session::{Language, Session};
use crate::store::{self, AutoSaver, DataDir, SaveStatus, SessionLock};

pub struct Options {
    pub data_dir: Option<PathBuf>,
    pub mouse: bool,
    /// `--lang`: wins over everything.
    pub lang: Option<Language>,
    /// The environment's language (LC_ALL / LANG): used when neither `--lang` nor the
    /// session's saved `language` says one.
    pub env_lang: Option<Language>,
    /// Where the rules come from, called when they are first needed (an empty start screen
    /// never needs them): cli's loader, which may already have them (a `--rules` folder is read
    /// and checked before the wizard starts; of the built-in rules only what a session asks
    /// for is read, see `knowledge/lazy.rs`). `Err` is the message to show.
    pub rules: fn(Language) -> Result<&'static Knowledge, String>,
    /// The date every verdict is judged on: read once by `cli` (or `--today`).
    pub today: NaiveDate,
}

impl Options {
    /// The language, given the session's saved one (`None` before a session is open).
    fn lang(&self, saved: Option<Language>) -> Language {
        Language::choose(self.lang, saved, self.env_lang)
    }
}

/// Open the wizard on a session (a name or a file), or on the start screen when `target` is
/// `None`. `checked` is the target as the caller already read it (`icp-prep open` checks the
/// file before anything else), so it is not parsed again when it has not changed. Returns the
/// process exit status.
pub fn run(
    target: Option<&str>,
    create: bool,
    checked: Option<&store::Loaded>,
    opts: &Options,
) -> u8 {
    let lang = opts.lang(None);
    let fail = |msg: String| {
        crate::cli::say::err(&messages::error_line(lang, &msg));
        2
    };
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        return fail(messages::text(lang, "tui.error.no-terminal").to_string());
    }
    let data = match DataDir::locate(opts.data_dir.as_deref()) {
        Ok(d) => d,
        Err(e) => return fail(e.message(lang)),
    };
    // 128 + the signal's number, the shell's convention for "ended by a signal".
    let by_signal = |sig: u8| 128u8.saturating_add(sig);
    let (mut term, _guard) = match terminal::take(opts.mouse) {
        Ok(t) => t,
        Err(e) => return fail(e.to_string()),
    };
    let rules = Rules {
        load: opts.rules,
        lang,
    };
    // Why the session chosen on the start screen could not be opened (another window holds
    // it, it cannot be read): shown there, and the start screen stays.
    let mut notice = None;
    loop {
        let (name, create) = match target {
            Some(t) => (t.to_string(), create),
            None => match start_screen(&mut term, &data, &rules, lang, opts.today, notice.take()) {
                Ok(Some(chosen)) => chosen,
                Ok(None) => return terminal::signalled().map_or(0, by_signal),
                Err(message) => {
                    drop(_guard);
                    return fail(message);
                }
            },
        };
        let knowledge = match rules.get() {
            Ok(k) => k,
            Err(message) => {
                drop(_guard);
                return fail(message);
            }
        };
        let opened = match open(&data, &name, create, lang, checked) {
            Ok(o) => o,
            Err(message) if target.is_none() => {
                notice = Some(message);
                continue;
            }
            Err(message) => {
                drop(_guard);
                return fail(message);
            }
        };
        return match wizard(&mut term, opened, knowledge, opts) {
            Ok(None) => 0,
            Ok(Some(sig)) => by_signal(sig),
            Err(message) => {
                drop(_guard);
                fail(message)
            }
        };
    }
}

/// A session opened for the wizard: its file, the lock held on it, and its answers.
pub(crate) struct Opened {
    pub(crate) file: store::SessionFile,
    pub(crate) _lock: SessionLock,
    pub(crate) session: Session,
}

/// Shared with plain mode (`crate::plain`), which opens a session the same way.
pub(crate) fn open(
    data: &DataDir,
    name: &str,
    create: bool,
    lang: Language,
    checked: Option<&store::Loaded>,
) -> Result<Opened, String> {
    let file = store::resolve(name, Some(data.root())).map_err(|e| e.message(lang))?;
    // The file as checked before the lock: by the caller, or read here.
    let read_here;
    let mut before = None;
    if file.exists() {
        // Before anything is written (the lock file included), the file must be a session
        // the wizard can save: not a link, and one that loads.
        if std::fs::symlink_metadata(file.path()).is_ok_and(|m| m.file_type().is_symlink()) {
            let e = store::StoreError::Symlink {
                path: file.path().to_path_buf(),
            };
            return Err(e.message(lang));
        }
        before = match checked {
            Some(c) if c.path == file.path() => Some(c),
            _ => {
                read_here = store::load_text(file.path()).map_err(|e| e.message(lang))?;
                Some(&read_here)
            }
        };
    }
    if create || !file.exists() {
        data.create().map_err(|e| e.message(lang))?;
    }
    let lock = SessionLock::acquire(&file).map_err(|e| e.message(lang))?;
    let session = if file.exists() {
        store::reload(file.path(), before).map_err(|e| e.message(lang))?
    } else {
        Session {
            version: crate::session::CURRENT_VERSION,
            ..Default::default()
        }
    };
    Ok(Opened {
        file,
        _lock: lock,
        session,
    })
}

/// Runs until the user quits (`Ok(None)`) or a terminating signal arrives (`Ok(Some(signal))`);
/// either way the answers are on disk when it returns `Ok`.
fn wizard(
    term: &mut terminal::Term,
    opened: Opened,
    k: &Knowledge,
    opts: &Options,
) -> Result<Option<u8>, String> {
    let Opened {
        file,
        _lock,
        session,
    } = opened;
    let saver = AutoSaver::spawn(file.path().to_path_buf());
    let start_language = session.language;
    let lang = opts.lang(session.language);
    let mut app = App::new(file.name().to_string(), session, k, opts.today, lang);
    app.colour = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    // A language chosen with --lang is kept with the session, as `l` keeps it.
    if opts.lang.is_some() && app.session.language != Some(lang) {
        app.session.language = Some(lang);
    }
    if !file.exists() || app.session.language != start_language {
        saver.submit(app.session.clone());
    }
    // What is on disk (as the wizard knows it): an unchanged session is never rewritten, so
    // opening and quitting leaves the file and its backup as they were.
    let mut on_disk = app.session.clone();
    let mut save = |session: &Session| {
        if *session != on_disk {
            on_disk = session.clone();
            saver.submit(session.clone());
        }
    };
    // Redraw only after an event or when the saved indicator changes: an idle wizard writes
    // nothing to the terminal.
    let mut dirty = true;
    loop {
        if let Some(sig) = terminal::signalled() {
            save(&app.session);
            return match saver.flush() {
                SaveStatus::Failed(e) => Err(e.message(app.lang)),
                _ => Ok(Some(sig)),
            };
        }
        let saved = match saver.status() {
            SaveStatus::Failed(e) => Saved::Failed(e.message(app.lang)),
            _ if saver.busy() => Saved::Saving,
            _ => Saved::Saved,
        };
        if saved != app.saved {
            app.saved = saved;
            dirty = true;
        }
        if dirty {
            term.draw(|f| {
                f.render_widget(&app, f.area());
                if let Some((x, y)) = view::cursor_position(&app, f.area()) {
                    f.set_cursor_position((x, y));
                }
            })
            .map_err(|e| e.to_string())?;
            dirty = false;
            // Test hook (tests/wizard_pty_panic.rs): prove a panic gives the terminal back.
            #[cfg(feature = "test-hooks")]
            if std::env::var_os("ICP_PREP_TEST_PANIC").is_some() {
                panic!("ICP_PREP_TEST_PANIC is set: panicking after the first frame");
            }
        }
        let Some(event) =
            terminal::next_event(Duration::from_millis(250)).map_err(|e| e.to_string())?
        else {
            continue;
        };
        dirty = true;
        let msg = match event {
            Event::Key(key) => Msg::Key(key),
            Event::Paste(text) => Msg::Paste(text),
            Event::Mouse(m) if opts.mouse => match m.kind {
                MouseEventKind::ScrollDown => Msg::Scroll(1),
                MouseEventKind::ScrollUp => Msg::Scroll(-1),
                _ => continue,
            },
            // A resize needs only the redraw at the top of the loop.
            _ => continue,
        };
        for effect in update(&mut app, msg) {
            match effect {
                Effect::Save => save(&app.session),
                Effect::Export(format, path) => export(&mut app, format, &path),
                Effect::Quit => {
                    save(&app.session);
                    if let SaveStatus::Failed(e) = saver.flush() {
                        return Err(e.message(app.lang));
                    }
                    return Ok(None);
                }
            }
        }
    }
}

/// Write the export where asked; the footer says where it went, or the prompt why it did not.
fn export(app: &mut App, format: crate::export::Format, path: &str) {
    let opts = crate::export::Options {
        format,
        today: app.today,
        lang: app.lang,
        show_private: false,
    };
    let path = if path.is_empty() {
        crate::export::default_path(&app.name, format)
    } else {
        PathBuf::from(path)
    };
    let result = crate::export::write(&app.name, &app.session, app.k, &opts, &path)
        .map(|written| written.display().to_string())
        .map_err(|e| export_reason(app.lang, e.kind()));
    update::exported(app, result);
}

/// Why an export failed, in one short line (the path is in the prompt above it).
fn export_reason(lang: Language, kind: std::io::ErrorKind) -> String {
    use std::io::ErrorKind;
    let id = match kind {
        ErrorKind::NotFound => "tui.export.no-folder",
        ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => "tui.export.denied",
        ErrorKind::IsADirectory => "tui.export.is-folder",
        ErrorKind::StorageFull => "tui.export.full",
        _ => {
            return messages::format(lang, "tui.export.failed", &[("reason", kind.to_string())]);
        }
    };
    let reason = messages::text(lang, id).to_string();
    messages::format(lang, "tui.export.failed", &[("reason", reason)])
}

/// The rules, read when first needed: an empty start screen never needs them, so it waits for
/// the first key instead of for them (DESIGN.md §4 startup).
struct Rules {
    load: fn(Language) -> Result<&'static Knowledge, String>,
    lang: Language,
}

impl Rules {
    fn get(&self) -> Result<&'static Knowledge, String> {
        (self.load)(self.lang)
    }
}

/// Up to this many saved sessions, the start screen's first frame waits for their counts.
const COUNTED_AT_ONCE: usize = 8;

fn start_screen(
    term: &mut terminal::Term,
    data: &DataDir,
    rules: &Rules,
    lang: Language,
    today: NaiveDate,
    notice: Option<String>,
) -> Result<Option<(String, bool)>, String> {
    let entries = |lang: Language, files: &[store::SessionFile]| -> Result<Vec<Entry>, String> {
        let k = rules.get()?;
        Ok(store::summarize_all(files)
            .into_iter()
            .map(|s| {
                let counts = s
                    .session
                    .as_ref()
                    .map(|session| crate::engine::counts(session, k, today));
                let step = s.step.unwrap_or(crate::session::Step::Regulations);
                let step_text = match steps::number(step) {
                    Some(n) => format!(
                        "{} ({n}/6)",
                        messages::text(lang, &format!("tui.step.{step}"))
                    ),
                    None => messages::text(lang, "tui.header.review").to_string(),
                };
                let counts = counts.unwrap_or_default();
                Entry {
                    name: s.name,
                    step: step_text,
                    done: counts.done,
                    todo: counts.todo,
                    blocked: counts.blocked,
                    updated: s
                        .updated
                        .map(|u| messages::date_time(lang, u.naive_local()))
                        .unwrap_or_default(),
                    error: s.error.map(|e| e.message(lang)),
                }
            })
            .collect())
    };
    // The rules are needed only for the counts of saved sessions; with none saved they wait
    // until a session is opened. A session's counts take about half a millisecond (reading it
    // and evaluating it), so a few are shown whole in the first frame; a longer list is drawn
    // from the folder listing first, its counts following, so the names appear at once.
    let names = store::session_files(&data.sessions()).unwrap_or_default();
    let listed = names
        .iter()
        .map(|f| Entry {
            name: f.name().to_string(),
            step: "…".into(),
            done: 0,
            todo: 0,
            blocked: 0,
            updated: String::new(),
            error: None,
        })
        .collect();
    let mut start = Start::new(listed, lang);
    if !names.is_empty() {
        if names.len() > COUNTED_AT_ONCE
            && term.draw(|f| f.render_widget(&start, f.area())).is_err()
        {
            return Ok(None);
        }
        start = Start::new(entries(lang, &names)?, lang);
    }
    start.notice = notice;
    loop {
        if term.draw(|f| f.render_widget(&start, f.area())).is_err() {
            return Ok(None);
        }
        // Wait for a key a quarter second at a time, so a terminating signal is seen.
        let event = loop {
            if terminal::signalled().is_some() {
                return Ok(None);
            }
            match terminal::next_event(Duration::from_millis(250)) {
                Ok(Some(event)) => break event,
                Ok(None) => continue,
                Err(_) => return Ok(None),
            }
        };
        let Event::Key(key) = event else {
            continue;
        };
        let Some(effect) = start.update(key) else {
            continue;
        };
        match effect {
            StartEffect::Quit => return Ok(None),
            StartEffect::Open(name) => return Ok(Some((name, false))),
            StartEffect::Create(name) => match data.session(&name) {
                Ok(f) if f.exists() => start.name_error(messages::format(
                    lang,
                    "tui.start.exists",
                    &[("name", name)],
                )),
                Ok(_) => return Ok(Some((name, true))),
                Err(e) => start.name_error(e.message(lang)),
            },
            StartEffect::Delete(name) => {
                // Through the store: it takes the lock (an open session is not deleted) and
                // removes the backup and lock files too.
                if let Ok(f) = data.session(&name)
                    && let Err(e) = store::delete(&f)
                {
                    start.name_error(e.message(lang));
                    continue;
                }
                let names = store::session_files(&data.sessions()).unwrap_or_default();
                start = Start::new(entries(lang, &names)?, lang);
            }
        }
    }
}

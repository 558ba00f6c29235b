//! The session commands: `new`, `open`, `list`, `delete`, and the hidden `__save-loop` that
//! tests/store_kill.rs drives. Writers take the session's lock; `list` only reads.

use std::io::{BufRead, IsTerminal, Write};
use std::path::Path;

use chrono::{DateTime, FixedOffset, Local, NaiveDate};
use clap::Args;
use serde::Serialize;

use super::{Format, exit};
use crate::engine;
use crate::knowledge::Knowledge;
use crate::messages;
use crate::session::{CURRENT_VERSION, Language, Session, Step};
use crate::store::{self, DataDir, SessionFile, SessionLock, SessionSummary, StoreError, Target};

/// The language of messages: `--lang`, else the environment's, else English (cli::lang).
fn lang() -> Language {
    super::lang::hint()
}

/// Print a line on stdout. A closed pipe (`icp-prep list | head`) is the reader's choice, not a
/// reason to panic or to stop (an `open` holding its lock keeps holding it).
macro_rules! say {
    ($($arg:tt)*) => {{
        super::say::out(&format!($($arg)*));
    }};
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// Name of the new session (at most 64 characters and 195 bytes; no `/`, `\` or leading dot), or the path
    /// of a new file ending in .yaml/.yml.
    #[arg(value_name = "NAME")]
    pub name: String,
}

#[derive(Debug, Args)]
pub struct OpenArgs {
    /// Session name, or a path (contains `/` or ends in .yaml/.yml).
    #[arg(value_name = "NAME|FILE", add = clap_complete::ArgValueCandidates::new(super::completions::session_names))]
    pub target: String,
    /// Keep the current file aside as <file>.corrupt-<time> and restore the last saved version
    /// (<file>.bak).
    #[arg(long, conflicts_with = "start_over")]
    pub restore_backup: bool,
    /// Keep the current file aside as <file>.corrupt-<time> and begin again with an empty session.
    #[arg(long)]
    pub start_over: bool,
    /// Test hook (tests/store_lock.rs): after opening, hold the session's lock for this many
    /// milliseconds, so a second process can be seen to be refused. Only in test builds.
    #[cfg(feature = "test-hooks")]
    #[arg(long, hide = true, value_name = "MS")]
    pub hold_lock_ms: Option<u64>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Output format: a table, or a JSON array of {name, step, done, todo, blocked, updated, path, error}.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// Session name, or a path (contains `/` or ends in .yaml/.yml).
    #[arg(value_name = "NAME|FILE", add = clap_complete::ArgValueCandidates::new(super::completions::session_names))]
    pub target: String,
    /// Delete without asking.
    #[arg(long, short)]
    pub yes: bool,
}

#[cfg(feature = "test-hooks")]
fn hold_lock_ms(args: &OpenArgs) -> Option<u64> {
    args.hold_lock_ms
}

#[cfg(not(feature = "test-hooks"))]
fn hold_lock_ms(_: &OpenArgs) -> Option<u64> {
    None
}

pub(super) fn fail(e: &StoreError) -> u8 {
    super::say::err(&crate::messages::error_line(lang(), &e.message(lang())));
    exit::UNUSABLE
}

/// A catalogue message with its arguments, made printable: names and paths come from the user
/// and the file system.
fn t(id: &str, args: &[(&str, String)]) -> String {
    let args: Vec<(&str, String)> = args
        .iter()
        .map(|(k, v)| (*k, messages::printable(v)))
        .collect();
    messages::format(lang(), id, &args)
}

fn knowledge() -> Result<&'static Knowledge, u8> {
    super::rules::load(lang()).map_err(|msg| {
        super::say::err(&crate::messages::error_line(lang(), &msg));
        exit::UNUSABLE
    })
}

/// Resolve a target; for a session name, also create the sessions folder when `create`.
pub(super) fn session_file(
    target: &str,
    data_dir: Option<&Path>,
    create: bool,
) -> Result<SessionFile, StoreError> {
    match Target::parse(target) {
        Target::Path(path) => Ok(SessionFile::at(path)),
        Target::Name(name) => {
            store::check_name(&name)?;
            let data = DataDir::locate(data_dir)?;
            if create {
                data.create()?;
            }
            data.session(&name)
        }
    }
}

fn not_found(target: &str, file: &SessionFile) -> StoreError {
    StoreError::NotFound {
        name: target.to_string(),
        path: file.path().to_path_buf(),
    }
}

/// The global options the session commands use.
pub struct Globals<'a> {
    pub data_dir: Option<&'a Path>,
    pub mouse: bool,
    pub today: NaiveDate,
    /// `--plain`: the questions line by line, also without a terminal (an answers file).
    pub plain: bool,
}

/// On a terminal, `new` and `open` hand the session to the wizard; elsewhere (scripts, tests)
/// they print where it stands.
fn interactive() -> bool {
    std::io::stdin().is_terminal() && std::io::stdout().is_terminal()
}

/// Whether `new` and `open` hand the session on to be answered: on a terminal, or with
/// `--plain` (which reads answers from a pipe too). `wizard` then picks plain mode for
/// `--plain` or TERM=dumb.
fn wants_front(g: &Globals) -> bool {
    g.plain || interactive()
}

/// The wizard, or plain mode in its place.
fn wizard(target: &str, checked: Option<&store::Loaded>, g: &Globals) -> u8 {
    let opts = crate::tui::Options {
        data_dir: g.data_dir.map(Path::to_path_buf),
        mouse: g.mouse,
        lang: super::lang::flag(),
        env_lang: super::lang::from_env(),
        rules: super::rules::load,
        today: g.today,
    };
    if crate::plain::wanted(g.plain) {
        return crate::plain::run(Some(target), &opts);
    }
    crate::tui::run(Some(target), false, checked, &opts)
}

pub fn new(args: &NewArgs, g: &Globals) -> u8 {
    let data_dir = g.data_dir;
    let run = || -> Result<SessionFile, StoreError> {
        // `new` makes files: a path must say it is a session file (.yaml/.yml); anything else
        // is a name, checked as one (so `new ../x` is refused, not created outside).
        let is_file = args.name.ends_with(".yaml") || args.name.ends_with(".yml");
        if !is_file {
            store::check_name(&args.name)?;
        }
        let file = session_file(&args.name, data_dir, true)?;
        let exists = |f: &SessionFile| std::fs::symlink_metadata(f.path()).is_ok();
        let taken = || StoreError::Exists {
            name: args.name.clone(),
            path: file.path().to_path_buf(),
        };
        // Refused before anything is written: not even a lock file beside someone's file.
        if exists(&file) {
            return Err(taken());
        }
        let lock = SessionLock::acquire(&file)?;
        if exists(&file) {
            let _ = lock.remove();
            return Err(taken());
        }
        let mut session = Session {
            version: CURRENT_VERSION,
            ..Session::default()
        };
        if let Err(e) = store::save(file.path(), &mut session, store::now()) {
            // A failed `new` leaves nothing behind: no half-made session, no lock file.
            let _ = std::fs::remove_file(file.path());
            let _ = lock.remove();
            return Err(e);
        }
        Ok(file)
    };
    match run() {
        Ok(_) if wants_front(g) => wizard(&args.name, None, g),
        Ok(file) => {
            say!(
                "{}",
                t(
                    "sessions.new.created",
                    &[("name", file.name().to_string()), path_arg(file.path())]
                )
            );
            say!(
                "{}",
                t("sessions.next", &[("target", shell_quote(&args.name))])
            );
            exit::READY
        }
        Err(e) => fail(&e),
    }
}

pub fn open(args: &OpenArgs, g: &Globals) -> u8 {
    let data_dir = g.data_dir;
    let file = match session_file(&args.target, data_dir, false) {
        Ok(f) => f,
        Err(e) => return fail(&e),
    };
    let recovering = args.restore_backup || args.start_over;
    // Restoring or starting over also works when the file itself is gone.
    let usable = file.exists() || (recovering && file.dir().is_dir());
    if !usable {
        return fail(&not_found(&args.target, &file));
    }
    // The file must read as a session before anything is written beside it (the lock file):
    // `open Chart.yaml` refuses without touching Chart.yaml's folder.
    let refuse = |e: StoreError| {
        if e.is_corrupt() {
            fail(&e);
            super::say::err_raw(&recovery_help(&args.target, &file, data_dir));
            exit::UNUSABLE
        } else {
            fail(&e)
        }
    };
    let checked = if recovering {
        None
    } else {
        match store::load_text(file.path()) {
            Ok(c) => Some(c),
            Err(e) => return refuse(e),
        }
    };
    if !recovering && hold_lock_ms(args).is_none() && wants_front(g) {
        // The wizard takes the lock itself, once it knows it can save this file.
        return wizard(&args.target, checked.as_ref(), g);
    }
    let lock = match SessionLock::acquire(&file) {
        Ok(lock) => lock,
        Err(e) => return fail(&e),
    };
    let recovered = if args.restore_backup {
        Some(store::restore_backup(&file, store::now()).map(|r| (r, "sessions.open.restored")))
    } else if args.start_over {
        Some(store::start_over(&file, store::now()).map(|r| (r, "sessions.open.started-over")))
    } else {
        None
    };
    let session = match recovered {
        Some(Ok(((session, aside), done))) => {
            say!("{}", t(done, &[("name", file.name().to_string())]));
            if let Some(aside) = aside {
                say!("{}", t("sessions.open.set-aside", &[path_arg(&aside)]));
            }
            session
        }
        Some(Err(e)) => return fail(&e),
        None => match store::reload(file.path(), checked.as_ref()) {
            Ok(session) => session,
            Err(e) => return refuse(e),
        },
    };
    let hold_lock_ms = hold_lock_ms(args);
    if hold_lock_ms.is_none() && wants_front(g) {
        // The wizard takes the lock itself.
        drop(lock);
        return wizard(&args.target, None, g);
    }
    let k = match knowledge() {
        Ok(k) => k,
        Err(code) => return code,
    };
    super::say::out_raw(&summary(&file, &session, k, g.today));
    say!(
        "{}",
        t("sessions.next", &[("target", shell_quote(&args.target))])
    );
    if let Some(ms) = hold_lock_ms {
        let _ = std::io::stdout().flush();
        std::thread::sleep(std::time::Duration::from_millis(ms));
    }
    drop(lock);
    exit::READY
}

fn summary(file: &SessionFile, session: &Session, k: &Knowledge, today: NaiveDate) -> String {
    let counts = engine::counts(session, k, today);
    let mut title = t("sessions.open.title", &[("name", file.name().to_string())]);
    if let Some(label) = session.name.as_deref().filter(|l| !l.is_empty()) {
        title.push_str(&format!(" ({})", messages::printable(label)));
    }
    let step = session
        .step
        .unwrap_or(Step::Regulations)
        .as_str()
        .to_string();
    let mut out = format!(
        "{title}\n  {}\n  {}\n",
        t("sessions.open.file", &[path_arg(file.path())]),
        t("sessions.open.step", &[("step", step)])
    );
    if let Some(updated) = session.updated {
        out.push_str(&format!(
            "  {}\n",
            t("sessions.open.updated", &[("updated", timestamp(updated))])
        ));
    }
    let c = [
        ("done", counts.done.to_string()),
        ("todo", counts.todo.to_string()),
        ("blocked", counts.blocked.to_string()),
    ];
    out.push_str(&format!("  {}\n", t("sessions.open.counts", &c)));
    out
}

/// What to do about a damaged session: the exact commands, with `--data-dir` if one was given.
fn recovery_help(target: &str, file: &SessionFile, data_dir: Option<&Path>) -> String {
    let mut base = String::from("icp-prep");
    if let Some(dir) = data_dir {
        base.push_str(&format!(
            " --data-dir {}",
            shell_quote(&dir.display().to_string())
        ));
    }
    base.push_str(&format!(" open {}", shell_quote(target)));
    let mut out = format!("{}\n", t("sessions.open.untouched", &[]));
    let mut option =
        |hint: String, command: String| out.push_str(&format!("  • {hint}:\n      {command}\n"));
    option(t("sessions.open.fix-by-hand", &[]), base.clone());
    let backup = file.backup_path();
    if store::load(&backup).is_ok() {
        option(
            t("sessions.open.restore-hint", &[path_arg(&backup)]),
            format!("{base} --restore-backup"),
        );
    }
    option(
        t("sessions.open.start-over-hint", &[]),
        format!("{base} --start-over"),
    );
    out.push_str(&t("sessions.open.aside-note", &[path_arg(file.path())]));
    out.push('\n');
    out
}

#[derive(Serialize)]
struct JsonRow {
    name: String,
    step: Option<Step>,
    done: Option<usize>,
    todo: Option<usize>,
    blocked: Option<usize>,
    updated: Option<DateTime<FixedOffset>>,
    path: String,
    error: Option<String>,
}

impl JsonRow {
    fn new(r: &SessionSummary, counts: Option<engine::Counts>) -> JsonRow {
        JsonRow {
            name: messages::printable(&r.name),
            step: r.step,
            done: counts.map(|c| c.done),
            todo: counts.map(|c| c.todo),
            blocked: counts.map(|c| c.blocked),
            updated: r.updated,
            path: messages::printable(&r.path.display().to_string()),
            error: r
                .error
                .as_ref()
                .map(|e| messages::printable(&e.message(lang()))),
        }
    }
}

pub fn list(args: &ListArgs, data_dir: Option<&Path>, today: NaiveDate) -> u8 {
    let data = match DataDir::locate(data_dir) {
        Ok(d) => d,
        Err(e) => return fail(&e),
    };
    let k = match knowledge() {
        Ok(k) => k,
        Err(code) => return code,
    };
    let rows = match store::list(&data) {
        Ok(rows) => rows,
        Err(e) => return fail(&e),
    };
    // The store reads the files; the checklist counts are the engine's, as of `today`.
    let counts: Vec<Option<engine::Counts>> = rows
        .iter()
        .map(|r| r.session.as_ref().map(|s| engine::counts(s, k, today)))
        .collect();
    match args.format {
        Format::Json => {
            let json: Vec<JsonRow> = rows
                .iter()
                .zip(&counts)
                .map(|(r, c)| JsonRow::new(r, *c))
                .collect();
            say!(
                "{}",
                serde_json::to_string_pretty(&json).unwrap_or_else(|_| "[]".into())
            );
        }
        Format::Text if rows.is_empty() => {
            say!(
                "{}",
                t(
                    "sessions.list.empty",
                    &[("dir", data.sessions().display().to_string())]
                )
            );
        }
        Format::Text => {
            super::say::out_raw(&table(&rows, &counts));
        }
    }
    exit::READY
}

/// When a session last changed: RFC 3339 in English (as in the file), `2026年11月28日 07:02`
/// (local time) in Chinese.
fn timestamp(t: DateTime<FixedOffset>) -> String {
    match lang() {
        Language::En => t.to_rfc3339(),
        Language::ZhCn => {
            messages::date_time(Language::ZhCn, t.with_timezone(&Local).naive_local())
        }
    }
}

fn table(rows: &[SessionSummary], counts: &[Option<engine::Counts>]) -> String {
    let head = ["name", "step", "done", "todo", "blocked", "updated", "path"]
        .map(|h| t(&format!("sessions.list.head.{h}"), &[]));
    let dash = || "-".to_string();
    let cells: Vec<[String; 7]> = rows
        .iter()
        .zip(counts)
        .map(|(r, counts)| {
            let n = |f: fn(&engine::Counts) -> usize| {
                counts.as_ref().map_or_else(dash, |c| f(c).to_string())
            };
            [
                messages::printable(&r.name),
                r.step.map_or_else(dash, |s| s.as_str().to_string()),
                n(|c| c.done),
                n(|c| c.todo),
                n(|c| c.blocked),
                r.updated.map_or_else(dash, |u| {
                    messages::date_time(lang(), u.with_timezone(&Local).naive_local())
                }),
                messages::printable(&r.path.display().to_string()),
            ]
        })
        .collect();
    // Display widths: a Chinese heading or name takes two columns per character.
    let width = |s: &str| unicode_width::UnicodeWidthStr::width(s);
    let mut widths = head.clone().map(|h| width(&h));
    for row in &cells {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(width(cell));
        }
    }
    let line = |row: &[String; 7]| {
        let mut s = String::new();
        for (i, cell) in row.iter().enumerate() {
            let pad = widths[i].saturating_sub(width(cell));
            match i {
                6 => s.push_str(cell),
                2..=4 => s.push_str(&format!("{}{cell}  ", " ".repeat(pad))),
                _ => s.push_str(&format!("{cell}{}  ", " ".repeat(pad))),
            }
        }
        s.push('\n');
        s
    };
    let mut out = line(&head);
    for (row, r) in cells.iter().zip(rows) {
        out.push_str(&line(row));
        if let Some(e) = &r.error {
            out.push_str(&format!(
                "  {}\n",
                t("sessions.list.error", &[("error", e.message(lang()))])
            ));
        }
    }
    out
}

pub fn delete(args: &DeleteArgs, data_dir: Option<&Path>) -> u8 {
    let file = match session_file(&args.target, data_dir, false) {
        Ok(f) => f,
        Err(e) => return fail(&e),
    };
    if !file.exists() && !file.backup_path().exists() {
        return fail(&not_found(&args.target, &file));
    }
    if !args.yes {
        if !std::io::stdin().is_terminal() {
            super::say::err(&format!(
                "icp-prep: {}",
                t(
                    "sessions.delete.needs-yes",
                    &[("name", file.name().to_string())]
                )
            ));
            return exit::UNUSABLE;
        }
        super::say::err_raw(&t(
            "sessions.delete.confirm",
            &[("name", file.name().to_string()), path_arg(file.path())],
        ));
        let mut answer = String::new();
        let _ = std::io::stdin().lock().read_line(&mut answer);
        if !matches!(answer.trim().to_lowercase().as_str(), "y" | "yes") {
            super::say::err(&t("sessions.delete.cancelled", &[]));
            return exit::NOT_READY;
        }
    }
    if let Err(e) = store::delete(&file) {
        return fail(&e);
    }
    say!(
        "{}",
        t("sessions.delete.done", &[("name", file.name().to_string())])
    );
    let kept = file.set_aside_files();
    if !kept.is_empty() {
        let files = kept
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(", ");
        say!("{}", t("sessions.delete.kept-aside", &[("files", files)]));
    }
    exit::READY
}

fn path_arg(path: &Path) -> (&'static str, String) {
    ("file", path.display().to_string())
}

/// Quote an argument for a POSIX shell when it needs it, so printed commands can be pasted.
fn shell_quote(arg: &str) -> String {
    let plain = !arg.is_empty()
        && arg
            .chars()
            .all(|c| c.is_alphanumeric() || "-_./=:@+,".contains(c));
    if plain {
        arg.to_string()
    } else {
        format!("'{}'", arg.replace('\'', "'\\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_leaves_plain_names_alone() {
        assert_eq!(shell_quote("acme-shop"), "acme-shop");
        assert_eq!(shell_quote("./a b.yaml"), "'./a b.yaml'");
        assert_eq!(shell_quote("it's"), "'it'\\''s'");
    }

    #[test]
    fn every_message_id_used_here_exists() {
        let src = include_str!("session_cmds.rs");
        for id in src
            .split('"')
            .filter(|s| s.starts_with("sessions.") && !s.ends_with('.') && !s.contains('{'))
        {
            assert!(messages::has(id), "{id}");
        }
        for h in ["name", "step", "done", "todo", "blocked", "updated", "path"] {
            assert!(messages::has(&format!("sessions.list.head.{h}")), "{h}");
        }
    }
}

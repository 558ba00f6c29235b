//! `icp-prep export`: the checklist as a file to print or hand on. Reads the session only (no
//! lock, no write), so it works while the wizard has the session open.
//!
//! Exit status: 0 when the export was written, whether or not the checklist is ready (the
//! verdict is inside the export; `check` is the command whose status tells readiness); 2 when
//! the session cannot be used or the export cannot be written.

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use clap::{Args, ValueEnum};

use super::exit;
use crate::export::{self, Format};
use crate::messages;
use crate::session::Session;
use crate::store::{self, SessionFile, StoreError, Target};

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Session name, or a session file (contains `/` or ends in .yaml/.yml).
    #[arg(value_name = "SESSION|FILE", add = clap_complete::ArgValueCandidates::new(super::completions::session_names))]
    pub target: String,
    /// Format; default: from the extension of -o, else md.
    #[arg(long, value_enum)]
    pub format: Option<ExportFormat>,
    /// Where to write; `-` for standard output. Default: <SESSION>-checklist.<ext> here.
    #[arg(short, long, value_name = "PATH")]
    pub output: Option<PathBuf>,
    /// If -o is a symbolic link, write the file it points to (default: refuse). A named pipe or
    /// /dev/stdout is written in place; a device is always refused.
    #[arg(long)]
    pub force: bool,
    /// Show certificate and ID numbers in full (default: first 4 and last 2 characters).
    #[arg(long)]
    pub show_private: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// Markdown with GitHub task lists.
    Md,
    /// One self-contained, printable HTML page.
    Html,
    /// The `check` JSON object plus the answers.
    Json,
    /// Plain text, at most 80 columns wide.
    Txt,
    /// iCalendar (.ics): the dates that matter, with reminders before expiries.
    Ics,
}

impl From<ExportFormat> for Format {
    fn from(f: ExportFormat) -> Format {
        match f {
            ExportFormat::Md => Format::Markdown,
            ExportFormat::Html => Format::Html,
            ExportFormat::Json => Format::Json,
            ExportFormat::Txt => Format::Text,
            ExportFormat::Ics => Format::Ics,
        }
    }
}

pub fn run(args: &ExportArgs, data_dir: Option<&Path>, today: NaiveDate) -> u8 {
    let lang_hint = super::lang::hint();
    let fail = |msg: String| {
        super::say::err(&crate::messages::error_line(lang_hint, &msg));
        exit::UNUSABLE
    };
    let (file, session) = match load(&args.target, data_dir) {
        Ok(loaded) => loaded,
        Err(e) => return fail(e.message(lang_hint)),
    };
    let knowledge = match super::rules::load(lang_hint) {
        Ok(k) => k,
        Err(message) => return fail(message),
    };
    let lang = super::lang::resolve(session.language);
    let format = args
        .format
        .map(Format::from)
        .or_else(|| {
            let ext = args.output.as_deref()?.extension()?.to_str()?;
            Format::from_ext(ext)
        })
        .unwrap_or(Format::Markdown);
    let opts = export::Options {
        format,
        today,
        lang,
        show_private: args.show_private,
    };
    let text = export::render(file.name(), &session, knowledge, &opts);
    let out = match &args.output {
        // `/dev/stdout` is a link to whatever standard output is (a pipe, a terminal, a file):
        // it means the same as `-`.
        Some(p) if p.as_os_str() == "-" || p.as_os_str() == "/dev/stdout" => {
            // A closed pipe (`export … -o - | head`) is the reader's choice, not an error.
            let _ = std::io::stdout().lock().write_all(text.as_bytes());
            return exit::READY;
        }
        Some(p) => p.clone(),
        None => export::default_path(file.name(), format),
    };
    if same_file(&out, file.path()) {
        let path = out.display().to_string();
        return fail(messages::format(
            lang,
            "export.error.same-file",
            &[("path", path)],
        ));
    }
    match export::write_text_to(&out, &text, args.force) {
        Ok(written) => {
            let path = written.display().to_string();
            let label = format.label(lang);
            let args = [("path", path), ("format", label)];
            super::say::out(&messages::printable(&messages::format(
                lang,
                "export.cli.written",
                &args,
            )));
            let privacy = if opts.show_private {
                "export.cli.shown"
            } else {
                "export.cli.masked"
            };
            super::say::out(messages::text(lang, privacy));
            exit::READY
        }
        Err(e) => fail(e.message(lang)),
    }
}

/// Resolve the target through the store (a name in the data directory, or a path) and load
/// it. Reading only: no lock is taken and nothing is written.
fn load(target: &str, data_dir: Option<&Path>) -> Result<(SessionFile, Session), StoreError> {
    let file = store::resolve(target, data_dir)?;
    if matches!(Target::parse(target), Target::Name(_)) && !file.exists() {
        return Err(StoreError::NotFound {
            name: target.to_string(),
            path: file.path().to_path_buf(),
        });
    }
    let session = store::load(file.path())?;
    Ok((file, session))
}

/// Whether writing to `out` would replace the session file itself.
fn same_file(out: &Path, session: &Path) -> bool {
    match (out.canonicalize(), session.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

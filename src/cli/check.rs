//! `icp-prep check`: the wizard's verdict for scripts (DESIGN.md §3). Reads only.

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use clap::Args;

use super::output::{self, Report};
use super::{Format, Lang, exit};
use crate::engine;
use crate::knowledge::Knowledge;
use crate::messages;
use crate::session::{self, Language};

/// Files larger than this are refused before parsing (a session is a few KB).
pub const MAX_SESSION_BYTES: u64 = 1024 * 1024;

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Session file (a path: contains `/` or ends in .yaml/.yml) or session name.
    #[arg(value_name = "FILE|SESSION-NAME")]
    pub target: String,
    /// Evaluate as of this date (YYYY-MM-DD) instead of today.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub today: Option<NaiveDate>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Language of titles, details and fixes (default: the session's language, else en).
    #[arg(long, value_enum)]
    pub lang: Option<Lang>,
}

/// Whether the argument names a file rather than a session (DESIGN.md §3).
pub fn is_path(target: &str) -> bool {
    target.contains('/') || target.ends_with(".yaml") || target.ends_with(".yml")
}

pub fn run(args: &CheckArgs) -> u8 {
    let lang_hint = args.lang.map(Language::from).unwrap_or(Language::En);
    let fail = |msg: String| {
        eprintln!("icp-prep: error: {msg}");
        exit::UNUSABLE
    };
    if !is_path(&args.target) {
        let file = format!("{}.yaml", args.target);
        return fail(messages::format(
            lang_hint,
            "cli.error.session-name",
            &[("name", args.target.clone()), ("file", file)],
        ));
    }
    let path = PathBuf::from(&args.target);
    let session = match read_session(&path, lang_hint) {
        Ok(s) => s,
        Err(msg) => return fail(msg),
    };
    let knowledge = match Knowledge::builtin() {
        Ok(k) => k,
        Err(e) => {
            return fail(messages::format(
                lang_hint,
                "cli.error.rules",
                &[("error", e.to_string())],
            ));
        }
    };
    let lang = args
        .lang
        .map(Language::from)
        .or(session.language)
        .unwrap_or(Language::En);
    let today = args
        .today
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let checklist = engine::evaluate_in(&session, &knowledge, today, lang);
    let name = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let report = Report {
        session: &name,
        today,
        lang,
        rules_version: &knowledge.rules_version,
        checklist: &checklist,
    };
    let text = match args.format {
        Format::Json => output::json(&report),
        Format::Text => output::text(&report, output::use_colour()),
    };
    // A closed pipe (`check … | head`) is the reader's choice, not an error worth a panic.
    let _ = writeln!(std::io::stdout().lock(), "{text}");
    if checklist.ready() {
        exit::READY
    } else {
        exit::NOT_READY
    }
}

/// Read and parse a session file: size cap first, then UTF-8, then the strict parse.
pub fn read_session(path: &Path, lang: Language) -> Result<session::Session, String> {
    let file = path.display().to_string();
    let err = |id: &str, args: &[(&str, String)]| {
        let mut all = vec![("file", file.clone())];
        all.extend(args.iter().cloned());
        messages::format(lang, id, &all)
    };
    let meta =
        std::fs::metadata(path).map_err(|e| err("cli.error.read", &[("error", e.to_string())]))?;
    if meta.len() > MAX_SESSION_BYTES {
        return Err(err(
            "cli.error.too-large",
            &[("size", meta.len().to_string())],
        ));
    }
    let bytes =
        std::fs::read(path).map_err(|e| err("cli.error.read", &[("error", e.to_string())]))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        err("cli.error.utf8", &[("offset", at.to_string())])
    })?;
    session::parse(&text).map_err(|e| err("cli.error.parse", &[("error", e.to_string())]))
}

//! `icp-prep check`: the wizard's verdict for scripts (DESIGN.md §3). Reads only.

use std::path::Path;

use chrono::NaiveDate;
use clap::Args;

use super::output::{self, Report};
use super::{Format, exit};
use crate::engine;
use crate::store;

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Session file (a path: contains `/` or ends in .yaml/.yml) or session name.
    #[arg(value_name = "FILE|SESSION-NAME", add = clap_complete::ArgValueCandidates::new(super::completions::session_names))]
    pub target: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

pub fn run(args: &CheckArgs, data_dir: Option<&Path>, today: NaiveDate) -> u8 {
    let lang_hint = super::lang::hint();
    let fail = |msg: String| {
        super::say::err(&crate::messages::error_line(lang_hint, &msg));
        exit::UNUSABLE
    };
    // A name is looked up in the data directory by the store; reading only, never locking.
    let file = match store::resolve(&args.target, data_dir) {
        Ok(file) => file,
        Err(e) => return fail(e.message(lang_hint)),
    };
    if matches!(store::Target::parse(&args.target), store::Target::Name(_)) && !file.exists() {
        let e = store::StoreError::NotFound {
            name: args.target.clone(),
            path: file.path().to_path_buf(),
        };
        return fail(e.message(lang_hint));
    }
    let session = match store::load(file.path()) {
        Ok(s) => s,
        Err(e) => return fail(e.message(lang_hint)),
    };
    let knowledge = match super::rules::load(lang_hint) {
        Ok(k) => k,
        Err(message) => return fail(message),
    };
    let lang = super::lang::resolve(session.language);
    let checklist = engine::evaluate_in(&session, knowledge, today, lang);
    let report = Report {
        session: file.name(),
        today,
        lang,
        rules: knowledge,
        checklist: &checklist,
    };
    let text = match args.format {
        Format::Json => output::json(&report),
        Format::Text => output::text(&report, output::use_colour()),
    };
    // A closed pipe (`check … | head`) is the reader's choice, not an error worth a panic.
    super::say::out(&text);
    if checklist.ready() {
        exit::READY
    } else {
        exit::NOT_READY
    }
}

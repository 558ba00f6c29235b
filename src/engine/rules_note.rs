//! What every checklist says about the rules it was made with: which set ("built-in 2026.12.01"
//! or a folder given with `--rules`), and, when they were last checked long ago, that they may be
//! stale. The wizard, `check` and the exports all show these same sentences.

use chrono::NaiveDate;

use crate::knowledge::{Knowledge, RulesOrigin};
use crate::messages;
use crate::session::Language;

/// Rules last checked more than this many calendar months ago are called stale (issue 16: the
/// provincial bureaus change their rules several times a year).
pub const STALE_AFTER_MONTHS: u32 = 6;

/// "built-in 2026.12.01", or "DIR (provinces.yaml), version 2026.12.01".
pub fn rules_in_use(k: &Knowledge, lang: Language) -> String {
    match &k.origin {
        RulesOrigin::BuiltIn => messages::format(
            lang,
            "rules.in-use.builtin",
            &[("version", k.rules_version.clone())],
        ),
        RulesOrigin::Folder { path, files } => messages::format(
            lang,
            "rules.in-use.folder",
            &[
                ("dir", path.display().to_string()),
                ("files", files.join(", ")),
                ("version", k.rules_version.clone()),
            ],
        ),
    }
}

/// `built-in`, or the path of the folder the rules were read from (for JSON: not translated).
pub fn rules_source(k: &Knowledge) -> String {
    match &k.origin {
        RulesOrigin::BuiltIn => "built-in".to_string(),
        RulesOrigin::Folder { path, .. } => path.display().to_string(),
    }
}

/// "Rules last checked 7 months ago — see `icp-prep rules`", when they are stale on `today`.
pub fn stale_note(k: &Knowledge, today: NaiveDate, lang: Language) -> Option<String> {
    let months = k.stale_months(today, STALE_AFTER_MONTHS)?;
    let checked = k.last_checked?;
    Some(messages::format(
        lang,
        "rules.stale",
        &[
            ("months", months.to_string()),
            ("date", messages::date(lang, checked)),
        ],
    ))
}

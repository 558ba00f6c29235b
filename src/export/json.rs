//! JSON: exactly the `check` object of DESIGN.md §3 (`check --format json` prints it through
//! [`check_json`]), and for an export that object plus `answers`.

use chrono::NaiveDate;
use serde::Serialize;

use super::answers::Answers;
use super::model::Export;
use crate::engine::{Checklist, Counts, Item};
use crate::session::Language;

/// The `check` object: session, today, lang, rules_version, rules_source, rules_checked_on,
/// ready, counts, items.
#[derive(Debug, Serialize)]
pub struct CheckReport<'a> {
    pub session: &'a str,
    pub today: NaiveDate,
    pub lang: &'static str,
    pub rules_version: &'a str,
    /// `built-in`, or the folder given with `--rules`.
    pub rules_source: &'a str,
    /// When the rule data was last checked against its sources (`null` if it does not say).
    pub rules_checked_on: Option<NaiveDate>,
    pub ready: bool,
    pub counts: Counts,
    pub items: &'a [Item],
}

impl<'a> CheckReport<'a> {
    pub fn new(
        session: &'a str,
        today: NaiveDate,
        lang: Language,
        rules: &'a RulesStamp,
        checklist: &'a Checklist,
    ) -> CheckReport<'a> {
        CheckReport {
            session,
            today,
            lang: lang.as_str(),
            rules_version: &rules.version,
            rules_source: &rules.source,
            rules_checked_on: rules.checked_on,
            ready: checklist.ready(),
            counts: checklist.counts(),
            items: &checklist.items,
        }
    }
}

/// Which rules a checklist was made with, as the `check` object states it.
#[derive(Debug, Clone, PartialEq)]
pub struct RulesStamp {
    pub version: String,
    /// `built-in`, or the folder's path.
    pub source: String,
    pub checked_on: Option<NaiveDate>,
}

impl RulesStamp {
    pub fn of(k: &crate::knowledge::Knowledge) -> RulesStamp {
        RulesStamp {
            version: k.rules_version.clone(),
            source: crate::engine::rules_source(k),
            checked_on: k.last_checked,
        }
    }
}

#[derive(Serialize)]
struct ExportReport<'a> {
    #[serde(flatten)]
    check: CheckReport<'a>,
    answers: &'a Answers,
}

/// The `check` object, pretty-printed.
pub fn check_json(report: &CheckReport) -> String {
    pretty(report)
}

/// The export: the `check` object plus `answers`, pretty-printed, ending with a newline.
pub fn render(e: &Export) -> String {
    let report = ExportReport {
        check: CheckReport::new(&e.session, e.today, e.lang, &e.rules, &e.checklist),
        answers: &e.answers,
    };
    let mut out = pretty(&report);
    out.push('\n');
    out
}

fn pretty<T: Serialize>(value: &T) -> String {
    // Our own plain data always serialises; the fallback keeps the output valid JSON anyway.
    serde_json::to_string_pretty(value)
        .unwrap_or_else(|e| serde_json::json!({ "error": e.to_string() }).to_string())
}

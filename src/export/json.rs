//! JSON: exactly the `check` object of DESIGN.md §3 (`check --format json` prints it through
//! [`check_json`]), and for an export that object plus `answers`.

use chrono::NaiveDate;
use serde::Serialize;

use super::answers::Answers;
use super::model::Export;
use crate::engine::{Checklist, Counts, Item};
use crate::session::Language;

/// The `check` object: session, today, lang, rules_version, ready, counts, items.
#[derive(Debug, Serialize)]
pub struct CheckReport<'a> {
    pub session: &'a str,
    pub today: NaiveDate,
    pub lang: &'static str,
    pub rules_version: &'a str,
    pub ready: bool,
    pub counts: Counts,
    pub items: &'a [Item],
}

impl<'a> CheckReport<'a> {
    pub fn new(
        session: &'a str,
        today: NaiveDate,
        lang: Language,
        rules_version: &'a str,
        checklist: &'a Checklist,
    ) -> CheckReport<'a> {
        CheckReport {
            session,
            today,
            lang: lang.as_str(),
            rules_version,
            ready: checklist.ready(),
            counts: checklist.counts(),
            items: &checklist.items,
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
        check: CheckReport::new(&e.session, e.today, e.lang, &e.rules_version, &e.checklist),
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

//! How `check` prints a checklist: text grouped by section with blockers first, or the JSON
//! object of DESIGN.md §3.

use std::fmt::Write;
use std::io::IsTerminal;

use chrono::NaiveDate;

use crate::engine::{Checklist, Item, Status};
use crate::export::json::CheckReport;
use crate::knowledge::Section;
use crate::messages;
use crate::session::Language;

pub struct Report<'a> {
    pub session: &'a str,
    pub today: NaiveDate,
    pub lang: Language,
    pub rules: &'a crate::knowledge::Knowledge,
    pub checklist: &'a Checklist,
}

/// Colour only on a terminal, and never when NO_COLOR is set (no-color.org).
pub fn use_colour() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// The `check` object; the serializer is shared with the JSON export.
pub fn json(r: &Report) -> String {
    let stamp = crate::export::json::RulesStamp::of(r.rules);
    let report = CheckReport::new(r.session, r.today, r.lang, &stamp, r.checklist);
    crate::export::json::check_json(&report)
}

pub fn text(r: &Report, colour: bool) -> String {
    let t = |id: &str, args: &[(&str, String)]| messages::format(r.lang, id, args);
    let paint = |s: &str, code: &str| {
        if colour {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    };
    let mut out = String::new();
    let header = t(
        "cli.check.header",
        &[
            ("session", messages::printable(r.session)),
            ("today", messages::date(r.lang, r.today)),
            ("rules", crate::engine::rules_in_use(r.rules, r.lang)),
        ],
    );
    let _ = writeln!(out, "{}", paint(&header, "1"));
    if let Some(note) = crate::engine::stale_note(r.rules, r.today, r.lang) {
        let _ = writeln!(out, "{}", paint(&note, "33"));
    }
    for section in Section::ALL {
        let mut items: Vec<&Item> = r.checklist.section(section).collect();
        if items.is_empty() {
            continue;
        }
        items.sort_by_key(|i| i.status.display_rank());
        let _ = writeln!(
            out,
            "\n{}",
            paint(&t(&format!("section.{}", section.id()), &[]), "1;4")
        );
        for item in items {
            let (label, code) = match item.status {
                Status::Blocked => (t("cli.status.blocked", &[]), "1;31"),
                Status::Todo => (t("cli.status.todo", &[]), "33"),
                Status::Info => (t("cli.status.info", &[]), "36"),
                Status::Done => (t("cli.status.done", &[]), "32"),
            };
            let _ = writeln!(
                out,
                "  {} {}",
                paint(&format!("[{label}]"), code),
                messages::printable(&item.title)
            );
            if item.status == Status::Done {
                continue;
            }
            for line in item.detail.lines() {
                let _ = writeln!(out, "      {}", messages::printable(line));
            }
            if !item.fix.is_empty() {
                let fix = messages::printable(&item.fix);
                let fix = messages::pair(r.lang, &t("cli.label.fix", &[]), &fix);
                let _ = writeln!(out, "      {fix}");
            }
            let verified = format!(
                "{} {}",
                t("cli.label.verified", &[]),
                messages::date(r.lang, item.last_verified)
            );
            let source = match r.lang {
                Language::En => format!("{} ({verified})", item.source),
                Language::ZhCn => format!("{}（{verified}）", item.source),
            };
            let source = messages::pair(r.lang, &t("cli.label.source", &[]), &source);
            let _ = writeln!(out, "      {source}");
        }
    }
    let c = r.checklist.counts();
    let counts = [
        ("done", c.done.to_string()),
        ("todo", c.todo.to_string()),
        ("blocked", c.blocked.to_string()),
        ("info", c.info.to_string()),
    ];
    let _ = writeln!(out, "\n{}", t("cli.check.counts", &counts));
    let verdict = if r.checklist.ready() {
        paint(&t("cli.check.ready", &counts), "1;32")
    } else {
        paint(&t("cli.check.not-ready", &counts), "1;31")
    };
    let _ = write!(out, "{verdict}");
    out
}

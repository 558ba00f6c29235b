//! What plain mode writes: a question (its label, the answers it takes, the current answer),
//! its help, and the checklist items an answer changed, as sentences. The labels and values
//! are the wizard's (`field.<path>`, `tui::choices`), so both read the same.

use std::io::Write;

use super::io::Out;
use crate::engine::questions::{Kind, Question, Value};
use crate::engine::{Checklist, Status};
use crate::knowledge::Knowledge;
use crate::messages::{self, pair, text};
use crate::session::{Language, Session};
use crate::tui::choices;

/// The question's label in the interface language.
pub fn label(q: &Question, lang: Language) -> String {
    text(lang, &format!("field.{}", q.id.path())).to_string()
}

/// The current answer as the wizard shows it ("—" when unanswered).
pub fn current(q: &Question, s: &Session, k: &Knowledge, lang: Language) -> String {
    match q.value(s) {
        Value::Domains(names) => {
            let names: Vec<String> = names
                .iter()
                .enumerate()
                .map(|(i, n)| format!("{}) {n}", i + 1))
                .collect();
            if names.is_empty() {
                text(lang, "tui.value.none").to_string()
            } else {
                names.join(", ")
            }
        }
        v => choices::display(&v, k, lang),
    }
}

/// How to answer a question of this kind.
pub fn keys_id(kind: &Kind) -> &'static str {
    match kind {
        Kind::Choice(_) => "plain.keys.choice",
        Kind::Multi(_) => "plain.keys.multi",
        Kind::YesNo => "plain.keys.yes-no",
        Kind::Text => "plain.keys.text",
        Kind::Date => "plain.keys.date",
        Kind::Number => "plain.keys.number",
        Kind::Decimal => "plain.keys.decimal",
        Kind::DomainList => "plain.keys.domains",
    }
}

/// The question: label (and whether the filing needs it), the numbered options of a choice,
/// the current answer, and how to answer (when `keys`: the first question of its kind; `?`
/// repeats it).
pub fn question<W: Write>(
    out: &mut Out<W>,
    q: &Question,
    s: &Session,
    k: &Knowledge,
    lang: Language,
    keys: bool,
) {
    out.blank();
    let label = label(q, lang);
    let head = if q.needed {
        messages::format(lang, "plain.question.needed", &[("label", label)])
    } else {
        label
    };
    out.line(&head);
    if let Kind::Choice(picks) | Kind::Multi(picks) = &q.kind {
        for (i, c) in choices::options(picks, k, lang).iter().enumerate() {
            let number = format!("  {:>2}) ", i + 1);
            out.para(&c.label, &number, &" ".repeat(number.len()));
        }
    }
    let now = pair(lang, text(lang, "plain.label.now"), &current(q, s, k, lang));
    out.para(&now, "  ", "    ");
    if keys {
        out.para(text(lang, keys_id(&q.kind)), "  ", "  ");
    }
}

/// `?`: the question's help (with the rule data's numbers filled in) and how to answer it.
pub fn help<W: Write>(out: &mut Out<W>, q: &Question, k: &Knowledge, lang: Language) {
    if q.kind != Kind::DomainList {
        // The domain list's help names the wizard's keys; plain mode has its own.
        let id = format!("field.{}.help", q.id.path());
        let template = text(lang, &id);
        let help = messages::fill(template, &k.facts_in(template));
        out.para(&help, "  ", "  ");
    }
    out.para(text(lang, keys_id(&q.kind)), "  ", "  ");
}

/// The items an answer changed, one sentence each: new items and items whose status changed
/// with their new status (and the fix of what is left to do), then the items that no longer
/// apply.
pub fn changes<W: Write>(out: &mut Out<W>, before: &Checklist, after: &Checklist, lang: Language) {
    for item in &after.items {
        let old = before.get(&item.id);
        if old.is_some_and(|o| o.status == item.status) {
            continue;
        }
        let status = text(lang, &format!("export.status.{}", item.status.id())).to_string();
        out.para(&pair(lang, &status, &item.title), "  · ", "    ");
        if matches!(item.status, Status::Todo | Status::Blocked) && !item.fix.is_empty() {
            out.para(
                &pair(lang, text(lang, "export.label.fix"), &item.fix),
                "    ",
                "    ",
            );
        }
    }
    for item in &before.items {
        if after.get(&item.id).is_none() {
            let gone = text(lang, "plain.change.gone");
            out.para(&pair(lang, gone, &item.title), "  · ", "    ");
        }
    }
}

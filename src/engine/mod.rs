//! `evaluate`: an applicant's answers + the rule data + today → their checklist. Pure: no I/O,
//! no clock (`today` is a parameter). One file per section, run in the seed's order.

mod account;
mod checklist;
mod context;
mod domain;
mod filing;
mod instance;
mod materials;
mod preapproval;
mod province;
pub mod questions;
mod regulations;
mod rules_note;
mod timeline;
mod websites;

pub use checklist::{Checklist, Counts, Item, Status};
pub use questions::{Question, SectionQuestions};
pub use rules_note::{STALE_AFTER_MONTHS, rules_in_use, rules_source, stale_note};
pub use timeline::{Milestone, MilestoneKind, REMINDER_DAYS, last_day_with_months, timeline};

use chrono::NaiveDate;

use crate::knowledge::Knowledge;
use crate::session::{Language, Session};

/// The checklist in the session's own language (English when it names none).
pub fn evaluate(session: &Session, knowledge: &Knowledge, today: NaiveDate) -> Checklist {
    evaluate_in(
        session,
        knowledge,
        today,
        session.language.unwrap_or(Language::En),
    )
}

/// The checklist with titles, details and fixes in `lang`.
pub fn evaluate_in(
    session: &Session,
    knowledge: &Knowledge,
    today: NaiveDate,
    lang: Language,
) -> Checklist {
    let mut cx = context::Ctx::new(session, knowledge, today, lang);
    run_checks(&mut cx);
    Checklist { items: cx.items }
}

/// How many items of each status `evaluate` gives, without writing their texts: what the start
/// screen, `list` and plain mode's session list show. Always `evaluate(..).counts()`
/// (tests/engine_props.rs checks it on generated sessions).
pub fn counts(session: &Session, knowledge: &Knowledge, today: NaiveDate) -> Counts {
    let mut cx = context::Ctx::new(session, knowledge, today, Language::En);
    cx.texts = false;
    run_checks(&mut cx);
    Checklist { items: cx.items }.counts()
}

fn run_checks(cx: &mut context::Ctx) {
    filing::check(cx);
    regulations::check(cx);
    domain::check(cx);
    websites::check(cx);
    filing::site_numbers(cx);
    instance::check(cx);
    materials::check(cx);
    account::check(cx);
    preapproval::check(cx);
}

/// The checklist and the questions that apply now, from one evaluation: what the wizard shows.
#[derive(Debug, Clone, Default)]
pub struct Assessment {
    pub checklist: Checklist,
    pub questions: Vec<SectionQuestions>,
}

/// The checklist (texts in `lang`) and, per section, the questions to ask, in order.
pub fn assess(
    session: &Session,
    knowledge: &Knowledge,
    today: NaiveDate,
    lang: Language,
) -> Assessment {
    let mut cx = context::Ctx::new(session, knowledge, today, lang);
    run_checks(&mut cx);
    let questions = questions::build(&cx);
    Assessment {
        checklist: Checklist { items: cx.items },
        questions,
    }
}

/// Per section, the questions that apply to this applicant now, in the order to ask them.
pub fn questions(
    session: &Session,
    knowledge: &Knowledge,
    today: NaiveDate,
) -> Vec<SectionQuestions> {
    assess(session, knowledge, today, Language::En).questions
}

/// The general rule ids the engine reads from the data; a test checks each one exists.
pub const RULE_IDS: &[&str] = &[
    "regulations.province",
    "regulations.reviewed",
    "regulations.entity-type",
    "regulations.entity-name",
    "regulations.domicile",
    "regulations.cross-province",
    "regulations.organisation-province",
    "regulations.non-mainland",
    "regulations.sms-check",
    "regulations.bureau-review",
    "regulations.public-security",
    "domain.domains",
    "domain.name",
    "domain.suffix",
    "domain.registrar",
    "domain.real-name",
    "domain.real-name-delay",
    "domain.holder",
    "domain.holder-match",
    "domain.expiry",
    "domain.duplicate",
    "domain.one-domain-per-website",
    "instance.product",
    "instance.region",
    "instance.billing",
    "instance.remaining-term",
    "instance.term",
    "instance.expiry",
    "instance.order-amount",
    "instance.public-bandwidth",
    "instance.quota",
    "materials.upload-format",
    "materials.upload-limits",
    "materials.splicing",
    "materials.individual-once",
    "materials.certificate-changed",
    "materials.prepared",
    "account.exists",
    "account.site",
    "account.real-name",
    "account.one-entity",
    "preapproval.industries",
    "filing.type",
    "filing.entity-icp-number",
    "filing.not-reachable",
    "filing.filed-sites-open",
    "filing.domains-verified",
    "website.name",
    "website.features",
    "website.icp-number",
    "regulations.after-submission",
];

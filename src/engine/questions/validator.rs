//! One check per typed value. The wizard's inline check and the checklist call the same
//! function here with the same inputs (the typed text and the answers it depends on), so a
//! value the checklist blocks is never shown as fine while it is typed.

use chrono::NaiveDate;

use super::table::{QuestionId, parse_date};
use crate::knowledge::Knowledge;
use crate::session::{CertificateType, Session};
use crate::validate::{Explain, MessageArgs, domain};

/// Which check a typed value gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Validator {
    /// Nothing beyond reading the value.
    None,
    /// A real date, YYYY-MM-DD.
    Date,
    /// A domain name: readable, with a registrable domain.
    DomainName,
    /// The organisation's certificate number (a credit code where its type carries one).
    EntityCertificateNumber,
    /// A person's document number, checked as the document chosen for them.
    LeaderNumber,
    AdminNumber,
}

impl Validator {
    pub fn of(id: QuestionId) -> Validator {
        use QuestionId as Q;
        match id {
            Q::DomainName => Validator::DomainName,
            Q::EntityCertNumber => Validator::EntityCertificateNumber,
            Q::LeaderNumber => Validator::LeaderNumber,
            Q::AdminNumber => Validator::AdminNumber,
            Q::DomainRealNameOn
            | Q::DomainExpires
            | Q::InstanceExpires
            | Q::EntityCertValidUntil
            | Q::LeaderValidUntil
            | Q::AdminValidUntil => Validator::Date,
            _ => Validator::None,
        }
    }
}

/// What a check found.
#[derive(Debug, Clone, PartialEq)]
pub enum Verdict {
    /// A domain name that reads, as its registrable domain (Unicode form).
    Domain(String),
    /// A number that passes its check.
    NumberOk,
    /// What is wrong: catalogue ids with their arguments.
    Problems(Vec<(&'static str, MessageArgs)>),
}

impl Verdict {
    pub fn is_ok(&self) -> bool {
        !matches!(self, Verdict::Problems(_))
    }
}

fn problem(p: &impl Explain) -> (&'static str, MessageArgs) {
    p.message()
}

/// Check `typed` as the answer to a question, given the session's other answers. `None`:
/// nothing to say (blank, or no check applies to it as things stand).
pub fn check(
    validator: Validator,
    s: &Session,
    k: &Knowledge,
    typed: &str,
    today: NaiveDate,
) -> Option<Verdict> {
    let text = typed.trim();
    if text.is_empty() {
        return None;
    }
    let m = s.materials.as_ref();
    let number_verdict = |r: Option<Result<(), (&'static str, MessageArgs)>>| {
        r.map(|r| match r {
            Ok(()) => Verdict::NumberOk,
            Err(p) => Verdict::Problems(vec![p]),
        })
    };
    match validator {
        Validator::None => None,
        Validator::Date => match parse_date(text) {
            Ok(_) => None,
            Err(e) => Some(Verdict::Problems(vec![(e.message_id(), Vec::new())])),
        },
        Validator::DomainName => Some(match domain::normalize(text) {
            Ok(d) => Verdict::Domain(d.registrable_unicode),
            Err(problems) => Verdict::Problems(problems.iter().map(problem).collect()),
        }),
        Validator::EntityCertificateNumber => {
            let kind: CertificateType = m?.entity_certificate.as_ref()?.kind?;
            number_verdict(
                crate::engine::materials::entity_number_check(k, kind, text)
                    .map(|r| r.map(|_| ()).map_err(|p| problem(&p))),
            )
        }
        Validator::LeaderNumber | Validator::AdminNumber => {
            let person = if validator == Validator::LeaderNumber {
                m?.leader.as_ref()
            } else {
                m?.admin.as_ref()
            };
            let doc = person?.document?;
            number_verdict(
                crate::engine::materials::person_number_check(doc, text, today)
                    .map(|r| r.map(|_| ()).map_err(|p| problem(&p))),
            )
        }
    }
}

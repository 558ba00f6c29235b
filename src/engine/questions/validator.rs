//! One check per typed value. The wizard's inline check and the checklist call the same
//! function here with the same inputs (the typed text and the answers it depends on), so a
//! value the checklist blocks is never shown as fine while it is typed.

use chrono::NaiveDate;

use super::table::{QuestionId, parse_date};
use crate::engine::filing::IcpIssue;
use crate::knowledge::Knowledge;
use crate::session::{CertificateType, Session};
use crate::validate::IcpNumber;
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
    /// The entity's ICP number: its form, and its province against the filing province.
    EntityIcpNumber,
    /// A website's ICP number: its form (`…号-n`), and that it is under the entity's number.
    SiteIcpNumber,
}

impl Validator {
    pub fn of(id: QuestionId) -> Validator {
        use QuestionId as Q;
        match id {
            Q::DomainName => Validator::DomainName,
            Q::EntityCertNumber => Validator::EntityCertificateNumber,
            Q::LeaderNumber => Validator::LeaderNumber,
            Q::AdminNumber => Validator::AdminNumber,
            Q::EntityIcpNumber => Validator::EntityIcpNumber,
            Q::WebsiteIcpNumber => Validator::SiteIcpNumber,
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

    /// What the wizard and plain mode say under a value being typed: the domain as it will be
    /// filed, that the number passes, or every problem as sentences.
    pub fn message(&self, lang: crate::session::Language) -> String {
        use crate::messages;
        match self {
            Verdict::Domain(d) => {
                messages::format(lang, "tui.inline.domain", &[("domain", d.clone())])
            }
            Verdict::NumberOk => messages::text(lang, "tui.inline.number-ok").to_string(),
            Verdict::Problems(problems) => {
                let reasons: Vec<String> = problems
                    .iter()
                    .map(|(id, args)| messages::format(lang, id, args))
                    .collect();
                messages::sentences(lang, &reasons)
            }
        }
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
        Validator::EntityIcpNumber => {
            let province = s.applicant.as_ref().and_then(|a| a.province);
            Some(icp_verdict(
                k,
                crate::engine::filing::entity_number_check(k, province, text),
            ))
        }
        Validator::SiteIcpNumber => {
            let entity = s
                .filing
                .as_ref()
                .and_then(|f| f.entity_icp_number.as_deref());
            Some(icp_verdict(
                k,
                crate::engine::filing::site_number_check(k, entity, text),
            ))
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

/// An ICP number's verdict; the provinces are named by their abbreviations (粤, 京), which read
/// the same in either language.
fn icp_verdict(k: &Knowledge, r: Result<IcpNumber, IcpIssue>) -> Verdict {
    let prefix = |p| {
        k.province(p)
            .map(|p| p.icp_prefix.clone())
            .unwrap_or_else(|| p.to_string())
    };
    match r {
        Ok(_) => Verdict::NumberOk,
        Err(IcpIssue::Form(p)) => Verdict::Problems(vec![problem(&p)]),
        Err(IcpIssue::OtherProvince { number, filing }) => Verdict::Problems(vec![(
            "filing.icp-number.inline.province",
            vec![
                ("issued", prefix(number.province)),
                ("province", prefix(filing)),
            ],
        )]),
        Err(IcpIssue::OtherEntity { entity, .. }) => Verdict::Problems(vec![(
            "filing.icp-number.inline.other-entity",
            vec![("entity", entity)],
        )]),
    }
}

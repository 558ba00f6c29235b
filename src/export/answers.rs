//! The answers an export carries: in JSON, the session's answers in the session file's own
//! field names (DESIGN.md §2) with certificate numbers masked; in the other formats, a short
//! "your answers" list with the Chinese names beside the English.

use serde::Serialize;

use crate::knowledge::Knowledge;
use crate::messages;
use crate::session::{
    Account, Applicant, Billing, CertificateType, DomainEntry, Filing, Instance, Language,
    Materials, Person, Preapproval, Session, Website,
};

/// The `answers` object of the JSON export.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Answers {
    /// Whether the certificate numbers below are masked (first 4 and last 2 characters kept).
    pub numbers_masked: bool,
    /// The session's display label.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filing: Option<Filing>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub applicant: Option<Applicant>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domains: Option<Vec<DomainEntry>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub websites: Option<Vec<Website>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instance: Option<Instance>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub materials: Option<Materials>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account: Option<Account>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preapproval: Option<Preapproval>,
}

impl Answers {
    /// From a session whose numbers are already masked (or not, with `numbers_masked` false).
    pub(crate) fn from_session(s: &Session, numbers_masked: bool) -> Answers {
        Answers {
            numbers_masked,
            name: s.name.clone(),
            filing: s.filing.clone(),
            applicant: s.applicant.clone(),
            domains: s.domains.clone(),
            websites: s.websites.clone(),
            instance: s.instance.clone(),
            materials: s.materials.clone(),
            account: s.account.clone(),
            preapproval: s.preapproval.clone(),
        }
    }
}

/// The "your answers" list: (label, value) for each answer given. `s` is already masked.
pub(crate) fn summary(s: &Session, k: &Knowledge, lang: Language) -> Vec<(String, String)> {
    let t = |id: &str| messages::text(lang, id).to_string();
    let mut rows = Vec::new();
    let applicant = s.applicant.as_ref();
    if let Some(name) = applicant.and_then(|a| a.name.as_ref()) {
        rows.push((t("export.answers.entity-name"), name.clone()));
    }
    if let Some(domains) = &s.domains {
        let list: Vec<&str> = domains.iter().filter_map(|d| d.name.as_deref()).collect();
        let value = if list.is_empty() {
            t("export.answers.none")
        } else {
            messages::list(lang, &list)
        };
        rows.push((t("export.answers.domains"), value));
    }
    if let Some(kind) = s.filing.as_ref().and_then(|f| f.kind) {
        rows.push((
            t("export.answers.filing-type"),
            t(&format!("export.filing.{kind}")),
        ));
    }
    for w in s.websites.iter().flatten() {
        let domains: Vec<&str> = s
            .domains
            .iter()
            .flatten()
            .filter(|d| d.website.as_deref().map(str::trim) == Some(w.label.trim()))
            .filter_map(|d| d.name.as_deref())
            .collect();
        let name = w.name.clone().unwrap_or_else(|| t("export.answers.none"));
        let label = messages::format(
            lang,
            "export.answers.website",
            &[("label", w.label.clone())],
        );
        let mut value = format!("{name} · {}", messages::list(lang, &domains));
        if let Some(number) = &w.icp_number {
            value.push_str(&format!(" · {number}"));
        }
        rows.push((label, value));
    }
    if let Some(value) = s.instance.as_ref().and_then(|i| hosting(i, k, lang)) {
        rows.push((t("export.answers.hosting"), value));
    }
    let materials = s.materials.as_ref();
    if let Some(cert) = materials.and_then(|m| m.entity_certificate.as_ref()) {
        let parts = [
            cert.kind.map(|c| certificate(c, k, lang)),
            cert.number.as_ref().map(|n| n.as_str().to_string()),
        ];
        push_parts(&mut rows, t("export.answers.entity-certificate"), parts);
    }
    for (label, person) in [
        (
            "export.answers.leader",
            materials.and_then(|m| m.leader.as_ref()),
        ),
        (
            "export.answers.admin",
            materials.and_then(|m| m.admin.as_ref()),
        ),
    ] {
        if let Some(p) = person {
            push_parts(&mut rows, t(label), person_parts(p, k, lang));
        }
    }
    if let Some(industries) = s.preapproval.as_ref().and_then(|p| p.industries.as_ref()) {
        let list: Vec<String> = industries
            .iter()
            .map(|id| match k.industry(*id) {
                Some(i) => messages::name(lang, &i.en, &i.zh),
                None => id.to_string(),
            })
            .collect();
        let value = if list.is_empty() {
            t("export.answers.none")
        } else {
            messages::list(lang, &list)
        };
        rows.push((t("export.answers.industries"), value));
    }
    rows
}

fn push_parts<const N: usize>(
    rows: &mut Vec<(String, String)>,
    label: String,
    parts: [Option<String>; N],
) {
    let parts: Vec<String> = parts.into_iter().flatten().collect();
    if !parts.is_empty() {
        rows.push((label, parts.join(" · ")));
    }
}

fn person_parts(p: &Person, k: &Knowledge, lang: Language) -> [Option<String>; 3] {
    [
        p.residency.map(|r| {
            let id = format!("export.residency.{}", r.as_str());
            messages::text(lang, &id).to_string()
        }),
        p.document.map(|d| certificate(d, k, lang)),
        p.number.as_ref().map(|n| n.as_str().to_string()),
    ]
}

fn certificate(id: CertificateType, k: &Knowledge, lang: Language) -> String {
    match k.certificate_name(id) {
        Some(c) => messages::name(lang, &c.en, &c.zh),
        None => id.to_string(),
    }
}

/// "Elastic Compute Service (ECS) (云服务器 ECS) · subscription (包年包月) · paid until …".
fn hosting(i: &Instance, k: &Knowledge, lang: Language) -> Option<String> {
    let product = i.product.map(|id| match k.product(id) {
        Some(p) => messages::name(lang, &p.en, &p.zh),
        None => id.to_string(),
    });
    let billing = i.billing.map(|b| {
        let id = match b {
            Billing::Subscription => "export.billing.subscription",
            Billing::PayAsYouGo => "export.billing.pay_as_you_go",
        };
        messages::text(lang, id).to_string()
    });
    let until = i.expires_on.map(|d| {
        messages::format(
            lang,
            "export.answers.paid-until",
            &[("date", messages::date(lang, d))],
        )
    });
    let parts: Vec<String> = [product, billing, until].into_iter().flatten().collect();
    (!parts.is_empty()).then(|| parts.join(" · "))
}

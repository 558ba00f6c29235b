//! The v1 session file (DESIGN.md §2). Every answer is optional: `None` means "not asked yet".
//! Lists keep the difference between absent (`None`, not answered) and `[]` (none).

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use super::answer::Answer;
use super::ids::*;
use super::number::CertNumber;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    pub version: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<DateTime<FixedOffset>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<DateTime<FixedOffset>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step: Option<Step>,
    /// The question the wizard was on, as a path (`applicant.province`,
    /// `domains[1].registrar`): where it resumes. A path it does not know is ignored (it is a
    /// place, not an answer).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<Language>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filing: Option<Filing>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applicant: Option<Applicant>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domains: Option<Vec<DomainEntry>>,
    /// One entry per website; domains join it through `domains[].website` (its `label`). A
    /// domain whose label has no entry here is its own website, as before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub websites: Option<Vec<Website>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance: Option<Instance>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub materials: Option<Materials>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<Account>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preapproval: Option<Preapproval>,
}

/// What kind of filing this is (asked first in the regulations step).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Filing {
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<FilingType>,
    /// The entity's existing ICP number (新增网站 / 新增接入), e.g. `粤ICP备12345678号`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity_icp_number: Option<String>,
}

/// One website of the filing (网站): its name and remark as filed, and what it offers.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Website {
    /// The label the website's domains carry in `domains[].website`.
    pub label: String,
    /// The site name as it will be filed (网站名称).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The site remark (网站备注): what the site is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remark: Option<String>,
    /// `[]` = none of the listed features; absent = not answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub features: Option<Vec<WebsiteFeature>>,
    /// New access (新增接入): this site's existing number, e.g. `粤ICP备12345678号-1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icp_number: Option<String>,
}

/// Section "regulations".
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Applicant {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub province: Option<ProvinceSlug>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity_type: Option<EntityType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domicile_province: Option<ProvinceSlug>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_residence_permit: Option<Answer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regulations_reviewed: Option<Answer>,
}

/// Section "domain": one entry per domain to file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DomainEntry {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registrar: Option<Registrar>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub real_name_verified: Option<Answer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub real_name_verified_on: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub holder: Option<Holder>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub holder_kind: Option<HolderKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub holder_matches: Option<Answer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_on: Option<NaiveDate>,
}

/// Section "instance".
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Instance {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product: Option<ProductId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_mainland: Option<Answer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing: Option<Billing>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscription_months: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_on: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_bandwidth: Option<Answer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_numbers_used: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_amount_rmb: Option<f64>,
}

/// An organisation's certificate.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntityCertificate {
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<CertificateType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<CertNumber>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<NaiveDate>,
}

/// A person in the filing: the person in charge (`leader`) or the website administrator.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub residency: Option<Residency>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<CertificateType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<CertNumber>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_legal_representative: Option<Answer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<NaiveDate>,
}

/// Section "materials".
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Materials {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity_certificate: Option<EntityCertificate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leader: Option<Person>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin: Option<Person>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate_changed: Option<Answer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finance_content: Option<Answer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub all_domains_in_statement: Option<Answer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prepared: Option<Vec<MaterialId>>,
}

/// Section "account".
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Account {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_account: Option<Answer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site: Option<AccountSite>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub real_name_verified: Option<Answer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub holds_other_entity: Option<Answer>,
}

/// Section "pre-approval".
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Preapproval {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub industries: Option<Vec<IndustryId>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approvals_ready: Option<Vec<IndustryId>>,
}

//! The shapes of the rule files in `assets/rules/`. Facts live in the YAML; these types only say
//! what a fact looks like. Enumerations shared with the session file (province slugs, material
//! and industry ids, entity types) come from `session`, because the v1 session contract fixes
//! them; the self-check makes sure the data covers every one of them.

use serde::Deserialize;

use super::provenance::Provenance;
use crate::session::{
    CertificateType, EntityType, IndustryId, MaterialId, ProvinceSlug, Residency,
};

/// A general rule: one requirement the engine checks, with its wording and source.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// The checklist id it backs, e.g. `domain.registrar` or `account.site`.
    pub id: String,
    pub section: Section,
    /// The requirement in English.
    pub text: String,
    /// The requirement in Simplified Chinese.
    #[serde(default)]
    pub text_zh: Option<String>,
    /// Official Chinese wording or name, where one exists.
    #[serde(default)]
    pub zh: Option<String>,
    /// The number the rule's check uses, where it has one (months, working days …; the rule's
    /// text says which).
    #[serde(default)]
    pub threshold: Option<u32>,
    /// Facts the rule's messages quote (`{months}`, `{fee}`, `{since}` …): every number or date
    /// a message states comes from here, not from the message text.
    #[serde(default)]
    pub params: std::collections::BTreeMap<String, Param>,
    #[serde(flatten)]
    pub provenance: Provenance,
}

/// A value a message quotes: a number, or text such as a date or a URL.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum Param {
    Number(u64),
    Text(String),
}

impl std::fmt::Display for Param {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Param::Number(n) => write!(f, "{n}"),
            Param::Text(t) => f.write_str(t),
        }
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    Regulations,
    Domain,
    Instance,
    Materials,
    Account,
    Preapproval,
}

impl Section {
    pub const ALL: [Section; 6] = [
        Section::Regulations,
        Section::Domain,
        Section::Instance,
        Section::Materials,
        Section::Account,
        Section::Preapproval,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Section::Regulations => "regulations",
            Section::Domain => "domain",
            Section::Instance => "instance",
            Section::Materials => "materials",
            Section::Account => "account",
            Section::Preapproval => "preapproval",
        }
    }
}

/// One of the 31 provincial-level divisions of the mainland.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Province {
    pub slug: ProvinceSlug,
    /// Two-digit GB/T 2260 code, e.g. "44".
    pub code: String,
    /// Six-digit GB/T 2260 code, e.g. "440000".
    pub gb2260: String,
    pub en: String,
    pub zh: String,
    /// One-character abbreviation used in ICP numbers (粤ICP备…).
    pub icp_prefix: String,
    /// Alibaba's region group: north, northeast, east, central, south, southwest, northwest.
    pub region: String,
    #[serde(flatten)]
    pub provenance: Provenance,
}

/// Which entities a province rule speaks about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AppliesTo {
    Individual,
    Organisation,
    All,
}

/// A province's extra requirement. `kind` says which check the engine runs; the optional filters
/// (`applies_to`, `entity_types`, `residency`) say whom it speaks about.
#[derive(Debug, Clone, Deserialize)]
#[serde(try_from = "RawProvinceRule")]
pub struct ProvinceRule {
    /// Unique, kebab-case, starting with the province slug: `guangdong-finance-commitment`.
    pub id: String,
    pub province: ProvinceSlug,
    pub applies_to: AppliesTo,
    /// Only these entity types (all when `None`).
    pub entity_types: Option<Vec<EntityType>>,
    /// Only persons in charge of these residencies (all when `None`).
    pub residency: Option<Vec<Residency>>,
    /// Rules of one kind and province that are readings of conflicting current sources.
    pub conflict_group: Option<String>,
    /// The material the rule requires or that cures it.
    pub material: Option<MaterialId>,
    pub kind: ProvinceRuleKind,
    /// The rule in English, as the applicant should read it.
    pub text: String,
    /// The rule in Simplified Chinese.
    pub text_zh: Option<String>,
    /// Official Chinese name of a document the rule names, where one exists.
    pub zh: Option<String>,
    pub provenance: Provenance,
}

impl ProvinceRule {
    /// The rule's text in `lang` (English when no translation exists).
    pub fn text_in(&self, lang: crate::session::Language) -> &str {
        pick(lang, &self.text, self.text_zh.as_deref())
    }
}

impl Rule {
    /// The rule's text in `lang` (English when no translation exists).
    pub fn text_in(&self, lang: crate::session::Language) -> &str {
        pick(lang, &self.text, self.text_zh.as_deref())
    }
}

/// The Chinese text in zh-CN when there is one, else the English.
pub fn pick<'a>(lang: crate::session::Language, en: &'a str, zh: Option<&'a str>) -> &'a str {
    match (lang, zh) {
        (crate::session::Language::ZhCn, Some(zh)) if !zh.is_empty() => zh,
        _ => en,
    }
}

fn all() -> AppliesTo {
    AppliesTo::All
}

/// How a province treats an individual whose ID is domiciled in another province (the closed
/// set of DESIGN.md §3 "Cross-province filing").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CrossProvinceOutcome {
    /// Only an ID domiciled in this province: blocked; file at home or as an organisation.
    LocalIdOnly,
    /// Accepted with this province's residence permit (a required material).
    ResidencePermit,
    /// Accepted with the residence permit plus the extra proof the rule names.
    ResidencePermitPlus,
    /// No current source says: todo, ask the bureau.
    Unknown,
}

impl CrossProvinceOutcome {
    pub fn id(self) -> &'static str {
        match self {
            CrossProvinceOutcome::LocalIdOnly => "local_id_only",
            CrossProvinceOutcome::ResidencePermit => "residence_permit",
            CrossProvinceOutcome::ResidencePermitPlus => "residence_permit_plus",
            CrossProvinceOutcome::Unknown => "unknown",
        }
    }
}

/// What a count of domains counts: registrable domains, or their prefixes (the label left of
/// the registrable suffix: `zhangsan.com` and `zhangsan.cn` are one prefix — Guangdong).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DomainCount {
    #[default]
    Domains,
    Prefixes,
}

/// A per-filing limit on the session's websites or domains.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilingCap {
    /// Distinct `website` labels in one filing.
    MaxWebsites(u32),
    /// Distinct registrable domains in one filing.
    MaxDomains(u32),
    /// Domains that share one `website` label.
    MaxDomainsPerWebsite(u32),
}

/// The kinds of province rule the engine knows how to check. Read from YAML through
/// `RawProvinceRule` (below), which checks each kind's parameters.
#[derive(Debug, Clone, PartialEq)]
pub enum ProvinceRuleKind {
    /// An individual whose ID is domiciled elsewhere: the province's one outcome. (S38)
    CrossProvince {
        outcome: CrossProvinceOutcome,
        /// English and Chinese: what to bring besides the permit (`residence_permit_plus`).
        extra_proof: Option<(String, String)>,
    },
    /// Organisations: the entity's person in charge must be its legal representative; with
    /// `letter_allowed` a letter of authorisation from the legal representative cures it.
    LeaderLegalRepresentative { letter_allowed: bool },
    /// A letter of authorization when the person in charge or the website administrator is not
    /// the legal representative. (S32)
    AuthorizationLetter,
    /// Beijing: a domain confirmation sheet when not every domain fits in the authenticity
    /// statement. (S33)
    DomainConfirmation,
    /// Organisations: who may hold a filed domain (values of the session's `holder`); another
    /// holder is blocked unless `certificate_cures` (then the domain name holder certificate is
    /// required). (S34)
    DomainHolder {
        holders: Vec<crate::session::Holder>,
        certificate_cures: bool,
    },
    /// Domain name certificates once the filing has at least `min_domains` domains (or
    /// prefixes). (S37)
    DomainCertificate {
        min_domains: u32,
        count: DomainCount,
    },
    /// A commitment letter for sites with finance-industry content (the rule's `material`,
    /// default the Guangdong letter). (S35)
    FinanceCommitment,
    /// A website construction plan above these numbers of domains (or prefixes). (S36)
    ConstructionPlan {
        individual_over: u32,
        organisation_over: u32,
        count: DomainCount,
    },
    /// Certificate of authorization from the upper-level authority for these entity types. (S39)
    SuperiorAuthorization { entity_types: Vec<EntityType> },
    /// Minimum remaining validity of each domain: `months` calendar months, or `days` days.
    DomainMinValidity {
        months: Option<u32>,
        days: Option<u32>,
    },
    /// Identity documents must stay valid for more than this many calendar months.
    DocumentMinValidity { months: u32 },
    /// Minimum age of the person named (the individual, or an organisation's person in charge);
    /// from `with_proof_from` up to `years` - 1 the filing needs a proof (the rule's `material`).
    MinAge {
        years: u32,
        with_proof_from: Option<u32>,
    },
    /// Hong Kong and Macao individuals must use the residence permit, not the travel permit;
    /// `travel_permit_accepted` is the contrary reading (both accepted), for a conflict group.
    HkMacaoResidencePermitOnly { travel_permit_accepted: bool },
    /// The rule's `material` is required (filtered by applies_to, entity_types, residency).
    RequiredMaterial,
    /// Individuals whose person in charge has one of these residencies cannot file here.
    ResidencyRefused { residency: Vec<Residency> },
    /// A per-filing cap on websites or domains.
    FilingCap(FilingCap),
    /// Anything else the bureau asks for that no answer can confirm: always an `info` item.
    Note,
}

impl ProvinceRuleKind {
    /// The section whose checklist shows this kind's items.
    pub fn section(&self) -> Section {
        use ProvinceRuleKind as K;
        match self {
            K::DomainHolder { .. }
            | K::DomainMinValidity { .. }
            | K::DomainCertificate { .. }
            | K::FilingCap(_) => Section::Domain,
            K::AuthorizationLetter
            | K::DomainConfirmation
            | K::FinanceCommitment
            | K::ConstructionPlan { .. }
            | K::SuperiorAuthorization { .. }
            | K::DocumentMinValidity { .. }
            | K::HkMacaoResidencePermitOnly { .. }
            | K::RequiredMaterial => Section::Materials,
            K::CrossProvince { .. }
            | K::LeaderLegalRepresentative { .. }
            | K::MinAge { .. }
            | K::ResidencyRefused { .. }
            | K::Note => Section::Regulations,
        }
    }

    /// The kind's parameters as (name, value), as written in the rule files: what `icp-prep
    /// rules` shows as a rule's conditions.
    pub fn parameters(&self) -> Vec<(&'static str, String)> {
        use ProvinceRuleKind as K;
        let join = |v: Vec<String>| v.join(", ");
        let count = |c: &DomainCount| match c {
            DomainCount::Domains => "domains".to_string(),
            DomainCount::Prefixes => "prefixes".to_string(),
        };
        match self {
            K::CrossProvince { outcome, .. } => {
                vec![("outcome", outcome.id().to_string())]
            }
            K::LeaderLegalRepresentative {
                letter_allowed: true,
            } => {
                vec![("letter_allowed", "true".into())]
            }
            K::DomainHolder {
                holders,
                certificate_cures,
            } => {
                let mut v = vec![(
                    "holders",
                    join(holders.iter().map(|h| h.to_string()).collect()),
                )];
                if *certificate_cures {
                    v.push(("certificate_cures", "true".into()));
                }
                v
            }
            K::DomainCertificate {
                min_domains,
                count: c,
            } => vec![
                ("min_domains", min_domains.to_string()),
                ("count", count(c)),
            ],
            K::ConstructionPlan {
                individual_over,
                organisation_over,
                count: c,
            } => vec![
                ("individual_over", individual_over.to_string()),
                ("organisation_over", organisation_over.to_string()),
                ("count", count(c)),
            ],
            K::SuperiorAuthorization { entity_types } => vec![(
                "entity_types",
                join(entity_types.iter().map(|e| e.to_string()).collect()),
            )],
            K::DomainMinValidity { months, days } => months
                .map(|m| ("months", m.to_string()))
                .into_iter()
                .chain(days.map(|d| ("days", d.to_string())))
                .collect(),
            K::DocumentMinValidity { months } => vec![("months", months.to_string())],
            K::MinAge {
                years,
                with_proof_from,
            } => std::iter::once(("years", years.to_string()))
                .chain(with_proof_from.map(|n| ("with_proof_from", n.to_string())))
                .collect(),
            K::ResidencyRefused { residency } => vec![(
                "residency",
                join(residency.iter().map(|r| r.to_string()).collect()),
            )],
            K::FilingCap(cap) => vec![match cap {
                FilingCap::MaxWebsites(n) => ("max_websites", n.to_string()),
                FilingCap::MaxDomains(n) => ("max_domains", n.to_string()),
                FilingCap::MaxDomainsPerWebsite(n) => ("max_domains_per_website", n.to_string()),
            }],
            _ => Vec::new(),
        }
    }

    /// The kind as written in the rule files (`min_age`, `note`, …).
    pub fn id(&self) -> &'static str {
        match self {
            ProvinceRuleKind::CrossProvince { .. } => "cross_province",
            ProvinceRuleKind::LeaderLegalRepresentative { .. } => "leader_legal_representative",
            ProvinceRuleKind::AuthorizationLetter => "authorization_letter",
            ProvinceRuleKind::DomainConfirmation => "domain_confirmation",
            ProvinceRuleKind::DomainHolder { .. } => "domain_holder",
            ProvinceRuleKind::DomainCertificate { .. } => "domain_certificate",
            ProvinceRuleKind::FinanceCommitment => "finance_commitment",
            ProvinceRuleKind::ConstructionPlan { .. } => "construction_plan",
            ProvinceRuleKind::SuperiorAuthorization { .. } => "superior_authorization",
            ProvinceRuleKind::DomainMinValidity { .. } => "domain_min_validity",
            ProvinceRuleKind::DocumentMinValidity { .. } => "document_min_validity",
            ProvinceRuleKind::MinAge { .. } => "min_age",
            ProvinceRuleKind::HkMacaoResidencePermitOnly { .. } => "hk_macao_residence_permit_only",
            ProvinceRuleKind::RequiredMaterial => "required_material",
            ProvinceRuleKind::ResidencyRefused { .. } => "residency_refused",
            ProvinceRuleKind::FilingCap(_) => "filing_cap",
            ProvinceRuleKind::Note => "note",
        }
    }
}

/// How a suffix stands on MIIT's whitelist (tld-list.md §8).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TldStatus {
    Approved,
    /// Approved for some entity types only (`restricted_to`).
    Restricted,
    NotApproved,
    /// Sources disagree: shown as `info`, "check domain.miit.gov.cn".
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Evidence {
    Official,
    Registrar,
    ThirdParty,
}

/// A domain suffix and its filing status.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tld {
    /// A-label (punycode), lowercase, no leading dot; may have several labels (`gov.cn`).
    pub suffix: String,
    /// U-label form for display (`政务.cn`); same as `suffix` for ASCII.
    pub unicode: String,
    pub status: TldStatus,
    /// Entity types allowed to use a restricted suffix.
    #[serde(default)]
    pub restricted_to: Vec<EntityType>,
    /// A restricted suffix whose restriction is a registrar remark only: others get `info`.
    #[serde(default)]
    pub soft_restriction: bool,
    #[serde(default)]
    pub registry: Option<String>,
    pub evidence: Evidence,
    /// Ids in the source register of `tlds.yaml`.
    pub sources: Vec<String>,
    #[serde(default)]
    pub notes: Option<String>,
    /// The notes in Simplified Chinese.
    #[serde(default)]
    pub notes_zh: Option<String>,
    #[serde(flatten)]
    pub provenance: Provenance,
}

/// An entry of the TLD source register (tld-list.md §1).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TldSource {
    pub id: String,
    pub what: String,
    pub url: String,
    /// Date of the source, or null when it has none.
    #[serde(default)]
    pub date: Option<chrono::NaiveDate>,
    pub evidence: Evidence,
}

/// How a product's subscription is judged (DESIGN.md §2 "Instance terms").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TermBasis {
    /// `expires_on` − today must be at least `min_months` (ECS, Elastic Web Hosting).
    Remaining,
    /// `subscription_months` must be at least `min_months`.
    Bought,
    /// The first order's `subscription_months` (Marketplace).
    FirstOrder,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuotaScope {
    Instance,
    Account,
}

/// An Alibaba Cloud product that gives service identification numbers (备案服务号).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Product {
    pub id: crate::session::ProductId,
    pub en: String,
    pub zh: String,
    pub term_basis: TermBasis,
    pub min_months: u32,
    /// Service identification numbers per `quota_scope`.
    pub quota: u32,
    pub quota_scope: QuotaScope,
    pub requires_mainland: bool,
    #[serde(default)]
    pub requires_public_bandwidth: bool,
    #[serde(default)]
    pub min_order_rmb: Option<f64>,
    pub purchase_url: String,
    #[serde(flatten)]
    pub provenance: Provenance,
}

/// Basic or auxiliary material.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MaterialKind {
    Basic,
    Auxiliary,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Material {
    pub id: MaterialId,
    pub kind: MaterialKind,
    pub en: String,
    /// Official Chinese name (common usage; check the console wording).
    pub zh: String,
    /// When it is needed, in English.
    pub when: String,
    #[serde(flatten)]
    pub provenance: Provenance,
}

/// Which identity documents a person of one residency may use.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResidencyDocuments {
    pub residency: Residency,
    pub documents: Vec<CertificateType>,
    #[serde(flatten)]
    pub provenance: Provenance,
}

/// The name of a certificate or document type.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CertificateName {
    pub id: CertificateType,
    pub en: String,
    pub zh: String,
    /// Whether it identifies a person (vs an organisation).
    pub personal: bool,
}

/// An entity type (主办单位性质) and the certificates it files with.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntityTypeInfo {
    pub id: EntityType,
    pub en: String,
    pub zh: String,
    pub certificates: Vec<CertificateType>,
    #[serde(flatten)]
    pub provenance: Provenance,
}

/// A special industry that needs pre-approval (前置审批) before filing.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Industry {
    pub id: IndustryId,
    pub en: String,
    pub zh: String,
    /// Approving body, English; `None` when unconfirmed.
    #[serde(default)]
    pub body: Option<String>,
    #[serde(default)]
    pub body_zh: Option<String>,
    /// The approval document, English and Chinese; `None` when there is none or unconfirmed.
    #[serde(default)]
    pub document: Option<String>,
    #[serde(default)]
    pub document_zh: Option<String>,
    /// The approval was abolished, except in `still_required_in`.
    #[serde(default)]
    pub abolished: bool,
    #[serde(default)]
    pub still_required_in: Vec<ProvinceSlug>,
    #[serde(flatten)]
    pub provenance: Provenance,
}

/// What a province rule looks like in YAML: flat, so `deny_unknown_fields` works (serde cannot
/// deny unknown fields through a flattened internally tagged enum: `kind` itself is reported).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProvinceRule {
    id: String,
    province: ProvinceSlug,
    #[serde(default = "all")]
    applies_to: AppliesTo,
    kind: KindTag,
    #[serde(default)]
    entity_types: Option<Vec<EntityType>>,
    #[serde(default)]
    residency: Option<Vec<Residency>>,
    #[serde(default)]
    conflict_group: Option<String>,
    #[serde(default)]
    material: Option<MaterialId>,
    #[serde(default)]
    outcome: Option<CrossProvinceOutcome>,
    #[serde(default)]
    extra_proof: Option<String>,
    #[serde(default)]
    extra_proof_zh: Option<String>,
    #[serde(default)]
    letter_allowed: Option<bool>,
    #[serde(default)]
    holders: Option<Vec<crate::session::Holder>>,
    #[serde(default)]
    certificate_cures: Option<bool>,
    #[serde(default)]
    count: Option<DomainCount>,
    #[serde(default)]
    min_domains: Option<u32>,
    #[serde(default)]
    individual_over: Option<u32>,
    #[serde(default)]
    organisation_over: Option<u32>,
    #[serde(default)]
    months: Option<u32>,
    #[serde(default)]
    days: Option<u32>,
    #[serde(default)]
    years: Option<u32>,
    #[serde(default)]
    with_proof_from: Option<u32>,
    #[serde(default)]
    travel_permit_accepted: Option<bool>,
    #[serde(default)]
    max_websites: Option<u32>,
    #[serde(default)]
    max_domains: Option<u32>,
    #[serde(default)]
    max_domains_per_website: Option<u32>,
    text: String,
    #[serde(default)]
    text_zh: Option<String>,
    #[serde(default)]
    zh: Option<String>,
    source: String,
    #[serde(deserialize_with = "super::provenance::iso_date")]
    last_verified: chrono::NaiveDate,
    confidence: super::provenance::Confidence,
    #[serde(default)]
    seed: Vec<String>,
}

#[derive(Deserialize, Clone, Copy, Debug)]
#[serde(rename_all = "snake_case")]
enum KindTag {
    CrossProvince,
    LeaderLegalRepresentative,
    AuthorizationLetter,
    DomainConfirmation,
    DomainHolder,
    DomainCertificate,
    FinanceCommitment,
    ConstructionPlan,
    SuperiorAuthorization,
    DomainMinValidity,
    DocumentMinValidity,
    MinAge,
    HkMacaoResidencePermitOnly,
    RequiredMaterial,
    ResidencyRefused,
    FilingCap,
    Note,
}

impl TryFrom<RawProvinceRule> for ProvinceRule {
    type Error = String;
    fn try_from(r: RawProvinceRule) -> Result<Self, String> {
        use ProvinceRuleKind as K;
        let need = |v: Option<u32>, f: &str| {
            v.ok_or_else(|| format!("{}: kind {:?} needs `{f}`", r.id, r.kind))
        };
        let count = r.count.unwrap_or_default();
        let kind = match r.kind {
            KindTag::CrossProvince => {
                let outcome = r
                    .outcome
                    .ok_or_else(|| format!("{}: kind cross_province needs `outcome`", r.id))?;
                let extra_proof = match (&r.extra_proof, &r.extra_proof_zh) {
                    (Some(en), Some(zh)) => Some((en.clone(), zh.clone())),
                    (None, None) => None,
                    _ => {
                        return Err(format!(
                            "{}: `extra_proof` and `extra_proof_zh` go together",
                            r.id
                        ));
                    }
                };
                if (outcome == CrossProvinceOutcome::ResidencePermitPlus) != extra_proof.is_some() {
                    return Err(format!(
                        "{}: `extra_proof` is given exactly with outcome residence_permit_plus",
                        r.id
                    ));
                }
                K::CrossProvince {
                    outcome,
                    extra_proof,
                }
            }
            KindTag::LeaderLegalRepresentative => K::LeaderLegalRepresentative {
                letter_allowed: r.letter_allowed.unwrap_or(false),
            },
            KindTag::AuthorizationLetter => K::AuthorizationLetter,
            KindTag::DomainConfirmation => K::DomainConfirmation,
            KindTag::DomainHolder => K::DomainHolder {
                holders: r
                    .holders
                    .clone()
                    .ok_or_else(|| format!("{}: kind domain_holder needs `holders`", r.id))?,
                certificate_cures: r.certificate_cures.unwrap_or(false),
            },
            KindTag::DomainCertificate => K::DomainCertificate {
                min_domains: need(r.min_domains, "min_domains")?,
                count,
            },
            KindTag::FinanceCommitment => K::FinanceCommitment,
            KindTag::ConstructionPlan => K::ConstructionPlan {
                individual_over: need(r.individual_over, "individual_over")?,
                organisation_over: need(r.organisation_over, "organisation_over")?,
                count,
            },
            KindTag::SuperiorAuthorization => K::SuperiorAuthorization {
                entity_types: r
                    .entity_types
                    .clone()
                    .ok_or_else(|| format!("{}: needs `entity_types`", r.id))?,
            },
            KindTag::DomainMinValidity => K::DomainMinValidity {
                months: r.months,
                days: r.days,
            },
            KindTag::DocumentMinValidity => K::DocumentMinValidity {
                months: need(r.months, "months")?,
            },
            KindTag::MinAge => K::MinAge {
                years: need(r.years, "years")?,
                with_proof_from: r.with_proof_from,
            },
            KindTag::HkMacaoResidencePermitOnly => K::HkMacaoResidencePermitOnly {
                travel_permit_accepted: r.travel_permit_accepted.unwrap_or(false),
            },
            KindTag::RequiredMaterial => {
                if r.material.is_none() {
                    return Err(format!("{}: kind required_material needs `material`", r.id));
                }
                K::RequiredMaterial
            }
            KindTag::ResidencyRefused => K::ResidencyRefused {
                residency: r
                    .residency
                    .clone()
                    .ok_or_else(|| format!("{}: kind residency_refused needs `residency`", r.id))?,
            },
            KindTag::FilingCap => {
                let caps = [
                    r.max_websites.map(FilingCap::MaxWebsites),
                    r.max_domains.map(FilingCap::MaxDomains),
                    r.max_domains_per_website
                        .map(FilingCap::MaxDomainsPerWebsite),
                ];
                let mut given = caps.into_iter().flatten();
                match (given.next(), given.next()) {
                    (Some(cap), None) => K::FilingCap(cap),
                    _ => {
                        return Err(format!(
                            "{}: kind filing_cap needs exactly one of `max_websites`, \
                             `max_domains`, `max_domains_per_website`",
                            r.id
                        ));
                    }
                }
            }
            KindTag::Note => K::Note,
        };
        // a parameter that this kind does not take is a typo or a wrong kind
        let used: &[&str] = match r.kind {
            KindTag::CrossProvince => &["outcome", "extra_proof"],
            KindTag::LeaderLegalRepresentative => &["letter_allowed"],
            KindTag::DomainHolder => &["holders", "certificate_cures"],
            KindTag::DomainCertificate => &["min_domains", "count"],
            KindTag::ConstructionPlan => &["individual_over", "organisation_over", "count"],
            KindTag::DomainMinValidity => &["months", "days"],
            KindTag::DocumentMinValidity => &["months"],
            KindTag::MinAge => &["years", "with_proof_from"],
            KindTag::FilingCap => &["max_websites", "max_domains", "max_domains_per_website"],
            KindTag::HkMacaoResidencePermitOnly => &["travel_permit_accepted"],
            _ => &[],
        };
        let given = [
            ("outcome", r.outcome.is_some()),
            (
                "extra_proof",
                r.extra_proof.is_some() || r.extra_proof_zh.is_some(),
            ),
            ("letter_allowed", r.letter_allowed.is_some()),
            ("holders", r.holders.is_some()),
            ("certificate_cures", r.certificate_cures.is_some()),
            ("count", r.count.is_some()),
            ("min_domains", r.min_domains.is_some()),
            ("individual_over", r.individual_over.is_some()),
            ("organisation_over", r.organisation_over.is_some()),
            ("months", r.months.is_some()),
            ("days", r.days.is_some()),
            ("years", r.years.is_some()),
            ("with_proof_from", r.with_proof_from.is_some()),
            ("travel_permit_accepted", r.travel_permit_accepted.is_some()),
            ("max_websites", r.max_websites.is_some()),
            ("max_domains", r.max_domains.is_some()),
            (
                "max_domains_per_website",
                r.max_domains_per_website.is_some(),
            ),
        ];
        for (f, present) in given {
            if present && !used.contains(&f) {
                return Err(format!("{}: kind {:?} does not take `{f}`", r.id, r.kind));
            }
        }
        if let (KindTag::MinAge, Some(from), Some(years)) = (r.kind, r.with_proof_from, r.years)
            && from >= years
        {
            return Err(format!("{}: `with_proof_from` must be below `years`", r.id));
        }
        Ok(ProvinceRule {
            id: r.id,
            province: r.province,
            applies_to: r.applies_to,
            entity_types: r.entity_types,
            residency: r.residency,
            conflict_group: r.conflict_group,
            material: r.material,
            kind,
            text: r.text,
            text_zh: r.text_zh,
            zh: r.zh,
            provenance: super::provenance::Provenance {
                source: r.source,
                last_verified: r.last_verified,
                confidence: r.confidence,
                seed: r.seed,
            },
        })
    }
}

/// What a website check looks at (assets/rules/websites.yaml explains each).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WebsiteRuleKind {
    LatinOrDigitsOnly,
    MinHan,
    Symbols,
    NotTheDomain,
    NotThePerson,
    StartsWith,
    Contains,
    EndsWithOneOf,
    RelatedToEntity,
    Features,
    Remark,
}

/// What a website check gives when it finds a problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HitStatus {
    Todo,
    Blocked,
}

/// A check on a website's name, remark or features (issue 15, W1–W6).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WebsiteRule {
    /// The check's part of the item id: `website.<label>.<id>`.
    pub id: String,
    pub kind: WebsiteRuleKind,
    #[serde(default = "all")]
    pub applies_to: AppliesTo,
    /// Only in this province (absent: everywhere).
    #[serde(default)]
    pub province: Option<ProvinceSlug>,
    #[serde(default)]
    pub except_provinces: Vec<ProvinceSlug>,
    #[serde(default)]
    pub except_entity_types: Vec<EntityType>,
    /// The words a name may not start with, contain, or must end with (by `kind`).
    #[serde(default)]
    pub words: Vec<String>,
    /// Phrases inside which a word of `words` does not count (`contains`).
    #[serde(default)]
    pub allowed_phrases: Vec<String>,
    /// Symbols a name may hold besides letters and digits (`symbols`).
    #[serde(default)]
    pub allowed_symbols: Option<String>,
    #[serde(default)]
    pub features: Vec<crate::session::WebsiteFeature>,
    /// The number of Chinese characters, or shared characters, a kind needs.
    #[serde(default)]
    pub min: Option<u32>,
    pub status: HitStatus,
    pub text: String,
    pub text_zh: String,
    pub fix: String,
    pub fix_zh: String,
    #[serde(flatten)]
    pub provenance: Provenance,
}

impl WebsiteRule {
    pub fn text_in(&self, lang: crate::session::Language) -> &str {
        pick(lang, &self.text, Some(&self.text_zh))
    }

    pub fn fix_in(&self, lang: crate::session::Language) -> &str {
        pick(lang, &self.fix, Some(&self.fix_zh))
    }
}

/// A province abbreviation found in ICP numbers besides the one in `provinces.yaml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IcpPrefixAlternate {
    pub province: ProvinceSlug,
    pub prefix: String,
    #[serde(flatten)]
    pub provenance: Provenance,
}

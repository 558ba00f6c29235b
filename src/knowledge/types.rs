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
    #[serde(flatten)]
    pub provenance: Provenance,
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

/// A province's extra requirement. `kind` says which check the engine runs.
#[derive(Debug, Clone, Deserialize)]
#[serde(try_from = "RawProvinceRule")]
pub struct ProvinceRule {
    /// Unique, kebab-case, starting with the province slug: `guangdong-finance-commitment`.
    pub id: String,
    pub province: ProvinceSlug,
    #[serde(default = "all")]
    pub applies_to: AppliesTo,
    #[serde(flatten)]
    pub kind: ProvinceRuleKind,
    /// The rule in English, as the applicant should read it.
    pub text: String,
    /// The rule in Simplified Chinese.
    pub text_zh: Option<String>,
    /// Official Chinese name of a document the rule names, where one exists.
    #[serde(default)]
    pub zh: Option<String>,
    #[serde(flatten)]
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

/// The kinds of province rule the engine knows how to check. Read from YAML through
/// `RawProvinceRule` (below), which checks each kind's parameters.
#[derive(Debug, Clone, PartialEq)]
pub enum ProvinceRuleKind {
    /// An individual whose ID is domiciled elsewhere may file with this province's residence
    /// permit (the cure); without it the filing is blocked. (S38)
    ResidencePermit,
    /// Individuals may only file with an ID domiciled in this province; no cure.
    LocalIdOnly,
    /// Organisations: the entity's person in charge must be its legal representative.
    LeaderLegalRepresentative,
    /// A letter of authorization when the person in charge or the website administrator is not
    /// the legal representative. (S32)
    AuthorizationLetter,
    /// Beijing: a domain confirmation sheet when not every domain fits in the authenticity
    /// statement. (S33)
    DomainConfirmation,
    /// The domain must be held in the organisation's own name; a domain held by a person needs
    /// the domain name holder certificate. (S34)
    DomainHolderEntity,
    /// Domain name certificates once the filing has at least `min_domains` domains. (S37)
    DomainCertificate { min_domains: u32 },
    /// Guangdong: commitment letter for sites with finance-industry content. (S35)
    FinanceCommitment,
    /// Guangdong: website construction plan above these numbers of registrable domains. (S36)
    ConstructionPlan {
        individual_over: u32,
        organisation_over: u32,
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
    /// Minimum age of the person named (the individual, or an organisation's person in charge).
    MinAge { years: u32 },
    /// Hong Kong and Macao individuals must use the residence permit, not the travel permit.
    HkMacaoResidencePermitOnly,
    /// Anything else the bureau asks for that no answer can confirm: always an `info` item.
    Note,
}

impl ProvinceRuleKind {
    /// The section whose checklist shows this kind's items.
    pub fn section(&self) -> Section {
        use ProvinceRuleKind as K;
        match self {
            K::DomainHolderEntity | K::DomainMinValidity { .. } | K::DomainCertificate { .. } => {
                Section::Domain
            }
            K::AuthorizationLetter
            | K::DomainConfirmation
            | K::FinanceCommitment
            | K::ConstructionPlan { .. }
            | K::SuperiorAuthorization { .. }
            | K::DocumentMinValidity { .. }
            | K::HkMacaoResidencePermitOnly => Section::Materials,
            K::ResidencePermit
            | K::LocalIdOnly
            | K::LeaderLegalRepresentative
            | K::MinAge { .. }
            | K::Note => Section::Regulations,
        }
    }

    /// The kind's parameters as (name, value), as written in the rule files: what `icp-prep
    /// rules` shows as a rule's conditions.
    pub fn parameters(&self) -> Vec<(&'static str, String)> {
        use ProvinceRuleKind as K;
        match self {
            K::DomainCertificate { min_domains } => vec![("min_domains", min_domains.to_string())],
            K::ConstructionPlan {
                individual_over,
                organisation_over,
            } => vec![
                ("individual_over", individual_over.to_string()),
                ("organisation_over", organisation_over.to_string()),
            ],
            K::SuperiorAuthorization { entity_types } => vec![(
                "entity_types",
                entity_types
                    .iter()
                    .map(|e| e.to_string())
                    .collect::<Vec<_>>()
                    .join(", "),
            )],
            K::DomainMinValidity { months, days } => months
                .map(|m| ("months", m.to_string()))
                .into_iter()
                .chain(days.map(|d| ("days", d.to_string())))
                .collect(),
            K::DocumentMinValidity { months } => vec![("months", months.to_string())],
            K::MinAge { years } => vec![("years", years.to_string())],
            _ => Vec::new(),
        }
    }

    /// The kind as written in the rule files (`min_age`, `note`, …).
    pub fn id(&self) -> &'static str {
        match self {
            ProvinceRuleKind::ResidencePermit => "residence_permit",
            ProvinceRuleKind::LocalIdOnly => "local_id_only",
            ProvinceRuleKind::LeaderLegalRepresentative => "leader_legal_representative",
            ProvinceRuleKind::AuthorizationLetter => "authorization_letter",
            ProvinceRuleKind::DomainConfirmation => "domain_confirmation",
            ProvinceRuleKind::DomainHolderEntity => "domain_holder_entity",
            ProvinceRuleKind::DomainCertificate { .. } => "domain_certificate",
            ProvinceRuleKind::FinanceCommitment => "finance_commitment",
            ProvinceRuleKind::ConstructionPlan { .. } => "construction_plan",
            ProvinceRuleKind::SuperiorAuthorization { .. } => "superior_authorization",
            ProvinceRuleKind::DomainMinValidity { .. } => "domain_min_validity",
            ProvinceRuleKind::DocumentMinValidity { .. } => "document_min_validity",
            ProvinceRuleKind::MinAge { .. } => "min_age",
            ProvinceRuleKind::HkMacaoResidencePermitOnly => "hk_macao_residence_permit_only",
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
    min_domains: Option<u32>,
    #[serde(default)]
    individual_over: Option<u32>,
    #[serde(default)]
    organisation_over: Option<u32>,
    #[serde(default)]
    entity_types: Option<Vec<EntityType>>,
    #[serde(default)]
    months: Option<u32>,
    #[serde(default)]
    days: Option<u32>,
    #[serde(default)]
    years: Option<u32>,
    text: String,
    #[serde(default)]
    text_zh: Option<String>,
    #[serde(default)]
    zh: Option<String>,
    source: String,
    last_verified: chrono::NaiveDate,
    confidence: super::provenance::Confidence,
    #[serde(default)]
    seed: Vec<String>,
}

#[derive(Deserialize, Clone, Copy, Debug)]
#[serde(rename_all = "snake_case")]
enum KindTag {
    ResidencePermit,
    LocalIdOnly,
    LeaderLegalRepresentative,
    AuthorizationLetter,
    DomainConfirmation,
    DomainHolderEntity,
    DomainCertificate,
    FinanceCommitment,
    ConstructionPlan,
    SuperiorAuthorization,
    DomainMinValidity,
    DocumentMinValidity,
    MinAge,
    HkMacaoResidencePermitOnly,
    Note,
}

impl TryFrom<RawProvinceRule> for ProvinceRule {
    type Error = String;
    fn try_from(r: RawProvinceRule) -> Result<Self, String> {
        use ProvinceRuleKind as K;
        let need = |v: Option<u32>, f: &str| {
            v.ok_or_else(|| format!("{}: kind {:?} needs `{f}`", r.id, r.kind))
        };
        let kind = match r.kind {
            KindTag::ResidencePermit => K::ResidencePermit,
            KindTag::LocalIdOnly => K::LocalIdOnly,
            KindTag::LeaderLegalRepresentative => K::LeaderLegalRepresentative,
            KindTag::AuthorizationLetter => K::AuthorizationLetter,
            KindTag::DomainConfirmation => K::DomainConfirmation,
            KindTag::DomainHolderEntity => K::DomainHolderEntity,
            KindTag::DomainCertificate => K::DomainCertificate {
                min_domains: need(r.min_domains, "min_domains")?,
            },
            KindTag::FinanceCommitment => K::FinanceCommitment,
            KindTag::ConstructionPlan => K::ConstructionPlan {
                individual_over: need(r.individual_over, "individual_over")?,
                organisation_over: need(r.organisation_over, "organisation_over")?,
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
            },
            KindTag::HkMacaoResidencePermitOnly => K::HkMacaoResidencePermitOnly,
            KindTag::Note => K::Note,
        };
        // a parameter that this kind does not take is a typo or a wrong kind
        let used: &[&str] = match r.kind {
            KindTag::DomainCertificate => &["min_domains"],
            KindTag::ConstructionPlan => &["individual_over", "organisation_over"],
            KindTag::SuperiorAuthorization => &["entity_types"],
            KindTag::DomainMinValidity => &["months", "days"],
            KindTag::DocumentMinValidity => &["months"],
            KindTag::MinAge => &["years"],
            _ => &[],
        };
        let given = [
            ("min_domains", r.min_domains.is_some()),
            ("individual_over", r.individual_over.is_some()),
            ("organisation_over", r.organisation_over.is_some()),
            ("entity_types", r.entity_types.is_some()),
            ("months", r.months.is_some()),
            ("days", r.days.is_some()),
            ("years", r.years.is_some()),
        ];
        for (f, present) in given {
            if present && !used.contains(&f) {
                return Err(format!("{}: kind {:?} does not take `{f}`", r.id, r.kind));
            }
        }
        Ok(ProvinceRule {
            id: r.id,
            province: r.province,
            applies_to: r.applies_to,
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

//! Every question of the wizard: which step asks it, what kind of input it takes, when it is
//! shown, and how its answer is read from and written to the session. Labels and help texts
//! are catalogue messages `field.<id>` and `field.<id>.help`. No rule logic: whether a question
//! matters is read from the knowledge base (a product's terms, a province's rules).

use chrono::NaiveDate;

use crate::knowledge::{Knowledge, ProvinceRuleKind, TermBasis};
use crate::session::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Province,
    EntityType,
    EntityName,
    DomicileProvince,
    HasResidencePermit,
    RegulationsReviewed,
    Domains,
    DomainName,
    DomainWebsite,
    DomainRegistrar,
    DomainRealName,
    DomainRealNameOn,
    DomainHolder,
    DomainHolderKind,
    DomainHolderMatches,
    DomainExpires,
    Product,
    RegionMainland,
    Billing,
    SubscriptionMonths,
    InstanceExpires,
    PublicBandwidth,
    ServiceNumbersUsed,
    OrderAmount,
    EntityCertType,
    EntityCertNumber,
    EntityCertValidUntil,
    LeaderResidency,
    LeaderDocument,
    LeaderNumber,
    LeaderLegalRep,
    LeaderValidUntil,
    AdminResidency,
    AdminDocument,
    AdminNumber,
    AdminLegalRep,
    AdminValidUntil,
    CertificateChanged,
    FinanceContent,
    AllDomainsInStatement,
    Prepared,
    HasAccount,
    AccountSite,
    AccountRealName,
    HoldsOtherEntity,
    Industries,
    ApprovalsReady,
}

/// The kind of input a question takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// One of a list, filtered by typing.
    Select,
    /// Any of a list.
    Multi,
    /// true / false / unsure, or unanswered.
    YesNo,
    Text,
    /// YYYY-MM-DD.
    Date,
    /// A whole number.
    Number,
    /// A number with decimals (RMB).
    Decimal,
    /// The list of domains: add, switch, remove.
    DomainList,
}

/// An answer as the wizard handles it.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Empty,
    Text(String),
    Answer(Answer),
    Choice(String),
    Choices(Vec<String>),
}

/// An option of a select or multi-select: its id in the session file, its label, and the
/// words typing may match (English, Chinese, code).
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    pub id: String,
    pub label: String,
    pub search: String,
}

use Field as F;

pub const ALL: &[Field] = &[
    F::Province,
    F::EntityType,
    F::EntityName,
    F::DomicileProvince,
    F::HasResidencePermit,
    F::RegulationsReviewed,
    F::Domains,
    F::DomainName,
    F::DomainWebsite,
    F::DomainRegistrar,
    F::DomainRealName,
    F::DomainRealNameOn,
    F::DomainHolder,
    F::DomainHolderKind,
    F::DomainHolderMatches,
    F::DomainExpires,
    F::Product,
    F::RegionMainland,
    F::Billing,
    F::SubscriptionMonths,
    F::InstanceExpires,
    F::PublicBandwidth,
    F::ServiceNumbersUsed,
    F::OrderAmount,
    F::EntityCertType,
    F::EntityCertNumber,
    F::EntityCertValidUntil,
    F::LeaderResidency,
    F::LeaderDocument,
    F::LeaderNumber,
    F::LeaderLegalRep,
    F::LeaderValidUntil,
    F::AdminResidency,
    F::AdminDocument,
    F::AdminNumber,
    F::AdminLegalRep,
    F::AdminValidUntil,
    F::CertificateChanged,
    F::FinanceContent,
    F::AllDomainsInStatement,
    F::Prepared,
    F::HasAccount,
    F::AccountSite,
    F::AccountRealName,
    F::HoldsOtherEntity,
    F::Industries,
    F::ApprovalsReady,
];

impl Field {
    /// The id used in message ids and in the review; mirrors the session file's field path.
    pub fn id(self) -> &'static str {
        match self {
            F::Province => "applicant.province",
            F::EntityType => "applicant.entity_type",
            F::EntityName => "applicant.name",
            F::DomicileProvince => "applicant.domicile_province",
            F::HasResidencePermit => "applicant.has_residence_permit",
            F::RegulationsReviewed => "applicant.regulations_reviewed",
            F::Domains => "domains",
            F::DomainName => "domains.name",
            F::DomainWebsite => "domains.website",
            F::DomainRegistrar => "domains.registrar",
            F::DomainRealName => "domains.real_name_verified",
            F::DomainRealNameOn => "domains.real_name_verified_on",
            F::DomainHolder => "domains.holder",
            F::DomainHolderKind => "domains.holder_kind",
            F::DomainHolderMatches => "domains.holder_matches",
            F::DomainExpires => "domains.expires_on",
            F::Product => "instance.product",
            F::RegionMainland => "instance.region_mainland",
            F::Billing => "instance.billing",
            F::SubscriptionMonths => "instance.subscription_months",
            F::InstanceExpires => "instance.expires_on",
            F::PublicBandwidth => "instance.public_bandwidth",
            F::ServiceNumbersUsed => "instance.service_numbers_used",
            F::OrderAmount => "instance.order_amount_rmb",
            F::EntityCertType => "materials.entity_certificate.type",
            F::EntityCertNumber => "materials.entity_certificate.number",
            F::EntityCertValidUntil => "materials.entity_certificate.valid_until",
            F::LeaderResidency => "materials.leader.residency",
            F::LeaderDocument => "materials.leader.document",
            F::LeaderNumber => "materials.leader.number",
            F::LeaderLegalRep => "materials.leader.is_legal_representative",
            F::LeaderValidUntil => "materials.leader.valid_until",
            F::AdminResidency => "materials.admin.residency",
            F::AdminDocument => "materials.admin.document",
            F::AdminNumber => "materials.admin.number",
            F::AdminLegalRep => "materials.admin.is_legal_representative",
            F::AdminValidUntil => "materials.admin.valid_until",
            F::CertificateChanged => "materials.certificate_changed",
            F::FinanceContent => "materials.finance_content",
            F::AllDomainsInStatement => "materials.all_domains_in_statement",
            F::Prepared => "materials.prepared",
            F::HasAccount => "account.has_account",
            F::AccountSite => "account.site",
            F::AccountRealName => "account.real_name_verified",
            F::HoldsOtherEntity => "account.holds_other_entity",
            F::Industries => "preapproval.industries",
            F::ApprovalsReady => "preapproval.approvals_ready",
        }
    }

    pub fn step(self) -> Step {
        let id = self.id();
        if id.starts_with("applicant.") {
            Step::Regulations
        } else if id.starts_with("domains") {
            Step::Domain
        } else if id.starts_with("instance.") {
            Step::Instance
        } else if id.starts_with("materials.") {
            Step::Materials
        } else if id.starts_with("account.") {
            Step::Account
        } else {
            Step::Preapproval
        }
    }

    pub fn kind(self) -> Kind {
        match self {
            F::Province
            | F::EntityType
            | F::DomicileProvince
            | F::DomainRegistrar
            | F::DomainHolder
            | F::DomainHolderKind
            | F::Product
            | F::Billing
            | F::EntityCertType
            | F::LeaderResidency
            | F::LeaderDocument
            | F::AdminResidency
            | F::AdminDocument
            | F::AccountSite => Kind::Select,
            F::Prepared | F::Industries | F::ApprovalsReady => Kind::Multi,
            F::HasResidencePermit
            | F::RegulationsReviewed
            | F::DomainRealName
            | F::DomainHolderMatches
            | F::RegionMainland
            | F::PublicBandwidth
            | F::LeaderLegalRep
            | F::AdminLegalRep
            | F::CertificateChanged
            | F::FinanceContent
            | F::AllDomainsInStatement
            | F::HasAccount
            | F::AccountRealName
            | F::HoldsOtherEntity => Kind::YesNo,
            F::EntityName
            | F::DomainName
            | F::DomainWebsite
            | F::EntityCertNumber
            | F::LeaderNumber
            | F::AdminNumber => Kind::Text,
            F::DomainRealNameOn
            | F::DomainExpires
            | F::InstanceExpires
            | F::EntityCertValidUntil
            | F::LeaderValidUntil
            | F::AdminValidUntil => Kind::Date,
            F::SubscriptionMonths | F::ServiceNumbersUsed => Kind::Number,
            F::OrderAmount => Kind::Decimal,
            F::Domains => Kind::DomainList,
        }
    }

    /// Whether the question applies to this applicant now. Hidden answers are kept.
    pub fn visible(self, s: &Session, k: &Knowledge, domain: usize) -> bool {
        let entity = s.applicant.as_ref().and_then(|a| a.entity_type);
        let province = s.applicant.as_ref().and_then(|a| a.province);
        let domicile = s.applicant.as_ref().and_then(|a| a.domicile_province);
        let individual = entity == Some(EntityType::Individual);
        let organisation = matches!(entity, Some(e) if !e.is_individual());
        let product = s
            .instance
            .as_ref()
            .and_then(|i| i.product)
            .and_then(|p| k.product(p));
        let province_has = |pick: fn(&ProvinceRuleKind) -> bool| {
            province.is_some_and(|p| {
                k.province_rules(p)
                    .any(|r| pick(&r.kind) && r.provenance.confidence.may_block())
            })
        };
        let entry = s.domains.as_ref().and_then(|d| d.get(domain));
        let leader_abroad = s
            .materials
            .as_ref()
            .and_then(|m| m.leader.as_ref())
            .and_then(|l| l.residency)
            .is_some_and(|r| r != Residency::Mainland);
        match self {
            F::DomicileProvince => individual && !leader_abroad,
            F::HasResidencePermit => {
                individual && !leader_abroad && domicile.is_some() && domicile != province
            }
            F::DomainName
            | F::DomainWebsite
            | F::DomainRegistrar
            | F::DomainRealName
            | F::DomainRealNameOn
            | F::DomainHolder
            | F::DomainHolderMatches
            | F::DomainExpires => entry.is_some(),
            F::DomainHolderKind => {
                entry.is_some_and(|d| d.holder.is_some_and(|h| h != Holder::Entity))
            }
            F::RegionMainland => product.is_none_or(|p| p.requires_mainland),
            F::SubscriptionMonths => product.is_none_or(|p| p.term_basis != TermBasis::Remaining),
            F::PublicBandwidth => product.is_some_and(|p| p.requires_public_bandwidth),
            F::OrderAmount => product.is_some_and(|p| p.min_order_rmb.is_some()),
            F::EntityCertType
            | F::EntityCertNumber
            | F::EntityCertValidUntil
            | F::AdminResidency
            | F::AdminDocument
            | F::AdminNumber
            | F::AdminValidUntil
            | F::AdminLegalRep
            | F::LeaderLegalRep => organisation,
            F::FinanceContent => province_has(|k| *k == ProvinceRuleKind::FinanceCommitment),
            F::AllDomainsInStatement => {
                province_has(|k| *k == ProvinceRuleKind::DomainConfirmation)
            }
            F::ApprovalsReady => s
                .preapproval
                .as_ref()
                .and_then(|p| p.industries.as_ref())
                .is_some_and(|i| !i.is_empty()),
            _ => true,
        }
    }

    /// The fields a step shows, in order.
    pub fn of_step(step: Step, s: &Session, k: &Knowledge, domain: usize) -> Vec<Field> {
        ALL.iter()
            .copied()
            .filter(|f| f.step() == step && f.visible(s, k, domain))
            .collect()
    }

    pub fn get(self, s: &Session, domain: usize) -> Value {
        let a = s.applicant.as_ref();
        let d = s.domains.as_ref().and_then(|d| d.get(domain));
        let i = s.instance.as_ref();
        let m = s.materials.as_ref();
        let leader = m.and_then(|m| m.leader.as_ref());
        let admin = m.and_then(|m| m.admin.as_ref());
        let cert = m.and_then(|m| m.entity_certificate.as_ref());
        let acc = s.account.as_ref();
        let pre = s.preapproval.as_ref();
        match self {
            F::Province => choice(a.and_then(|a| a.province)),
            F::EntityType => choice(a.and_then(|a| a.entity_type)),
            F::EntityName => text(a.and_then(|a| a.name.clone())),
            F::DomicileProvince => choice(a.and_then(|a| a.domicile_province)),
            F::HasResidencePermit => answer(a.and_then(|a| a.has_residence_permit)),
            F::RegulationsReviewed => answer(a.and_then(|a| a.regulations_reviewed)),
            F::Domains => Value::Choices(
                s.domains
                    .iter()
                    .flatten()
                    .map(|d| d.name.clone().unwrap_or_default())
                    .collect(),
            ),
            F::DomainName => text(d.and_then(|d| d.name.clone())),
            F::DomainWebsite => text(d.and_then(|d| d.website.clone())),
            F::DomainRegistrar => choice(d.and_then(|d| d.registrar)),
            F::DomainRealName => answer(d.and_then(|d| d.real_name_verified)),
            F::DomainRealNameOn => date(d.and_then(|d| d.real_name_verified_on)),
            F::DomainHolder => choice(d.and_then(|d| d.holder)),
            F::DomainHolderKind => choice(d.and_then(|d| d.holder_kind)),
            F::DomainHolderMatches => answer(d.and_then(|d| d.holder_matches)),
            F::DomainExpires => date(d.and_then(|d| d.expires_on)),
            F::Product => choice(i.and_then(|i| i.product)),
            F::RegionMainland => answer(i.and_then(|i| i.region_mainland)),
            F::Billing => choice(i.and_then(|i| i.billing)),
            F::SubscriptionMonths => {
                text(i.and_then(|i| i.subscription_months).map(|v| v.to_string()))
            }
            F::InstanceExpires => date(i.and_then(|i| i.expires_on)),
            F::PublicBandwidth => answer(i.and_then(|i| i.public_bandwidth)),
            F::ServiceNumbersUsed => text(
                i.and_then(|i| i.service_numbers_used)
                    .map(|v| v.to_string()),
            ),
            F::OrderAmount => text(i.and_then(|i| i.order_amount_rmb).map(|v| v.to_string())),
            F::EntityCertType => choice(cert.and_then(|c| c.kind)),
            F::EntityCertNumber => text(cert.and_then(|c| c.number.clone()).map(|n| n.0)),
            F::EntityCertValidUntil => date(cert.and_then(|c| c.valid_until)),
            F::LeaderResidency => choice(leader.and_then(|p| p.residency)),
            F::LeaderDocument => choice(leader.and_then(|p| p.document)),
            F::LeaderNumber => text(leader.and_then(|p| p.number.clone()).map(|n| n.0)),
            F::LeaderLegalRep => answer(leader.and_then(|p| p.is_legal_representative)),
            F::LeaderValidUntil => date(leader.and_then(|p| p.valid_until)),
            F::AdminResidency => choice(admin.and_then(|p| p.residency)),
            F::AdminDocument => choice(admin.and_then(|p| p.document)),
            F::AdminNumber => text(admin.and_then(|p| p.number.clone()).map(|n| n.0)),
            F::AdminLegalRep => answer(admin.and_then(|p| p.is_legal_representative)),
            F::AdminValidUntil => date(admin.and_then(|p| p.valid_until)),
            F::CertificateChanged => answer(m.and_then(|m| m.certificate_changed)),
            F::FinanceContent => answer(m.and_then(|m| m.finance_content)),
            F::AllDomainsInStatement => answer(m.and_then(|m| m.all_domains_in_statement)),
            F::Prepared => choices(m.and_then(|m| m.prepared.clone())),
            F::HasAccount => answer(acc.and_then(|a| a.has_account)),
            F::AccountSite => choice(acc.and_then(|a| a.site)),
            F::AccountRealName => answer(acc.and_then(|a| a.real_name_verified)),
            F::HoldsOtherEntity => answer(acc.and_then(|a| a.holds_other_entity)),
            F::Industries => choices(pre.and_then(|p| p.industries.clone())),
            F::ApprovalsReady => choices(pre.and_then(|p| p.approvals_ready.clone())),
        }
    }

    /// Write an answer. `Err` carries the catalogue id of what is wrong with typed text (a date
    /// or number that cannot be read); the session is then left unchanged.
    pub fn set(self, s: &mut Session, domain: usize, v: Value) -> Result<(), &'static str> {
        let t = match &v {
            Value::Text(t) => Some(t.trim().to_string()).filter(|t| !t.is_empty()),
            _ => None,
        };
        let ans = match v {
            Value::Answer(a) => Some(a),
            _ => None,
        };
        let id = match &v {
            Value::Choice(c) => Some(c.clone()),
            _ => None,
        };
        let ids = match &v {
            Value::Choices(c) => Some(c.clone()),
            _ => None,
        };
        let date_v = match self.kind() {
            Kind::Date => match &t {
                None => None,
                Some(t) => {
                    Some(NaiveDate::parse_from_str(t, "%Y-%m-%d").map_err(|_| "tui.error.date")?)
                }
            },
            _ => None,
        };
        let number = match self.kind() {
            Kind::Number => match &t {
                None => None,
                Some(t) => Some(t.parse::<u32>().map_err(|_| "tui.error.number")?),
            },
            _ => None,
        };
        let decimal = match self.kind() {
            Kind::Decimal => match &t {
                None => None,
                Some(t) => Some(
                    t.parse::<f64>()
                        .ok()
                        .filter(|v| v.is_finite() && *v >= 0.0)
                        .ok_or("tui.error.decimal")?,
                ),
            },
            _ => None,
        };
        match self {
            F::Province => applicant(s).province = id.and_then(|i| ProvinceSlug::from_id(&i)),
            F::EntityType => applicant(s).entity_type = id.and_then(|i| EntityType::from_id(&i)),
            F::EntityName => applicant(s).name = t,
            F::DomicileProvince => {
                applicant(s).domicile_province = id.and_then(|i| ProvinceSlug::from_id(&i))
            }
            F::HasResidencePermit => applicant(s).has_residence_permit = ans,
            F::RegulationsReviewed => applicant(s).regulations_reviewed = ans,
            F::Domains => {}
            F::DomainName => entry(s, domain).name = t,
            F::DomainWebsite => entry(s, domain).website = t,
            F::DomainRegistrar => {
                entry(s, domain).registrar = id.and_then(|i| Registrar::from_id(&i))
            }
            F::DomainRealName => entry(s, domain).real_name_verified = ans,
            F::DomainRealNameOn => entry(s, domain).real_name_verified_on = date_v,
            F::DomainHolder => entry(s, domain).holder = id.and_then(|i| Holder::from_id(&i)),
            F::DomainHolderKind => {
                entry(s, domain).holder_kind = id.and_then(|i| HolderKind::from_id(&i))
            }
            F::DomainHolderMatches => entry(s, domain).holder_matches = ans,
            F::DomainExpires => entry(s, domain).expires_on = date_v,
            F::Product => instance(s).product = id.and_then(|i| ProductId::from_id(&i)),
            F::RegionMainland => instance(s).region_mainland = ans,
            F::Billing => instance(s).billing = id.and_then(|i| Billing::from_id(&i)),
            F::SubscriptionMonths => instance(s).subscription_months = number,
            F::InstanceExpires => instance(s).expires_on = date_v,
            F::PublicBandwidth => instance(s).public_bandwidth = ans,
            F::ServiceNumbersUsed => instance(s).service_numbers_used = number,
            F::OrderAmount => instance(s).order_amount_rmb = decimal,
            F::EntityCertType => cert(s).kind = id.and_then(|i| CertificateType::from_id(&i)),
            F::EntityCertNumber => cert(s).number = t.map(CertNumber),
            F::EntityCertValidUntil => cert(s).valid_until = date_v,
            F::LeaderResidency => leader(s).residency = id.and_then(|i| Residency::from_id(&i)),
            F::LeaderDocument => leader(s).document = id.and_then(|i| CertificateType::from_id(&i)),
            F::LeaderNumber => leader(s).number = t.map(CertNumber),
            F::LeaderLegalRep => leader(s).is_legal_representative = ans,
            F::LeaderValidUntil => leader(s).valid_until = date_v,
            F::AdminResidency => admin(s).residency = id.and_then(|i| Residency::from_id(&i)),
            F::AdminDocument => admin(s).document = id.and_then(|i| CertificateType::from_id(&i)),
            F::AdminNumber => admin(s).number = t.map(CertNumber),
            F::AdminLegalRep => admin(s).is_legal_representative = ans,
            F::AdminValidUntil => admin(s).valid_until = date_v,
            F::CertificateChanged => materials(s).certificate_changed = ans,
            F::FinanceContent => materials(s).finance_content = ans,
            F::AllDomainsInStatement => materials(s).all_domains_in_statement = ans,
            F::Prepared => {
                materials(s).prepared =
                    ids.map(|v| v.iter().filter_map(|i| MaterialId::from_id(i)).collect())
            }
            F::HasAccount => account(s).has_account = ans,
            F::AccountSite => account(s).site = id.and_then(|i| AccountSite::from_id(&i)),
            F::AccountRealName => account(s).real_name_verified = ans,
            F::HoldsOtherEntity => account(s).holds_other_entity = ans,
            F::Industries => {
                preapproval(s).industries =
                    ids.map(|v| v.iter().filter_map(|i| IndustryId::from_id(i)).collect())
            }
            F::ApprovalsReady => {
                preapproval(s).approvals_ready =
                    ids.map(|v| v.iter().filter_map(|i| IndustryId::from_id(i)).collect())
            }
        }
        Ok(())
    }
}

fn choice<T: std::fmt::Display>(v: Option<T>) -> Value {
    v.map(|v| Value::Choice(v.to_string()))
        .unwrap_or(Value::Empty)
}

fn text(v: Option<String>) -> Value {
    v.map(Value::Text).unwrap_or(Value::Empty)
}

fn date(v: Option<NaiveDate>) -> Value {
    v.map(|d| Value::Text(d.to_string()))
        .unwrap_or(Value::Empty)
}

fn answer(v: Option<Answer>) -> Value {
    v.map(Value::Answer).unwrap_or(Value::Empty)
}

fn choices<T: std::fmt::Display>(v: Option<Vec<T>>) -> Value {
    v.map(|v| Value::Choices(v.iter().map(|x| x.to_string()).collect()))
        .unwrap_or(Value::Empty)
}

fn applicant(s: &mut Session) -> &mut Applicant {
    s.applicant.get_or_insert_with(Default::default)
}

fn entry(s: &mut Session, i: usize) -> &mut DomainEntry {
    let list = s.domains.get_or_insert_with(Vec::new);
    if list.len() <= i {
        list.resize_with(i + 1, Default::default);
    }
    &mut list[i]
}

fn instance(s: &mut Session) -> &mut Instance {
    s.instance.get_or_insert_with(Default::default)
}

fn materials(s: &mut Session) -> &mut Materials {
    s.materials.get_or_insert_with(Default::default)
}

fn cert(s: &mut Session) -> &mut EntityCertificate {
    materials(s)
        .entity_certificate
        .get_or_insert_with(Default::default)
}

fn leader(s: &mut Session) -> &mut Person {
    materials(s).leader.get_or_insert_with(Default::default)
}

fn admin(s: &mut Session) -> &mut Person {
    materials(s).admin.get_or_insert_with(Default::default)
}

fn account(s: &mut Session) -> &mut Account {
    s.account.get_or_insert_with(Default::default)
}

fn preapproval(s: &mut Session) -> &mut Preapproval {
    s.preapproval.get_or_insert_with(Default::default)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k() -> Knowledge {
        Knowledge::builtin().unwrap()
    }

    #[test]
    fn every_field_round_trips_through_the_session() {
        let mut s = Session {
            version: 1,
            ..Default::default()
        };
        let samples = |f: Field| match f.kind() {
            Kind::YesNo => Value::Answer(Answer::Unsure),
            Kind::Date => Value::Text("2027-01-31".into()),
            Kind::Number => Value::Text("4".into()),
            Kind::Decimal => Value::Text("99.5".into()),
            Kind::Text => Value::Text("text".into()),
            Kind::Select => Value::Choice(
                match f {
                    F::Province | F::DomicileProvince => "fujian",
                    F::EntityType => "enterprise",
                    F::DomainRegistrar => "aliyun_china",
                    F::DomainHolder => "shareholder",
                    F::DomainHolderKind => "person",
                    F::Product => "ecs",
                    F::Billing => "subscription",
                    F::EntityCertType | F::LeaderDocument | F::AdminDocument => "passport",
                    F::LeaderResidency | F::AdminResidency => "foreign",
                    F::AccountSite => "china",
                    _ => unreachable!("{f:?}"),
                }
                .into(),
            ),
            Kind::Multi => Value::Choices(match f {
                F::Prepared => vec!["entity_certificate".into()],
                _ => vec!["news".into()],
            }),
            Kind::DomainList => Value::Empty,
        };
        for f in ALL {
            let v = samples(*f);
            f.set(&mut s, 0, v.clone()).unwrap();
            if f.kind() != Kind::DomainList {
                assert_eq!(f.get(&s, 0), v, "{f:?}");
            }
        }
        // What the wizard writes is a valid session file.
        let text = crate::yaml::to_string(&s).unwrap();
        assert_eq!(crate::session::parse(&text).unwrap(), s);
    }

    #[test]
    fn unreadable_dates_and_numbers_are_refused_and_change_nothing() {
        let mut s = Session {
            version: 1,
            ..Default::default()
        };
        assert_eq!(
            F::DomainExpires.set(&mut s, 0, Value::Text("2027-02-30".into())),
            Err("tui.error.date")
        );
        assert_eq!(
            F::ServiceNumbersUsed.set(&mut s, 0, Value::Text("five".into())),
            Err("tui.error.number")
        );
        assert_eq!(
            F::OrderAmount.set(&mut s, 0, Value::Text("-1".into())),
            Err("tui.error.decimal")
        );
        assert_eq!(
            s,
            Session {
                version: 1,
                ..Default::default()
            }
        );
        // Clearing is allowed: an empty answer means "not answered".
        F::ServiceNumbersUsed
            .set(&mut s, 0, Value::Text("2".into()))
            .unwrap();
        F::ServiceNumbersUsed
            .set(&mut s, 0, Value::Text(" ".into()))
            .unwrap();
        assert_eq!(s.instance.unwrap().service_numbers_used, None);
    }

    #[test]
    fn visibility_follows_the_applicant_and_the_rules() {
        let k = k();
        let mut s = Session {
            version: 1,
            ..Default::default()
        };
        assert!(!F::AdminNumber.visible(&s, &k, 0));
        F::EntityType
            .set(&mut s, 0, Value::Choice("enterprise".into()))
            .unwrap();
        assert!(F::AdminNumber.visible(&s, &k, 0));
        assert!(!F::FinanceContent.visible(&s, &k, 0));
        F::Province
            .set(&mut s, 0, Value::Choice("guangdong".into()))
            .unwrap();
        assert!(
            F::FinanceContent.visible(&s, &k, 0),
            "Guangdong asks about finance content"
        );
        assert!(!F::AllDomainsInStatement.visible(&s, &k, 0));
        F::Product
            .set(&mut s, 0, Value::Choice("marketplace".into()))
            .unwrap();
        assert!(F::OrderAmount.visible(&s, &k, 0) && !F::RegionMainland.visible(&s, &k, 0));
        F::Product
            .set(&mut s, 0, Value::Choice("ecs".into()))
            .unwrap();
        assert!(F::PublicBandwidth.visible(&s, &k, 0) && !F::SubscriptionMonths.visible(&s, &k, 0));
        assert!(!F::DomainName.visible(&s, &k, 0), "no domain yet");
    }
}

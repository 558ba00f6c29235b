//! Every question once: its id, its section and typed access to its answer in the session.
//! An answer is read and written as its own type (a province as `ProvinceSlug`, a date as
//! `NaiveDate`), so a value of the wrong type does not compile; only typed text (dates,
//! numbers) is parsed, and a text that cannot be read is refused with the reason.

use chrono::NaiveDate;

use super::website;
use crate::knowledge::Section;
use crate::session::*;

/// Typed access to one answer; `usize` is the domain entry for domain questions.
pub struct Cell<T> {
    pub get: fn(&Session, usize) -> Option<T>,
    pub set: fn(&mut Session, usize, Option<T>),
}

// By hand: a derive would ask `T: Copy`, but only the two function pointers are copied.
impl<T> Clone for Cell<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Cell<T> {}

/// Where a question's answer lives, with its type.
#[derive(Clone, Copy)]
pub enum Slot {
    Province(Cell<ProvinceSlug>),
    EntityType(Cell<EntityType>),
    Registrar(Cell<Registrar>),
    Holder(Cell<Holder>),
    HolderKind(Cell<HolderKind>),
    Product(Cell<ProductId>),
    Billing(Cell<Billing>),
    Certificate(Cell<CertificateType>),
    Residency(Cell<Residency>),
    Site(Cell<AccountSite>),
    FilingType(Cell<FilingType>),
    Materials(Cell<Vec<MaterialId>>),
    Features(Cell<Vec<WebsiteFeature>>),
    Industries(Cell<Vec<IndustryId>>),
    Answer(Cell<Answer>),
    Text(Cell<String>),
    Date(Cell<NaiveDate>),
    Number(Cell<u32>),
    Decimal(Cell<f64>),
    /// The list of domains itself: entries are added and removed, not typed.
    Domains,
}

/// One option of a choice, typed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Pick {
    Province(ProvinceSlug),
    EntityType(EntityType),
    Registrar(Registrar),
    Holder(Holder),
    HolderKind(HolderKind),
    Product(ProductId),
    Billing(Billing),
    Certificate(CertificateType),
    Residency(Residency),
    Site(AccountSite),
    FilingType(FilingType),
    Material(MaterialId),
    Feature(WebsiteFeature),
    Industry(IndustryId),
    /// Yes / no / not sure, when a yes/no question is answered from a list.
    Answer(Answer),
}

/// An answer as the wizard shows it.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Empty,
    /// Text, and dates and numbers as they are written.
    Text(String),
    Answer(Answer),
    Pick(Pick),
    Picks(Vec<Pick>),
    /// The domain names in the filing, as typed.
    Domains(Vec<String>),
}

/// Why an answer was not written; the session is then unchanged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetError {
    /// Typed text that cannot be read as the question's type: the catalogue id of the reason.
    Unreadable(&'static str),
    /// A value of another kind than the question takes (a choice for a text question).
    WrongKind,
}

impl SetError {
    /// The catalogue id that explains it.
    pub fn message_id(self) -> &'static str {
        match self {
            SetError::Unreadable(id) => id,
            SetError::WrongKind => "tui.error.wrong-kind",
        }
    }
}

macro_rules! one_pick {
    ($c:expr, $s:expr, $d:expr, $picks:expr, $var:ident) => {{
        let v = match $picks {
            [] => None,
            [Pick::$var(x)] => Some(*x),
            _ => return Err(SetError::WrongKind),
        };
        ($c.set)($s, $d, v);
        Ok(())
    }};
}

macro_rules! many_picks {
    ($c:expr, $s:expr, $d:expr, $picks:expr, $var:ident) => {{
        let mut v = Vec::new();
        for p in $picks {
            match p {
                Pick::$var(x) => v.push(*x),
                _ => return Err(SetError::WrongKind),
            }
        }
        ($c.set)($s, $d, Some(v));
        Ok(())
    }};
}

impl Slot {
    /// The answer now, as shown.
    pub fn value(&self, s: &Session, d: usize) -> Value {
        fn pick<T>(v: Option<T>, f: fn(T) -> Pick) -> Value {
            v.map(|v| Value::Pick(f(v))).unwrap_or(Value::Empty)
        }
        fn picks<T: Copy>(v: Option<Vec<T>>, f: fn(T) -> Pick) -> Value {
            v.map(|v| Value::Picks(v.into_iter().map(f).collect()))
                .unwrap_or(Value::Empty)
        }
        fn text<T: ToString>(v: Option<T>) -> Value {
            v.map(|v| Value::Text(v.to_string()))
                .unwrap_or(Value::Empty)
        }
        match self {
            Slot::Province(c) => pick((c.get)(s, d), Pick::Province),
            Slot::EntityType(c) => pick((c.get)(s, d), Pick::EntityType),
            Slot::Registrar(c) => pick((c.get)(s, d), Pick::Registrar),
            Slot::Holder(c) => pick((c.get)(s, d), Pick::Holder),
            Slot::HolderKind(c) => pick((c.get)(s, d), Pick::HolderKind),
            Slot::Product(c) => pick((c.get)(s, d), Pick::Product),
            Slot::Billing(c) => pick((c.get)(s, d), Pick::Billing),
            Slot::Certificate(c) => pick((c.get)(s, d), Pick::Certificate),
            Slot::Residency(c) => pick((c.get)(s, d), Pick::Residency),
            Slot::Site(c) => pick((c.get)(s, d), Pick::Site),
            Slot::FilingType(c) => pick((c.get)(s, d), Pick::FilingType),
            Slot::Materials(c) => picks((c.get)(s, d), Pick::Material),
            Slot::Features(c) => picks((c.get)(s, d), Pick::Feature),
            Slot::Industries(c) => picks((c.get)(s, d), Pick::Industry),
            Slot::Answer(c) => (c.get)(s, d).map(Value::Answer).unwrap_or(Value::Empty),
            Slot::Text(c) => text((c.get)(s, d)),
            Slot::Date(c) => text((c.get)(s, d)),
            Slot::Number(c) => text((c.get)(s, d)),
            Slot::Decimal(c) => text((c.get)(s, d)),
            Slot::Domains => match &s.domains {
                None => Value::Empty,
                Some(list) => Value::Domains(
                    list.iter()
                        .map(|e| e.name.clone().unwrap_or_default())
                        .collect(),
                ),
            },
        }
    }

    /// Write the choices made (none clears a single choice; a multi-choice keeps `[]` as
    /// "none").
    pub fn set_picks(&self, s: &mut Session, d: usize, picks: &[Pick]) -> Result<(), SetError> {
        match self {
            Slot::Province(c) => one_pick!(c, s, d, picks, Province),
            Slot::EntityType(c) => one_pick!(c, s, d, picks, EntityType),
            Slot::Registrar(c) => one_pick!(c, s, d, picks, Registrar),
            Slot::Holder(c) => one_pick!(c, s, d, picks, Holder),
            Slot::HolderKind(c) => one_pick!(c, s, d, picks, HolderKind),
            Slot::Product(c) => one_pick!(c, s, d, picks, Product),
            Slot::Billing(c) => one_pick!(c, s, d, picks, Billing),
            Slot::Certificate(c) => one_pick!(c, s, d, picks, Certificate),
            Slot::Residency(c) => one_pick!(c, s, d, picks, Residency),
            Slot::Site(c) => one_pick!(c, s, d, picks, Site),
            Slot::FilingType(c) => one_pick!(c, s, d, picks, FilingType),
            Slot::Materials(c) => many_picks!(c, s, d, picks, Material),
            Slot::Features(c) => many_picks!(c, s, d, picks, Feature),
            Slot::Industries(c) => many_picks!(c, s, d, picks, Industry),
            Slot::Answer(c) => one_pick!(c, s, d, picks, Answer),
            _ => Err(SetError::WrongKind),
        }
    }

    pub fn set_answer(&self, s: &mut Session, d: usize, a: Answer) -> Result<(), SetError> {
        match self {
            Slot::Answer(c) => {
                (c.set)(s, d, Some(a));
                Ok(())
            }
            _ => Err(SetError::WrongKind),
        }
    }

    /// Write typed text; blank clears the answer. Dates and numbers must read.
    pub fn set_text(&self, s: &mut Session, d: usize, typed: &str) -> Result<(), SetError> {
        let t = Some(typed.trim()).filter(|t| !t.is_empty());
        match self {
            Slot::Text(c) => (c.set)(s, d, t.map(str::to_string)),
            Slot::Date(c) => {
                let v = t.map(parse_date).transpose()?;
                (c.set)(s, d, v)
            }
            Slot::Number(c) => {
                let v = t
                    .map(|t| t.parse::<u32>())
                    .transpose()
                    .map_err(|_| SetError::Unreadable("tui.error.number"))?;
                (c.set)(s, d, v)
            }
            Slot::Decimal(c) => {
                let v = t.map(parse_decimal).transpose()?;
                (c.set)(s, d, v)
            }
            _ => return Err(SetError::WrongKind),
        }
        Ok(())
    }

    /// Forget the answer ("not answered").
    pub fn clear(&self, s: &mut Session, d: usize) {
        match self {
            Slot::Province(c) => (c.set)(s, d, None),
            Slot::EntityType(c) => (c.set)(s, d, None),
            Slot::Registrar(c) => (c.set)(s, d, None),
            Slot::Holder(c) => (c.set)(s, d, None),
            Slot::HolderKind(c) => (c.set)(s, d, None),
            Slot::Product(c) => (c.set)(s, d, None),
            Slot::Billing(c) => (c.set)(s, d, None),
            Slot::Certificate(c) => (c.set)(s, d, None),
            Slot::Residency(c) => (c.set)(s, d, None),
            Slot::Site(c) => (c.set)(s, d, None),
            Slot::FilingType(c) => (c.set)(s, d, None),
            Slot::Materials(c) => (c.set)(s, d, None),
            Slot::Features(c) => (c.set)(s, d, None),
            Slot::Industries(c) => (c.set)(s, d, None),
            Slot::Answer(c) => (c.set)(s, d, None),
            Slot::Text(c) => (c.set)(s, d, None),
            Slot::Date(c) => (c.set)(s, d, None),
            Slot::Number(c) => (c.set)(s, d, None),
            Slot::Decimal(c) => (c.set)(s, d, None),
            Slot::Domains => {}
        }
    }
}

pub(crate) fn parse_date(t: &str) -> Result<NaiveDate, SetError> {
    NaiveDate::parse_from_str(t.trim(), "%Y-%m-%d")
        .map_err(|_| SetError::Unreadable("tui.error.date"))
}

fn parse_decimal(t: &str) -> Result<f64, SetError> {
    t.parse::<f64>()
        .ok()
        .filter(|v| v.is_finite() && *v >= 0.0)
        .ok_or(SetError::Unreadable("tui.error.decimal"))
}

/// A question as the table lists it.
pub struct Entry {
    pub id: QuestionId,
    /// The field's path in the session file; also the catalogue's `field.<path>` label.
    pub path: &'static str,
    pub section: Section,
    pub slot: Slot,
}

macro_rules! questions {
    ($($id:ident, $path:literal, $section:ident, $slot:ident, $get:expr, $set:expr;)+) => {
        /// Every question the wizard can ask.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum QuestionId { Domains, $($id),+ }

        /// The table, in the wizard's order within each section.
        pub const TABLE: &[Entry] = &[$(Entry {
            id: QuestionId::$id,
            path: $path,
            section: Section::$section,
            slot: Slot::$slot(Cell { get: $get, set: $set }),
        }),+];
    };
}

/// The domain list's own entry (its slot has no answer cell).
const DOMAINS: Entry = Entry {
    id: QuestionId::Domains,
    path: "domains",
    section: Section::Domain,
    slot: Slot::Domains,
};

impl QuestionId {
    pub fn entry(self) -> &'static Entry {
        // `TABLE` lists the questions in the enum's order, after `Domains` (a test checks it).
        match (self as usize).checked_sub(1) {
            Some(i) => TABLE.get(i).unwrap_or(&DOMAINS),
            None => &DOMAINS,
        }
    }

    pub fn path(self) -> &'static str {
        self.entry().path
    }

    pub fn section(self) -> Section {
        self.entry().section
    }

    pub fn slot(self) -> Slot {
        self.entry().slot
    }

    /// Every question.
    pub fn all() -> impl Iterator<Item = QuestionId> {
        std::iter::once(QuestionId::Domains).chain(TABLE.iter().map(|e| e.id))
    }
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

fn dom(s: &Session, i: usize) -> Option<&DomainEntry> {
    s.domains.as_ref()?.get(i)
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

fn cert_of(s: &Session) -> Option<&EntityCertificate> {
    s.materials.as_ref()?.entity_certificate.as_ref()
}

fn leader(s: &mut Session) -> &mut Person {
    materials(s).leader.get_or_insert_with(Default::default)
}

fn leader_of(s: &Session) -> Option<&Person> {
    s.materials.as_ref()?.leader.as_ref()
}

fn admin(s: &mut Session) -> &mut Person {
    materials(s).admin.get_or_insert_with(Default::default)
}

fn admin_of(s: &Session) -> Option<&Person> {
    s.materials.as_ref()?.admin.as_ref()
}

fn account(s: &mut Session) -> &mut Account {
    s.account.get_or_insert_with(Default::default)
}

fn preapproval(s: &mut Session) -> &mut Preapproval {
    s.preapproval.get_or_insert_with(Default::default)
}

fn filing(s: &mut Session) -> &mut Filing {
    s.filing.get_or_insert_with(Default::default)
}

questions! {
    FilingType, "filing.type", Regulations, FilingType,
        |s, _| s.filing.as_ref()?.kind, |s, _, v| filing(s).kind = v;
    EntityIcpNumber, "filing.entity_icp_number", Regulations, Text,
        |s, _| s.filing.as_ref()?.entity_icp_number.clone(),
        |s, _, v| filing(s).entity_icp_number = v;
    Province, "applicant.province", Regulations, Province,
        |s, _| s.applicant.as_ref()?.province, |s, _, v| applicant(s).province = v;
    EntityType, "applicant.entity_type", Regulations, EntityType,
        |s, _| s.applicant.as_ref()?.entity_type, |s, _, v| applicant(s).entity_type = v;
    EntityName, "applicant.name", Regulations, Text,
        |s, _| s.applicant.as_ref()?.name.clone(), |s, _, v| applicant(s).name = v;
    DomicileProvince, "applicant.domicile_province", Regulations, Province,
        |s, _| s.applicant.as_ref()?.domicile_province,
        |s, _, v| applicant(s).domicile_province = v;
    HasResidencePermit, "applicant.has_residence_permit", Regulations, Answer,
        |s, _| s.applicant.as_ref()?.has_residence_permit,
        |s, _, v| applicant(s).has_residence_permit = v;
    RegulationsReviewed, "applicant.regulations_reviewed", Regulations, Answer,
        |s, _| s.applicant.as_ref()?.regulations_reviewed,
        |s, _, v| applicant(s).regulations_reviewed = v;
    DomainName, "domains.name", Domain, Text,
        |s, d| dom(s, d)?.name.clone(), |s, d, v| entry(s, d).name = v;
    DomainWebsite, "domains.website", Domain, Text,
        |s, d| dom(s, d)?.website.clone(), website::set_label;
    WebsiteName, "websites.name", Domain, Text,
        |s, d| website::of(s, d)?.name.clone(), |s, d, v| website::set(s, d, v, |w, v| w.name = v);
    WebsiteRemark, "websites.remark", Domain, Text,
        |s, d| website::of(s, d)?.remark.clone(),
        |s, d, v| website::set(s, d, v, |w, v| w.remark = v);
    WebsiteFeatures, "websites.features", Domain, Features,
        |s, d| website::of(s, d)?.features.clone(),
        |s, d, v| website::set(s, d, v, |w, v| w.features = v);
    WebsiteIcpNumber, "websites.icp_number", Domain, Text,
        |s, d| website::of(s, d)?.icp_number.clone(),
        |s, d, v| website::set(s, d, v, |w, v| w.icp_number = v);
    DomainRegistrar, "domains.registrar", Domain, Registrar,
        |s, d| dom(s, d)?.registrar, |s, d, v| entry(s, d).registrar = v;
    DomainRealName, "domains.real_name_verified", Domain, Answer,
        |s, d| dom(s, d)?.real_name_verified, |s, d, v| entry(s, d).real_name_verified = v;
    DomainRealNameOn, "domains.real_name_verified_on", Domain, Date,
        |s, d| dom(s, d)?.real_name_verified_on,
        |s, d, v| entry(s, d).real_name_verified_on = v;
    DomainHolder, "domains.holder", Domain, Holder,
        |s, d| dom(s, d)?.holder, |s, d, v| entry(s, d).holder = v;
    DomainHolderKind, "domains.holder_kind", Domain, HolderKind,
        |s, d| dom(s, d)?.holder_kind, |s, d, v| entry(s, d).holder_kind = v;
    DomainHolderMatches, "domains.holder_matches", Domain, Answer,
        |s, d| dom(s, d)?.holder_matches, |s, d, v| entry(s, d).holder_matches = v;
    DomainExpires, "domains.expires_on", Domain, Date,
        |s, d| dom(s, d)?.expires_on, |s, d, v| entry(s, d).expires_on = v;
    Product, "instance.product", Instance, Product,
        |s, _| s.instance.as_ref()?.product, |s, _, v| instance(s).product = v;
    RegionMainland, "instance.region_mainland", Instance, Answer,
        |s, _| s.instance.as_ref()?.region_mainland, |s, _, v| instance(s).region_mainland = v;
    Billing, "instance.billing", Instance, Billing,
        |s, _| s.instance.as_ref()?.billing, |s, _, v| instance(s).billing = v;
    SubscriptionMonths, "instance.subscription_months", Instance, Number,
        |s, _| s.instance.as_ref()?.subscription_months,
        |s, _, v| instance(s).subscription_months = v;
    InstanceExpires, "instance.expires_on", Instance, Date,
        |s, _| s.instance.as_ref()?.expires_on, |s, _, v| instance(s).expires_on = v;
    PublicBandwidth, "instance.public_bandwidth", Instance, Answer,
        |s, _| s.instance.as_ref()?.public_bandwidth, |s, _, v| instance(s).public_bandwidth = v;
    ServiceNumbersUsed, "instance.service_numbers_used", Instance, Number,
        |s, _| s.instance.as_ref()?.service_numbers_used,
        |s, _, v| instance(s).service_numbers_used = v;
    OrderAmount, "instance.order_amount_rmb", Instance, Decimal,
        |s, _| s.instance.as_ref()?.order_amount_rmb, |s, _, v| instance(s).order_amount_rmb = v;
    EntityCertType, "materials.entity_certificate.type", Materials, Certificate,
        |s, _| cert_of(s)?.kind, |s, _, v| cert(s).kind = v;
    EntityCertNumber, "materials.entity_certificate.number", Materials, Text,
        |s, _| Some(cert_of(s)?.number.clone()?.0), |s, _, v| cert(s).number = v.map(CertNumber);
    EntityCertValidUntil, "materials.entity_certificate.valid_until", Materials, Date,
        |s, _| cert_of(s)?.valid_until, |s, _, v| cert(s).valid_until = v;
    LeaderResidency, "materials.leader.residency", Materials, Residency,
        |s, _| leader_of(s)?.residency, |s, _, v| leader(s).residency = v;
    LeaderDocument, "materials.leader.document", Materials, Certificate,
        |s, _| leader_of(s)?.document, |s, _, v| leader(s).document = v;
    LeaderNumber, "materials.leader.number", Materials, Text,
        |s, _| Some(leader_of(s)?.number.clone()?.0), |s, _, v| leader(s).number = v.map(CertNumber);
    LeaderLegalRep, "materials.leader.is_legal_representative", Materials, Answer,
        |s, _| leader_of(s)?.is_legal_representative,
        |s, _, v| leader(s).is_legal_representative = v;
    LeaderValidUntil, "materials.leader.valid_until", Materials, Date,
        |s, _| leader_of(s)?.valid_until, |s, _, v| leader(s).valid_until = v;
    AdminResidency, "materials.admin.residency", Materials, Residency,
        |s, _| admin_of(s)?.residency, |s, _, v| admin(s).residency = v;
    AdminDocument, "materials.admin.document", Materials, Certificate,
        |s, _| admin_of(s)?.document, |s, _, v| admin(s).document = v;
    AdminNumber, "materials.admin.number", Materials, Text,
        |s, _| Some(admin_of(s)?.number.clone()?.0), |s, _, v| admin(s).number = v.map(CertNumber);
    AdminLegalRep, "materials.admin.is_legal_representative", Materials, Answer,
        |s, _| admin_of(s)?.is_legal_representative,
        |s, _, v| admin(s).is_legal_representative = v;
    AdminValidUntil, "materials.admin.valid_until", Materials, Date,
        |s, _| admin_of(s)?.valid_until, |s, _, v| admin(s).valid_until = v;
    CertificateChanged, "materials.certificate_changed", Materials, Answer,
        |s, _| s.materials.as_ref()?.certificate_changed,
        |s, _, v| materials(s).certificate_changed = v;
    FinanceContent, "materials.finance_content", Materials, Answer,
        |s, _| s.materials.as_ref()?.finance_content, |s, _, v| materials(s).finance_content = v;
    AllDomainsInStatement, "materials.all_domains_in_statement", Materials, Answer,
        |s, _| s.materials.as_ref()?.all_domains_in_statement,
        |s, _, v| materials(s).all_domains_in_statement = v;
    Prepared, "materials.prepared", Materials, Materials,
        |s, _| s.materials.as_ref()?.prepared.clone(), |s, _, v| materials(s).prepared = v;
    HasAccount, "account.has_account", Account, Answer,
        |s, _| s.account.as_ref()?.has_account, |s, _, v| account(s).has_account = v;
    AccountSite, "account.site", Account, Site,
        |s, _| s.account.as_ref()?.site, |s, _, v| account(s).site = v;
    AccountRealName, "account.real_name_verified", Account, Answer,
        |s, _| s.account.as_ref()?.real_name_verified,
        |s, _, v| account(s).real_name_verified = v;
    HoldsOtherEntity, "account.holds_other_entity", Account, Answer,
        |s, _| s.account.as_ref()?.holds_other_entity,
        |s, _, v| account(s).holds_other_entity = v;
    Industries, "preapproval.industries", Preapproval, Industries,
        |s, _| s.preapproval.as_ref()?.industries.clone(),
        |s, _, v| preapproval(s).industries = v;
    ApprovalsReady, "preapproval.approvals_ready", Preapproval, Industries,
        |s, _| s.preapproval.as_ref()?.approvals_ready.clone(),
        |s, _, v| preapproval(s).approvals_ready = v;
}

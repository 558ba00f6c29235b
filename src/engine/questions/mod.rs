//! Which questions apply to this applicant now, per section and in order: what the wizard
//! asks. The decisions come from the same predicates the section checks use
//! (`regulations::cross_province_pair`, `materials::finance_question_applies`, …), read from
//! the same context, so a question the checklist asks for is always shown, and a question is
//! `needed` exactly when leaving it unanswered gives a todo.

mod table;
pub mod validator;
mod website;

pub use table::{Cell, Entry, Pick, QuestionId, SetError, Slot, TABLE, Value};
pub use validator::{Validator, Verdict, check};

use super::context::Ctx;
use super::{domain, instance, materials, preapproval, regulations, websites};
use crate::knowledge::{Section, TermBasis};
use crate::session::*;

/// The kind of input a question takes, with the options of a choice.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// One of these.
    Choice(Vec<Pick>),
    /// Any of these.
    Multi(Vec<Pick>),
    /// yes / no / unsure.
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

/// One question that applies now.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub id: QuestionId,
    /// The domain entry a domain question is about (0 otherwise).
    pub domain: usize,
    pub kind: Kind,
    /// Readiness needs it: unanswered, it gives a todo.
    pub needed: bool,
    /// What checks a typed value, inline and in the checklist alike.
    pub validator: Validator,
    /// The checklist item an unanswered `needed` question shows up in.
    pub item: Option<String>,
    /// The option a choice starts on when nothing is chosen yet (the identity document a
    /// residency uses); `None` starts on no option at all.
    pub suggested: Option<Pick>,
}

impl Question {
    pub fn slot(&self) -> Slot {
        self.id.slot()
    }

    pub fn value(&self, s: &Session) -> Value {
        self.id.slot().value(s, self.domain)
    }
}

/// A section's questions, in the order they are asked.
#[derive(Debug, Clone, PartialEq)]
pub struct SectionQuestions {
    pub section: Section,
    pub questions: Vec<Question>,
}

/// The questions of every section, from the context the checks ran on (`items` filled).
pub(crate) fn build(cx: &Ctx) -> Vec<SectionQuestions> {
    let mut b = Builder {
        cx,
        out: Vec::new(),
    };
    b.regulations();
    b.domain();
    b.instance();
    b.materials();
    b.account();
    b.preapproval();
    b.out
}

struct Builder<'c, 'a> {
    cx: &'c Ctx<'a>,
    out: Vec<SectionQuestions>,
}

impl Builder<'_, '_> {
    fn ask(&mut self, id: QuestionId, domain: usize, needed: bool, item: impl Into<String>) {
        self.ask_in(id.section(), id, domain, needed, item);
    }

    /// Ask a question in another section than the table's (an individual's identity document
    /// is asked with the regulations, where residency decides what else applies).
    fn ask_in(
        &mut self,
        section: Section,
        id: QuestionId,
        domain: usize,
        needed: bool,
        item: impl Into<String>,
    ) {
        let kind = self.kind(id);
        let suggested = match &kind {
            Kind::Choice(picks) if self.residency_of(id).is_some() => picks.first().copied(),
            _ => None,
        };
        let question = Question {
            id,
            domain,
            validator: Validator::of(id),
            item: needed.then(|| item.into()),
            needed,
            kind,
            suggested,
        };
        match self.out.last_mut() {
            Some(s) if s.section == section => s.questions.push(question),
            _ => self.out.push(SectionQuestions {
                section,
                questions: vec![question],
            }),
        }
    }

    fn kind(&self, id: QuestionId) -> Kind {
        fn each<T: Copy>(all: &[T], f: fn(T) -> Pick) -> Kind {
            Kind::Choice(all.iter().map(|v| f(*v)).collect())
        }
        let k = self.cx.k;
        match id.slot() {
            Slot::Province(_) => Kind::Choice(k.province_slugs().map(Pick::Province).collect()),
            Slot::EntityType(_) => Kind::Choice(
                k.entity_types
                    .iter()
                    .map(|e| Pick::EntityType(e.id))
                    .collect(),
            ),
            Slot::Product(_) => {
                Kind::Choice(k.products.iter().map(|p| Pick::Product(p.id)).collect())
            }
            Slot::Certificate(_) => {
                // A person's residency decides the documents they can use; otherwise people
                // choose among personal documents, organisations among theirs.
                if let Some(docs) = self.residency_of(id).and_then(|r| k.documents_for(r)) {
                    return Kind::Choice(
                        docs.documents
                            .iter()
                            .map(|c| Pick::Certificate(*c))
                            .collect(),
                    );
                }
                let personal = id != QuestionId::EntityCertType;
                Kind::Choice(
                    k.certificate_names
                        .iter()
                        .filter(|c| c.personal == personal || c.id == CertificateType::Other)
                        .map(|c| Pick::Certificate(c.id))
                        .collect(),
                )
            }
            Slot::Residency(_) => each(Residency::ALL, Pick::Residency),
            Slot::Registrar(_) => each(Registrar::ALL, Pick::Registrar),
            Slot::Holder(_) => each(Holder::ALL, Pick::Holder),
            Slot::HolderKind(_) => each(HolderKind::ALL, Pick::HolderKind),
            Slot::Billing(_) => each(Billing::ALL, Pick::Billing),
            Slot::Site(_) => each(AccountSite::ALL, Pick::Site),
            Slot::FilingType(_) => each(FilingType::ALL, Pick::FilingType),
            Slot::Features(_) => Kind::Multi(
                WebsiteFeature::ALL
                    .iter()
                    .map(|f| Pick::Feature(*f))
                    .collect(),
            ),
            Slot::Materials(_) => Kind::Multi(self.material_options()),
            Slot::Industries(_) => {
                // Approvals are asked of the industries chosen.
                let chosen = self.chosen_industries();
                Kind::Multi(
                    k.industry_ids()
                        .filter(|i| id == QuestionId::Industries || chosen.contains(i))
                        .map(Pick::Industry)
                        .collect(),
                )
            }
            Slot::Answer(_) => Kind::YesNo,
            Slot::Text(_) => Kind::Text,
            Slot::Date(_) => Kind::Date,
            Slot::Number(_) => Kind::Number,
            Slot::Decimal(_) => Kind::Decimal,
            Slot::Domains => Kind::DomainList,
        }
    }

    /// The residency given for the person whose document this question asks.
    fn residency_of(&self, id: QuestionId) -> Option<Residency> {
        let m = &self.cx.materials;
        let person = match id {
            QuestionId::LeaderDocument => m.leader.as_ref(),
            QuestionId::AdminDocument => m.admin.as_ref(),
            _ => None,
        };
        person.and_then(|p| p.residency)
    }

    /// Exactly the materials this applicant's checklist lists, plus any already marked ready.
    fn material_options(&self) -> Vec<Pick> {
        let listed = |id: MaterialId| {
            let key = format!("materials.{id}");
            self.cx.items.iter().any(|i| i.id == key)
        };
        let marked = self.cx.materials.prepared.clone().unwrap_or_default();
        self.cx
            .k
            .material_ids()
            .filter(|&id| listed(id) || marked.contains(&id))
            .map(Pick::Material)
            .collect()
    }

    fn chosen_industries(&self) -> Vec<IndustryId> {
        self.cx
            .session
            .preapproval
            .as_ref()
            .and_then(|p| p.industries.clone())
            .unwrap_or_default()
    }

    fn regulations(&mut self) {
        use QuestionId as Q;
        let cx = self.cx;
        // First: the kind of filing decides what else the checklist asks (unanswered, it is
        // taken as a first filing, an info item).
        self.ask(Q::FilingType, 0, false, "");
        if websites::entity_number_asked(cx) {
            self.ask(Q::EntityIcpNumber, 0, true, "filing.entity-icp-number");
        }
        self.ask(Q::Province, 0, true, "regulations.province");
        self.ask(Q::EntityType, 0, true, "regulations.entity-type");
        self.ask(Q::EntityName, 0, true, "regulations.entity-name");
        if cx.individual() {
            // Residency first: it decides the document, and whether there is a domicile to
            // ask (a mainland ID number gives it; other documents have none).
            self.person_questions(Section::Regulations);
            let needed = regulations::domicile_question_needed(cx);
            let answered = cx
                .session
                .applicant
                .as_ref()
                .and_then(|a| a.domicile_province);
            if !regulations::leader_abroad(cx) && (needed || answered.is_some()) {
                self.ask(Q::DomicileProvince, 0, needed, "regulations.domicile");
            }
        }
        if regulations::residence_permit_question_applies(cx) {
            self.ask(Q::HasResidencePermit, 0, true, "regulations.cross-province");
        }
        // Read once a province is chosen: its rules are what there is to review.
        let province = cx.province().is_some();
        self.ask(Q::RegulationsReviewed, 0, province, "regulations.reviewed");
    }

    /// Who the person in charge is (for an individual, the applicant): residency, document,
    /// number.
    fn person_questions(&mut self, section: Section) {
        use QuestionId as Q;
        let leader = "materials.leader_certificate";
        self.ask_in(section, Q::LeaderResidency, 0, true, leader);
        self.ask_in(section, Q::LeaderDocument, 0, true, leader);
        self.ask_in(section, Q::LeaderNumber, 0, true, leader);
    }

    fn domain(&mut self) {
        use QuestionId as Q;
        let cx = self.cx;
        self.ask(Q::Domains, 0, true, "domain.domains");
        let checked = domain::checked_entries(cx);
        for (i, d) in cx.domains.iter().enumerate() {
            let key = d.key();
            let item = |check: &str| format!("domain.{key}.{check}");
            let checked = checked.get(i).copied().unwrap_or(false);
            let e = d.entry;
            self.ask(Q::DomainName, i, true, item("name"));
            self.ask(Q::DomainWebsite, i, false, "");
            // The website the domain belongs to, as the website checks see it. A repeated
            // domain is the first one's website: its items wait on the first one's answers.
            let site = websites::site_questions(cx, i);
            let first = !cx.domains[..i].iter().any(|o| o.key() == key);
            let site_item = |check: &str| format!("website.{}.{check}", site.label);
            self.ask(
                Q::WebsiteName,
                i,
                first && site.name_needed,
                site_item("name"),
            );
            let remark = site.remark_rule.as_deref().unwrap_or("remark");
            let remark_needed = first && site.remark_needed;
            self.ask(Q::WebsiteRemark, i, remark_needed, site_item(remark));
            self.ask(
                Q::WebsiteFeatures,
                i,
                first && site.features_needed,
                site_item("features"),
            );
            if site.icp_number_asked {
                self.ask(Q::WebsiteIcpNumber, i, first, site_item("icp-number"));
            }
            self.ask(Q::DomainRegistrar, i, checked, item("registrar"));
            self.ask(Q::DomainRealName, i, checked, item("real-name"));
            self.ask(Q::DomainRealNameOn, i, false, "");
            self.ask(Q::DomainHolder, i, checked, item("holder"));
            if let Some(h) = e.holder.filter(|h| *h != Holder::Entity) {
                // Only a related person or organisation is asked what kind it is; any other
                // holder already blocks.
                // Where the province lists who may hold a domain, the holder alone decides
                // (its kind is then not what the item waits for).
                let blocked = cx.province_rules().iter().any(|r| {
                    matches!(
                        r.kind,
                        crate::knowledge::ProvinceRuleKind::DomainHolder { .. }
                    ) && r.provenance.confidence.may_block()
                });
                let needed = checked && !cx.individual() && h != Holder::Other && !blocked;
                self.ask(Q::DomainHolderKind, i, needed, item("holder"));
            }
            self.ask(Q::DomainHolderMatches, i, checked, item("holder-match"));
            self.ask(Q::DomainExpires, i, checked, item("expiry"));
        }
    }

    fn instance(&mut self) {
        use QuestionId as Q;
        let cx = self.cx;
        let inst = cx.session.instance.clone().unwrap_or_default();
        let product = inst.product.and_then(|p| cx.k.product(p));
        let known = product.is_some();
        let term = known && instance::term_checked(&inst);
        self.ask(Q::Product, 0, true, "instance.product");
        if product.is_none_or(|p| p.requires_mainland) {
            self.ask(Q::RegionMainland, 0, known, "instance.region");
        }
        self.ask(Q::Billing, 0, known, "instance.billing");
        if product.is_none_or(|p| p.term_basis != TermBasis::Remaining) {
            self.ask(Q::SubscriptionMonths, 0, term, "instance.term");
        }
        let expiry_item = match product.map(|p| p.term_basis) {
            Some(TermBasis::Remaining) => "instance.remaining-term",
            _ => "instance.expiry",
        };
        self.ask(Q::InstanceExpires, 0, term, expiry_item);
        if product.is_some_and(|p| p.requires_public_bandwidth) {
            self.ask(Q::PublicBandwidth, 0, true, "instance.public-bandwidth");
        }
        self.ask(Q::ServiceNumbersUsed, 0, known, "instance.quota");
        if product.is_some_and(|p| p.min_order_rmb.is_some()) {
            self.ask(Q::OrderAmount, 0, true, "instance.order-amount");
        }
    }

    fn materials(&mut self) {
        use QuestionId as Q;
        let cx = self.cx;
        let org = cx.organisation();
        let entity = "materials.entity_certificate";
        let leader = "materials.leader_certificate";
        let admin = "materials.admin_certificate";
        if org {
            self.ask(Q::EntityCertType, 0, true, entity);
            self.ask(Q::EntityCertNumber, 0, true, entity);
            self.ask(Q::EntityCertValidUntil, 0, false, "");
        }
        if !cx.individual() {
            self.person_questions(Section::Materials);
        }
        if org {
            self.ask(Q::LeaderLegalRep, 0, true, leader);
        }
        self.ask(Q::LeaderValidUntil, 0, false, "");
        if org {
            self.ask(Q::AdminResidency, 0, true, admin);
            self.ask(Q::AdminDocument, 0, true, admin);
            self.ask(Q::AdminNumber, 0, true, admin);
            self.ask(Q::AdminLegalRep, 0, true, admin);
            self.ask(Q::AdminValidUntil, 0, false, "");
        }
        self.ask(
            Q::CertificateChanged,
            0,
            true,
            "materials.certificate-changed",
        );
        if let Some(rule) =
            cx.enforced(|k| *k == crate::knowledge::ProvinceRuleKind::FinanceCommitment)
        {
            // The province's own letter (Guangdong's by default).
            let material = rule
                .material
                .unwrap_or(crate::session::MaterialId::GuangdongFinanceCommitment);
            self.ask(Q::FinanceContent, 0, true, format!("materials.{material}"));
        }
        if materials::statement_question_applies(cx) {
            let item = "materials.beijing_domain_confirmation";
            self.ask(Q::AllDomainsInStatement, 0, true, item);
        }
        self.ask(Q::Prepared, 0, true, "materials.prepared");
    }

    fn account(&mut self) {
        use QuestionId as Q;
        self.ask(Q::HasAccount, 0, true, "account.exists");
        self.ask(Q::AccountSite, 0, true, "account.site");
        self.ask(Q::AccountRealName, 0, true, "account.real-name");
        self.ask(Q::HoldsOtherEntity, 0, true, "account.one-entity");
    }

    fn preapproval(&mut self) {
        use QuestionId as Q;
        let cx = self.cx;
        self.ask(Q::Industries, 0, true, "preapproval.industries");
        let chosen = self.chosen_industries();
        if chosen.is_empty() {
            return;
        }
        let province = cx.province();
        let first_needed = chosen.iter().find(|i| {
            cx.k.industry(**i)
                .is_some_and(|ind| preapproval::approval_needed(ind, province))
        });
        let item = first_needed.map(|i| format!("preapproval.{i}"));
        self.ask(
            Q::ApprovalsReady,
            0,
            item.is_some(),
            item.unwrap_or_default(),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_lists_the_questions_in_the_enums_order() {
        for (i, e) in TABLE.iter().enumerate() {
            assert_eq!(e.id as usize, i + 1, "{:?}", e.id);
            assert_eq!(e.id.entry().path, e.path);
        }
        assert_eq!(QuestionId::Domains.path(), "domains");
        assert_eq!(QuestionId::all().count(), TABLE.len() + 1);
    }
}

//! What every section's checks share: the inputs, facts derived once (normalised domains, the
//! person's ID), and how an item is written (its text from the catalogue, its source from the
//! rule that backs it).

use chrono::NaiveDate;

use super::checklist::{Item, Status};
use crate::knowledge::{Knowledge, Provenance, ProvinceRule, ProvinceRuleKind, Section};
use crate::messages;
use crate::session::{
    Answer, Applicant, DomainEntry, EntityType, Language, Materials, ProvinceSlug, Session,
};
use crate::validate::domain::{self as vdomain, Domain};

/// One domain entry with its normalised form, computed once for all sections.
pub(crate) struct DomainFacts<'a> {
    pub entry: &'a DomainEntry,
    /// 1-based position in the file, for entries whose name cannot be read.
    pub position: usize,
    pub parsed: Option<Result<Domain, Vec<vdomain::DomainProblem>>>,
}

impl DomainFacts<'_> {
    /// The key used in item ids: the registrable domain (A-label), or the text as typed.
    pub fn key(&self) -> String {
        match (&self.parsed, &self.entry.name) {
            (Some(Ok(d)), _) => d.registrable_ascii.clone(),
            (_, Some(name)) if !name.trim().is_empty() => {
                name.trim().to_lowercase().replace(char::is_whitespace, "-")
            }
            _ => format!("#{}", self.position),
        }
    }

    /// The label left of the registrable suffix (`zhangsan` for `zhangsan.com.cn`); the key
    /// for entries that cannot be read.
    pub fn prefix(&self) -> String {
        match &self.parsed {
            Some(Ok(d)) => d
                .registrable_ascii
                .split('.')
                .next()
                .unwrap_or_default()
                .to_string(),
            _ => self.key(),
        }
    }

    /// How to show the domain to the applicant (Unicode form when it has one).
    pub fn display(&self) -> String {
        match (&self.parsed, &self.entry.name) {
            (Some(Ok(d)), _) => d.registrable_unicode.clone(),
            (_, Some(name)) => name.trim().to_string(),
            _ => format!("#{}", self.position),
        }
    }
}

pub(crate) struct Ctx<'a> {
    pub k: &'a Knowledge,
    pub today: NaiveDate,
    pub lang: Language,
    pub applicant: Applicant,
    pub materials: Materials,
    pub session: &'a Session,
    pub domains: Vec<DomainFacts<'a>>,
    /// The filing province's rules that speak about this applicant, found once.
    rules_here: Vec<&'a ProvinceRule>,
    pub items: Vec<Item>,
    /// Materials that province rules decided in other sections require, for the materials
    /// section to list (one item per material).
    pub material_needs: Vec<super::province::MaterialNeed>,
    /// Whether items get their texts and sources. Off for `engine::counts`, which needs only
    /// each item's status: writing the texts is a third of an evaluation, and the start screen
    /// and `list` evaluate every saved session only to count.
    pub texts: bool,
}

fn rules_for<'a>(
    k: &'a Knowledge,
    applicant: &Applicant,
    residency: Option<crate::session::Residency>,
) -> Vec<&'a ProvinceRule> {
    let Some(slug) = applicant.province else {
        return Vec::new();
    };
    let entity = applicant.entity_type;
    let individual = entity == Some(EntityType::Individual);
    let organisation = matches!(entity, Some(e) if !e.is_individual());
    k.province_rules(slug)
        .filter(|r| match r.applies_to {
            crate::knowledge::AppliesTo::All => true,
            crate::knowledge::AppliesTo::Individual => individual,
            crate::knowledge::AppliesTo::Organisation => organisation,
        })
        // a filter speaks only about answers that match it: unanswered is not a match
        .filter(|r| {
            r.entity_types
                .as_ref()
                .is_none_or(|ts| entity.is_some_and(|e| ts.contains(&e)))
        })
        .filter(|r| {
            r.residency
                .as_ref()
                .is_none_or(|rs| residency.is_some_and(|x| rs.contains(&x)))
        })
        .collect()
}

impl<'a> Ctx<'a> {
    pub fn new(session: &'a Session, k: &'a Knowledge, today: NaiveDate, lang: Language) -> Self {
        let domains = session
            .domains
            .iter()
            .flatten()
            .enumerate()
            .map(|(i, entry)| DomainFacts {
                entry,
                position: i + 1,
                parsed: entry.name.as_deref().map(vdomain::normalize),
            })
            .collect();
        let applicant = session.applicant.clone().unwrap_or_default();
        let materials = session.materials.clone().unwrap_or_default();
        let residency = materials.leader.as_ref().and_then(|l| l.residency);
        let rules_here = rules_for(k, &applicant, residency);
        Ctx {
            k,
            today,
            lang,
            rules_here,
            applicant,
            materials,
            material_needs: Vec::new(),
            session,
            domains,
            items: Vec::new(),
            texts: true,
        }
    }

    pub fn t(&self, id: &str, args: &[(&str, String)]) -> String {
        messages::format(self.lang, id, args)
    }

    pub fn entity(&self) -> Option<EntityType> {
        self.applicant.entity_type
    }

    pub fn individual(&self) -> bool {
        self.entity() == Some(EntityType::Individual)
    }

    pub fn organisation(&self) -> bool {
        matches!(self.entity(), Some(e) if !e.is_individual())
    }

    pub fn province(&self) -> Option<ProvinceSlug> {
        self.applicant.province
    }

    /// "Guangdong (广东省)" (in Chinese "广东省"), or the slug if the data lacks it.
    pub fn province_name(&self, slug: ProvinceSlug) -> String {
        match self.k.province(slug) {
            Some(p) => self.name(&p.en, &p.zh),
            None => slug.to_string(),
        }
    }

    /// The name of something with an official Chinese name, in the checklist's language.
    pub fn name(&self, en: &str, zh: &str) -> String {
        messages::name(self.lang, en, zh)
    }

    /// Sentences one after the other, as the checklist's language writes them.
    pub fn sentences<S: AsRef<str>>(&self, parts: &[S]) -> String {
        messages::sentences(self.lang, parts)
    }

    /// A list ("a, b" / "a、b").
    pub fn list<S: AsRef<str>>(&self, items: &[S]) -> String {
        messages::list(self.lang, items)
    }

    /// The filing province's rules that speak about this applicant.
    pub fn province_rules(&self) -> &[&'a ProvinceRule] {
        &self.rules_here
    }

    /// The provenance of a general rule. The engine's rule ids are checked against the data by
    /// a test, so a miss here means the data lost a rule; the item then says so in its source.
    /// The first enforceable province rule of a kind (one that may give todo/blocked): for the
    /// calendar's dates, which follow the province's minimum where it may block.
    pub fn enforced(&self, pick: impl Fn(&ProvinceRuleKind) -> bool) -> Option<&'a ProvinceRule> {
        self.province_rules()
            .iter()
            .copied()
            .find(|r| pick(&r.kind) && r.provenance.confidence.may_block())
    }

    pub fn rule(&self, id: &str) -> Provenance {
        match self.k.rule(id) {
            Some(r) => r.provenance.clone(),
            None => Provenance {
                source: format!("missing rule {id}"),
                last_verified: NaiveDate::MIN,
                confidence: crate::knowledge::Confidence::Unconfirmed,
                seed: Vec::new(),
            },
        }
    }

    #[allow(clippy::too_many_arguments)]
    pub fn push(
        &mut self,
        section: Section,
        id: String,
        status: Status,
        provenance: &Provenance,
        title: String,
        detail: String,
        fix: String,
    ) {
        self.items.push(Item {
            id,
            section,
            status,
            title,
            detail,
            fix,
            source: if self.texts {
                provenance.url()
            } else {
                String::new()
            },
            last_verified: provenance.last_verified,
            rule: None,
        });
    }

    /// An item backed by a general rule, with title `<rule>.title` and the given detail/fix
    /// message ids.
    pub fn item(
        &mut self,
        rule: &str,
        status: Status,
        detail: &str,
        fix: &str,
        args: &[(&str, String)],
    ) {
        self.item_as(rule.to_string(), rule, status, detail, fix, args);
    }

    /// Like `item`, but with an id of its own (per domain, per industry).
    pub fn item_as(
        &mut self,
        id: String,
        rule: &str,
        status: Status,
        detail: &str,
        fix: &str,
        args: &[(&str, String)],
    ) {
        let section = self
            .k
            .rule(rule)
            .map(|r| r.section)
            .unwrap_or(Section::Regulations);
        if !self.texts {
            let none = String::new;
            self.items.push(Item {
                id,
                section,
                status,
                title: none(),
                detail: none(),
                fix: none(),
                source: none(),
                last_verified: NaiveDate::MIN,
                rule: Some(rule.to_string()),
            });
            return;
        }
        let provenance = self.rule(rule);
        let args = &self.with_params(rule, args);
        let title = self.t(&format!("{rule}.title"), args);
        let detail = self.t(detail, args);
        let fix = if fix.is_empty() {
            String::new()
        } else {
            self.t(fix, args)
        };
        self.push(section, id, status, &provenance, title, detail, fix);
        self.decided_by(rule.to_string());
    }

    /// Record which rule decided the item just pushed.
    pub fn decided_by(&mut self, rule: String) {
        if let Some(item) = self.items.last_mut() {
            item.rule = Some(rule);
        }
    }

    /// `args` plus the rule's own facts (`params`) for the placeholders its messages use; an
    /// argument the engine computed wins over a param of the same name.
    pub fn with_params<'s>(
        &'s self,
        rule: &str,
        args: &[(&'s str, String)],
    ) -> Vec<(&'s str, String)> {
        let mut out = args.to_vec();
        if let Some(r) = self.k.rule(rule) {
            for (name, value) in &r.params {
                if !out.iter().any(|(n, _)| n == name) {
                    out.push((name.as_str(), value.to_string()));
                }
            }
        }
        out
    }

    /// The common shape of a yes/no question whose `yes` meets the requirement.
    /// `no` gives `no_status` with the `.no` detail; unanswered and `unsure` give todo.
    pub fn yes_no(
        &mut self,
        id: String,
        rule: &str,
        answer: Option<Answer>,
        no_status: Status,
        args: &[(&str, String)],
    ) {
        let (status, key) = match answer {
            None => (Status::Todo, "ask"),
            Some(Answer::Unsure) => (Status::Todo, "unsure"),
            Some(Answer::Yes) => (Status::Done, "yes"),
            Some(Answer::No) => (no_status, "no"),
        };
        let fix = if status == Status::Done {
            String::new()
        } else {
            format!("{rule}.{key}.fix")
        };
        self.item_as(id, rule, status, &format!("{rule}.{key}"), &fix, args);
    }
}

//! Consistency of the rule data. Run by `Knowledge::builtin` and by the knowledge tests, so a
//! YAML edit that breaks a reference or drops a source fails the build's tests, not a user.

use std::collections::{BTreeSet, HashSet};

use super::{Knowledge, ProvinceRuleKind};
use crate::session::{
    CertificateType, EntityType, IndustryId, MaterialId, ProductId, ProvinceSlug, Residency,
};

/// The seed statements of `shared/knowledge/seed-statements.md`: every one must be named by
/// at least one rule (`seed: [Sxx]`).
pub const SEED_STATEMENTS: std::ops::RangeInclusive<u32> = 1..=43;

impl Knowledge {
    /// Every problem found in the data, in words that name the rule or id at fault.
    pub fn self_check(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if self.rules_version.is_empty() {
            problems.push("meta.yaml has no rules_version".to_string());
        }
        duplicates(&mut problems, "rule id", self.rules().map(|r| r.id.clone()));
        duplicates(
            &mut problems,
            "province rule id",
            self.all_province_rules().map(|r| r.id.clone()),
        );
        duplicates(
            &mut problems,
            "province",
            self.provinces().map(|p| p.slug.to_string()),
        );
        duplicates(
            &mut problems,
            "province code",
            self.provinces().map(|p| p.code.clone()),
        );
        duplicates(
            &mut problems,
            "tld suffix",
            self.tlds().map(|t| t.suffix.clone()),
        );
        duplicates(
            &mut problems,
            "tld source id",
            self.tld_sources().map(|s| s.id.clone()),
        );
        duplicates(
            &mut problems,
            "product",
            self.products.iter().map(|p| p.id.to_string()),
        );
        duplicates(
            &mut problems,
            "material",
            self.materials().map(|m| m.id.to_string()),
        );
        duplicates(
            &mut problems,
            "industry",
            self.industries().map(|i| i.id.to_string()),
        );
        duplicates(
            &mut problems,
            "residency",
            self.residency_documents
                .iter()
                .map(|d| d.residency.to_string()),
        );

        covers(&mut problems, "province", ProvinceSlug::ALL, |s| {
            self.province(*s).is_some()
        });
        covers(&mut problems, "product", ProductId::ALL, |p| {
            self.product(*p).is_some()
        });
        covers(&mut problems, "material", MaterialId::ALL, |m| {
            self.material(*m).is_some()
        });
        covers(&mut problems, "industry", IndustryId::ALL, |i| {
            self.industry(*i).is_some()
        });
        covers(&mut problems, "residency", Residency::ALL, |r| {
            self.documents_for(*r).is_some()
        });
        covers(
            &mut problems,
            "certificate type",
            CertificateType::ALL,
            |c| self.certificate_name(*c).is_some(),
        );
        covers(&mut problems, "entity type", EntityType::ALL, |e| {
            self.entity_type(*e).is_some()
        });
        for slug in ProvinceSlug::ALL {
            if self.province_rules(*slug).next().is_none() {
                problems.push(format!(
                    "province {slug} has no rules (add at least a note)"
                ));
            }
        }

        for p in self.provinces() {
            if p.code.len() != 2 || !p.gb2260.starts_with(&p.code) || p.gb2260.len() != 6 {
                problems.push(format!(
                    "province {}: codes {} / {} disagree",
                    p.slug, p.code, p.gb2260
                ));
            }
        }
        for r in self.all_province_rules() {
            let prefix = r.province.as_str().replace('_', "-");
            if !r.id.starts_with(&prefix) {
                problems.push(format!(
                    "province rule {} does not start with {prefix}",
                    r.id
                ));
            }
            if let ProvinceRuleKind::DomainMinValidity {
                months: None,
                days: None,
            } = r.kind
            {
                problems.push(format!(
                    "province rule {} gives neither months nor days",
                    r.id
                ));
            }
        }

        province_rule_shapes(self, &mut problems);

        let source_ids: HashSet<&str> = self.tld_sources().map(|s| s.id.as_str()).collect();
        for t in self.tlds() {
            for s in &t.sources {
                if !source_ids.contains(s.as_str()) {
                    problems.push(format!(
                        "tld {}: source {s} is not in the source register",
                        t.suffix
                    ));
                }
            }
            if t.suffix != t.suffix.to_ascii_lowercase() || t.suffix.starts_with('.') {
                problems.push(format!(
                    "tld {}: suffix must be a lowercase A-label without a dot",
                    t.suffix
                ));
            }
            let restricted = t.status == super::TldStatus::Restricted;
            if restricted == t.restricted_to.is_empty() {
                problems.push(format!(
                    "tld {}: restricted_to must be given exactly when the status is restricted",
                    t.suffix
                ));
            }
        }
        for r in self.rules() {
            // DESIGN.md §2: filing checks are `filing.*` (in regulations) and website checks
            // `website.*` (in domain); every other rule starts with its section.
            let own = match r.section {
                super::Section::Regulations => r.id.starts_with("filing."),
                super::Section::Domain => r.id.starts_with("website."),
                _ => false,
            };
            if !own && !r.id.starts_with(&format!("{}.", r.section.id())) {
                problems.push(format!(
                    "rule {} does not start with its section {}",
                    r.id,
                    r.section.id()
                ));
            }
        }

        self.check_websites(&mut problems);

        let mut seen_seed = BTreeSet::new();
        for (owner, p) in self.provenances() {
            if p.source.trim().is_empty() {
                problems.push(format!("{owner} has no source"));
            }
            for s in &p.seed {
                match s.strip_prefix('S').and_then(|n| n.parse::<u32>().ok()) {
                    Some(n) if SEED_STATEMENTS.contains(&n) && s.len() == 3 => {
                        seen_seed.insert(n);
                    }
                    _ => problems.push(format!("{owner} names an unknown seed statement {s}")),
                }
            }
        }
        for n in SEED_STATEMENTS {
            if !seen_seed.contains(&n) {
                problems.push(format!("seed statement S{n:02} is not covered by any rule"));
            }
        }
        problems
    }
}

impl Knowledge {
    /// websites.yaml: unique check ids, each kind with the parameters it needs, one province per
    /// ICP abbreviation.
    fn check_websites(&self, problems: &mut Vec<String>) {
        use super::WebsiteRuleKind as K;
        duplicates(
            problems,
            "website rule id",
            self.website_rules().map(|r| r.id.clone()),
        );
        for r in self.website_rules() {
            let missing = match r.kind {
                K::StartsWith | K::Contains | K::EndsWithOneOf if r.words.is_empty() => {
                    Some("words")
                }
                K::MinHan | K::RelatedToEntity if r.min.is_none() => Some("min"),
                K::Features if r.features.is_empty() => Some("features"),
                K::Symbols if r.allowed_symbols.is_none() => Some("allowed_symbols"),
                _ => None,
            };
            if let Some(field) = missing {
                problems.push(format!("website rule {}: needs `{field}`", r.id));
            }
            if !r
                .id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                problems.push(format!("website rule {}: id must be kebab-case", r.id));
            }
        }
        let mut seen: HashSet<&str> = HashSet::new();
        for (prefix, province) in self.icp_prefixes() {
            if prefix.chars().count() != 1 {
                problems.push(format!(
                    "ICP abbreviation {prefix} of {province} is not one character"
                ));
            }
            if !seen.insert(prefix) {
                problems.push(format!("ICP abbreviation {prefix} is given twice"));
            }
        }
    }
}

fn duplicates(problems: &mut Vec<String>, what: &str, ids: impl Iterator<Item = String>) {
    let mut seen = HashSet::new();
    for id in ids {
        if !seen.insert(id.clone()) {
            problems.push(format!("duplicate {what}: {id}"));
        }
    }
}

fn covers<T: std::fmt::Display>(
    problems: &mut Vec<String>,
    what: &str,
    all: &[T],
    present: impl Fn(&T) -> bool,
) {
    for id in all {
        if !present(id) {
            problems.push(format!("{what} {id} has no entry in assets/rules"));
        }
    }
}

/// What the engine relies on in province rules beyond their parse: one cross-province outcome
/// per province, conflict groups that compare like with like, materials that exist, and a
/// Chinese text for every rule.
fn province_rule_shapes(k: &Knowledge, problems: &mut Vec<String>) {
    use std::collections::BTreeMap;
    for r in k.all_province_rules() {
        if r.text_zh.as_deref().is_none_or(|t| t.trim().is_empty()) {
            problems.push(format!("province rule {} has no text_zh", r.id));
        }
        if let Some(m) = r.material
            && k.material(m).is_none()
        {
            problems.push(format!(
                "province rule {}: material {m} is not in materials.yaml",
                r.id
            ));
        }
        let individual_only = matches!(
            r.kind,
            ProvinceRuleKind::CrossProvince { .. } | ProvinceRuleKind::ResidencyRefused { .. }
        );
        if individual_only && r.applies_to != super::AppliesTo::Individual {
            problems.push(format!(
                "province rule {}: kind {} applies to individuals only",
                r.id,
                r.kind.id()
            ));
        }
        if matches!(r.kind, ProvinceRuleKind::DomainHolder { .. })
            && r.applies_to != super::AppliesTo::Organisation
        {
            problems.push(format!(
                "province rule {}: kind domain_holder applies to organisations only",
                r.id
            ));
        }
        if let Some(g) = &r.conflict_group
            && (g.is_empty()
                || !g
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'))
        {
            problems.push(format!(
                "province rule {}: conflict_group {g} is not kebab-case",
                r.id
            ));
        }
    }
    // conflict groups: two or more readings, one kind, one province
    let mut groups: BTreeMap<&str, Vec<&super::ProvinceRule>> = BTreeMap::new();
    for r in k.all_province_rules() {
        if let Some(g) = &r.conflict_group {
            groups.entry(g.as_str()).or_default().push(r);
        }
    }
    for (g, rules) in &groups {
        if rules.len() < 2 {
            problems.push(format!("conflict_group {g} has only one rule"));
        }
        let first = rules[0];
        for r in &rules[1..] {
            if r.kind.id() != first.kind.id() || r.province != first.province {
                problems.push(format!(
                    "conflict_group {g}: {} and {} differ in kind or province",
                    first.id, r.id
                ));
            }
        }
    }
    // exactly one cross-province outcome (or one conflict group of them) per province
    for slug in ProvinceSlug::ALL {
        let outcomes: Vec<&super::ProvinceRule> = k
            .province_rules(*slug)
            .filter(|r| matches!(r.kind, ProvinceRuleKind::CrossProvince { .. }))
            .collect();
        let mut keys: Vec<String> = outcomes
            .iter()
            .map(|r| r.conflict_group.clone().unwrap_or_else(|| r.id.clone()))
            .collect();
        keys.sort();
        keys.dedup();
        match keys.len() {
            1 => {}
            0 => problems.push(format!("province {slug} has no cross_province outcome")),
            _ => problems.push(format!(
                "province {slug} has {} cross_province outcomes ({}); give one, or mark \
                 conflicting readings with one conflict_group",
                keys.len(),
                keys.join(", ")
            )),
        }
    }
}

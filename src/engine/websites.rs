//! The websites of the filing (网站): each one's name, remark and features against the checks of
//! `websites.yaml` (W1–W6 of the rejection research). Items are `website.<label>.<check>` in the
//! domain section; every problem quotes the word or feature that triggered it.

use super::checklist::Status;
use super::context::Ctx;
use crate::knowledge::{HitStatus, Section, WebsiteRule, WebsiteRuleKind};
use crate::session::{FilingType, Website, WebsiteFeature};

/// One website as the checks see it: an entry of `websites`, or a domain (or label) without one.
#[derive(Debug, Clone)]
pub(crate) struct Site {
    /// The label used in ids: the website's label, or the domain of a domain on its own.
    pub label: String,
    /// How to name it to the applicant: its label and domains.
    pub display: String,
    pub entry: Option<Website>,
    pub icp_number: Option<String>,
    /// The registrable domains (A-label and Unicode forms) that belong to it.
    pub domains: Vec<(String, String)>,
}

/// The filing's websites in the order their domains come: domains sharing a label are one
/// website; a domain without a label is a website of its own.
pub(crate) fn sites(cx: &Ctx) -> Vec<Site> {
    let entries = cx.session.websites.clone().unwrap_or_default();
    let mut out: Vec<Site> = Vec::new();
    for d in &cx.domains {
        let forms = match &d.parsed {
            Some(Ok(p)) => (p.registrable_ascii.clone(), p.registrable_unicode.clone()),
            _ => (d.key(), d.display()),
        };
        let label = d
            .entry
            .website
            .as_deref()
            .map(str::trim)
            .filter(|l| !l.is_empty());
        // An unlabelled domain is its own website, named after itself; the same domain entered
        // twice (the domain step reports the repeat) is still one website, with one set of items.
        let key = d.key();
        let l = label.unwrap_or(&key);
        if let Some(site) = out.iter_mut().find(|s| s.label == l) {
            if !site.domains.contains(&forms) {
                site.domains.push(forms);
            }
            continue;
        }
        match label {
            Some(l) => {
                let entry = entries.iter().find(|w| w.label.trim() == l).cloned();
                out.push(Site {
                    label: l.to_string(),
                    display: String::new(),
                    icp_number: entry.as_ref().and_then(|e| e.icp_number.clone()),
                    entry,
                    domains: vec![forms],
                });
            }
            None => out.push(Site {
                label: key,
                display: String::new(),
                entry: None,
                icp_number: None,
                domains: vec![forms],
            }),
        }
    }
    for s in &mut out {
        let names: Vec<&str> = s.domains.iter().map(|(_, u)| u.as_str()).collect();
        s.display = if names.len() == 1 && names[0] == s.label {
            s.label.clone()
        } else {
            format!("{} ({})", s.label, names.join(", "))
        };
    }
    out
}

/// What the wizard asks about one domain's website, decided as the checks below decide.
pub(crate) struct SiteQuestions {
    /// The website's label in item ids (the domain's label, or the domain itself).
    pub label: String,
    /// Unanswered, the name gives a todo: the website is described (has an entry).
    pub name_needed: bool,
    /// The first remark rule that may give a todo here, by id.
    pub remark_rule: Option<String>,
    pub remark_needed: bool,
    /// The features are checked here (a feature rule applies) and the website is described.
    pub features_needed: bool,
    /// New access: each website names its existing number.
    pub icp_number_asked: bool,
}

pub(crate) fn site_questions(cx: &Ctx, i: usize) -> SiteQuestions {
    let label = cx.domains.get(i).map(|d| {
        d.entry
            .website
            .as_deref()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .unwrap_or_else(|| d.key())
    });
    let labelled = cx
        .domains
        .get(i)
        .and_then(|d| d.entry.website.as_deref())
        .is_some_and(|l| !l.trim().is_empty());
    let label = label.unwrap_or_default();
    let described = labelled
        && cx
            .session
            .websites
            .iter()
            .flatten()
            .any(|w| w.label.trim() == label);
    let rules: Vec<&WebsiteRule> = cx.k.website_rules_for(cx.province(), cx.entity()).collect();
    let remark_rule = rules
        .iter()
        .find(|r| r.kind == WebsiteRuleKind::Remark && status_of(r) != Status::Info)
        .map(|r| r.id.clone());
    let features = rules.iter().any(|r| r.kind == WebsiteRuleKind::Features);
    let kind = cx.session.filing.as_ref().and_then(|f| f.kind);
    SiteQuestions {
        label,
        name_needed: described,
        remark_needed: described && remark_rule.is_some(),
        remark_rule,
        features_needed: described && features,
        icp_number_asked: kind == Some(FilingType::NewAccess),
    }
}

/// A new website or new access names the entity's existing number.
pub(crate) fn entity_number_asked(cx: &Ctx) -> bool {
    let kind = cx.session.filing.as_ref().and_then(|f| f.kind);
    matches!(kind, Some(FilingType::NewWebsite | FilingType::NewAccess))
}

pub(crate) fn check(cx: &mut Ctx) {
    if cx.session.websites.is_none() {
        return;
    }
    let rules: Vec<WebsiteRule> =
        cx.k.website_rules_for(cx.province(), cx.entity())
            .cloned()
            .collect();
    for site in sites(cx) {
        let Some(entry) = site.entry.clone() else {
            continue;
        };
        name(cx, &site, &entry, &rules);
        features(cx, &site, &entry, &rules);
        remark(cx, &site, &entry, &rules);
    }
}

fn is_han(c: char) -> bool {
    matches!(c,
        '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FFFF}')
}

/// Why `name` breaks `rule`: the word, symbol or domain to quote, or `None` when it does not.
fn hit(cx: &Ctx, rule: &WebsiteRule, name: &str, site: &Site) -> Option<String> {
    use WebsiteRuleKind as K;
    let min = rule.min.unwrap_or(0) as usize;
    match rule.kind {
        K::LatinOrDigitsOnly => (!name.chars().any(is_han)).then(|| name.to_string()),
        K::MinHan => {
            let n = name.chars().filter(|c| is_han(*c)).count();
            (n < min && name.chars().any(is_han)).then(|| n.to_string())
        }
        K::Symbols => {
            let allowed = rule.allowed_symbols.as_deref().unwrap_or_default();
            name.chars()
                .find(|c| !c.is_alphanumeric() && !allowed.contains(*c))
                .map(String::from)
        }
        K::NotTheDomain => {
            let lower = name.to_lowercase().replace(' ', "");
            site.domains
                .iter()
                .find(|(ascii, unicode)| {
                    lower.contains(ascii.as_str()) || lower.contains(&unicode.to_lowercase())
                })
                .map(|(_, unicode)| unicode.clone())
        }
        K::NotThePerson => {
            let person = cx.applicant.name.as_deref().map(str::trim)?;
            (!person.is_empty() && name == person).then(|| person.to_string())
        }
        K::StartsWith => rule
            .words
            .iter()
            .find(|w| name.starts_with(w.as_str()))
            .cloned(),
        K::Contains => rule
            .words
            .iter()
            .find(|w| contains_outside(name, w, &rule.allowed_phrases))
            .cloned(),
        K::EndsWithOneOf => {
            let fits = rule
                .words
                .iter()
                .any(|w| name.ends_with(w.as_str()) && name.chars().count() > w.chars().count());
            (!fits).then(|| messages_list(cx, &rule.words))
        }
        K::RelatedToEntity => {
            let entity = cx.applicant.name.as_deref().map(str::trim)?;
            if entity.is_empty() {
                return None;
            }
            // Generic words of organisation names (有限公司 …) say nothing about the relation.
            let mut core = entity.to_string();
            for w in &rule.words {
                core = core.replace(w.as_str(), "");
            }
            let core = core.to_lowercase();
            let mut shared: Vec<char> = name
                .to_lowercase()
                .chars()
                .filter(|c| c.is_alphanumeric() && core.contains(*c))
                .collect();
            shared.sort_unstable();
            shared.dedup();
            (shared.len() < min).then(|| entity.to_string())
        }
        K::Features | K::Remark => None,
    }
}

fn messages_list(cx: &Ctx, words: &[String]) -> String {
    let quoted: Vec<String> = words
        .iter()
        .map(|w| format!("\u{201c}{w}\u{201d}"))
        .collect();
    cx.list(&quoted)
}

/// Whether `word` occurs in `name` other than inside one of the `allowed` phrases.
fn contains_outside(name: &str, word: &str, allowed: &[String]) -> bool {
    let covered: Vec<(usize, usize)> = allowed
        .iter()
        .flat_map(|p| {
            name.match_indices(p.as_str())
                .map(|(i, m)| (i, i + m.len()))
        })
        .collect();
    name.match_indices(word).any(|(i, m)| {
        let end = i + m.len();
        !covered.iter().any(|&(a, b)| a <= i && end <= b)
    })
}

/// The status a rule's hit gives: its own, unless its source may not block (then info).
fn status_of(rule: &WebsiteRule) -> Status {
    if !rule.provenance.confidence.may_block() {
        return Status::Info;
    }
    match rule.status {
        HitStatus::Todo => Status::Todo,
        HitStatus::Blocked => Status::Blocked,
    }
}

fn push_hit(cx: &mut Ctx, site: &Site, rule: &WebsiteRule, args: &[(&str, String)]) {
    let kind = kind_id(rule.kind);
    let title = cx.t(&format!("website.hit.{kind}.title"), args);
    let detail = cx.sentences(&[
        cx.t(&format!("website.hit.{kind}.detail"), args).as_str(),
        rule.text_in(cx.lang),
    ]);
    let fix = rule.fix_in(cx.lang).to_string();
    cx.push(
        Section::Domain,
        format!("website.{}.{}", site.label, rule.id),
        status_of(rule),
        &rule.provenance.clone(),
        title,
        detail,
        fix,
    );
}

fn kind_id(kind: WebsiteRuleKind) -> &'static str {
    use WebsiteRuleKind as K;
    match kind {
        K::LatinOrDigitsOnly => "latin-or-digits-only",
        K::MinHan => "min-han",
        K::Symbols => "symbols",
        K::NotTheDomain => "not-the-domain",
        K::NotThePerson => "not-the-person",
        K::StartsWith => "starts-with",
        K::Contains => "contains",
        K::EndsWithOneOf => "ends-with-one-of",
        K::RelatedToEntity => "related-to-entity",
        K::Features => "features",
        K::Remark => "remark",
    }
}

fn name(cx: &mut Ctx, site: &Site, entry: &Website, rules: &[WebsiteRule]) {
    let base = vec![("site", site.display.clone())];
    let Some(name) = entry
        .name
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
    else {
        let id = format!("website.{}.name", site.label);
        return cx.item_as(
            id,
            "website.name",
            Status::Todo,
            "website.name.ask",
            "website.name.ask.fix",
            &base,
        );
    };
    let mut found = false;
    for rule in rules {
        let Some(word) = hit(cx, rule, name, site) else {
            continue;
        };
        found = true;
        let mut args = base.clone();
        args.push(("name", name.to_string()));
        args.push(("word", word));
        args.push(("min", rule.min.unwrap_or(0).to_string()));
        push_hit(cx, site, rule, &args);
    }
    if !found {
        let mut args = base;
        args.push(("name", name.to_string()));
        cx.item_as(
            format!("website.{}.name", site.label),
            "website.name",
            Status::Done,
            "website.name.done",
            "",
            &args,
        );
    }
}

fn feature_name(cx: &Ctx, f: WebsiteFeature) -> String {
    cx.t(&format!("website.feature.{f}"), &[])
}

fn features(cx: &mut Ctx, site: &Site, entry: &Website, rules: &[WebsiteRule]) {
    let checks: Vec<&WebsiteRule> = rules
        .iter()
        .filter(|r| r.kind == WebsiteRuleKind::Features)
        .collect();
    if checks.is_empty() {
        return;
    }
    let args = vec![("site", site.display.clone())];
    let id = format!("website.{}.features", site.label);
    let Some(offered) = &entry.features else {
        return cx.item_as(
            id,
            "website.features",
            Status::Todo,
            "website.features.ask",
            "website.features.ask.fix",
            &args,
        );
    };
    let mut found = false;
    for rule in checks {
        let hits: Vec<String> = offered
            .iter()
            .filter(|f| rule.features.contains(f))
            .map(|f| feature_name(cx, *f))
            .collect();
        if hits.is_empty() {
            continue;
        }
        found = true;
        let mut args = args.clone();
        args.push(("word", cx.list(&hits)));
        push_hit(cx, site, rule, &args);
    }
    if !found {
        let names: Vec<String> = offered.iter().map(|f| feature_name(cx, *f)).collect();
        let mut args = args;
        let none = cx.t("website.features.none", &[]);
        args.push((
            "features",
            if names.is_empty() {
                none
            } else {
                cx.list(&names)
            },
        ));
        cx.item_as(
            id,
            "website.features",
            Status::Done,
            "website.features.done",
            "",
            &args,
        );
    }
}

fn remark(cx: &mut Ctx, site: &Site, entry: &Website, rules: &[WebsiteRule]) {
    for rule in rules.iter().filter(|r| r.kind == WebsiteRuleKind::Remark) {
        let written = entry
            .remark
            .as_deref()
            .is_some_and(|r| !r.trim().is_empty());
        let args = [("site", site.display.clone()), ("word", String::new())];
        if written {
            let title = cx.t("website.hit.remark.title", &args);
            let detail = cx.t("website.remark.done", &args);
            cx.push(
                Section::Domain,
                format!("website.{}.{}", site.label, rule.id),
                Status::Done,
                &rule.provenance.clone(),
                title,
                detail,
                String::new(),
            );
        } else {
            push_hit(cx, site, rule, &args);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::contains_outside;

    #[test]
    fn a_word_inside_an_allowed_phrase_does_not_count() {
        let allowed = vec!["的个人博客".to_string()];
        assert!(!contains_outside("张三的个人博客", "博客", &allowed));
        assert!(contains_outside("张三博客", "博客", &allowed));
        assert!(contains_outside(
            "张三的个人博客与博客导航",
            "博客",
            &allowed
        ));
        assert!(!contains_outside("张三的摄影笔记", "博客", &[]));
    }
}

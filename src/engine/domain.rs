//! Section "domain": each domain to file, by its registrable domain.

use std::collections::HashSet;

use super::checklist::Status;
use super::context::{Ctx, DomainFacts};
use super::province::Verdict;
use crate::knowledge::{FilingCap, ProvinceRuleKind, Section, TldStatus};
use crate::messages;
use crate::session::{Answer, Holder, MaterialId, Registrar};
use crate::validate::{Explain, dates, domain as vdomain};

pub(crate) fn check(cx: &mut Ctx) {
    match &cx.session.domains {
        None => {
            return cx.item(
                "domain.domains",
                Status::Todo,
                "domain.domains.ask",
                "domain.domains.ask.fix",
                &[],
            );
        }
        Some(list) if list.is_empty() => {
            return cx.item(
                "domain.domains",
                Status::Blocked,
                "domain.domains.none",
                "domain.domains.none.fix",
                &[],
            );
        }
        Some(_) => {}
    }
    let mut seen = HashSet::new();
    let facts = std::mem::take(&mut cx.domains);
    for d in &facts {
        one(cx, d, &mut seen);
    }
    cx.domains = facts;
    filing_caps(cx);
    shared_websites(cx);
}

/// Domains per website label (a domain without a label is a website of its own).
fn websites(cx: &Ctx) -> std::collections::BTreeMap<String, Vec<String>> {
    let mut sites: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for d in &cx.domains {
        let site = match d.entry.website.as_deref().map(str::trim) {
            Some(label) if !label.is_empty() => format!("label:{label}"),
            _ => format!("domain:{}", d.key()),
        };
        let list = sites.entry(site).or_default();
        let name = d.display();
        if !list.contains(&name) {
            list.push(name);
        }
    }
    sites
}

/// A province's per-filing caps on websites and domains: above one, the filing must be split.
fn filing_caps(cx: &mut Ctx) {
    let Some(slug) = cx.province() else { return };
    let sites = websites(cx);
    let domains = super::materials::domain_count(cx, crate::knowledge::DomainCount::Domains);
    let province = cx.province_name(slug);
    let decisions = cx.decide(
        |k| matches!(k, ProvinceRuleKind::FilingCap(_)),
        |cx, rule| {
            let ProvinceRuleKind::FilingCap(cap) = rule.kind else {
                return None;
            };
            let (key, count, limit, worst) = match cap {
                FilingCap::MaxWebsites(n) => ("websites", sites.len(), n, String::new()),
                FilingCap::MaxDomains(n) => ("domains", domains, n, String::new()),
                FilingCap::MaxDomainsPerWebsite(n) => {
                    let (list, count) = sites
                        .values()
                        .map(|l| (l.clone(), l.len()))
                        .max_by_key(|(_, c)| *c)
                        .unwrap_or_default();
                    ("per-website", count, n, cx.list(&list))
                }
            };
            let args = [
                ("province", province.clone()),
                ("count", count.to_string()),
                ("limit", limit.to_string()),
                ("domains", worst),
                ("rule", rule.text_in(cx.lang).to_string()),
            ];
            let over = count as u64 > u64::from(limit);
            let detail = cx.sentences(&[
                cx.t(
                    &format!(
                        "domain.filing-cap.{key}.{}",
                        if over { "over" } else { "done" }
                    ),
                    &args,
                )
                .as_str(),
                rule.text_in(cx.lang),
            ]);
            Some(Verdict::new(
                if over { Status::Blocked } else { Status::Done },
                detail,
                cx.t("domain.filing-cap.fix", &args),
            ))
        },
    );
    for d in &decisions {
        let key = match d.rule.kind {
            ProvinceRuleKind::FilingCap(FilingCap::MaxWebsites(_)) => "websites",
            ProvinceRuleKind::FilingCap(FilingCap::MaxDomains(_)) => "domains",
            _ => "per-website",
        };
        let title = cx.t(
            &format!("domain.filing-cap.{key}.title"),
            &[("province", province.clone())],
        );
        cx.push_decision(
            Section::Domain,
            format!("domain.{}", d.id),
            title.clone(),
            d,
        );
    }
}

/// Alibaba's 2019 rule "one domain per website since 2019-04-22" is not confirmed by a current
/// page: several domains under one website label are a question to settle, not a block —
/// unless the province itself caps domains per website (then that rule decides).
fn shared_websites(cx: &mut Ctx) {
    let capped = cx.province_rules().iter().any(|r| {
        matches!(
            r.kind,
            ProvinceRuleKind::FilingCap(FilingCap::MaxDomainsPerWebsite(_))
        ) && r.provenance.confidence.may_block()
    });
    if capped {
        return;
    }
    let shared: Vec<String> = websites(cx)
        .into_values()
        .filter(|l| l.len() > 1)
        .map(|l| cx.list(&l))
        .collect();
    if shared.is_empty() {
        return;
    }
    let rule = "domain.one-domain-per-website";
    cx.item(
        rule,
        Status::Todo,
        "domain.one-domain-per-website.shared",
        "domain.one-domain-per-website.shared.fix",
        &[("websites", shared.join("; "))],
    );
}

fn one(cx: &mut Ctx, d: &DomainFacts, seen: &mut HashSet<String>) {
    let key = d.key();
    let id = |check: &str| format!("domain.{key}.{check}");
    let mut args = vec![("domain", d.display())];
    // A second entry of the same domain (or the same unreadable text) is reported once.
    if !seen.insert(key.clone()) {
        return cx.item_as(
            id("duplicate"),
            "domain.duplicate",
            Status::Todo,
            "domain.duplicate.detail",
            "domain.duplicate.fix",
            &args,
        );
    }
    let parsed = match &d.parsed {
        None => {
            args.push(("position", d.position.to_string()));
            return cx.item_as(
                id("name"),
                "domain.name",
                Status::Todo,
                "domain.name.ask",
                "domain.name.ask.fix",
                &args,
            );
        }
        Some(Err(problems)) => {
            let list = problems
                .iter()
                .map(|p| {
                    let (msg, a) = p.message();
                    messages::format(cx.lang, msg, &a)
                })
                .collect::<Vec<_>>();
            args.push(("problems", cx.sentences(&list)));
            return cx.item_as(
                id("name"),
                "domain.name",
                Status::Blocked,
                "domain.name.invalid",
                "domain.name.invalid.fix",
                &args,
            );
        }
        Some(Ok(parsed)) => parsed,
    };
    args.push(("typed", parsed.input.trim().to_string()));
    let name_detail = if parsed.input.trim() == parsed.registrable_unicode
        || parsed.input.trim() == parsed.registrable_ascii
    {
        "domain.name.done"
    } else {
        "domain.name.read-as"
    };
    cx.item_as(
        id("name"),
        "domain.name",
        Status::Done,
        name_detail,
        "",
        &args,
    );

    suffix(cx, &id("suffix"), parsed, &args);
    registrar(cx, &id("registrar"), d.entry.registrar, &args);
    real_name(cx, &key, d, &args);
    holder(cx, &id("holder"), d, &args);
    cx.yes_no(
        id("holder-match"),
        "domain.holder-match",
        d.entry.holder_matches,
        Status::Blocked,
        &args,
    );
    expiry(cx, &id("expiry"), d, &args);
}

fn suffix(cx: &mut Ctx, id: &str, parsed: &vdomain::Domain, args: &[(&'static str, String)]) {
    let candidates = vdomain::suffix_candidates(&parsed.registrable_ascii);
    let tld = cx.k.tld_for(candidates.iter().map(String::as_str));
    let mut args = args.to_vec();
    let Some(tld) = tld else {
        args.push(("suffix", format!(".{}", parsed.public_suffix_unicode)));
        return cx.item_as(
            id.into(),
            "domain.suffix",
            Status::Blocked,
            "domain.suffix.unlisted",
            "domain.suffix.unlisted.fix",
            &args,
        );
    };
    args.push(("suffix", format!(".{}", tld.unicode)));
    args.push((
        "notes",
        crate::knowledge::pick(
            cx.lang,
            tld.notes.as_deref().unwrap_or(""),
            tld.notes_zh.as_deref(),
        )
        .to_string(),
    ));
    let entity = cx.entity();
    let (status, key) = match tld.status {
        TldStatus::Approved => (Status::Done, "approved"),
        TldStatus::NotApproved => (Status::Blocked, "not-approved"),
        TldStatus::Unknown => (Status::Info, "unknown"),
        TldStatus::Restricted => {
            let allowed = tld
                .restricted_to
                .iter()
                .map(|e| match cx.k.entity_type(*e) {
                    Some(i) => cx.name(&i.en, &i.zh),
                    None => e.to_string(),
                })
                .collect::<Vec<_>>();
            args.push(("allowed", cx.list(&allowed)));
            match entity {
                Some(e) if tld.restricted_to.contains(&e) => (Status::Done, "restricted-ok"),
                None => (Status::Info, "restricted-unknown"),
                Some(_) if tld.soft_restriction => (Status::Info, "restricted-soft"),
                Some(_) => (Status::Blocked, "restricted-wrong"),
            }
        }
    };
    let title = cx.t("domain.suffix.title", &args);
    let detail = cx.t(&format!("domain.suffix.{key}"), &args);
    let fix = if status == Status::Done {
        String::new()
    } else {
        cx.t(&format!("domain.suffix.{key}.fix"), &args)
    };
    cx.push(
        Section::Domain,
        id.into(),
        status,
        &tld.provenance.clone(),
        title,
        detail,
        fix,
    );
}

fn registrar(
    cx: &mut Ctx,
    id: &str,
    registrar: Option<Registrar>,
    args: &[(&'static str, String)],
) {
    let (status, key) = match registrar {
        None => (Status::Todo, "ask"),
        Some(Registrar::AliyunChina) | Some(Registrar::OtherApproved) => (Status::Done, "approved"),
        Some(Registrar::AliyunInternational) => (Status::Blocked, "international"),
        Some(Registrar::OtherUnapproved) => (Status::Blocked, "unapproved"),
        Some(Registrar::Unknown) => (Status::Todo, "unknown"),
    };
    let fix = if status == Status::Done {
        String::new()
    } else {
        format!("domain.registrar.{key}.fix")
    };
    cx.item_as(
        id.into(),
        "domain.registrar",
        status,
        &format!("domain.registrar.{key}"),
        &fix,
        args,
    );
}

fn real_name(cx: &mut Ctx, key: &str, d: &DomainFacts, args: &[(&'static str, String)]) {
    let answer = d.entry.real_name_verified;
    let days =
        cx.k.rule("domain.real-name-delay")
            .and_then(|r| r.threshold)
            .unwrap_or(0);
    let mut args = args.to_vec();
    args.push(("days", days.to_string()));
    cx.yes_no(
        format!("domain.{key}.real-name"),
        "domain.real-name",
        answer,
        Status::Todo,
        &args,
    );
    if answer != Some(Answer::Yes) {
        return;
    }
    let Some(on) = d.entry.real_name_verified_on else {
        return;
    };
    let from = dates::add_working_days(on, days);
    if cx.today < from {
        let mut args = args.to_vec();
        args.push(("verified", crate::messages::date(cx.lang, on)));
        args.push(("from", crate::messages::date(cx.lang, from)));
        cx.item_as(
            format!("domain.{key}.real-name-delay"),
            "domain.real-name-delay",
            Status::Todo,
            "domain.real-name-delay.wait",
            "domain.real-name-delay.wait.fix",
            &args,
        );
    }
}

fn holder(cx: &mut Ctx, id: &str, d: &DomainFacts, args: &[(&'static str, String)]) {
    let mut args = args.to_vec();
    let (status, key) = match d.entry.holder {
        None => (Status::Todo, "ask"),
        Some(Holder::Entity) => (Status::Done, "entity"),
        Some(h) if cx.individual() => {
            args.push(("holder", cx.t(&format!("holder.{h}"), &[])));
            (Status::Blocked, "individual-other")
        }
        Some(Holder::Other) => (Status::Blocked, "other"),
        Some(h) => {
            args.push(("holder", cx.t(&format!("holder.{h}"), &[])));
            if province_holder(cx, id, h, &args) {
                return;
            }
            if d.entry.holder_kind.is_none() {
                (Status::Todo, "kind-ask")
            } else {
                (Status::Done, "related")
            }
        }
    };
    let fix = if status == Status::Done {
        String::new()
    } else {
        format!("domain.holder.{key}.fix")
    };
    cx.item_as(
        id.into(),
        "domain.holder",
        status,
        &format!("domain.holder.{key}"),
        &fix,
        &args,
    );
}

/// An organisation's domain held by someone other than the entity, where the province names
/// who may hold it: not on the list is blocked (transfer the domain) unless the domain name
/// holder certificate cures it. Returns whether a province rule decided.
fn province_holder(cx: &mut Ctx, id: &str, h: Holder, args: &[(&'static str, String)]) -> bool {
    if !cx.organisation() {
        return false;
    }
    let mut args = args.to_vec();
    if let Some(slug) = cx.province() {
        args.push(("province", cx.province_name(slug)));
    }
    let decisions = cx.decide(
        |k| matches!(k, ProvinceRuleKind::DomainHolder { .. }),
        |cx, rule| {
            let ProvinceRuleKind::DomainHolder {
                holders,
                certificate_cures,
            } = &rule.kind
            else {
                return None;
            };
            let mut a = args.clone();
            let allowed: Vec<String> = holders
                .iter()
                .map(|x| cx.t(&format!("holder.{x}"), &[]))
                .collect();
            a.push(("allowed", cx.list(&allowed)));
            a.push(("rule", rule.text_in(cx.lang).to_string()));
            let text = rule.text_in(cx.lang);
            if holders.contains(&h) {
                return Some(Verdict::new(
                    Status::Done,
                    cx.sentences(&[cx.t("domain.holder.province-ok", &a).as_str(), text]),
                    String::new(),
                ));
            }
            if *certificate_cures {
                let m = rule.material.unwrap_or(MaterialId::DomainHolderCertificate);
                let prepared = cx
                    .materials
                    .prepared
                    .as_ref()
                    .is_some_and(|p| p.contains(&m));
                return Some(
                    Verdict::new(
                        if prepared { Status::Done } else { Status::Todo },
                        cx.sentences(&[cx.t("domain.holder.province-cure", &a).as_str(), text]),
                        cx.t("domain.holder.province-cure.fix", &a),
                    )
                    .with_material(m, cx.t("materials.holder-certificate.cure", &a)),
                );
            }
            Some(Verdict::new(
                Status::Blocked,
                cx.sentences(&[cx.t("domain.holder.province-no", &a).as_str(), text]),
                cx.t("domain.holder.province-no.fix", &a),
            ))
        },
    );
    let Some(d) = decisions
        .into_iter()
        .max_by_key(|d| d.verdict.status.severity())
    else {
        return false;
    };
    let title = cx.t("domain.holder.title", &args);
    cx.push_decision(Section::Domain, id.into(), title, &d);
    true
}

fn expiry(cx: &mut Ctx, id: &str, d: &DomainFacts, args: &[(&'static str, String)]) {
    let mut args = args.to_vec();
    let Some(expires) = d.entry.expires_on else {
        return cx.item_as(
            id.into(),
            "domain.expiry",
            Status::Todo,
            "domain.expiry.ask",
            "domain.expiry.ask.fix",
            &args,
        );
    };
    let months = dates::full_months_between(cx.today, expires);
    args.push(("expires", crate::messages::date(cx.lang, expires)));
    args.push(("months", months.max(0).to_string()));
    if expires < cx.today {
        return cx.item_as(
            id.into(),
            "domain.expiry",
            Status::Blocked,
            "domain.expiry.expired",
            "domain.expiry.expired.fix",
            &args,
        );
    }
    let province = cx
        .province()
        .map(|p| cx.province_name(p))
        .unwrap_or_default();
    let decisions = cx.decide(
        |k| matches!(k, ProvinceRuleKind::DomainMinValidity { .. }),
        |cx, rule| {
            let ProvinceRuleKind::DomainMinValidity {
                months: min_m,
                days: min_d,
            } = rule.kind
            else {
                return None;
            };
            let short_months = min_m.is_some_and(|m| months < i64::from(m));
            let short_days =
                min_d.is_some_and(|dd| (expires - cx.today).num_days() <= i64::from(dd));
            if !(short_months || short_days) {
                return Some(Verdict::new(Status::Done, String::new(), String::new()));
            }
            let need = match (min_m, min_d) {
                (Some(m), _) => cx.t("domain.expiry.need-months", &[("n", m.to_string())]),
                (None, Some(dd)) => cx.t("domain.expiry.need-days", &[("n", dd.to_string())]),
                _ => String::new(),
            };
            let mut a = args.clone();
            a.push(("need", need));
            a.push(("province", province.clone()));
            Some(Verdict::new(
                Status::Blocked,
                cx.sentences(&[
                    cx.t("domain.expiry.province-short", &a).as_str(),
                    rule.text_in(cx.lang),
                ]),
                cx.t("domain.expiry.expired.fix", &a),
            ))
        },
    );
    if let Some(d) = decisions
        .into_iter()
        .filter(|d| d.verdict.status != Status::Done)
        .max_by_key(|d| d.verdict.status.severity())
    {
        let title = cx.t("domain.expiry.title", &args);
        return cx.push_decision(Section::Domain, id.into(), title, &d);
    }
    let advised =
        cx.k.rule("domain.expiry")
            .and_then(|r| r.threshold)
            .unwrap_or(0);
    args.push(("advised", advised.to_string()));
    if months < i64::from(advised) {
        return cx.item_as(
            id.into(),
            "domain.expiry",
            Status::Info,
            "domain.expiry.soon",
            "domain.expiry.soon.fix",
            &args,
        );
    }
    cx.item_as(
        id.into(),
        "domain.expiry",
        Status::Done,
        "domain.expiry.done",
        "",
        &args,
    );
}

/// For each domain entry, whether its answers are checked: it is the first entry of that
/// domain (a duplicate is reported once, and nothing else of it) and its name reads.
pub(crate) fn checked_entries(cx: &Ctx) -> Vec<bool> {
    let mut seen = HashSet::new();
    cx.domains
        .iter()
        .map(|d| seen.insert(d.key()) && matches!(d.parsed, Some(Ok(_))))
        .collect()
}

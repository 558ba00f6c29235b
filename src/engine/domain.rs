//! Section "domain": each domain to file, by its registrable domain.

use std::collections::HashSet;

use super::checklist::Status;
use super::context::{Ctx, DomainFacts};
use crate::knowledge::{ProvinceRuleKind, Section, TldStatus};
use crate::messages;
use crate::session::{Answer, Holder, Registrar};
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
    if let Some(rule) = cx.enforced(|k| matches!(k, ProvinceRuleKind::DomainMinValidity { .. }))
        && let ProvinceRuleKind::DomainMinValidity {
            months: min_m,
            days: min_d,
        } = rule.kind
    {
        let short_months = min_m.is_some_and(|m| months < i64::from(m));
        let short_days = min_d.is_some_and(|dd| (expires - cx.today).num_days() <= i64::from(dd));
        if short_months || short_days {
            let need = match (min_m, min_d) {
                (Some(m), _) => cx.t("domain.expiry.need-months", &[("n", m.to_string())]),
                (None, Some(dd)) => cx.t("domain.expiry.need-days", &[("n", dd.to_string())]),
                _ => String::new(),
            };
            let province = cx
                .province()
                .map(|p| cx.province_name(p))
                .unwrap_or_default();
            args.push(("need", need));
            args.push(("province", province));
            let title = cx.t("domain.expiry.title", &args);
            let detail = cx.sentences(&[
                cx.t("domain.expiry.province-short", &args).as_str(),
                rule.text_in(cx.lang),
            ]);
            let fix = cx.t("domain.expiry.expired.fix", &args);
            return cx.push(
                Section::Domain,
                id.into(),
                Status::Blocked,
                &rule.provenance.clone(),
                title,
                detail,
                fix,
            );
        }
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

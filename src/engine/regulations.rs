//! Section "regulations": the filing province, the entity, where an applicant may file, and the
//! province's own rules that no answer can confirm.

use super::checklist::Status;
use super::context::Ctx;
use crate::knowledge::{ProvinceRuleKind, Section};
use crate::session::{Answer, CertificateType, Residency};
use crate::validate::{DocumentKind, dates, permit, resident_id, uscc};

pub(crate) fn check(cx: &mut Ctx) {
    province(cx);
    entity(cx);
    match cx.entity() {
        Some(e) if e.is_individual() => individual_domicile(cx),
        Some(_) => organisation_province(cx),
        None => {}
    }
    legal_representative(cx);
    min_age(cx);
    unconfirmed_province_rules(cx);
}

fn province(cx: &mut Ctx) {
    match cx.province() {
        None => cx.item(
            "regulations.province",
            Status::Todo,
            "regulations.province.ask",
            "regulations.province.ask.fix",
            &[],
        ),
        Some(slug) => {
            let args = [("province", cx.province_name(slug))];
            cx.item(
                "regulations.province",
                Status::Done,
                "regulations.province.done",
                "",
                &args,
            );
            let reviewed = cx.applicant.regulations_reviewed;
            cx.yes_no(
                "regulations.reviewed".into(),
                "regulations.reviewed",
                reviewed,
                Status::Todo,
                &args,
            );
        }
    }
}

fn entity(cx: &mut Ctx) {
    match cx.entity() {
        None => cx.item(
            "regulations.entity-type",
            Status::Todo,
            "regulations.entity-type.ask",
            "regulations.entity-type.ask.fix",
            &[],
        ),
        Some(e) => {
            let name =
                cx.k.entity_type(e)
                    .map(|i| cx.name(&i.en, &i.zh))
                    .unwrap_or(e.to_string());
            cx.item(
                "regulations.entity-type",
                Status::Done,
                "regulations.entity-type.done",
                "",
                &[("entity", name)],
            );
        }
    }
    match cx.applicant.name.as_deref().map(str::trim) {
        None | Some("") => cx.item(
            "regulations.entity-name",
            Status::Todo,
            "regulations.entity-name.ask",
            "regulations.entity-name.ask.fix",
            &[],
        ),
        Some(n) => {
            let args = [("name", n.to_string())];
            cx.item(
                "regulations.entity-name",
                Status::Done,
                "regulations.entity-name.done",
                "",
                &args,
            );
        }
    }
}

/// The province in the person in charge's resident ID number, when it has a valid one.
pub(crate) fn id_province(cx: &Ctx) -> Option<crate::session::ProvinceSlug> {
    let leader = cx.materials.leader.as_ref()?;
    if leader.document != Some(CertificateType::ResidentId) {
        return None;
    }
    let id = resident_id::validate(leader.number.as_ref()?.as_str(), cx.today).ok()?;
    cx.k.province_by_code(&id.province_code).map(|p| p.slug)
}

fn individual_domicile(cx: &mut Ctx) {
    let residency = cx.materials.leader.as_ref().and_then(|l| l.residency);
    if matches!(residency, Some(r) if r != Residency::Mainland) {
        let residency = residency
            .map(|r| cx.t(&format!("residency.{}", r.as_str()), &[]))
            .unwrap_or_default();
        let args = [("residency", residency)];
        cx.item(
            "regulations.non-mainland",
            Status::Info,
            "regulations.non-mainland.detail",
            "regulations.non-mainland.fix",
            &args,
        );
        return;
    }
    let from_id = id_province(cx);
    let stated = cx.applicant.domicile_province;
    let domicile = match (stated, from_id) {
        (Some(s), Some(i)) if s != i => {
            let args = [("stated", cx.province_name(s)), ("id", cx.province_name(i))];
            cx.item(
                "regulations.domicile",
                Status::Blocked,
                "regulations.domicile.mismatch",
                "regulations.domicile.mismatch.fix",
                &args,
            );
            return;
        }
        (Some(s), _) => s,
        (None, Some(i)) => i,
        (None, None) => {
            cx.item(
                "regulations.domicile",
                Status::Todo,
                "regulations.domicile.ask",
                "regulations.domicile.ask.fix",
                &[],
            );
            return;
        }
    };
    let args = [("domicile", cx.province_name(domicile))];
    cx.item(
        "regulations.domicile",
        Status::Done,
        "regulations.domicile.done",
        "",
        &args,
    );
    if let Some((domicile, filing)) = cross_province_pair(cx) {
        cross_province(cx, domicile, filing);
    }
}

/// A mainland individual's (domicile, filing province) when they differ: the case the
/// cross-province check judges. The domicile is the stated one or the ID number's; a stated
/// domicile the ID contradicts is its own blocked item, not a cross-province case.
pub(crate) fn cross_province_pair(
    cx: &Ctx,
) -> Option<(crate::session::ProvinceSlug, crate::session::ProvinceSlug)> {
    if !cx.individual() || leader_abroad(cx) {
        return None;
    }
    let domicile = match (cx.applicant.domicile_province, id_province(cx)) {
        (Some(s), Some(i)) if s != i => return None,
        (Some(d), _) | (None, Some(d)) => d,
        (None, None) => return None,
    };
    let filing = cx.province()?;
    (filing != domicile).then_some((domicile, filing))
}

/// The person in charge lives outside the mainland: no domicile province applies.
pub(crate) fn leader_abroad(cx: &Ctx) -> bool {
    let residency = cx.materials.leader.as_ref().and_then(|l| l.residency);
    matches!(residency, Some(r) if r != Residency::Mainland)
}

/// The domicile must be asked: a mainland individual whose ID number does not give it.
pub(crate) fn domicile_question_needed(cx: &Ctx) -> bool {
    cx.individual() && !leader_abroad(cx) && id_province(cx).is_none()
}

/// The cross-province check reads `has_residence_permit` (every outcome but "local ID only").
pub(crate) fn residence_permit_question_applies(cx: &Ctx) -> bool {
    cross_province_pair(cx).is_some()
        && cx
            .enforced(|k| *k == ProvinceRuleKind::LocalIdOnly)
            .is_none()
}

/// An individual filing outside the ID's province: the province's rules decide.
fn cross_province(
    cx: &mut Ctx,
    domicile: crate::session::ProvinceSlug,
    filing: crate::session::ProvinceSlug,
) {
    let args = vec![
        ("domicile", cx.province_name(domicile)),
        ("province", cx.province_name(filing)),
    ];
    let id = "regulations.cross-province";
    if let Some(rule) = cx.enforced(|k| *k == ProvinceRuleKind::LocalIdOnly) {
        let detail = cx.t("regulations.cross-province.local-only", &args);
        let fix = cx.t("regulations.cross-province.local-only.fix", &args);
        let title = cx.t("regulations.cross-province.title", &args);
        cx.push(
            Section::Regulations,
            id.into(),
            Status::Blocked,
            &rule.provenance.clone(),
            title,
            cx.sentences(&[detail.as_str(), rule.text_in(cx.lang)]),
            fix,
        );
        return;
    }
    let permit = cx.applicant.has_residence_permit;
    match cx.enforced(|k| *k == ProvinceRuleKind::ResidencePermit) {
        Some(rule) => {
            let (status, key) = match permit {
                Some(Answer::Yes) => (Status::Done, "permit.yes"),
                Some(Answer::No) => (Status::Blocked, "permit.no"),
                Some(Answer::Unsure) => (Status::Todo, "permit.unsure"),
                None => (Status::Todo, "permit.ask"),
            };
            let detail = cx.t(&format!("regulations.cross-province.{key}"), &args);
            let fix = if status == Status::Done {
                String::new()
            } else {
                cx.t(&format!("regulations.cross-province.{key}.fix"), &args)
            };
            let title = cx.t("regulations.cross-province.title", &args);
            cx.push(
                Section::Regulations,
                id.into(),
                status,
                &rule.provenance.clone(),
                title,
                detail,
                fix,
            );
        }
        None => {
            // The bureau decides and we hold no current rule for it: ask, and say so.
            let (status, key) = match permit {
                None => (Status::Todo, "unknown.ask"),
                Some(Answer::Unsure) => (Status::Todo, "unknown.ask"),
                Some(Answer::Yes) => (Status::Info, "unknown.yes"),
                Some(Answer::No) => (Status::Info, "unknown.no"),
            };
            let fix = format!("regulations.cross-province.{key}.fix");
            cx.item_as(
                id.into(),
                id,
                status,
                &format!("regulations.cross-province.{key}"),
                &fix,
                &args,
            );
        }
    }
}

/// Organisations file where their certificate was issued: the division code of a USCC says where.
fn organisation_province(cx: &mut Ctx) {
    let Some(filing) = cx.province() else { return };
    let Some(cert) = cx.materials.entity_certificate.as_ref() else {
        return;
    };
    let Some(number) = cert.number.as_ref() else {
        return;
    };
    let Ok(code) = uscc::validate(number.as_str()) else {
        return;
    };
    let Some(issued) = cx.k.province_by_code(&code.province_code).map(|p| p.slug) else {
        return;
    };
    let args = [
        ("issued", cx.province_name(issued)),
        ("province", cx.province_name(filing)),
    ];
    if issued == filing {
        cx.item(
            "regulations.organisation-province",
            Status::Done,
            "regulations.organisation-province.done",
            "",
            &args,
        );
    } else {
        cx.item(
            "regulations.organisation-province",
            Status::Blocked,
            "regulations.organisation-province.mismatch",
            "regulations.organisation-province.mismatch.fix",
            &args,
        );
    }
}

fn legal_representative(cx: &mut Ctx) {
    if !cx.organisation() {
        return;
    }
    let Some(rule) = cx.enforced(|k| *k == ProvinceRuleKind::LeaderLegalRepresentative) else {
        return;
    };
    let Some(slug) = cx.province() else { return };
    let answer = cx
        .materials
        .leader
        .as_ref()
        .and_then(|l| l.is_legal_representative);
    let (status, key) = match answer {
        Some(Answer::Yes) => (Status::Done, "yes"),
        Some(Answer::No) => (Status::Blocked, "no"),
        // Asked in the materials step; not answered yet is that step's todo.
        _ => return,
    };
    let args = [("province", cx.province_name(slug))];
    let title = cx.t("regulations.legal-representative.title", &args);
    let detail = cx.sentences(&[
        cx.t(&format!("regulations.legal-representative.{key}"), &args)
            .as_str(),
        rule.text_in(cx.lang),
    ]);
    let fix = if status == Status::Done {
        String::new()
    } else {
        cx.t("regulations.legal-representative.no.fix", &args)
    };
    cx.push(
        Section::Regulations,
        format!("regulations.{}", rule.id),
        status,
        &rule.provenance.clone(),
        title,
        detail,
        fix,
    );
}

/// The birth date a valid 18-digit number carries: resident IDs and the Hong Kong, Macao and
/// Taiwan residence permits share the format (GB 11643), permits with their own prefixes.
fn birth_date(
    person: &crate::session::Person,
    today: chrono::NaiveDate,
) -> Option<chrono::NaiveDate> {
    let number = person.number.as_ref()?.as_str();
    let kind = DocumentKind::of_certificate(person.document?)?;
    if !kind.carries_birth_date() {
        return None;
    }
    let normalised = permit::validate_document(kind, number, today).ok()?;
    chrono::NaiveDate::parse_from_str(normalised.get(6..14)?, "%Y%m%d").ok()
}

fn min_age(cx: &mut Ctx) {
    let Some(rule) = cx.enforced(|k| matches!(k, ProvinceRuleKind::MinAge { .. })) else {
        return;
    };
    let ProvinceRuleKind::MinAge { years } = rule.kind else {
        return;
    };
    let Some(leader) = cx.materials.leader.as_ref() else {
        return;
    };
    let Some(birth) = birth_date(leader, cx.today) else {
        return;
    };
    let age = dates::age_on(birth, cx.today);
    let Some(slug) = cx.province() else { return };
    let args = [
        ("age", age.to_string()),
        ("years", years.to_string()),
        ("province", cx.province_name(slug)),
    ];
    let ok = age >= years;
    let status = if ok { Status::Done } else { Status::Blocked };
    let title = cx.t("regulations.min-age.title", &args);
    let detail = cx.t(
        if ok {
            "regulations.min-age.done"
        } else {
            "regulations.min-age.under"
        },
        &args,
    );
    let fix = if ok {
        String::new()
    } else {
        cx.t("regulations.min-age.under.fix", &args)
    };
    cx.push(
        Section::Regulations,
        "regulations.min-age".into(),
        status,
        &rule.provenance.clone(),
        title,
        detail,
        fix,
    );
}

/// Province rules that no answer can confirm (notes, and rules from old or third-party
/// sources): `info`, telling the applicant to check with the bureau.
fn unconfirmed_province_rules(cx: &mut Ctx) {
    let Some(slug) = cx.province() else { return };
    for rule in cx.province_rules().to_vec() {
        let note = rule.kind == ProvinceRuleKind::Note;
        if !note && rule.provenance.confidence.may_block() {
            continue;
        }
        let args = [
            ("province", cx.province_name(slug)),
            ("rule", rule.text_in(cx.lang).to_string()),
        ];
        let title = cx.t(
            &format!("regulations.province-rule.{}", rule.kind.id()),
            &args,
        );
        let detail = cx.t(
            if rule.provenance.confidence.may_block() {
                "regulations.province-rule.detail"
            } else {
                "regulations.province-rule.unconfirmed"
            },
            &args,
        );
        let fix = cx.t("regulations.province-rule.fix", &args);
        cx.push(
            Section::Regulations,
            format!("regulations.{}", rule.id),
            Status::Info,
            &rule.provenance.clone(),
            title,
            detail,
            fix,
        );
    }
}

//! Section "regulations": the filing province, the entity, where an applicant may file, and the
//! province's own rules that no answer can confirm.

use super::checklist::Status;
use super::context::Ctx;
use super::province::Verdict;
use crate::knowledge::{CrossProvinceOutcome, ProvinceRuleKind, Section};
use crate::session::{Answer, CertificateType, MaterialId, Residency};
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
    residency_refused(cx);
    province_notes(cx);
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

/// The cross-province check reads `has_residence_permit` where a reading accepts the permit.
pub(crate) fn residence_permit_question_applies(cx: &Ctx) -> bool {
    cross_province_pair(cx).is_some()
        && cx.province_rules().iter().any(|r| {
            matches!(
                r.kind,
                ProvinceRuleKind::CrossProvince {
                    outcome: crate::knowledge::CrossProvinceOutcome::ResidencePermit
                        | crate::knowledge::CrossProvinceOutcome::ResidencePermitPlus,
                    ..
                }
            )
        })
}

/// An individual filing outside the ID's province: the province's one cross-province outcome
/// decides (DESIGN.md §3 "Cross-province filing").
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
    let decisions = cx.decide(
        |k| matches!(k, ProvinceRuleKind::CrossProvince { .. }),
        |cx, rule| Some(cross_province_reading(cx, rule, &args)),
    );
    if let Some(d) = decisions.first() {
        let title = cx.t("regulations.cross-province.title", &args);
        cx.push_decision(Section::Regulations, id.into(), title, d);
        return;
    }
    // No enforceable outcome (only an old source): ask, and say so.
    let permit = cx.applicant.has_residence_permit;
    let (status, key) = match permit {
        None | Some(Answer::Unsure) => (Status::Todo, "unknown.ask"),
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

/// What one cross-province rule says about this applicant.
fn cross_province_reading(
    cx: &Ctx,
    rule: &crate::knowledge::ProvinceRule,
    args: &[(&'static str, String)],
) -> Verdict {
    let ProvinceRuleKind::CrossProvince {
        outcome,
        extra_proof,
    } = &rule.kind
    else {
        return Verdict::new(Status::Info, String::new(), String::new());
    };
    let mut args = args.to_vec();
    let extra = extra_proof
        .as_ref()
        .map(|(en, zh)| crate::knowledge::pick(cx.lang, en, Some(zh)).to_string());
    args.push(("extra", extra.clone().unwrap_or_default()));
    let text = rule.text_in(cx.lang);
    match outcome {
        CrossProvinceOutcome::LocalIdOnly => Verdict::new(
            Status::Blocked,
            cx.sentences(&[
                cx.t("regulations.cross-province.local-only", &args)
                    .as_str(),
                text,
            ]),
            cx.t("regulations.cross-province.local-only.fix", &args),
        ),
        CrossProvinceOutcome::Unknown => Verdict::new(
            Status::Todo,
            cx.sentences(&[
                cx.t("regulations.cross-province.unknown", &args).as_str(),
                text,
            ]),
            cx.t("regulations.cross-province.unknown.fix", &args),
        ),
        CrossProvinceOutcome::ResidencePermit | CrossProvinceOutcome::ResidencePermitPlus => {
            let (status, key) = match cx.applicant.has_residence_permit {
                Some(Answer::Yes) => (Status::Done, "permit.yes"),
                Some(Answer::No) => (Status::Blocked, "permit.no"),
                Some(Answer::Unsure) => (Status::Todo, "permit.unsure"),
                None => (Status::Todo, "permit.ask"),
            };
            let mut parts = vec![cx.t(&format!("regulations.cross-province.{key}"), &args)];
            if extra.is_some() {
                parts.push(cx.t("regulations.cross-province.extra", &args));
            }
            parts.push(text.to_string());
            let mut v = Verdict::new(
                status,
                cx.sentences(&parts),
                cx.t(&format!("regulations.cross-province.{key}.fix"), &args),
            );
            let why = if extra.is_some() {
                cx.t("materials.residence-permit.why-plus", &args)
            } else {
                cx.t("materials.residence-permit.why", &args)
            };
            if status == Status::Blocked {
                v.materials.push((
                    MaterialId::ResidencePermit,
                    cx.t("materials.residence-permit.missing", &args),
                    Some(cx.t("materials.residence-permit.missing.fix", &args)),
                ));
            } else {
                v = v.with_material(MaterialId::ResidencePermit, why);
            }
            if let Some(m) = rule.material {
                v = v.with_material(m, cx.t("materials.province.why", &rule_args(cx, rule)));
            }
            v
        }
    }
}

/// `{province}` and `{rule}` for a material a province rule requires.
pub(crate) fn rule_args(
    cx: &Ctx,
    rule: &crate::knowledge::ProvinceRule,
) -> Vec<(&'static str, String)> {
    vec![
        ("province", cx.province_name(rule.province)),
        ("rule", rule.text_in(cx.lang).to_string()),
    ]
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
    let Some(slug) = cx.province() else { return };
    let answer = cx
        .materials
        .leader
        .as_ref()
        .and_then(|l| l.is_legal_representative);
    let args = [("province", cx.province_name(slug))];
    let decisions = cx.decide(
        |k| matches!(k, ProvinceRuleKind::LeaderLegalRepresentative { .. }),
        |cx, rule| {
            let letter = matches!(
                rule.kind,
                ProvinceRuleKind::LeaderLegalRepresentative {
                    letter_allowed: true
                }
            );
            let key = match answer {
                Some(Answer::Yes) => "yes",
                Some(Answer::No) if letter => "letter",
                Some(Answer::No) => "no",
                // Asked in the materials step; not answered yet is that step's todo.
                _ => return None,
            };
            let detail = cx.sentences(&[
                cx.t(&format!("regulations.legal-representative.{key}"), &args)
                    .as_str(),
                rule.text_in(cx.lang),
            ]);
            let fix = cx.t(
                &format!("regulations.legal-representative.{key}.fix"),
                &args,
            );
            Some(match key {
                "yes" => Verdict::new(Status::Done, detail, fix),
                "letter" => {
                    let id = MaterialId::AuthorizationLetter;
                    let prepared = cx
                        .materials
                        .prepared
                        .as_ref()
                        .is_some_and(|p| p.contains(&id));
                    let status = if prepared { Status::Done } else { Status::Todo };
                    Verdict::new(status, detail, fix)
                        .with_material(id, cx.t("materials.authorization.legal-rep", &args))
                }
                _ => Verdict::new(Status::Blocked, detail, fix),
            })
        },
    );
    let title = cx.t("regulations.legal-representative.title", &args);
    for d in &decisions {
        cx.push_decision(
            Section::Regulations,
            format!("regulations.{}", d.id),
            title.clone(),
            d,
        );
    }
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
    let Some(leader) = cx.materials.leader.clone() else {
        return;
    };
    let Some(birth) = birth_date(&leader, cx.today) else {
        return;
    };
    let Some(slug) = cx.province() else { return };
    let age = dates::age_on(birth, cx.today);
    let decisions = cx.decide(
        |k| matches!(k, ProvinceRuleKind::MinAge { .. }),
        |cx, rule| {
            let ProvinceRuleKind::MinAge {
                years,
                with_proof_from,
            } = rule.kind
            else {
                return None;
            };
            let args = [
                ("age", age.to_string()),
                ("years", years.to_string()),
                ("province", cx.province_name(slug)),
                ("rule", rule.text_in(cx.lang).to_string()),
            ];
            if age >= years {
                return Some(Verdict::new(
                    Status::Done,
                    cx.t("regulations.min-age.done", &args),
                    String::new(),
                ));
            }
            if with_proof_from.is_some_and(|from| age >= from) {
                let detail = cx.sentences(&[
                    cx.t("regulations.min-age.proof", &args).as_str(),
                    rule.text_in(cx.lang),
                ]);
                let fix = cx.t("regulations.min-age.proof.fix", &args);
                let prepared = rule.material.is_some_and(|m| {
                    cx.materials
                        .prepared
                        .as_ref()
                        .is_some_and(|p| p.contains(&m))
                });
                let status = if prepared { Status::Done } else { Status::Todo };
                let mut v = Verdict::new(status, detail, fix);
                if let Some(m) = rule.material {
                    v = v.with_material(m, cx.t("materials.min-age.why", &args));
                }
                return Some(v);
            }
            Some(Verdict::new(
                Status::Blocked,
                cx.sentences(&[
                    cx.t("regulations.min-age.under", &args).as_str(),
                    rule.text_in(cx.lang),
                ]),
                cx.t("regulations.min-age.under.fix", &args),
            ))
        },
    );
    let title = cx.t(
        "regulations.min-age.title",
        &[("province", cx.province_name(slug))],
    );
    for (n, d) in decisions.iter().enumerate() {
        // the first keeps the id earlier versions used; others are named by their rule
        let id = if n == 0 {
            "regulations.min-age".to_string()
        } else {
            format!("regulations.{}", d.id)
        };
        cx.push_decision(Section::Regulations, id, title.clone(), d);
    }
}

/// Individuals whose person in charge has a residency the province refuses (rules are already
/// filtered by residency, so a rule present here speaks about this applicant).
fn residency_refused(cx: &mut Ctx) {
    if !cx.individual() {
        return;
    }
    let Some(slug) = cx.province() else { return };
    let Some(residency) = cx.materials.leader.as_ref().and_then(|l| l.residency) else {
        return;
    };
    let args = [
        ("province", cx.province_name(slug)),
        (
            "residency",
            cx.t(&format!("residency.{}", residency.as_str()), &[]),
        ),
    ];
    let decisions = cx.decide(
        |k| matches!(k, ProvinceRuleKind::ResidencyRefused { .. }),
        |cx, rule| {
            Some(Verdict::new(
                Status::Blocked,
                cx.sentences(&[
                    cx.t("regulations.residency-refused", &args).as_str(),
                    rule.text_in(cx.lang),
                ]),
                cx.t("regulations.residency-refused.fix", &args),
            ))
        },
    );
    let title = cx.t("regulations.residency-refused.title", &args);
    for d in &decisions {
        cx.push_decision(
            Section::Regulations,
            format!("regulations.{}", d.id),
            title.clone(),
            d,
        );
    }
}

/// Province rules that no answer can confirm (notes, and rules from old or third-party
/// sources): ONE `info` item per province, listing each with its own source, so the checklist
/// does not fill with look-alike rows.
fn province_notes(cx: &mut Ctx) {
    let Some(slug) = cx.province() else { return };
    let notes: Vec<&crate::knowledge::ProvinceRule> = cx
        .province_rules()
        .iter()
        .copied()
        .filter(|r| r.kind == ProvinceRuleKind::Note || !r.provenance.confidence.may_block())
        .collect();
    let Some(newest) = notes.iter().max_by_key(|r| r.provenance.last_verified) else {
        return;
    };
    let provenance = newest.provenance.clone();
    let province = cx.province_name(slug);
    let lines: Vec<String> = notes
        .iter()
        .map(|r| {
            let mut text = r.text_in(cx.lang).to_string();
            if r.kind != ProvinceRuleKind::Note {
                let kind = cx.t(
                    &format!("regulations.province-rule.{}", r.kind.id()),
                    &[("province", province.clone())],
                );
                text = cx.t(
                    "regulations.province-notes.older",
                    &[("kind", kind), ("rule", text)],
                );
            }
            cx.t(
                "regulations.province-notes.line",
                &[
                    ("rule", text),
                    ("source", r.provenance.url()),
                    (
                        "checked",
                        crate::messages::checked(cx.lang, r.provenance.last_verified),
                    ),
                ],
            )
        })
        .collect();
    let args = [
        ("province", province.clone()),
        ("count", notes.len().to_string()),
    ];
    let title = cx.t("regulations.province-notes.title", &args);
    let detail = lines.join("\n");
    let fix = cx.t("regulations.province-rule.fix", &args);
    cx.push(
        Section::Regulations,
        "regulations.province-notes".to_string(),
        Status::Info,
        &provenance,
        title,
        detail,
        fix,
    );
}

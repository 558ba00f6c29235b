//! Section "materials": the documents this applicant must upload. One item per material, whose
//! status is the worst of its reasons (DESIGN.md §3); materials that do not apply are left out.

use std::collections::BTreeMap;

use super::checklist::Status;
use super::context::Ctx;
use super::province::Verdict;
use crate::knowledge::{DomainCount, Provenance, ProvinceRule, ProvinceRuleKind, Section};
use crate::messages;
use crate::session::{Answer, CertificateType, Holder, HolderKind, MaterialId, Person, Residency};
use crate::validate::{DocumentKind, Explain, dates, permit, uscc};

/// Why a material is listed, with what that reason says about its status.
struct Reason {
    status: Status,
    detail: String,
    fix: String,
}

/// The reasons gathered per material, and the rule that made it apply (a province rule, when
/// one did; otherwise the material's own entry in the data).
#[derive(Default)]
struct Needs {
    by_material: BTreeMap<MaterialId, (Vec<Reason>, Option<Provenance>)>,
    /// The province rule (or conflict group) that made a material apply.
    decided_by: BTreeMap<MaterialId, String>,
}

impl Needs {
    fn add(&mut self, id: MaterialId, status: Status, detail: String, fix: String) {
        self.by_material.entry(id).or_default().0.push(Reason {
            status,
            detail,
            fix,
        });
    }

    fn source(&mut self, id: MaterialId, provenance: &Provenance) {
        self.by_material
            .entry(id)
            .or_default()
            .1
            .get_or_insert_with(|| provenance.clone());
    }
}

pub(crate) fn check(cx: &mut Ctx) {
    let mut needs = Needs::default();
    questions(cx);
    basic(cx, &mut needs);
    auxiliary(cx, &mut needs);
    from_other_sections(cx, &mut needs);
    emit(cx, needs);
    for rule in ["materials.upload-format", "materials.splicing"] {
        cx.item(
            rule,
            Status::Info,
            &format!("{rule}.detail"),
            &format!("{rule}.fix"),
            &[],
        );
        if rule == "materials.upload-format"
            && let Some(limits) = cx.k.rule("materials.upload-limits")
        {
            // the formats and the size limit are the rule's own text (data, in both languages)
            let text = limits.text_in(cx.lang).to_string();
            cx.item(
                "materials.upload-limits",
                Status::Info,
                "regulations.province-rule.detail",
                "materials.upload-limits.fix",
                &[("rule", text)],
            );
        }
    }
}

/// Answers the materials step needs that are not themselves a material.
fn questions(cx: &mut Ctx) {
    if cx.materials.certificate_changed.is_none()
        || cx.materials.certificate_changed == Some(Answer::Unsure)
    {
        let key = if cx.materials.certificate_changed.is_none() {
            "ask"
        } else {
            "unsure"
        };
        cx.item(
            "materials.certificate-changed",
            Status::Todo,
            &format!("materials.certificate-changed.{key}"),
            "materials.certificate-changed.ask.fix",
            &[],
        );
    }
    if cx.materials.prepared.is_none() {
        cx.item(
            "materials.prepared",
            Status::Todo,
            "materials.prepared.ask",
            "materials.prepared.ask.fix",
            &[],
        );
    }
}

/// Whether a material is ready; for individuals the three basic certificates are one document.
fn is_prepared(cx: &Ctx, id: MaterialId) -> bool {
    let Some(list) = &cx.materials.prepared else {
        return false;
    };
    let basic = [
        MaterialId::EntityCertificate,
        MaterialId::LeaderCertificate,
        MaterialId::AdminCertificate,
    ];
    if cx.individual() && basic.contains(&id) {
        return basic.iter().any(|b| list.contains(b));
    }
    list.contains(&id)
}

/// A material the applicant must provide: done when prepared, todo otherwise.
fn required(cx: &Ctx, needs: &mut Needs, id: MaterialId, why: String) {
    if is_prepared(cx, id) {
        needs.add(
            id,
            Status::Done,
            cx.sentences(&[why, cx.t("materials.ready", &[])]),
            String::new(),
        );
    } else {
        needs.add(id, Status::Todo, why, cx.t("materials.prepare.fix", &[]));
    }
}

/// A material only "some provinces" ask for, with no province named: info, or done when ready.
fn maybe(cx: &Ctx, needs: &mut Needs, id: MaterialId, why: String) {
    let status = if is_prepared(cx, id) {
        Status::Done
    } else {
        Status::Info
    };
    needs.add(id, status, why, cx.t("materials.maybe.fix", &[]));
}

fn basic(cx: &mut Ctx, needs: &mut Needs) {
    let leader = cx.materials.leader.clone();
    let admin = cx.materials.admin.clone();
    let role_leader = cx.t("materials.role.leader", &[]);
    let role_admin = cx.t("materials.role.admin", &[]);
    person(
        cx,
        needs,
        MaterialId::LeaderCertificate,
        leader.as_ref(),
        &role_leader,
    );
    if cx.individual() {
        let why = cx.t("materials.individual-once.detail", &[]);
        for id in [MaterialId::EntityCertificate, MaterialId::AdminCertificate] {
            required(cx, needs, id, why.clone());
            if let Some(rule) = cx.k.rule("materials.individual-once") {
                needs.source(id, &rule.provenance);
            }
        }
        return;
    }
    if cx.organisation() {
        entity_certificate(cx, needs);
        person(
            cx,
            needs,
            MaterialId::AdminCertificate,
            admin.as_ref(),
            &role_admin,
        );
    }
}

fn person(cx: &Ctx, needs: &mut Needs, id: MaterialId, p: Option<&Person>, role: &str) {
    let args = vec![("role", role.to_string())];
    let Some(p) = p else {
        needs.add(
            id,
            Status::Todo,
            cx.t("materials.person.ask", &args),
            cx.t("materials.person.ask.fix", &args),
        );
        return;
    };
    let mut missing = Vec::new();
    if p.residency.is_none() {
        missing.push("residency");
    }
    if p.document.is_none() {
        missing.push("document");
    }
    if p.number.is_none() {
        missing.push("number");
    }
    if cx.organisation() && p.is_legal_representative.is_none() {
        missing.push("is_legal_representative");
    }
    if !missing.is_empty() {
        let mut a = args.clone();
        let names: Vec<String> = missing
            .iter()
            .map(|f| cx.t(&format!("materials.field.{f}"), &[]))
            .collect();
        a.push(("fields", cx.list(&names)));
        needs.add(
            id,
            Status::Todo,
            cx.t("materials.person.missing", &a),
            cx.t("materials.person.ask.fix", &a),
        );
    }
    if let (Some(res), Some(doc)) = (p.residency, p.document) {
        document_fits(cx, needs, id, role, res, doc);
    }
    if let (Some(doc), Some(number)) = (p.document, p.number.as_ref())
        && let Some(Err(problem)) = person_number_check(doc, number.as_str(), cx.today)
    {
        needs.add(
            id,
            Status::Blocked,
            number_problem(cx, role, &problem),
            number_fix(cx, &problem),
        );
    }
    validity(cx, needs, id, p.valid_until, role);
    let name =
        cx.k.material(id)
            .map(|m| crate::knowledge::pick(cx.lang, &m.en, Some(&m.zh)).to_string())
            .unwrap_or_default();
    required(
        cx,
        needs,
        id,
        cx.t(
            "materials.basic.why",
            &[("role", role.to_string()), ("material", name)],
        ),
    );
}

/// "The number of <role> is wrong: <what the validator found>."
fn number_problem(cx: &Ctx, role: &str, problem: &impl Explain) -> String {
    let (msg, a) = problem.message();
    let args = [
        ("role", role.to_string()),
        ("problem", messages::format(cx.lang, msg, &a)),
    ];
    cx.t("materials.number.invalid", &args)
}

/// The validator's own fix when it has one ("the last character must be X"), else a general one.
fn number_fix(cx: &Ctx, problem: &impl Explain) -> String {
    let (_, a) = problem.message();
    match problem.fix() {
        Some(fix) => messages::format(cx.lang, fix, &a),
        None => cx.t("materials.number.invalid.fix", &[]),
    }
}

fn document_fits(
    cx: &Ctx,
    needs: &mut Needs,
    id: MaterialId,
    role: &str,
    res: Residency,
    doc: CertificateType,
) {
    let Some(allowed) = cx.k.documents_for(res) else {
        return;
    };
    let names = |ds: &[CertificateType]| {
        ds.iter()
            .map(|d| {
                cx.k.certificate_name(*d)
                    .map(|c| cx.name(&c.en, &c.zh))
                    .unwrap_or(d.to_string())
            })
            .collect::<Vec<_>>()
            .join(" / ")
    };
    let args = vec![
        ("role", role.to_string()),
        (
            "residency",
            cx.t(&format!("residency.{}", res.as_str()), &[]),
        ),
        ("document", names(&[doc])),
        ("allowed", names(&allowed.documents)),
    ];
    if !allowed.documents.contains(&doc) {
        needs.add(
            id,
            Status::Blocked,
            cx.t("materials.document.wrong", &args),
            cx.t("materials.document.wrong.fix", &args),
        );
        needs.source(id, &allowed.provenance);
        return;
    }
    let hk_macao = matches!(res, Residency::HongKong | Residency::Macao);
    if cx.individual() && hk_macao && doc == CertificateType::HkMacaoTravelPermit {
        let decisions = cx.decide(
            |k| matches!(k, ProvinceRuleKind::HkMacaoResidencePermitOnly { .. }),
            |cx, rule| {
                let mut a = args.clone();
                a.push(("rule", rule.text_in(cx.lang).to_string()));
                if let ProvinceRuleKind::HkMacaoResidencePermitOnly {
                    travel_permit_accepted: true,
                } = rule.kind
                {
                    return Some(Verdict::new(
                        Status::Done,
                        rule.text_in(cx.lang).to_string(),
                        String::new(),
                    ));
                }
                Some(Verdict::new(
                    Status::Blocked,
                    cx.t("materials.document.permit-only", &a),
                    cx.t("materials.document.permit-only.fix", &a),
                ))
            },
        );
        for d in decisions
            .into_iter()
            .filter(|d| d.verdict.status != Status::Done)
        {
            needs.add(id, d.verdict.status, d.verdict.detail, d.verdict.fix);
            needs.source(id, &d.provenance);
            needs.decided_by.entry(id).or_insert_with(|| d.id.clone());
            needs.decided_by.entry(id).or_insert_with(|| d.id.clone());
        }
    }
}

fn validity(
    cx: &Ctx,
    needs: &mut Needs,
    id: MaterialId,
    valid_until: Option<chrono::NaiveDate>,
    role: &str,
) {
    let Some(until) = valid_until else { return };
    let months = dates::full_months_between(cx.today, until);
    let args = vec![
        ("role", role.to_string()),
        ("until", crate::messages::date(cx.lang, until)),
        ("months", months.max(0).to_string()),
    ];
    if until < cx.today {
        needs.add(
            id,
            Status::Blocked,
            cx.t("materials.validity.expired", &args),
            cx.t("materials.validity.expired.fix", &args),
        );
        return;
    }
    let decisions = cx.decide(
        |k| matches!(k, ProvinceRuleKind::DocumentMinValidity { .. }),
        |cx, rule| {
            let ProvinceRuleKind::DocumentMinValidity { months: min } = rule.kind else {
                return None;
            };
            let mut a = args.clone();
            a.push(("min", min.to_string()));
            a.push(("rule", rule.text_in(cx.lang).to_string()));
            Some(if months < i64::from(min) {
                Verdict::new(
                    Status::Blocked,
                    cx.t("materials.validity.short", &a),
                    cx.t("materials.validity.expired.fix", &a),
                )
            } else {
                Verdict::new(Status::Done, String::new(), String::new())
            })
        },
    );
    for d in decisions {
        if d.verdict.status != Status::Done {
            needs.add(id, d.verdict.status, d.verdict.detail, d.verdict.fix);
            needs.source(id, &d.provenance);
            needs.decided_by.entry(id).or_insert_with(|| d.id.clone());
            needs.decided_by.entry(id).or_insert_with(|| d.id.clone());
        }
    }
}

fn entity_certificate(cx: &Ctx, needs: &mut Needs) {
    let id = MaterialId::EntityCertificate;
    let role = cx.t("materials.role.entity", &[]);
    let Some(cert) = cx.materials.entity_certificate.clone() else {
        needs.add(
            id,
            Status::Todo,
            cx.t("materials.entity.ask", &[]),
            cx.t("materials.entity.ask.fix", &[]),
        );
        return required(cx, needs, id, cx.t("materials.entity.why", &[]));
    };
    // Say which part is missing, so answering one of them shows.
    let missing = match (cert.kind.is_none(), cert.number.is_none()) {
        (true, true) => Some("materials.entity.ask"),
        (true, false) => Some("materials.entity.ask-type"),
        (false, true) => Some("materials.entity.ask-number"),
        (false, false) => None,
    };
    if let Some(missing) = missing {
        needs.add(
            id,
            Status::Todo,
            cx.t(missing, &[]),
            cx.t("materials.entity.ask.fix", &[]),
        );
    }
    if let Some(kind) = cert.kind {
        let personal = cx.k.certificate_name(kind).is_some_and(|c| c.personal);
        if personal {
            needs.add(
                id,
                Status::Blocked,
                cx.t("materials.entity.personal", &[]),
                cx.t("materials.entity.personal.fix", &[]),
            );
        }
        if let Some(number) = &cert.number
            && let Some(Err(problem)) = entity_number_check(cx.k, kind, number.as_str())
        {
            needs.add(
                id,
                Status::Blocked,
                number_problem(cx, &role, &problem),
                number_fix(cx, &problem),
            );
        }
    }
    validity(cx, needs, id, cert.valid_until, &role);
    required(cx, needs, id, cx.t("materials.entity.why", &[]));
}

/// The check of a person's document number, for the documents whose numbers have a format.
pub(crate) fn person_number_check(
    doc: CertificateType,
    number: &str,
    today: chrono::NaiveDate,
) -> Option<Result<String, permit::DocumentProblem>> {
    let kind = DocumentKind::of_certificate(doc)?;
    Some(permit::validate_document(kind, number, today))
}

/// The credit-code check of an organisation's certificate number: a business licence always
/// carries one; other organisation certificates when the number has its 18 characters.
pub(crate) fn entity_number_check(
    k: &crate::knowledge::Knowledge,
    kind: CertificateType,
    number: &str,
) -> Option<Result<uscc::Uscc, uscc::UsccProblem>> {
    let personal = k.certificate_name(kind).is_some_and(|c| c.personal);
    let compact = number.chars().filter(|c| !c.is_whitespace()).count();
    let uscc_shaped = kind == CertificateType::BusinessLicense
        || (!personal && kind != CertificateType::Other && compact == 18);
    uscc_shaped.then(|| uscc::validate(number))
}

/// Beijing's statement question: asked where a rule for this applicant enforces the sheet.
pub(crate) fn statement_question_applies(cx: &Ctx) -> bool {
    cx.enforced(|k| *k == ProvinceRuleKind::DomainConfirmation)
        .is_some()
}

fn auxiliary(cx: &mut Ctx, needs: &mut Needs) {
    let province = cx
        .province()
        .map(|p| cx.province_name(p))
        .unwrap_or_default();
    let pargs = vec![("province", province.clone())];
    if cx.individual() {
        maybe(
            cx,
            needs,
            MaterialId::FacePhotoWithId,
            cx.t("materials.face-photo.why", &pargs),
        );
    }
    if cx.organisation() {
        maybe(
            cx,
            needs,
            MaterialId::FacePhotoWithOrgCertificate,
            cx.t("materials.face-photo-org.why", &pargs),
        );
        authorization_letter(cx, needs, &pargs);
        domain_holder_certificate(cx, needs, &pargs);
    }
    beijing_confirmation(cx, needs, &pargs);
    finance_commitment(cx, needs, &pargs);
    construction_plan(cx, needs, &pargs);
    domain_certificate(cx, needs, &pargs);
    superior_authorization(cx, needs, &pargs);
    required_materials(cx, needs);
    if cx.materials.certificate_changed == Some(Answer::Yes) {
        required(
            cx,
            needs,
            MaterialId::CertificateOfChange,
            cx.t("materials.change.why", &pargs),
        );
    }
}

fn authorization_letter(cx: &Ctx, needs: &mut Needs, pargs: &[(&'static str, String)]) {
    let not_rep =
        |p: &Option<Person>| p.as_ref().and_then(|p| p.is_legal_representative) == Some(Answer::No);
    if !(not_rep(&cx.materials.leader) || not_rep(&cx.materials.admin)) {
        return;
    }
    let id = MaterialId::AuthorizationLetter;
    let spoke = province_material(
        cx,
        needs,
        |k| *k == ProvinceRuleKind::AuthorizationLetter,
        |cx, rule| {
            let mut a = pargs.to_vec();
            a.push(("rule", rule.text_in(cx.lang).to_string()));
            Some((
                rule.material.unwrap_or(id),
                cx.t("materials.authorization.province", &a),
            ))
        },
    );
    if !spoke {
        maybe(cx, needs, id, cx.t("materials.authorization.some", pargs));
    }
}

/// Without a province rule on domain holders, a domain held by a person related to the
/// organisation may need the holder certificate in "some provinces" (S34); a province rule
/// decides this in the domain section instead.
fn domain_holder_certificate(cx: &Ctx, needs: &mut Needs, pargs: &[(&'static str, String)]) {
    if cx.province_rules().iter().any(|r| {
        matches!(r.kind, ProvinceRuleKind::DomainHolder { .. })
            && r.provenance.confidence.may_block()
    }) {
        return;
    }
    let held_by_person: Vec<String> = cx
        .domains
        .iter()
        .filter(|d| {
            d.entry.holder.is_some_and(|h| h != Holder::Entity)
                && d.entry.holder_kind == Some(HolderKind::Person)
        })
        .map(|d| d.display())
        .collect();
    if held_by_person.is_empty() {
        return;
    }
    let id = MaterialId::DomainHolderCertificate;
    let mut a = pargs.to_vec();
    a.push(("domains", cx.list(&held_by_person)));
    maybe(cx, needs, id, cx.t("materials.holder-certificate.some", &a));
}

fn beijing_confirmation(cx: &Ctx, needs: &mut Needs, pargs: &[(&'static str, String)]) {
    let answer = cx.materials.all_domains_in_statement;
    let decisions = cx.decide(
        |k| *k == ProvinceRuleKind::DomainConfirmation,
        |cx, _| {
            Some(match answer {
                Some(Answer::Yes) => Verdict::new(Status::Done, String::new(), String::new()),
                None | Some(Answer::Unsure) => Verdict::new(
                    Status::Todo,
                    cx.t("materials.beijing.ask", pargs),
                    cx.t("materials.beijing.ask.fix", pargs),
                ),
                Some(Answer::No) => Verdict::new(Status::Info, String::new(), String::new()),
            })
        },
    );
    for d in decisions {
        let id = d
            .rule
            .material
            .unwrap_or(MaterialId::BeijingDomainConfirmation);
        match (d.conflict, answer) {
            (false, Some(Answer::Yes)) => continue,
            (false, Some(Answer::No)) => {
                required(cx, needs, id, cx.t("materials.beijing.why", pargs))
            }
            _ => needs.add(id, d.verdict.status, d.verdict.detail, d.verdict.fix),
        }
        needs.source(id, &d.provenance);
        needs.decided_by.entry(id).or_insert_with(|| d.id.clone());
    }
}

fn finance_commitment(cx: &Ctx, needs: &mut Needs, pargs: &[(&'static str, String)]) {
    let answer = cx.materials.finance_content;
    let decisions = cx.decide(
        |k| *k == ProvinceRuleKind::FinanceCommitment,
        |cx, _| {
            Some(match answer {
                Some(Answer::No) => Verdict::new(Status::Done, String::new(), String::new()),
                None | Some(Answer::Unsure) => Verdict::new(
                    Status::Todo,
                    cx.t("materials.finance.ask", pargs),
                    cx.t("materials.finance.ask.fix", pargs),
                ),
                Some(Answer::Yes) => Verdict::new(Status::Info, String::new(), String::new()),
            })
        },
    );
    for d in decisions {
        let id = d
            .rule
            .material
            .unwrap_or(MaterialId::GuangdongFinanceCommitment);
        match (d.conflict, answer) {
            (false, Some(Answer::No)) => continue,
            (false, Some(Answer::Yes)) => {
                required(cx, needs, id, cx.t("materials.finance.why", pargs))
            }
            _ => needs.add(id, d.verdict.status, d.verdict.detail, d.verdict.fix),
        }
        needs.source(id, &d.provenance);
        needs.decided_by.entry(id).or_insert_with(|| d.id.clone());
    }
}

/// Distinct registrable domains in the filing (entries that cannot be read count as typed), or
/// their distinct prefixes: the label left of the registrable suffix (`zhangsan.com` and
/// `zhangsan.cn` are one prefix).
pub(crate) fn domain_count(cx: &Ctx, count: DomainCount) -> usize {
    let keys: std::collections::HashSet<String> = cx
        .domains
        .iter()
        .map(|d| match count {
            DomainCount::Domains => d.key(),
            DomainCount::Prefixes => d.prefix(),
        })
        .collect();
    keys.len()
}

fn construction_plan(cx: &Ctx, needs: &mut Needs, pargs: &[(&'static str, String)]) {
    let (individual, organisation) = (cx.individual(), cx.organisation());
    province_material(
        cx,
        needs,
        |k| matches!(k, ProvinceRuleKind::ConstructionPlan { .. }),
        |cx, rule| {
            let ProvinceRuleKind::ConstructionPlan {
                individual_over,
                organisation_over,
                count,
            } = rule.kind
            else {
                return None;
            };
            let limit = if individual {
                individual_over
            } else if organisation {
                organisation_over
            } else {
                return None;
            };
            let n = domain_count(cx, count);
            if n as u64 <= u64::from(limit) {
                return None;
            }
            let mut a = pargs.to_vec();
            a.push(("count", n.to_string()));
            a.push(("limit", limit.to_string()));
            let why = match count {
                DomainCount::Domains => cx.t("materials.construction-plan.why", &a),
                DomainCount::Prefixes => cx.t("materials.construction-plan.why-prefixes", &a),
            };
            Some((
                rule.material
                    .unwrap_or(MaterialId::GuangdongConstructionPlan),
                why,
            ))
        },
    );
}

fn domain_certificate(cx: &Ctx, needs: &mut Needs, pargs: &[(&'static str, String)]) {
    let id = MaterialId::DomainCertificate;
    if cx.domains.is_empty() {
        return;
    }
    let spoke = province_material(
        cx,
        needs,
        |k| matches!(k, ProvinceRuleKind::DomainCertificate { .. }),
        |cx, rule| {
            let ProvinceRuleKind::DomainCertificate { min_domains, count } = rule.kind else {
                return None;
            };
            if (domain_count(cx, count) as u64) < u64::from(min_domains) {
                return None;
            }
            let mut a = pargs.to_vec();
            a.push(("rule", rule.text_in(cx.lang).to_string()));
            Some((
                rule.material.unwrap_or(id),
                cx.t("materials.domain-certificate.province", &a),
            ))
        },
    );
    if !spoke {
        maybe(
            cx,
            needs,
            id,
            cx.t("materials.domain-certificate.some", pargs),
        );
    }
}

/// Materials a province requires outright (filtered by entity type and residency).
fn required_materials(cx: &Ctx, needs: &mut Needs) {
    province_material(
        cx,
        needs,
        |k| *k == ProvinceRuleKind::RequiredMaterial,
        |cx, rule| {
            let m = rule.material?;
            Some((
                m,
                cx.t(
                    "materials.province.why",
                    &super::regulations::rule_args(cx, rule),
                ),
            ))
        },
    );
}

fn superior_authorization(cx: &Ctx, needs: &mut Needs, pargs: &[(&'static str, String)]) {
    let Some(entity) = cx.entity() else { return };
    province_material(
        cx,
        needs,
        |k| matches!(k, ProvinceRuleKind::SuperiorAuthorization { entity_types } if entity_types.contains(&entity)),
        |cx, rule| {
            Some((
                rule.material.unwrap_or(MaterialId::SuperiorAuthorization),
                cx.t("materials.superior.why", pargs),
            ))
        },
    );
}

/// A province rule that makes a material required, decided through `Ctx::decide` so that
/// conflicting readings give one todo with both sources. `eval` names the material and why, or
/// `None` when the rule does not ask for it in this case. Returns whether any rule spoke.
fn province_material(
    cx: &Ctx,
    needs: &mut Needs,
    pick: impl Fn(&ProvinceRuleKind) -> bool,
    eval: impl Fn(&Ctx, &ProvinceRule) -> Option<(MaterialId, String)>,
) -> bool {
    let decisions = cx.decide(pick, |cx, rule| {
        let (id, why) = eval(cx, rule)?;
        let status = if is_prepared(cx, id) {
            Status::Done
        } else {
            Status::Todo
        };
        Some(Verdict::new(status, why.clone(), String::new()).with_material(id, why))
    });
    for d in &decisions {
        for (id, why, _) in &d.verdict.materials {
            needs.decided_by.entry(*id).or_insert_with(|| d.id.clone());
            if d.conflict {
                needs.add(
                    *id,
                    Status::Todo,
                    d.verdict.detail.clone(),
                    d.verdict.fix.clone(),
                );
            } else {
                required(cx, needs, *id, why.clone());
            }
            needs.source(*id, &d.provenance);
        }
    }
    !decisions.is_empty()
}

/// Materials that province rules decided in other sections (cross-province, legal
/// representative, age, domain holder) require.
fn from_other_sections(cx: &Ctx, needs: &mut Needs) {
    for n in &cx.material_needs {
        needs
            .decided_by
            .entry(n.id)
            .or_insert_with(|| n.rule.clone());
        match &n.blocked_fix {
            Some(fix) => needs.add(n.id, Status::Blocked, n.why.clone(), fix.clone()),
            None => required(cx, needs, n.id, n.why.clone()),
        }
        needs.source(n.id, &n.provenance);
    }
}

fn emit(cx: &mut Ctx, mut needs: Needs) {
    let order: Vec<MaterialId> = cx.k.material_ids().collect();
    for id in order {
        let Some((reasons, provenance)) = needs.by_material.remove(&id) else {
            continue;
        };
        let Some(material) = cx.k.material(id) else {
            continue;
        };
        let Some(worst) = reasons
            .iter()
            .map(|r| r.status)
            .max_by_key(|s| s.severity())
        else {
            continue;
        };
        let detail = cx.sentences(
            &reasons
                .iter()
                .map(|r| r.detail.as_str())
                .collect::<Vec<_>>(),
        );
        let fix = reasons
            .iter()
            .find(|r| r.status == worst && !r.fix.is_empty())
            .map(|r| r.fix.clone())
            .unwrap_or_default();
        let fix = if worst == Status::Done {
            String::new()
        } else {
            fix
        };
        let title = cx.name(&material.en, &material.zh);
        let provenance = provenance.unwrap_or_else(|| material.provenance.clone());
        cx.push(
            Section::Materials,
            format!("materials.{id}"),
            worst,
            &provenance,
            title,
            detail,
            fix,
        );
        if let Some(rule) = needs.decided_by.remove(&id) {
            cx.decided_by(rule);
        }
    }
}

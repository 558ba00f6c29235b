//! Section "materials": the documents this applicant must upload. One item per material, whose
//! status is the worst of its reasons (DESIGN.md §3); materials that do not apply are left out.

use std::collections::BTreeMap;

use super::checklist::Status;
use super::context::Ctx;
use crate::knowledge::{Provenance, ProvinceRuleKind, Section};
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
    emit(cx, needs);
    for rule in ["materials.upload-format", "materials.splicing"] {
        cx.item(
            rule,
            Status::Info,
            &format!("{rule}.detail"),
            &format!("{rule}.fix"),
            &[],
        );
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
    if cx.individual()
        && hk_macao
        && doc == CertificateType::HkMacaoTravelPermit
        && let Some(rule) = cx.enforced(|k| *k == ProvinceRuleKind::HkMacaoResidencePermitOnly)
    {
        let mut a = args.clone();
        a.push(("rule", rule.text_in(cx.lang).to_string()));
        needs.add(
            id,
            Status::Blocked,
            cx.t("materials.document.permit-only", &a),
            cx.t("materials.document.permit-only.fix", &a),
        );
        needs.source(id, &rule.provenance);
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
    let mut args = vec![
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
    if let Some(rule) = cx.enforced(|k| matches!(k, ProvinceRuleKind::DocumentMinValidity { .. }))
        && let ProvinceRuleKind::DocumentMinValidity { months: min } = rule.kind
        && months < i64::from(min)
    {
        args.push(("min", min.to_string()));
        args.push(("rule", rule.text_in(cx.lang).to_string()));
        needs.add(
            id,
            Status::Blocked,
            cx.t("materials.validity.short", &args),
            cx.t("materials.validity.expired.fix", &args),
        );
        needs.source(id, &rule.provenance);
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

/// Guangdong's finance question: asked where a rule for this applicant enforces the letter.
pub(crate) fn finance_question_applies(cx: &Ctx) -> bool {
    cx.enforced(|k| *k == ProvinceRuleKind::FinanceCommitment)
        .is_some()
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
    residence_permit(cx, needs, &pargs);
    superior_authorization(cx, needs, &pargs);
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
    match cx.enforced(|k| *k == ProvinceRuleKind::AuthorizationLetter) {
        Some(rule) => {
            let mut a = pargs.to_vec();
            a.push(("rule", rule.text_in(cx.lang).to_string()));
            required(cx, needs, id, cx.t("materials.authorization.province", &a));
            needs.source(id, &rule.provenance);
        }
        None => maybe(cx, needs, id, cx.t("materials.authorization.some", pargs)),
    }
}

fn domain_holder_certificate(cx: &Ctx, needs: &mut Needs, pargs: &[(&'static str, String)]) {
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
    match cx.enforced(|k| *k == ProvinceRuleKind::DomainHolderEntity) {
        Some(rule) => {
            required(
                cx,
                needs,
                id,
                cx.t("materials.holder-certificate.province", &a),
            );
            needs.source(id, &rule.provenance);
        }
        None => maybe(cx, needs, id, cx.t("materials.holder-certificate.some", &a)),
    }
}

fn beijing_confirmation(cx: &Ctx, needs: &mut Needs, pargs: &[(&'static str, String)]) {
    let Some(rule) = cx.enforced(|k| *k == ProvinceRuleKind::DomainConfirmation) else {
        return;
    };
    let id = MaterialId::BeijingDomainConfirmation;
    match cx.materials.all_domains_in_statement {
        Some(Answer::Yes) => return,
        None | Some(Answer::Unsure) => {
            needs.add(
                id,
                Status::Todo,
                cx.t("materials.beijing.ask", pargs),
                cx.t("materials.beijing.ask.fix", pargs),
            );
        }
        Some(Answer::No) => required(cx, needs, id, cx.t("materials.beijing.why", pargs)),
    }
    needs.source(id, &rule.provenance);
}

fn finance_commitment(cx: &Ctx, needs: &mut Needs, pargs: &[(&'static str, String)]) {
    let Some(rule) = cx.enforced(|k| *k == ProvinceRuleKind::FinanceCommitment) else {
        return;
    };
    let id = MaterialId::GuangdongFinanceCommitment;
    match cx.materials.finance_content {
        Some(Answer::No) => return,
        None | Some(Answer::Unsure) => {
            needs.add(
                id,
                Status::Todo,
                cx.t("materials.finance.ask", pargs),
                cx.t("materials.finance.ask.fix", pargs),
            );
        }
        Some(Answer::Yes) => required(cx, needs, id, cx.t("materials.finance.why", pargs)),
    }
    needs.source(id, &rule.provenance);
}

/// Distinct registrable domains in the filing (entries that cannot be read count as typed).
fn domain_count(cx: &Ctx) -> usize {
    let keys: std::collections::HashSet<String> = cx.domains.iter().map(|d| d.key()).collect();
    keys.len()
}

fn construction_plan(cx: &Ctx, needs: &mut Needs, pargs: &[(&'static str, String)]) {
    let Some(rule) = cx.enforced(|k| matches!(k, ProvinceRuleKind::ConstructionPlan { .. })) else {
        return;
    };
    let ProvinceRuleKind::ConstructionPlan {
        individual_over,
        organisation_over,
    } = rule.kind
    else {
        return;
    };
    let limit = if cx.individual() {
        individual_over
    } else if cx.organisation() {
        organisation_over
    } else {
        return;
    };
    let count = domain_count(cx);
    if count as u64 <= u64::from(limit) {
        return;
    }
    let mut a = pargs.to_vec();
    a.push(("count", count.to_string()));
    a.push(("limit", limit.to_string()));
    let id = MaterialId::GuangdongConstructionPlan;
    required(cx, needs, id, cx.t("materials.construction-plan.why", &a));
    needs.source(id, &rule.provenance);
}

fn domain_certificate(cx: &Ctx, needs: &mut Needs, pargs: &[(&'static str, String)]) {
    let id = MaterialId::DomainCertificate;
    let count = domain_count(cx);
    let rule = cx.enforced(|k| matches!(k, ProvinceRuleKind::DomainCertificate { .. }));
    if let Some(rule) = rule
        && let ProvinceRuleKind::DomainCertificate { min_domains } = rule.kind
        && count as u64 >= u64::from(min_domains)
        && count > 0
    {
        let mut a = pargs.to_vec();
        a.push(("rule", rule.text_in(cx.lang).to_string()));
        required(
            cx,
            needs,
            id,
            cx.t("materials.domain-certificate.province", &a),
        );
        needs.source(id, &rule.provenance);
        return;
    }
    if count > 0 {
        maybe(
            cx,
            needs,
            id,
            cx.t("materials.domain-certificate.some", pargs),
        );
    }
}

fn residence_permit(cx: &Ctx, needs: &mut Needs, pargs: &[(&'static str, String)]) {
    if !cx.individual() {
        return;
    }
    let residency = cx.materials.leader.as_ref().and_then(|l| l.residency);
    if matches!(residency, Some(r) if r != Residency::Mainland) {
        return;
    }
    let Some(filing) = cx.province() else { return };
    let domicile = cx
        .applicant
        .domicile_province
        .or_else(|| super::regulations::id_province(cx));
    let Some(domicile) = domicile else { return };
    if domicile == filing {
        return;
    }
    let Some(rule) = cx.enforced(|k| *k == ProvinceRuleKind::ResidencePermit) else {
        return;
    };
    let id = MaterialId::ResidencePermit;
    let mut a = pargs.to_vec();
    a.push(("domicile", cx.province_name(domicile)));
    if cx.applicant.has_residence_permit == Some(Answer::No) {
        needs.add(
            id,
            Status::Blocked,
            cx.t("materials.residence-permit.missing", &a),
            cx.t("materials.residence-permit.missing.fix", &a),
        );
    } else {
        required(cx, needs, id, cx.t("materials.residence-permit.why", &a));
    }
    needs.source(id, &rule.provenance);
}

fn superior_authorization(cx: &Ctx, needs: &mut Needs, pargs: &[(&'static str, String)]) {
    let Some(entity) = cx.entity() else { return };
    let rule = cx.enforced(|k| matches!(k, ProvinceRuleKind::SuperiorAuthorization { entity_types } if entity_types.contains(&entity)));
    let Some(rule) = rule else { return };
    let id = MaterialId::SuperiorAuthorization;
    required(cx, needs, id, cx.t("materials.superior.why", pargs));
    needs.source(id, &rule.provenance);
}

fn emit(cx: &mut Ctx, mut needs: Needs) {
    let order: Vec<MaterialId> = cx.k.materials.iter().map(|m| m.id).collect();
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
    }
}

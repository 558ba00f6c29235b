//! The province matrix: every one of the 31 provinces × the cases that differ between them,
//! each cell's verdict written out in `tests/province_matrix.tsv` next to the items that decide
//! it, the rule (or conflict group) behind each item and that rule's source. A rule edit that
//! changes a verdict fails exactly the rows it changes, and the failure lists them.
//!
//! Each case starts from an applicant who is otherwise ready (every question answered, the
//! basic certificates prepared), so what is left is what the province's rules say. To accept
//! a deliberate change: `PROVINCE_MATRIX=write cargo test --test province_matrix`, then review
//! the diff of the .tsv — every changed row must be intended.

use chrono::NaiveDate;
use icp_prep::engine::{Checklist, Status, evaluate};
use icp_prep::knowledge::Knowledge;
use icp_prep::session::*;
use icp_prep::validate::dates::add_months;

const EXPECTED: &str = include_str!("province_matrix.tsv");
const PATH: &str = "tests/province_matrix.tsv";

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
}

#[derive(Clone, Copy, Debug)]
enum Case {
    LocalIndividual,
    NonLocalWithPermit,
    NonLocalWithoutPermit,
    HongKongIndividual,
    MacaoIndividual,
    TaiwanIndividual,
    ForeignIndividual,
    EnterpriseLeaderIsLegalRep,
    EnterpriseLeaderNotLegalRep,
    DomainHeldByShareholder,
    DomainTwoMonthsLeft,
    SixDomainsOnePrefix,
    SixPrefixes,
    Government,
    PublicInstitution,
}

const CASES: [Case; 15] = [
    Case::LocalIndividual,
    Case::NonLocalWithPermit,
    Case::NonLocalWithoutPermit,
    Case::HongKongIndividual,
    Case::MacaoIndividual,
    Case::TaiwanIndividual,
    Case::ForeignIndividual,
    Case::EnterpriseLeaderIsLegalRep,
    Case::EnterpriseLeaderNotLegalRep,
    Case::DomainHeldByShareholder,
    Case::DomainTwoMonthsLeft,
    Case::SixDomainsOnePrefix,
    Case::SixPrefixes,
    Case::Government,
    Case::PublicInstitution,
];

/// A resident ID (or HK/Macao/Taiwan permit) number: area, birth date, check character.
fn gb11643(area: &str, birth: &str) -> String {
    let body = format!("{area}{birth}123");
    let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    let sum: u32 = body
        .chars()
        .zip(weights)
        .map(|(c, w)| c.to_digit(10).unwrap() * w)
        .sum();
    let check = "10X98765432".chars().nth((sum % 11) as usize).unwrap();
    format!("{body}{check}")
}

/// A unified social credit code of this registration kind (`91` enterprise, `11` government
/// body, `12` public institution) registered in the province with this two-digit code.
fn uscc(kind: &str, code: &str) -> String {
    const ALPHABET: &str = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    let weights = [
        1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
    ];
    let body = format!("{kind}{code}0300MA5D0B1C2");
    let sum: usize = body
        .chars()
        .zip(weights)
        .map(|(c, w)| ALPHABET.find(c).unwrap() * w)
        .sum();
    let check = ALPHABET.chars().nth((31 - sum % 31) % 31).unwrap();
    format!("{body}{check}")
}

fn base() -> Session {
    parse(include_str!("fixtures/full-guangdong-enterprise.yaml")).unwrap()
}

fn domain(name: &str, website: &str) -> DomainEntry {
    let mut d = base().domains.unwrap()[0].clone();
    d.name = Some(name.into());
    d.website = Some(website.into());
    d
}

fn person(residency: Residency, document: CertificateType, number: String) -> Person {
    Person {
        residency: Some(residency),
        document: Some(document),
        number: Some(CertNumber(number)),
        is_legal_representative: None,
        valid_until: None,
    }
}

fn session(k: &Knowledge, p: ProvinceSlug, case: Case) -> Session {
    let code = k.province(p).unwrap().code.clone();
    let other = if p == ProvinceSlug::Guangdong {
        "110101"
    } else {
        "440106"
    };
    let mut s = base();
    s.applicant.as_mut().unwrap().province = Some(p);
    s.applicant.as_mut().unwrap().domicile_province = None;
    s.applicant.as_mut().unwrap().has_residence_permit = None;
    let m = s.materials.as_mut().unwrap();
    m.entity_certificate.as_mut().unwrap().number = Some(CertNumber(uscc("91", &code)));
    let individual = matches!(
        case,
        Case::LocalIndividual
            | Case::NonLocalWithPermit
            | Case::NonLocalWithoutPermit
            | Case::HongKongIndividual
            | Case::MacaoIndividual
            | Case::TaiwanIndividual
            | Case::ForeignIndividual
            | Case::SixDomainsOnePrefix
            | Case::SixPrefixes
    );
    if individual {
        let a = s.applicant.as_mut().unwrap();
        a.entity_type = Some(EntityType::Individual);
        a.name = Some("张三".into());
        let m = s.materials.as_mut().unwrap();
        m.entity_certificate = None;
        m.admin = None;
        m.leader = Some(person(
            Residency::Mainland,
            CertificateType::ResidentId,
            gb11643(&format!("{code}0102"), "19900101"),
        ));
        m.prepared = Some(vec![MaterialId::LeaderCertificate]);
    }
    let m = s.materials.as_mut().unwrap();
    match case {
        Case::NonLocalWithPermit | Case::NonLocalWithoutPermit => {
            m.leader = Some(person(
                Residency::Mainland,
                CertificateType::ResidentId,
                gb11643(other, "19900101"),
            ));
            let with = matches!(case, Case::NonLocalWithPermit);
            if with {
                m.prepared
                    .get_or_insert_with(Vec::new)
                    .push(MaterialId::ResidencePermit);
            }
            s.applicant.as_mut().unwrap().has_residence_permit =
                Some(if with { Answer::Yes } else { Answer::No });
        }
        Case::HongKongIndividual => {
            m.leader = Some(person(
                Residency::HongKong,
                CertificateType::HkMacaoResidencePermit,
                gb11643("810000", "19900101"),
            ))
        }
        Case::MacaoIndividual => {
            m.leader = Some(person(
                Residency::Macao,
                CertificateType::HkMacaoResidencePermit,
                gb11643("820000", "19900101"),
            ))
        }
        Case::TaiwanIndividual => {
            m.leader = Some(person(
                Residency::Taiwan,
                CertificateType::TaiwanResidencePermit,
                gb11643("830000", "19900101"),
            ))
        }
        Case::ForeignIndividual => {
            m.leader = Some(person(
                Residency::Foreign,
                CertificateType::Passport,
                "E12345678".into(),
            ))
        }
        Case::EnterpriseLeaderNotLegalRep => {
            m.leader.as_mut().unwrap().is_legal_representative = Some(Answer::No);
        }
        Case::DomainHeldByShareholder => {
            let d = &mut s.domains.as_mut().unwrap()[0];
            d.holder = Some(Holder::Shareholder);
            d.holder_kind = Some(HolderKind::Person);
        }
        Case::DomainTwoMonthsLeft => {
            s.domains.as_mut().unwrap()[0].expires_on = Some(add_months(today(), 2));
        }
        Case::SixDomainsOnePrefix => {
            s.domains = Some(
                ["com", "cn", "net", "top", "xyz", "vip"]
                    .iter()
                    .map(|t| domain(&format!("zhangsan.{t}"), "site"))
                    .collect(),
            );
        }
        Case::SixPrefixes => {
            s.domains = Some(
                ["zhang", "li", "wang", "zhao", "chen", "liu"]
                    .iter()
                    .map(|p| domain(&format!("{p}.com"), "site"))
                    .collect(),
            );
        }
        Case::Government | Case::PublicInstitution => {
            let gov = matches!(case, Case::Government);
            s.applicant.as_mut().unwrap().entity_type = Some(if gov {
                EntityType::Government
            } else {
                EntityType::PublicInstitution
            });
            m.entity_certificate = Some(EntityCertificate {
                kind: Some(if gov {
                    CertificateType::OrganizationCode
                } else {
                    CertificateType::PublicInstitutionCertificate
                }),
                number: Some(CertNumber(uscc(if gov { "11" } else { "12" }, &code))),
                valid_until: None,
            });
        }
        _ => {}
    }
    s
}

/// The short form of a source for the table: a repository file by repository and file name.
fn short_source(source: &str) -> String {
    if source.contains("://") {
        return source.to_string();
    }
    match (source.split_once(':'), source.rsplit('/').next()) {
        (Some((repo, _)), Some(file)) => format!("{repo}:…/{file}"),
        _ => source.to_string(),
    }
}

/// The source of the rule (or conflict group) that decided an item.
fn rule_source(k: &Knowledge, rule: &str) -> String {
    if let Some(r) = k.rule(rule) {
        return short_source(&r.provenance.source);
    }
    let sources: Vec<String> = k
        .all_province_rules()
        .filter(|r| r.id == rule || r.conflict_group.as_deref() == Some(rule))
        .map(|r| short_source(&r.provenance.source))
        .collect();
    sources.join(" + ")
}

/// One row: province, case, verdict, then every item that is not done (status, id, the rule
/// that decided it and its source).
fn row(k: &Knowledge, p: ProvinceSlug, case: Case, c: &Checklist) -> String {
    let verdict = c
        .items
        .iter()
        .map(|i| i.status)
        .filter(|s| matches!(s, Status::Todo | Status::Blocked))
        .max_by_key(|s| s.severity())
        .map_or("ready", |s| s.id());
    let mut cells = vec![p.to_string(), format!("{case:?}"), verdict.to_string()];
    for i in &c.items {
        if !matches!(i.status, Status::Todo | Status::Blocked) {
            continue;
        }
        let rule = i.rule.clone().unwrap_or_else(|| "-".into());
        let source = i
            .rule
            .as_deref()
            .map(|r| rule_source(k, r))
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| short_source(&i.source));
        cells.push(format!("{} {} [{rule} @ {source}]", i.status.id(), i.id));
    }
    cells.join("\t")
}

#[test]
fn every_province_and_case_has_its_pinned_verdict() {
    let k = Knowledge::builtin().unwrap();
    let mut rows = Vec::new();
    for p in ProvinceSlug::ALL {
        for case in CASES {
            let c = evaluate(&session(&k, *p, case), &k, today());
            rows.push(row(&k, *p, case, &c));
        }
    }
    let header = "# province\tcase\tverdict\titems not done: status id [rule @ source]";
    let actual = format!("{header}\n{}\n", rows.join("\n"));
    if std::env::var("PROVINCE_MATRIX").as_deref() == Ok("write") {
        std::fs::write(PATH, &actual).unwrap();
        return;
    }
    let expected: Vec<&str> = EXPECTED.lines().skip(1).collect();
    let mut wrong = Vec::new();
    for (n, got) in rows.iter().enumerate() {
        let want = expected.get(n).copied().unwrap_or("(missing)");
        if want != got {
            wrong.push(format!("expected: {want}\n     got: {got}"));
        }
    }
    assert_eq!(expected.len(), rows.len(), "row count");
    assert!(
        wrong.is_empty(),
        "{} of {} rows changed:\n{}",
        wrong.len(),
        rows.len(),
        wrong.join("\n")
    );
}

/// The verdicts the issue names, independent of the table: the outcome per province decides
/// non-local individuals, and nothing says "ready" where the province's outcome refuses.
#[test]
fn no_province_is_ready_where_its_cross_province_outcome_refuses() {
    use icp_prep::knowledge::{CrossProvinceOutcome as O, ProvinceRuleKind as K};
    let k = Knowledge::builtin().unwrap();
    for p in ProvinceSlug::ALL {
        let outcomes: Vec<(O, bool)> = k
            .province_rules(*p)
            .filter_map(|r| match &r.kind {
                K::CrossProvince { outcome, .. } => Some((
                    *outcome,
                    r.provenance.confidence.may_block() && r.conflict_group.is_none(),
                )),
                _ => None,
            })
            .collect();
        let with = evaluate(&session(&k, *p, Case::NonLocalWithPermit), &k, today());
        let without = evaluate(&session(&k, *p, Case::NonLocalWithoutPermit), &k, today());
        let cross = |c: &Checklist| c.get("regulations.cross-province").map(|i| i.status);
        match outcomes.as_slice() {
            [(O::LocalIdOnly, true)] => {
                assert_eq!(cross(&with), Some(Status::Blocked), "{p}");
                assert!(!with.ready(), "{p}");
            }
            [(O::ResidencePermit | O::ResidencePermitPlus, true)] => {
                assert_eq!(cross(&without), Some(Status::Blocked), "{p}");
                assert_eq!(
                    with.get("materials.residence_permit").map(|i| i.status),
                    Some(Status::Done),
                    "{p}: the permit is a listed material"
                );
            }
            [(O::Unknown, true)] => assert_eq!(cross(&with), Some(Status::Todo), "{p}"),
            _ => assert_ne!(
                cross(&with),
                Some(Status::Done),
                "{p}: contested is never done"
            ),
        }
    }
}

/// Province items have distinct titles: no two rows of one checklist read the same.
#[test]
fn no_two_items_of_a_checklist_share_a_title() {
    let k = Knowledge::builtin().unwrap();
    for p in ProvinceSlug::ALL {
        for case in CASES {
            let c = evaluate(&session(&k, *p, case), &k, today());
            let mut seen = std::collections::HashSet::new();
            for i in &c.items {
                assert!(
                    seen.insert(i.title.clone()),
                    "{p} {case:?}: two items titled {:?}",
                    i.title
                );
            }
        }
    }
}

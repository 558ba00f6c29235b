//! The engine decides which questions the wizard asks, and the wizard's inline check is the
//! checklist's check. Regression tests for the three ways the wizard's own copy of the rules
//! disagreed with the engine, and the inline verdict against the checklist's for a corpus of
//! typed values.

use chrono::NaiveDate;
use icp_prep::engine::questions::QuestionId as Q;
use icp_prep::engine::{self, Status};
use icp_prep::knowledge::{AppliesTo, Knowledge};
use icp_prep::session::*;
use icp_prep::tui::App;
use icp_prep::validate::{resident_id, uscc};

fn k() -> &'static Knowledge {
    static K: std::sync::OnceLock<Knowledge> = std::sync::OnceLock::new();
    K.get_or_init(|| Knowledge::builtin().unwrap())
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

fn session() -> Session {
    Session {
        version: 1,
        ..Default::default()
    }
}

fn app_on(s: Session, k: &Knowledge, step: Step) -> App<'_> {
    let mut s = s;
    s.step = Some(step);
    App::new("t", s, k, today(), Language::En)
}

fn shown(app: &App) -> Vec<Q> {
    app.fields().iter().map(|q| q.id).collect()
}

fn id_number(address: &str, birth: &str, sequence: &str) -> String {
    let first17 = format!("{address}{birth}{sequence}");
    format!("{first17}{}", resident_id::check_char(&first17).unwrap())
}

fn credit_code(division: &str, body8: &str) -> String {
    let org = uscc::org_code_check_char(body8).unwrap();
    let first17 = format!("{division}{body8}{org}");
    format!("{first17}{}", uscc::check_char(&first17).unwrap())
}

/// A Guangdong resident ID filing in Fujian, domicile not typed: the engine takes the domicile
/// from the ID number, asks about the residence permit in the checklist, and the wizard shows
/// that question (it used to show it only when `domicile_province` was typed).
#[test]
fn the_residence_permit_question_follows_the_domicile_in_the_id_number() {
    let mut s = session();
    s.applicant = Some(Applicant {
        province: Some(ProvinceSlug::Fujian),
        entity_type: Some(EntityType::Individual),
        name: Some("张三".into()),
        ..Default::default()
    });
    s.materials = Some(Materials {
        leader: Some(Person {
            residency: Some(Residency::Mainland),
            document: Some(CertificateType::ResidentId),
            number: Some(CertNumber(id_number("440300", "19850101", "123"))),
            ..Default::default()
        }),
        ..Default::default()
    });
    let checklist = engine::evaluate(&s, k(), today());
    let item = checklist
        .items
        .iter()
        .find(|i| i.id == "regulations.cross-province")
        .expect("the engine judges the cross-province case");
    assert_eq!(item.status, Status::Todo);
    let app = app_on(s.clone(), k(), Step::Regulations);
    assert!(
        shown(&app).contains(&Q::HasResidencePermit),
        "the wizard asks what the checklist asks for: {:?}",
        shown(&app)
    );
    let q = app
        .fields()
        .into_iter()
        .find(|q| q.id == Q::HasResidencePermit)
        .unwrap();
    assert!(q.needed);
    assert_eq!(q.item.as_deref(), Some("regulations.cross-province"));

    // Filing where the ID is domiciled: no cross-province case, no question.
    s.applicant.as_mut().unwrap().province = Some(ProvinceSlug::Guangdong);
    let app = app_on(s, k(), Step::Regulations);
    assert!(!shown(&app).contains(&Q::HasResidencePermit));
}

/// An organisation code typed with spaces: the checklist blocks it (wrong check character),
/// and the inline check says so while it is typed (it used to say nothing, because it counted
/// the spaces).
#[test]
fn an_organisation_code_typed_with_spaces_is_checked_inline_as_in_the_checklist() {
    let good = credit_code("91440300", "MA5D0B1C");
    assert_eq!(good, "91440300MA5D0B1C2R");
    let typed = "9144 0300 MA5D 0B1C 2X";
    let mut s = session();
    s.applicant = Some(Applicant {
        entity_type: Some(EntityType::Enterprise),
        ..Default::default()
    });
    s.materials = Some(Materials {
        entity_certificate: Some(EntityCertificate {
            kind: Some(CertificateType::OrganizationCode),
            ..Default::default()
        }),
        ..Default::default()
    });
    let app = app_on(s.clone(), k(), Step::Materials);
    let (ok, text) = app
        .inline_check(Q::EntityCertNumber, typed)
        .expect("the field speaks");
    assert!(!ok, "{text}");
    s.materials
        .as_mut()
        .unwrap()
        .entity_certificate
        .as_mut()
        .unwrap()
        .number = Some(CertNumber(typed.into()));
    let item = engine::evaluate(&s, k(), today())
        .items
        .into_iter()
        .find(|i| i.id == "materials.entity_certificate")
        .unwrap();
    assert_eq!(item.status, Status::Blocked);
    assert!(item.detail.contains(&text), "{} / {text}", item.detail);
}

/// A province rule that applies only to individuals is not asked of an organisation: the
/// wizard honours `applies_to` as the engine does (it used to ignore it).
#[test]
fn a_rules_applies_to_decides_its_question() {
    let mut k = Knowledge::builtin().unwrap();
    let mut rules: Vec<_> = k.all_province_rules().cloned().collect();
    let rule = rules
        .iter_mut()
        .find(|r| r.id == "beijing-domain-confirmation")
        .expect("Beijing's domain confirmation rule");
    rule.applies_to = AppliesTo::Individual;
    k.set_province_rules(rules);
    let mut s = session();
    s.applicant = Some(Applicant {
        province: Some(ProvinceSlug::Beijing),
        entity_type: Some(EntityType::Enterprise),
        ..Default::default()
    });
    let app = app_on(s.clone(), &k, Step::Materials);
    assert!(!shown(&app).contains(&Q::AllDomainsInStatement));
    assert!(
        !app.checklist
            .items
            .iter()
            .any(|i| i.id == "materials.beijing_domain_confirmation")
    );
    s.applicant.as_mut().unwrap().entity_type = Some(EntityType::Individual);
    let app = app_on(s, &k, Step::Materials);
    assert!(shown(&app).contains(&Q::AllDomainsInStatement));
}

/// Guangdong's finance question and Beijing's statement question come and go with the
/// province, organisation-only questions with the entity type, product questions with the
/// product.
#[test]
fn questions_appear_and_disappear_as_the_answers_change() {
    let mut s = session();
    let app = app_on(s.clone(), k(), Step::Materials);
    assert!(!shown(&app).contains(&Q::AdminNumber));
    assert!(!shown(&app).contains(&Q::FinanceContent));
    s.applicant = Some(Applicant {
        province: Some(ProvinceSlug::Guangdong),
        entity_type: Some(EntityType::Enterprise),
        ..Default::default()
    });
    let app = app_on(s.clone(), k(), Step::Materials);
    assert!(shown(&app).contains(&Q::AdminNumber));
    assert!(shown(&app).contains(&Q::FinanceContent));
    assert!(!shown(&app).contains(&Q::AllDomainsInStatement));
    s.instance = Some(Instance {
        product: Some(ProductId::Marketplace),
        ..Default::default()
    });
    let app = app_on(s.clone(), k(), Step::Instance);
    assert!(shown(&app).contains(&Q::OrderAmount) && !shown(&app).contains(&Q::RegionMainland));
    s.instance.as_mut().unwrap().product = Some(ProductId::Ecs);
    let app = app_on(s, k(), Step::Instance);
    assert!(shown(&app).contains(&Q::PublicBandwidth));
    assert!(!shown(&app).contains(&Q::SubscriptionMonths));
}

/// One typed value as the wizard would receive it, with the answers it is checked against.
struct Case {
    question: Q,
    /// The certificate type or document chosen for it (and a residency that fits it).
    document: CertificateType,
    residency: Residency,
    typed: String,
}

fn corpus() -> Vec<Case> {
    let good_uscc = credit_code("91440300", "MA5D0B1C");
    let good_id = id_number("440300", "19850101", "123");
    let hk_permit = id_number("810000", "19900101", "001");
    let tw_permit = id_number("830000", "19900101", "001");
    let mut cases = Vec::new();
    let wrong = |s: &str| {
        let mut s = s.to_string();
        let last = s.pop().unwrap();
        s.push(if last == '0' { '1' } else { '0' });
        s
    };
    let spaced = |s: &str| {
        s.chars()
            .collect::<Vec<_>>()
            .chunks(4)
            .map(|c| c.iter().collect::<String>())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let entity_numbers = [
        good_uscc.clone(),
        wrong(&good_uscc),
        spaced(&good_uscc),
        spaced(&wrong(&good_uscc)),
        good_uscc.to_lowercase(),
        "9144 0300 MA5D 0B1C 2X".into(),
        "91440300MA5D0B1C".into(),
        "123456789".into(),
        "９１４４０３００ＭＡ５Ｄ０Ｂ１Ｃ２Ｒ".into(),
        "91440300MA5D0B1C2RR".into(),
    ];
    for kind in [
        CertificateType::BusinessLicense,
        CertificateType::OrganizationCode,
        CertificateType::PublicInstitutionCertificate,
        CertificateType::SocialOrganizationCertificate,
        CertificateType::Other,
    ] {
        for n in &entity_numbers {
            cases.push(Case {
                question: Q::EntityCertNumber,
                document: kind,
                residency: Residency::Mainland,
                typed: n.clone(),
            });
        }
    }
    let people = [
        (
            CertificateType::ResidentId,
            Residency::Mainland,
            vec![
                good_id.clone(),
                wrong(&good_id),
                spaced(&good_id),
                good_id[..17].to_string(),
                id_number("440300", "20990101", "123"),
                "44030019850101123x".into(),
            ],
        ),
        (
            CertificateType::HkMacaoResidencePermit,
            Residency::HongKong,
            vec![hk_permit.clone(), wrong(&hk_permit), good_id.clone()],
        ),
        (
            CertificateType::TaiwanResidencePermit,
            Residency::Taiwan,
            vec![tw_permit.clone(), wrong(&tw_permit), hk_permit.clone()],
        ),
        (
            CertificateType::HkMacaoTravelPermit,
            Residency::HongKong,
            vec!["H12345678".into(), "H1234".into(), "X12345678".into()],
        ),
        (
            CertificateType::TaiwanTravelPermit,
            Residency::Taiwan,
            vec!["12345678".into(), "1234".into()],
        ),
        (
            CertificateType::Passport,
            Residency::Foreign,
            vec!["E12345678".into(), "!!".into(), "X".into()],
        ),
    ];
    for (doc, residency, numbers) in people {
        for n in numbers {
            for question in [Q::LeaderNumber, Q::AdminNumber] {
                cases.push(Case {
                    question,
                    document: doc,
                    residency,
                    typed: n.clone(),
                });
            }
        }
    }
    for name in [
        "example.com",
        "https://www.Example.com/x",
        "例子.中国",
        "xn--fsqu00a.xn--fiqs8s",
        "bad_name.com",
        "-bad.com",
        "example",
        "a..com",
        "example.cn ",
        "shop.example.com.cn",
    ] {
        cases.push(Case {
            question: Q::DomainName,
            document: CertificateType::Other,
            residency: Residency::Mainland,
            typed: name.into(),
        });
    }
    cases
}

/// The session a case is typed into: an organisation, the document chosen, nothing else that
/// could block the item the value feeds.
fn base(case: &Case) -> Session {
    let person = Person {
        residency: Some(case.residency),
        document: Some(case.document),
        ..Default::default()
    };
    let mut s = session();
    s.applicant = Some(Applicant {
        entity_type: Some(EntityType::Enterprise),
        ..Default::default()
    });
    s.materials = Some(Materials {
        entity_certificate: Some(EntityCertificate {
            kind: Some(case.document),
            ..Default::default()
        }),
        leader: Some(person.clone()),
        admin: Some(person),
        ..Default::default()
    });
    if case.question == Q::DomainName {
        s.domains = Some(vec![DomainEntry::default()]);
    }
    s
}

#[test]
fn the_inline_verdict_is_the_checklists_verdict_for_every_case() {
    let cases = corpus();
    assert!(cases.len() > 80);
    let (mut blocked, mut passed) = (0, 0);
    for case in cases {
        let mut s = base(&case);
        let step = match case.question {
            Q::DomainName => Step::Domain,
            _ => Step::Materials,
        };
        let app = app_on(s.clone(), k(), step);
        let inline = app.inline_check(case.question, &case.typed);
        let inline_blocks = inline.as_ref().is_some_and(|(ok, _)| !ok);
        case.question
            .slot()
            .set_text(&mut s, 0, &case.typed)
            .expect("typed text is written");
        let checklist = engine::evaluate(&s, k(), today());
        let item_id = match case.question {
            Q::EntityCertNumber => "materials.entity_certificate".to_string(),
            Q::LeaderNumber => "materials.leader_certificate".to_string(),
            Q::AdminNumber => "materials.admin_certificate".to_string(),
            _ => checklist
                .items
                .iter()
                .find(|i| i.id.starts_with("domain.") && i.id.ends_with(".name"))
                .map(|i| i.id.clone())
                .expect("a domain name item"),
        };
        let item = checklist
            .items
            .iter()
            .find(|i| i.id == item_id)
            .unwrap_or_else(|| panic!("no {item_id}"));
        let checklist_blocks = item.status == Status::Blocked;
        if checklist_blocks {
            blocked += 1;
        } else {
            passed += 1;
        }
        assert_eq!(
            inline_blocks, checklist_blocks,
            "{:?} {:?} {:?}: inline {inline:?}, checklist {:?}: {}",
            case.question, case.document, case.typed, item.status, item.detail
        );
        if let Some((false, text)) = &inline {
            assert!(
                item.detail.contains(text.as_str()),
                "the checklist gives the same reason: {text} / {}",
                item.detail
            );
        }
    }
    assert!(
        blocked > 20 && passed > 20,
        "{blocked} blocked, {passed} passed"
    );
}

/// The wizard holds no rule: no province, entity type, residency or product is named in
/// `src/tui/` (what to ask and how to judge it is the engine's).
#[test]
fn the_wizard_names_no_province_entity_type_residency_or_product() {
    fn walk(dir: &std::path::Path, found: &mut Vec<String>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, found);
                continue;
            }
            let text = std::fs::read_to_string(&p).unwrap();
            for (n, line) in text.lines().enumerate() {
                for name in ["ProvinceSlug::", "EntityType::", "Residency::", "Product::"] {
                    for (i, _) in line.match_indices(name) {
                        let next = line[i + name.len()..].chars().next();
                        let whole = i == 0 || !line[..i].ends_with(|c: char| c.is_alphanumeric());
                        if whole && next.is_some_and(|c| c.is_ascii_uppercase()) {
                            found.push(format!("{}:{}: {line}", p.display(), n + 1));
                        }
                    }
                }
            }
        }
    }
    let mut found = Vec::new();
    walk(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/tui"),
        &mut found,
    );
    assert!(found.is_empty(), "{}", found.join("\n"));
}

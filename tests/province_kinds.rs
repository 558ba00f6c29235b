//! Each kind of province rule, and the conflict policy, on rules written inline: the built-in
//! data with its province rules replaced by the YAML of each test, so a test pins what the
//! engine does with a kind, whatever the province data says today.

use chrono::NaiveDate;
use icp_prep::engine::{Checklist, Status, evaluate};
use icp_prep::knowledge::{Knowledge, source_url};
use icp_prep::session::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
}

/// The built-in data with only these province rules (a `province_rules:` YAML list).
fn with_rules(yaml: &str) -> Knowledge {
    let mut k = Knowledge::builtin().unwrap();
    let extra = Knowledge::from_files(&[("provinces.yaml", yaml)]).unwrap();
    k.set_province_rules(extra.all_province_rules().cloned().collect());
    k
}

/// A rule's common fields; `rest` holds the kind and its parameters.
fn rule(id: &str, applies_to: &str, rest: &str, source: &str, checked: &str) -> String {
    format!(
        "  - id: hainan-{id}\n    province: hainan\n    applies_to: {applies_to}\n{rest}    text: \"Rule {id}.\"\n    text_zh: \"规则 {id}。\"\n    source: \"{source}\"\n    last_verified: {checked}\n    confidence: dated\n"
    )
}

fn rules(list: &[String]) -> Knowledge {
    with_rules(&format!("province_rules:\n{}", list.concat()))
}

fn org() -> Session {
    let mut s =
        parse(include_str!("fixtures/full-guangdong-enterprise.yaml")).expect("fixture parses");
    let a = s.applicant.as_mut().unwrap();
    a.province = Some(ProvinceSlug::Hainan);
    s.materials.as_mut().unwrap().entity_certificate = None; // issued in Guangdong
    s
}

/// A resident ID number with this birth date and area (valid check character, GB 11643).
fn resident_id(area: &str, birth: &str) -> String {
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

/// A mainland individual with a Guangdong ID, filing in Hainan.
fn individual(birth: &str) -> Session {
    let mut s = org();
    let a = s.applicant.as_mut().unwrap();
    a.entity_type = Some(EntityType::Individual);
    a.domicile_province = None;
    a.has_residence_permit = None;
    let m = s.materials.as_mut().unwrap();
    m.admin = None;
    m.leader = Some(Person {
        residency: Some(Residency::Mainland),
        document: Some(CertificateType::ResidentId),
        number: Some(CertNumber(resident_id("440106", birth))),
        is_legal_representative: None,
        valid_until: None,
    });
    m.prepared = Some(vec![MaterialId::LeaderCertificate]);
    s
}

fn eval(s: &Session, k: &Knowledge) -> Checklist {
    evaluate(s, k, today())
}

fn status(c: &Checklist, id: &str) -> Option<Status> {
    c.get(id).map(|i| i.status)
}

const CROSS: &str = "regulations.cross-province";
const URL_A: &str = "https://example.org/a";
const URL_B: &str = "https://example.org/b";

fn cross(id: &str, outcome: &str, extra: &str, group: &str, source: &str, checked: &str) -> String {
    rule(
        id,
        "individual",
        &format!("    kind: cross_province\n    outcome: {outcome}\n{extra}{group}"),
        source,
        checked,
    )
}

#[test]
fn cross_province_outcomes() {
    let k = rules(&[cross("x", "local_id_only", "", "", URL_A, "2026-11-30")]);
    let c = eval(&individual("19950512"), &k);
    let item = c.get(CROSS).unwrap();
    assert_eq!(item.status, Status::Blocked);
    assert!(item.fix.contains("as an organisation"), "{}", item.fix);
    assert_eq!(item.source, URL_A);

    let k = rules(&[cross("x", "residence_permit", "", "", URL_A, "2026-11-30")]);
    let mut s = individual("19950512");
    s.applicant.as_mut().unwrap().has_residence_permit = Some(Answer::Yes);
    let c = eval(&s, &k);
    assert_eq!(status(&c, CROSS), Some(Status::Done));
    assert_eq!(
        status(&c, "materials.residence_permit"),
        Some(Status::Todo),
        "the permit upload is asked for"
    );
    s.materials
        .as_mut()
        .unwrap()
        .prepared
        .as_mut()
        .unwrap()
        .push(MaterialId::ResidencePermit);
    assert_eq!(
        status(&eval(&s, &k), "materials.residence_permit"),
        Some(Status::Done)
    );
    s.applicant.as_mut().unwrap().has_residence_permit = Some(Answer::No);
    let c = eval(&s, &k);
    assert_eq!(status(&c, CROSS), Some(Status::Blocked));
    assert_eq!(
        status(&c, "materials.residence_permit"),
        Some(Status::Blocked)
    );

    let extra = "    extra_proof: \"a status proof from 962222.net\"\n    extra_proof_zh: \"962222.net 状态证明\"\n";
    let k = rules(&[cross(
        "x",
        "residence_permit_plus",
        extra,
        "",
        URL_A,
        "2026-11-30",
    )]);
    s.applicant.as_mut().unwrap().has_residence_permit = Some(Answer::Yes);
    let c = eval(&s, &k);
    assert!(c.get(CROSS).unwrap().detail.contains("962222.net"));
    assert!(
        c.get("materials.residence_permit")
            .unwrap()
            .detail
            .contains("962222.net")
    );

    let k = rules(&[cross("x", "unknown", "", "", URL_A, "2026-11-30")]);
    assert_eq!(status(&eval(&s, &k), CROSS), Some(Status::Todo));

    // a local individual is not asked
    let mut local = individual("19950512");
    local.applicant.as_mut().unwrap().province = Some(ProvinceSlug::Guangdong);
    let k = rules(&[
        cross("x", "local_id_only", "", "", URL_A, "2026-11-30").replace("hainan", "guangdong")
    ]);
    assert_eq!(status(&eval(&local, &k), CROSS), None);
}

#[test]
fn conflicting_readings_are_one_todo_with_both_sources() {
    let group = "    conflict_group: hainan-cross\n";
    let k = rules(&[
        cross("a", "local_id_only", "", group, URL_A, "2026-11-30"),
        cross("b", "residence_permit", "", group, URL_B, "2025-12-31"),
    ]);
    let mut s = individual("19950512");
    s.applicant.as_mut().unwrap().has_residence_permit = Some(Answer::Yes);
    let c = eval(&s, &k);
    let item = c.get(CROSS).unwrap();
    assert_eq!(item.status, Status::Todo, "never blocked on one page");
    assert!(
        item.detail.contains(URL_A) && item.detail.contains(URL_B),
        "{}",
        item.detail
    );
    assert!(item.detail.contains("Rule a.") && item.detail.contains("Rule b."));
    assert!(item.fix.contains("Ask the"), "{}", item.fix);
    assert_eq!(
        c.items.iter().filter(|i| i.id == CROSS).count(),
        1,
        "one item"
    );
    // the permit is listed as work to prepare, never as done
    assert_eq!(status(&c, "materials.residence_permit"), Some(Status::Todo));

    // without a permit both readings block: they agree, and the newest source speaks
    s.applicant.as_mut().unwrap().has_residence_permit = Some(Answer::No);
    let c = eval(&s, &k);
    let item = c.get(CROSS).unwrap();
    assert_eq!(item.status, Status::Blocked);
    assert_eq!(item.source, URL_A);

    // an age conflict through the same mechanism: 14 vs 18 for a 16-year-old
    let group = "    conflict_group: hainan-age\n";
    let k = rules(&[
        rule(
            "age14",
            "all",
            &format!("    kind: min_age\n    years: 14\n{group}"),
            URL_A,
            "2026-11-30",
        ),
        rule(
            "age18",
            "all",
            &format!("    kind: min_age\n    years: 18\n{group}"),
            URL_B,
            "2026-11-30",
        ),
    ]);
    let c = eval(&individual("20100101"), &k);
    assert_eq!(status(&c, "regulations.min-age"), Some(Status::Todo));
    // a 20-year-old meets both readings: done, not a question
    let c = eval(&individual("20060101"), &k);
    assert_eq!(status(&c, "regulations.min-age"), Some(Status::Done));
    // a 12-year-old fails both: blocked
    let c = eval(&individual("20140101"), &k);
    assert_eq!(status(&c, "regulations.min-age"), Some(Status::Blocked));
}

fn prepare(s: &mut Session, m: MaterialId) {
    s.materials
        .as_mut()
        .unwrap()
        .prepared
        .get_or_insert_with(Vec::new)
        .push(m);
}

#[test]
fn legal_representative_with_and_without_a_letter() {
    let mut s = org();
    s.materials
        .as_mut()
        .unwrap()
        .leader
        .as_mut()
        .unwrap()
        .is_legal_representative = Some(Answer::No);
    let id = "regulations.hainan-rep";
    let k = rules(&[rule(
        "rep",
        "organisation",
        "    kind: leader_legal_representative\n",
        URL_A,
        "2026-11-30",
    )]);
    assert_eq!(status(&eval(&s, &k), id), Some(Status::Blocked));
    let k = rules(&[rule(
        "rep",
        "organisation",
        "    kind: leader_legal_representative\n    letter_allowed: true\n",
        URL_A,
        "2026-11-30",
    )]);
    let c = eval(&s, &k);
    assert_eq!(status(&c, id), Some(Status::Todo), "the letter cures it");
    assert_eq!(
        status(&c, "materials.authorization_letter"),
        Some(Status::Todo)
    );
    prepare(&mut s, MaterialId::AuthorizationLetter);
    let c = eval(&s, &k);
    assert_eq!(status(&c, id), Some(Status::Done));
    assert_eq!(
        status(&c, "materials.authorization_letter"),
        Some(Status::Done)
    );
}

#[test]
fn domain_holders_by_province() {
    let holder = "domain.example.com.holder";
    let mut s = org();
    s.domains.as_mut().unwrap()[0].holder = Some(Holder::Shareholder);
    s.domains.as_mut().unwrap()[0].holder_kind = Some(HolderKind::Person);
    let k = rules(&[rule(
        "holder",
        "organisation",
        "    kind: domain_holder\n    holders: [entity, person_in_charge]\n",
        URL_A,
        "2026-11-30",
    )]);
    let c = eval(&s, &k);
    assert_eq!(status(&c, holder), Some(Status::Blocked));
    assert!(c.get(holder).unwrap().fix.contains("Transfer"));
    s.domains.as_mut().unwrap()[0].holder = Some(Holder::PersonInCharge);
    assert_eq!(status(&eval(&s, &k), holder), Some(Status::Done));

    s.domains.as_mut().unwrap()[0].holder = Some(Holder::Shareholder);
    let k = rules(&[rule(
        "holder",
        "organisation",
        "    kind: domain_holder\n    holders: [entity]\n    certificate_cures: true\n",
        URL_A,
        "2026-11-30",
    )]);
    let c = eval(&s, &k);
    assert_eq!(status(&c, holder), Some(Status::Todo));
    assert_eq!(
        status(&c, "materials.domain_holder_certificate"),
        Some(Status::Todo)
    );
}

#[test]
fn required_materials_follow_their_filters() {
    let k = rules(&[
        rule(
            "letter",
            "all",
            "    kind: required_material\n    material: superior_authorization\n    entity_types: [government]\n",
            URL_A,
            "2026-11-30",
        ),
        rule(
            "foreign",
            "individual",
            "    kind: required_material\n    material: certificate_of_change\n    residency: [foreign]\n",
            URL_A,
            "2026-11-30",
        ),
    ]);
    let mut s = org();
    assert_eq!(
        status(&eval(&s, &k), "materials.superior_authorization"),
        None
    );
    s.applicant.as_mut().unwrap().entity_type = Some(EntityType::Government);
    let c = eval(&s, &k);
    assert_eq!(
        status(&c, "materials.superior_authorization"),
        Some(Status::Todo)
    );
    assert_eq!(
        c.get("materials.superior_authorization").unwrap().source,
        URL_A
    );
    let s = individual("19950512");
    assert_eq!(
        status(&eval(&s, &k), "materials.certificate_of_change"),
        None
    );
}

#[test]
fn refused_residencies_block_only_those_residents() {
    let k = rules(&[rule(
        "no-foreign",
        "individual",
        "    kind: residency_refused\n    residency: [foreign]\n",
        URL_A,
        "2026-11-30",
    )]);
    let mut s = individual("19950512");
    assert_eq!(status(&eval(&s, &k), "regulations.hainan-no-foreign"), None);
    let leader = s.materials.as_mut().unwrap().leader.as_mut().unwrap();
    leader.residency = Some(Residency::Foreign);
    leader.document = Some(CertificateType::Passport);
    leader.number = Some(CertNumber("E12345678".into()));
    assert_eq!(
        status(&eval(&s, &k), "regulations.hainan-no-foreign"),
        Some(Status::Blocked)
    );
}

fn domain(name: &str, website: &str) -> DomainEntry {
    let mut d = org().domains.unwrap()[0].clone();
    d.name = Some(name.into());
    d.website = Some(website.into());
    d
}

#[test]
fn filing_caps_count_websites_and_domains() {
    let mut s = org();
    s.domains = Some(vec![domain("a.com", "one"), domain("b.com", "two")]);
    let k = rules(&[rule(
        "one-site",
        "all",
        "    kind: filing_cap\n    max_websites: 1\n",
        URL_A,
        "2026-11-30",
    )]);
    let c = eval(&s, &k);
    assert_eq!(status(&c, "domain.hainan-one-site"), Some(Status::Blocked));
    assert!(
        c.get("domain.hainan-one-site")
            .unwrap()
            .fix
            .contains("Split")
    );
    s.domains = Some(vec![domain("a.com", "one"), domain("b.com", "one")]);
    let c = eval(&s, &k);
    assert_eq!(status(&c, "domain.hainan-one-site"), Some(Status::Done));
    // two domains of one website: Alibaba's unconfirmed 2019 rule asks, it does not block
    let item = c.get("domain.one-domain-per-website").unwrap();
    assert_eq!(item.status, Status::Todo);
    assert!(item.detail.contains("2019-04-22"), "{}", item.detail);
    // where the province caps domains per website, its rule decides
    let k = rules(&[rule(
        "per-site",
        "all",
        "    kind: filing_cap\n    max_domains_per_website: 1\n",
        URL_A,
        "2026-11-30",
    )]);
    let c = eval(&s, &k);
    assert_eq!(status(&c, "domain.hainan-per-site"), Some(Status::Blocked));
    assert_eq!(status(&c, "domain.one-domain-per-website"), None);
    let k = rules(&[rule(
        "max",
        "all",
        "    kind: filing_cap\n    max_domains: 2\n",
        URL_A,
        "2026-11-30",
    )]);
    assert_eq!(
        status(&eval(&s, &k), "domain.hainan-max"),
        Some(Status::Done)
    );
    s.domains.as_mut().unwrap().push(domain("c.com", "three"));
    assert_eq!(
        status(&eval(&s, &k), "domain.hainan-max"),
        Some(Status::Blocked)
    );
}

#[test]
fn construction_plan_counts_prefixes_where_the_province_does() {
    let plan = "materials.guangdong_construction_plan";
    let k = rules(&[rule(
        "plan",
        "all",
        "    kind: construction_plan\n    individual_over: 5\n    organisation_over: 31\n    count: prefixes\n",
        URL_A,
        "2026-11-30",
    )]);
    let mut s = individual("19950512");
    let one_prefix: Vec<DomainEntry> = ["com", "cn", "net", "top", "xyz", "vip"]
        .iter()
        .map(|t| domain(&format!("zhangsan.{t}"), "site"))
        .collect();
    s.domains = Some(one_prefix);
    assert_eq!(status(&eval(&s, &k), plan), None, "6 domains, 1 prefix");
    let six_prefixes: Vec<DomainEntry> = ["a", "b", "c", "d", "e", "f"]
        .iter()
        .map(|p| domain(&format!("{p}.com"), p))
        .collect();
    s.domains = Some(six_prefixes.clone());
    assert_eq!(status(&eval(&s, &k), plan), Some(Status::Todo));
    // counted by registrable domain, one prefix with six suffixes is six
    let k = rules(&[rule(
        "plan",
        "all",
        "    kind: construction_plan\n    individual_over: 5\n    organisation_over: 31\n",
        URL_A,
        "2026-11-30",
    )]);
    s.domains = Some(
        ["com", "cn", "net", "top", "xyz", "vip"]
            .iter()
            .map(|t| domain(&format!("zhangsan.{t}"), "site"))
            .collect(),
    );
    assert_eq!(status(&eval(&s, &k), plan), Some(Status::Todo));
}

#[test]
fn minors_file_with_proof_between_the_two_ages() {
    let k = rules(&[rule(
        "age",
        "all",
        "    kind: min_age\n    years: 18\n    with_proof_from: 16\n    material: authorization_letter\n",
        URL_A,
        "2026-11-30",
    )]);
    let c = eval(&individual("20091101"), &k); // 17
    assert_eq!(status(&c, "regulations.min-age"), Some(Status::Todo));
    assert_eq!(
        status(&c, "materials.authorization_letter"),
        Some(Status::Todo),
        "the proof is a material to prepare"
    );
    let c = eval(&individual("20110101"), &k); // 15
    assert_eq!(status(&c, "regulations.min-age"), Some(Status::Blocked));
    let c = eval(&individual("20000101"), &k);
    assert_eq!(status(&c, "regulations.min-age"), Some(Status::Done));
}

#[test]
fn bad_rules_are_errors_naming_the_rule_and_field() {
    let bad = |rest: &str| {
        let yaml = format!(
            "province_rules:\n{}",
            rule("x", "all", rest, URL_A, "2026-11-30")
        );
        Knowledge::from_files(&[("provinces.yaml", &yaml)])
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default()
    };
    let e = bad("    kind: filing_cap\n    max_websites: 1\n    max_domains: 2\n");
    assert!(e.contains("hainan-x") && e.contains("exactly one"), "{e}");
    assert!(e.contains("provinces.yaml") && e.contains("line"), "{e}");
    let e = bad("    kind: cross_province\n    outcome: residence_permit_plus\n");
    assert!(e.contains("extra_proof"), "{e}");
    let e = bad("    kind: note\n    holders: [entity]\n");
    assert!(e.contains("holders"), "{e}");
    let e = bad("    kind: note\n    colour: red\n");
    assert!(
        e.contains("colour") && e.contains("provinces.yaml") && e.contains("line"),
        "{e}"
    );
    // a removed kind is an unknown kind, named with its line
    let e = bad("    kind: residence_permit\n");
    assert!(e.contains("residence_permit") && e.contains("line"), "{e}");
    let e = bad("    kind: required_material\n    material: no_such_material\n");
    assert!(e.contains("no_such_material"), "{e}");
}

#[test]
fn the_self_check_wants_one_cross_province_outcome_per_province() {
    let k = rules(&[
        cross("a", "local_id_only", "", "", URL_A, "2026-11-30"),
        cross("b", "unknown", "", "", URL_A, "2026-11-30"),
    ]);
    let problems = k.self_check();
    assert!(
        problems
            .iter()
            .any(|p| p.contains("province hainan has 2 cross_province")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("province beijing has no cross_province"))
    );
    let group = "    conflict_group: hainan-cross\n";
    let k = rules(&[
        cross("a", "local_id_only", "", group, URL_A, "2026-11-30"),
        rule(
            "b",
            "individual",
            &format!("    kind: min_age\n    years: 18\n{group}"),
            URL_A,
            "2026-11-30",
        ),
    ]);
    let problems = k.self_check();
    assert!(
        problems.iter().any(|p| p.contains("differ in kind")),
        "{problems:?}"
    );
    assert!(
        !problems.iter().any(|p| p.contains("province hainan has")),
        "{problems:?}"
    );
}

#[test]
fn an_organisation_filing_with_a_personal_id_is_blocked() {
    // S26: the certificate of the organisation must be an organisation's certificate.
    let k = Knowledge::builtin().unwrap();
    let mut s = org();
    s.materials.as_mut().unwrap().entity_certificate = Some(EntityCertificate {
        kind: Some(CertificateType::ResidentId),
        number: Some(CertNumber(resident_id("440106", "19950512"))),
        valid_until: None,
    });
    let c = eval(&s, &k);
    let item = c.get("materials.entity_certificate").unwrap();
    assert_eq!(item.status, Status::Blocked, "{}", item.detail);
    s.materials.as_mut().unwrap().entity_certificate = Some(EntityCertificate {
        kind: Some(CertificateType::BusinessLicense),
        number: Some(CertNumber("91440300MA5D0B1C2R".into())),
        valid_until: None,
    });
    assert_ne!(
        status(&eval(&s, &k), "materials.entity_certificate"),
        Some(Status::Blocked)
    );
}

#[test]
fn ipv6_translation_and_ens_need_a_mainland_region() {
    // S18, S19
    let k = Knowledge::builtin().unwrap();
    for product in [ProductId::Ipv6Translation, ProductId::Ens] {
        let p = k.product(product).unwrap();
        assert!(p.requires_mainland, "{product}");
        let mut s = org();
        let i = s.instance.as_mut().unwrap();
        i.product = Some(product);
        i.subscription_months = Some(p.min_months);
        i.region_mainland = Some(Answer::No);
        assert_eq!(
            status(&eval(&s, &k), "instance.region"),
            Some(Status::Blocked),
            "{product}"
        );
        s.instance.as_mut().unwrap().region_mainland = Some(Answer::Yes);
        assert_eq!(
            status(&eval(&s, &k), "instance.region"),
            Some(Status::Done),
            "{product}"
        );
    }
}

#[test]
fn every_item_source_is_a_web_address() {
    let k = Knowledge::builtin().unwrap();
    for p in ProvinceSlug::ALL {
        for s in [org(), individual("19950512")] {
            let mut s = s;
            s.applicant.as_mut().unwrap().province = Some(*p);
            for item in eval(&s, &k).items {
                assert!(
                    item.source.starts_with("https://") || item.source.starts_with("http://"),
                    "{}: {}",
                    item.id,
                    item.source
                );
            }
        }
    }
    assert_eq!(source_url(URL_A), URL_A);
}

#[test]
fn a_contested_document_rule_is_a_question_not_a_block() {
    let group = "    conflict_group: hainan-hk\n";
    let only = rule(
        "hk-only",
        "individual",
        &format!("    kind: hk_macao_residence_permit_only\n{group}"),
        URL_A,
        "2026-11-30",
    );
    let both = rule(
        "hk-both",
        "individual",
        &format!(
            "    kind: hk_macao_residence_permit_only\n    travel_permit_accepted: true\n{group}"
        ),
        URL_B,
        "2026-11-30",
    );
    let mut s = individual("19950512");
    let leader = s.materials.as_mut().unwrap().leader.as_mut().unwrap();
    leader.residency = Some(Residency::HongKong);
    leader.document = Some(CertificateType::HkMacaoTravelPermit);
    leader.number = Some(CertNumber("H12345678".into()));
    let c = eval(&s, &rules(std::slice::from_ref(&only)));
    assert_eq!(
        status(&c, "materials.leader_certificate"),
        Some(Status::Blocked)
    );
    let c = eval(&s, &rules(&[only, both]));
    let item = c.get("materials.leader_certificate").unwrap();
    assert_eq!(item.status, Status::Todo, "{}", item.detail);
    assert!(item.detail.contains(URL_A) && item.detail.contains(URL_B));
}

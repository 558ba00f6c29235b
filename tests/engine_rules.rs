//! Every rule family at its boundaries. Each test starts from a ready applicant (the DESIGN.md
//! example, a Guangdong enterprise) and changes one thing, so a failure points at one rule.
//! Seed statements (S01–S43) are named where a test covers one.

use chrono::NaiveDate;
use icp_prep::engine::{Checklist, Status, evaluate};
use icp_prep::knowledge::Knowledge;
use icp_prep::session::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn k() -> &'static Knowledge {
    static K: std::sync::OnceLock<Knowledge> = std::sync::OnceLock::new();
    K.get_or_init(|| Knowledge::builtin().unwrap())
}

/// The built-in data without province rules: the general rules alone, for tests of what the
/// engine does where no province says more.
fn general() -> &'static Knowledge {
    static K: std::sync::OnceLock<Knowledge> = std::sync::OnceLock::new();
    K.get_or_init(|| {
        let mut k = Knowledge::builtin().unwrap();
        k.set_province_rules(Vec::new());
        k
    })
}

fn eval_general(s: &Session) -> Checklist {
    evaluate(s, general(), today())
}

fn ready() -> Session {
    parse(include_str!("fixtures/full-guangdong-enterprise.yaml")).unwrap()
}

fn eval(s: &Session) -> Checklist {
    evaluate(s, k(), today())
}

fn status(c: &Checklist, id: &str) -> Option<Status> {
    c.get(id).map(|i| i.status)
}

fn inst(s: &mut Session) -> &mut Instance {
    s.instance.as_mut().unwrap()
}

fn mats(s: &mut Session) -> &mut Materials {
    s.materials.as_mut().unwrap()
}

fn app(s: &mut Session) -> &mut Applicant {
    s.applicant.as_mut().unwrap()
}

fn dom(s: &mut Session) -> &mut DomainEntry {
    &mut s.domains.as_mut().unwrap()[0]
}

const D: &str = "domain.example.com";

#[test]
fn the_base_applicant_is_ready() {
    let c = eval(&ready());
    assert!(
        c.ready(),
        "{:#?}",
        c.items
            .iter()
            .filter(|i| matches!(i.status, Status::Todo | Status::Blocked))
            .collect::<Vec<_>>()
    );
}

#[test]
fn items_are_unique_and_in_section_order() {
    for s in [
        ready(),
        Session {
            version: 1,
            ..Default::default()
        },
    ] {
        let c = eval(&s);
        let mut seen = std::collections::HashSet::new();
        for i in &c.items {
            assert!(seen.insert(i.id.clone()), "duplicate id {}", i.id);
            // DESIGN.md §2: `filing.*` items are in regulations, `website.*` in domain.
            let own = match i.id.split('.').next() {
                Some("filing") => "regulations",
                Some("website") => "domain",
                _ => i.section.id(),
            };
            assert!(
                i.id.starts_with(i.section.id()) || own == i.section.id(),
                "{} not in {:?}",
                i.id,
                i.section
            );
        }
        let order: Vec<usize> = c.items.iter().map(|i| i.section as usize).collect();
        assert!(
            order.windows(2).all(|w| w[0] <= w[1]),
            "items out of section order"
        );
    }
}

// ── instance (S10–S21) ──────────────────────────────────────────────────────────────────────

/// A session on `product` with every instance answer that product needs, met exactly.
fn on(product: ProductId) -> Session {
    let mut s = ready();
    let p = k().product(product).unwrap().clone();
    *inst(&mut s) = Instance {
        product: Some(product),
        region_mainland: Some(Answer::Yes),
        billing: Some(Billing::Subscription),
        subscription_months: Some(p.min_months),
        expires_on: Some(icp_prep::validate::dates::add_months(today(), p.min_months)),
        public_bandwidth: Some(Answer::Yes),
        service_numbers_used: Some(0),
        order_amount_rmb: p.min_order_rmb,
    };
    s
}

#[test]
fn calendar_months_follow_the_issue_example() {
    // S11/S20: a subscription ending 2027-02-28 seen on 2026-11-28 has 3 months left;
    // one ending 2027-02-27 does not.
    let mut s = on(ProductId::Ecs);
    inst(&mut s).expires_on = Some(date("2027-02-28"));
    assert_eq!(
        status(&eval(&s), "instance.remaining-term"),
        Some(Status::Done)
    );
    inst(&mut s).expires_on = Some(date("2027-02-27"));
    let c = eval(&s);
    assert_eq!(status(&c, "instance.remaining-term"), Some(Status::Blocked));
    assert!(
        c.get("instance.remaining-term")
            .unwrap()
            .detail
            .contains("2027-02-27")
    );
    assert!(
        c.get("instance.remaining-term")
            .unwrap()
            .fix
            .contains("Renew"),
        "S20: renew first"
    );
}

#[test]
fn remaining_term_products_at_the_boundary() {
    // S11 (ECS, 3 months) and S15 (Elastic Web Hosting, 6 months) are judged on the term left.
    for (product, min) in [(ProductId::Ecs, 3), (ProductId::ElasticWebHosting, 6)] {
        let mut s = on(product);
        let exact = icp_prep::validate::dates::add_months(today(), min);
        inst(&mut s).expires_on = Some(exact);
        inst(&mut s).subscription_months = Some(1); // not what these products are judged on
        assert_eq!(
            status(&eval(&s), "instance.remaining-term"),
            Some(Status::Done),
            "{product} exact"
        );
        assert_eq!(
            status(&eval(&s), "instance.term"),
            None,
            "{product} is not judged on the term bought"
        );
        inst(&mut s).expires_on = exact.pred_opt();
        assert_eq!(
            status(&eval(&s), "instance.remaining-term"),
            Some(Status::Blocked),
            "{product} one day short"
        );
        inst(&mut s).expires_on = Some(date("2026-11-27"));
        assert_eq!(
            status(&eval(&s), "instance.remaining-term"),
            Some(Status::Blocked),
            "{product} already expired"
        );
    }
}

#[test]
fn bought_term_products_at_the_boundary() {
    // S13 Web Hosting 3, S14 Simple Application Server 3, S17 NAT 1, S18 IPv6 1, S19 ENS 3.
    for (product, min) in [
        (ProductId::WebHosting, 3),
        (ProductId::SimpleApplicationServer, 3),
        (ProductId::NatGateway, 1),
        (ProductId::Ipv6Translation, 1),
        (ProductId::Ens, 3),
    ] {
        let mut s = on(product);
        assert_eq!(
            status(&eval(&s), "instance.term"),
            Some(Status::Done),
            "{product} exact"
        );
        inst(&mut s).subscription_months = Some(min - 1);
        assert_eq!(
            status(&eval(&s), "instance.term"),
            Some(Status::Blocked),
            "{product} one month short"
        );
        // A remaining term under the minimum is only advice for these products…
        inst(&mut s).subscription_months = Some(min);
        inst(&mut s).expires_on = Some(date("2026-12-01"));
        let c = eval(&s);
        assert_eq!(
            status(&c, "instance.expiry"),
            Some(Status::Info),
            "{product} short remainder"
        );
        assert!(c.ready(), "{product}: a short remainder does not block");
        // …but an end date already past blocks.
        inst(&mut s).expires_on = Some(date("2026-11-27"));
        assert_eq!(
            status(&eval(&s), "instance.expiry"),
            Some(Status::Blocked),
            "{product} expired"
        );
    }
}

#[test]
fn marketplace_first_order_and_amount() {
    // S16: first order ≥ 12 months and ≥ RMB 99.
    let mut s = on(ProductId::Marketplace);
    let c = eval(&s);
    assert_eq!(status(&c, "instance.term"), Some(Status::Done));
    assert_eq!(status(&c, "instance.order-amount"), Some(Status::Done));
    assert_eq!(
        status(&c, "instance.region"),
        None,
        "Marketplace has no region condition"
    );
    inst(&mut s).subscription_months = Some(11);
    assert_eq!(status(&eval(&s), "instance.term"), Some(Status::Blocked));
    inst(&mut s).subscription_months = Some(12);
    inst(&mut s).order_amount_rmb = Some(98.99);
    let c = eval(&s);
    assert_eq!(status(&c, "instance.order-amount"), Some(Status::Blocked));
    assert!(
        c.get("instance.order-amount")
            .unwrap()
            .detail
            .contains("98.99")
    );
}

#[test]
fn quota_per_product_at_the_boundary() {
    // S11–S19 quotas; S21: renewal does not raise it, buy a new instance.
    for p in k().products.clone() {
        let mut s = on(p.id);
        inst(&mut s).service_numbers_used = Some(p.quota - 1);
        assert_eq!(
            status(&eval(&s), "instance.quota"),
            Some(Status::Done),
            "{} one left",
            p.id
        );
        inst(&mut s).service_numbers_used = Some(p.quota);
        let c = eval(&s);
        assert_eq!(
            status(&c, "instance.quota"),
            Some(Status::Blocked),
            "{} none left",
            p.id
        );
        let item = c.get("instance.quota").unwrap();
        assert!(
            item.fix.contains("new instance") && item.fix.contains("renewing does not raise"),
            "S21: {}",
            item.fix
        );
    }
    let s = on(ProductId::ElasticWebHosting);
    assert!(
        eval(&s)
            .get("instance.quota")
            .unwrap()
            .detail
            .contains("per Alibaba Cloud account"),
        "S15 per account"
    );
}

#[test]
fn websites_share_a_service_number_by_label() {
    let mut s = on(ProductId::NatGateway); // quota 2
    let mut second = dom(&mut s).clone();
    second.name = Some("example.cn".into());
    let mut third = second.clone();
    third.name = Some("example.net".into());
    third.website = None;
    s.domains.as_mut().unwrap().extend([second, third]);
    // "shop" (example.com + example.cn) and example.net: two websites, quota 2.
    assert_eq!(status(&eval(&s), "instance.quota"), Some(Status::Done));
    inst(&mut s).service_numbers_used = Some(1);
    assert_eq!(status(&eval(&s), "instance.quota"), Some(Status::Blocked));
}

#[test]
fn pay_as_you_go_is_blocked_and_ignores_the_term() {
    // S12
    let mut s = on(ProductId::Ecs);
    inst(&mut s).billing = Some(Billing::PayAsYouGo);
    inst(&mut s).expires_on = None;
    let c = eval(&s);
    assert_eq!(status(&c, "instance.billing"), Some(Status::Blocked));
    assert_eq!(status(&c, "instance.remaining-term"), None);
}

#[test]
fn instance_outside_the_mainland_or_without_bandwidth_is_blocked() {
    // S10, S11
    let mut s = on(ProductId::Ecs);
    inst(&mut s).region_mainland = Some(Answer::No);
    assert_eq!(status(&eval(&s), "instance.region"), Some(Status::Blocked));
    inst(&mut s).region_mainland = Some(Answer::Unsure);
    assert_eq!(status(&eval(&s), "instance.region"), Some(Status::Todo));
    inst(&mut s).region_mainland = Some(Answer::Yes);
    inst(&mut s).public_bandwidth = Some(Answer::No);
    assert_eq!(
        status(&eval(&s), "instance.public-bandwidth"),
        Some(Status::Blocked)
    );
    let s = on(ProductId::WebHosting);
    assert_eq!(
        status(&eval(&s), "instance.public-bandwidth"),
        None,
        "only ECS needs bandwidth"
    );
}

#[test]
fn missing_instance_answers_are_todo() {
    let mut s = ready();
    s.instance = None;
    assert_eq!(status(&eval(&s), "instance.product"), Some(Status::Todo));
    let mut s = on(ProductId::Ecs);
    inst(&mut s).service_numbers_used = None;
    inst(&mut s).public_bandwidth = None;
    let c = eval(&s);
    assert_eq!(status(&c, "instance.quota"), Some(Status::Todo));
    assert_eq!(status(&c, "instance.public-bandwidth"), Some(Status::Todo));
}

// ── domain (S02–S09) ────────────────────────────────────────────────────────────────────────

#[test]
fn no_domain_is_todo_and_an_empty_list_is_blocked() {
    // S02
    let mut s = ready();
    s.domains = None;
    assert_eq!(status(&eval(&s), "domain.domains"), Some(Status::Todo));
    s.domains = Some(vec![]);
    assert_eq!(status(&eval(&s), "domain.domains"), Some(Status::Blocked));
}

#[test]
fn registrars() {
    // S03 international site, S06 unapproved registrar
    let mut s = ready();
    for (r, want) in [
        (Registrar::AliyunChina, Status::Done),
        (Registrar::OtherApproved, Status::Done),
        (Registrar::AliyunInternational, Status::Blocked),
        (Registrar::OtherUnapproved, Status::Blocked),
        (Registrar::Unknown, Status::Todo),
    ] {
        dom(&mut s).registrar = Some(r);
        assert_eq!(
            status(&eval(&s), &format!("{D}.registrar")),
            Some(want),
            "{r}"
        );
    }
    dom(&mut s).registrar = Some(Registrar::AliyunInternational);
    assert!(
        eval(&s)
            .get(&format!("{D}.registrar"))
            .unwrap()
            .fix
            .contains("aliyun.com")
    );
}

#[test]
fn suffixes() {
    // S04: whitelist; unknown suffixes are info; restricted ones by entity type.
    let cases = [
        (
            "example.io",
            EntityType::Enterprise,
            Status::Blocked,
            "domain.example.io.suffix",
        ),
        (
            "example.org",
            EntityType::Enterprise,
            Status::Blocked,
            "domain.example.org.suffix",
        ),
        (
            "example.me",
            EntityType::Enterprise,
            Status::Info,
            "domain.example.me.suffix",
        ),
        (
            "example.zzz-not-a-tld",
            EntityType::Enterprise,
            Status::Blocked,
            "domain.example.zzz-not-a-tld.suffix",
        ),
        (
            "example.gov.cn",
            EntityType::Enterprise,
            Status::Blocked,
            "domain.example.gov.cn.suffix",
        ),
        (
            "example.gov.cn",
            EntityType::Government,
            Status::Done,
            "domain.example.gov.cn.suffix",
        ),
        (
            "例子.公益",
            EntityType::PublicInstitution,
            Status::Done,
            "domain.xn--fsqu00a.xn--55qw42g.suffix",
        ),
        (
            "例子.公益",
            EntityType::Enterprise,
            Status::Blocked,
            "domain.xn--fsqu00a.xn--55qw42g.suffix",
        ),
        (
            "例子.中国",
            EntityType::Individual,
            Status::Done,
            "domain.xn--fsqu00a.xn--fiqs8s.suffix",
        ),
        (
            "example.com.cn",
            EntityType::Enterprise,
            Status::Done,
            "domain.example.com.cn.suffix",
        ),
    ];
    for (name, entity, want, id) in cases {
        let mut s = ready();
        app(&mut s).entity_type = Some(entity);
        dom(&mut s).name = Some(name.into());
        let c = eval(&s);
        assert_eq!(
            status(&c, id),
            Some(want),
            "{name} as {entity}: {:?}",
            c.get(id)
        );
    }
}

#[test]
fn domain_is_filed_by_its_registrable_name() {
    let mut s = ready();
    dom(&mut s).name = Some("https://WWW.Example.COM/path".into());
    let c = eval(&s);
    let item = c.get(&format!("{D}.name")).unwrap();
    assert_eq!(item.status, Status::Done);
    assert!(item.detail.contains("example.com"), "{}", item.detail);
    let mut s = ready();
    let again = dom(&mut s).clone();
    let mut www = again.clone();
    www.name = Some("www.example.com".into());
    s.domains.as_mut().unwrap().push(www);
    assert_eq!(
        status(&eval(&s), &format!("{D}.duplicate")),
        Some(Status::Todo)
    );
}

#[test]
fn domain_expiry() {
    // S05: expired blocks; under 3 months is info except where a province says more.
    let mut s = ready();
    dom(&mut s).expires_on = Some(date("2026-11-27"));
    assert_eq!(
        status(&eval(&s), &format!("{D}.expiry")),
        Some(Status::Blocked)
    );
    dom(&mut s).expires_on = Some(date("2027-02-27"));
    assert_eq!(
        status(&eval_general(&s), &format!("{D}.expiry")),
        Some(Status::Info),
        "no province rule: advice only"
    );
    dom(&mut s).expires_on = Some(date("2027-02-28"));
    assert_eq!(
        status(&eval(&s), &format!("{D}.expiry")),
        Some(Status::Done)
    );
    // Fujian requires at least 3 months (current Alibaba page): 2 months blocks there.
    app(&mut s).province = Some(ProvinceSlug::Fujian);
    dom(&mut s).expires_on = Some(date("2027-02-27"));
    assert_eq!(
        status(&eval(&s), &format!("{D}.expiry")),
        Some(Status::Blocked)
    );
    // Every province's 2019 Alibaba page states "more than 3 months" (A19-xx, dated).
    for p in ProvinceSlug::ALL {
        app(&mut s).province = Some(*p);
        mats(&mut s).entity_certificate = None;
        let c = eval(&s);
        let item = c.get(&format!("{D}.expiry")).unwrap();
        assert_eq!(item.status, Status::Blocked, "{p}");
        assert!(
            item.rule
                .as_deref()
                .is_some_and(|r| r.starts_with(&p.as_str().replace('_', "-")))
        );
    }
}

#[test]
fn holders() {
    // S07: individuals must own the domain; organisations may use shareholders etc. where no
    // province narrows the holders (Guangdong does: entity or legal representative).
    let mut s = ready();
    dom(&mut s).holder = Some(Holder::Shareholder);
    dom(&mut s).holder_kind = Some(HolderKind::Person);
    assert_eq!(
        status(&eval_general(&s), &format!("{D}.holder")),
        Some(Status::Done)
    );
    assert_eq!(
        status(&eval(&s), &format!("{D}.holder")),
        Some(Status::Blocked),
        "Guangdong names its holders"
    );
    dom(&mut s).holder_kind = None;
    assert_eq!(
        status(&eval_general(&s), &format!("{D}.holder")),
        Some(Status::Todo),
        "holder_kind needed"
    );
    dom(&mut s).holder = Some(Holder::Other);
    assert_eq!(
        status(&eval(&s), &format!("{D}.holder")),
        Some(Status::Blocked)
    );
    app(&mut s).entity_type = Some(EntityType::Individual);
    dom(&mut s).holder = Some(Holder::Shareholder);
    assert_eq!(
        status(&eval(&s), &format!("{D}.holder")),
        Some(Status::Blocked)
    );
}

#[test]
fn real_name_and_match() {
    // S08, S09, and the unsure answer
    let mut s = ready();
    dom(&mut s).real_name_verified = Some(Answer::No);
    assert_eq!(
        status(&eval(&s), &format!("{D}.real-name")),
        Some(Status::Todo)
    );
    dom(&mut s).real_name_verified = Some(Answer::Yes);
    dom(&mut s).holder_matches = Some(Answer::No);
    assert_eq!(
        status(&eval(&s), &format!("{D}.holder-match")),
        Some(Status::Blocked)
    );
    dom(&mut s).holder_matches = Some(Answer::Unsure);
    let c = eval(&s);
    assert_eq!(status(&c, &format!("{D}.holder-match")), Some(Status::Todo));
    assert!(
        !c.get(&format!("{D}.holder-match")).unwrap().fix.is_empty(),
        "unsure says how to find out"
    );
}

#[test]
fn real_name_data_needs_three_working_days() {
    let mut s = ready();
    // Verified Wednesday 2026-11-25: three working days later is Monday 2026-11-30.
    dom(&mut s).real_name_verified_on = Some(date("2026-11-25"));
    let c = eval(&s);
    let item = c.get(&format!("{D}.real-name-delay")).unwrap();
    assert_eq!(item.status, Status::Todo);
    assert!(item.fix.contains("2026-11-30"), "{}", item.fix);
    dom(&mut s).real_name_verified_on = Some(date("2026-11-20"));
    assert_eq!(status(&eval(&s), &format!("{D}.real-name-delay")), None);
}

// ── account (S42) ───────────────────────────────────────────────────────────────────────────

#[test]
fn account_rules() {
    let mut s = ready();
    s.account.as_mut().unwrap().has_account = Some(Answer::No);
    assert_eq!(
        status(&eval(&s), "account.exists"),
        Some(Status::Todo),
        "S42"
    );
    s.account.as_mut().unwrap().has_account = Some(Answer::Yes);
    s.account.as_mut().unwrap().site = Some(AccountSite::International);
    assert_eq!(status(&eval(&s), "account.site"), Some(Status::Blocked));
    s.account.as_mut().unwrap().site = Some(AccountSite::China);
    s.account.as_mut().unwrap().holds_other_entity = Some(Answer::Yes);
    assert_eq!(
        status(&eval(&s), "account.one-entity"),
        Some(Status::Blocked)
    );
    s.account.as_mut().unwrap().holds_other_entity = Some(Answer::Unsure);
    assert_eq!(status(&eval(&s), "account.one-entity"), Some(Status::Todo));
}

// ── regulations (S01) ───────────────────────────────────────────────────────────────────────

#[test]
fn regulations_reviewed_and_province_rules() {
    let mut s = ready();
    app(&mut s).regulations_reviewed = Some(Answer::No);
    assert_eq!(
        status(&eval(&s), "regulations.reviewed"),
        Some(Status::Todo),
        "S01"
    );
    // Notes and rules from old sources are ONE info item per province, listing each rule with
    // its own source, and sending the applicant to the bureau.
    for p in ProvinceSlug::ALL {
        let mut s = ready();
        app(&mut s).province = Some(*p);
        let c = eval(&s);
        let infos: Vec<_> = k()
            .province_rules(*p)
            .filter(|r| r.applies_to != icp_prep::knowledge::AppliesTo::Individual)
            .filter(|r| r.entity_types.is_none() && r.residency.is_none())
            .filter(|r| {
                r.kind == icp_prep::knowledge::ProvinceRuleKind::Note
                    || !r.provenance.confidence.may_block()
            })
            .collect();
        let id = "regulations.province-notes";
        let Some(item) = c.get(id) else {
            assert!(infos.is_empty(), "{p}: notes item missing");
            continue;
        };
        assert_eq!(item.status, Status::Info);
        assert!(item.fix.contains("provincial bureau"), "{}", item.fix);
        for r in infos {
            assert!(item.detail.contains(&r.text), "{p}: {} not listed", r.id);
            assert!(
                item.detail
                    .contains(&icp_prep::knowledge::source_url(&r.provenance.source))
            );
            assert!(
                c.get(&format!("regulations.{}", r.id)).is_none(),
                "{}",
                r.id
            );
        }
    }
}

#[test]
fn legal_representative_rule_blocks_only_where_enforced() {
    use icp_prep::knowledge::ProvinceRuleKind as K;
    // Over every province, as the data stands: an enforceable rule blocks (or, where a letter
    // cures it, asks for the letter); an old-source rule never decides.
    for p in ProvinceSlug::ALL {
        let mut s = ready();
        app(&mut s).province = Some(*p);
        mats(&mut s).entity_certificate = None; // the base USCC was issued in Guangdong
        mats(&mut s)
            .leader
            .as_mut()
            .unwrap()
            .is_legal_representative = Some(Answer::No);
        let c = eval(&s);
        let rules: Vec<_> = k()
            .province_rules(*p)
            .filter(|r| matches!(r.kind, K::LeaderLegalRepresentative { .. }))
            .filter(|r| r.applies_to != icp_prep::knowledge::AppliesTo::Individual)
            .filter(|r| {
                r.entity_types
                    .as_ref()
                    .is_none_or(|t| t.contains(&EntityType::Enterprise))
            })
            .collect();
        for r in &rules {
            let id = format!("regulations.{}", r.conflict_group.as_ref().unwrap_or(&r.id));
            let expected = if !r.provenance.confidence.may_block() {
                None // an old source only informs, in the province's notes
            } else if r.conflict_group.is_some() {
                continue; // decided with its other readings (tests/province_kinds.rs)
            } else if matches!(
                r.kind,
                K::LeaderLegalRepresentative {
                    letter_allowed: true
                }
            ) {
                Some(Status::Todo)
            } else {
                Some(Status::Blocked)
            };
            assert_eq!(status(&c, &id), expected, "{p}: {}", r.id);
        }
        if rules.iter().all(|r| !r.provenance.confidence.may_block()) {
            assert!(
                !c.items
                    .iter()
                    .any(|i| i.title == "Person in charge is the legal representative"),
                "{p}"
            );
        }
    }
}

// ── materials (S22–S41) ─────────────────────────────────────────────────────────────────────

fn individual(province: ProvinceSlug) -> Session {
    let mut s = ready();
    let a = app(&mut s);
    a.province = Some(province);
    a.entity_type = Some(EntityType::Individual);
    a.name = Some("张三".into());
    let m = mats(&mut s);
    m.entity_certificate = None;
    m.admin = None;
    // A Guangdong resident ID (synthetic, valid check character).
    m.leader = Some(Person {
        residency: Some(Residency::Mainland),
        document: Some(CertificateType::ResidentId),
        number: Some(CertNumber("44010619950512345X".into())),
        is_legal_representative: None,
        valid_until: None,
    });
    m.prepared = Some(vec![MaterialId::LeaderCertificate]);
    s
}

#[test]
fn individual_uploads_one_certificate() {
    // S23: the three basic certificates are one document, uploaded once.
    let c = eval(&individual(ProvinceSlug::Guangdong));
    for id in [
        "materials.entity_certificate",
        "materials.leader_certificate",
        "materials.admin_certificate",
    ] {
        assert_eq!(status(&c, id), Some(Status::Done), "{id}");
    }
}

#[test]
fn face_photos_by_entity_kind() {
    // S30 individuals, S31 organisations: "some provinces" → info, never both.
    let c = eval(&individual(ProvinceSlug::Guangdong));
    assert_eq!(
        status(&c, "materials.face_photo_with_id"),
        Some(Status::Info)
    );
    assert_eq!(
        status(&c, "materials.face_photo_with_org_certificate"),
        None
    );
    let c = eval(&ready());
    assert_eq!(
        status(&c, "materials.face_photo_with_org_certificate"),
        Some(Status::Info)
    );
    assert_eq!(status(&c, "materials.face_photo_with_id"), None);
    let mut s = ready();
    mats(&mut s)
        .prepared
        .as_mut()
        .unwrap()
        .push(MaterialId::FacePhotoWithOrgCertificate);
    assert_eq!(
        status(&eval(&s), "materials.face_photo_with_org_certificate"),
        Some(Status::Done)
    );
}

#[test]
fn authorization_letter_where_the_province_requires_it() {
    // S32: in Fujian (current Alibaba page) a non-legal-representative admin needs the letter.
    let mut s = ready();
    app(&mut s).province = Some(ProvinceSlug::Fujian);
    assert_eq!(
        status(&eval(&s), "materials.authorization_letter"),
        Some(Status::Todo)
    );
    mats(&mut s).admin.as_mut().unwrap().is_legal_representative = Some(Answer::Yes);
    assert_eq!(
        status(&eval(&s), "materials.authorization_letter"),
        None,
        "everyone is the legal representative"
    );
    // Elsewhere it is a "some provinces" hint.
    let c = eval(&ready());
    assert_eq!(
        status(&c, "materials.authorization_letter"),
        Some(Status::Info)
    );
}

#[test]
fn beijing_domain_confirmation() {
    // S33
    let mut s = ready();
    mats(&mut s).all_domains_in_statement = Some(Answer::No);
    assert_eq!(
        status(&eval(&s), "materials.beijing_domain_confirmation"),
        None,
        "not in Guangdong"
    );
    app(&mut s).province = Some(ProvinceSlug::Beijing);
    assert_eq!(
        status(&eval(&s), "materials.beijing_domain_confirmation"),
        Some(Status::Todo)
    );
    mats(&mut s).all_domains_in_statement = Some(Answer::Yes);
    assert_eq!(
        status(&eval(&s), "materials.beijing_domain_confirmation"),
        None
    );
    mats(&mut s).all_domains_in_statement = None;
    assert_eq!(
        status(&eval(&s), "materials.beijing_domain_confirmation"),
        Some(Status::Todo),
        "question unanswered"
    );
}

#[test]
fn domain_holder_certificate() {
    // S34: a domain held by a person, in a province that wants the organisation's name.
    let mut s = ready();
    dom(&mut s).holder = Some(Holder::SeniorExecutive);
    dom(&mut s).holder_kind = Some(HolderKind::Person);
    assert_eq!(
        status(&eval_general(&s), "materials.domain_holder_certificate"),
        Some(Status::Info),
        "no province rule: some provinces"
    );
    // provinces that name the holders decide in the domain section (tests/province_kinds.rs)
    dom(&mut s).holder_kind = Some(HolderKind::Organisation);
    assert_eq!(
        status(&eval(&s), "materials.domain_holder_certificate"),
        None,
        "held by an organisation: no person's certificate"
    );
}

#[test]
fn guangdong_finance_commitment() {
    // S35
    let mut s = ready();
    mats(&mut s).finance_content = Some(Answer::Yes);
    assert_eq!(
        status(&eval(&s), "materials.guangdong_finance_commitment"),
        Some(Status::Todo)
    );
    mats(&mut s)
        .prepared
        .as_mut()
        .unwrap()
        .push(MaterialId::GuangdongFinanceCommitment);
    assert_eq!(
        status(&eval(&s), "materials.guangdong_finance_commitment"),
        Some(Status::Done)
    );
    mats(&mut s).finance_content = None;
    assert_eq!(
        status(&eval(&s), "materials.guangdong_finance_commitment"),
        Some(Status::Todo),
        "asked in Guangdong"
    );
    mats(&mut s).finance_content = Some(Answer::No);
    assert_eq!(
        status(&eval(&s), "materials.guangdong_finance_commitment"),
        None
    );
    mats(&mut s).finance_content = Some(Answer::Yes);
    app(&mut s).province = Some(ProvinceSlug::Fujian);
    assert_eq!(
        status(&eval(&s), "materials.guangdong_finance_commitment"),
        None,
        "not outside Guangdong"
    );
}

fn with_domains(mut s: Session, n: usize) -> Session {
    let template = dom(&mut s).clone();
    s.domains = Some(
        (0..n)
            .map(|i| {
                let mut d = template.clone();
                d.name = Some(format!("site{i}.com"));
                d.website = Some("one".into());
                d
            })
            .collect(),
    );
    s
}

#[test]
fn guangdong_construction_plan_thresholds() {
    // S36: more than 5 registrable domains for individuals, more than 31 for organisations.
    let c = eval(&with_domains(individual(ProvinceSlug::Guangdong), 5));
    assert_eq!(status(&c, "materials.guangdong_construction_plan"), None);
    let c = eval(&with_domains(individual(ProvinceSlug::Guangdong), 6));
    assert_eq!(
        status(&c, "materials.guangdong_construction_plan"),
        Some(Status::Todo)
    );
    let c = eval(&with_domains(ready(), 31));
    assert_eq!(status(&c, "materials.guangdong_construction_plan"), None);
    let c = eval(&with_domains(ready(), 32));
    assert_eq!(
        status(&c, "materials.guangdong_construction_plan"),
        Some(Status::Todo)
    );
    let c = eval(&with_domains(individual(ProvinceSlug::Fujian), 6));
    assert_eq!(
        status(&c, "materials.guangdong_construction_plan"),
        None,
        "not outside Guangdong"
    );
}

#[test]
fn domain_certificate() {
    // S37: required where a current province rule says so, a hint elsewhere.
    let c = eval(&with_domains(individual(ProvinceSlug::Guangdong), 6));
    assert_eq!(
        status(&c, "materials.domain_certificate"),
        Some(Status::Todo)
    );
    let c = eval(&with_domains(individual(ProvinceSlug::Guangdong), 5));
    assert_eq!(
        status(&c, "materials.domain_certificate"),
        Some(Status::Info)
    );
}

#[test]
fn residence_permit_for_cross_province_individuals() {
    // S38: Fujian, Guangdong ID → residence permit needed.
    let mut s = individual(ProvinceSlug::Fujian);
    app(&mut s).has_residence_permit = Some(Answer::Yes);
    let c = eval(&s);
    assert_eq!(status(&c, "regulations.cross-province"), Some(Status::Done));
    assert_eq!(
        status(&c, "materials.residence_permit"),
        Some(Status::Todo),
        "prepare it"
    );
    mats(&mut s)
        .prepared
        .as_mut()
        .unwrap()
        .push(MaterialId::ResidencePermit);
    assert_eq!(
        status(&eval(&s), "materials.residence_permit"),
        Some(Status::Done)
    );
    app(&mut s).has_residence_permit = Some(Answer::No);
    let c = eval(&s);
    assert_eq!(
        status(&c, "regulations.cross-province"),
        Some(Status::Blocked)
    );
    assert_eq!(
        status(&c, "materials.residence_permit"),
        Some(Status::Blocked)
    );
    // Filing in the ID's own province needs no permit.
    let c = eval(&individual(ProvinceSlug::Guangdong));
    assert_eq!(status(&c, "materials.residence_permit"), None);
    assert_eq!(status(&c, "regulations.cross-province"), None);
}

#[test]
fn superior_authorization_for_public_bodies() {
    // S39: Yunnan, Inner Mongolia, Heilongjiang, Jiangxi; public institutions and government.
    for p in [
        ProvinceSlug::Yunnan,
        ProvinceSlug::InnerMongolia,
        ProvinceSlug::Heilongjiang,
        ProvinceSlug::Jiangxi,
    ] {
        let mut s = ready();
        mats(&mut s).entity_certificate = None;
        app(&mut s).province = Some(p);
        app(&mut s).entity_type = Some(EntityType::Government);
        assert_eq!(
            status(&eval(&s), "materials.superior_authorization"),
            Some(Status::Todo),
            "{p}"
        );
        app(&mut s).entity_type = Some(EntityType::Enterprise);
        assert_eq!(
            status(&eval(&s), "materials.superior_authorization"),
            None,
            "{p} enterprise"
        );
    }
    let mut s = ready();
    app(&mut s).entity_type = Some(EntityType::Government);
    assert_eq!(
        status(&eval(&s), "materials.superior_authorization"),
        None,
        "not in Guangdong"
    );
}

#[test]
fn certificate_of_change() {
    // S40
    let mut s = ready();
    mats(&mut s).certificate_changed = Some(Answer::Yes);
    assert_eq!(
        status(&eval(&s), "materials.certificate_of_change"),
        Some(Status::Todo)
    );
    mats(&mut s).certificate_changed = Some(Answer::Unsure);
    let c = eval(&s);
    assert_eq!(
        status(&c, "materials.certificate-changed"),
        Some(Status::Todo)
    );
    assert_eq!(status(&c, "materials.certificate_of_change"), None);
}

#[test]
fn upload_rules_are_always_shown_as_info() {
    // S22 colour scans or photos, S41 splicing
    for s in [
        ready(),
        Session {
            version: 1,
            ..Default::default()
        },
    ] {
        let c = eval(&s);
        assert_eq!(status(&c, "materials.upload-format"), Some(Status::Info));
        assert_eq!(status(&c, "materials.splicing"), Some(Status::Info));
    }
}

#[test]
fn documents_by_residency() {
    // S24–S29
    let cases = [
        (
            Residency::HongKong,
            CertificateType::HkMacaoResidencePermit,
            "810000199001010019",
            None,
        ),
        (
            Residency::HongKong,
            CertificateType::HkMacaoTravelPermit,
            "H12345678",
            None,
        ),
        (
            Residency::Macao,
            CertificateType::HkMacaoTravelPermit,
            "M12345678",
            None,
        ),
        (
            Residency::Taiwan,
            CertificateType::TaiwanTravelPermit,
            "12345678",
            None,
        ),
        (
            Residency::Foreign,
            CertificateType::Passport,
            "E12345678",
            None,
        ),
        (
            Residency::HongKong,
            CertificateType::Passport,
            "K12345678",
            Some(Status::Blocked),
        ),
        (
            Residency::Mainland,
            CertificateType::Passport,
            "E12345678",
            Some(Status::Blocked),
        ),
        (
            Residency::Taiwan,
            CertificateType::HkMacaoTravelPermit,
            "H12345678",
            Some(Status::Blocked),
        ),
    ];
    for (res, doc, number, want) in cases {
        let mut s = ready();
        *mats(&mut s).admin.as_mut().unwrap() = Person {
            residency: Some(res),
            document: Some(doc),
            number: Some(CertNumber(number.into())),
            is_legal_representative: Some(Answer::No),
            valid_until: None,
        };
        let got = status(&eval(&s), "materials.admin_certificate");
        assert_eq!(got, Some(want.unwrap_or(Status::Done)), "{res} with {doc}");
    }
}

#[test]
fn guangdong_hong_kong_individuals_use_the_residence_permit() {
    let mut s = individual(ProvinceSlug::Guangdong);
    *mats(&mut s).leader.as_mut().unwrap() = Person {
        residency: Some(Residency::HongKong),
        document: Some(CertificateType::HkMacaoTravelPermit),
        number: Some(CertNumber("H12345678".into())),
        ..Default::default()
    };
    // The sources disagree (Huawei's Guangdong page vs Tencent's and Huawei's general rule):
    // a question for the bureau, never a block on one page.
    let c = eval(&s);
    let item = c.get("materials.leader_certificate").unwrap();
    assert_eq!(item.status, Status::Todo, "{}", item.detail);
    assert!(item.fix.contains("which applies"), "{}", item.fix);
    app(&mut s).province = Some(ProvinceSlug::Fujian);
    assert_eq!(
        status(&eval(&s), "materials.leader_certificate"),
        Some(Status::Done)
    );
}

#[test]
fn a_material_has_the_worst_of_its_reasons() {
    let mut s = ready();
    mats(&mut s).prepared = Some(vec![]);
    mats(&mut s).leader.as_mut().unwrap().valid_until = Some(date("2026-01-01"));
    let c = eval(&s);
    let item = c.get("materials.leader_certificate").unwrap();
    assert_eq!(item.status, Status::Blocked, "expired beats not prepared");
    assert!(
        item.detail.contains("2026-01-01") && item.detail.contains("needed for"),
        "{}",
        item.detail
    );
}

// ── pre-approval (S43) ──────────────────────────────────────────────────────────────────────

#[test]
fn preapproval() {
    let mut s = ready();
    fn pre(s: &mut Session) -> &mut Preapproval {
        s.preapproval.as_mut().unwrap()
    }
    pre(&mut s).approvals_ready = Some(vec![]);
    let c = eval(&s);
    let news = c.get("preapproval.news").unwrap();
    assert_eq!(news.status, Status::Blocked);
    assert!(
        news.fix.contains("互联网新闻信息服务许可证"),
        "{}",
        news.fix
    );
    pre(&mut s).approvals_ready = None;
    assert_eq!(status(&eval(&s), "preapproval.news"), Some(Status::Todo));
    pre(&mut s).industries = Some(vec![]);
    assert_eq!(
        status(&eval(&s), "preapproval.industries"),
        Some(Status::Done)
    );
    assert_eq!(status(&eval(&s), "preapproval.news"), None);
    pre(&mut s).industries = None;
    assert_eq!(
        status(&eval(&s), "preapproval.industries"),
        Some(Status::Todo)
    );
}

#[test]
fn abolished_approvals_are_info_except_where_still_required() {
    let mut s = ready();
    s.preapproval = Some(Preapproval {
        industries: Some(vec![IndustryId::Education, IndustryId::Bbs]),
        approvals_ready: Some(vec![]),
    });
    let c = eval(&s);
    assert_eq!(status(&c, "preapproval.education"), Some(Status::Info));
    assert_eq!(status(&c, "preapproval.bbs"), Some(Status::Info));
    app(&mut s).province = Some(ProvinceSlug::Zhejiang);
    mats(&mut s).entity_certificate = None;
    let c = eval(&s);
    assert_eq!(
        status(&c, "preapproval.education"),
        Some(Status::Blocked),
        "still required in Zhejiang"
    );
    assert_eq!(status(&c, "preapproval.bbs"), Some(Status::Info));
}

// ── text ────────────────────────────────────────────────────────────────────────────────────

#[test]
fn every_text_comes_from_the_catalogue() {
    // A missing message shows as its own id; make sure none does, across many sessions.
    let mut sessions = vec![
        ready(),
        Session {
            version: 1,
            ..Default::default()
        },
        individual(ProvinceSlug::Fujian),
    ];
    for f in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures")).unwrap() {
        let path = f.unwrap().path();
        if path.extension().is_some_and(|e| e == "yaml") {
            sessions.push(parse(&std::fs::read_to_string(&path).unwrap()).unwrap());
        }
    }
    for p in k().products.clone() {
        let mut s = on(p.id);
        inst(&mut s).service_numbers_used = Some(99);
        sessions.push(s);
    }
    for s in &sessions {
        for item in &eval(s).items {
            for text in [&item.title, &item.detail, &item.fix] {
                for word in text.split_whitespace() {
                    let word = word.trim_matches(|c: char| !c.is_ascii_alphanumeric());
                    let prefixes = [
                        "regulations.",
                        "domain.",
                        "instance.",
                        "materials.",
                        "account.",
                        "preapproval.",
                        "residency.",
                        "cli.",
                    ];
                    let looks_like_id = prefixes.iter().any(|p| word.starts_with(p))
                        && word
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || matches!(c, '.' | '-' | '_'))
                        && word != "domain.miit.gov.cn"; // a real address, named in advice
                    assert!(
                        !looks_like_id,
                        "message id {word:?} shown as text in {}",
                        item.id
                    );
                }
                assert!(
                    !text.contains('{') && !text.contains('}'),
                    "unfilled placeholder in {}: {text}",
                    item.id
                );
            }
        }
    }
}

#[test]
fn minimum_age_reads_residence_permits_too() {
    // Guangdong (Tencent's page, dated): individuals under 18 file only with proof of
    // employment. A Hong Kong residence permit carries the birth date like a resident ID.
    let mut s = individual(ProvinceSlug::Guangdong);
    let under_18 = {
        let first17 = "81000020100101001";
        format!(
            "{first17}{}",
            icp_prep::validate::resident_id::check_char(first17).unwrap()
        )
    };
    *mats(&mut s).leader.as_mut().unwrap() = Person {
        residency: Some(Residency::HongKong),
        document: Some(CertificateType::HkMacaoResidencePermit),
        number: Some(CertNumber(under_18)),
        ..Default::default()
    };
    let c = eval(&s);
    assert_eq!(
        status(&c, "regulations.min-age"),
        Some(Status::Todo),
        "{:?}",
        c.get("regulations.min-age")
    );
    assert!(c.get("regulations.min-age").unwrap().detail.contains("16"));
    mats(&mut s).leader.as_mut().unwrap().number = Some(CertNumber("810000199001010019".into()));
    assert_eq!(status(&eval(&s), "regulations.min-age"), Some(Status::Done));
}

#[test]
fn advice_thresholds_come_from_the_rule_data() {
    // The 3-month expiry advice and the 3-working-day real-name delay are data (domain.yaml),
    // not constants: the engine reads them from the rules.
    let k = k();
    assert_eq!(k.rule("domain.expiry").and_then(|r| r.threshold), Some(3));
    assert_eq!(
        k.rule("domain.real-name-delay").and_then(|r| r.threshold),
        Some(3)
    );
    let mut s = ready();
    dom(&mut s).real_name_verified = Some(Answer::No);
    let c = eval(&s);
    assert!(
        c.get(&format!("{D}.real-name"))
            .unwrap()
            .fix
            .contains("3 working days")
    );
}

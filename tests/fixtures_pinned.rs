//! Each realistic session in tests/fixtures pins the ids and statuses of its whole checklist
//! (`<name>.expected`, one `status id` per line, reviewed by hand), plus the few items that
//! make the case what it is. Regenerate after a deliberate rule change with
//! `UPDATE_EXPECTED=1 cargo test --test fixtures_pinned`, then review the diff.

use std::path::Path;

use chrono::NaiveDate;
use icp_prep::engine::{Checklist, Status, evaluate};
use icp_prep::knowledge::Knowledge;

fn check(name: &str) -> Checklist {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let text = std::fs::read_to_string(dir.join(format!("{name}.yaml"))).unwrap();
    let session = icp_prep::session::parse(&text).unwrap();
    let k = Knowledge::builtin().unwrap();
    let c = evaluate(&session, &k, NaiveDate::from_ymd_opt(2026, 11, 28).unwrap());
    let listing: String = c
        .items
        .iter()
        .map(|i| format!("{} {}\n", i.status.id(), i.id))
        .collect();
    let expected_path = dir.join(format!("{name}.expected"));
    if std::env::var_os("UPDATE_EXPECTED").is_some() {
        std::fs::write(&expected_path, &listing).unwrap();
    }
    let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
    assert_eq!(
        listing,
        expected,
        "{name}: checklist differs from {}",
        expected_path.display()
    );
    c
}

fn status(c: &Checklist, id: &str) -> Status {
    c.get(id).unwrap_or_else(|| panic!("no item {id}")).status
}

#[test]
fn full_guangdong_enterprise_is_ready() {
    let c = check("full-guangdong-enterprise");
    assert!(c.ready());
    assert_eq!(
        status(&c, "regulations.organisation-province"),
        Status::Done
    );
    assert_eq!(
        status(&c, "materials.admin_certificate"),
        Status::Done,
        "Hong Kong admin with residence permit"
    );
    assert_eq!(status(&c, "preapproval.news"), Status::Done);
}

#[test]
fn beijing_individual_blog() {
    let c = check("beijing-individual-blog");
    assert!(!c.ready());
    assert_eq!(
        status(&c, "materials.beijing_domain_confirmation"),
        Status::Todo
    );
    assert_eq!(
        status(&c, "domain.liwei-notes.cn.real-name-delay"),
        Status::Todo
    );
    assert!(
        c.get("domain.liwei-notes.cn.real-name-delay")
            .unwrap()
            .fix
            .contains("2026-12-01")
    );
    assert_eq!(status(&c, "account.exists"), Status::Todo);
    assert_eq!(c.counts().blocked, 0);
}

#[test]
fn fujian_cross_province_individual() {
    let c = check("fujian-individual-cross-province");
    assert_eq!(status(&c, "regulations.cross-province"), Status::Blocked);
    assert_eq!(status(&c, "materials.residence_permit"), Status::Blocked);
    assert_eq!(
        status(&c, "domain.chen-photos.net.expiry"),
        Status::Blocked,
        "Fujian: 3 months"
    );
    assert_eq!(status(&c, "regulations.reviewed"), Status::Todo, "unsure");
    assert_eq!(
        status(&c, "materials.face_photo_with_id"),
        Status::Done,
        "prepared"
    );
}

#[test]
fn shanghai_enterprise_on_the_international_site() {
    let c = check("shanghai-enterprise-international");
    assert_eq!(
        status(&c, "domain.harbour-trading.com.cn.registrar"),
        Status::Blocked
    );
    assert_eq!(status(&c, "account.site"), Status::Blocked);
    assert_eq!(status(&c, "instance.remaining-term"), Status::Blocked);
    assert_eq!(
        status(&c, "domain.harbour-trading.com.cn.name"),
        Status::Done,
        "read from a pasted URL"
    );
}

#[test]
fn jiangxi_public_institution() {
    let c = check("jiangxi-public-institution");
    assert_eq!(
        status(&c, "domain.xn--1jq52sg03akgiml2a.xn--55qw42g.suffix"),
        Status::Done,
        ".公益 for a public institution"
    );
    assert_eq!(
        status(&c, "domain.library-nc.gov.cn.suffix"),
        Status::Blocked,
        ".gov.cn is for government"
    );
    assert_eq!(
        status(&c, "instance.remaining-term"),
        Status::Done,
        "exactly 6 months"
    );
    assert_eq!(status(&c, "materials.superior_authorization"), Status::Todo);
    assert_eq!(
        status(&c, "preapproval.education"),
        Status::Info,
        "abolished outside a few provinces"
    );
}

#[test]
fn guangdong_hong_kong_individual() {
    let c = check("guangdong-hong-kong-individual");
    // Sources disagree on Guangdong's travel permit (Huawei's Guangdong page: residence permit
    // only; Huawei's and Tencent's general rules: either): a question, not a block.
    let leader = c.get("materials.leader_certificate").unwrap();
    assert_eq!(leader.status, Status::Todo, "{}", leader.detail);
    assert!(leader.fix.contains("which applies"), "{}", leader.fix);
    assert_eq!(status(&c, "domain.wongkaming.io.suffix"), Status::Blocked);
    assert_eq!(status(&c, "instance.order-amount"), Status::Blocked);
    assert_eq!(
        status(&c, "instance.quota"),
        Status::Blocked,
        "1 number for 6 websites"
    );
    // six domains, one prefix (wongkaming): Guangdong counts prefixes, so no construction plan
    assert!(c.get("materials.guangdong_construction_plan").is_none());
    assert_eq!(
        status(&c, "materials.guangdong_filing_commitment"),
        Status::Todo
    );
    assert_eq!(status(&c, "regulations.non-mainland"), Status::Info);
}

#[test]
fn sichuan_enterprise_pay_as_you_go() {
    let c = check("sichuan-enterprise-payg");
    assert_eq!(
        status(&c, "regulations.organisation-province"),
        Status::Blocked,
        "licence from Hubei"
    );
    assert_eq!(status(&c, "instance.billing"), Status::Blocked);
    assert_eq!(status(&c, "instance.region"), Status::Blocked);
    assert_eq!(status(&c, "instance.public-bandwidth"), Status::Todo);
    assert_eq!(status(&c, "domain.cloudbridge.me.suffix"), Status::Info);
    assert_eq!(status(&c, "preapproval.finance"), Status::Blocked);
    assert_eq!(status(&c, "preapproval.news"), Status::Done);
    assert_eq!(status(&c, "materials.certificate_of_change"), Status::Todo);
}

#[test]
fn yunnan_government_unsure() {
    let c = check("yunnan-government-unsure");
    assert_eq!(
        status(&c, "materials.leader_certificate"),
        Status::Blocked,
        "wrong check character"
    );
    assert!(
        c.get("materials.leader_certificate")
            .unwrap()
            .detail
            .contains('7')
    );
    assert_eq!(status(&c, "account.one-entity"), Status::Blocked);
    assert_eq!(
        status(&c, "domain.km-demo.gov.cn.suffix"),
        Status::Done,
        ".gov.cn for government"
    );
    assert_eq!(status(&c, "instance.region"), Status::Todo);
    assert_eq!(status(&c, "materials.superior_authorization"), Status::Todo);
}

#[test]
fn empty_session_asks_for_everything() {
    let c = check("empty");
    assert_eq!(c.counts().blocked, 0);
    for id in [
        "regulations.province",
        "regulations.entity-type",
        "domain.domains",
        "instance.product",
        "account.exists",
        "preapproval.industries",
    ] {
        assert_eq!(status(&c, id), Status::Todo, "{id}");
    }
}

//! The rule data loads, is consistent, covers the seed, and the self-check catches each kind of
//! mistake a YAML edit can make.

use icp_prep::engine::RULE_IDS;
use icp_prep::knowledge::{
    Confidence, CrossProvinceOutcome, DomainCount, Knowledge, ProvinceRuleKind, TldStatus,
};
use icp_prep::session::{EntityType, ProductId, ProvinceSlug};

/// The rule files as written (the same list the binary embeds and `rules export` writes).
const FILES: &[(&str, &str)] = icp_prep::knowledge::BUILTIN_FILES;

fn k() -> Knowledge {
    Knowledge::builtin_checked().expect("built-in rules load and pass the self-check")
}

/// The built-in files with one edit applied to one of them.
fn with_edit(file: &str, from: &str, to: &str) -> Vec<(&'static str, String)> {
    FILES
        .iter()
        .map(|(name, text)| {
            let text = if *name == file {
                assert!(text.contains(from), "{file} does not contain {from:?}");
                text.replacen(from, to, 1)
            } else {
                text.to_string()
            };
            (*name, text)
        })
        .collect()
}

fn problems(files: Vec<(&'static str, String)>) -> Vec<String> {
    let refs: Vec<(&'static str, &str)> = files.iter().map(|(n, t)| (*n, t.as_str())).collect();
    Knowledge::from_files(&refs).expect("parses").self_check()
}

#[test]
fn builtin_data_is_consistent() {
    let k = k();
    assert!(k.self_check().is_empty());
    assert_eq!(k.provinces().count(), 31);
    assert_eq!(k.products.len(), 9);
    assert_eq!(k.materials().count(), 28);
    assert_eq!(k.industries().count(), 13);
}

#[test]
fn every_rule_id_the_engine_reads_exists() {
    let k = k();
    for id in RULE_IDS {
        assert!(
            k.rule(id).is_some(),
            "engine reads rule {id}, which the data lacks"
        );
    }
}

#[test]
fn every_seed_statement_is_named_by_a_rule() {
    let k = k();
    let named: Vec<String> = k
        .provenances()
        .iter()
        .flat_map(|(_, p)| p.seed.clone())
        .collect();
    for n in 1..=43 {
        let id = format!("S{n:02}");
        assert!(named.contains(&id), "{id} is covered by no rule");
    }
}

#[test]
fn a_duplicate_id_is_reported() {
    let files = with_edit("account.yaml", "id: account.real-name", "id: account.site");
    assert!(
        problems(files)
            .iter()
            .any(|p| p == "duplicate rule id: account.site")
    );
}

#[test]
fn a_dangling_tld_source_is_reported() {
    let files = with_edit("tlds.yaml", "sources: [MIIT-7", "sources: [NO-SUCH-SOURCE");
    assert!(
        problems(files)
            .iter()
            .any(|p| p.contains("NO-SUCH-SOURCE is not in the source register"))
    );
}

#[test]
fn a_rule_without_source_is_reported_or_refused() {
    let files = with_edit(
        "account.yaml",
        "source: https://beian.aliyun.com/order/index.htm",
        "source: \"\"",
    );
    assert!(
        problems(files)
            .iter()
            .any(|p| p == "account.exists has no source")
    );
    // A rule without a date does not even load: `last_verified` is required.
    let files = with_edit("account.yaml", "    last_verified: 2026-11-28\n", "");
    let refs: Vec<(&'static str, &str)> = files.iter().map(|(n, t)| (*n, t.as_str())).collect();
    let err = Knowledge::from_files(&refs).unwrap_err().to_string();
    assert!(err.contains("last_verified"), "{err}");
}

#[test]
fn an_uncovered_seed_statement_is_reported() {
    let files = with_edit("account.yaml", "seed: [S42]", "seed: []");
    assert!(
        problems(files)
            .iter()
            .any(|p| p == "seed statement S42 is not covered by any rule")
    );
}

#[test]
fn an_unknown_seed_id_or_province_is_refused() {
    let files = with_edit("account.yaml", "seed: [S42]", "seed: [S42, S99]");
    assert!(
        problems(files)
            .iter()
            .any(|p| p.contains("unknown seed statement S99"))
    );
    let files = with_edit("provinces.yaml", "province: fujian", "province: fukien");
    let refs: Vec<(&'static str, &str)> = files.iter().map(|(n, t)| (*n, t.as_str())).collect();
    assert!(Knowledge::from_files(&refs).is_err());
}

#[test]
fn a_missing_province_or_material_is_reported() {
    let files = with_edit(
        "materials.yaml",
        "  - id: certificate_of_change\n",
        "  - id: certificate_of_change_x\n",
    );
    let refs: Vec<(&'static str, &str)> = files.iter().map(|(n, t)| (*n, t.as_str())).collect();
    // An id outside the v1 contract is refused by name.
    let err = Knowledge::from_files(&refs).unwrap_err().to_string();
    assert!(err.contains("certificate_of_change_x"), "{err}");
}

#[test]
fn an_unknown_key_in_a_rule_is_refused() {
    let files = with_edit(
        "account.yaml",
        "    zh: 阿里云账号\n",
        "    zn: 阿里云账号\n",
    );
    let refs: Vec<(&'static str, &str)> = files.iter().map(|(n, t)| (*n, t.as_str())).collect();
    let err = Knowledge::from_files(&refs).unwrap_err().to_string();
    assert!(err.contains("zn"), "{err}");
}

#[test]
fn provinces_carry_codes_and_chinese_names() {
    let k = k();
    let gd = k.province(ProvinceSlug::Guangdong).unwrap();
    assert_eq!(
        (
            gd.code.as_str(),
            gd.gb2260.as_str(),
            gd.zh.as_str(),
            gd.icp_prefix.as_str()
        ),
        ("44", "440000", "广东省", "粤")
    );
    assert_eq!(
        k.province_by_code("65").unwrap().slug,
        ProvinceSlug::Xinjiang
    );
    assert_eq!(k.province_by_code("54").unwrap().slug, ProvinceSlug::Tibet);
}

#[test]
fn seed_province_rules_are_present_and_confirmed() {
    let k = k();
    let has = |p: ProvinceSlug, pick: &dyn Fn(&ProvinceRuleKind) -> bool, seed: &str| {
        k.province_rules(p).any(|r| {
            pick(&r.kind)
                && r.provenance.confidence == Confidence::Confirmed
                && r.provenance.seed.iter().any(|s| s == seed)
        })
    };
    assert!(has(
        ProvinceSlug::Beijing,
        &|k| *k == ProvinceRuleKind::DomainConfirmation,
        "S33"
    ));
    assert!(has(
        ProvinceSlug::Guangdong,
        &|k| *k == ProvinceRuleKind::FinanceCommitment,
        "S35"
    ));
    assert!(has(
        ProvinceSlug::Guangdong,
        &|k| *k
            == ProvinceRuleKind::ConstructionPlan {
                individual_over: 5,
                organisation_over: 31,
                count: DomainCount::Prefixes,
            },
        "S36"
    ));
    assert!(has(
        ProvinceSlug::Fujian,
        &|k| matches!(
            k,
            ProvinceRuleKind::CrossProvince {
                outcome: CrossProvinceOutcome::ResidencePermit,
                ..
            }
        ),
        "S38"
    ));
    for p in [
        ProvinceSlug::Yunnan,
        ProvinceSlug::InnerMongolia,
        ProvinceSlug::Heilongjiang,
        ProvinceSlug::Jiangxi,
    ] {
        let pick = |k: &ProvinceRuleKind| matches!(k, ProvinceRuleKind::SuperiorAuthorization { entity_types } if entity_types.contains(&EntityType::Government) && entity_types.contains(&EntityType::PublicInstitution));
        assert!(has(p, &pick, "S39"), "{p}");
    }
}

#[test]
fn products_follow_the_seed_table() {
    let k = k();
    // (product, minimum months, quota, per account)
    let table = [
        (ProductId::Ecs, 3, 5, false),
        (ProductId::WebHosting, 3, 5, false),
        (ProductId::SimpleApplicationServer, 3, 5, false),
        (ProductId::ElasticWebHosting, 6, 5, true),
        (ProductId::Marketplace, 12, 1, false),
        (ProductId::NatGateway, 1, 2, false),
        (ProductId::Ipv6Translation, 1, 2, false),
        (ProductId::Ens, 3, 5, false),
    ];
    for (id, min, quota, per_account) in table {
        let p = k.product(id).unwrap();
        assert_eq!((p.min_months, p.quota), (min, quota), "{id}");
        assert_eq!(
            p.quota_scope == icp_prep::knowledge::QuotaScope::Account,
            per_account,
            "{id}"
        );
    }
    assert_eq!(
        k.product(ProductId::Marketplace).unwrap().min_order_rmb,
        Some(99.0)
    );
    assert!(k.product(ProductId::Ecs).unwrap().requires_public_bandwidth);
}

#[test]
fn tld_whitelist_matches_the_evidence() {
    let k = k();
    let status = |s: &str| k.tld(s).map(|t| t.status);
    assert_eq!(status("com"), Some(TldStatus::Approved));
    assert_eq!(status("cn"), Some(TldStatus::Approved));
    assert_eq!(status("xn--fiqs8s"), Some(TldStatus::Approved), ".中国");
    assert_eq!(status("org"), Some(TldStatus::NotApproved));
    assert_eq!(status("io"), Some(TldStatus::NotApproved));
    assert_eq!(status("ai"), Some(TldStatus::NotApproved));
    assert_eq!(status("me"), Some(TldStatus::Unknown));
    let gov = k.tld("gov.cn").unwrap();
    assert_eq!(
        (gov.status, gov.restricted_to.as_slice()),
        (TldStatus::Restricted, &[EntityType::Government][..])
    );
    let gongyi = k.tld("xn--55qw42g").unwrap();
    assert_eq!(gongyi.unicode, "公益");
    assert!(
        gongyi
            .restricted_to
            .contains(&EntityType::PublicInstitution)
    );
    // Longest match first: gov.cn, not cn.
    assert_eq!(k.tld_for(["gov.cn", "cn"]).unwrap().suffix, "gov.cn");
}

#[test]
fn every_material_and_industry_has_a_chinese_name() {
    let k = k();
    for m in k.materials() {
        assert!(
            m.zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{}",
            m.id
        );
    }
    for i in k.industries() {
        assert!(
            i.zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{}",
            i.id
        );
    }
}

#[test]
fn each_province_and_suffix_read_on_its_own_is_the_one_in_the_whole() {
    // The built-in province rules and suffixes are read one province or suffix at a time
    // (knowledge/lazy.rs): a fresh load asked for one must give what the YAML says of it.
    let from_yaml = Knowledge::from_files(FILES).unwrap();
    for slug in icp_prep::session::ProvinceSlug::ALL {
        let fresh = Knowledge::builtin().unwrap();
        let one: Vec<String> = fresh
            .province_rules(*slug)
            .map(|r| format!("{} {:?} {:?}", r.id, r.kind, r.provenance.source))
            .collect();
        let whole: Vec<String> = from_yaml
            .all_province_rules()
            .filter(|r| r.province == *slug)
            .map(|r| format!("{} {:?} {:?}", r.id, r.kind, r.provenance.source))
            .collect();
        assert!(!one.is_empty(), "{slug}");
        assert_eq!(one, whole, "{slug}");
    }
    let fresh = Knowledge::builtin().unwrap();
    for t in from_yaml.tlds() {
        let found = fresh
            .tld(&t.suffix)
            .map(|f| (&f.suffix, f.status, &f.sources));
        assert_eq!(found, Some((&t.suffix, t.status, &t.sources)));
    }
    assert!(fresh.tld("not-a-suffix").is_none());
    assert!(fresh.tld("").is_none());
    // The general rules too, each looked up by id in a fresh load (the engine reads about half
    // of them for a session).
    let fresh = Knowledge::builtin().unwrap();
    let shown = |r: &icp_prep::knowledge::Rule| {
        format!(
            "{} {:?} {} {:?} {:?} {:?}",
            r.id, r.section, r.text, r.threshold, r.params, r.provenance
        )
    };
    let mut n = 0;
    for r in from_yaml.rules() {
        assert_eq!(fresh.rule(&r.id).map(shown), Some(shown(r)));
        n += 1;
    }
    assert!(n > 50, "{n} general rules");
    assert!(fresh.rule("no.such-rule").is_none());
    // The provinces by slug, the industries and materials by id, and their keys in the YAML's
    // order without reading any.
    one_by_one(
        from_yaml.provinces().collect(),
        |p| p.slug,
        |k| k.province_slugs().collect(),
        Knowledge::province,
    );
    one_by_one(
        from_yaml.industries().collect(),
        |i| i.id,
        |k| k.industry_ids().collect(),
        Knowledge::industry,
    );
    one_by_one(
        from_yaml.materials().collect(),
        |m| m.id,
        |k| k.material_ids().collect(),
        Knowledge::material,
    );
}

/// A fresh built-in load lists the keys of `whole` (the YAML's entries) in order, and each entry
/// looked up on its own there is the one in `whole`.
fn one_by_one<T: std::fmt::Debug, K: Copy + PartialEq + std::fmt::Debug>(
    whole: Vec<&T>,
    key: fn(&T) -> K,
    keys: fn(&Knowledge) -> Vec<K>,
    one: fn(&Knowledge, K) -> Option<&T>,
) {
    let fresh = Knowledge::builtin().unwrap();
    let expected: Vec<K> = whole.iter().map(|t| key(t)).collect();
    assert_eq!(keys(&fresh), expected);
    let fresh = Knowledge::builtin().unwrap();
    for t in whole {
        let found = one(&fresh, key(t)).map(|o| format!("{o:?}"));
        assert_eq!(found, Some(format!("{t:?}")), "{:?}", key(t));
    }
}

#[test]
fn a_threshold_is_a_yaml_edit() {
    // Rules are data: raising the expiry advice from 3 to 5 months in domain.yaml changes the
    // verdict on a domain with 4 months left, with no Rust change.
    let session = icp_prep::session::parse(
        "version: 1\napplicant: {province: guangdong, entity_type: enterprise}\ndomains:\n  - {name: example.com, expires_on: 2027-03-30}\n",
    )
    .unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    let status = |k: &Knowledge| {
        icp_prep::engine::evaluate(&session, k, today)
            .get("domain.example.com.expiry")
            .map(|i| i.status)
    };
    let base = Knowledge::from_files(FILES).unwrap();
    assert_eq!(status(&base), Some(icp_prep::engine::Status::Done));
    let files = with_edit(
        "domain.yaml",
        "    zh: 域名有效期\n    threshold: 3\n",
        "    zh: 域名有效期\n    threshold: 5\n",
    );
    let files: Vec<(&'static str, &str)> = files.iter().map(|(n, t)| (*n, t.as_str())).collect();
    let raised = Knowledge::from_files(&files).unwrap();
    assert_eq!(
        raised.rule("domain.expiry").and_then(|r| r.threshold),
        Some(5)
    );
    assert_eq!(status(&raised), Some(icp_prep::engine::Status::Info));
}

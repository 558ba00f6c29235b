//! Filing types, websites and ICP numbers (issue 15): the checks of `websites.yaml` through the
//! engine, the three filing types end to end through `icp-prep check`, `validate icp`, and the
//! Chinese texts.

use std::process::{Command, Output};

use chrono::NaiveDate;
use icp_prep::engine::{Checklist, Status, evaluate, evaluate_in};
use icp_prep::knowledge::{Knowledge, WebsiteRuleKind};
use icp_prep::session::{Language, ProvinceSlug, Session, parse};

fn k() -> &'static Knowledge {
    static K: std::sync::OnceLock<Knowledge> = std::sync::OnceLock::new();
    K.get_or_init(|| Knowledge::builtin_checked().unwrap())
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
}

/// A session with one website `home` on `zhangsan.com`.
fn site(province: &str, entity: &str, person: &str, name: &str, extra: &str) -> Session {
    let text = format!(
        "version: 1\napplicant:\n  province: {province}\n  entity_type: {entity}\n  name: {person}\n\
         domains:\n  - name: zhangsan.com\n    website: home\n\
         websites:\n  - label: home\n    name: \"{name}\"\n{extra}"
    );
    parse(&text).unwrap_or_else(|e| panic!("{e}\n{text}"))
}

fn items(c: &Checklist, prefix: &str) -> Vec<(String, Status)> {
    c.items
        .iter()
        .filter(|i| i.id.starts_with(prefix))
        .map(|i| (i.id.clone(), i.status))
        .collect()
}

fn status(c: &Checklist, id: &str) -> Option<Status> {
    c.get(id).map(|i| i.status)
}

// ── the "Done when" cases ───────────────────────────────────────────────────────────────────

#[test]
fn a_personal_blog_named_like_a_forum_with_comments_is_told_why_and_what_to_do() {
    let s = site(
        "guangdong",
        "individual",
        "张三",
        "张三论坛",
        "    features: [comments]\n",
    );
    let c = evaluate(&s, k(), today());
    let word = c
        .get("website.home.name-personal-words")
        .expect("word rule");
    assert_eq!(word.status, Status::Blocked);
    assert!(word.detail.contains("“论坛”"), "{}", word.detail);
    assert!(word.fix.contains("organisation"), "{}", word.fix);
    let features = c
        .get("website.home.personal-features")
        .expect("feature rule");
    assert_eq!(features.status, Status::Blocked);
    assert!(features.detail.contains("comments"), "{}", features.detail);
    assert!(
        features.fix.contains("remove the feature"),
        "{}",
        features.fix
    );
    assert!(!c.ready());
    // the same site, named and built as a personal site may be, passes both
    let ok = site(
        "guangdong",
        "individual",
        "张三",
        "张三的摄影笔记",
        "    features: []\n",
    );
    let c = evaluate(&ok, k(), today());
    assert_eq!(status(&c, "website.home.name"), Some(Status::Done));
    assert_eq!(status(&c, "website.home.features"), Some(Status::Done));
    assert!(
        items(&c, "website.")
            .iter()
            .all(|(_, s)| *s == Status::Done)
    );
}

fn new_website(number: &str) -> Session {
    let text = format!(
        "version: 1\nfiling:\n  type: new_website\n  entity_icp_number: \"{number}\"\n\
         applicant:\n  province: guangdong\n  entity_type: enterprise\n  name: 深圳市云桥科技有限公司\n\
         domains:\n  - name: cloudbridge-shop.cn\n    website: shop\n\
         websites:\n  - label: shop\n    name: 云桥商城\n"
    );
    parse(&text).unwrap()
}

#[test]
fn a_company_adding_a_second_site_gets_a_new_website_checklist() {
    let c = evaluate(&new_website("粤ICP备12345678号"), k(), today());
    assert_eq!(status(&c, "filing.type"), Some(Status::Done));
    assert_eq!(status(&c, "filing.entity-icp-number"), Some(Status::Done));
    assert_eq!(status(&c, "filing.filed-sites-open"), Some(Status::Info));
    // a first filing's items are not in it
    assert_eq!(status(&c, "filing.not-reachable"), None);
    let verified = c.get("filing.domains-verified").unwrap();
    assert!(
        verified.detail.contains("only the domains it adds"),
        "{}",
        verified.detail
    );
    assert_eq!(status(&c, "website.shop.name"), Some(Status::Done));

    // no number yet: to do; a number from another province: blocked, naming both
    let c = evaluate(&new_website(""), k(), today());
    assert_eq!(status(&c, "filing.entity-icp-number"), Some(Status::Todo));
    let c = evaluate(&new_website("京ICP备12345678号"), k(), today());
    let item = c.get("filing.entity-icp-number").unwrap();
    assert_eq!(item.status, Status::Blocked);
    assert!(
        item.detail.contains("Beijing") && item.detail.contains("Guangdong"),
        "{}",
        item.detail
    );
    // not a number at all: blocked with the validator's reason and fix
    let c = evaluate(&new_website("粤ICP证030173号"), k(), today());
    let item = c.get("filing.entity-icp-number").unwrap();
    assert_eq!(item.status, Status::Blocked);
    assert!(item.detail.contains("licence"), "{}", item.detail);
    assert!(item.fix.contains("ICP备"), "{}", item.fix);
    // a website's number where the entity's is asked for
    let c = evaluate(&new_website("粤ICP备12345678号-2"), k(), today());
    assert_eq!(
        status(&c, "filing.entity-icp-number"),
        Some(Status::Blocked)
    );
}

#[test]
fn new_access_needs_each_sites_number_under_the_entitys() {
    let text = |site_number: &str| {
        format!(
            "version: 1\nfiling:\n  type: new_access\n  entity_icp_number: 沪ICP备20201234号\n\
             applicant:\n  province: shanghai\n  entity_type: enterprise\n  name: 上海灵犀软件有限公司\n\
             domains:\n  - name: lingxi.com\n    website: main\n  - name: lingxi-blog.cn\n\
             websites:\n  - label: main\n    name: 灵犀软件官方网站\n    icp_number: \"{site_number}\"\n"
        )
    };
    let c = evaluate(&parse(&text("沪ICP备20201234号-1")).unwrap(), k(), today());
    assert_eq!(status(&c, "website.main.icp-number"), Some(Status::Done));
    // the domain without a website entry is a website too, and needs its number
    assert_eq!(
        status(&c, "website.lingxi-blog.cn.icp-number"),
        Some(Status::Todo)
    );
    assert_eq!(status(&c, "filing.filed-sites-open"), Some(Status::Info));
    let verified = c.get("filing.domains-verified").unwrap();
    assert!(
        verified.detail.contains("does not verify"),
        "{}",
        verified.detail
    );
    // a site number of another entity, or the entity's own number: blocked
    let c = evaluate(&parse(&text("沪ICP备99999999号-1")).unwrap(), k(), today());
    let item = c.get("website.main.icp-number").unwrap();
    assert_eq!(item.status, Status::Blocked);
    assert!(item.detail.contains("another entity"), "{}", item.detail);
    let c = evaluate(&parse(&text("沪ICP备20201234号")).unwrap(), k(), today());
    assert_eq!(status(&c, "website.main.icp-number"), Some(Status::Blocked));
    // first filings and new websites never ask for site numbers
    let first = text("沪ICP备20201234号-1").replace("type: new_access", "type: first_filing");
    let c = evaluate(&parse(&first).unwrap(), k(), today());
    assert!(items(&c, "website.main.icp-number").is_empty());
    assert_eq!(status(&c, "filing.not-reachable"), Some(Status::Info));
}

#[test]
fn a_session_without_a_filing_type_is_treated_as_a_first_filing_and_says_so() {
    let s = parse("version: 1\n").unwrap();
    let c = evaluate(&s, k(), today());
    let item = c.get("filing.type").unwrap();
    assert_eq!(
        item.status,
        Status::Info,
        "never a todo: older files stay as ready as they were"
    );
    assert!(item.detail.contains("first filing"), "{}", item.detail);
    assert_eq!(status(&c, "filing.not-reachable"), Some(Status::Info));
    // and without `websites` there are no website items at all
    assert!(items(&c, "website.").is_empty());
}

// ── the word rules, driven by the data ──────────────────────────────────────────────────────

/// A name that triggers exactly this word and (as far as possible) nothing else of its rule:
/// long enough, Chinese, and not in the Jiangsu form.
fn name_with(word: &str) -> String {
    format!("天气{word}记录")
}

#[test]
fn every_word_of_every_word_list_triggers_its_rule_and_is_quoted() {
    let mut checked = 0;
    for rule in k().website_rules() {
        if !matches!(
            rule.kind,
            WebsiteRuleKind::Contains | WebsiteRuleKind::StartsWith
        ) {
            continue;
        }
        let province = rule
            .province
            .map(|p| p.to_string())
            .unwrap_or("zhejiang".into());
        let entity = match rule.applies_to {
            icp_prep::knowledge::AppliesTo::Organisation => "enterprise",
            _ => "individual",
        };
        for word in &rule.words {
            let name = match rule.kind {
                WebsiteRuleKind::StartsWith => format!("{word}天气记录"),
                _ => name_with(word),
            };
            let s = site(&province, entity, "王小明", &name, "");
            let c = evaluate(&s, k(), today());
            let id = format!("website.home.{}", rule.id);
            let item = c
                .get(&id)
                .unwrap_or_else(|| panic!("{id}: “{name}” in {province} did not trigger"));
            assert!(
                item.title.contains(word.as_str()) || item.detail.contains(word.as_str()),
                "{id}: {}",
                item.detail
            );
            checked += 1;
        }
    }
    assert!(checked > 40, "only {checked} words checked");
}

#[test]
fn near_misses_follow_the_data() {
    // Jiangsu wants XX的个人博客: 博客 inside that form is allowed there, alone it is not.
    let c = evaluate(
        &site("jiangsu", "individual", "张三", "张三的个人博客", ""),
        k(),
        today(),
    );
    assert_eq!(
        status(&c, "website.home.name"),
        Some(Status::Done),
        "{:?}",
        items(&c, "website.")
    );
    let c = evaluate(
        &site("jiangsu", "individual", "张三", "张三博客", ""),
        k(),
        today(),
    );
    assert_eq!(
        status(&c, "website.home.name-personal-words-jiangsu"),
        Some(Status::Blocked)
    );
    assert_eq!(
        status(&c, "website.home.name-jiangsu-form"),
        Some(Status::Blocked)
    );
    // elsewhere the national list applies, the Jiangsu form does not help
    let c = evaluate(
        &site("zhejiang", "individual", "张三", "张三的个人博客", ""),
        k(),
        today(),
    );
    assert_eq!(
        status(&c, "website.home.name-personal-words"),
        Some(Status::Blocked)
    );
    assert_eq!(status(&c, "website.home.name-jiangsu-form"), None);
    // state words: an organisation may have them inside its name, not at its start
    let org = |name: &str| {
        evaluate(
            &site("beijing", "enterprise", "北京中华书局有限公司", name, ""),
            k(),
            today(),
        )
    };
    assert_eq!(
        status(&org("中华书局古籍网"), "website.home.name-state-prefix"),
        Some(Status::Blocked)
    );
    assert_eq!(
        status(&org("书局中华古籍网"), "website.home.name-state-prefix"),
        None
    );
    // a government body may start with them
    let c = evaluate(
        &site(
            "beijing",
            "government",
            "北京市人民政府",
            "人民政府信息公开网",
            "",
        ),
        k(),
        today(),
    );
    assert_eq!(status(&c, "website.home.name-state-prefix"), None);
}

#[test]
fn general_naming_rules() {
    let personal = |name: &str| {
        evaluate(
            &site("zhejiang", "individual", "王小明", name, ""),
            k(),
            today(),
        )
    };
    let hit = |c: &Checklist, rule: &str| status(c, &format!("website.home.{rule}"));
    assert_eq!(
        hit(&personal("PhotoNotes 2026"), "name-latin-or-digits"),
        Some(Status::Blocked)
    );
    assert_eq!(hit(&personal("天气簿"), "name-min-han"), None);
    assert_eq!(
        hit(&personal("天气"), "name-min-han"),
        Some(Status::Blocked)
    );
    assert_eq!(
        hit(&personal("天气记录！"), "name-symbols"),
        Some(Status::Blocked)
    );
    assert_eq!(
        hit(&personal("王小明"), "name-is-person"),
        Some(Status::Blocked)
    );
    assert_eq!(
        hit(&personal("zhangsan.com天气记录"), "name-is-domain"),
        Some(Status::Blocked)
    );
    // an organisation's unrelated name is work to do (a trademark), not a blocker
    let c = evaluate(
        &site(
            "guangdong",
            "enterprise",
            "深圳市云桥科技有限公司",
            "星光摄影笔记",
            "",
        ),
        k(),
        today(),
    );
    assert_eq!(hit(&c, "name-related-to-entity"), Some(Status::Todo));
    let c = evaluate(
        &site(
            "guangdong",
            "enterprise",
            "深圳市云桥科技有限公司",
            "云桥科技官网",
            "",
        ),
        k(),
        today(),
    );
    assert_eq!(hit(&c, "name-related-to-entity"), None);
    // a missing name is asked for; a Beijing personal site also needs a remark
    let c = evaluate(
        &site("beijing", "individual", "王小明", "", ""),
        k(),
        today(),
    );
    assert_eq!(hit(&c, "name"), Some(Status::Todo));
    assert_eq!(hit(&c, "remark"), Some(Status::Todo));
    assert_eq!(hit(&c, "features"), Some(Status::Todo));
    let c = evaluate(
        &site(
            "beijing",
            "individual",
            "王小明",
            "王小明的摄影笔记",
            "    remark: 记录本人拍摄的照片\n    features: []\n",
        ),
        k(),
        today(),
    );
    assert_eq!(hit(&c, "remark"), Some(Status::Done));
    assert!(
        items(&c, "website.")
            .iter()
            .all(|(_, s)| *s == Status::Done),
        "{:?}",
        items(&c, "website.")
    );
}

#[test]
fn every_icp_abbreviation_reads_as_its_province() {
    use icp_prep::validate::icp_number::{IcpKind, validate};
    let prefixes = k().icp_prefixes();
    assert!(prefixes.len() >= 31);
    for p in k().provinces() {
        let n = validate(
            &format!("{}ICP备12345678号-3", p.icp_prefix),
            &prefixes,
            IcpKind::Site,
        )
        .unwrap();
        assert_eq!(n.province, p.slug);
    }
    for a in &k().icp_prefix_alternates {
        let n = validate(
            &format!("{}ICP备2020123456号", a.prefix),
            &prefixes,
            IcpKind::Entity,
        )
        .unwrap();
        assert_eq!(n.province, a.province);
    }
    assert_eq!(
        validate("川ICP备09150084号", &prefixes, IcpKind::Any)
            .unwrap()
            .province,
        ProvinceSlug::Sichuan
    );
}

// ── the command line, and Chinese ───────────────────────────────────────────────────────────

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_icp-prep"));
    c.env("LC_ALL", "C.UTF-8");
    c.env_remove("ICP_PREP_RULES");
    c
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().unwrap()
}

#[test]
fn the_three_filing_types_end_to_end_through_check() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        (
            "first",
            "version: 1\nfiling:\n  type: first_filing\napplicant:\n  province: guangdong\n  entity_type: individual\n  name: 张三\ndomains:\n  - name: zhangsan.com\n    website: home\nwebsites:\n  - label: home\n    name: 张三论坛\n    features: [comments]\n",
            vec![
                ("website.home.name-personal-words", "blocked"),
                ("website.home.personal-features", "blocked"),
                ("filing.not-reachable", "info"),
            ],
        ),
        (
            "adding",
            "version: 1\nfiling:\n  type: new_website\n  entity_icp_number: 粤ICP备12345678号\napplicant:\n  province: guangdong\n  entity_type: enterprise\n  name: 深圳市云桥科技有限公司\ndomains:\n  - name: cloudbridge-shop.cn\n    website: shop\nwebsites:\n  - label: shop\n    name: 云桥商城\n",
            vec![
                ("filing.entity-icp-number", "done"),
                ("filing.filed-sites-open", "info"),
                ("website.shop.name", "done"),
            ],
        ),
        (
            "moving",
            "version: 1\nfiling:\n  type: new_access\n  entity_icp_number: 沪ICP备20201234号\napplicant:\n  province: shanghai\n  entity_type: enterprise\n  name: 上海灵犀软件有限公司\ndomains:\n  - name: lingxi.com\n    website: main\nwebsites:\n  - label: main\n    name: 灵犀软件官方网站\n    icp_number: 沪ICP备20201234号-1\n",
            vec![
                ("website.main.icp-number", "done"),
                ("filing.entity-icp-number", "done"),
            ],
        ),
    ];
    for (name, text, expect) in cases {
        let path = dir.path().join(format!("{name}.yaml"));
        std::fs::write(&path, text).unwrap();
        let out = run(&[
            "check",
            path.to_str().unwrap(),
            "--today",
            "2026-12-01",
            "--format",
            "json",
        ]);
        assert_eq!(
            out.status.code(),
            Some(1),
            "{name}: not ready (other answers missing)"
        );
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        for (id, st) in expect {
            let item = v["items"]
                .as_array()
                .unwrap()
                .iter()
                .find(|i| i["id"] == id)
                .unwrap_or_else(|| panic!("{name}: no {id}"));
            assert_eq!(item["status"], st, "{name}: {id}");
            let section = if id.starts_with("filing.") {
                "regulations"
            } else {
                "domain"
            };
            assert_eq!(item["section"], section, "{name}: {id}");
        }
        // the export lists the websites with their domains
        let out = run(&[
            "export",
            path.to_str().unwrap(),
            "-o",
            "-",
            "--format",
            "md",
            "--today",
            "2026-12-01",
        ]);
        let md = String::from_utf8_lossy(&out.stdout);
        assert!(md.contains("Website "), "{name}: {md}");
        let out = run(&[
            "export",
            path.to_str().unwrap(),
            "-o",
            "-",
            "--format",
            "json",
            "--today",
            "2026-12-01",
        ]);
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert!(v["answers"]["websites"].is_array(), "{name}");
        assert!(v["answers"]["filing"]["type"].is_string(), "{name}");
    }
}

#[test]
fn validate_icp_on_the_command_line() {
    let out = run(&["validate", "icp", "粤icp备 12345678号－1"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("粤ICP备12345678号-1"), "{text}");
    assert!(text.contains("Guangdong"), "{text}");
    for bad in [
        "港ICP备12345678号",
        "粤ICP证030173号",
        "粤ICP备12345678",
        "粤ICP备123号",
    ] {
        let out = run(&["validate", "icp", bad]);
        assert_eq!(out.status.code(), Some(1), "{bad}");
    }
}

#[test]
fn everything_new_reads_in_chinese() {
    let s = site(
        "guangdong",
        "individual",
        "张三",
        "张三论坛",
        "    features: [comments]\n",
    );
    let c = evaluate_in(&s, k(), today(), Language::ZhCn);
    for prefix in ["website.", "filing."] {
        for i in c.items.iter().filter(|i| i.id.starts_with(prefix)) {
            for text in [&i.title, &i.detail] {
                assert!(
                    text.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c)),
                    "{}: {text}",
                    i.id
                );
                assert!(!text.contains(" may "), "{}: English left in {text}", i.id);
            }
        }
    }
    let word = c.get("website.home.name-personal-words").unwrap();
    assert!(word.detail.contains("含有“论坛”"), "{}", word.detail);
}

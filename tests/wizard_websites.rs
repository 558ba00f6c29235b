//! The wizard's side of websites (issue 15): the filing type asked first, the entity's number
//! only where the checklist needs it, each domain's website described next to it (name, remark,
//! features, ICP number) in the one `websites` entry its label names, and no orphan entry left
//! when a domain goes or changes its label — what the wizard saves always opens again.

use chrono::NaiveDate;
use icp_prep::engine::questions::{Kind, Pick, QuestionId as Q};
use icp_prep::engine::{self, Status};
use icp_prep::knowledge::Knowledge;
use icp_prep::session::*;
use icp_prep::tui::app::{App, Mode};
use icp_prep::tui::{Msg, choices, update};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn k() -> &'static Knowledge {
    static K: std::sync::OnceLock<Knowledge> = std::sync::OnceLock::new();
    K.get_or_init(|| Knowledge::builtin().unwrap())
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

fn individual(province: ProvinceSlug, domains: &[(&str, Option<&str>)]) -> Session {
    Session {
        version: 1,
        applicant: Some(Applicant {
            province: Some(province),
            entity_type: Some(EntityType::Individual),
            name: Some("张三".into()),
            ..Default::default()
        }),
        domains: Some(
            domains
                .iter()
                .map(|(name, label)| DomainEntry {
                    name: Some(name.to_string()),
                    website: label.map(str::to_string),
                    ..Default::default()
                })
                .collect(),
        ),
        ..Default::default()
    }
}

/// A website description with its name and nothing else.
fn named(label: &str, name: &str) -> Website {
    Website {
        label: label.into(),
        name: Some(name.into()),
        ..Default::default()
    }
}

fn app_on(s: Session, step: Step, lang: Language) -> App<'static> {
    let mut s = s;
    s.step = Some(step);
    App::new("t", s, k(), today(), lang)
}

fn press(app: &mut App, code: KeyCode) {
    update(app, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

fn typ(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

fn focus(app: &mut App, field: Q) {
    // An answer opens the next question's editor or list: close it to go elsewhere.
    if !matches!(app.mode, Mode::Browse) {
        press(app, KeyCode::Esc);
    }
    app.focus = app
        .fields()
        .iter()
        .position(|q| q.id == field)
        .unwrap_or_else(|| panic!("{field:?} not shown"));
}

fn type_into(app: &mut App, field: Q, text: &str) {
    focus(app, field);
    press(app, KeyCode::Enter);
    assert!(matches!(app.mode, Mode::Edit { .. }), "{field:?} edits");
    press(app, KeyCode::End);
    for _ in 0..80 {
        press(app, KeyCode::Backspace);
    }
    typ(app, text);
    press(app, KeyCode::Enter);
    assert!(
        !matches!(app.mode, Mode::Edit { field: f, .. } if f == field),
        "{field:?} took {text:?}"
    );
}

fn question(s: &Session, id: Q, domain: usize) -> Option<engine::Question> {
    engine::questions(s, k(), today())
        .into_iter()
        .flat_map(|sq| sq.questions)
        .find(|q| q.id == id && q.domain == domain)
}

fn item_status(s: &Session, id: &str) -> Option<Status> {
    engine::evaluate(s, k(), today())
        .items
        .iter()
        .find(|i| i.id == id)
        .map(|i| i.status)
}

/// What the wizard saved, loaded back the way the next start opens it.
fn saved_and_opened(s: &Session) -> Session {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.yaml");
    let mut saved = s.clone();
    icp_prep::store::save(&path, &mut saved, icp_prep::store::now())
        .expect("the wizard's session saves");
    icp_prep::store::load(&path).expect("and opens again")
}

#[test]
fn the_filing_type_is_asked_first_with_each_kind_explained_in_both_languages() {
    let s = individual(ProvinceSlug::Guangdong, &[]);
    let qs = engine::questions(&s, k(), today());
    let first = &qs[0].questions[0];
    assert_eq!(first.id, Q::FilingType);
    // Unanswered it is taken as a first filing (an info item): not what readiness waits for.
    assert!(!first.needed);
    assert_eq!(item_status(&s, "filing.type"), Some(Status::Info));
    let Kind::Choice(picks) = &first.kind else {
        panic!("a choice")
    };
    assert_eq!(
        picks,
        &FilingType::ALL
            .iter()
            .map(|t| Pick::FilingType(*t))
            .collect::<Vec<_>>()
    );
    for (lang, words) in [
        (Language::En, ["first filing", "new website", "new access"]),
        (Language::ZhCn, ["首次备案", "新增网站", "新增接入"]),
    ] {
        let labels: Vec<String> = choices::options(picks, k(), lang)
            .into_iter()
            .map(|c| c.label)
            .collect();
        for (label, word) in labels.iter().zip(words) {
            assert!(label.starts_with(word), "{lang:?}: {label}");
            // The kind and one line saying what it means.
            assert!(label.chars().count() > word.chars().count() + 5, "{label}");
            assert!(!label.contains('\n'));
        }
    }
}

#[test]
fn the_entity_number_is_asked_only_for_a_new_website_or_new_access() {
    let mut s = individual(ProvinceSlug::Guangdong, &[("example.com", None)]);
    for (kind, asked) in [
        (None, false),
        (Some(FilingType::FirstFiling), false),
        (Some(FilingType::NewWebsite), true),
        (Some(FilingType::NewAccess), true),
    ] {
        s.filing = Some(Filing {
            kind,
            entity_icp_number: None,
        });
        let q = question(&s, Q::EntityIcpNumber, 0);
        assert_eq!(q.is_some(), asked, "{kind:?}");
        if let Some(q) = q {
            assert!(q.needed);
            assert_eq!(q.item.as_deref(), Some("filing.entity-icp-number"));
            assert_eq!(
                item_status(&s, "filing.entity-icp-number"),
                Some(Status::Todo)
            );
        }
        // The site's own number: new access only, for the domain's website.
        let site = question(&s, Q::WebsiteIcpNumber, 0);
        assert_eq!(site.is_some(), kind == Some(FilingType::NewAccess));
        if let Some(q) = site {
            assert!(q.needed);
            assert_eq!(q.item.as_deref(), Some("website.example.com.icp-number"));
        }
    }
}

#[test]
fn the_wizard_picks_the_filing_type_first_and_checks_the_number_as_the_checklist_does() {
    let mut app = app_on(
        individual(ProvinceSlug::Guangdong, &[]),
        Step::Regulations,
        Language::En,
    );
    assert_eq!(app.fields()[0].id, Q::FilingType);
    focus(&mut app, Q::FilingType);
    press(&mut app, KeyCode::Enter);
    typ(&mut app, "new website");
    press(&mut app, KeyCode::Enter);
    let filing = app.session.filing.clone().unwrap();
    assert_eq!(filing.kind, Some(FilingType::NewWebsite));
    assert_eq!(app.fields()[1].id, Q::EntityIcpNumber);
    // Issued in Beijing, filed in Guangdong: refused inline and blocked in the checklist.
    let (ok, why) = app
        .inline_check(Q::EntityIcpNumber, "京ICP备12345678号")
        .unwrap();
    assert!(!ok);
    assert!(why.contains('京') && why.contains('粤'), "{why}");
    type_into(&mut app, Q::EntityIcpNumber, "京ICP备12345678号");
    assert_eq!(
        item_status(&app.session, "filing.entity-icp-number"),
        Some(Status::Blocked)
    );
    let (ok, _) = app
        .inline_check(Q::EntityIcpNumber, "粤ICP备12345678号")
        .unwrap();
    assert!(ok);
    type_into(&mut app, Q::EntityIcpNumber, "粤ICP备12345678号");
    assert_eq!(
        item_status(&app.session, "filing.entity-icp-number"),
        Some(Status::Done)
    );
    // A site number where the entity's is asked: the same problem both ways.
    let (ok, why) = app
        .inline_check(Q::EntityIcpNumber, "粤ICP备12345678号-1")
        .unwrap();
    assert!(!ok, "{why}");
}

#[test]
fn each_domain_is_followed_by_its_websites_questions_needed_as_the_checks_need_them() {
    // Beijing asks an individual's site for a remark; individuals' features are checked.
    let mut s = individual(
        ProvinceSlug::Beijing,
        &[("example.com", Some("home")), ("example.net", None)],
    );
    let app = app_on(s.clone(), Step::Domain, Language::En);
    let ids: Vec<Q> = app.fields().iter().map(|q| q.id).collect();
    let at = |id| ids.iter().position(|q| *q == id).unwrap();
    assert_eq!(at(Q::DomainWebsite) + 1, at(Q::WebsiteName));
    assert!(at(Q::WebsiteName) < at(Q::WebsiteRemark));
    assert!(at(Q::WebsiteRemark) < at(Q::WebsiteFeatures));
    assert!(at(Q::WebsiteFeatures) < at(Q::DomainRegistrar));
    // Not described yet: the domain is its own website, as before; nothing waits for it.
    for id in [Q::WebsiteName, Q::WebsiteRemark, Q::WebsiteFeatures] {
        assert!(!question(&s, id, 0).unwrap().needed, "{id:?}");
    }
    s.websites = Some(vec![Website {
        label: "home".into(),
        ..Default::default()
    }]);
    for (id, item) in [
        (Q::WebsiteName, "website.home.name"),
        (Q::WebsiteRemark, "website.home.remark"),
        (Q::WebsiteFeatures, "website.home.features"),
    ] {
        let q = question(&s, id, 0).unwrap();
        assert!(q.needed, "{id:?}");
        assert_eq!(q.item.as_deref(), Some(item));
        assert_eq!(item_status(&s, item), Some(Status::Todo), "{item}");
        // The other domain is another website.
        assert!(!question(&s, id, 1).unwrap().needed);
    }
    // An organisation in Guangdong: no remark rule, features not checked.
    if let Some(a) = s.applicant.as_mut() {
        a.entity_type = Some(EntityType::Enterprise);
        a.province = Some(ProvinceSlug::Guangdong);
    }
    assert!(question(&s, Q::WebsiteName, 0).unwrap().needed);
    assert!(!question(&s, Q::WebsiteRemark, 0).unwrap().needed);
    assert!(!question(&s, Q::WebsiteFeatures, 0).unwrap().needed);
}

#[test]
fn domains_sharing_a_label_edit_one_website() {
    let s = individual(
        ProvinceSlug::Guangdong,
        &[("example.com", Some("home")), ("example.net", Some("home"))],
    );
    let mut app = app_on(s, Step::Domain, Language::En);
    app.domain = 1;
    type_into(&mut app, Q::WebsiteName, "张三的摄影笔记");
    app.domain = 0;
    assert_eq!(
        format!("{:?}", app.value(Q::WebsiteName)),
        format!(
            "{:?}",
            icp_prep::engine::questions::Value::Text("张三的摄影笔记".into())
        )
    );
    type_into(&mut app, Q::WebsiteRemark, "记录本人周末拍摄的照片");
    let list = app.session.websites.clone().unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].label, "home");
    assert_eq!(list[0].name.as_deref(), Some("张三的摄影笔记"));
    assert_eq!(list[0].remark.as_deref(), Some("记录本人周末拍摄的照片"));
    assert_eq!(saved_and_opened(&app.session).websites, Some(list));
}

#[test]
fn describing_an_unlabelled_domains_website_labels_it_after_the_domain() {
    let s = individual(ProvinceSlug::Guangdong, &[("www.例子.中国", None)]);
    let mut app = app_on(s, Step::Domain, Language::En);
    type_into(&mut app, Q::WebsiteName, "张三论坛");
    let d = &app.session.domains.as_ref().unwrap()[0];
    assert_eq!(d.website.as_deref(), Some("例子.中国"));
    assert_eq!(
        app.session.websites.as_ref().unwrap()[0].name.as_deref(),
        Some("张三论坛")
    );
    // The name's checks run at once: 论坛 in a personal site's name blocks, quoting it.
    let c = engine::evaluate(&app.session, k(), today());
    let hit = c
        .items
        .iter()
        .find(|i| i.id.starts_with("website.例子.中国.") && i.status == Status::Blocked)
        .expect("a blocked name");
    assert!(hit.detail.contains("论坛"), "{}", hit.detail);
    saved_and_opened(&app.session);
}

#[test]
fn features_are_ticked_from_the_closed_list() {
    let s = individual(ProvinceSlug::Guangdong, &[("example.com", None)]);
    let mut app = app_on(s, Step::Domain, Language::ZhCn);
    focus(&mut app, Q::WebsiteFeatures);
    press(&mut app, KeyCode::Enter);
    let Mode::Pick { options, multi, .. } = &app.mode else {
        panic!("a pick-list")
    };
    assert!(*multi);
    assert_eq!(options.len(), WebsiteFeature::ALL.len());
    assert!(
        options
            .iter()
            .all(|o| o.label.chars().any(|c| c > '\u{3000}'))
    );
    typ(&mut app, "评论");
    press(&mut app, KeyCode::Char(' '));
    press(&mut app, KeyCode::Enter);
    let w = &app.session.websites.as_ref().unwrap()[0];
    assert_eq!(w.features.as_deref(), Some(&[WebsiteFeature::Comments][..]));
    assert_eq!(
        item_status(&app.session, "website.example.com.personal-features"),
        Some(Status::Blocked)
    );
}

#[test]
fn removing_the_last_domain_of_a_website_removes_its_description() {
    let mut s = individual(
        ProvinceSlug::Guangdong,
        &[
            ("example.com", Some("home")),
            ("example.net", Some("home")),
            ("example.org", Some("shop")),
        ],
    );
    s.websites = Some(vec![
        named("home", "张三的摄影笔记"),
        named("shop", "张三的小店"),
    ]);
    let mut app = app_on(s, Step::Domain, Language::En);
    focus(&mut app, Q::Domains);
    // The shop's only domain goes: so does its description.
    app.domain = 2;
    press(&mut app, KeyCode::Char('-'));
    let labels: Vec<String> = app
        .session
        .websites
        .iter()
        .flatten()
        .map(|w| w.label.clone())
        .collect();
    assert_eq!(labels, ["home"]);
    saved_and_opened(&app.session);
    // One of home's two domains goes: home stays.
    app.domain = 0;
    press(&mut app, KeyCode::Char('-'));
    assert_eq!(app.session.websites.as_ref().unwrap().len(), 1);
    // The last one goes: nothing is left to describe.
    press(&mut app, KeyCode::Char('-'));
    assert_eq!(app.domain_count(), 0);
    assert_eq!(app.session.websites, None);
    saved_and_opened(&app.session);
}

#[test]
fn changing_or_clearing_a_label_carries_the_description_and_leaves_no_orphan() {
    let mut s = individual(
        ProvinceSlug::Guangdong,
        &[("example.com", Some("home")), ("example.net", Some("blog"))],
    );
    s.websites = Some(vec![
        named("home", "张三的摄影笔记"),
        named("blog", "张三的读书笔记"),
    ]);
    let mut app = app_on(s, Step::Domain, Language::En);
    // Renamed: the description follows.
    type_into(&mut app, Q::DomainWebsite, "photos");
    let w = app.session.websites.clone().unwrap();
    assert_eq!(w[0].label, "photos");
    assert_eq!(w[0].name.as_deref(), Some("张三的摄影笔记"));
    saved_and_opened(&app.session);
    // Cleared with Delete: the domain keeps its website under a label of its own name.
    focus(&mut app, Q::DomainWebsite);
    press(&mut app, KeyCode::Delete);
    let d = &app.session.domains.as_ref().unwrap()[0];
    assert_eq!(d.website.as_deref(), Some("example.com"));
    assert_eq!(
        app.session.websites.as_ref().unwrap()[0].name.as_deref(),
        Some("张三的摄影笔记")
    );
    saved_and_opened(&app.session);
    // Joining the blog: the blog's description is the domain's; the old one goes.
    type_into(&mut app, Q::DomainWebsite, "blog");
    let w = app.session.websites.clone().unwrap();
    assert_eq!(w.len(), 1);
    assert_eq!(w[0].label, "blog");
    assert_eq!(
        format!("{:?}", app.value(Q::WebsiteName)),
        format!(
            "{:?}",
            icp_prep::engine::questions::Value::Text("张三的读书笔记".into())
        )
    );
    saved_and_opened(&app.session);
}

#[test]
fn the_review_lists_the_filing_type_and_each_domains_website() {
    let mut s = individual(
        ProvinceSlug::Guangdong,
        &[("example.com", Some("home")), ("example.net", Some("home"))],
    );
    s.filing = Some(Filing {
        kind: Some(FilingType::FirstFiling),
        entity_icp_number: None,
    });
    s.websites = Some(vec![named("home", "张三的摄影笔记")]);
    let app = app_on(s, Step::Review, Language::En);
    let rows = app.review_rows();
    assert_eq!(rows[0].field, Q::FilingType);
    for d in 0..2 {
        assert!(
            rows.iter()
                .any(|r| r.field == Q::WebsiteName && r.domain == d),
            "domain {d}'s website"
        );
        let value = Q::WebsiteName.slot().value(&app.session, d);
        assert_eq!(
            choices::display(&value, k(), Language::En),
            "张三的摄影笔记"
        );
    }
    let value = Q::FilingType.slot().value(&app.session, 0);
    assert!(choices::display(&value, k(), Language::En).starts_with("first filing"));
}

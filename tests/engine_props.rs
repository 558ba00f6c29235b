//! Property tests of the engine over random valid sessions: it never panics, item ids are
//! unique, every question it reports as `needed` gives a todo while unanswered and answering
//! it changes that item; and a saved session loads back field for field.

use chrono::NaiveDate;
use icp_prep::engine::questions::{Kind, Pick, QuestionId as Q, Slot, Value};
use icp_prep::engine::{self, Checklist, Status};
use icp_prep::knowledge::Knowledge;
use icp_prep::session::*;
use proptest::prelude::*;
use proptest::sample::select;

fn k() -> &'static Knowledge {
    static K: std::sync::OnceLock<Knowledge> = std::sync::OnceLock::new();
    K.get_or_init(|| Knowledge::builtin().unwrap())
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

fn opt<T: std::fmt::Debug + Clone + 'static>(
    s: impl Strategy<Value = T> + 'static,
) -> BoxedStrategy<Option<T>> {
    prop::option::of(s).boxed()
}

fn one<T: Copy + std::fmt::Debug + 'static>(all: &'static [T]) -> BoxedStrategy<Option<T>> {
    opt(select(all))
}

fn answer() -> BoxedStrategy<Option<Answer>> {
    one(&[Answer::Yes, Answer::No, Answer::Unsure])
}

fn date() -> BoxedStrategy<Option<NaiveDate>> {
    opt(select(vec![
        NaiveDate::from_ymd_opt(2020, 1, 31).unwrap(),
        NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
        NaiveDate::from_ymd_opt(2027, 2, 28).unwrap(),
        NaiveDate::from_ymd_opt(2027, 12, 31).unwrap(),
        NaiveDate::from_ymd_opt(2040, 1, 1).unwrap(),
    ]))
}

fn text(words: &'static [&'static str]) -> BoxedStrategy<Option<String>> {
    opt(select(words).prop_map(str::to_string))
}

/// Numbers the validators read in every way: valid, wrong check character, wrong shape.
const NUMBERS: &[&str] = &[
    "44030019850101123X",
    "440300198501011235",
    "91440300MA5D0B1C2R",
    "9144 0300 MA5D 0B1C 2X",
    "810000199001010019",
    "H12345678",
    "E12345678",
    "12",
];

fn number() -> BoxedStrategy<Option<CertNumber>> {
    opt(select(NUMBERS).prop_map(|n| CertNumber(n.to_string())))
}

fn person() -> BoxedStrategy<Option<Person>> {
    opt((
        one(Residency::ALL),
        one(CertificateType::ALL),
        number(),
        answer(),
        date(),
    )
        .prop_map(|(residency, document, number, legal, valid_until)| Person {
            residency,
            document,
            number,
            is_legal_representative: legal,
            valid_until,
        }))
}

fn subset<T: Copy + std::fmt::Debug + 'static>(all: &'static [T]) -> BoxedStrategy<Option<Vec<T>>> {
    opt(prop::sample::subsequence(
        all.to_vec(),
        0..=all.len().min(4),
    ))
}

fn applicant() -> BoxedStrategy<Option<Applicant>> {
    opt((
        one(ProvinceSlug::ALL),
        one(EntityType::ALL),
        text(&["Acme", "张三", " "]),
        one(ProvinceSlug::ALL),
        answer(),
        answer(),
    )
        .prop_map(
            |(province, entity_type, name, domicile, permit, reviewed)| Applicant {
                province,
                entity_type,
                name,
                domicile_province: domicile,
                has_residence_permit: permit,
                regulations_reviewed: reviewed,
            },
        ))
}

fn domain() -> BoxedStrategy<DomainEntry> {
    (
        text(&[
            "example.com",
            "例子.中国",
            "shop.example.com.cn",
            "bad_name",
            "x.me",
        ]),
        text(&["home", "shop"]),
        one(Registrar::ALL),
        answer(),
        date(),
        one(Holder::ALL),
        one(HolderKind::ALL),
        answer(),
        date(),
    )
        .prop_map(
            |(name, website, registrar, real, on, holder, kind, matches, expires)| DomainEntry {
                name,
                website,
                registrar,
                real_name_verified: real,
                real_name_verified_on: on,
                holder,
                holder_kind: kind,
                holder_matches: matches,
                expires_on: expires,
            },
        )
        .boxed()
}

/// ICP numbers in every form the checks tell apart: entity and site numbers of two provinces,
/// a licence number, a bad form.
const ICP_NUMBERS: &[&str] = &[
    "粤ICP备12345678号",
    "粤ICP备12345678号-2",
    "京ICP备87654321号",
    "京ICP备87654321号-1",
    "粤ICP证123456号",
    "ICP12",
];

fn filing() -> BoxedStrategy<Option<Filing>> {
    opt(
        (one(FilingType::ALL), text(ICP_NUMBERS)).prop_map(|(kind, entity_icp_number)| Filing {
            kind,
            entity_icp_number,
        }),
    )
}

/// One description per label, for some of the labels the domains carry (a file with a label no
/// domain carries does not open, so none is generated).
fn websites(domains: &Option<Vec<DomainEntry>>) -> BoxedStrategy<Option<Vec<Website>>> {
    let mut labels: Vec<String> = domains
        .iter()
        .flatten()
        .filter_map(|d| d.website.clone())
        .collect();
    labels.sort();
    labels.dedup();
    let site = (
        text(&[
            "张三的摄影笔记",
            "张三论坛",
            "中国好物商城",
            "example.com",
            "Acme",
            "张三",
        ]),
        text(&["记录本人周末拍摄的照片", " "]),
        subset(WebsiteFeature::ALL),
        text(ICP_NUMBERS),
    );
    let entries: Vec<_> = labels
        .into_iter()
        .map(|label| {
            opt(site
                .clone()
                .prop_map(move |(name, remark, features, icp_number)| Website {
                    label: label.clone(),
                    name,
                    remark,
                    features,
                    icp_number,
                }))
        })
        .collect();
    opt(entries.prop_map(|e| e.into_iter().flatten().collect::<Vec<_>>()))
}

fn instance() -> BoxedStrategy<Option<Instance>> {
    opt((
        one(ProductId::ALL),
        answer(),
        one(Billing::ALL),
        opt(0u32..40),
        date(),
        answer(),
        opt(0u32..6),
        opt(select(vec![0.0, 98.5, 99.0, 120.25])),
    )
        .prop_map(
            |(product, region, billing, months, expires, bandwidth, used, amount)| Instance {
                product,
                region_mainland: region,
                billing,
                subscription_months: months,
                expires_on: expires,
                public_bandwidth: bandwidth,
                service_numbers_used: used,
                order_amount_rmb: amount,
            },
        ))
}

fn materials() -> BoxedStrategy<Option<Materials>> {
    let cert = opt((one(CertificateType::ALL), number(), date()).prop_map(
        |(kind, number, valid_until)| EntityCertificate {
            kind,
            number,
            valid_until,
        },
    ));
    opt((
        cert,
        person(),
        person(),
        answer(),
        answer(),
        answer(),
        subset(MaterialId::ALL),
    )
        .prop_map(
            |(entity_certificate, leader, admin, changed, finance, statement, prepared)| {
                Materials {
                    entity_certificate,
                    leader,
                    admin,
                    certificate_changed: changed,
                    finance_content: finance,
                    all_domains_in_statement: statement,
                    prepared,
                }
            },
        ))
}

prop_compose! {
    fn domains_and_websites()(
        domains in opt(prop::collection::vec(domain(), 0..3))
    )(
        websites in websites(&domains),
        domains in Just(domains),
    ) -> (Option<Vec<DomainEntry>>, Option<Vec<Website>>) {
        (domains, websites)
    }
}

prop_compose! {
    fn any_session()(
        applicant in applicant(),
        (domains, websites) in domains_and_websites(),
        filing in filing(),
        instance in instance(),
        materials in materials(),
        account in opt((answer(), one(AccountSite::ALL), answer(), answer()).prop_map(
            |(has, site, real, other)| Account {
                has_account: has,
                site,
                real_name_verified: real,
                holds_other_entity: other,
            })),
        preapproval in opt((subset(IndustryId::ALL), subset(IndustryId::ALL)).prop_map(
            |(industries, approvals_ready)| Preapproval { industries, approvals_ready })),
        step in one(Step::ALL),
        language in one(Language::ALL),
        name in text(&["Acme shop", "张三的网站"]),
    ) -> Session {
        Session {
            version: 1,
            name,
            created: None,
            updated: None,
            step,
            question: None,
            language,
            applicant,
            domains,
            instance,
            materials,
            account,
            preapproval,
            filing,
            websites,
        }
    }
}

/// A reasonable answer to a question, of its own type.
fn answer_it(kind: &Kind, id: Q, s: &mut Session, domain: usize) {
    let slot: Slot = id.slot();
    let result = match kind {
        Kind::Choice(options) => slot.set_picks(s, domain, &options[..1]),
        Kind::Multi(_) => slot.set_picks(s, domain, &[]),
        Kind::YesNo => slot.set_answer(s, domain, Answer::Yes),
        Kind::Text => {
            let typed = match id {
                Q::DomainName => "answered.com",
                Q::EntityCertNumber => "91440300MA5D0B1C2R",
                Q::LeaderNumber | Q::AdminNumber => "44030019850101123X",
                Q::EntityIcpNumber => "粤ICP备12345678号",
                Q::WebsiteIcpNumber => "粤ICP备12345678号-1",
                _ => "Answered",
            };
            slot.set_text(s, domain, typed)
        }
        Kind::Date => slot.set_text(s, domain, "2030-01-01"),
        Kind::Number => slot.set_text(s, domain, "1"),
        Kind::Decimal => slot.set_text(s, domain, "120"),
        Kind::DomainList => {
            s.domains = Some(vec![DomainEntry {
                name: Some("answered.com".into()),
                ..Default::default()
            }]);
            Ok(())
        }
    };
    result.expect("an answer of the question's own kind is written");
}

fn item<'a>(c: &'a Checklist, id: &str) -> Option<(Status, &'a str)> {
    c.items
        .iter()
        .find(|i| i.id == id)
        .map(|i| (i.status, i.detail.as_str()))
}

fn unanswered(v: &Value) -> bool {
    matches!(v, Value::Empty)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn evaluate_never_panics_and_ids_are_unique(s in any_session()) {
        let c = engine::evaluate(&s, k(), today());
        let mut ids: Vec<&str> = c.items.iter().map(|i| i.id.as_str()).collect();
        let n = ids.len();
        ids.sort_unstable();
        ids.dedup();
        prop_assert_eq!(ids.len(), n, "duplicate ids in {:?}", c.items.iter().map(|i| &i.id).collect::<Vec<_>>());
    }

    /// `engine::counts` (the start screen, `list`, plain mode) skips the texts; it must count
    /// exactly what the checklist holds, in every province and on every date in the range.
    #[test]
    fn counts_without_texts_are_the_checklists_counts(
        s in any_session(),
        days in 0i64..1200,
    ) {
        let on = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap() + chrono::Duration::days(days);
        prop_assert_eq!(
            engine::counts(&s, k(), on),
            engine::evaluate(&s, k(), on).counts()
        );
    }

    #[test]
    fn a_needed_question_unanswered_is_a_todo_and_answering_it_changes_its_item(
        s in any_session()
    ) {
        let a = engine::assess(&s, k(), today(), Language::En);
        for q in a.questions.iter().flat_map(|sq| &sq.questions) {
            if !q.needed || !unanswered(&q.value(&s)) {
                continue;
            }
            let id = q.item.as_deref().expect("a needed question names its item");
            let before = item(&a.checklist, id);
            prop_assert!(
                matches!(before, Some((Status::Todo | Status::Blocked, _))),
                "{:?} (domain {}) unanswered: item {} is {:?}", q.id, q.domain, id, before
            );
            let mut answered = s.clone();
            answer_it(&q.kind, q.id, &mut answered, q.domain);
            let after_checklist = engine::evaluate_in(&answered, k(), today(), Language::En);
            let after = item(&after_checklist, id);
            prop_assert!(before != after, "{:?}: answering it left {} as {:?}", q.id, id, before);
        }
    }

    #[test]
    fn a_saved_session_loads_back_field_for_field(s in any_session()) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.yaml");
        let mut saved = s.clone();
        icp_prep::store::save(&path, &mut saved, icp_prep::store::now()).unwrap();
        let loaded = icp_prep::store::load(&path).unwrap();
        prop_assert_eq!(&loaded, &saved);
        // Saving adds only the timestamps.
        saved.created = None;
        saved.updated = None;
        prop_assert_eq!(saved, s);
    }
}

#[test]
fn every_option_the_engine_offers_is_written_and_read_back() {
    let mut s = Session {
        version: 1,
        domains: Some(vec![DomainEntry::default()]),
        preapproval: Some(Preapproval {
            industries: Some(IndustryId::ALL.to_vec()),
            approvals_ready: None,
        }),
        ..Default::default()
    };
    for q in engine::questions(&s.clone(), k(), today())
        .iter()
        .flat_map(|sq| &sq.questions)
    {
        if let Kind::Choice(options) | Kind::Multi(options) = &q.kind {
            for p in options {
                let picks: [Pick; 1] = [*p];
                q.slot().set_picks(&mut s, q.domain, &picks).unwrap();
                let back = match q.slot().value(&s, q.domain) {
                    Value::Pick(x) => vec![x],
                    Value::Picks(x) => x,
                    other => panic!("{:?}: {other:?}", q.id),
                };
                assert_eq!(back, picks.to_vec(), "{:?}", q.id);
            }
        }
    }
}

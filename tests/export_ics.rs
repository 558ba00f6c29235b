//! The calendar export (`export --format ics`): valid RFC 5545 as a real iCalendar parser reads
//! it, CRLF lines folded at 75 octets, stable UIDs, DTSTAMP from the pinned date, every entry
//! with its reason and source, and expiry reminders that come before the day the engine's own
//! minimum-term check starts to fail.

use std::collections::HashSet;
use std::path::Path;

use chrono::{Days, NaiveDate};
use icalendar::parser::{Component, read_calendar, unfold};

use icp_prep::engine::{self, MilestoneKind, REMINDER_DAYS, Status};
use icp_prep::export::{self, Format, Options};
use icp_prep::knowledge::Knowledge;
use icp_prep::session::{Language, Session};

const FIXTURES: &[&str] = &[
    "full-guangdong-enterprise",
    "guangdong-hong-kong-individual",
    "sichuan-enterprise-payg",
];

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

fn session(name: &str) -> Session {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(format!("{name}.yaml"));
    icp_prep::session::parse(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn ics(name: &str, s: &Session, lang: Language, today: NaiveDate) -> String {
    let opts = Options {
        format: Format::Ics,
        today,
        lang,
        show_private: false,
    };
    export::render(name, s, &Knowledge::builtin().unwrap(), &opts)
}

/// A property's value, TEXT escapes undone.
fn prop(c: &Component, name: &str) -> Option<String> {
    c.find_prop(name)
        .map(|p| p.val.clone().unescape_text().as_ref().to_string())
}

fn entries(text: &str) -> Vec<Component<'static>> {
    let unfolded = unfold(text);
    let cal = read_calendar(&unfolded).unwrap_or_else(|e| panic!("not iCalendar: {e}"));
    assert_eq!(
        cal.properties
            .iter()
            .find(|p| p.name == "VERSION")
            .map(|p| p.val.as_ref().to_string()),
        Some("2.0".into())
    );
    assert!(cal.properties.iter().any(|p| p.name == "PRODID"));
    cal.components.iter().map(|c| to_owned(c)).collect()
}

fn to_owned(c: &Component) -> Component<'static> {
    Component {
        name: c.name.to_owned(),
        properties: c
            .properties
            .iter()
            .map(|p| icalendar::parser::Property {
                name: p.name.to_owned(),
                val: p.val.to_owned(),
                params: Vec::new(),
            })
            .collect(),
        components: c.components.iter().map(to_owned).collect(),
    }
}

#[test]
fn every_fixture_is_valid_folded_crlf_icalendar_with_reasons_and_sources() {
    for lang in [Language::En, Language::ZhCn] {
        for name in FIXTURES {
            let text = ics(name, &session(name), lang, today());
            assert!(text.starts_with("BEGIN:VCALENDAR\r\n"), "{name}");
            assert!(text.ends_with("END:VCALENDAR\r\n"), "{name}");
            assert!(!text.replace("\r\n", "").contains('\n'), "{name}: bare LF");
            assert!(!text.replace("\r\n", "").contains('\r'), "{name}: bare CR");
            for line in text.split("\r\n") {
                assert!(line.len() <= 75, "{name}: {} octets: {line}", line.len());
            }
            let comps = entries(&text);
            assert!(comps.len() >= 3, "{name}: {} entries", comps.len());
            let mut uids = HashSet::new();
            for c in &comps {
                assert!(
                    c.name == "VTODO" || c.name == "VEVENT",
                    "{}",
                    c.name.as_ref()
                );
                let uid = prop(c, "UID").expect("UID");
                assert!(uids.insert(uid.clone()), "{name}: duplicate UID {uid}");
                assert_eq!(prop(c, "DTSTAMP").as_deref(), Some("20261128T000000Z"));
                assert!(prop(c, "DTSTART").is_some_and(|d| d.len() == 8));
                if c.name == "VTODO" {
                    let (start, due) = (prop(c, "DTSTART").unwrap(), prop(c, "DUE").unwrap());
                    assert!(due > start, "{name}: {uid} due {due} not after {start}");
                } else {
                    let (start, end) = (prop(c, "DTSTART").unwrap(), prop(c, "DTEND").unwrap());
                    assert!(end > start, "{name}: {uid}");
                }
                let summary = prop(c, "SUMMARY").unwrap();
                let description = prop(c, "DESCRIPTION").unwrap();
                let source = match lang {
                    Language::En => "Source: ",
                    Language::ZhCn => "来源：",
                };
                assert!(description.contains(source), "{name}: {description}");
                assert!(
                    description.contains("\n\n"),
                    "escaped line breaks read back"
                );
                if lang == Language::ZhCn {
                    assert!(
                        summary
                            .chars()
                            .any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c)),
                        "{name}: {summary}"
                    );
                }
                for alarm in &c.components {
                    assert_eq!(alarm.name, "VALARM");
                    assert_eq!(prop(alarm, "ACTION").as_deref(), Some("DISPLAY"));
                    assert!(prop(alarm, "TRIGGER").is_some_and(|t| t.ends_with('D')));
                    assert!(prop(alarm, "DESCRIPTION").is_some());
                }
            }
            // The steps after submitting are always there.
            for step in [
                "filing.sms-check",
                "filing.bureau-review",
                "filing.public-security",
            ] {
                assert!(
                    uids.iter().any(|u| u.starts_with(step)),
                    "{name}: no {step}"
                );
            }
        }
    }
}

#[test]
fn uids_are_stable_and_nothing_reads_the_clock() {
    let s = session("full-guangdong-enterprise");
    let a = ics("full-guangdong-enterprise", &s, Language::En, today());
    let b = ics("full-guangdong-enterprise", &s, Language::En, today());
    assert_eq!(a, b, "same input, same bytes");
    let later = today().checked_add_days(Days::new(40)).unwrap();
    let c = ics("full-guangdong-enterprise", &s, Language::En, later);
    assert!(c.contains("DTSTAMP:20270107T000000Z"));
    let uids =
        |t: &str| -> Vec<String> { entries(t).iter().filter_map(|c| prop(c, "UID")).collect() };
    assert_eq!(uids(&a), uids(&c), "UIDs do not depend on the date");
    let zh = ics("full-guangdong-enterprise", &s, Language::ZhCn, today());
    assert_eq!(uids(&a), uids(&zh), "UIDs do not depend on the language");
}

#[test]
fn an_expiry_reminder_comes_before_the_engine_starts_to_block() {
    // ECS is judged on the term remaining: the reminder must come before the first day the
    // checklist blocks for a short term, and that day must be the line the calendar names.
    let s = session("full-guangdong-enterprise");
    let k = Knowledge::builtin().unwrap();
    let plan = engine::timeline(&s, &k, today(), Language::En);
    let m = plan
        .iter()
        .find(|m| m.id == "instance.expiry")
        .expect("instance expiry");
    assert_eq!(m.kind, MilestoneKind::Event);
    assert_eq!(m.start, NaiveDate::from_ymd_opt(2027, 11, 20).unwrap());
    let remind = m.remind_on.unwrap();
    let line = remind.checked_add_days(Days::new(REMINDER_DAYS)).unwrap();
    let status = |day: NaiveDate| {
        engine::evaluate(&s, &k, day)
            .items
            .into_iter()
            .find(|i| i.id == "instance.remaining-term")
            .map(|i| i.status)
    };
    assert_eq!(status(remind), Some(Status::Done));
    assert_eq!(status(line), Some(Status::Done));
    assert_eq!(status(line.succ_opt().unwrap()), Some(Status::Blocked));
    // The reminder is written as a trigger before the expiry day.
    let text = ics("full-guangdong-enterprise", &s, Language::En, today());
    let days = (m.start - remind).num_days();
    assert!(text.contains(&format!("TRIGGER:-P{days}D")), "{text}");
}

#[test]
fn submitting_waits_for_real_name_data_and_numbers_come_from_the_rules() {
    let mut s = session("full-guangdong-enterprise");
    let k = Knowledge::builtin().unwrap();
    // Verified on a Friday: 3 working days later is Wednesday.
    let friday = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    for d in s.domains.iter_mut().flatten() {
        d.real_name_verified_on = Some(friday);
    }
    let plan = engine::timeline(&s, &k, today(), Language::En);
    let wednesday = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
    let sms = plan.iter().find(|m| m.id == "filing.sms-check").unwrap();
    assert_eq!(sms.start, wednesday, "submit once the data has arrived");
    let review = plan
        .iter()
        .find(|m| m.id == "filing.bureau-review")
        .unwrap();
    let days = k
        .rule("regulations.bureau-review")
        .unwrap()
        .threshold
        .unwrap();
    assert_eq!(
        icp_prep::validate::dates::working_days_between(review.start, review.end),
        i64::from(days)
    );
    let public = plan
        .iter()
        .find(|m| m.id == "filing.public-security")
        .unwrap();
    let limit = k
        .rule("regulations.public-security")
        .unwrap()
        .threshold
        .unwrap();
    assert_eq!((public.end - review.end).num_days(), i64::from(limit));
    assert!(public.detail.contains(&limit.to_string()));
}

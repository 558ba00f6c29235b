//! Forward motion (issue 13): an answer moves on to the next question waiting for one, its
//! editor or list open; Enter never answers a yes/no by itself; residency comes first and
//! decides the documents offered; a session resumes on the question it was left on.

use chrono::NaiveDate;
use icp_prep::engine::questions::{Kind, Pick, QuestionId as Field};
use icp_prep::knowledge::Knowledge;
use icp_prep::session::{Answer, CertificateType, Residency, Session, Step};
use icp_prep::tui::app::{App, Mode};
use icp_prep::tui::{Effect, Msg, update};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn k() -> &'static Knowledge {
    static K: std::sync::OnceLock<Knowledge> = std::sync::OnceLock::new();
    K.get_or_init(|| Knowledge::builtin().unwrap())
}

fn app_with(session: Session) -> App<'static> {
    App::new(
        "test",
        session,
        k(),
        NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
        icp_prep::session::Language::En,
    )
}

fn app() -> App<'static> {
    app_with(Session {
        version: 1,
        ..Default::default()
    })
}

fn press(app: &mut App, code: KeyCode) -> Vec<Effect> {
    update(app, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

fn typ(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

/// The question the wizard is on, and whether its editor or list is open.
fn on(app: &App) -> (Field, bool) {
    let open = match &app.mode {
        Mode::Edit { field, .. } | Mode::Pick { field, .. } => Some(*field),
        _ => None,
    };
    let focused = app.focused_field().map(|q| q.id);
    let field = open.or(focused).expect("on a question");
    (field, open.is_some())
}

fn pick_cursor(app: &App) -> Option<Option<usize>> {
    match &app.mode {
        Mode::Pick { cursor, .. } => Some(*cursor),
        _ => None,
    }
}

#[test]
fn each_answer_opens_the_next_question_and_residency_decides_the_rest() {
    let mut a = app();
    // The first question has to be opened; from then on every answer opens the next.
    assert_eq!(on(&a), (Field::FilingType, false));
    press(&mut a, KeyCode::Enter);
    typ(&mut a, "first");
    press(&mut a, KeyCode::Enter);
    assert_eq!(on(&a), (Field::Province, true));
    typ(&mut a, "guangdong");
    press(&mut a, KeyCode::Enter);
    assert_eq!(on(&a), (Field::EntityType, true));
    typ(&mut a, "individual");
    press(&mut a, KeyCode::Enter);
    assert_eq!(on(&a), (Field::EntityName, true));
    typ(&mut a, "陈大文");
    press(&mut a, KeyCode::Enter);
    // Residency before any domicile: a Hong Kong resident is never asked for one.
    assert_eq!(on(&a), (Field::LeaderResidency, true));
    assert_eq!(pick_cursor(&a), Some(None), "no residency is assumed");
    typ(&mut a, "hong");
    press(&mut a, KeyCode::Enter);
    assert_eq!(on(&a), (Field::LeaderDocument, true));
    let Mode::Pick {
        options, cursor, ..
    } = &a.mode
    else {
        panic!("the document list is open")
    };
    let offered: Vec<Pick> = options.iter().map(|o| o.pick).collect();
    assert_eq!(
        offered,
        vec![
            Pick::Certificate(CertificateType::HkMacaoResidencePermit),
            Pick::Certificate(CertificateType::HkMacaoTravelPermit),
        ],
        "only the documents a Hong Kong resident can use"
    );
    assert_eq!(*cursor, Some(0), "the usual document is preselected");
    press(&mut a, KeyCode::Down);
    press(&mut a, KeyCode::Enter);
    assert_eq!(on(&a), (Field::LeaderNumber, true));
    typ(&mut a, "H12345678");
    press(&mut a, KeyCode::Enter);
    assert!(
        !a.fields().iter().any(|q| q.id == Field::DomicileProvince),
        "no domicile for a Hong Kong document"
    );
    assert_eq!(
        on(&a),
        (Field::RegulationsReviewed, false),
        "y/n/u answer it"
    );
    press(&mut a, KeyCode::Char('y'));
    assert_eq!(
        a.step(),
        Step::Domain,
        "the last answer of a step opens the next"
    );
    let leader = a
        .session
        .materials
        .as_ref()
        .unwrap()
        .leader
        .clone()
        .unwrap();
    assert_eq!(leader.residency, Some(Residency::HongKong));
    assert_eq!(leader.document, Some(CertificateType::HkMacaoTravelPermit));
    // Asked once: the materials step does not ask the individual's document again.
    press(&mut a, KeyCode::Char('4'));
    assert!(!a.fields().iter().any(|q| q.id == Field::LeaderResidency));
}

#[test]
fn a_mainland_id_number_answers_the_domicile() {
    let mut a = app();
    for (field, typed) in [
        (Field::Province, "fujian"),
        (Field::EntityType, "individual"),
    ] {
        a.focus = a.fields().iter().position(|q| q.id == field).unwrap();
        a.mode = Mode::Browse;
        press(&mut a, KeyCode::Enter);
        typ(&mut a, typed);
        press(&mut a, KeyCode::Enter);
    }
    typ(&mut a, "张三");
    press(&mut a, KeyCode::Enter);
    typ(&mut a, "mainland");
    press(&mut a, KeyCode::Enter);
    assert_eq!(on(&a), (Field::LeaderDocument, true));
    assert_eq!(
        pick_cursor(&a),
        Some(Some(0)),
        "the resident ID, preselected"
    );
    press(&mut a, KeyCode::Enter);
    assert!(
        a.fields().iter().any(|q| q.id == Field::DomicileProvince),
        "asked while no ID number gives it"
    );
    typ(&mut a, "44030019850101123X");
    press(&mut a, KeyCode::Enter);
    assert!(
        !a.fields().iter().any(|q| q.id == Field::DomicileProvince),
        "the number gives Guangdong: nothing to ask"
    );
    // Guangdong ID, filing in Fujian: the cross-province question comes next.
    assert_eq!(on(&a).0, Field::HasResidencePermit);
}

#[test]
fn enter_on_a_yes_no_lists_the_answers_with_none_chosen() {
    let mut a = app();
    a.focus = a
        .fields()
        .iter()
        .position(|q| q.id == Field::RegulationsReviewed)
        .unwrap();
    assert_eq!(a.focused_field().unwrap().kind, Kind::YesNo);
    press(&mut a, KeyCode::Enter);
    assert_eq!(pick_cursor(&a), Some(None));
    assert!(
        press(&mut a, KeyCode::Enter).is_empty(),
        "nothing chosen yet"
    );
    assert_eq!(a.session.applicant, None, "no answer written");
    assert!(a.notice.is_some(), "says how to choose");
    press(&mut a, KeyCode::Down);
    press(&mut a, KeyCode::Down);
    assert_eq!(press(&mut a, KeyCode::Enter), vec![Effect::Save]);
    assert_eq!(
        a.session.applicant.as_ref().unwrap().regulations_reviewed,
        Some(Answer::No)
    );
}

#[test]
fn an_answer_skips_questions_already_answered() {
    let mut a = app_with(Session {
        version: 1,
        filing: Some(icp_prep::session::Filing {
            kind: Some(icp_prep::session::FilingType::FirstFiling),
            ..Default::default()
        }),
        applicant: Some(icp_prep::session::Applicant {
            entity_type: Some(icp_prep::session::EntityType::Enterprise),
            name: Some("Acme".into()),
            ..Default::default()
        }),
        ..Default::default()
    });
    assert_eq!(
        on(&a),
        (Field::Province, false),
        "resumes on the first open question"
    );
    press(&mut a, KeyCode::Enter);
    typ(&mut a, "shanghai");
    press(&mut a, KeyCode::Enter);
    assert_eq!(on(&a), (Field::RegulationsReviewed, false));
}

#[test]
fn a_session_resumes_on_the_question_it_was_left_on() {
    let mut a = app();
    press(&mut a, KeyCode::Char('2'));
    press(&mut a, KeyCode::Enter);
    typ(&mut a, "first.com");
    press(&mut a, KeyCode::Enter);
    press(&mut a, KeyCode::Esc);
    a.focus = 0;
    press(&mut a, KeyCode::Enter);
    typ(&mut a, "second.cn");
    press(&mut a, KeyCode::Enter);
    // Now on the second domain's next question; leave from there.
    let left_on = a.focused_field().map(|q| q.id).unwrap();
    assert_eq!(a.domain, 1);
    assert_eq!(
        a.session.question.as_deref(),
        Some(format!("domains[1].{}", &left_on.path()["domains.".len()..]).as_str()),
        "saved with the answer"
    );
    press(&mut a, KeyCode::Esc);
    let effects = press(&mut a, KeyCode::Char('q'));
    assert_eq!(effects, vec![Effect::Quit]);
    let b = app_with(a.session.clone());
    assert_eq!((b.step(), b.domain), (Step::Domain, 1));
    assert_eq!(b.focused_field().map(|q| q.id), Some(left_on));
    assert!(matches!(b.mode, Mode::Browse), "nothing opened by itself");
}

#[test]
fn opening_and_leaving_without_moving_writes_no_position() {
    let mut a = app();
    press(&mut a, KeyCode::Char('q'));
    assert_eq!(a.session.question, None);
    let mut b = app();
    press(&mut b, KeyCode::Down);
    press(&mut b, KeyCode::Char('q'));
    assert_eq!(b.session.question.as_deref(), Some("applicant.province"));
}

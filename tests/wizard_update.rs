//! The wizard's pure update, key by key: navigation, answers kept across steps, validation,
//! the province change, the review's jump-and-return, paste, and key releases ignored.

use chrono::NaiveDate;
use icp_prep::engine::questions::QuestionId as Field;
use icp_prep::knowledge::Knowledge;
use icp_prep::session::{Answer, ProvinceSlug, Session, Step};
use icp_prep::tui::app::{App, Mode};
use icp_prep::tui::{Effect, Msg, update};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

fn k() -> &'static Knowledge {
    static K: std::sync::OnceLock<Knowledge> = std::sync::OnceLock::new();
    K.get_or_init(|| Knowledge::builtin().unwrap())
}

fn app() -> App<'static> {
    App::new(
        "test",
        Session {
            version: 1,
            ..Default::default()
        },
        k(),
        NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
        icp_prep::session::Language::En,
    )
}

fn press(app: &mut App, code: KeyCode) -> Vec<Effect> {
    update(app, Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)))
}

fn ctrl(app: &mut App, c: char) -> Vec<Effect> {
    update(
        app,
        Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)),
    )
}

fn typ(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

/// Close whatever the forward motion opened (an answer opens the next question's editor or
/// list), as a user does with Esc to go elsewhere.
fn browse(app: &mut App) {
    if !matches!(app.mode, Mode::Browse) {
        press(app, KeyCode::Esc);
    }
}

/// A command key, pressed from browsing.
fn command(app: &mut App, code: KeyCode) -> Vec<Effect> {
    browse(app);
    press(app, code)
}

/// Focus the question `field` on the current step.
fn focus(app: &mut App, field: Field) {
    browse(app);
    app.focus = app
        .fields()
        .iter()
        .position(|q| q.id == field)
        .unwrap_or_else(|| panic!("{field:?} not shown"));
}

fn choose(app: &mut App, field: Field, typed: &str) {
    focus(app, field);
    press(app, KeyCode::Enter);
    typ(app, typed);
    press(app, KeyCode::Enter);
}

fn enter_text(app: &mut App, field: Field, text: &str) -> Vec<Effect> {
    focus(app, field);
    press(app, KeyCode::Enter);
    typ(app, text);
    press(app, KeyCode::Enter)
}

#[test]
fn steps_move_forward_back_and_jump_without_gating() {
    let mut a = app();
    assert_eq!(a.step(), Step::Regulations);
    command(&mut a, KeyCode::PageDown);
    assert_eq!(a.step(), Step::Domain);
    ctrl(&mut a, 'n');
    assert_eq!(a.step(), Step::Instance);
    ctrl(&mut a, 'p');
    command(&mut a, KeyCode::PageUp);
    assert_eq!(a.step(), Step::Regulations);
    command(&mut a, KeyCode::Char('6'));
    assert_eq!(a.step(), Step::Preapproval, "any step, nothing answered");
    command(&mut a, KeyCode::Char('7'));
    assert_eq!(a.step(), Step::Review);
    assert_eq!(
        a.session.step,
        Some(Step::Review),
        "the step is saved for resuming"
    );
}

#[test]
fn questions_move_with_tab_and_arrows_and_stop_at_the_ends() {
    let mut a = app();
    let n = a.fields().len();
    press(&mut a, KeyCode::Up);
    assert_eq!(a.focus, 0);
    press(&mut a, KeyCode::Tab);
    press(&mut a, KeyCode::Down);
    assert_eq!(a.focus, 2);
    press(&mut a, KeyCode::BackTab);
    assert_eq!(a.focus, 1);
    for _ in 0..20 {
        press(&mut a, KeyCode::Down);
    }
    assert_eq!(a.focus, n - 1);
}

#[test]
fn answers_survive_moving_between_steps() {
    let mut a = app();
    choose(&mut a, Field::Province, "guang");
    choose(&mut a, Field::EntityType, "enterprise");
    let effects = enter_text(&mut a, Field::EntityName, "Acme Trading");
    assert_eq!(effects, vec![Effect::Save], "a committed answer is saved");
    command(&mut a, KeyCode::PageDown);
    command(&mut a, KeyCode::PageDown);
    choose(&mut a, Field::Product, "ecs");
    command(&mut a, KeyCode::PageUp);
    command(&mut a, KeyCode::PageUp);
    let applicant = a.session.applicant.clone().unwrap();
    assert_eq!(applicant.province, Some(ProvinceSlug::Guangdong));
    assert_eq!(applicant.name.as_deref(), Some("Acme Trading"));
    assert!(a.session.instance.as_ref().unwrap().product.is_some());
    assert_eq!(
        a.checklist.get("regulations.province").unwrap().status,
        icp_prep::engine::Status::Done
    );
}

#[test]
fn letters_on_a_closed_list_are_commands_and_enter_opens_it_for_filtering() {
    let mut a = app();
    press(&mut a, KeyCode::Char('c'));
    assert_eq!(
        a.panel,
        icp_prep::tui::app::Panel::Checklist,
        "c is the checklist key"
    );
    press(&mut a, KeyCode::Esc);
    focus(&mut a, Field::Province);
    press(&mut a, KeyCode::Enter);
    typ(&mut a, "qinghai");
    press(&mut a, KeyCode::Enter);
    assert_eq!(
        a.session.applicant.as_ref().unwrap().province,
        Some(ProvinceSlug::Qinghai)
    );
    assert!(
        matches!(
            a.mode,
            Mode::Pick {
                field: Field::EntityType,
                ..
            }
        ),
        "the answer moved on to the next question, its list open"
    );
    focus(&mut a, Field::Province);
    press(&mut a, KeyCode::Enter);
    typ(&mut a, "44");
    press(&mut a, KeyCode::Enter);
    assert_eq!(
        a.session.applicant.as_ref().unwrap().province,
        Some(ProvinceSlug::Guangdong)
    );
}

#[test]
fn yes_no_keys_and_clearing() {
    let mut a = app();
    focus(&mut a, Field::RegulationsReviewed);
    press(&mut a, KeyCode::Char('u'));
    assert_eq!(
        a.session.applicant.as_ref().unwrap().regulations_reviewed,
        Some(Answer::Unsure)
    );
    assert_eq!(
        a.step(),
        Step::Domain,
        "the step's last answer moves to the next step"
    );
    command(&mut a, KeyCode::Char('1'));
    focus(&mut a, Field::RegulationsReviewed);
    press(&mut a, KeyCode::Char(' '));
    assert_eq!(
        a.session.applicant.as_ref().unwrap().regulations_reviewed,
        Some(Answer::Yes)
    );
    command(&mut a, KeyCode::Char('1'));
    focus(&mut a, Field::RegulationsReviewed);
    press(&mut a, KeyCode::Char('n'));
    assert_eq!(
        a.session.applicant.as_ref().unwrap().regulations_reviewed,
        Some(Answer::No)
    );
    command(&mut a, KeyCode::Char('1'));
    focus(&mut a, Field::RegulationsReviewed);
    press(&mut a, KeyCode::Delete);
    assert_eq!(
        a.session.applicant.as_ref().unwrap().regulations_reviewed,
        None,
        "unanswered again"
    );
}

#[test]
fn an_unreadable_date_keeps_the_field_open_with_the_reason() {
    let mut a = app();
    command(&mut a, KeyCode::Char('3'));
    choose(&mut a, Field::Product, "ecs");
    let effects = enter_text(&mut a, Field::InstanceExpires, "2027-02-30");
    assert!(effects.is_empty(), "nothing saved");
    match &a.mode {
        Mode::Edit { error: Some(e), .. } => assert!(e.contains("YYYY-MM-DD"), "{e}"),
        other => panic!("still editing with an error, got {other:?}"),
    }
    // Fix it in place: delete the day and retype.
    press(&mut a, KeyCode::Backspace);
    press(&mut a, KeyCode::Backspace);
    typ(&mut a, "28");
    assert_eq!(press(&mut a, KeyCode::Enter), vec![Effect::Save]);
    assert_eq!(
        a.session.instance.as_ref().unwrap().expires_on,
        NaiveDate::from_ymd_opt(2027, 2, 28)
    );
    assert!(matches!(a.mode, Mode::Browse));
}

#[test]
fn esc_cancels_typing_without_changing_the_answer() {
    let mut a = app();
    enter_text(&mut a, Field::EntityName, "First");
    focus(&mut a, Field::EntityName);
    press(&mut a, KeyCode::Enter);
    typ(&mut a, " and more");
    press(&mut a, KeyCode::Esc);
    assert_eq!(
        a.session.applicant.as_ref().unwrap().name.as_deref(),
        Some("First")
    );
}

#[test]
fn inline_validation_speaks_while_typing() {
    let mut a = app();
    choose(&mut a, Field::EntityType, "enterprise");
    command(&mut a, KeyCode::Char('4'));
    choose(&mut a, Field::LeaderResidency, "mainland");
    choose(&mut a, Field::LeaderDocument, "resident");
    focus(&mut a, Field::LeaderNumber);
    press(&mut a, KeyCode::Enter);
    typ(&mut a, "440300198501011235");
    let (ok, text) = a
        .inline_check(Field::LeaderNumber, "440300198501011235")
        .unwrap();
    assert!(
        !ok && text.contains('X'),
        "names the check character it needs: {text}"
    );
    let (ok, _) = a
        .inline_check(Field::LeaderNumber, "44030019850101123X")
        .unwrap();
    assert!(ok);
    let (ok, text) = a
        .inline_check(Field::DomainName, "https://www.Example.com/x")
        .unwrap();
    assert!(ok && text.contains("example.com"), "{text}");
}

#[test]
fn changing_the_province_updates_later_steps_and_keeps_other_answers() {
    let mut a = app();
    choose(&mut a, Field::Province, "fujian");
    choose(&mut a, Field::EntityType, "enterprise");
    enter_text(&mut a, Field::EntityName, "Acme");
    command(&mut a, KeyCode::Char('4'));
    assert!(
        !a.fields().iter().any(|q| q.id == Field::FinanceContent),
        "Fujian does not ask about finance content"
    );
    focus(&mut a, Field::CertificateChanged);
    press(&mut a, KeyCode::Char('n'));
    command(&mut a, KeyCode::Char('1'));
    choose(&mut a, Field::Province, "guangdong");
    command(&mut a, KeyCode::Char('4'));
    assert!(
        a.fields().iter().any(|q| q.id == Field::FinanceContent),
        "Guangdong asks about finance content"
    );
    assert_eq!(
        a.checklist
            .get("materials.guangdong_finance_commitment")
            .unwrap()
            .status,
        icp_prep::engine::Status::Todo
    );
    assert_eq!(
        a.session.materials.as_ref().unwrap().certificate_changed,
        Some(Answer::No),
        "kept"
    );
    assert_eq!(
        a.session.applicant.as_ref().unwrap().name.as_deref(),
        Some("Acme"),
        "kept"
    );
}

#[test]
fn review_jumps_to_a_question_and_returns_after_editing() {
    let mut a = app();
    enter_text(&mut a, Field::EntityName, "Old name");
    command(&mut a, KeyCode::Char('7'));
    let rows = a.review_rows();
    let row = rows
        .iter()
        .position(|r| r.field == Field::EntityName)
        .unwrap();
    a.focus = row;
    press(&mut a, KeyCode::Enter);
    assert_eq!(a.step(), Step::Regulations, "jumped to the question");
    assert!(
        matches!(
            a.mode,
            Mode::Edit {
                field: Field::EntityName,
                ..
            }
        ),
        "already editing"
    );
    ctrl(&mut a, 'u');
    typ(&mut a, "New name");
    press(&mut a, KeyCode::Enter);
    assert_eq!(a.step(), Step::Review, "back on the review");
    assert_eq!(a.focus, row, "on the same answer");
    assert_eq!(
        a.session.applicant.as_ref().unwrap().name.as_deref(),
        Some("New name")
    );
    // A select opened from the review returns too; Esc returns without a change.
    let prow = a
        .review_rows()
        .iter()
        .position(|r| r.field == Field::Province)
        .unwrap();
    a.focus = prow;
    press(&mut a, KeyCode::Enter);
    assert!(matches!(a.mode, Mode::Pick { .. }));
    press(&mut a, KeyCode::Esc);
    assert_eq!((a.step(), a.focus), (Step::Review, prow));
}

#[test]
fn domains_are_added_edited_switched_and_removed() {
    let mut a = app();
    command(&mut a, KeyCode::Char('2'));
    focus(&mut a, Field::Domains);
    press(&mut a, KeyCode::Enter);
    assert!(matches!(
        a.mode,
        Mode::Edit {
            field: Field::DomainName,
            ..
        }
    ));
    typ(&mut a, "first.com");
    press(&mut a, KeyCode::Enter);
    focus(&mut a, Field::Domains);
    press(&mut a, KeyCode::Enter);
    typ(&mut a, "second.cn");
    press(&mut a, KeyCode::Enter);
    assert_eq!(a.domain_count(), 2);
    assert!(a.checklist.get("domain.second.cn.name").is_some());
    focus(&mut a, Field::Domains);
    press(&mut a, KeyCode::Left);
    assert_eq!(a.domain, 0);
    press(&mut a, KeyCode::Delete);
    let names: Vec<_> = a
        .session
        .domains
        .iter()
        .flatten()
        .filter_map(|d| d.name.clone())
        .collect();
    assert_eq!(names, vec!["second.cn"]);
}

#[test]
fn multi_select_ticks_and_saves_in_knowledge_order() {
    let mut a = app();
    command(&mut a, KeyCode::Char('6'));
    focus(&mut a, Field::Industries);
    press(&mut a, KeyCode::Enter);
    typ(&mut a, "publish");
    press(&mut a, KeyCode::Char(' '));
    for _ in 0.."publish".len() {
        press(&mut a, KeyCode::Backspace);
    }
    typ(&mut a, "news");
    press(&mut a, KeyCode::Char(' '));
    press(&mut a, KeyCode::Enter);
    use icp_prep::session::IndustryId;
    assert_eq!(
        a.session.preapproval.as_ref().unwrap().industries,
        Some(vec![IndustryId::News, IndustryId::Publishing])
    );
    assert!(
        a.fields().iter().any(|q| q.id == Field::ApprovalsReady),
        "asked once industries are chosen"
    );
}

#[test]
fn paste_arrives_as_one_value() {
    let mut a = app();
    focus(&mut a, Field::EntityName);
    update(&mut a, Msg::Paste("Acme\nTrading\tCo.".into()));
    assert!(
        matches!(a.mode, Mode::Edit { .. }),
        "paste on a text field starts editing"
    );
    press(&mut a, KeyCode::Enter);
    assert_eq!(
        a.session.applicant.as_ref().unwrap().name.as_deref(),
        Some("Acme Trading Co.")
    );
}

#[test]
fn key_releases_are_ignored() {
    let mut a = app();
    let mut release = KeyEvent::new(KeyCode::PageDown, KeyModifiers::NONE);
    release.kind = KeyEventKind::Release;
    update(&mut a, Msg::Key(release));
    assert_eq!(a.step(), Step::Regulations);
}

#[test]
fn quitting_saves_and_keeps_what_is_being_typed() {
    let mut a = app();
    focus(&mut a, Field::EntityName);
    press(&mut a, KeyCode::Enter);
    typ(&mut a, "Half typed");
    let effects = ctrl(&mut a, 'c');
    assert!(effects.contains(&Effect::Quit) && effects.contains(&Effect::Save));
    assert_eq!(
        a.session.applicant.as_ref().unwrap().name.as_deref(),
        Some("Half typed")
    );
    let mut a = app();
    assert_eq!(press(&mut a, KeyCode::Char('q')), vec![Effect::Quit]);
    // In a text field `q` is just a letter.
    let mut a = app();
    focus(&mut a, Field::EntityName);
    press(&mut a, KeyCode::Enter);
    assert!(press(&mut a, KeyCode::Char('q')).is_empty());
    assert!(matches!(a.mode, Mode::Edit { .. }), "still typing");
}

#[test]
fn help_overlay_opens_scrolls_and_any_other_key_closes_it() {
    let mut a = app();
    press(&mut a, KeyCode::Char('?'));
    assert!(a.help);
    // The scroll keys scroll it (on a short screen), any other key closes it.
    for code in [
        KeyCode::PageDown,
        KeyCode::Down,
        KeyCode::Char('j'),
        KeyCode::PageUp,
    ] {
        press(&mut a, code);
        assert!(a.help, "{code:?} closed the help");
    }
    press(&mut a, KeyCode::Char('x'));
    assert!(!a.help);
    assert_eq!(
        a.step(),
        Step::Regulations,
        "the closing key does nothing else"
    );
    press(&mut a, KeyCode::F(1));
    assert!(a.help);
}

#[test]
fn checklist_panel_focus_scope_and_expansion() {
    let mut a = app();
    press(&mut a, KeyCode::Char('c'));
    assert_eq!(a.panel, icp_prep::tui::app::Panel::Checklist);
    let this_step = a.panel_items().len();
    press(&mut a, KeyCode::Char('a'));
    assert!(a.panel_items().len() > this_step, "all steps");
    press(&mut a, KeyCode::Down);
    press(&mut a, KeyCode::Enter);
    assert!(a.expanded && a.check_cursor == 1);
    press(&mut a, KeyCode::Esc);
    assert_eq!(a.panel, icp_prep::tui::app::Panel::Form);
    // Blockers come first in the panel.
    let mut s = Session {
        version: 1,
        ..Default::default()
    };
    s.domains = Some(vec![]);
    s.step = Some(Step::Domain);
    let b = App::new(
        "b",
        s,
        k(),
        NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
        icp_prep::session::Language::En,
    );
    assert_eq!(b.panel_items()[0].status, icp_prep::engine::Status::Blocked);
}

#[test]
fn export_prompt_chooses_format_and_path() {
    let mut a = app();
    press(&mut a, KeyCode::Char('e'));
    assert!(matches!(a.mode, Mode::Export { .. }));
    // Tab chooses the format; the default path follows it.
    press(&mut a, KeyCode::Tab);
    let effects = press(&mut a, KeyCode::Enter);
    assert_eq!(
        effects,
        vec![Effect::Export(
            icp_prep::export::Format::Html,
            "test-checklist.html".into()
        )]
    );
    // The prompt stays open until the event loop reports the file written.
    assert!(matches!(a.mode, Mode::Export { .. }));
    icp_prep::tui::update::exported(&mut a, Ok("/abs/test-checklist.html".into()));
    assert!(matches!(a.mode, Mode::Browse));
    assert_eq!(a.last_export.as_deref(), Some("/abs/test-checklist.html"));
    press(&mut a, KeyCode::Char('e'));
    ctrl(&mut a, 'u');
    typ(&mut a, "/tmp/out.d");
    // ←/→ move the cursor in the path (they do not change the format).
    press(&mut a, KeyCode::Left);
    press(&mut a, KeyCode::Left);
    typ(&mut a, "m");
    press(&mut a, KeyCode::End);
    typ(&mut a, "x");
    press(&mut a, KeyCode::Backspace);
    let effects = press(&mut a, KeyCode::Enter);
    assert_eq!(
        effects,
        vec![Effect::Export(
            icp_prep::export::Format::Markdown,
            "/tmp/outm.d".into()
        )]
    );
    // A failure keeps the prompt, with the reason, to correct the path.
    icp_prep::tui::update::exported(
        &mut a,
        Err("✘ Not written: that folder does not exist".into()),
    );
    match &a.mode {
        Mode::Export { path, error, .. } => {
            assert_eq!(path.value(), "/tmp/outm.d");
            assert_eq!(
                error.as_deref(),
                Some("✘ Not written: that folder does not exist")
            );
        }
        m => panic!("the prompt closed: {m:?}"),
    }
    // Shift+Tab goes back a format.
    press(&mut a, KeyCode::BackTab);
    match &a.mode {
        Mode::Export { format, .. } => assert_eq!(
            icp_prep::export::Format::ALL[*format],
            *icp_prep::export::Format::ALL.last().unwrap()
        ),
        m => panic!("{m:?}"),
    }
    assert!(press(&mut a, KeyCode::Esc).is_empty(), "Esc cancels");
    assert!(matches!(a.mode, Mode::Browse));
}

#[test]
fn language_switches_live_and_is_saved() {
    let mut a = app();
    assert_eq!(press(&mut a, KeyCode::Char('l')), vec![Effect::Save]);
    assert_eq!(a.lang, icp_prep::session::Language::ZhCn);
    assert_eq!(a.session.language, Some(icp_prep::session::Language::ZhCn));
    assert_eq!(
        a.checklist.get("regulations.province").unwrap().id,
        "regulations.province",
        "ids never translate"
    );
    press(&mut a, KeyCode::Char('l'));
    assert_eq!(a.session.language, Some(icp_prep::session::Language::En));
}

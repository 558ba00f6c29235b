//! Forward motion, as `npm init` and debconf move: after an answer, on to the next question
//! that waits for one (in this step, then this step's other domains, then the next step), its
//! editor or list already open. Which questions exist and in what order is the engine's
//! answer; this only walks them. Also where a resumed session lands.

use super::app::App;
use super::steps::{self, Transition};
use super::update;
use crate::engine::Question;
use crate::engine::questions::{Kind, QuestionId, Value};
use crate::session::Step;

/// A question nothing has answered yet.
fn waits(app: &App, q: &Question) -> bool {
    match q.kind {
        Kind::DomainList => app.domain_count() == 0,
        _ => q.value(&app.session) == Value::Empty,
    }
}

/// The first question at or after `from` of the current step that waits for an answer.
fn first_waiting(app: &App, from: usize) -> Option<usize> {
    let fields = app.fields();
    (from..fields.len()).find(|&i| waits(app, fields[i]))
}

/// Focus question `i` of the step and open it: an editor for what is typed, the list for a
/// choice. Yes/no questions take y/n/u where they are; the domain list takes Enter.
fn open(app: &mut App, i: usize) {
    app.focus = i;
    let Some(q) = app.fields().get(i).map(|q| (q.id, q.kind.clone())) else {
        return;
    };
    match q.1 {
        Kind::Text | Kind::Date | Kind::Number | Kind::Decimal => update::start_edit(app, q.0),
        Kind::Choice(_) | Kind::Multi(_) => update::start_pick(app, q.0),
        Kind::YesNo | Kind::DomainList => {}
    }
}

/// After `answered` was answered: on to the next question waiting for an answer.
pub(super) fn advance(app: &mut App, answered: QuestionId) {
    let domain = app.domain;
    let at = app
        .fields()
        .iter()
        .position(|q| q.id == answered && (q.kind == Kind::DomainList || q.domain == domain))
        .unwrap_or(app.focus);
    if let Some(i) = first_waiting(app, at + 1) {
        return open(app, i);
    }
    // The step's other domains, before leaving it.
    if app.step() == Step::Domain {
        for d in (0..app.domain_count()).filter(|d| *d != domain) {
            app.domain = d;
            if let Some(i) = first_waiting(app, 0) {
                return open(app, i);
            }
        }
        app.domain = domain;
    }
    let step = app.step();
    if steps::apply(step, Transition::Next) == step {
        return;
    }
    update::go(app, Transition::Next);
    app.domain = 0;
    if let Some(i) = first_waiting(app, 0) {
        open(app, i);
    }
}

/// Where a session opens: the question it was left on (saved as `question`), else the step's
/// first question still waiting for an answer. Nothing is opened for editing.
pub fn resume(app: &mut App) {
    if let Some((id, domain)) = app.session.question.as_deref().and_then(parse_position)
        && domain < app.domain_count().max(1)
    {
        app.domain = domain;
        let fields = app.fields();
        if let Some(i) = fields
            .iter()
            .position(|q| q.id == id && (q.kind == Kind::DomainList || q.domain == domain))
        {
            app.focus = i;
            return;
        }
        app.domain = 0;
    }
    app.focus = first_waiting(app, 0).unwrap_or(0);
}

/// The focused question as the session file keeps it: its path, with the domain's index for
/// domain questions (`domains[1].registrar`). `None` on the review.
pub fn position(app: &App) -> Option<String> {
    let q = app.fields().get(app.focus).copied()?;
    Some(position_text(q.id, app.domain))
}

fn position_text(id: QuestionId, domain: usize) -> String {
    match id.path().strip_prefix("domains.") {
        Some(field) => format!("domains[{domain}].{field}"),
        None => id.path().to_string(),
    }
}

/// Read back what [`position`] wrote.
pub fn parse_position(text: &str) -> Option<(QuestionId, usize)> {
    let (path, domain) = match text.strip_prefix("domains[") {
        Some(rest) => {
            let (n, field) = rest.split_once("].")?;
            (format!("domains.{field}"), n.parse().ok()?)
        }
        None => (text.to_string(), 0),
    };
    QuestionId::all()
        .find(|q| q.path() == path)
        .map(|q| (q, domain))
}

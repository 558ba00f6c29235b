//! The wizard's whole state. `update` (update.rs) changes it; the view (view/) draws it; the
//! event loop (run.rs) does the I/O. Nothing here touches the terminal or the disk.

use chrono::NaiveDate;
use tui_input::Input;

use super::choices::Choice;
use super::steps;
use crate::engine::questions::{self, Kind, Pick, QuestionId, Value};
use crate::engine::{self, Checklist, Item, Question, SectionQuestions, Status};
use crate::knowledge::Knowledge;
use crate::session::{Language, Session, Step};

/// What the keyboard is doing right now.
#[derive(Debug, Clone)]
pub enum Mode {
    /// Moving between questions; letters are commands.
    Browse,
    /// Typing into a text, date or number field.
    Edit {
        field: QuestionId,
        input: Input,
        error: Option<String>,
    },
    /// Choosing from the options the engine offers; typing filters them. `chosen` holds a
    /// multi-choice's ticks; `cursor` is `None` until an option is moved to or typed (an
    /// unanswered question has no default).
    Pick {
        field: QuestionId,
        options: Vec<Choice>,
        multi: bool,
        filter: Input,
        cursor: Option<usize>,
        chosen: Vec<Pick>,
    },
    /// Exporting the checklist: a format (index into `export::Format::ALL`), a path to edit,
    /// and why the last try failed (the prompt stays open to fix the path).
    Export {
        format: usize,
        path: Input,
        error: Option<String>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panel {
    Form,
    Checklist,
}

/// The autosave state shown in the header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saved {
    Saved,
    Saving,
    Failed(String),
}

/// A row of the review: one answer of one step (per domain for domain questions).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReviewRow {
    pub step: Step,
    pub field: QuestionId,
    pub domain: usize,
}

pub struct App<'a> {
    pub name: String,
    /// The answers; also where the wizard is (`step`), which is saved with them.
    pub session: Session,
    pub k: &'a Knowledge,
    pub today: NaiveDate,
    /// The interface language (the caller resolves `--lang`, the saved one, the environment).
    pub lang: Language,
    pub checklist: Checklist,
    /// The questions that apply now, per section, as the engine reports them.
    pub questions: Vec<SectionQuestions>,
    /// Index of the focused question among the step's questions (or review rows).
    pub focus: usize,
    /// The domain entry the domain questions are about.
    pub domain: usize,
    pub mode: Mode,
    pub panel: Panel,
    /// The checklist panel shows every section, not only this step's.
    pub show_all: bool,
    pub check_cursor: usize,
    pub expanded: bool,
    pub help: bool,
    /// Set when a question was opened from the review: the review row to go back to.
    pub return_to: Option<usize>,
    pub saved: Saved,
    /// A one-line message for the footer (an error or what just happened).
    pub notice: Option<String>,
    /// Where the latest export went, to show in the footer.
    pub last_export: Option<String>,
    /// Colours on (off with NO_COLOR); statuses always have symbols and words too.
    pub colour: bool,
    /// How far the panels are scrolled by hand.
    pub scroll: super::scroll::Scrolls,
    /// The focus moved since the last save (the resume position is then worth writing).
    pub moved: bool,
}

impl<'a> App<'a> {
    pub fn new(
        name: impl Into<String>,
        session: Session,
        k: &'a Knowledge,
        today: NaiveDate,
        lang: Language,
    ) -> Self {
        let mut app = App {
            name: name.into(),
            checklist: Checklist::default(),
            questions: Vec::new(),
            session,
            k,
            today,
            lang,
            focus: 0,
            domain: 0,
            mode: Mode::Browse,
            panel: Panel::Form,
            show_all: false,
            check_cursor: 0,
            expanded: false,
            help: false,
            return_to: None,
            saved: Saved::Saved,
            notice: None,
            last_export: None,
            colour: true,
            scroll: Default::default(),
            moved: false,
        };
        app.reevaluate();
        super::forward::resume(&mut app);
        app
    }

    /// The step shown: the session's (where it resumes).
    pub fn step(&self) -> Step {
        self.session.step.unwrap_or(Step::Regulations)
    }

    pub fn reevaluate(&mut self) {
        let a = engine::assess(&self.session, self.k, self.today, self.lang);
        self.checklist = a.checklist;
        self.questions = a.questions;
    }

    /// The questions of a step (domain questions about `domain`), in order.
    pub fn questions_of(&self, step: Step, domain: usize) -> Vec<&Question> {
        let Some(section) = steps::section(step) else {
            return Vec::new();
        };
        self.questions
            .iter()
            .filter(|s| s.section == section)
            .flat_map(|s| &s.questions)
            .filter(|q| q.kind == Kind::DomainList || q.domain == domain)
            .collect()
    }

    /// The questions the current step shows.
    pub fn fields(&self) -> Vec<&Question> {
        self.questions_of(self.step(), self.domain)
    }

    /// One question of the current step (domain questions about the current domain).
    pub fn question(&self, id: QuestionId) -> Option<&Question> {
        let domain = if id.section() == crate::knowledge::Section::Domain {
            self.domain
        } else {
            0
        };
        self.questions
            .iter()
            .flat_map(|s| &s.questions)
            .find(|q| q.id == id && (q.kind == Kind::DomainList || q.domain == domain))
    }

    pub fn focused_field(&self) -> Option<&Question> {
        if self.step() == Step::Review {
            let row = self.review_rows().get(self.focus).copied()?;
            return self
                .questions
                .iter()
                .flat_map(|s| &s.questions)
                .find(|q| q.id == row.field && q.domain == row.domain);
        }
        self.fields().get(self.focus).copied()
    }

    pub fn value(&self, field: QuestionId) -> Value {
        field.slot().value(&self.session, self.domain)
    }

    pub fn domain_count(&self) -> usize {
        self.session.domains.as_ref().map_or(0, Vec::len)
    }

    /// Every answer the review lists: each section's questions, domain questions once per
    /// domain.
    pub fn review_rows(&self) -> Vec<ReviewRow> {
        let mut rows = Vec::new();
        for step in steps::STEPS.iter().copied() {
            let Some(section) = steps::section(step) else {
                continue;
            };
            for q in self
                .questions
                .iter()
                .filter(|s| s.section == section)
                .flat_map(|s| &s.questions)
            {
                rows.push(ReviewRow {
                    step,
                    field: q.id,
                    domain: q.domain,
                });
            }
        }
        rows
    }

    /// The items the checklist panel shows: this step's (or all), blockers first.
    pub fn panel_items(&self) -> Vec<&Item> {
        let section = steps::section(self.step());
        let review = self.step() == Step::Review;
        let mut items: Vec<&Item> = self
            .checklist
            .items
            .iter()
            .filter(|i| self.show_all || review || Some(i.section) == section)
            .collect();
        items.sort_by_key(|i| i.status.display_rank());
        items
    }

    /// Status of a step in the step list: the worst of its section's items.
    pub fn step_status(&self, step: Step) -> Option<Status> {
        let section = steps::section(step)?;
        self.checklist
            .section(section)
            .map(|i| i.status)
            .filter(|s| *s != Status::Info)
            .max_by_key(|s| s.severity())
    }

    /// Share of requirements met, for the progress gauge.
    pub fn progress(&self) -> f64 {
        let c = self.checklist.counts();
        let total = c.done + c.todo + c.blocked;
        if total == 0 {
            0.0
        } else {
            c.done as f64 / total as f64
        }
    }

    pub fn t(&self, id: &str) -> String {
        crate::messages::text(self.lang, id).to_string()
    }

    pub fn tf(&self, id: &str, args: &[(&str, String)]) -> String {
        crate::messages::format(self.lang, id, args)
    }

    /// The inline check of what is being typed: the engine's check of that question, the
    /// same the checklist makes. `None` when there is nothing to say.
    pub fn inline_check(&self, field: QuestionId, text: &str) -> Option<(bool, String)> {
        let validator = questions::Validator::of(field);
        let verdict = questions::check(validator, &self.session, self.k, text, self.today)?;
        Some((verdict.is_ok(), verdict.message(self.lang)))
    }
}

//! The wizard's whole state. `update` (update.rs) changes it; the view (view/) draws it; the
//! event loop (run.rs) does the I/O. Nothing here touches the terminal or the disk.

use chrono::NaiveDate;
use tui_input::Input;

use super::fields::{Field, Kind, Value};
use super::steps;
use crate::engine::{self, Checklist, Item, Status};
use crate::knowledge::Knowledge;
use crate::session::{Language, Session, Step};

/// What the keyboard is doing right now.
#[derive(Debug, Clone)]
pub enum Mode {
    /// Moving between questions; letters are commands.
    Browse,
    /// Typing into a text, date or number field.
    Edit {
        field: Field,
        input: Input,
        error: Option<String>,
    },
    /// Choosing from a list; typing filters it. `chosen` holds a multi-select's ticks.
    Pick {
        field: Field,
        filter: Input,
        cursor: usize,
        chosen: Vec<String>,
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
    pub field: Field,
    pub domain: usize,
}

pub struct App<'a> {
    pub name: String,
    pub session: Session,
    pub k: &'a Knowledge,
    pub today: NaiveDate,
    pub lang: Language,
    pub checklist: Checklist,
    pub step: Step,
    /// Index of the focused question among the step's visible questions (or review rows).
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
    pub quit: bool,
    /// Where the latest export went, to show in the footer.
    pub last_export: Option<String>,
    /// Colours on (off with NO_COLOR); statuses always have symbols and words too.
    pub colour: bool,
    /// How far the panels are scrolled by hand.
    pub scroll: super::scroll::Scrolls,
}

impl<'a> App<'a> {
    pub fn new(
        name: impl Into<String>,
        session: Session,
        k: &'a Knowledge,
        today: NaiveDate,
    ) -> Self {
        let lang = session.language.unwrap_or(Language::En);
        let step = session.step.unwrap_or(Step::Regulations);
        let mut app = App {
            name: name.into(),
            checklist: Checklist::default(),
            session,
            k,
            today,
            lang,
            step,
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
            quit: false,
            last_export: None,
            colour: true,
            scroll: Default::default(),
        };
        app.reevaluate();
        app
    }

    pub fn reevaluate(&mut self) {
        self.checklist = engine::evaluate_in(&self.session, self.k, self.today, self.lang);
    }

    /// The questions the current step shows.
    pub fn fields(&self) -> Vec<Field> {
        Field::of_step(self.step, &self.session, self.k, self.domain)
    }

    pub fn focused_field(&self) -> Option<Field> {
        if self.step == Step::Review {
            return self.review_rows().get(self.focus).map(|r| r.field);
        }
        self.fields().get(self.focus).copied()
    }

    pub fn value(&self, field: Field) -> Value {
        field.get(&self.session, self.domain)
    }

    pub fn domain_count(&self) -> usize {
        self.session.domains.as_ref().map_or(0, Vec::len)
    }

    /// Every answer the review lists: each step's visible questions, domain questions once per
    /// domain.
    pub fn review_rows(&self) -> Vec<ReviewRow> {
        let mut rows = Vec::new();
        for step in steps::STEPS.iter().copied().filter(|s| *s != Step::Review) {
            let domains = if step == Step::Domain {
                self.domain_count().max(1)
            } else {
                1
            };
            for domain in 0..domains {
                for field in Field::of_step(step, &self.session, self.k, domain) {
                    if field.kind() == Kind::DomainList && domain > 0 {
                        continue;
                    }
                    rows.push(ReviewRow {
                        step,
                        field,
                        domain,
                    });
                }
            }
        }
        rows
    }

    /// The items the checklist panel shows: this step's (or all), blockers first.
    pub fn panel_items(&self) -> Vec<&Item> {
        let section = steps::section(self.step);
        let mut items: Vec<&Item> = self
            .checklist
            .items
            .iter()
            .filter(|i| self.show_all || self.step == Step::Review || Some(i.section) == section)
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

    /// The inline check of what is being typed, from `validate`: `None` when there is nothing
    /// to say.
    pub fn inline_check(&self, field: Field, text: &str) -> Option<(bool, String)> {
        inline::check(self, field, text)
    }
}

pub(super) mod inline {
    //! Live validation of a field being typed: the same validators the checklist uses.
    use super::*;
    use crate::session::CertificateType;
    use crate::validate::{DocumentKind, Explain, domain, permit, uscc};

    fn explain(app: &App, p: &impl Explain) -> String {
        let (id, args) = p.message();
        crate::messages::format(app.lang, id, &args)
    }

    pub fn check(app: &App, field: Field, text: &str) -> Option<(bool, String)> {
        let text = text.trim();
        if text.is_empty() {
            return None;
        }
        let m = app.session.materials.as_ref();
        let doc = |f: Field| match f {
            Field::LeaderNumber => m.and_then(|m| m.leader.as_ref()).and_then(|p| p.document),
            _ => m.and_then(|m| m.admin.as_ref()).and_then(|p| p.document),
        };
        match field.kind() {
            Kind::Date => match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
                Ok(_) => None,
                Err(_) => Some((false, app.t("tui.error.date"))),
            },
            _ => match field {
                Field::DomainName => match domain::normalize(text) {
                    Ok(d) => Some((
                        true,
                        app.tf(
                            "tui.inline.domain",
                            &[("domain", d.registrable_unicode.clone())],
                        ),
                    )),
                    Err(problems) => Some((
                        false,
                        problems
                            .iter()
                            .map(|p| explain(app, p))
                            .collect::<Vec<_>>()
                            .join(" "),
                    )),
                },
                Field::EntityCertNumber => {
                    let kind = m
                        .and_then(|m| m.entity_certificate.as_ref())
                        .and_then(|c| c.kind);
                    if kind != Some(CertificateType::BusinessLicense) && text.chars().count() != 18
                    {
                        return None;
                    }
                    match uscc::validate(text) {
                        Ok(_) => Some((true, app.t("tui.inline.number-ok"))),
                        Err(p) => Some((false, explain(app, &p))),
                    }
                }
                Field::LeaderNumber | Field::AdminNumber => {
                    let kind = DocumentKind::of_certificate(doc(field)?)?;
                    match permit::validate_document(kind, text, app.today) {
                        Ok(_) => Some((true, app.t("tui.inline.number-ok"))),
                        Err(p) => Some((false, explain(app, &p))),
                    }
                }
                _ => None,
            },
        }
    }
}

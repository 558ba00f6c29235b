//! The checklist the engine produces: items with a status, in section order (DESIGN.md §3).

use chrono::NaiveDate;
use serde::Serialize;

use crate::knowledge::Section;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// The answers show the requirement is met.
    Done,
    /// Unanswered, `unsure`, or work the applicant controls.
    Todo,
    /// Something outside the wizard must change before filing is possible.
    Blocked,
    /// Guidance no answer can confirm; never counts against readiness.
    Info,
}

impl Status {
    /// Severity for "worst of its reasons": blocked > todo > done > info.
    pub fn severity(self) -> u8 {
        match self {
            Status::Blocked => 3,
            Status::Todo => 2,
            Status::Done => 1,
            Status::Info => 0,
        }
    }

    /// Order for showing items: what blocks first, then what to do, then information, then done
    /// (the checklist panel, `check` text and exports all list a section this way).
    pub fn display_rank(self) -> u8 {
        match self {
            Status::Blocked => 0,
            Status::Todo => 1,
            Status::Info => 2,
            Status::Done => 3,
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Status::Done => "done",
            Status::Todo => "todo",
            Status::Blocked => "blocked",
            Status::Info => "info",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Item {
    /// `<section>.<check>`, per domain `domain.<registrable>.<check>`, per material
    /// `materials.<material_id>`, per industry `preapproval.<industry>`. Never translated.
    pub id: String,
    pub section: Section,
    pub status: Status,
    pub title: String,
    pub detail: String,
    pub fix: String,
    pub source: String,
    pub last_verified: NaiveDate,
    /// The rule (or conflict group) that decided the item, where one did: for tests and
    /// reviewers tracing a verdict to its data; not part of the `check` output.
    #[serde(skip)]
    pub rule: Option<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub done: usize,
    pub todo: usize,
    pub blocked: usize,
    pub info: usize,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Checklist {
    pub items: Vec<Item>,
}

impl Checklist {
    pub fn counts(&self) -> Counts {
        let mut c = Counts::default();
        for item in &self.items {
            match item.status {
                Status::Done => c.done += 1,
                Status::Todo => c.todo += 1,
                Status::Blocked => c.blocked += 1,
                Status::Info => c.info += 1,
            }
        }
        c
    }

    /// Ready to file: no todo and no blocked item.
    pub fn ready(&self) -> bool {
        let c = self.counts();
        c.todo == 0 && c.blocked == 0
    }

    pub fn get(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.id == id)
    }

    pub fn section(&self, section: Section) -> impl Iterator<Item = &Item> {
        self.items.iter().filter(move |i| i.section == section)
    }
}

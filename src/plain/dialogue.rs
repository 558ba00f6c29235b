//! The plain-mode loop: the engine's questions, step by step and in the wizard's order, one
//! per line. After each answer the engine runs again (questions may appear or go, as in the
//! wizard), the checklist items that changed are written, and the session is saved. The
//! session's `step` follows the step being asked, so the wizard resumes where this left off.

use std::io::{BufRead, Write};

use chrono::NaiveDate;

use super::answer::{self, Reply};
use super::io::{Lines, Out};
use super::prompt;
use crate::engine::questions::{self, Kind, Question, QuestionId};
use crate::engine::{self, Checklist, SectionQuestions};
use crate::knowledge::{Knowledge, Section};
use crate::messages::{self, text};
use crate::session::{Language, Session, Step};
use crate::tui::{choices, steps};

/// One answer written: which question (and domain entry), on which step, and the line as
/// typed. For the domain list, each line adds (a name) or removes (`-N`) one entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Answered {
    pub id: QuestionId,
    pub domain: usize,
    pub step: Step,
    pub line: String,
    /// The answer line's number in the input.
    pub number: usize,
}

/// How a dialogue ended.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Every step was asked; the session is at the review.
    Finished,
    /// `q`, or the end of the input: saved where it stands.
    Left,
    /// An answer of a script that cannot be read: its line number and why. The answers before
    /// it are saved.
    Invalid { line: usize, reason: String },
    /// The session could not be saved: why.
    SaveFailed(String),
}

/// Saves the session as it is now (`Err`: why it could not).
pub type Save<'s> = dyn FnMut(&Session) -> Result<(), String> + 's;

pub struct Dialogue<'a> {
    pub session: Session,
    k: &'a Knowledge,
    today: NaiveDate,
    lang: Language,
    checklist: Checklist,
    questions: Vec<SectionQuestions>,
    /// The questions asked so far (with their domain entry): each is asked once.
    asked: Vec<(QuestionId, usize)>,
    /// The domain entry whose questions are being asked (for the sub-heading).
    shown_domain: Option<usize>,
    /// The kinds of question whose keys were explained (once each; `?` repeats them).
    explained: Vec<&'static str>,
    /// Every answer written, in order.
    pub answered: Vec<Answered>,
    /// The lines come from a file or a pipe: an answer that cannot be read ends the dialogue
    /// instead of being asked again, and no input marker is written.
    pub script: bool,
}

/// What to do after a question.
enum Flow {
    Next,
    Stop(Outcome),
}

impl<'a> Dialogue<'a> {
    pub fn new(
        session: Session,
        k: &'a Knowledge,
        today: NaiveDate,
        lang: Language,
        script: bool,
    ) -> Self {
        let a = engine::assess(&session, k, today, lang);
        Dialogue {
            session,
            k,
            today,
            lang,
            checklist: a.checklist,
            questions: a.questions,
            asked: Vec::new(),
            shown_domain: None,
            explained: Vec::new(),
            answered: Vec::new(),
            script,
        }
    }

    pub fn checklist(&self) -> &Checklist {
        &self.checklist
    }

    /// Ask every step from the one the session is at (the first after a review) to the last.
    pub fn run<R: BufRead, W: Write>(
        &mut self,
        lines: &mut Lines<R>,
        out: &mut Out<W>,
        save: &mut Save,
    ) -> Outcome {
        let first = match self.session.step {
            None | Some(Step::Review) => 0,
            Some(step) => steps::index(step),
        };
        for &step in &steps::STEPS[first..] {
            let Some(section) = steps::section(step) else {
                continue;
            };
            self.session.step = Some(step);
            if let Err(e) = save(&self.session) {
                return Outcome::SaveFailed(e);
            }
            let n = steps::number(step).unwrap_or(0).to_string();
            let title = text(self.lang, &format!("tui.step.{step}")).to_string();
            out.blank();
            out.line(&messages::format(
                self.lang,
                "tui.header.step",
                &[("n", n), ("title", title)],
            ));
            while let Some(q) = self.next_question(section) {
                self.asked.push((q.id, q.domain));
                if let Flow::Stop(outcome) = self.ask(&q, step, lines, out, save) {
                    return outcome;
                }
            }
        }
        self.session.step = Some(Step::Review);
        if let Err(e) = save(&self.session) {
            return Outcome::SaveFailed(e);
        }
        Outcome::Finished
    }

    /// The section's first question (in the engine's order, now) not asked yet.
    fn next_question(&self, section: Section) -> Option<Question> {
        self.questions
            .iter()
            .filter(|s| s.section == section)
            .flat_map(|s| &s.questions)
            .find(|q| !self.asked.contains(&(q.id, q.domain)))
            .cloned()
    }

    fn ask<R: BufRead, W: Write>(
        &mut self,
        q: &Question,
        step: Step,
        lines: &mut Lines<R>,
        out: &mut Out<W>,
        save: &mut Save,
    ) -> Flow {
        if q.id.section() == Section::Domain
            && q.kind != Kind::DomainList
            && self.shown_domain != Some(q.domain)
        {
            self.shown_domain = Some(q.domain);
            self.domain_heading(out, q.domain);
        }
        let keys = prompt::keys_id(&q.kind);
        let explain = !self.explained.contains(&keys);
        if explain {
            self.explained.push(keys);
        }
        prompt::question(out, q, &self.session, self.k, self.lang, explain);
        if q.kind == Kind::DomainList {
            return self.domain_list(q, step, lines, out, save);
        }
        loop {
            let (line, reply) = match self.next_reply(q, lines, out) {
                Ok(r) => r,
                Err(flow) => return flow,
            };
            let result = match reply {
                Some(typed) => self.write(q, &typed),
                None => {
                    q.slot().clear(&mut self.session, q.domain);
                    Ok(None)
                }
            };
            match result {
                Ok(note) => {
                    self.record(q, q.domain, step, &line, lines);
                    if let Some(note) = note {
                        out.para(&note, "  ", "  ");
                    }
                    return self.changed(out, save);
                }
                Err(reason) => {
                    if let Some(stop) = self.refused(reason, lines, out) {
                        return stop;
                    }
                }
            }
        }
    }

    /// The next line that answers `q`, with the value it gives (`None` for `-`, clear): a blank
    /// line keeps the answer (`Err(Flow::Next)`), `q` or the end of the input leaves, `?` shows
    /// the help and reads on.
    fn next_reply<R: BufRead, W: Write>(
        &self,
        q: &Question,
        lines: &mut Lines<R>,
        out: &mut Out<W>,
    ) -> Result<(String, Option<String>), Flow> {
        loop {
            if !self.script {
                out.marker();
            }
            let Some(line) = lines.next_answer() else {
                return Err(Flow::Stop(Outcome::Left));
            };
            match answer::reply(&line) {
                Reply::Keep => return Err(Flow::Next),
                Reply::Quit => return Err(Flow::Stop(Outcome::Left)),
                Reply::Help => prompt::help(out, q, self.k, self.lang),
                Reply::Clear => return Ok((line, None)),
                Reply::Text(typed) => return Ok((line, Some(typed))),
            }
        }
    }

    /// Remember which line answered which question (the wizard-equivalence test replays them).
    fn record<R: BufRead>(
        &mut self,
        q: &Question,
        domain: usize,
        step: Step,
        line: &str,
        lines: &Lines<R>,
    ) {
        self.answered.push(Answered {
            id: q.id,
            domain,
            step,
            line: line.trim().to_string(),
            number: lines.number(),
        });
    }

    /// An answer that cannot be read: a script stops there (its line number and the reason); a
    /// person reads why and answers again.
    fn refused<R: BufRead, W: Write>(
        &self,
        reason: String,
        lines: &Lines<R>,
        out: &mut Out<W>,
    ) -> Option<Flow> {
        if self.script {
            return Some(Flow::Stop(Outcome::Invalid {
                line: lines.number(),
                reason,
            }));
        }
        out.para(&reason, "  ", "  ");
        None
    }

    /// Write a typed answer; `Ok(Some(note))` when the inline check has something to say (the
    /// answer is saved as typed, as the wizard saves it).
    fn write(&mut self, q: &Question, typed: &str) -> Result<Option<String>, String> {
        let (s, d, lang) = (&mut self.session, q.domain, self.lang);
        let refused = |e: questions::SetError| text(lang, e.message_id()).to_string();
        match &q.kind {
            Kind::Choice(picks) => {
                let options = choices::options(picks, self.k, lang);
                let pick = answer::pick(&options, typed, lang)?;
                q.slot().set_picks(s, d, &[pick]).map_err(refused)?;
            }
            Kind::Multi(picks) => {
                let options = choices::options(picks, self.k, lang);
                let chosen = answer::picks(&options, typed, lang)?;
                q.slot().set_picks(s, d, &chosen).map_err(refused)?;
            }
            Kind::YesNo => {
                let a = answer::yes_no(typed, lang)?;
                q.slot().set_answer(s, d, a).map_err(refused)?;
            }
            Kind::Text | Kind::Date | Kind::Number | Kind::Decimal => {
                // The check sees the answers as they were while the value was typed, as the
                // wizard's inline check does.
                let note = self.inline_check(q, typed);
                q.slot()
                    .set_text(&mut self.session, d, typed)
                    .map_err(refused)?;
                return Ok(note);
            }
            Kind::DomainList => return Err(refused(questions::SetError::WrongKind)),
        }
        Ok(None)
    }

    fn inline_check(&self, q: &Question, typed: &str) -> Option<String> {
        let verdict = questions::check(q.validator, &self.session, self.k, typed, self.today)?;
        let said = verdict.message(self.lang);
        Some(if verdict.is_ok() {
            said
        } else {
            messages::format(self.lang, "plain.check.problem", &[("reason", said)])
        })
    }

    /// The domain list: each line adds a domain (its name) or removes one (`-N`); a blank
    /// line ends the list.
    fn domain_list<R: BufRead, W: Write>(
        &mut self,
        q: &Question,
        step: Step,
        lines: &mut Lines<R>,
        out: &mut Out<W>,
        save: &mut Save,
    ) -> Flow {
        loop {
            let (line, reply) = match self.next_reply(q, lines, out) {
                Ok(r) => r,
                Err(flow) => return flow,
            };
            let result = match reply {
                Some(typed) => match typed.strip_prefix('-').map(str::parse::<usize>) {
                    Some(Ok(n)) => self.remove_domain(q.id, n),
                    Some(Err(_)) | None => Ok(self.add_domain(q, &typed)),
                },
                // A bare `-` names no domain to remove.
                None => Err(text(self.lang, "plain.keys.domains").to_string()),
            };
            match result {
                Ok(note) => {
                    self.record(q, 0, step, &line, lines);
                    out.para(&note, "  ", "  ");
                    if let Flow::Stop(o) = self.changed(out, save) {
                        return Flow::Stop(o);
                    }
                    let now = prompt::current(q, &self.session, self.k, self.lang);
                    let now = messages::pair(self.lang, text(self.lang, "plain.label.now"), &now);
                    out.para(&now, "  ", "    ");
                }
                Err(reason) => {
                    if let Some(stop) = self.refused(reason, lines, out) {
                        return stop;
                    }
                }
            }
        }
    }

    /// Add an entry named `typed` (as the wizard's Enter on the list, then the name typed); its
    /// name question is then not asked again.
    fn add_domain(&mut self, q: &Question, typed: &str) -> String {
        let list = self.session.domains.get_or_insert_with(Vec::new);
        list.push(Default::default());
        let i = list.len() - 1;
        let name_question = Question {
            id: QuestionId::DomainName,
            domain: i,
            kind: Kind::Text,
            needed: q.needed,
            validator: questions::Validator::of(QuestionId::DomainName),
            item: None,
            suggested: None,
        };
        let check = self.inline_check(&name_question, typed);
        // A text answer always writes.
        let _ = QuestionId::DomainName
            .slot()
            .set_text(&mut self.session, i, typed);
        self.asked.push((QuestionId::DomainName, i));
        let added = messages::format(
            self.lang,
            "plain.domains.added",
            &[("name", typed.to_string()), ("n", (i + 1).to_string())],
        );
        match check {
            Some(c) => messages::sentences(self.lang, &[added, c]),
            None => added,
        }
    }

    fn remove_domain(&mut self, q_list: QuestionId, n: usize) -> Result<String, String> {
        let list = self.session.domains.get_or_insert_with(Vec::new);
        let Some(i) = n.checked_sub(1).filter(|i| *i < list.len()) else {
            return Err(messages::format(
                self.lang,
                "plain.error.domain-number",
                &[("number", n.to_string())],
            ));
        };
        list.remove(i);
        // The entries after it move up: what was asked about them stays asked under their
        // new numbers.
        let entry_question = |id: &QuestionId| id.section() == Section::Domain && *id != q_list;
        self.asked.retain(|(id, d)| !entry_question(id) || *d != i);
        for (id, d) in &mut self.asked {
            if entry_question(id) && *d > i {
                *d -= 1;
            }
        }
        self.shown_domain = None;
        Ok(messages::format(
            self.lang,
            "plain.domains.removed",
            &[("n", n.to_string())],
        ))
    }

    fn domain_heading<W: Write>(&self, out: &mut Out<W>, i: usize) {
        let n = self.session.domains.as_ref().map_or(0, Vec::len);
        let name = self
            .session
            .domains
            .as_ref()
            .and_then(|d| d.get(i))
            .and_then(|d| d.name.clone())
            .unwrap_or_default();
        let which = messages::format(
            self.lang,
            "tui.domains.current",
            &[
                ("i", (i + 1).to_string()),
                ("n", n.to_string()),
                ("name", name),
            ],
        );
        out.blank();
        out.line(&messages::pair(
            self.lang,
            text(self.lang, "field.domains"),
            &which,
        ));
    }

    /// After a change: run the engine again, say what changed, save.
    fn changed<W: Write>(&mut self, out: &mut Out<W>, save: &mut Save) -> Flow {
        let a = engine::assess(&self.session, self.k, self.today, self.lang);
        prompt::changes(out, &self.checklist, &a.checklist, self.lang);
        self.checklist = a.checklist;
        self.questions = a.questions;
        match save(&self.session) {
            Ok(()) => Flow::Next,
            Err(e) => Flow::Stop(Outcome::SaveFailed(e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::io::Cursor;

    use super::*;

    fn k() -> &'static Knowledge {
        static K: std::sync::OnceLock<Knowledge> = std::sync::OnceLock::new();
        K.get_or_init(|| Knowledge::builtin().unwrap())
    }

    /// Run `input` on a new session; the session, the outcome and what was written.
    fn talk(input: &str, script: bool) -> (Session, Outcome, String) {
        let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        let session = Session {
            version: 1,
            ..Default::default()
        };
        let mut d = Dialogue::new(session, k(), today, Language::En, script);
        let mut lines = Lines::new(Cursor::new(input.as_bytes().to_vec()));
        let mut out = Out::new(Vec::new());
        let mut saves = 0;
        let outcome = d.run(&mut lines, &mut out, &mut |_| {
            saves += 1;
            Ok(())
        });
        assert!(saves > 0, "every change is saved");
        let text = String::from_utf8(out.into_inner()).unwrap();
        (d.session, outcome, text)
    }

    #[test]
    fn a_person_is_asked_again_after_a_mistake_and_a_script_is_stopped() {
        let (s, outcome, text) = talk("\natlantis\nguangdong\nq\n", false);
        assert_eq!(outcome, Outcome::Left);
        assert!(text.contains("No option matches “atlantis”."), "{text}");
        assert!(s.applicant.unwrap().province.is_some());
        let (s, outcome, _) = talk("\natlantis\nguangdong\n", true);
        assert_eq!(
            outcome,
            Outcome::Invalid {
                line: 2,
                reason: "No option matches “atlantis”.".into()
            }
        );
        assert!(s.applicant.is_none(), "nothing written");
    }

    #[test]
    fn a_question_that_appears_is_asked_in_the_engines_order() {
        // An individual is asked where their ID is domiciled, after the name and the identity
        // document (while no ID number gives it).
        let input = "\nguangdong\nindividual\nLi Lei\nmainland\n\n\nsichuan\nq\n";
        let (s, outcome, text) = talk(input, true);
        assert_eq!(outcome, Outcome::Left);
        let a = s.applicant.unwrap();
        assert_eq!(a.name.as_deref(), Some("Li Lei"));
        assert_eq!(
            a.domicile_province.map(|p| p.to_string()).as_deref(),
            Some("sichuan")
        );
        let name = text.find("Entity name").unwrap();
        let domicile = text
            .find("ID domicile province")
            .unwrap_or_else(|| panic!("{text}"));
        assert!(name < domicile);
    }

    #[test]
    fn the_domain_list_adds_and_removes_and_its_names_are_not_asked_again() {
        let input = "\nguangdong\nenterprise\nAcme\ny\na.com\nb.com\n-1\n\n?\nq\n";
        let (s, outcome, text) = talk(input, true);
        assert_eq!(outcome, Outcome::Left);
        let names: Vec<_> = s
            .domains
            .unwrap()
            .into_iter()
            .map(|d| d.name.unwrap_or_default())
            .collect();
        assert_eq!(names, ["b.com"]);
        assert!(text.contains("Removed domain 1."), "{text}");
        // The first question after the list is b.com's website label, with its help on `?`.
        assert!(text.contains("Domains: 1 of 1: b.com"), "{text}");
        assert!(
            !text.contains("\nDomain name"),
            "the name was typed in the list:\n{text}"
        );
        assert_eq!(s.step, Some(Step::Domain));
    }

    #[test]
    fn a_session_at_a_step_resumes_there_and_one_at_the_review_starts_over() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        for (step, first) in [
            (Step::Account, "Step 5 of 6"),
            (Step::Review, "Step 1 of 6"),
        ] {
            let session = Session {
                version: 1,
                step: Some(step),
                ..Default::default()
            };
            let mut d = Dialogue::new(session, k(), today, Language::En, true);
            let mut lines = Lines::new(Cursor::new(b"q\n".to_vec()));
            let mut out = Out::new(Vec::new());
            d.run(&mut lines, &mut out, &mut |_| Ok(()));
            let text = String::from_utf8(out.into_inner()).unwrap();
            assert!(text.trim_start().starts_with(first), "{step:?}: {text}");
        }
    }
}

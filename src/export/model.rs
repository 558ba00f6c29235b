//! What an export contains, built from the session, its checklist and the rule data. Every
//! format renders this same model, so they cannot disagree; every sentence in it is already in
//! the export's language, and every certificate number already masked unless asked otherwise.

use chrono::NaiveDate;

use super::answers::{self, Answers};
use super::mask::{Masker, mask_session};
use super::next_steps::{self, Guidance};
use crate::engine::{self, Checklist, Counts, Item, Status};
use crate::knowledge::{Knowledge, Section};
use crate::messages;
use crate::session::{Language, MaterialId, Session};

/// One material that applies to the applicant, for the materials list.
#[derive(Debug, Clone, PartialEq)]
pub struct MaterialLine {
    pub id: MaterialId,
    pub en: String,
    /// Official Chinese name (check the console wording).
    pub zh: String,
    /// Its checklist status: done when prepared; info when only some provinces ask for it.
    pub status: Status,
}

/// One section of the checklist as exported.
#[derive(Debug, Clone, PartialEq)]
pub struct SectionPart<'a> {
    pub section: Section,
    /// "Domain name (域名)".
    pub heading: String,
    /// The items with their index in `checklist.items`, blocked first, then to do, info, done.
    pub items: Vec<(usize, &'a Item)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Export {
    /// The session's name (its file stem).
    pub session: String,
    /// The session's display label, if it has one.
    pub label: Option<String>,
    pub today: NaiveDate,
    pub lang: Language,
    /// Which rules the checklist was made with (version, built in or a folder, date checked).
    pub rules: super::json::RulesStamp,
    /// "built-in 2026.12.01", or the folder and its version, in the export's language.
    pub rules_in_use: String,
    /// "Rules last checked 7 months ago …" when they are stale; shown once, under the title.
    pub rules_stale: Option<String>,
    /// "Guangdong (广东省)", if answered.
    pub province: Option<String>,
    /// "Enterprise (企业)", if answered.
    pub entity_type: Option<String>,
    /// The checklist, with certificate numbers masked in its texts unless `show_private`.
    pub checklist: Checklist,
    /// The JSON `answers` object.
    pub answers: Answers,
    /// The short "your answers" list: (label, value).
    pub summary: Vec<(String, String)>,
    pub materials: Vec<MaterialLine>,
    pub upload_rules: Vec<Guidance>,
    pub next_steps: Guidance,
    /// Whether certificate numbers are masked.
    pub masked: bool,
}

impl Export {
    pub fn build(
        name: &str,
        session: &Session,
        knowledge: &Knowledge,
        today: NaiveDate,
        lang: Language,
        show_private: bool,
    ) -> Export {
        let mut checklist = engine::evaluate_in(session, knowledge, today, lang);
        let shown = if show_private {
            session.clone()
        } else {
            let masker = Masker::for_session(session);
            for item in &mut checklist.items {
                // Ids too: a per-domain id holds the domain, which could hold a number.
                item.id = masker.apply(&item.id);
                item.title = masker.apply(&item.title);
                item.detail = masker.apply(&item.detail);
                item.fix = masker.apply(&item.fix);
            }
            mask_session(session, &masker)
        };
        let applicant = shown.applicant.as_ref();
        let province =
            applicant
                .and_then(|a| a.province)
                .map(|slug| match knowledge.province(slug) {
                    Some(p) => messages::name(lang, &p.en, &p.zh),
                    None => slug.to_string(),
                });
        let entity_type =
            applicant
                .and_then(|a| a.entity_type)
                .map(|id| match knowledge.entity_type(id) {
                    Some(e) => messages::name(lang, &e.en, &e.zh),
                    None => id.to_string(),
                });
        let materials = materials(&checklist, knowledge);
        Export {
            session: name.to_string(),
            label: shown.name.clone().filter(|l| !l.trim().is_empty()),
            today,
            lang,
            rules: super::json::RulesStamp::of(knowledge),
            rules_in_use: engine::rules_in_use(knowledge, lang),
            rules_stale: engine::stale_note(knowledge, today, lang),
            province,
            entity_type,
            summary: answers::summary(&shown, knowledge, lang),
            answers: Answers::from_session(&shown, !show_private),
            checklist,
            materials,
            upload_rules: next_steps::upload_rules(knowledge, lang),
            next_steps: next_steps::next_steps(knowledge, lang),
            masked: !show_private,
        }
    }

    /// A message in the export's language.
    pub fn t(&self, id: &str) -> String {
        messages::text(self.lang, id).to_string()
    }

    /// A message with its placeholders filled.
    pub fn tf(&self, id: &str, args: &[(&str, String)]) -> String {
        messages::format(self.lang, id, args)
    }

    /// "ICP filing checklist: <label or session name>".
    pub fn title(&self) -> String {
        let name = self.label.as_deref().unwrap_or(&self.session);
        self.tf("export.title", &[("name", name.to_string())])
    }

    /// The facts under the title: (label, value). Session, province, entity type, date, rules.
    pub fn meta(&self) -> Vec<(String, String)> {
        let missing = || self.t("export.meta.not-answered");
        vec![
            (self.t("export.meta.session"), self.session.clone()),
            (
                self.t("export.meta.province"),
                self.province.clone().unwrap_or_else(missing),
            ),
            (
                self.t("export.meta.entity-type"),
                self.entity_type.clone().unwrap_or_else(missing),
            ),
            (
                self.t("export.meta.date"),
                messages::date(self.lang, self.today),
            ),
            (self.t("export.meta.rules"), self.rules_in_use.clone()),
        ]
        .into_iter()
        .chain(
            self.rules_stale
                .clone()
                .map(|note| (self.t("export.meta.rules-stale"), note)),
        )
        .collect()
    }

    pub fn ready(&self) -> bool {
        self.checklist.ready()
    }

    pub fn counts(&self) -> Counts {
        self.checklist.counts()
    }

    /// "Ready to file: …" or "Not ready: 2 blockers, 3 to do."
    pub fn verdict(&self) -> String {
        if self.ready() {
            return self.t("export.verdict.ready");
        }
        let c = self.counts();
        let blockers = if c.blocked == 1 {
            self.t("export.count.blocker.one")
        } else {
            self.tf("export.count.blocker.many", &[("n", c.blocked.to_string())])
        };
        self.tf(
            "export.verdict.not-ready",
            &[("blockers", blockers), ("todo", c.todo.to_string())],
        )
    }

    /// "27 done · 0 to do · 0 blocked · 10 for information".
    pub fn counts_line(&self) -> String {
        let c = self.counts();
        self.tf(
            "export.counts",
            &[
                ("done", c.done.to_string()),
                ("todo", c.todo.to_string()),
                ("blocked", c.blocked.to_string()),
                ("info", c.info.to_string()),
            ],
        )
    }

    /// Whether the numbers are masked, in a sentence.
    pub fn privacy_note(&self) -> String {
        self.t(if self.masked {
            "export.privacy.masked"
        } else {
            "export.privacy.shown"
        })
    }

    /// The blocked items with their index in `checklist.items`.
    pub fn blockers(&self) -> Vec<(usize, &Item)> {
        self.checklist
            .items
            .iter()
            .enumerate()
            .filter(|(_, i)| i.status == Status::Blocked)
            .collect()
    }

    /// The sections that have items, each with its heading ("Domain name (域名)") and its items
    /// (with their index in `checklist.items`): blocked first, then to do, information, done.
    pub fn sections(&self) -> Vec<SectionPart<'_>> {
        Section::ALL
            .into_iter()
            .filter_map(|section| {
                let mut items: Vec<(usize, &Item)> = self
                    .checklist
                    .items
                    .iter()
                    .enumerate()
                    .filter(|(_, i)| i.section == section)
                    .collect();
                if items.is_empty() {
                    return None;
                }
                items.sort_by_key(|(_, i)| i.status.display_rank());
                Some(SectionPart {
                    section,
                    heading: self.t(&format!("section.{}", section.id())),
                    items,
                })
            })
            .collect()
    }

    /// "Blocked", "To do", "Done", "For information".
    pub fn status_label(&self, status: Status) -> String {
        self.t(&format!("export.status.{}", status.id()))
    }

    /// "verified 2026-11-28" ("核实于 2026年11月28日").
    pub fn verified(&self, date: NaiveDate) -> String {
        self.tf(
            "export.label.verified",
            &[("date", messages::date(self.lang, date))],
        )
    }

    /// "Label: value" ("标签：值").
    pub fn pair(&self, label: &str, value: &str) -> String {
        messages::pair(self.lang, label, value)
    }

    /// The colon after a label, for formats that style the label apart: ":" or "：".
    pub fn colon(&self) -> &'static str {
        match self.lang {
            Language::En => ":",
            Language::ZhCn => "：",
        }
    }

    /// Words in brackets after a text: " (…)" in English, "（…）" in Chinese.
    pub fn paren(&self, s: &str) -> String {
        match self.lang {
            Language::En => format!(" ({s})"),
            Language::ZhCn => format!("（{s}）"),
        }
    }

    /// Between a source address and when it was verified: ", " or "，".
    pub fn comma(&self) -> &'static str {
        match self.lang {
            Language::En => ", ",
            Language::ZhCn => "，",
        }
    }

    /// A material in the materials list: "English — 中文" (the Chinese is what the console
    /// shows), or the Chinese alone in a Chinese export.
    pub fn material_name(&self, m: &MaterialLine) -> String {
        match self.lang {
            Language::En => format!("{} — {}", m.en, m.zh),
            Language::ZhCn => m.zh.clone(),
        }
    }

    /// The closing statement: guidance from dated public rules, not a guarantee.
    pub fn disclaimer(&self) -> String {
        self.tf(
            "export.disclaimer",
            &[("rules", self.rules.version.clone())],
        )
    }

    /// "Prepared offline with icp-prep on <date>; nothing was uploaded."
    pub fn generated(&self) -> String {
        self.tf(
            "export.generated",
            &[("today", messages::date(self.lang, self.today))],
        )
    }
}

/// The materials that appear in the checklist (`materials.<material_id>` items), in its order.
fn materials(checklist: &Checklist, k: &Knowledge) -> Vec<MaterialLine> {
    checklist
        .section(Section::Materials)
        .filter_map(|item| {
            let id = item.id.strip_prefix("materials.")?;
            let id = *MaterialId::ALL.iter().find(|m| m.as_str() == id)?;
            let m = k.material(id)?;
            Some(MaterialLine {
                id,
                en: m.en.clone(),
                zh: m.zh.clone(),
                status: item.status,
            })
        })
        .collect()
}

/// Whether a source is a web address an export may link to (anything else is shown as text).
pub(crate) fn is_link(source: &str) -> bool {
    (source.starts_with("https://") || source.starts_with("http://"))
        && source
            .chars()
            .all(|c| c.is_ascii_graphic() && !matches!(c, '<' | '>' | '"' | '\'' | '`' | '\\'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_web_addresses_are_links() {
        assert!(is_link(
            "https://help.aliyun.com/document_detail/35881.html"
        ));
        assert!(is_link("http://zenchang.cn/law/law_view.asp?id=610720"));
        assert!(!is_link(
            "tencentyun/qcloud-documents:product/域名与网站/x.md"
        ));
        assert!(!is_link("javascript:alert(1)"));
        assert!(!is_link("https://a.b/\"onmouseover=x"));
        assert!(!is_link("https://a.b/ c"));
    }
}

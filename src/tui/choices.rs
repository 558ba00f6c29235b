//! The options of select and multi-select questions, with labels in the interface language and
//! the words typing may match ("guang", "粤", "44" all find Guangdong).

use super::fields::{Choice, Field, Value};
use crate::engine::Checklist;
use crate::knowledge::Knowledge;
use crate::messages;
use crate::session::*;

fn from_catalogue<T: Copy + std::fmt::Display>(lang: Language, group: &str, all: &[T]) -> Vec<Choice> {
    all.iter()
        .map(|v| {
            let label = messages::format(lang, &format!("choice.{group}.{v}"), &[]);
            Choice { id: v.to_string(), search: format!("{label} {v}").to_lowercase(), label }
        })
        .collect()
}

/// The options a question offers now.
pub fn options(field: Field, s: &Session, k: &Knowledge, checklist: &Checklist, lang: Language) -> Vec<Choice> {
    match field {
        Field::Province | Field::DomicileProvince => k
            .provinces
            .iter()
            .map(|p| Choice {
                id: p.slug.to_string(),
                label: format!("{} {} ({})", p.en, p.zh, p.code),
                search: format!("{} {} {} {} {}", p.en, p.zh, p.code, p.icp_prefix, p.slug).to_lowercase(),
            })
            .collect(),
        Field::EntityType => k
            .entity_types
            .iter()
            .map(|e| Choice {
                id: e.id.to_string(),
                label: format!("{} ({})", e.en, e.zh),
                search: format!("{} {} {}", e.en, e.zh, e.id).to_lowercase(),
            })
            .collect(),
        Field::Product => k
            .products
            .iter()
            .map(|p| Choice {
                id: p.id.to_string(),
                label: format!("{} ({})", p.en, p.zh),
                search: format!("{} {} {}", p.en, p.zh, p.id).to_lowercase(),
            })
            .collect(),
        Field::EntityCertType | Field::LeaderDocument | Field::AdminDocument => {
            let personal = field != Field::EntityCertType;
            k.certificate_names
                .iter()
                .filter(|c| c.personal == personal || c.id == CertificateType::Other)
                .map(|c| Choice {
                    id: c.id.to_string(),
                    label: format!("{} ({})", c.en, c.zh),
                    search: format!("{} {} {}", c.en, c.zh, c.id).to_lowercase(),
                })
                .collect()
        }
        Field::LeaderResidency | Field::AdminResidency => {
            let mut v = from_catalogue(lang, "residency", Residency::ALL);
            for c in &mut v {
                c.label = messages::format(lang, &format!("residency.{}", c.id), &[]);
            }
            v
        }
        Field::DomainRegistrar => from_catalogue(lang, "registrar", Registrar::ALL),
        Field::DomainHolder => from_catalogue(lang, "holder", Holder::ALL),
        Field::DomainHolderKind => from_catalogue(lang, "holder_kind", HolderKind::ALL),
        Field::Billing => from_catalogue(lang, "billing", Billing::ALL),
        Field::AccountSite => from_catalogue(lang, "site", AccountSite::ALL),
        Field::Industries => industries(k, IndustryId::ALL),
        Field::ApprovalsReady => {
            let chosen = s.preapproval.as_ref().and_then(|p| p.industries.clone()).unwrap_or_default();
            industries(k, &chosen)
        }
        Field::Prepared => {
            // Exactly the materials this applicant's checklist lists, plus any already marked.
            let mut ids: Vec<MaterialId> = checklist
                .items
                .iter()
                .filter_map(|i| i.id.strip_prefix("materials.").and_then(MaterialId::from_id))
                .collect();
            if let Some(done) = s.materials.as_ref().and_then(|m| m.prepared.as_ref()) {
                for m in done {
                    if !ids.contains(m) {
                        ids.push(*m);
                    }
                }
            }
            k.materials
                .iter()
                .filter(|m| ids.contains(&m.id))
                .map(|m| Choice {
                    id: m.id.to_string(),
                    label: format!("{} ({})", m.en, m.zh),
                    search: format!("{} {} {}", m.en, m.zh, m.id).to_lowercase(),
                })
                .collect()
        }
        _ => Vec::new(),
    }
}

fn industries(k: &Knowledge, ids: &[IndustryId]) -> Vec<Choice> {
    k.industries
        .iter()
        .filter(|i| ids.contains(&i.id))
        .map(|i| Choice {
            id: i.id.to_string(),
            label: format!("{} ({})", i.en, i.zh),
            search: format!("{} {} {}", i.en, i.zh, i.id).to_lowercase(),
        })
        .collect()
}

/// The options matching what was typed: every word of the filter must occur.
pub fn filter<'a>(options: &'a [Choice], typed: &str) -> Vec<&'a Choice> {
    let words: Vec<String> = typed.split_whitespace().map(str::to_lowercase).collect();
    options.iter().filter(|c| words.iter().all(|w| c.search.contains(w.as_str()))).collect()
}

/// How an answer reads on screen.
pub fn display(field: Field, value: &Value, s: &Session, k: &Knowledge, checklist: &Checklist, lang: Language) -> String {
    let label_of = |id: &str| {
        options(field, s, k, checklist, lang)
            .into_iter()
            .find(|c| c.id == id)
            .map(|c| c.label)
            .unwrap_or_else(|| id.to_string())
    };
    match value {
        Value::Empty => messages::text(lang, "tui.value.unanswered").to_string(),
        Value::Text(t) => t.clone(),
        Value::Answer(Answer::Yes) => messages::text(lang, "tui.value.yes").to_string(),
        Value::Answer(Answer::No) => messages::text(lang, "tui.value.no").to_string(),
        Value::Answer(Answer::Unsure) => messages::text(lang, "tui.value.unsure").to_string(),
        Value::Choice(id) => label_of(id),
        Value::Choices(ids) if ids.is_empty() => messages::text(lang, "tui.value.none").to_string(),
        Value::Choices(ids) if field == Field::Domains => ids.join(", "),
        Value::Choices(ids) => {
            let all = options(field, s, k, checklist, lang);
            ids.iter()
                .map(|id| all.iter().find(|c| &c.id == id).map(|c| c.label.clone()).unwrap_or_else(|| id.clone()))
                .collect::<Vec<_>>()
                .join(", ")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn province_is_found_by_english_chinese_or_code() {
        let k = Knowledge::builtin().unwrap();
        let s = Session { version: 1, ..Default::default() };
        let all = options(Field::Province, &s, &k, &Checklist::default(), Language::En);
        for typed in ["guang", "粤", "44", "广东", "GUANGDONG"] {
            let found = filter(&all, typed);
            assert!(found.iter().any(|c| c.id == "guangdong"), "{typed}");
        }
        assert_eq!(filter(&all, "guangd").len(), 1);
        assert_eq!(filter(&all, "guangx")[0].id, "guangxi");
        assert!(filter(&all, "zzz").is_empty());
    }
}

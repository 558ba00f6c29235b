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

/// The label of one option, without building the whole list (drawing a screen does this for
/// every answer, so it must be cheap).
pub fn label(field: Field, id: &str, k: &Knowledge, lang: Language) -> String {
    let found = match field {
        Field::Province | Field::DomicileProvince => {
            ProvinceSlug::from_id(id).and_then(|p| k.province(p)).map(|p| format!("{} {} ({})", p.en, p.zh, p.code))
        }
        Field::EntityType => EntityType::from_id(id).and_then(|e| k.entity_type(e)).map(|e| format!("{} ({})", e.en, e.zh)),
        Field::Product => ProductId::from_id(id).and_then(|p| k.product(p)).map(|p| format!("{} ({})", p.en, p.zh)),
        Field::EntityCertType | Field::LeaderDocument | Field::AdminDocument => {
            CertificateType::from_id(id).and_then(|c| k.certificate_name(c)).map(|c| format!("{} ({})", c.en, c.zh))
        }
        Field::LeaderResidency | Field::AdminResidency => Some(messages::format(lang, &format!("residency.{id}"), &[])),
        Field::DomainRegistrar => Some(messages::format(lang, &format!("choice.registrar.{id}"), &[])),
        Field::DomainHolder => Some(messages::format(lang, &format!("choice.holder.{id}"), &[])),
        Field::DomainHolderKind => Some(messages::format(lang, &format!("choice.holder_kind.{id}"), &[])),
        Field::Billing => Some(messages::format(lang, &format!("choice.billing.{id}"), &[])),
        Field::AccountSite => Some(messages::format(lang, &format!("choice.site.{id}"), &[])),
        Field::Industries | Field::ApprovalsReady => {
            IndustryId::from_id(id).and_then(|i| k.industry(i)).map(|i| format!("{} ({})", i.en, i.zh))
        }
        Field::Prepared => MaterialId::from_id(id).and_then(|m| k.material(m)).map(|m| format!("{} ({})", m.en, m.zh)),
        _ => None,
    };
    found.unwrap_or_else(|| id.to_string())
}

/// How an answer reads on screen.
pub fn display(field: Field, value: &Value, k: &Knowledge, lang: Language) -> String {
    match value {
        Value::Empty => messages::text(lang, "tui.value.unanswered").to_string(),
        Value::Text(t) => t.clone(),
        Value::Answer(Answer::Yes) => messages::text(lang, "tui.value.yes").to_string(),
        Value::Answer(Answer::No) => messages::text(lang, "tui.value.no").to_string(),
        Value::Answer(Answer::Unsure) => messages::text(lang, "tui.value.unsure").to_string(),
        Value::Choice(id) => label(field, id, k, lang),
        Value::Choices(ids) if ids.is_empty() => messages::text(lang, "tui.value.none").to_string(),
        Value::Choices(ids) if field == Field::Domains => ids.join(", "),
        Value::Choices(ids) => ids.iter().map(|id| label(field, id, k, lang)).collect::<Vec<_>>().join(", "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_is_the_same_as_in_the_list() {
        let k = Knowledge::builtin().unwrap();
        let s = Session { version: 1, ..Default::default() };
        for field in [Field::Province, Field::Product, Field::DomainRegistrar, Field::LeaderDocument, Field::Industries] {
            for c in options(field, &s, &k, &Checklist::default(), Language::En) {
                assert_eq!(label(field, &c.id, &k, Language::En), c.label, "{field:?} {}", c.id);
            }
        }
    }

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

//! The options of select and multi-select questions, with labels in the interface language and
//! the words typing may match ("guang", "粤", "44" all find Guangdong).

use super::fields::{Choice, Field, Value};
use crate::engine::Checklist;
use crate::knowledge::Knowledge;
use crate::messages;
use crate::session::*;

/// Options labelled from the catalogue; typing finds them in either language.
fn from_catalogue<T: Copy + std::fmt::Display>(
    lang: Language,
    group: &str,
    all: &[T],
) -> Vec<Choice> {
    all.iter()
        .map(|v| {
            let id = format!("choice.{group}.{v}");
            let label = messages::text(lang, &id).to_string();
            let search = format!(
                "{} {} {v}",
                messages::text(Language::En, &id),
                messages::text(Language::ZhCn, &id)
            );
            Choice {
                id: v.to_string(),
                search: search.to_lowercase(),
                label,
            }
        })
        .collect()
}

/// A province as listed: "Guangdong 广东省 (44)", in Chinese "广东省 (44)".
fn province_label(p: &crate::knowledge::Province, lang: Language) -> String {
    match lang {
        Language::En => format!("{} {} ({})", p.en, p.zh, p.code),
        Language::ZhCn => format!("{} ({})", p.zh, p.code),
    }
}

/// The options a question offers now.
pub fn options(
    field: Field,
    s: &Session,
    k: &Knowledge,
    checklist: &Checklist,
    lang: Language,
) -> Vec<Choice> {
    match field {
        Field::Province | Field::DomicileProvince => k
            .provinces
            .iter()
            .map(|p| Choice {
                id: p.slug.to_string(),
                label: province_label(p, lang),
                search: format!("{} {} {} {} {}", p.en, p.zh, p.code, p.icp_prefix, p.slug)
                    .to_lowercase(),
            })
            .collect(),
        Field::EntityType => k
            .entity_types
            .iter()
            .map(|e| Choice {
                id: e.id.to_string(),
                label: messages::name(lang, &e.en, &e.zh),
                search: format!("{} {} {}", e.en, e.zh, e.id).to_lowercase(),
            })
            .collect(),
        Field::Product => k
            .products
            .iter()
            .map(|p| Choice {
                id: p.id.to_string(),
                label: messages::name(lang, &p.en, &p.zh),
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
                    label: messages::name(lang, &c.en, &c.zh),
                    search: format!("{} {} {}", c.en, c.zh, c.id).to_lowercase(),
                })
                .collect()
        }
        Field::LeaderResidency | Field::AdminResidency => {
            let mut v = from_catalogue(lang, "residency", Residency::ALL);
            for c in &mut v {
                let id = format!("residency.{}", c.id);
                c.label = messages::text(lang, &id).to_string();
                c.search = format!(
                    "{} {} {}",
                    c.search,
                    messages::text(Language::En, &id),
                    messages::text(Language::ZhCn, &id)
                )
                .to_lowercase();
            }
            v
        }
        Field::DomainRegistrar => from_catalogue(lang, "registrar", Registrar::ALL),
        Field::DomainHolder => from_catalogue(lang, "holder", Holder::ALL),
        Field::DomainHolderKind => from_catalogue(lang, "holder_kind", HolderKind::ALL),
        Field::Billing => from_catalogue(lang, "billing", Billing::ALL),
        Field::AccountSite => from_catalogue(lang, "site", AccountSite::ALL),
        Field::Industries => industries(k, IndustryId::ALL, lang),
        Field::ApprovalsReady => {
            let chosen = s
                .preapproval
                .as_ref()
                .and_then(|p| p.industries.clone())
                .unwrap_or_default();
            industries(k, &chosen, lang)
        }
        Field::Prepared => {
            // Exactly the materials this applicant's checklist lists, plus any already marked.
            let mut ids: Vec<MaterialId> = checklist
                .items
                .iter()
                .filter_map(|i| {
                    i.id.strip_prefix("materials.")
                        .and_then(MaterialId::from_id)
                })
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
                    label: messages::name(lang, &m.en, &m.zh),
                    search: format!("{} {} {}", m.en, m.zh, m.id).to_lowercase(),
                })
                .collect()
        }
        _ => Vec::new(),
    }
}

fn industries(k: &Knowledge, ids: &[IndustryId], lang: Language) -> Vec<Choice> {
    k.industries
        .iter()
        .filter(|i| ids.contains(&i.id))
        .map(|i| Choice {
            id: i.id.to_string(),
            label: messages::name(lang, &i.en, &i.zh),
            search: format!("{} {} {}", i.en, i.zh, i.id).to_lowercase(),
        })
        .collect()
}

/// The options matching what was typed: every word of the filter must occur.
pub fn filter<'a>(options: &'a [Choice], typed: &str) -> Vec<&'a Choice> {
    let words: Vec<String> = typed.split_whitespace().map(str::to_lowercase).collect();
    options
        .iter()
        .filter(|c| words.iter().all(|w| c.search.contains(w.as_str())))
        .collect()
}

/// The label of one option, without building the whole list (drawing a screen does this for
/// every answer, so it must be cheap).
pub fn label(field: Field, id: &str, k: &Knowledge, lang: Language) -> String {
    let found = match field {
        Field::Province | Field::DomicileProvince => ProvinceSlug::from_id(id)
            .and_then(|p| k.province(p))
            .map(|p| province_label(p, lang)),
        Field::EntityType => EntityType::from_id(id)
            .and_then(|e| k.entity_type(e))
            .map(|e| messages::name(lang, &e.en, &e.zh)),
        Field::Product => ProductId::from_id(id)
            .and_then(|p| k.product(p))
            .map(|p| messages::name(lang, &p.en, &p.zh)),
        Field::EntityCertType | Field::LeaderDocument | Field::AdminDocument => {
            CertificateType::from_id(id)
                .and_then(|c| k.certificate_name(c))
                .map(|c| messages::name(lang, &c.en, &c.zh))
        }
        Field::LeaderResidency | Field::AdminResidency => {
            Some(messages::format(lang, &format!("residency.{id}"), &[]))
        }
        Field::DomainRegistrar => Some(messages::format(
            lang,
            &format!("choice.registrar.{id}"),
            &[],
        )),
        Field::DomainHolder => Some(messages::format(lang, &format!("choice.holder.{id}"), &[])),
        Field::DomainHolderKind => Some(messages::format(
            lang,
            &format!("choice.holder_kind.{id}"),
            &[],
        )),
        Field::Billing => Some(messages::format(lang, &format!("choice.billing.{id}"), &[])),
        Field::AccountSite => Some(messages::format(lang, &format!("choice.site.{id}"), &[])),
        Field::Industries | Field::ApprovalsReady => IndustryId::from_id(id)
            .and_then(|i| k.industry(i))
            .map(|i| messages::name(lang, &i.en, &i.zh)),
        Field::Prepared => MaterialId::from_id(id)
            .and_then(|m| k.material(m))
            .map(|m| messages::name(lang, &m.en, &m.zh)),
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
        Value::Choices(ids) => messages::list(
            lang,
            &ids.iter()
                .map(|id| label(field, id, k, lang))
                .collect::<Vec<_>>(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_is_the_same_as_in_the_list() {
        let k = Knowledge::builtin().unwrap();
        let s = Session {
            version: 1,
            ..Default::default()
        };
        let fields = [
            Field::Province,
            Field::EntityType,
            Field::Product,
            Field::DomainRegistrar,
            Field::LeaderDocument,
            Field::LeaderResidency,
            Field::Industries,
        ];
        for lang in [Language::En, Language::ZhCn] {
            for field in fields {
                for c in options(field, &s, &k, &Checklist::default(), lang) {
                    assert_eq!(label(field, &c.id, &k, lang), c.label, "{field:?} {}", c.id);
                }
            }
        }
    }

    #[test]
    fn chinese_labels_are_the_chinese_names_and_typing_finds_either_language() {
        let k = Knowledge::builtin().unwrap();
        let s = Session {
            version: 1,
            ..Default::default()
        };
        let zh = options(
            Field::Product,
            &s,
            &k,
            &Checklist::default(),
            Language::ZhCn,
        );
        let ecs = zh.iter().find(|c| c.id == "ecs").unwrap();
        assert_eq!(ecs.label, "云服务器 ECS");
        let en = options(Field::Product, &s, &k, &Checklist::default(), Language::En);
        assert_eq!(
            en.iter().find(|c| c.id == "ecs").unwrap().label,
            "Elastic Compute Service (ECS) (云服务器 ECS)"
        );
        let billing = options(
            Field::Billing,
            &s,
            &k,
            &Checklist::default(),
            Language::ZhCn,
        );
        for typed in ["subscription", "包年"] {
            assert_eq!(filter(&billing, typed)[0].id, "subscription", "{typed}");
        }
    }

    #[test]
    fn province_is_found_by_english_chinese_or_code() {
        let k = Knowledge::builtin().unwrap();
        let s = Session {
            version: 1,
            ..Default::default()
        };
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

//! The options of choice questions as the wizard lists them: labels in the interface language
//! and the words typing may match ("guang", "粤", "44" all find Guangdong). Which options a
//! question offers is the engine's answer (`engine::questions::Kind`); this file only names
//! them.

use crate::engine::questions::{Pick, Value};
use crate::knowledge::Knowledge;
use crate::messages;
use crate::session::{Answer, Language};

/// An option of a choice: its typed value, its label, and the words typing may match
/// (English, Chinese, code).
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    pub pick: Pick,
    pub label: String,
    pub search: String,
}

/// A province as listed: "Guangdong 广东省 (44)", in Chinese "广东省 (44)".
fn province_label(p: &crate::knowledge::Province, lang: Language) -> String {
    match lang {
        Language::En => format!("{} {} ({})", p.en, p.zh, p.code),
        Language::ZhCn => format!("{} ({})", p.zh, p.code),
    }
}

/// The catalogue id naming an option that has no entry of its own in the rule data.
fn catalogue_id(pick: Pick) -> Option<String> {
    Some(match pick {
        Pick::Residency(r) => format!("residency.{r}"),
        Pick::Registrar(r) => format!("choice.registrar.{r}"),
        Pick::Holder(h) => format!("choice.holder.{h}"),
        Pick::HolderKind(h) => format!("choice.holder_kind.{h}"),
        Pick::Billing(b) => format!("choice.billing.{b}"),
        Pick::Site(s) => format!("choice.site.{s}"),
        Pick::Answer(Answer::Yes) => "tui.value.yes".to_string(),
        Pick::Answer(Answer::No) => "tui.value.no".to_string(),
        Pick::Answer(Answer::Unsure) => "tui.value.unsure".to_string(),
        // One line explaining each kind.
        Pick::FilingType(t) => format!("filing.type.{t}"),
        Pick::Feature(f) => format!("choice.feature.{f}"),
        _ => return None,
    })
}

/// The option's id in the session file (what a code typed may match).
fn file_id(pick: Pick) -> String {
    match pick {
        Pick::Province(v) => v.to_string(),
        Pick::EntityType(v) => v.to_string(),
        Pick::Registrar(v) => v.to_string(),
        Pick::Holder(v) => v.to_string(),
        Pick::HolderKind(v) => v.to_string(),
        Pick::Product(v) => v.to_string(),
        Pick::Billing(v) => v.to_string(),
        Pick::Certificate(v) => v.to_string(),
        Pick::Residency(v) => v.to_string(),
        Pick::Site(v) => v.to_string(),
        Pick::FilingType(v) => v.to_string(),
        Pick::Material(v) => v.to_string(),
        Pick::Feature(v) => v.to_string(),
        Pick::Industry(v) => v.to_string(),
        Pick::Answer(a) => format!("{a:?}").to_lowercase(),
    }
}

/// An option's English and Chinese names from the rule data, when it has an entry there.
fn names(pick: Pick, k: &Knowledge) -> Option<(String, String)> {
    let pair = |en: &str, zh: &str| (en.to_string(), zh.to_string());
    match pick {
        Pick::EntityType(e) => k.entity_type(e).map(|e| pair(&e.en, &e.zh)),
        Pick::Product(p) => k.product(p).map(|p| pair(&p.en, &p.zh)),
        Pick::Certificate(c) => k.certificate_name(c).map(|c| pair(&c.en, &c.zh)),
        Pick::Material(m) => k.material(m).map(|m| pair(&m.en, &m.zh)),
        Pick::Industry(i) => k.industry(i).map(|i| pair(&i.en, &i.zh)),
        _ => None,
    }
}

/// The label of one option (drawing a screen does this for every answer, so it is cheap).
pub fn label(pick: Pick, k: &Knowledge, lang: Language) -> String {
    if let Pick::Province(slug) = pick {
        return k
            .province(slug)
            .map(|p| province_label(p, lang))
            .unwrap_or_else(|| slug.to_string());
    }
    if let Some(id) = catalogue_id(pick) {
        return messages::text(lang, &id).to_string();
    }
    match names(pick, k) {
        Some((en, zh)) => messages::name(lang, &en, &zh),
        None => file_id(pick),
    }
}

/// One option with its label and search words.
pub fn choice(pick: Pick, k: &Knowledge, lang: Language) -> Choice {
    let id = file_id(pick);
    let search = if let Pick::Province(slug) = pick {
        match k.province(slug) {
            Some(p) => format!("{} {} {} {} {}", p.en, p.zh, p.code, p.icp_prefix, p.slug),
            None => id,
        }
    } else if let Some(m) = catalogue_id(pick) {
        format!(
            "{} {} {id}",
            messages::text(Language::En, &m),
            messages::text(Language::ZhCn, &m)
        )
    } else {
        match names(pick, k) {
            Some((en, zh)) => format!("{en} {zh} {id}"),
            None => id,
        }
    };
    Choice {
        pick,
        label: label(pick, k, lang),
        search: search.to_lowercase(),
    }
}

/// The options the engine offers, labelled.
pub fn options(picks: &[Pick], k: &Knowledge, lang: Language) -> Vec<Choice> {
    picks.iter().map(|p| choice(*p, k, lang)).collect()
}

/// The options matching what was typed: every word of the filter must occur.
pub fn filter<'a>(options: &'a [Choice], typed: &str) -> Vec<&'a Choice> {
    let words: Vec<String> = typed.split_whitespace().map(str::to_lowercase).collect();
    options
        .iter()
        .filter(|c| words.iter().all(|w| c.search.contains(w.as_str())))
        .collect()
}

/// How an answer reads on screen.
pub fn display(value: &Value, k: &Knowledge, lang: Language) -> String {
    match value {
        Value::Empty => messages::text(lang, "tui.value.unanswered").to_string(),
        Value::Text(t) => t.clone(),
        Value::Answer(Answer::Yes) => messages::text(lang, "tui.value.yes").to_string(),
        Value::Answer(Answer::No) => messages::text(lang, "tui.value.no").to_string(),
        Value::Answer(Answer::Unsure) => messages::text(lang, "tui.value.unsure").to_string(),
        Value::Pick(p) => label(*p, k, lang),
        Value::Picks(ps) if ps.is_empty() => messages::text(lang, "tui.value.none").to_string(),
        Value::Picks(ps) => messages::list(
            lang,
            &ps.iter().map(|p| label(*p, k, lang)).collect::<Vec<_>>(),
        ),
        Value::Domains(names) if names.is_empty() => {
            messages::text(lang, "tui.value.none").to_string()
        }
        Value::Domains(names) => names.join(", "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::questions::{Kind, QuestionId};
    use crate::session::Session;

    fn picks_of(q: QuestionId, s: &Session, k: &Knowledge) -> Vec<Pick> {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        crate::engine::questions(s, k, today)
            .into_iter()
            .flat_map(|sq| sq.questions)
            .find(|x| x.id == q)
            .map(|x| match x.kind {
                Kind::Choice(p) | Kind::Multi(p) => p,
                _ => Vec::new(),
            })
            .unwrap_or_default()
    }

    fn empty() -> Session {
        Session {
            version: 1,
            ..Default::default()
        }
    }

    #[test]
    fn a_label_is_the_same_as_in_the_list() {
        let k = Knowledge::builtin().unwrap();
        let s = Session {
            domains: Some(vec![Default::default()]),
            ..empty()
        };
        let qs = [
            QuestionId::Province,
            QuestionId::EntityType,
            QuestionId::Product,
            QuestionId::DomainRegistrar,
            QuestionId::LeaderDocument,
            QuestionId::LeaderResidency,
            QuestionId::Industries,
        ];
        for lang in [Language::En, Language::ZhCn] {
            for q in qs {
                let picks = picks_of(q, &s, &k);
                assert!(!picks.is_empty(), "{q:?} offers options");
                for c in options(&picks, &k, lang) {
                    assert_eq!(label(c.pick, &k, lang), c.label, "{q:?}");
                }
            }
        }
    }

    #[test]
    fn chinese_labels_are_the_chinese_names_and_typing_finds_either_language() {
        use crate::session::{Billing, ProductId};
        let k = Knowledge::builtin().unwrap();
        let products = picks_of(QuestionId::Product, &empty(), &k);
        let zh = options(&products, &k, Language::ZhCn);
        let ecs = zh
            .iter()
            .find(|c| c.pick == Pick::Product(ProductId::Ecs))
            .unwrap();
        assert_eq!(ecs.label, "云服务器 ECS");
        let en = options(&products, &k, Language::En);
        assert_eq!(
            en.iter()
                .find(|c| c.pick == Pick::Product(ProductId::Ecs))
                .unwrap()
                .label,
            "Elastic Compute Service (ECS) (云服务器 ECS)"
        );
        let billing = options(
            &picks_of(QuestionId::Billing, &empty(), &k),
            &k,
            Language::ZhCn,
        );
        for typed in ["subscription", "包年"] {
            assert_eq!(
                filter(&billing, typed)[0].pick,
                Pick::Billing(Billing::Subscription),
                "{typed}"
            );
        }
    }

    #[test]
    fn province_is_found_by_english_chinese_or_code() {
        use crate::session::ProvinceSlug;
        let k = Knowledge::builtin().unwrap();
        let all = options(
            &picks_of(QuestionId::Province, &empty(), &k),
            &k,
            Language::En,
        );
        let slug = |id: &str| Pick::Province(ProvinceSlug::from_id(id).unwrap());
        let gd = slug("guangdong");
        for typed in ["guang", "粤", "44", "广东", "GUANGDONG"] {
            assert!(filter(&all, typed).iter().any(|c| c.pick == gd), "{typed}");
        }
        assert_eq!(filter(&all, "guangd").len(), 1);
        assert_eq!(filter(&all, "guangx")[0].pick, slug("guangxi"));
        assert!(filter(&all, "zzz").is_empty());
    }
}

//! The one message catalogue: every user-visible sentence, keyed by message id, with one column
//! per language. Tables are split by area (`engine`, `cli`, `validate`) only to keep files small.
//! The zh-CN column is filled by the Chinese-interface work; until then lookups fall back to
//! English. Placeholders are written `{name}`.

mod cli;
mod engine;
mod export;
mod store;
mod tui;
pub mod validate;

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::session::Language;

/// A catalogue row: message id, English, Simplified Chinese ("" = not translated yet).
pub type Row = (&'static str, &'static str, &'static str);

pub use cli::CLI;
pub use engine::ENGINE;
pub use export::EXPORT;
pub use store::STORE;
pub use tui::TUI;

fn index() -> &'static HashMap<&'static str, (&'static str, &'static str)> {
    static INDEX: OnceLock<HashMap<&'static str, (&'static str, &'static str)>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut map = HashMap::new();
        for (id, en, zh) in ENGINE
            .iter()
            .chain(CLI.iter())
            .chain(STORE.iter())
            .chain(EXPORT.iter())
            .chain(TUI.iter())
        {
            map.insert(*id, (*en, *zh));
        }
        for (id, en) in validate::VALIDATE {
            map.insert(*id, (*en, ""));
        }
        map
    })
}

/// Whether the catalogue has this id (tests use it to catch typos in ids).
pub fn has(id: &str) -> bool {
    index().contains_key(id)
}

/// Every message id in the catalogue.
pub fn ids() -> impl Iterator<Item = &'static str> {
    index().keys().copied()
}

/// The text of a message in a language, falling back to English. An unknown id is returned
/// as itself, so a missing message shows up visibly instead of as an empty line.
pub fn text(lang: Language, id: &str) -> &str {
    match index().get(id) {
        Some((_, zh)) if lang == Language::ZhCn && !zh.is_empty() => zh,
        Some((en, _)) => en,
        None => id,
    }
}

/// The text with its `{name}` placeholders filled in.
pub fn format(lang: Language, id: &str, args: &[(&str, String)]) -> String {
    fill(text(lang, id), args)
}

/// Fill `{name}` placeholders; unknown placeholders are left as written.
pub fn fill(template: &str, args: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match args.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// A date as people write it in each language: `2027-02-28` in English (unambiguous
/// everywhere), `2027年2月28日` in Chinese. Files and JSON keep `YYYY-MM-DD` whatever the language.
pub fn date(lang: Language, d: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    match lang {
        Language::En => d.format("%Y-%m-%d").to_string(),
        Language::ZhCn => format!("{}年{}月{}日", d.year(), d.month(), d.day()),
    }
}

/// The `{name}` placeholders a template uses.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        out.push(&after[..close]);
        rest = &after[close + 1..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_each_language() {
        let d = chrono::NaiveDate::from_ymd_opt(2027, 2, 8).unwrap();
        assert_eq!(date(Language::En, d), "2027-02-08");
        assert_eq!(date(Language::ZhCn, d), "2027年2月8日");
    }

    #[test]
    fn fill_replaces_known_and_keeps_unknown() {
        let s = fill("{a} and {b} and {a}", &[("a", "x".into())]);
        assert_eq!(s, "x and {b} and x");
    }

    #[test]
    fn message_ids_are_unique_across_tables() {
        let mut seen = std::collections::HashSet::new();
        let all = ENGINE
            .iter()
            .map(|r| r.0)
            .chain(CLI.iter().map(|r| r.0))
            .chain(STORE.iter().map(|r| r.0))
            .chain(EXPORT.iter().map(|r| r.0))
            .chain(TUI.iter().map(|r| r.0))
            .chain(validate::VALIDATE.iter().map(|r| r.0));
        for id in all {
            assert!(seen.insert(id), "duplicate message id {id}");
        }
    }

    #[test]
    fn unknown_id_shows_itself_and_english_is_the_fallback() {
        assert_eq!(text(Language::En, "no.such.id"), "no.such.id");
        let (id, en, _) = ENGINE[0];
        assert_eq!(text(Language::ZhCn, id), en);
    }
}

//! Which language the command line speaks: `--lang` (global, before or after the subcommand),
//! else the session's saved `language`, else LC_ALL / LANG (`zh_*` → zh-CN), else English.

use std::sync::OnceLock;

use crate::session::Language;

static FLAG: OnceLock<Option<Language>> = OnceLock::new();

/// Record the `--lang` flag once, at startup.
pub fn set_flag(lang: Option<Language>) {
    let _ = FLAG.set(lang);
}

pub fn flag() -> Option<Language> {
    FLAG.get().copied().flatten()
}

/// The language of the environment: the first of LC_ALL, LC_MESSAGES, LANG that is set.
pub fn from_env() -> Option<Language> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.is_empty())
        .map(|v| from_locale(&v))
}

/// `zh_CN.UTF-8`, `zh_TW`, `zh` → zh-CN (the only Chinese the catalogue has); anything else → en.
pub fn from_locale(locale: &str) -> Language {
    if locale.to_ascii_lowercase().starts_with("zh") {
        Language::ZhCn
    } else {
        Language::En
    }
}

/// The language for a command that has read a session.
pub fn resolve(session: Option<Language>) -> Language {
    Language::choose(flag(), session, from_env())
}

/// The language before any session is read (errors about reading it).
pub fn hint() -> Language {
    resolve(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales() {
        assert_eq!(from_locale("zh_CN.UTF-8"), Language::ZhCn);
        assert_eq!(from_locale("zh_TW"), Language::ZhCn);
        assert_eq!(from_locale("en_US.UTF-8"), Language::En);
        assert_eq!(from_locale("C"), Language::En);
    }
}

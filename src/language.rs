//! The interface language: a leaf type every layer may name (the session file saves it, the
//! catalogue is keyed by it), and the one rule that picks it.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Language {
    #[serde(rename = "en")]
    En,
    #[serde(rename = "zh-CN")]
    ZhCn,
}

impl Language {
    pub const ALL: &'static [Language] = &[Language::En, Language::ZhCn];

    /// The id as written in the session file and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::ZhCn => "zh-CN",
        }
    }

    pub fn from_id(id: &str) -> Option<Language> {
        Self::ALL.iter().copied().find(|v| v.as_str() == id)
    }

    /// Which language to speak: `--lang`, else the session's saved language, else the
    /// environment's (LC_ALL / LC_MESSAGES / LANG), else English.
    pub fn choose(
        flag: Option<Language>,
        saved: Option<Language>,
        env: Option<Language>,
    ) -> Language {
        flag.or(saved).or(env).unwrap_or(Language::En)
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_flag_wins_then_the_saved_language_then_the_environment() {
        use Language::*;
        assert_eq!(Language::choose(Some(En), Some(ZhCn), Some(ZhCn)), En);
        assert_eq!(Language::choose(None, Some(ZhCn), Some(En)), ZhCn);
        assert_eq!(Language::choose(None, None, Some(ZhCn)), ZhCn);
        assert_eq!(Language::choose(None, None, None), En);
    }
}

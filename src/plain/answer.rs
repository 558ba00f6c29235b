//! Reading one answer line: the commands every question understands (blank, `-`, `?`, `q`) and
//! what a line means for each kind of question. Nothing is written here; a line that cannot be
//! read gives the reason, in the interface language.

use crate::engine::questions::Pick;
use crate::messages;
use crate::session::{Answer, Language};
use crate::tui::choices::{self, Choice};

/// What a line asks for, before the question's kind is looked at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// Blank: keep the current answer (or skip an unanswered question).
    Keep,
    /// `-`: forget the answer (the wizard's Del).
    Clear,
    /// `?`: explain the question.
    Help,
    /// `q`: save and leave.
    Quit,
    /// Anything else: an answer to read as the question's kind.
    Text(String),
}

pub fn reply(line: &str) -> Reply {
    match line.trim() {
        "" => Reply::Keep,
        "-" => Reply::Clear,
        "?" => Reply::Help,
        "q" | "Q" => Reply::Quit,
        t => Reply::Text(t.to_string()),
    }
}

fn t(lang: Language, id: &str, args: &[(&str, String)]) -> String {
    let args: Vec<(&str, String)> = args
        .iter()
        .map(|(k, v)| (*k, messages::printable(v)))
        .collect();
    messages::format(lang, id, &args)
}

/// One option of a choice: by its number in the list, or by words that find it as the
/// wizard's filter does ("guang", "粤", "44"). Words that find several options are refused
/// unless one of them is named exactly (its id, or a whole word of its name).
pub fn pick(options: &[Choice], typed: &str, lang: Language) -> Result<Pick, String> {
    let typed = typed.trim();
    if let Ok(n) = typed.parse::<usize>() {
        return n
            .checked_sub(1)
            .and_then(|i| options.get(i))
            .map(|c| c.pick)
            .ok_or_else(|| {
                t(
                    lang,
                    "plain.error.choice-number",
                    &[
                        ("number", typed.to_string()),
                        ("n", options.len().to_string()),
                    ],
                )
            });
    }
    let word = typed.to_lowercase();
    let named = |c: &Choice| {
        c.label.to_lowercase() == word || c.search.split_whitespace().any(|w| w == word)
    };
    // One letter finds an option only when it is that option's whole word ("粤"): a yes/no
    // answer one line off in a script must not choose Yunnan.
    if typed.chars().count() < 2 {
        let exact: Vec<&Choice> = options.iter().filter(|c| named(c)).collect();
        return match exact.as_slice() {
            [one] => Ok(one.pick),
            _ => Err(t(
                lang,
                "plain.error.too-short",
                &[("typed", typed.to_string())],
            )),
        };
    }
    let found = choices::filter(options, typed);
    match found.as_slice() {
        [one] => return Ok(one.pick),
        [] => {
            return Err(t(
                lang,
                "plain.error.no-match",
                &[("typed", typed.to_string())],
            ));
        }
        _ => {}
    }
    let exact: Vec<&&Choice> = found.iter().filter(|c| named(c)).collect();
    match exact.as_slice() {
        [one] => Ok(one.pick),
        _ => {
            let names: Vec<String> = found.iter().take(4).map(|c| c.label.clone()).collect();
            Err(t(
                lang,
                "plain.error.ambiguous",
                &[
                    ("typed", typed.to_string()),
                    ("options", messages::list(lang, &names)),
                ],
            ))
        }
    }
}

/// Several options, separated by commas (`,` or `，`); `0` alone is "none of these". The
/// options are returned in the engine's order, as the wizard saves them.
pub fn picks(options: &[Choice], typed: &str, lang: Language) -> Result<Vec<Pick>, String> {
    if typed.trim() == "0" {
        return Ok(Vec::new());
    }
    let mut chosen = Vec::new();
    for part in typed
        .split([',', '，'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        chosen.push(pick(options, part, lang)?);
    }
    Ok(options
        .iter()
        .map(|o| o.pick)
        .filter(|p| chosen.contains(p))
        .collect())
}

/// yes / no / not sure, in either language or by its first letter.
pub fn yes_no(typed: &str, lang: Language) -> Result<Answer, String> {
    match typed.trim().to_lowercase().as_str() {
        "y" | "yes" | "是" => Ok(Answer::Yes),
        "n" | "no" | "否" => Ok(Answer::No),
        "u" | "unsure" | "not sure" | "不确定" => Ok(Answer::Unsure),
        _ => Err(t(lang, "plain.error.yes-no", &[])),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::Knowledge;
    use crate::session::{Billing, ProductId};

    fn products(k: &Knowledge) -> Vec<Choice> {
        let picks: Vec<Pick> = k.products.iter().map(|p| Pick::Product(p.id)).collect();
        choices::options(&picks, k, Language::En)
    }

    #[test]
    fn commands_are_read_before_the_answer() {
        assert_eq!(reply("  "), Reply::Keep);
        assert_eq!(reply("-"), Reply::Clear);
        assert_eq!(reply("?"), Reply::Help);
        assert_eq!(reply("q"), Reply::Quit);
        assert_eq!(reply(" Acme "), Reply::Text("Acme".into()));
    }

    #[test]
    fn an_option_is_found_by_number_name_or_id_and_never_guessed() {
        let k = Knowledge::builtin().unwrap();
        let options = products(&k);
        assert_eq!(pick(&options, "1", Language::En), Ok(options[0].pick));
        assert_eq!(
            pick(&options, "ecs", Language::En),
            Ok(Pick::Product(ProductId::Ecs))
        );
        let n = options.len();
        let err = pick(&options, &(n + 1).to_string(), Language::En).unwrap_err();
        assert!(err.contains(&n.to_string()), "{err}");
        assert!(pick(&options, "0", Language::En).is_err());
        assert!(pick(&options, "zzzz", Language::En).is_err());
        let provinces: Vec<Pick> = k.province_slugs().map(Pick::Province).collect();
        let provinces = choices::options(&provinces, &k, Language::En);
        let err = pick(&provinces, "y", Language::En).unwrap_err();
        assert!(err.contains("too short"), "one letter is not a name: {err}");
        let gd = pick(&provinces, "粤", Language::En).unwrap();
        assert_eq!(
            choices::label(gd, &k, Language::En),
            "Guangdong 广东省 (44)"
        );
        let billing: Vec<Choice> = choices::options(
            &[
                Pick::Billing(Billing::Subscription),
                Pick::Billing(Billing::PayAsYouGo),
            ],
            &k,
            Language::ZhCn,
        );
        assert_eq!(
            pick(&billing, "包年", Language::ZhCn),
            Ok(Pick::Billing(Billing::Subscription))
        );
    }

    #[test]
    fn several_options_keep_the_engines_order_and_zero_is_none() {
        let k = Knowledge::builtin().unwrap();
        let options = products(&k);
        let got = picks(&options, "3, 1", Language::En).unwrap();
        assert_eq!(got, vec![options[0].pick, options[2].pick]);
        assert_eq!(picks(&options, "0", Language::En), Ok(Vec::new()));
        assert!(picks(&options, "1, 99", Language::En).is_err());
    }

    #[test]
    fn yes_no_in_either_language() {
        assert_eq!(yes_no("Y", Language::En), Ok(Answer::Yes));
        assert_eq!(yes_no("否", Language::En), Ok(Answer::No));
        assert_eq!(yes_no("u", Language::ZhCn), Ok(Answer::Unsure));
        assert!(yes_no("maybe", Language::En).is_err());
    }
}

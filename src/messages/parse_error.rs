//! Session-file parse errors in the interface language.

use super::format;
use crate::language::Language;
use crate::session::{CURRENT_VERSION, NOT_A_TIMESTAMP, ParseError, TAB, TWO_DOCUMENTS};

/// A session file's parse error in the interface language. The YAML parser's own detail
/// (after the field) is technical English in both languages; where it is and what to do are
/// translated. (The session module does not know the catalogue; its callers localise.)
pub fn parse_error(lang: Language, e: &ParseError) -> String {
    match e {
        ParseError::Invalid {
            line,
            column,
            field,
            message,
        } => {
            let mut out = match (line, column) {
                (Some(l), Some(c)) => format(
                    lang,
                    "session.error.at",
                    &[("line", l.to_string()), ("column", c.to_string())],
                ),
                (Some(l), None) => {
                    format(lang, "session.error.at-line", &[("line", l.to_string())])
                }
                _ => String::new(),
            };
            if let Some(f) = field {
                out.push_str(&format(
                    lang,
                    "session.error.field",
                    &[("field", f.clone())],
                ));
            }
            out.push_str(&detail_in(message, lang));
            out
        }
        ParseError::MissingVersion => format(lang, "session.error.missing-version", &[]),
        ParseError::NewerVersion { found } => format(
            lang,
            "session.error.newer-version",
            &[
                ("found", found.to_string()),
                ("current", CURRENT_VERSION.to_string()),
            ],
        ),
        ParseError::UnknownVersion { found } => format(
            lang,
            "session.error.unknown-version",
            &[
                ("found", found.to_string()),
                ("current", CURRENT_VERSION.to_string()),
            ],
        ),
    }
}

/// The parser's detail in `lang`: the usual serde sentences are recognised and said through the
/// catalogue (the English templates reproduce serde's wording); anything else stays as written.
fn detail_in(message: &str, lang: Language) -> String {
    let expected = |e: &str| {
        let id = match e {
            "a mapping of fields (`name: value` lines)" => "session.expected.mapping",
            "true, false or unsure" => "session.expected.answer",
            "a whole number (0 to 4294967295)" => "session.expected.whole-number",
            "a number (decimals allowed)" => "session.expected.number",
            "a certificate number (text or digits)" => "session.expected.certificate-number",
            "a single value (one word), not a list or a mapping" => "session.expected.single-value",
            _ => return e.to_string(),
        };
        format(lang, id, &[])
    };
    let quoted = |rest: &str| -> Option<(String, String)> {
        // "`value`, expected …" → (value, expected)
        let rest = rest.strip_prefix('`')?;
        let (value, after) = rest.split_once('`')?;
        Some((
            value.to_string(),
            after.strip_prefix(", expected ")?.to_string(),
        ))
    };
    for (prefix, many, one) in [
        (
            "unknown variant ",
            "session.detail.unknown-variant",
            "session.detail.unknown-variant-one",
        ),
        (
            "unknown field ",
            "session.detail.unknown-field",
            "session.detail.unknown-field-one",
        ),
    ] {
        if let Some((value, exp)) = message.strip_prefix(prefix).and_then(quoted) {
            return match exp.strip_prefix("one of ") {
                Some(list) => format(
                    lang,
                    many,
                    &[("value", value), ("expected", list.to_string())],
                ),
                None => format(lang, one, &[("value", value), ("expected", exp)]),
            };
        }
    }
    for (prefix, id) in [
        ("invalid type: ", "session.detail.invalid-type"),
        ("invalid value: ", "session.detail.invalid-value"),
    ] {
        if let Some((found, exp)) = message
            .strip_prefix(prefix)
            .and_then(|r| r.rsplit_once(", expected "))
        {
            return format(
                lang,
                id,
                &[("found", found.to_string()), ("expected", expected(exp))],
            );
        }
    }
    for (prefix, id) in [
        ("missing field `", "session.detail.missing-field"),
        ("duplicate field `", "session.detail.duplicate-field"),
    ] {
        if let Some(value) = message
            .strip_prefix(prefix)
            .and_then(|r| r.strip_suffix('`'))
        {
            return format(lang, id, &[("value", value.to_string())]);
        }
    }
    for (prefix, id) in [
        (
            "unused website label `",
            "session.detail.website-label-unused",
        ),
        (
            "duplicate website label `",
            "session.detail.website-label-duplicate",
        ),
    ] {
        if let Some(value) = message
            .strip_prefix(prefix)
            .and_then(|r| r.strip_suffix('`'))
        {
            return format(lang, id, &[("value", value.to_string())]);
        }
    }
    match message {
        "empty website label" => format(lang, "session.detail.website-label-empty", &[]),
        "not a real date; dates are written YYYY-MM-DD" => {
            format(lang, "session.detail.not-a-real-date", &[])
        }
        "not a date; dates are written YYYY-MM-DD" => {
            format(lang, "session.detail.not-a-date", &[])
        }
        NOT_A_TIMESTAMP => format(lang, "session.detail.not-a-timestamp", &[]),
        TAB => format(lang, "session.detail.tab", &[]),
        TWO_DOCUMENTS => format(lang, "session.detail.two-documents", &[]),
        _ => message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::parse;

    #[test]
    fn errors_speak_both_languages() {
        let e = parse("version: 1\napplicant:\n  province: guangzhou\n").unwrap_err();
        assert_eq!(
            parse_error(Language::En, &e),
            e.to_string(),
            "English reads as Display"
        );
        let zh = parse_error(Language::ZhCn, &e);
        assert!(
            zh.contains("第 3 行") && zh.contains("applicant.province"),
            "{zh}"
        );
        assert!(zh.contains("未知的取值 `guangzhou`"), "{zh}");
        for (text, want) in [
            (
                "version: 1\naccount:\n  has_acount: true\n",
                "未知字段 `has_acount`",
            ),
            (
                "version: 1\naccount:\n  has_account: yes\n",
                "true、false 或 unsure",
            ),
            (
                "version: 1\ninstance:\n  service_numbers_used: many\n",
                "整数",
            ),
            (
                "version: 1\ninstance:\n  expires_on: 2027-02-30\n",
                "YYYY-MM-DD",
            ),
        ] {
            let e = parse(text).unwrap_err();
            let zh = parse_error(Language::ZhCn, &e);
            assert!(zh.contains(want), "{text:?} → {zh}");
            assert_eq!(
                parse_error(Language::En, &e),
                e.to_string(),
                "English unchanged for {text:?}"
            );
        }
        assert!(parse_error(Language::ZhCn, &ParseError::MissingVersion).contains("version"));
        assert!(parse_error(Language::ZhCn, &ParseError::NewerVersion { found: 2 }).contains('2'));
    }
}

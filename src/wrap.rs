//! The one line-wrapping routine for every text the program lays out (the wizard's panels and
//! pop-ups, the plain-text export): `textwrap` with Unicode line breaking (UAX #14) and display
//! widths, so Chinese breaks between characters, closing punctuation (`，` `）` `》`) stays with
//! the text before it, opening punctuation with the text after it, and a Latin word is broken
//! only when it is wider than a whole line. Nothing is dropped: the lines joined again give the
//! text back, less the spaces at the breaks.

use textwrap::core::Word;
use textwrap::{Options, WordSeparator, WordSplitter};

/// Wrap `text` into lines of at most `width` display columns, `first` before the first line and
/// `rest` before the others. Line breaks, tabs and control characters in `text` must already be
/// gone (the catalogue has none; user strings go through `export::one_line` or the screen's own
/// escaping). An empty text gives one line holding `first`.
pub fn wrap(text: &str, width: usize, first: &str, rest: &str) -> Vec<String> {
    let options = Options::new(width.max(1))
        .initial_indent(first)
        .subsequent_indent(rest)
        .word_separator(WordSeparator::Custom(words))
        // Hyphens are not break points: `Pay-as-you-go` stays one word on screen.
        .word_splitter(WordSplitter::NoHyphenation)
        .break_words(true);
    let lines = textwrap::wrap(text, options);
    if lines.is_empty() {
        return vec![first.trim_end().to_string()];
    }
    // A word with a space inside (UAX #14 keeps `a ”` together) may be broken at that space:
    // the space is break whitespace then, not the start of the next line.
    lines
        .into_iter()
        .enumerate()
        .map(|(i, l)| {
            let l = l.trim_end();
            match l.strip_prefix(rest) {
                Some(body) if i > 0 && body.starts_with(' ') => {
                    format!("{rest}{}", body.trim_start_matches(' '))
                }
                _ => l.to_string(),
            }
        })
        .collect()
}

/// Wrap with a hanging indent of `indent` spaces (the wizard's panels).
pub fn wrap_indented(text: &str, width: usize, indent: usize) -> Vec<String> {
    wrap(text, width, "", &" ".repeat(indent))
}

/// The break opportunities of UAX #14, except inside a date written the Chinese way
/// (`2026年11月28日` stays on one line).
fn words(line: &str) -> Box<dyn Iterator<Item = Word<'_>> + '_> {
    let mut out: Vec<Word> = Vec::new();
    let mut start = 0;
    let mut end = 0;
    let mut prev: Option<Word> = None;
    for w in WordSeparator::UnicodeBreakProperties.find_words(line) {
        let len = w.word.len() + w.whitespace.len();
        if let Some(p) = prev.take() {
            let glued = p.whitespace.is_empty()
                && date_glue(p.word.chars().next_back(), w.word.chars().next());
            if !glued {
                out.push(Word::from(&line[start..end]));
                start = end;
            }
        }
        end += len;
        prev = Some(w);
    }
    if prev.is_some() {
        out.push(Word::from(&line[start..end]));
    }
    Box::new(out.into_iter())
}

fn date_glue(p: Option<char>, c: Option<char>) -> bool {
    let (Some(p), Some(c)) = (p, c) else {
        return false;
    };
    (p.is_ascii_digit() && "年月日".contains(c)) || ("年月".contains(p) && c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use unicode_width::UnicodeWidthStr;

    fn no_space(s: &str) -> String {
        s.chars().filter(|c| *c != ' ').collect()
    }

    #[test]
    fn latin_words_stay_whole_and_lines_fit() {
        let text = "Your Elastic Compute Service (ECS) subscription ends on 2026-12-20.";
        for width in 14..40 {
            let lines = wrap(text, width, "", "  ");
            assert!(lines.iter().all(|l| l.width() <= width), "{lines:?}");
            for word in ["Elastic", "Compute", "Service", "(ECS)", "subscription"] {
                assert!(lines.iter().any(|l| l.contains(word)), "{word}: {lines:?}");
            }
            assert_eq!(no_space(&lines.concat()), no_space(text));
        }
    }

    #[test]
    fn chinese_breaks_between_characters_and_keeps_every_one() {
        // The characters the old wrapper lost at a break (澳, 人).
        let text = "香港、澳门居民须使用港澳居民来往内地通行证，且证件信息须与主体负责人证件相同。";
        for width in 10..50 {
            let lines = wrap(text, width, "", "");
            assert_eq!(lines.concat(), text, "{lines:?}");
            assert!(lines.iter().all(|l| l.width() <= width), "{lines:?}");
            assert!(
                lines
                    .iter()
                    .all(|l| !l.starts_with(['，', '。', '、', '）', '》'])),
                "{lines:?}"
            );
        }
    }

    #[test]
    fn opening_and_closing_punctuation_stay_with_their_text() {
        let text = "请上传《广东省金融类网站ICP备案承诺书》。承诺书（盖章）须清晰";
        for width in 10..40 {
            let lines = wrap(text, width, "", "");
            assert!(
                lines.iter().all(|l| !l.starts_with(['》', '。', '）'])),
                "{lines:?}"
            );
            assert!(
                lines.iter().all(|l| !l.ends_with(['《', '（'])),
                "{lines:?}"
            );
        }
    }

    #[test]
    fn a_chinese_date_stays_on_one_line() {
        let text = format!("{}2026年11月28日", "备".repeat(36));
        assert_eq!(wrap(&text, 80, "", "")[1], "2026年11月28日");
    }

    #[test]
    fn indents_and_an_empty_text() {
        let lines = wrap(&"word ".repeat(30), 40, "- ", "  ");
        assert!(lines[0].starts_with("- word") && lines[1].starts_with("  word"));
        assert_eq!(wrap("", 20, "[x] ", ""), vec!["[x]".to_string()]);
    }

    #[test]
    fn an_overlong_word_is_broken_rather_than_overflowing() {
        let url = "https://help.aliyun.com/document_detail/113602.html";
        let lines = wrap(url, 16, "", "  ");
        assert!(lines.iter().all(|l| l.width() <= 16), "{lines:?}");
        assert_eq!(no_space(&lines.concat()), url);
    }

    /// Pieces the property test mixes: Latin words, CJK runs, full-width punctuation, long words.
    fn piece() -> impl Strategy<Value = String> {
        prop_oneof![
            "[a-zA-Z]{1,12}",
            "[a-z0-9./:-]{20,60}",
            "[一-龥]{1,8}",
            prop::sample::select(vec![
                "，",
                "。",
                "、",
                "（",
                "）",
                "《",
                "》",
                "：",
                "；",
                "“",
                "”",
                "！",
                "？",
                "(",
                ")",
                ",",
                ".",
                "2026年9月1日",
                "ICP备案",
                "Pay-as-you-go",
            ])
            .prop_map(str::to_string),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]
        #[test]
        fn nothing_is_dropped_and_no_line_is_too_wide(
            pieces in prop::collection::vec((piece(), prop::bool::ANY), 1..40),
            width in 10usize..=120,
        ) {
            let mut text = String::new();
            for (p, space) in &pieces {
                if *space && !text.is_empty() {
                    text.push(' ');
                }
                text.push_str(p);
            }
            let lines = wrap(&text, width, "", "");
            for l in &lines {
                prop_assert!(l.width() <= width, "{:?} is {} wide (width {})", l, l.width(), width);
            }
            prop_assert_eq!(no_space(&lines.concat()), no_space(&text));
            // Only break whitespace goes: the lines re-joined with one space or none give the text.
            let mut rest = text.as_str();
            for l in &lines {
                rest = rest.trim_start_matches(' ');
                prop_assert!(rest.starts_with(l.as_str()), "{:?} is not next in {:?}", l, rest);
                rest = &rest[l.len()..];
            }
            prop_assert_eq!(rest.trim(), "");
        }
    }
}

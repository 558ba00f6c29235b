//! Wrapping by display width: Chinese characters take two columns and may break anywhere;
//! Latin words are never split unless a single word is wider than the line.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Split `text` into lines of at most `width` display columns; continuation lines start with
/// `indent` spaces.
pub fn wrap(text: &str, width: usize, indent: usize) -> Vec<String> {
    let width = width.max(indent + 2);
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    for token in tokens(text) {
        let w = token.width();
        let is_space = token.chars().all(char::is_whitespace);
        if used + w > width && used > indent {
            lines.push(line.trim_end().to_string());
            line = " ".repeat(indent);
            used = indent;
            if is_space {
                continue;
            }
        }
        if w > width - indent {
            // A word wider than a whole line: break it by characters.
            for c in token.chars() {
                let cw = c.width().unwrap_or(0);
                if used + cw > width {
                    lines.push(line.trim_end().to_string());
                    line = " ".repeat(indent);
                    used = indent;
                }
                line.push(c);
                used += cw;
            }
            continue;
        }
        line.push_str(token);
        used += w;
    }
    if !line.trim().is_empty() || lines.is_empty() {
        lines.push(line.trim_end().to_string());
    }
    lines
}

/// Words, runs of spaces, and single wide (CJK) characters, which may break anywhere.
fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut kind = 0u8; // 0 none, 1 word, 2 space
    for (i, c) in text.char_indices() {
        let wide = c.width().unwrap_or(0) > 1;
        let k = if c.is_whitespace() { 2 } else { 1 };
        if i < start {
            continue; // already taken as closing punctuation of a wide character
        }
        if wide {
            if i > start {
                out.push(&text[start..i]);
            }
            // Closing punctuation stays with the character before it: no line starts with ")".
            let mut end = i + c.len_utf8();
            for p in text[end..].chars() {
                if !")）,，.。;；:：!！?？]】、》」』〉〕”’".contains(p) {
                    break;
                }
                end += p.len_utf8();
            }
            out.push(&text[i..end]);
            start = end;
            kind = 0;
            continue;
        }
        if kind != 0 && k != kind && i > start {
            out.push(&text[start..i]);
            start = i;
        }
        kind = k;
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_splits_a_latin_word_and_respects_width() {
        let lines = wrap(
            "Website construction plan (网站建设方案书) for many domains",
            20,
            2,
        );
        for l in &lines {
            assert!(l.width() <= 20, "{l:?} is {} wide", l.width());
        }
        let joined: String = lines.join(" ");
        for word in ["Website", "construction", "plan", "domains"] {
            assert!(joined.contains(word), "{word} was split: {lines:?}");
        }
    }

    #[test]
    fn chinese_breaks_between_characters_and_counts_two_columns() {
        let lines = wrap("广东省通信管理局备案要求说明", 10, 0);
        assert!(lines.iter().all(|l| l.width() <= 10));
        assert_eq!(lines[0].width(), 10);
        assert_eq!(lines.concat(), "广东省通信管理局备案要求说明");
    }

    #[test]
    fn closing_punctuation_stays_with_chinese_text() {
        let lines = wrap("Billing: Pay-as-you-go (按量付费)", 32, 4);
        assert!(
            lines.iter().all(|l| !l.trim_start().starts_with(')')),
            "{lines:?}"
        );
        assert!(lines.iter().all(|l| l.width() <= 30), "{lines:?}");
    }

    #[test]
    fn chinese_closing_quotes_stay_with_their_text() {
        // 37 columns reach 书: at 38 the break falls right before 》.
        let lines = wrap("请上传《广东省金融类网站ICP备案承诺书》。承诺书", 38, 2);
        assert!(
            lines
                .iter()
                .all(|l| !l.trim_start().starts_with('》') && !l.trim_start().starts_with('。')),
            "{lines:?}"
        );
    }

    #[test]
    fn an_overlong_word_is_broken_rather_than_overflowing() {
        let lines = wrap("https://help.aliyun.com/document_detail/113602.html", 16, 2);
        assert!(lines.iter().all(|l| l.width() <= 16), "{lines:?}");
    }
}

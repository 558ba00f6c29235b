//! A linear-time guard run over the raw text before the YAML parser. libyaml's scanner (under
//! serde_yaml) is quadratic in the depth of nested flow collections: 100,000 `[` took 110 s, and
//! a 1 MiB file of them would hang `check` and `list` for most of an hour. A session file nests
//! `[ ]`/`{ }` two levels at most, so anything deeper than [`MAX_FLOW_DEPTH`] is refused before
//! parsing. Anchors (`&a`) in front of a collection are skipped, not taken for plain text, and
//! tags (`!!seq`, `!x`) are refused outright: the program never writes them, and a tag can make
//! a wrong type pass (`version: !!str 1`). Characters YAML forbids (NUL, escape, other
//! controls) are refused here too, at their own line and column.

/// Deepest nesting of `[ ]` / `{ }` accepted (serde_yaml's own recursion limit is 128).
pub const MAX_FLOW_DEPTH: usize = 64;

/// What the raw text scan found wrong, with its line and column (1-based).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RawProblem {
    /// Flow collections nest deeper than the limit here.
    TooDeep { line: usize, column: usize },
    /// A YAML tag (`!…`) starts here.
    Tag { line: usize, column: usize },
    /// A character YAML does not allow in a file (a control character).
    Control {
        line: usize,
        column: usize,
        code: u32,
    },
}

/// The first problem of the raw text, if any: a forbidden character anywhere, or (outside quotes
/// and comments) a tag or flow collections nested deeper than `limit`.
pub fn scan(text: &str, limit: usize) -> Option<RawProblem> {
    if may_be_forbidden(text.as_bytes())
        && let Some(problem) = forbidden_at(text)
    {
        return Some(problem);
    }
    match structure(text, limit) {
        Some((true, line, column)) => Some(RawProblem::Tag { line, column }),
        Some((false, line, column)) => Some(RawProblem::TooDeep { line, column }),
        None => None,
    }
}

/// Whether any byte could start a forbidden character: a control byte, or the lead byte of
/// the encodings of U+0080–U+009F (0xC2) and U+FFFE/U+FFFF (0xEF). Every file has to pass this
/// at each load and nearly all pass it at once; only those that do not are decoded character by
/// character (`forbidden_at`) to find the line and column.
fn may_be_forbidden(bytes: &[u8]) -> bool {
    bytes.iter().any(|&b| {
        (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) || matches!(b, 0x7F | 0xC2 | 0xEF)
    })
}

/// The first forbidden character, with its line and column.
fn forbidden_at(text: &str) -> Option<RawProblem> {
    let (mut line, mut column) = (1usize, 0usize);
    for c in text.chars() {
        column += 1;
        if c == '\n' {
            (line, column) = (line + 1, 0);
            continue;
        }
        if forbidden(c) {
            return Some(RawProblem::Control {
                line,
                column,
                code: u32::from(c),
            });
        }
    }
    None
}

/// Outside YAML 1.2's printable set (tab, line feed and carriage return are allowed; NEL too).
fn forbidden(c: char) -> bool {
    matches!(c, '\0'..='\u{08}' | '\u{0B}' | '\u{0C}' | '\u{0E}'..='\u{1F}' | '\u{7F}')
        || (('\u{80}'..='\u{9F}').contains(&c) && c != '\u{85}')
        || matches!(c, '\u{FFFE}' | '\u{FFFF}')
}

/// Line and column (1-based) where flow collections first nest deeper than `limit`, if they do.
#[cfg(test)]
pub fn flow_too_deep(text: &str, limit: usize) -> Option<(usize, usize)> {
    match structure(text, limit) {
        Some((false, line, column)) => Some((line, column)),
        _ => None,
    }
}

/// Quoted strings and comments are skipped; in block context a bracket counts only where a
/// value starts (after `:`, `-`, `?` or at the start of a line), so `name: a[b` is plain text.
/// An anchor where a value starts is skipped, so `name: &a [[[` still counts its brackets.
/// Returns (is a tag, line, column) of the first tag or of the first bracket too deep.
fn structure(text: &str, limit: usize) -> Option<(bool, usize, usize)> {
    let mut depth = 0usize;
    let (mut line, mut column) = (1usize, 0usize);
    let mut quote: Option<char> = None;
    // Last character of the line outside quotes that is not a space (None: start of line).
    let mut last: Option<char> = None;
    let mut prev: Option<char> = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        column += 1;
        if c == '\n' {
            (line, column, last, prev) = (line + 1, 0, None, Some(c));
            continue;
        }
        match quote {
            Some('\'') => {
                if c == '\'' {
                    if chars.peek() == Some(&'\'') {
                        chars.next();
                        column += 1;
                    } else {
                        quote = None;
                        last = Some(c);
                    }
                }
            }
            Some(_) => {
                if c == '\\' && chars.peek().is_some_and(|n| *n != '\n') {
                    chars.next();
                    column += 1;
                } else if c == '"' {
                    quote = None;
                    last = Some(c);
                }
            }
            None => {
                let token_start = depth > 0 || matches!(last, None | Some(':' | '-' | '?'));
                let after_indicator =
                    matches!(last, None | Some(':' | '-' | '?' | ',' | '[' | '{'));
                // A node property (anchor or tag) can only start a token: after a space or a
                // flow indicator, where a value may start.
                let property_start = after_indicator
                    && prev.is_none_or(|p| p.is_whitespace() || matches!(p, '[' | '{' | ','));
                if c == '!' && property_start {
                    return Some((true, line, column));
                }
                if c == '&' && property_start {
                    // Skip the anchor's name; what follows still starts a value.
                    while chars.peek().is_some_and(|n| {
                        !n.is_whitespace() && !matches!(n, ',' | '[' | ']' | '{' | '}')
                    }) {
                        chars.next();
                        column += 1;
                    }
                    prev = Some('&');
                    continue;
                }
                if c == '#' && prev.is_none_or(char::is_whitespace) {
                    while chars.peek().is_some_and(|n| *n != '\n') {
                        chars.next();
                    }
                } else if (c == '\'' || c == '"') && after_indicator {
                    quote = Some(c);
                } else if (c == '[' || c == '{') && token_start {
                    depth += 1;
                    if depth > limit {
                        return Some((false, line, column));
                    }
                } else if (c == ']' || c == '}') && depth > 0 {
                    depth -= 1;
                }
                if !c.is_whitespace() && quote.is_none() {
                    last = Some(c);
                }
            }
        }
        prev = Some(c);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_files_pass() {
        let full = include_str!("../../tests/fixtures/full-guangdong-enterprise.yaml");
        assert_eq!(flow_too_deep(full, 2), None);
        assert_eq!(
            flow_too_deep("name: a[b[c[d\n", 1),
            None,
            "brackets inside a plain scalar"
        );
        assert_eq!(flow_too_deep("name: '[[[['\n", 1), None, "single-quoted");
        assert_eq!(
            flow_too_deep("name: \"[[\\\"[[\"\n", 1),
            None,
            "double-quoted with an escape"
        );
        assert_eq!(flow_too_deep("name: x # [[[[\n", 1), None, "comment");
        assert_eq!(
            flow_too_deep("a: [1]\nb: [2]\nc: {d: [3]}\n", 2),
            None,
            "depth returns to zero"
        );
        assert_eq!(
            flow_too_deep("name: it's [[[\n", 1),
            None,
            "an apostrophe is not a quote"
        );
    }

    #[test]
    fn tags_and_control_characters_are_found_where_they_are() {
        let tag = |l, c| Some(RawProblem::Tag { line: l, column: c });
        assert_eq!(scan("version: !!str 1\n", 64), tag(1, 10));
        assert_eq!(scan("version: 1\nname: !evil x\n", 64), tag(2, 7));
        assert_eq!(scan("version: 1\nname: !!seq [[[[", 64), tag(2, 7));
        assert_eq!(scan("x: [a, !t b]\n", 64), tag(1, 8));
        assert_eq!(scan("- !x\n", 64), tag(1, 3));
        assert_eq!(scan("!x version: 1\n", 64), tag(1, 1));
        // Not tags: inside text, quotes and comments.
        for ok in [
            "name: wow!\n",
            "name: a !b\n",
            "name: '!x'\n",
            "name: \"!x\"\n",
            "name: x # !tag\n",
            "name: &a x\nother: *a\n",
        ] {
            assert_eq!(scan(ok, 64), None, "{ok:?}");
        }
        assert_eq!(
            scan("version: 1\nname: a\0b\n", 64),
            Some(RawProblem::Control {
                line: 2,
                column: 8,
                code: 0
            })
        );
        assert_eq!(
            scan("version: 1\n\"\x1b]0;x\x07\": 1\n", 64),
            Some(RawProblem::Control {
                line: 2,
                column: 2,
                code: 0x1b
            })
        );
        assert_eq!(scan("a:\tb\r\n\u{85}é中\n", 64), None);
    }

    #[test]
    fn the_byte_pre_check_misses_no_forbidden_character() {
        // Every character YAML forbids, where the quick byte test must send the text on to the
        // character-by-character one, and a few allowed ones beside them.
        for code in (0u32..0x2000).chain(0xFFF0..0x10000).chain([0x1F600]) {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            let text = format!("name: a{c}b\n");
            let found = scan(&text, 64);
            if forbidden(c) {
                assert!(may_be_forbidden(text.as_bytes()), "U+{code:04X}");
                assert_eq!(
                    found,
                    Some(RawProblem::Control {
                        line: 1,
                        column: 8,
                        code
                    }),
                    "U+{code:04X}"
                );
            } else if !matches!(c, '\n' | '!' | '&' | '#' | '[' | '{' | '\'' | '"') {
                assert_eq!(found, None, "U+{code:04X}");
            }
        }
    }

    #[test]
    fn deep_nesting_is_found_where_it_starts() {
        assert_eq!(flow_too_deep("version: 1\nname: [[[", 2), Some((2, 9)));
        assert_eq!(flow_too_deep("x: {a: {b: {c: 1}}}", 2), Some((1, 12)));
        assert_eq!(flow_too_deep("- [[[", 2), Some((1, 5)));
        // An anchor or a tag in front does not hide the brackets (issue 14 item 1).
        assert_eq!(flow_too_deep("name: &a [[[", 2), Some((1, 12)));
        assert_eq!(flow_too_deep("name: &a\n  [[[", 2), Some((2, 5)));
        assert_eq!(flow_too_deep("x: [&a [&b [1]]]", 2), Some((1, 12)));
        let bomb = format!("name: {}{}", "[".repeat(1_000_000), "]".repeat(1_000_000));
        assert_eq!(
            flow_too_deep(&bomb, MAX_FLOW_DEPTH),
            Some((1, 7 + MAX_FLOW_DEPTH))
        );
    }
}

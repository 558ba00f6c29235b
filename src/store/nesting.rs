//! A linear-time guard run before the YAML parser. libyaml's scanner (under serde_yaml) is
//! quadratic in the depth of nested flow collections: 100,000 `[` took 110 s, and a 1 MiB file
//! of them would hang `check` and `list` for most of an hour. A session file nests `[ ]`/`{ }`
//! two levels at most, so anything deeper than [`MAX_FLOW_DEPTH`] is refused before parsing.

/// Deepest nesting of `[ ]` / `{ }` accepted (serde_yaml's own recursion limit is 128).
pub const MAX_FLOW_DEPTH: usize = 64;

/// Line and column (1-based) where flow collections first nest deeper than `limit`, if they do.
/// Quoted strings and comments are skipped; in block context a bracket counts only where a
/// value starts (after `:`, `-`, `?` or at the start of a line), so `name: a[b` is plain text.
pub fn flow_too_deep(text: &str, limit: usize) -> Option<(usize, usize)> {
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
                if c == '#' && prev.is_none_or(char::is_whitespace) {
                    while chars.peek().is_some_and(|n| *n != '\n') {
                        chars.next();
                    }
                } else if (c == '\'' || c == '"') && after_indicator {
                    quote = Some(c);
                } else if (c == '[' || c == '{') && token_start {
                    depth += 1;
                    if depth > limit {
                        return Some((line, column));
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
    fn deep_nesting_is_found_where_it_starts() {
        assert_eq!(flow_too_deep("version: 1\nname: [[[", 2), Some((2, 9)));
        assert_eq!(flow_too_deep("x: {a: {b: {c: 1}}}", 2), Some((1, 12)));
        assert_eq!(flow_too_deep("- [[[", 2), Some((1, 5)));
        let bomb = format!("name: {}{}", "[".repeat(1_000_000), "]".repeat(1_000_000));
        assert_eq!(
            flow_too_deep(&bomb, MAX_FLOW_DEPTH),
            Some((1, 7 + MAX_FLOW_DEPTH))
        );
    }
}

//! Every message id the code asks for is in the catalogue, and every catalogue row is asked
//! for somewhere. The code is read as text: literal ids are checked as they are written, and
//! ids put together at run time (`format!("field.{}", …)`) count as patterns whose `{…}` parts
//! stand for any id segment.

use std::collections::BTreeSet;
use std::path::Path;

use icp_prep::engine::questions::QuestionId;
use icp_prep::messages;

/// The source of `src/`, without the catalogue's own tables.
fn sources() -> Vec<(String, String)> {
    fn walk(dir: &Path, out: &mut Vec<(String, String)>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let text = std::fs::read_to_string(&p).unwrap();
                out.push((p.display().to_string(), without_tables(&text)));
            }
        }
    }
    let mut out = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    out
}

/// The text with every catalogue table (`pub const NAME: &[Row] = &[ … ];`) left out.
fn without_tables(text: &str) -> String {
    let mut out = String::new();
    let mut in_table = false;
    for line in text.lines() {
        if line.starts_with("pub const ") && line.contains("Row] = &[") {
            in_table = true;
        }
        if !in_table {
            out.push_str(line);
            out.push('\n');
        }
        if in_table && line == "];" {
            in_table = false;
        }
    }
    out
}

/// String literals outside comments (no raw strings).
fn literals(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = text.chars().peekable();
    let mut prev = ' ';
    while let Some(c) = chars.next() {
        if c == '/' && chars.peek() == Some(&'/') {
            // A comment, to the end of the line (it may quote a lone `"`).
            for c in chars.by_ref() {
                if c == '\n' {
                    break;
                }
            }
        } else if c == '\'' && prev != '\\' {
            // A char literal such as '"' must not open a string.
            let mut look = chars.clone();
            if look.next() == Some('"') && look.next() == Some('\'') {
                chars.next();
                chars.next();
            }
        } else if c == '"' {
            let mut s = String::new();
            let mut escaped = false;
            for c in chars.by_ref() {
                if escaped {
                    s.push(c);
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == '"' {
                    break;
                } else {
                    s.push(c);
                }
            }
            out.push(s);
        }
        prev = c;
    }
    out
}

/// A message id as written in code: dotted lower-case segments, `{…}` standing for parts.
fn id_shaped(s: &str) -> bool {
    s.contains('.')
        && !s.starts_with('.')
        && !s.ends_with('.')
        && !s.contains("..")
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-{}".contains(c))
        && s.chars()
            .next()
            .is_some_and(|c| c.is_ascii_lowercase() || c == '{')
}

/// Whether `id` fits `pattern`: each `{…}` matches one id segment (`{key}`, the engine's
/// name for a message variant such as `permit.yes`, may span several).
fn fits(pattern: &str, id: &str) -> bool {
    // Literal parts, and after each the kind of hole that follows it.
    let mut parts: Vec<(&str, bool)> = Vec::new();
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            return false;
        };
        let multi = &rest[open + 1..open + close] == "key";
        parts.push((&rest[..open], multi));
        rest = &rest[open + close + 1..];
    }
    fn go(parts: &[(&str, bool)], last: &str, id: &str) -> bool {
        let Some(((head, multi), tail)) = parts.split_first() else {
            return id == last;
        };
        let Some(id) = id.strip_prefix(head) else {
            return false;
        };
        let ok = |c: char| c.is_ascii_alphanumeric() || "_-".contains(c) || (*multi && c == '.');
        (1..=id.len())
            .any(|n| id.is_char_boundary(n) && id[..n].chars().all(ok) && go(tail, last, &id[n..]))
    }
    go(&parts, rest, id)
}

/// The patterns as ids: `{rule}` stands for each general rule id the engine reads, `{prefix}`
/// for the help's prefixes; other patterns that start with a hole are file names, not ids.
fn expand(pattern: &str) -> Vec<String> {
    if let Some(rest) = pattern.strip_prefix("{rule}") {
        return icp_prep::engine::RULE_IDS
            .iter()
            .map(|r| format!("{r}{rest}"))
            .collect();
    }
    if let Some(rest) = pattern.strip_prefix("{prefix}") {
        return vec![format!("help.{rest}"), format!("help.{{key}}.{rest}")];
    }
    if pattern.starts_with('{') {
        return Vec::new();
    }
    vec![pattern.to_string()]
}

/// Namespaces whose ids are only ever message ids (checklist and rule ids share the engine's
/// section names, so those are checked through the calls below instead).
const MESSAGE_ONLY: &[&str] = &[
    "tui.",
    "cli.",
    "store.",
    "export.",
    "session.",
    "sessions.",
    "help.",
    "validate.",
];

/// Ids the engine asks for directly: `cx.t("…")`, and the detail and fix of `item` calls
/// (`Status::X, "detail", "fix"`, the literals right after the status).
fn engine_calls(text: &str) -> Vec<String> {
    fn literal_at(s: &str) -> Option<(String, &str)> {
        let s = s.trim_start();
        let rest = s.strip_prefix('"')?;
        let end = rest.find('"')?;
        Some((rest[..end].to_string(), &rest[end + 1..]))
    }
    let mut out = Vec::new();
    for (i, _) in text.match_indices("Status::") {
        let after = &text[i + "Status::".len()..];
        let name = after
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(after.len());
        let Some(rest) = after[name..].strip_prefix(',') else {
            continue;
        };
        if let Some((detail, rest)) = literal_at(rest) {
            out.push(detail);
            if let Some(rest) = rest.trim_start().strip_prefix(',')
                && let Some((fix, _)) = literal_at(rest)
                && !fix.is_empty()
            {
                out.push(fix);
            }
        }
    }
    for call in ["cx.t(\"", ".t(\""] {
        for (i, _) in text.match_indices(call) {
            if let Some((l, _)) = literal_at(&text[i + call.len() - 1..]) {
                out.push(l);
            }
        }
    }
    out
}

#[test]
fn every_id_in_the_code_is_in_the_catalogue_and_every_row_is_used() {
    let catalogue: BTreeSet<&str> = messages::ids().collect();
    let mut exact = BTreeSet::new();
    let mut patterns = BTreeSet::new();
    let mut missing = Vec::new();
    for (file, text) in sources() {
        for l in literals(&text).into_iter().filter(|l| id_shaped(l)) {
            if l.contains('{') {
                patterns.extend(expand(&l));
            } else {
                if MESSAGE_ONLY.iter().any(|p| l.starts_with(p)) && !catalogue.contains(l.as_str())
                {
                    missing.push(format!("{file}: {l}"));
                }
                exact.insert(l);
            }
        }
        let namespaces: BTreeSet<&str> = catalogue
            .iter()
            .filter_map(|id| id.split('.').next())
            .collect();
        for l in engine_calls(&text) {
            let namespaced = l
                .split('.')
                .next()
                .is_some_and(|n| l.contains('.') && namespaces.contains(n));
            if namespaced && id_shaped(&l) && !l.contains('{') && !catalogue.contains(l.as_str()) {
                missing.push(format!("{file}: {l}"));
            }
        }
    }
    // The wizard's labels: `field.<path>` and `field.<path>.help` for every question.
    for q in QuestionId::all() {
        for id in [
            format!("field.{}", q.path()),
            format!("field.{}.help", q.path()),
        ] {
            if !catalogue.contains(id.as_str()) {
                missing.push(format!("question {q:?}: {id}"));
            }
            exact.insert(id);
        }
    }
    assert!(
        missing.is_empty(),
        "ids not in the catalogue:\n{}",
        missing.join("\n")
    );
    let unused: Vec<&str> = catalogue
        .iter()
        .copied()
        .filter(|id| {
            // A question's label is used only when the question exists.
            let generic = |p: &String| !(id.starts_with("field.") && p.starts_with("field."));
            !exact.contains(*id) && !patterns.iter().filter(|p| generic(p)).any(|p| fits(p, id))
        })
        .collect();
    assert!(
        unused.is_empty(),
        "catalogue rows no code asks for:\n{}",
        unused.join("\n")
    );
}

#[test]
fn the_matcher_reads_patterns() {
    assert!(fits("field.{}", "field.province"));
    assert!(fits("domain.expiry.{key}", "domain.expiry.ask.fix"));
    assert!(!fits("domain.{x}.title", "domain.a.b.title"));
    assert!(fits("help.{name}.arg.{id}", "help.check.arg.format"));
    assert!(expand("{rule}.title").contains(&"domain.expiry.title".to_string()));
    assert!(!fits("tui.step.{s}", "tui.keys.edit"));
    assert_eq!(
        literals(
            r#"a("x.y", '"', "z\"q") // "no"
"b""#
        ),
        ["x.y", "z\"q", "b"]
    );
}

//! Reading a session file: version gate first, then the strict v1 model. Errors carry the line,
//! column and field path so a hand edit can be found and fixed.

use serde::Deserialize;

use super::Session;
use crate::yaml;

pub const CURRENT_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    /// The YAML is malformed, or a field has the wrong type, value or name.
    #[error("{}{}{message}", location_prefix(*line, *column), field_prefix(field))]
    Invalid {
        line: Option<usize>,
        column: Option<usize>,
        /// Dotted path of the field, e.g. `domains[0].registrar`.
        field: Option<String>,
        message: String,
    },
    #[error("the file has no `version:` field; a session file starts with `version: 1`")]
    MissingVersion,
    #[error(
        "the file is version {found}, written by a newer icp-prep; this one reads version {CURRENT_VERSION}. Update icp-prep; the file was left untouched"
    )]
    NewerVersion { found: u64 },
    #[error(
        "version {found} is not a session version icp-prep knows (it reads version {CURRENT_VERSION})"
    )]
    UnknownVersion { found: u64 },
}

impl ParseError {
    pub fn line(&self) -> Option<usize> {
        match self {
            ParseError::Invalid { line, .. } => *line,
            _ => None,
        }
    }

    pub fn field(&self) -> Option<&str> {
        match self {
            ParseError::Invalid { field, .. } => field.as_deref(),
            ParseError::MissingVersion | ParseError::NewerVersion { .. } => Some("version"),
            ParseError::UnknownVersion { .. } => Some("version"),
        }
    }
}

fn location_prefix(line: Option<usize>, column: Option<usize>) -> String {
    match (line, column) {
        (Some(l), Some(c)) => format!("line {l}, column {c}: "),
        (Some(l), None) => format!("line {l}: "),
        _ => String::new(),
    }
}

fn field_prefix(field: &Option<String>) -> String {
    field
        .as_ref()
        .map(|f| format!("field `{f}`: "))
        .unwrap_or_default()
}

/// Parse a session file of any supported version and bring it to the current one.
pub fn parse(text: &str) -> Result<Session, ParseError> {
    // The common case, a valid file of the current version, needs one pass; anything else
    // takes the careful path below, which finds the right reason.
    if let Ok(session) = yaml::from_str::<Session>(text)
        && session.version == CURRENT_VERSION
    {
        super::websites::check_labels(&session, text)?;
        return Ok(migrate(session));
    }
    #[derive(Deserialize)]
    struct VersionOnly {
        version: Option<serde_yaml::Value>,
    }
    // Look at the version alone before the strict parse, so a newer file is refused with the
    // right reason rather than with "unknown field" errors about fields we don't know yet.
    let head: VersionOnly = yaml::from_str(text).map_err(|e| from_yaml(e, text))?;
    let version = match head.version {
        None | Some(serde_yaml::Value::Null) => return Err(ParseError::MissingVersion),
        Some(v) => v,
    };
    if let Some(found) = version.as_u64() {
        if found > u64::from(CURRENT_VERSION) {
            return Err(ParseError::NewerVersion { found });
        }
        if found == 0 {
            return Err(ParseError::UnknownVersion { found });
        }
    }
    let session: Session = yaml::from_str(text).map_err(|e| from_yaml(e, text))?;
    super::websites::check_labels(&session, text)?;
    Ok(migrate(session))
}

/// Bring an older session to the current version. v1 → v1 is the identity; later versions add
/// their steps here.
pub fn migrate(session: Session) -> Session {
    session
}

fn from_yaml(err: yaml::Error, source: &str) -> ParseError {
    let mut location = yaml::location(&err);
    let mut text = err.to_string();
    // serde_yaml appends " at line L column C"; we report the location in our own words.
    if let Some(pos) = text.rfind(" at line ") {
        text.truncate(pos);
    }
    // Scanner errors also carry a location mid-sentence ("… at line 3 column 1, while …").
    let text = strip_locations(&text);
    let (field, message) = split_path(&text);
    let mut message = clarify(message);
    // A timestamp field read as a date says what a timestamp is.
    let last = field.as_deref().map(|f| f.rsplit('.').next().unwrap_or(f));
    if matches!(last, Some("created" | "updated")) && message.contains("YYYY-MM-DD") {
        message = NOT_A_TIMESTAMP.to_string();
    }
    // serde reports a duplicate key at the start of its mapping: point at the duplicate.
    if let (Some(key), Some((line, column))) = (
        message
            .strip_prefix("duplicate field `")
            .and_then(|r| r.strip_suffix('`')),
        location,
    ) && let Some(dup) = duplicate_line(source, key, line, column)
    {
        location = Some((dup, column));
    }
    // A second document: say where it starts.
    if message.starts_with("deserializing from YAML containing more than one document") {
        message = TWO_DOCUMENTS.to_string();
        location = second_document(source).map(|l| (l, 1)).or(location);
    }
    // A tab in the indentation: the scanner's words do not mention it.
    if let Some(tab_line) = first_tab_indent(source)
        && location.is_none_or(|(l, _)| l >= tab_line)
    {
        location = Some((tab_line, 1));
        message = TAB.to_string();
    }
    ParseError::Invalid {
        line: location.map(|l| l.0),
        column: location.map(|l| l.1),
        field,
        message,
    }
}

pub const NOT_A_TIMESTAMP: &str = "not a timestamp; `created` and `updated` are RFC 3339 timestamps such as 2026-11-28T06:20:00Z (icp-prep writes them; delete the line to let it)";
pub const TAB: &str =
    "a tab indents this line; YAML indents with spaces only: replace the tab with spaces";

/// The line of the second `key:` of the block mapping whose first key is at (`line`, `column`).
fn duplicate_line(text: &str, key: &str, line: usize, column: usize) -> Option<usize> {
    let indent = column.checked_sub(1)?;
    let mut seen = 0;
    for (n, l) in text.lines().enumerate().skip(line.saturating_sub(1)) {
        let Some((at, _)) = l.char_indices().nth(indent) else {
            continue;
        };
        let (head, rest) = l.split_at(at);
        // The first key may follow `- `; the others are indented to the same column.
        if !head
            .chars()
            .all(|c| c == ' ' || (n + 1 == line && c == '-'))
        {
            continue;
        }
        let rest = rest.trim_start_matches(['"', '\'']);
        let is_key = rest.strip_prefix(key).is_some_and(|after| {
            after
                .trim_start_matches(['"', '\''])
                .trim_start()
                .starts_with(':')
        });
        if is_key {
            seen += 1;
            if seen == 2 {
                return Some(n + 1);
            }
        }
    }
    None
}

pub const TWO_DOCUMENTS: &str = "more than one document: a line `---` or `...` ends the first one; a session file is one document, so remove that line and what follows it, or the line alone";

/// The line (1-based) where a second document starts: a `---` after content, or a `...`.
fn second_document(text: &str) -> Option<usize> {
    let mut content = false;
    for (n, l) in text.lines().enumerate() {
        let marker = |m: &str| {
            l.strip_prefix(m)
                .is_some_and(|r| r.is_empty() || r.starts_with([' ', '\t']))
        };
        if marker("...") || (marker("---") && content) {
            return Some(n + 1);
        }
        let t = l.trim();
        if !t.is_empty() && !t.starts_with('#') && !marker("---") && !t.starts_with('%') {
            content = true;
        }
    }
    None
}

/// The first line (1-based) whose indentation contains a tab, if any.
fn first_tab_indent(text: &str) -> Option<usize> {
    text.lines().enumerate().find_map(|(n, l)| {
        let indent = &l[..l.len() - l.trim_start_matches([' ', '\t']).len()];
        let has_content = l.len() > indent.len();
        (indent.contains('\t') && has_content).then_some(n + 1)
    })
}

/// serde_yaml prefixes nested errors with the field path (`applicant.province: …`).
fn split_path(text: &str) -> (Option<String>, &str) {
    if let Some((head, rest)) = text.split_once(": ") {
        let is_path = !head.is_empty()
            && head
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '[' | ']'));
        if is_path {
            return (Some(head.to_string()), rest);
        }
    }
    (None, text)
}

/// Remove every " at line L column C" from a message.
fn strip_locations(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(pos) = rest.find(" at line ") {
        out.push_str(&rest[..pos]);
        let after = &rest[pos + " at line ".len()..];
        let digits = |s: &str| s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let line = digits(after);
        let column = after[line..].strip_prefix(" column ").map(digits);
        match column {
            Some(n) if line > 0 && n > 0 => rest = &after[line + " column ".len() + n..],
            _ => {
                out.push_str(" at line ");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn clarify(message: &str) -> String {
    // serde names our Rust types ("expected struct Applicant"); say what the file must hold.
    if let Some(pos) = message.find("expected struct ") {
        return format!(
            "{}expected a mapping of fields (`name: value` lines)",
            &message[..pos]
        );
    }
    // Rust's type names say what is allowed in words a person reads.
    if let Some(head) = message.strip_suffix("expected u32") {
        return format!("{head}expected a whole number (0 to 4294967295)");
    }
    if let Some(head) = message.strip_suffix("expected f64") {
        return format!("{head}expected a number (decimals allowed)");
    }
    // serde_yaml's words for a list or mapping where an enum value belongs.
    if let Some(head) = message.strip_suffix("expected a YAML tag starting with '!'") {
        return format!("{head}expected a single value (one word), not a list or a mapping");
    }
    if message == "input is out of range" || message.starts_with("premature end of input") {
        return "not a real date; dates are written YYYY-MM-DD".to_string();
    }
    if message.starts_with("input contains invalid characters") {
        return "not a date; dates are written YYYY-MM-DD".to_string();
    }
    message.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_real_line_and_what_is_allowed() {
        let e = parse("version: 1\ncreated: 2026-11-28\n").unwrap_err();
        assert!(e.to_string().contains("RFC 3339"), "{e}");
        assert!(!e.to_string().contains("YYYY-MM-DD"), "{e}");
        let e = parse("version: 1\nstep: domain\nname: x\nstep: review\n").unwrap_err();
        assert_eq!(e.line(), Some(4), "{e}");
        let e = parse("version: 1\napplicant:\n  province: guangdong\n  province: fujian\n")
            .unwrap_err();
        assert_eq!(e.line(), Some(4), "{e}");
        let e = parse("version: 1\nlanguage: [en]\n").unwrap_err();
        assert!(!e.to_string().contains("tag"), "{e}");
        assert!(e.to_string().contains("single value"), "{e}");
        assert_eq!(
            parse("version: 999999999999\n").unwrap_err(),
            ParseError::NewerVersion {
                found: 999_999_999_999
            }
        );
        let e = parse("version: 1\nname: a\n---\nversion: 1\n").unwrap_err();
        assert_eq!(e.line(), Some(3), "{e}");
        assert!(e.to_string().contains("more than one document"), "{e}");
        let e = parse("version: 1\napplicant:\n\tprovince: guangdong\n").unwrap_err();
        assert_eq!(e.line(), Some(3), "{e}");
        assert!(e.to_string().contains("tab"), "{e}");
        let zh = crate::messages::parse_error(crate::session::Language::ZhCn, &e);
        assert!(zh.contains("制表符"), "{zh}");
    }

    #[test]
    fn only_version_is_required() {
        let s = parse("version: 1\n").unwrap();
        assert_eq!(s.version, 1);
        assert!(s.applicant.is_none() && s.domains.is_none());
    }

    #[test]
    fn empty_list_differs_from_absent_list() {
        let s = parse("version: 1\ndomains: []\n").unwrap();
        assert_eq!(s.domains, Some(vec![]));
        let s = parse("version: 1\npreapproval: {}\n").unwrap();
        assert_eq!(s.preapproval.unwrap().industries, None);
    }

    #[test]
    fn null_means_not_answered() {
        let s = parse("version: 1\napplicant:\n  province: null\n").unwrap();
        assert_eq!(s.applicant.unwrap().province, None);
    }

    #[test]
    fn unsure_is_an_answer_and_yes_is_refused() {
        let s = parse("version: 1\naccount:\n  has_account: unsure\n").unwrap();
        assert_eq!(
            s.account.unwrap().has_account,
            Some(super::super::Answer::Unsure)
        );
        let e = parse("version: 1\naccount:\n  has_account: yes\n").unwrap_err();
        assert_eq!(e.field(), Some("account.has_account"));
        assert_eq!(e.line(), Some(3));
        assert!(e.to_string().contains("\"yes\""), "{e}");
    }

    #[test]
    fn unknown_field_and_value_are_named() {
        let e = parse("version: 1\napplicant:\n  provnce: fujian\n").unwrap_err();
        assert!(e.to_string().contains("unknown field `provnce`"), "{e}");
        assert_eq!(e.field(), Some("applicant"));
        let e = parse("version: 1\napplicant:\n  province: guangzhou\n").unwrap_err();
        assert!(e.to_string().contains("`guangzhou`"), "{e}");
        assert_eq!(e.field(), Some("applicant.province"));
        let e = parse("version: 1\nmaterials:\n  prepared: [passport_scan]\n").unwrap_err();
        assert!(e.to_string().contains("passport_scan"), "{e}");
    }

    #[test]
    fn versions_are_gated() {
        assert_eq!(parse("name: x\n").unwrap_err(), ParseError::MissingVersion);
        assert_eq!(
            parse("version: 2\nsomething_new: 1\n").unwrap_err(),
            ParseError::NewerVersion { found: 2 }
        );
        assert!(matches!(
            parse("version: 0\n").unwrap_err(),
            ParseError::UnknownVersion { .. }
        ));
    }

    #[test]
    fn unquoted_digits_are_a_certificate_number() {
        let s = parse("version: 1\nmaterials:\n  leader: {number: 360426199101010071}\n").unwrap();
        let n = s.materials.unwrap().leader.unwrap().number.unwrap();
        assert_eq!(n.as_str(), "360426199101010071");
    }

    #[test]
    fn impossible_date_is_explained() {
        let e = parse("version: 1\ninstance:\n  expires_on: 2027-02-30\n").unwrap_err();
        assert_eq!(e.field(), Some("instance.expires_on"));
        assert!(e.to_string().contains("YYYY-MM-DD"), "{e}");
    }

    #[test]
    fn messages_name_no_rust_types_and_no_second_location() {
        let e = parse("[[1]]\n").unwrap_err();
        assert!(
            e.to_string().contains("expected a mapping of fields"),
            "{e}"
        );
        assert!(!e.to_string().contains("VersionOnly"), "{e}");
        let e = parse("version: 1\napplicant: [x]\n").unwrap_err();
        assert!(!e.to_string().contains("struct"), "{e}");
        let e = parse("version: 1\nmaterials:\n  leader: { residency: mainland,\n").unwrap_err();
        assert_eq!(e.to_string().matches("line").count(), 1, "{e}");
    }

    #[test]
    fn round_trip_keeps_every_field() {
        let text = include_str!("../../tests/fixtures/full-guangdong-enterprise.yaml");
        let s = parse(text).unwrap();
        let again = parse(&yaml::to_string(&s).unwrap()).unwrap();
        assert_eq!(s, again);
    }
}

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
    NewerVersion { found: u32 },
    #[error(
        "version {found} is not a session version icp-prep knows (it reads version {CURRENT_VERSION})"
    )]
    UnknownVersion { found: u32 },
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
        return Ok(migrate(session));
    }
    #[derive(Deserialize)]
    struct VersionOnly {
        version: Option<serde_yaml::Value>,
    }
    // Look at the version alone before the strict parse, so a newer file is refused with the
    // right reason rather than with "unknown field" errors about fields we don't know yet.
    let head: VersionOnly = yaml::from_str(text).map_err(from_yaml)?;
    let version = match head.version {
        None | Some(serde_yaml::Value::Null) => return Err(ParseError::MissingVersion),
        Some(v) => v,
    };
    if let Some(found) = version.as_u64() {
        let found = u32::try_from(found).unwrap_or(u32::MAX);
        if found > CURRENT_VERSION {
            return Err(ParseError::NewerVersion { found });
        }
        if found == 0 {
            return Err(ParseError::UnknownVersion { found });
        }
    }
    let session: Session = yaml::from_str(text).map_err(from_yaml)?;
    Ok(migrate(session))
}

/// Bring an older session to the current version. v1 → v1 is the identity; later versions add
/// their steps here.
pub fn migrate(session: Session) -> Session {
    session
}

fn from_yaml(err: yaml::Error) -> ParseError {
    let location = yaml::location(&err);
    let mut text = err.to_string();
    // serde_yaml appends " at line L column C"; we report the location in our own words.
    if let Some(pos) = text.rfind(" at line ") {
        text.truncate(pos);
    }
    // Scanner errors also carry a location mid-sentence ("… at line 3 column 1, while …").
    let text = strip_locations(&text);
    let (field, message) = split_path(&text);
    let message = clarify(message);
    ParseError::Invalid {
        line: location.map(|l| l.0),
        column: location.map(|l| l.1),
        field,
        message,
    }
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

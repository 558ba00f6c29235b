//! The `websites` list names websites by the labels their domains carry (`domains[].website`).
//! A label no domain carries, or one listed twice, is a mistake in the file (usually a typo in
//! a hand edit): it is refused like an unknown field, naming the line and field.

use super::{ParseError, Session};

/// Every `websites[].label` is unique, not empty, and carried by at least one domain.
pub(crate) fn check_labels(session: &Session, text: &str) -> Result<(), ParseError> {
    let Some(websites) = &session.websites else {
        return Ok(());
    };
    let used: Vec<&str> = session
        .domains
        .iter()
        .flatten()
        .filter_map(|d| d.website.as_deref())
        .map(str::trim)
        .collect();
    for (i, w) in websites.iter().enumerate() {
        let label = w.label.trim();
        let problem = if label.is_empty() {
            Some("empty website label".to_string())
        } else if websites[..i].iter().any(|o| o.label.trim() == label) {
            Some(format!("duplicate website label `{label}`"))
        } else if !used.contains(&label) {
            Some(format!("unused website label `{label}`"))
        } else {
            None
        };
        if let Some(message) = problem {
            return Err(ParseError::Invalid {
                line: label_line(text, i),
                column: None,
                field: Some(format!("websites[{i}].label")),
                message,
            });
        }
    }
    Ok(())
}

/// Drop the `websites` entries whose label no domain carries any more (after domains were
/// removed), so what the wizard saves always passes [`check_labels`]; an emptied list goes.
pub fn drop_unused_websites(session: &mut Session) {
    let used: Vec<String> = session
        .domains
        .iter()
        .flatten()
        .filter_map(|d| d.website.as_deref())
        .map(|l| l.trim().to_string())
        .collect();
    if let Some(list) = session.websites.as_mut() {
        list.retain(|w| used.iter().any(|l| *l == w.label.trim()));
        if list.is_empty() {
            session.websites = None;
        }
    }
}

/// The line (1-based) of the `i`-th `label:` under a top-level `websites:` key, for files
/// written in the usual block style; `None` when the file is laid out otherwise.
fn label_line(text: &str, i: usize) -> Option<usize> {
    let mut lines = text.lines().enumerate();
    lines.find(|(_, l)| l.trim_end() == "websites:")?;
    lines
        .take_while(|(_, l)| l.is_empty() || l.starts_with([' ', '-', '#']))
        .filter(|(_, l)| {
            let t = l.trim_start().trim_start_matches("- ").trim_start();
            t.starts_with("label:")
        })
        .nth(i)
        .map(|(n, _)| n + 1)
}

#[cfg(test)]
mod tests {
    use crate::session::parse;

    const DOMAINS: &str = "version: 1\ndomains:\n  - name: a.com\n    website: home\n  - name: b.com\n    website: shop\n";

    #[test]
    fn labels_carried_by_domains_are_accepted() {
        let text = format!(
            "{DOMAINS}websites:\n  - label: home\n    name: 张三的摄影笔记\n  - label: shop\n"
        );
        let s = parse(&text).unwrap();
        assert_eq!(s.websites.unwrap().len(), 2);
    }

    #[test]
    fn an_unused_or_repeated_label_is_refused_at_its_line() {
        let text = format!("{DOMAINS}websites:\n  - label: home\n  - label: hmoe\n");
        let e = parse(&text).unwrap_err();
        assert_eq!(e.line(), Some(9));
        assert_eq!(e.field(), Some("websites[1].label"));
        assert!(e.to_string().contains("hmoe"), "{e}");
        let text = format!("{DOMAINS}websites:\n  - label: home\n    name: x\n  - label: home\n");
        let e = parse(&text).unwrap_err();
        assert_eq!(e.line(), Some(10));
        assert!(e.to_string().contains("duplicate"), "{e}");
    }

    #[test]
    fn unknown_features_and_types_are_named() {
        let text = format!("{DOMAINS}websites:\n  - label: home\n    features: [comments, chat]\n");
        let e = parse(&text).unwrap_err();
        assert!(e.to_string().contains("chat"), "{e}");
        let e = parse("version: 1\nfiling:\n  type: first_time\n").unwrap_err();
        assert!(e.to_string().contains("first_time"), "{e}");
        assert_eq!(e.line(), Some(3));
    }
}

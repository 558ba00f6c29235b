//! Guidance an export adds after the checklist: the upload requirements of the materials and
//! what happens after the order is submitted. The sentences are in the message catalogue; the
//! sources and dates come from the rule data.

use chrono::NaiveDate;

use crate::knowledge::Knowledge;
use crate::messages;
use crate::session::Language;

/// The rule behind "what happens next" (Alibaba's filing process overview, icp-facts.md §9):
/// provider review, MIIT SMS check, bureau review, public-security filing and the footer
/// number. Its source and date are data, and so are the durations the sentences quote: the provider's
/// review in its `params`, the deadlines in their own rules (`DEADLINES`).
pub const NEXT_STEPS_RULE: &str = "regulations.after-submission";

/// The placeholders of the sentences below that come from a deadline rule's `threshold`.
const DEADLINES: &[(&str, &str)] = &[
    ("sms_hours", "regulations.sms-check"),
    ("bureau_days", "regulations.bureau-review"),
    ("public_security_days", "regulations.public-security"),
];

/// What happens after the order is submitted, in order.
const NEXT_STEPS: &[&str] = &[
    "export.next.provider",
    "export.next.sms",
    "export.next.bureau",
    "export.next.public-security",
    "export.next.footer",
];

/// Upload requirements: (message, rule whose source backs it).
const UPLOAD_RULES: &[(&str, &str)] = &[
    ("export.materials.upload", "materials.upload-format"),
    ("export.materials.splice", "materials.splicing"),
];

/// Sentences with the source they come from.
#[derive(Debug, Clone, PartialEq)]
pub struct Guidance {
    pub lines: Vec<String>,
    pub source: String,
    pub last_verified: Option<NaiveDate>,
}

pub(crate) fn next_steps(k: &Knowledge, lang: Language) -> Guidance {
    let rule = k.rule(NEXT_STEPS_RULE);
    let mut params: Vec<(&str, String)> = rule
        .map(|r| {
            r.params
                .iter()
                .map(|(name, v)| (name.as_str(), v.to_string()))
                .collect()
        })
        .unwrap_or_default();
    // The deadlines are rules of their own (the calendar export plans with them too): one
    // number each, in one place.
    for (name, id) in DEADLINES {
        if let Some(n) = k.rule(id).and_then(|r| r.threshold) {
            params.push((name, n.to_string()));
        }
    }
    Guidance {
        lines: NEXT_STEPS
            .iter()
            .map(|id| messages::format(lang, id, &params))
            .collect(),
        source: rule.map(|r| r.provenance.url()).unwrap_or_default(),
        last_verified: rule.map(|r| r.provenance.last_verified),
    }
}

/// The upload requirements, each with its rule's source (one per rule: they share the seed's).
pub(crate) fn upload_rules(k: &Knowledge, lang: Language) -> Vec<Guidance> {
    UPLOAD_RULES
        .iter()
        .map(|(id, rule)| {
            let provenance = k.rule(rule).map(|r| &r.provenance);
            Guidance {
                lines: vec![messages::text(lang, id).to_string()],
                source: provenance.map(|p| p.url()).unwrap_or_default(),
                last_verified: provenance.map(|p| p.last_verified),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_and_messages_exist_in_the_data_and_catalogue() {
        let k = Knowledge::builtin().unwrap();
        let next = next_steps(&k, Language::En);
        assert!(
            next.last_verified.is_some(),
            "{NEXT_STEPS_RULE} is not in the rule data"
        );
        for line in &next.lines {
            assert!(
                !line.contains('{'),
                "a duration is missing from the data: {line}"
            );
        }
        for id in NEXT_STEPS {
            assert!(messages::has(id), "{id}");
        }
        for g in upload_rules(&k, Language::En) {
            assert!(g.source.starts_with("https://"), "{g:?}");
            assert!(g.last_verified.is_some());
        }
        for (id, _) in UPLOAD_RULES {
            assert!(messages::has(id), "{id}");
        }
    }
}

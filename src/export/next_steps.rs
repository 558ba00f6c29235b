//! Guidance an export adds after the checklist: the upload requirements of the materials and
//! what happens after the order is submitted. The sentences are in the message catalogue; the
//! sources and dates come from the rule data.

use chrono::NaiveDate;

use crate::knowledge::Knowledge;
use crate::messages;
use crate::session::Language;

/// Alibaba's filing process overview (icp-facts.md §9): provider review, MIIT SMS check,
/// bureau review, public-security filing and the footer number. It is also a rule source in
/// the data, which gives its last-verified date.
pub const NEXT_STEPS_SOURCE: &str = "https://help.aliyun.com/zh/icp-filing/basic-icp-service/user-guide/icp-filing-application-overview";

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
    let last_verified = k
        .provenances()
        .into_iter()
        .filter(|(_, p)| p.source == NEXT_STEPS_SOURCE)
        .map(|(_, p)| p.last_verified)
        .max();
    Guidance {
        lines: NEXT_STEPS
            .iter()
            .map(|id| messages::text(lang, id).to_string())
            .collect(),
        source: NEXT_STEPS_SOURCE.to_string(),
        last_verified,
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
                source: provenance.map(|p| p.source.clone()).unwrap_or_default(),
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
            "{NEXT_STEPS_SOURCE} is no rule source"
        );
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

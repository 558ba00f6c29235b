//! Where a rule comes from. Every rule in `assets/rules/` carries one, flattened into the rule.

use chrono::NaiveDate;
use serde::Deserialize;

/// How far a rule may be trusted.
///
/// `confirmed` and `dated` rules may make an item `todo` or `blocked`; `unconfirmed` rules only
/// ever produce `info` items telling the applicant to check with the provincial bureau
/// (DESIGN.md §3: seed, Alibaba pages of any date and other providers' pages from 2023 on may
/// block; older third-party or other-provider rules, such as the 2017 tables, may not).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// The seed, or a current Alibaba page.
    Confirmed,
    /// An Alibaba page of an older date, or another provider's page from 2023 or later.
    Dated,
    /// Older third-party or other-provider material; shown as "check with your bureau".
    Unconfirmed,
}

impl Confidence {
    /// Whether a rule of this confidence may give `todo` or `blocked`.
    pub fn may_block(self) -> bool {
        !matches!(self, Confidence::Unconfirmed)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provenance {
    /// URL, or `owner/repo:path` for repository files.
    pub source: String,
    pub last_verified: NaiveDate,
    pub confidence: Confidence,
    /// Seed statements (S01–S43) this rule implements.
    #[serde(default)]
    pub seed: Vec<String>,
}

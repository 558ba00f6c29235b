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

/// A source as an address a reader can open: URLs as they are; a repository file written
/// `owner/repo@commit:path` (or `owner/repo:path`) becomes its GitHub page at that commit (or
/// at HEAD), with the path's non-ASCII characters percent-encoded.
pub fn source_url(source: &str) -> String {
    let source = source.trim();
    if source.contains("://") {
        return source.to_string();
    }
    let Some((repo, path)) = source.split_once(':') else {
        return source.to_string();
    };
    let (repo, commit) = repo.split_once('@').unwrap_or((repo, "HEAD"));
    if repo.split('/').count() != 2 || repo.contains(' ') {
        return source.to_string();
    }
    let mut encoded = String::new();
    for b in path.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                encoded.push(b as char)
            }
            _ => encoded.push_str(&format!("%{b:02X}")),
        }
    }
    format!("https://github.com/{repo}/blob/{commit}/{encoded}")
}

#[cfg(test)]
mod tests {
    use super::source_url;

    #[test]
    fn repository_sources_become_addresses() {
        assert_eq!(source_url("https://example.com/a"), "https://example.com/a");
        assert_eq!(
            source_url("arthurdejong/python-stdnum:stdnum/cn/loc.dat"),
            "https://github.com/arthurdejong/python-stdnum/blob/HEAD/stdnum/cn/loc.dat"
        );
        assert_eq!(
            source_url("tencentyun/qcloud-documents@1f450e16:product/域名.md"),
            "https://github.com/tencentyun/qcloud-documents/blob/1f450e16/product/%E5%9F%9F%E5%90%8D.md"
        );
        assert_eq!(source_url("the seed"), "the seed");
    }
}

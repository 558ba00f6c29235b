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
    #[serde(deserialize_with = "iso_date")]
    pub last_verified: NaiveDate,
    pub confidence: Confidence,
    /// Seed statements (S01–S43) this rule implements.
    #[serde(default)]
    pub seed: Vec<String>,
}

impl Provenance {
    /// The source as a web address a reader can open (see `source_url`).
    pub fn url(&self) -> String {
        source_url(&self.source)
    }
}

/// A rule's `source` as a web address. URLs stay as they are; a repository file written
/// `owner/repo@commit:path` becomes its GitHub page at that commit, and `owner/repo:path` its
/// page at `HEAD`. Path segments are percent-encoded (UTF-8), so Chinese file names and spaces
/// make a working link.
pub fn source_url(source: &str) -> String {
    let s = source.trim();
    if s.contains("://") {
        return s.to_string();
    }
    let Some((repo, path)) = s.split_once(':') else {
        return s.to_string();
    };
    let (repo, commit) = match repo.split_once('@') {
        Some((repo, commit)) if !commit.is_empty() => (repo, commit),
        _ => (repo, "HEAD"),
    };
    let looks_like_repo = repo.split('/').count() == 2 && !repo.contains(char::is_whitespace);
    if !looks_like_repo || path.is_empty() {
        return s.to_string();
    }
    let path: Vec<String> = path
        .trim_start_matches('/')
        .split('/')
        .map(encode_segment)
        .collect();
    format!(
        "https://github.com/{repo}/blob/{}/{}",
        encode_segment(commit),
        path.join("/")
    )
}

/// A rule's `last_verified` date. chrono's own parser takes most of the time of reading a date
/// (8% of loading the built-in rules, one date per rule: DESIGN.md §4 startup), so a
/// plain `YYYY-MM-DD` is read here; anything else, and an impossible date, goes to chrono,
/// whose message a rule file's author sees.
pub(crate) fn iso_date<'de, D: serde::Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    struct DateVisitor;
    impl serde::de::Visitor<'_> for DateVisitor {
        type Value = NaiveDate;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a formatted date string")
        }
        fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<NaiveDate, E> {
            match plain_date(s) {
                Some(date) => Ok(date),
                None => s.parse().map_err(E::custom),
            }
        }
    }
    d.deserialize_str(DateVisitor)
}

/// `YYYY-MM-DD` exactly, and a date that exists.
fn plain_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let number = |digits: &[u8]| {
        digits.iter().try_fold(0u32, |n, c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    let year = i32::try_from(number(&b[..4])?).ok()?;
    NaiveDate::from_ymd_opt(year, number(&b[5..7])?, number(&b[8..])?)
}

/// RFC 3986 percent-encoding of one path segment: unreserved characters stay, every other byte
/// of the UTF-8 form becomes `%XX`.
fn encode_segment(segment: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(segment.len() * 3);
    for b in segment.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0xF)]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{plain_date, source_url};
    use chrono::NaiveDate;

    #[test]
    fn plain_dates_read_as_chrono_reads_them() {
        for s in [
            "2026-11-30",
            "2024-02-29",
            "0001-01-01",
            "9999-12-31",
            "2025-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-04-31",
            "2026-1-30",
            "2026/11/30",
            "20261-1-30",
            "+2026-11-3",
            "2026-11-3a",
            "",
        ] {
            // what the fast path reads, chrono reads the same; the rest goes to chrono itself
            if let Some(d) = plain_date(s) {
                assert_eq!(Some(d), s.parse::<NaiveDate>().ok(), "{s}");
            }
        }
        assert_eq!(
            plain_date("2026-11-30"),
            NaiveDate::from_ymd_opt(2026, 11, 30)
        );
        for not_plain in [
            "2025-02-29",
            "2026-04-31",
            "2026-1-30",
            "2026/11/30",
            "+2026-11-3",
        ] {
            assert_eq!(plain_date(not_plain), None, "{not_plain}");
        }
    }

    #[test]
    fn repository_sources_become_github_addresses() {
        assert_eq!(
            source_url("tencentyun/qcloud-documents@1f450e16:product/域名/北京 管局.md"),
            "https://github.com/tencentyun/qcloud-documents/blob/1f450e16/product/%E5%9F%9F%E5%90%8D/%E5%8C%97%E4%BA%AC%20%E7%AE%A1%E5%B1%80.md"
        );
        assert_eq!(
            source_url("alipannu12121/icp:intl.en-US/Before ICP Filing/Overview.md"),
            "https://github.com/alipannu12121/icp/blob/HEAD/intl.en-US/Before%20ICP%20Filing/Overview.md"
        );
        assert_eq!(
            source_url("https://help.aliyun.com/x?y=1"),
            "https://help.aliyun.com/x?y=1"
        );
        // not a repository reference: left as written rather than turned into a broken link
        assert_eq!(source_url("seed"), "seed");
    }
}

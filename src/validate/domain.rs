//! Domain names as people paste them: normalisation, syntax checks and the registrable domain.
//!
//! People paste URLs (`https://WWW.Example.com:8080/x`), e-mail addresses, names typed with a
//! Chinese input method (`ｗｗｗ．例子。中国`) and trailing dots. [`normalize`] reads all of
//! these as a host name, records each change so the interface can say what it read, checks
//! the syntax on the ASCII (punycode) form and finds the registrable domain with the public
//! suffix list.

use std::net::{Ipv4Addr, Ipv6Addr};

use idna::uts46::{AsciiDenyList, DnsLength, Hyphens, Uts46};
use psl::Type;

use super::{Explain, MessageArgs, fold_width};

/// A host name that passed every check, in its forms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Domain {
    /// Exactly what was typed.
    pub input: String,
    /// The whole host name in ASCII (punycode), lower case, without a trailing dot.
    pub ascii: String,
    /// The whole host name in Unicode.
    pub unicode: String,
    /// The domain someone registers: one label in front of the public suffix.
    pub registrable_ascii: String,
    pub registrable_unicode: String,
    /// The public suffix (`com.cn`, `xn--fiqs8s`).
    pub public_suffix_ascii: String,
    pub public_suffix_unicode: String,
    /// Whether the public suffix list knows the suffix. An unknown top-level domain is still
    /// treated as a one-label suffix, so `example.notatld` has a registrable domain.
    pub public_suffix_known: bool,
    /// What was changed between `input` and `registrable_*`, in the order it was applied.
    pub changes: Vec<Normalisation>,
}

/// A change [`normalize`] made to what was typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Normalisation {
    /// Full-width letters, digits or punctuation, or an ideographic full stop, became ASCII.
    FullWidthConverted,
    /// `https://` or another `scheme://` was removed.
    SchemeRemoved,
    /// A `user@` part (or an e-mail address's local part) was removed.
    UserInfoRemoved,
    /// A path, query or fragment was removed.
    PathRemoved,
    /// A `:port` was removed.
    PortRemoved,
    /// A trailing dot (fully qualified name) was removed.
    TrailingDotRemoved,
    /// Upper-case letters became lower case.
    Lowercased,
    /// Non-ASCII labels were converted to punycode for the checks.
    ConvertedToPunycode,
    /// `www.` or other subdomains were dropped to get the registrable domain.
    WwwOrSubdomainDropped,
}

impl Normalisation {
    pub const ALL: [Normalisation; 9] = [
        Normalisation::FullWidthConverted,
        Normalisation::SchemeRemoved,
        Normalisation::UserInfoRemoved,
        Normalisation::PathRemoved,
        Normalisation::PortRemoved,
        Normalisation::TrailingDotRemoved,
        Normalisation::Lowercased,
        Normalisation::ConvertedToPunycode,
        Normalisation::WwwOrSubdomainDropped,
    ];

    /// Message id of a short description of the change (no placeholders).
    pub fn message_id(self) -> &'static str {
        match self {
            Normalisation::FullWidthConverted => "validate.domain.change.full-width",
            Normalisation::SchemeRemoved => "validate.domain.change.scheme",
            Normalisation::UserInfoRemoved => "validate.domain.change.user-info",
            Normalisation::PathRemoved => "validate.domain.change.path",
            Normalisation::PortRemoved => "validate.domain.change.port",
            Normalisation::TrailingDotRemoved => "validate.domain.change.trailing-dot",
            Normalisation::Lowercased => "validate.domain.change.lowercased",
            Normalisation::ConvertedToPunycode => "validate.domain.change.punycode",
            Normalisation::WwwOrSubdomainDropped => "validate.domain.change.subdomain",
        }
    }
}

/// Message id of "we read {input} as {domain}", see [`Domain::read_as_message`].
pub const READ_AS_MESSAGE: &str = "validate.domain.read-as";

impl Domain {
    /// "We read `https://WWW.Example.com/x` as example.com": the message id and its arguments
    /// (`input`, `domain`). Only worth showing when [`Domain::changes`] is not empty.
    pub fn read_as_message(&self) -> (&'static str, MessageArgs) {
        (
            READ_AS_MESSAGE,
            vec![
                ("input", self.input.clone()),
                ("domain", self.registrable_unicode.clone()),
            ],
        )
    }
}

/// Why a string cannot be read as a domain name. Labels are shown in Unicode when they were
/// typed that way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DomainProblem {
    /// Nothing but spaces (or a scheme, or a dot) was typed.
    Empty,
    /// The ASCII form is longer than 253 characters.
    TooLong { len: usize },
    /// A label is longer than 63 characters in ASCII form.
    LabelTooLong { label: String, len: usize },
    /// Two dots in a row, or a dot at the start.
    EmptyLabel,
    /// A character other than a letter, digit or hyphen.
    BadCharacter { label: String, ch: char },
    /// A label starts or ends with a hyphen.
    HyphenAtEdge { label: String },
    /// `--` in positions 3–4 of a label that is not `xn--`: reserved for encodings.
    DoubleHyphen { label: String },
    /// No dot: a host name, not a domain name.
    SingleLabel,
    /// An IPv4 or IPv6 address.
    IpAddress,
    /// Only a public suffix, such as `com.cn`, with nothing in front.
    OnlySuffix { suffix: String },
    /// A label the IDNA (UTS 46) conversion refuses, such as malformed punycode `xn--zz`.
    Idna { detail: String },
}

const MAX_DOMAIN_LEN: usize = 253;
const MAX_LABEL_LEN: usize = 63;

/// Reads what was typed as a domain name and finds its registrable domain.
///
/// The registrable domain is taken against the ICANN section of the public suffix list:
/// private-section entries (`github.io`, `cn.com`) are hosting or resale platforms, and an ICP
/// filing is for the domain registered at a registrar, so `me.github.io` gives `github.io`.
/// All syntax problems found are returned together.
pub fn normalize(input: &str) -> Result<Domain, Vec<DomainProblem>> {
    let mut changes = Vec::new();
    let host = extract_host(input, &mut changes)?;

    let lower = host.to_lowercase();
    if lower != host {
        changes.push(Normalisation::Lowercased);
    }
    if is_ip_address(&lower) {
        return Err(vec![DomainProblem::IpAddress]);
    }

    let mut problems = Vec::new();
    let labels: Vec<&str> = lower.split('.').collect();
    if labels.iter().any(|label| label.is_empty()) {
        problems.push(DomainProblem::EmptyLabel);
    }
    if labels.len() < 2 {
        problems.push(DomainProblem::SingleLabel);
    }

    let Some(ascii) = to_ascii(&lower) else {
        problems.extend(idna_problems(&labels, &lower));
        return Err(problems);
    };
    if !lower.is_ascii() {
        changes.push(Normalisation::ConvertedToPunycode);
    }
    problems.extend(syntax_problems(&ascii));
    if !problems.is_empty() {
        return Err(problems);
    }

    let (suffix_ascii, known) = icann_suffix(&ascii);
    let Some(registrable_ascii) = registrable(&ascii, &suffix_ascii) else {
        return Err(vec![DomainProblem::OnlySuffix {
            suffix: to_unicode(&suffix_ascii),
        }]);
    };
    if registrable_ascii != ascii {
        changes.push(Normalisation::WwwOrSubdomainDropped);
    }
    Ok(Domain {
        input: input.to_string(),
        unicode: to_unicode(&ascii),
        registrable_unicode: to_unicode(&registrable_ascii),
        public_suffix_unicode: to_unicode(&suffix_ascii),
        public_suffix_known: known,
        public_suffix_ascii: suffix_ascii,
        registrable_ascii,
        ascii,
        changes,
    })
}

/// Every dot-suffix of a domain, longest first, without the domain itself:
/// `example.com.cn` → `["com.cn", "cn"]`. Works on either form; pass the form the suffix list
/// you match against is written in.
pub fn suffix_candidates(registrable: &str) -> Vec<String> {
    let name = registrable.strip_suffix('.').unwrap_or(registrable);
    name.match_indices('.')
        .map(|(i, _)| name[i + 1..].to_string())
        .filter(|suffix| !suffix.is_empty())
        .collect()
}

/// Peels a URL or e-mail address down to its host, recording what was removed.
fn extract_host(
    input: &str,
    changes: &mut Vec<Normalisation>,
) -> Result<String, Vec<DomainProblem>> {
    let trimmed = input.trim();
    let folded: String = trimmed.chars().map(fold_domain_char).collect();
    if folded != trimmed {
        changes.push(Normalisation::FullWidthConverted);
    }
    let mut rest = folded.trim();
    if rest.is_empty() {
        return Err(vec![DomainProblem::Empty]);
    }

    if let Some((scheme, after)) = rest.split_once("://")
        && is_scheme(scheme)
    {
        rest = after;
        changes.push(Normalisation::SchemeRemoved);
    } else if let Some(after) = rest.strip_prefix("//") {
        rest = after;
        changes.push(Normalisation::SchemeRemoved);
    }

    let end = rest.find(['/', '?', '#', '\\']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    // A bare trailing slash is how browsers display a host; calling it a removed path would
    // only confuse.
    if !tail.is_empty() && tail != "/" {
        changes.push(Normalisation::PathRemoved);
    }

    let host_port = match authority.rsplit_once('@') {
        Some((_, host)) => {
            changes.push(Normalisation::UserInfoRemoved);
            host
        }
        None => authority,
    };
    if host_port.starts_with('[') || host_port.parse::<Ipv6Addr>().is_ok() {
        return Err(vec![DomainProblem::IpAddress]);
    }

    let host = match host_port.rsplit_once(':') {
        Some((host, port)) if port.bytes().all(|b| b.is_ascii_digit()) => {
            changes.push(Normalisation::PortRemoved);
            host
        }
        _ => host_port,
    };
    let host = match host.strip_suffix('.') {
        Some(host) => {
            changes.push(Normalisation::TrailingDotRemoved);
            host
        }
        None => host,
    };
    if host.is_empty() {
        return Err(vec![DomainProblem::Empty]);
    }
    Ok(host.to_string())
}

fn fold_domain_char(c: char) -> char {
    match c {
        // Ideographic full stop and the half-width one: what Chinese input methods type for ".".
        '\u{3002}' | '\u{FF61}' => '.',
        _ => fold_width(c),
    }
}

fn is_scheme(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

fn is_ip_address(host: &str) -> bool {
    // All-numeric dotted names (`127.1`, `10.0.0`) are IPv4 shorthand to browsers, and no
    // top-level domain is numeric.
    host.parse::<Ipv4Addr>().is_ok()
        || host
            .split('.')
            .all(|label| !label.is_empty() && label.bytes().all(|b| b.is_ascii_digit()))
}

// Hyphen placement and lengths are checked by `syntax_problems` with named problems, so the
// conversion itself is lenient about them.
fn to_ascii(host: &str) -> Option<String> {
    Uts46::new()
        .to_ascii(
            host.as_bytes(),
            AsciiDenyList::EMPTY,
            Hyphens::Allow,
            DnsLength::Ignore,
        )
        .ok()
        .map(|cow| cow.into_owned())
}

fn to_unicode(ascii: &str) -> String {
    let (unicode, result) = idna::domain_to_unicode(ascii);
    if result.is_ok() {
        unicode
    } else {
        ascii.to_string()
    }
}

fn display_label(label: &str) -> String {
    if label.starts_with("xn--") {
        to_unicode(label)
    } else {
        label.to_string()
    }
}

fn idna_problems(labels: &[&str], host: &str) -> Vec<DomainProblem> {
    let failing: Vec<DomainProblem> = labels
        .iter()
        .filter(|label| !label.is_empty() && to_ascii(label).is_none())
        .map(|label| DomainProblem::Idna {
            detail: label.to_string(),
        })
        .collect();
    if failing.is_empty() {
        // Only the whole name fails (rules across labels, such as bidirectional text).
        vec![DomainProblem::Idna {
            detail: host.to_string(),
        }]
    } else {
        failing
    }
}

fn syntax_problems(ascii: &str) -> Vec<DomainProblem> {
    let mut problems = Vec::new();
    if ascii.len() > MAX_DOMAIN_LEN {
        problems.push(DomainProblem::TooLong { len: ascii.len() });
    }
    for label in ascii.split('.').filter(|label| !label.is_empty()) {
        if label.len() > MAX_LABEL_LEN {
            problems.push(DomainProblem::LabelTooLong {
                label: display_label(label),
                len: label.len(),
            });
        }
        if let Some(ch) = label
            .chars()
            .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-'))
        {
            problems.push(DomainProblem::BadCharacter {
                label: display_label(label),
                ch,
            });
        }
        if label.starts_with('-') || label.ends_with('-') {
            problems.push(DomainProblem::HyphenAtEdge {
                label: display_label(label),
            });
        }
        if label.get(2..4) == Some("--") && !label.starts_with("xn--") {
            problems.push(DomainProblem::DoubleHyphen {
                label: label.to_string(),
            });
        }
    }
    problems
}

/// The longest ICANN public suffix of `ascii` (falling back to the last label for unknown
/// top-level domains), and whether the list knows it.
fn icann_suffix(ascii: &str) -> (String, bool) {
    let mut name = ascii;
    loop {
        let Some(suffix) = psl::suffix(name.as_bytes()) else {
            return (last_label(ascii).to_string(), false);
        };
        let found = std::str::from_utf8(suffix.as_bytes()).unwrap_or("");
        match suffix.typ() {
            // A private rule is longer than any ICANN rule that also matches, so the ICANN
            // suffix is the longest one matching the private rule's parent.
            Some(Type::Private) => match found.split_once('.') {
                Some((_, parent)) => name = parent,
                None => return (found.to_string(), false),
            },
            Some(Type::Icann) => return (found.to_string(), true),
            None => return (found.to_string(), false),
        }
    }
}

fn last_label(name: &str) -> &str {
    name.rsplit('.').next().unwrap_or(name)
}

/// One label in front of `suffix`, or `None` when `ascii` is the suffix itself.
fn registrable(ascii: &str, suffix: &str) -> Option<String> {
    let front = ascii.strip_suffix(suffix)?.strip_suffix('.')?;
    let label = last_label(front);
    if label.is_empty() {
        return None;
    }
    Some(format!("{label}.{suffix}"))
}

impl Explain for DomainProblem {
    fn message(&self) -> (&'static str, MessageArgs) {
        match self {
            DomainProblem::Empty => ("validate.domain.empty", vec![]),
            DomainProblem::TooLong { len } => {
                ("validate.domain.too-long", vec![("len", len.to_string())])
            }
            DomainProblem::LabelTooLong { label, len } => (
                "validate.domain.label-too-long",
                vec![("label", label.clone()), ("len", len.to_string())],
            ),
            DomainProblem::EmptyLabel => ("validate.domain.empty-label", vec![]),
            DomainProblem::BadCharacter { label, ch } => (
                "validate.domain.bad-character",
                vec![("label", label.clone()), ("ch", ch.to_string())],
            ),
            DomainProblem::HyphenAtEdge { label } => (
                "validate.domain.hyphen-at-edge",
                vec![("label", label.clone())],
            ),
            DomainProblem::DoubleHyphen { label } => (
                "validate.domain.double-hyphen",
                vec![("label", label.clone())],
            ),
            DomainProblem::SingleLabel => ("validate.domain.single-label", vec![]),
            DomainProblem::IpAddress => ("validate.domain.ip-address", vec![]),
            DomainProblem::OnlySuffix { suffix } => (
                "validate.domain.only-suffix",
                vec![("suffix", suffix.clone())],
            ),
            DomainProblem::Idna { detail } => {
                ("validate.domain.idna", vec![("detail", detail.clone())])
            }
        }
    }

    fn fix(&self) -> Option<&'static str> {
        match self {
            DomainProblem::Empty
            | DomainProblem::SingleLabel
            | DomainProblem::OnlySuffix { .. } => Some("validate.domain.enter-full-domain.fix"),
            DomainProblem::IpAddress => Some("validate.domain.ip-address.fix"),
            DomainProblem::TooLong { .. }
            | DomainProblem::LabelTooLong { .. }
            | DomainProblem::EmptyLabel
            | DomainProblem::BadCharacter { .. }
            | DomainProblem::HyphenAtEdge { .. }
            | DomainProblem::DoubleHyphen { .. }
            | DomainProblem::Idna { .. } => Some("validate.domain.check-spelling.fix"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Normalisation::*;

    fn ok(input: &str) -> Domain {
        normalize(input).unwrap_or_else(|p| panic!("{input}: {p:?}"))
    }

    fn problems(input: &str) -> Vec<DomainProblem> {
        match normalize(input) {
            Ok(domain) => panic!("{input} was accepted as {domain:?}"),
            Err(problems) => problems,
        }
    }

    #[test]
    fn chinese_domain_round_trips_through_punycode() {
        // The expected punycode comes from the idna crate itself, not from a hand-written
        // string, and Python's codec agrees: '例子.中国'.encode('idna').
        assert_eq!(
            idna::domain_to_ascii("例子.中国").unwrap(),
            "xn--fsqu00a.xn--fiqs8s"
        );
        let d = ok("例子.中国");
        assert_eq!(d.ascii, "xn--fsqu00a.xn--fiqs8s");
        assert_eq!(d.unicode, "例子.中国");
        assert_eq!(d.registrable_ascii, "xn--fsqu00a.xn--fiqs8s");
        assert_eq!(d.public_suffix_ascii, "xn--fiqs8s");
        assert_eq!(d.public_suffix_unicode, "中国");
        assert!(d.public_suffix_known);
        assert_eq!(d.changes, vec![ConvertedToPunycode]);

        let d = ok("xn--fsqu00a.xn--fiqs8s");
        assert_eq!(d.registrable_unicode, "例子.中国");
        assert!(d.changes.is_empty());
    }

    #[test]
    fn uppercase_with_trailing_dot() {
        let d = ok("WWW.EXAMPLE.COM.");
        assert_eq!(d.ascii, "www.example.com");
        assert_eq!(d.registrable_ascii, "example.com");
        assert_eq!(d.public_suffix_ascii, "com");
        assert_eq!(
            d.changes,
            vec![TrailingDotRemoved, Lowercased, WwwOrSubdomainDropped]
        );
    }

    #[test]
    fn full_url_with_port_path_query_fragment() {
        let d = ok("https://www.shop.example.com.cn:8080/path?q#f");
        assert_eq!(d.ascii, "www.shop.example.com.cn");
        assert_eq!(d.registrable_ascii, "example.com.cn");
        assert_eq!(d.public_suffix_ascii, "com.cn");
        assert_eq!(
            d.changes,
            vec![
                SchemeRemoved,
                PathRemoved,
                PortRemoved,
                WwwOrSubdomainDropped
            ]
        );
        let d = ok("https://WWW.Example.com/x");
        assert_eq!(d.registrable_ascii, "example.com");
        let (id, args) = d.read_as_message();
        assert_eq!(id, READ_AS_MESSAGE);
        assert!(args.contains(&("domain", "example.com".to_string())));
        assert!(args.contains(&("input", "https://WWW.Example.com/x".to_string())));
    }

    #[test]
    fn bare_trailing_slash_is_not_a_path() {
        assert_eq!(ok("example.com/").changes, vec![]);
        assert_eq!(ok("http://example.com/").changes, vec![SchemeRemoved]);
        assert_eq!(ok("//example.com").changes, vec![SchemeRemoved]);
        assert_eq!(
            ok("ftp://example.com#top").changes,
            vec![SchemeRemoved, PathRemoved]
        );
    }

    #[test]
    fn full_width_input() {
        let d = ok("ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ");
        assert_eq!(d.registrable_ascii, "example.com");
        assert_eq!(d.changes, vec![FullWidthConverted, WwwOrSubdomainDropped]);
        let d = ok("ＨＴＴＰＳ：／／Ｗｗｗ．例子。中国／");
        assert_eq!(d.registrable_unicode, "例子.中国");
        assert_eq!(
            d.changes,
            vec![
                FullWidthConverted,
                SchemeRemoved,
                Lowercased,
                ConvertedToPunycode,
                WwwOrSubdomainDropped
            ]
        );
        // Upper case in the removed scheme alone is not a change to the name.
        assert_eq!(ok("HTTPS://example.com").changes, vec![SchemeRemoved]);
        assert_eq!(ok("例子｡中国").registrable_ascii, "xn--fsqu00a.xn--fiqs8s");
        assert_eq!(ok("　example.com　").registrable_ascii, "example.com");
    }

    #[test]
    fn user_info_is_dropped() {
        let d = ok("admin@example.com");
        assert_eq!(d.registrable_ascii, "example.com");
        assert_eq!(d.changes, vec![UserInfoRemoved]);
        let d = ok("https://user:secret@www.example.com:443/");
        assert_eq!(d.ascii, "www.example.com");
        assert_eq!(
            d.changes,
            vec![
                SchemeRemoved,
                UserInfoRemoved,
                PortRemoved,
                WwwOrSubdomainDropped
            ]
        );
        // An '@' in the path is not user info.
        assert_eq!(ok("example.com/@someone").changes, vec![PathRemoved]);
    }

    #[test]
    fn ip_addresses_are_refused() {
        for input in [
            "127.0.0.1",
            "http://192.168.1.1:8080/",
            "[::1]",
            "http://[2001:db8::1]/",
            "::1",
            "10.1",
        ] {
            assert_eq!(problems(input), vec![DomainProblem::IpAddress], "{input}");
        }
    }

    #[test]
    fn syntax_problems_are_named() {
        assert_eq!(
            problems("-bad.com"),
            vec![DomainProblem::HyphenAtEdge {
                label: "-bad".into()
            }]
        );
        assert_eq!(
            problems("bad-.com"),
            vec![DomainProblem::HyphenAtEdge {
                label: "bad-".into()
            }]
        );
        assert_eq!(problems("a..com"), vec![DomainProblem::EmptyLabel]);
        assert_eq!(problems(".example.com"), vec![DomainProblem::EmptyLabel]);
        let long = "a".repeat(64);
        assert_eq!(
            problems(&format!("{long}.com")),
            vec![DomainProblem::LabelTooLong {
                label: long.clone(),
                len: 64
            }]
        );
        assert!(normalize(&format!("{}.com", "a".repeat(63))).is_ok());
        assert_eq!(
            problems("ab--cd.com"),
            vec![DomainProblem::DoubleHyphen {
                label: "ab--cd".into()
            }]
        );
        assert!(normalize("a--b.com").is_ok());
        assert_eq!(
            problems("exa_mple.com"),
            vec![DomainProblem::BadCharacter {
                label: "exa_mple".into(),
                ch: '_'
            }]
        );
        assert_eq!(
            problems("exa mple.com"),
            vec![DomainProblem::BadCharacter {
                label: "exa mple".into(),
                ch: ' '
            }]
        );
        assert_eq!(problems("localhost"), vec![DomainProblem::SingleLabel]);
        assert_eq!(problems(""), vec![DomainProblem::Empty]);
        assert_eq!(problems("   "), vec![DomainProblem::Empty]);
        assert_eq!(problems("https://"), vec![DomainProblem::Empty]);
        assert_eq!(problems("."), vec![DomainProblem::Empty]);
        assert_eq!(
            problems("xn--zz.com"),
            vec![DomainProblem::Idna {
                detail: "xn--zz".into()
            }]
        );
    }

    #[test]
    fn several_problems_are_reported_together() {
        assert_eq!(
            problems("-a_.b..com"),
            vec![
                DomainProblem::EmptyLabel,
                DomainProblem::BadCharacter {
                    label: "-a_".into(),
                    ch: '_'
                },
                DomainProblem::HyphenAtEdge {
                    label: "-a_".into()
                },
            ]
        );
    }

    #[test]
    fn total_length_limit() {
        let label = "a".repeat(63);
        // 4 × 63 + 3 dots = 255 > 253
        let name = [label.as_str(); 4].join(".");
        assert!(problems(&name).contains(&DomainProblem::TooLong { len: 255 }));
        // 3 × 63 + 60 + 3 dots... build exactly 253 with a known suffix.
        let name = format!("{}.{}.{}.{}.com", label, label, label, "a".repeat(57));
        assert_eq!(name.len(), 253);
        assert!(normalize(&name).is_ok());
    }

    #[test]
    fn only_a_public_suffix_is_refused() {
        assert_eq!(
            problems("com.cn"),
            vec![DomainProblem::OnlySuffix {
                suffix: "com.cn".into()
            }]
        );
        assert_eq!(problems("中国"), vec![DomainProblem::SingleLabel]);
        assert_eq!(
            problems("公司.cn"),
            vec![DomainProblem::OnlySuffix {
                suffix: "公司.cn".into()
            }]
        );
    }

    #[test]
    fn registrable_domain_uses_icann_suffixes() {
        let d = ok("www.example.gd.cn");
        assert_eq!(d.registrable_ascii, "example.gd.cn");
        assert_eq!(d.public_suffix_ascii, "gd.cn");
        // Private-section entries of the list are platforms, not registries.
        let d = ok("someone.github.io");
        assert_eq!(d.registrable_ascii, "github.io");
        assert_eq!(d.public_suffix_ascii, "io");
        assert!(d.public_suffix_known);
        assert_eq!(d.changes, vec![WwwOrSubdomainDropped]);
        assert_eq!(ok("github.io").registrable_ascii, "github.io");
    }

    #[test]
    fn unknown_top_level_domain_is_flagged() {
        let d = ok("shop.example.notatld");
        assert_eq!(d.registrable_ascii, "example.notatld");
        assert_eq!(d.public_suffix_ascii, "notatld");
        assert!(!d.public_suffix_known);
        assert!(ok("example.com").public_suffix_known);
    }

    #[test]
    fn suffix_candidates_longest_first() {
        assert_eq!(suffix_candidates("example.com.cn"), vec!["com.cn", "cn"]);
        assert_eq!(suffix_candidates("example.com"), vec!["com"]);
        assert_eq!(suffix_candidates("例子.公司.cn"), vec!["公司.cn", "cn"]);
        assert_eq!(suffix_candidates("cn"), Vec::<String>::new());
        assert_eq!(suffix_candidates("example.com."), vec!["com"]);
    }

    #[test]
    fn problems_explain_themselves() {
        let (id, args) = DomainProblem::LabelTooLong {
            label: "x".into(),
            len: 64,
        }
        .message();
        assert_eq!(id, "validate.domain.label-too-long");
        assert_eq!(
            args,
            vec![("label", "x".to_string()), ("len", "64".to_string())]
        );
        assert_eq!(
            DomainProblem::IpAddress.fix(),
            Some("validate.domain.ip-address.fix")
        );
    }
}

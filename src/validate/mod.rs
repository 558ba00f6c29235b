//! Pure checks of what people type: resident ID numbers, credit codes, permits, domain names
//! and the date arithmetic the rules need.
//!
//! Nothing here does I/O or reads the clock: `today` is always a parameter. Each identifier
//! format has its own small module with a `validate` function that returns the parsed value or
//! a typed problem (the python-stdnum model). Every problem can explain itself through
//! [`Explain`]: a message id from `crate::messages::validate::VALIDATE` plus the values for
//! its `{placeholders}`, so the same problem renders in any language.

pub mod dates;
pub mod domain;
pub mod icp_number;
pub mod permit;
pub mod resident_id;
pub mod uscc;

use serde::{Deserialize, Serialize};

pub use domain::{Domain, DomainProblem, Normalisation, suffix_candidates};
pub use icp_number::{IcpKind, IcpNumber, IcpProblem};
pub use permit::{DocumentProblem, validate_document};
pub use resident_id::{IdProblem, ResidentId};
pub use uscc::{Uscc, UsccProblem};

/// GB/T 2260 two-digit codes of the 31 mainland provincial-level divisions, in code order.
///
/// Hong Kong (81), Macao (82) and Taiwan (71) are deliberately absent: a mainland resident ID
/// never starts with them, and residence permits use the separate 810000/820000/830000 prefixes.
pub const MAINLAND_PROVINCE_CODES: [&str; 31] = [
    "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41",
    "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
];

/// Whether `code` is one of [`MAINLAND_PROVINCE_CODES`].
pub fn is_mainland_province_code(code: &str) -> bool {
    MAINLAND_PROVINCE_CODES.contains(&code)
}

/// The identity documents a person in a filing can present.
///
/// Which documents fit which residency is rule data and lives in the knowledge base, not here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    /// Mainland Resident Identity Card (居民身份证).
    ResidentId,
    /// Residence Permit for Hong Kong and Macao Residents (港澳居民居住证).
    HkMacaoResidencePermit,
    /// Mainland Travel Permit for Hong Kong and Macao Residents (港澳居民来往内地通行证).
    HkMacaoTravelPermit,
    /// Residence Permit for Taiwan Residents (台湾居民居住证).
    TaiwanResidencePermit,
    /// Mainland Travel Permit for Taiwan Residents (台湾居民来往大陆通行证).
    TaiwanTravelPermit,
    /// Any passport.
    Passport,
}

impl DocumentKind {
    /// Every kind, in declaration order.
    pub const ALL: [DocumentKind; 6] = [
        DocumentKind::ResidentId,
        DocumentKind::HkMacaoResidencePermit,
        DocumentKind::HkMacaoTravelPermit,
        DocumentKind::TaiwanResidencePermit,
        DocumentKind::TaiwanTravelPermit,
        DocumentKind::Passport,
    ];

    /// The id used in session files (`resident_id`, `hk_macao_residence_permit`, …).
    pub fn id(self) -> &'static str {
        match self {
            DocumentKind::ResidentId => "resident_id",
            DocumentKind::HkMacaoResidencePermit => "hk_macao_residence_permit",
            DocumentKind::HkMacaoTravelPermit => "hk_macao_travel_permit",
            DocumentKind::TaiwanResidencePermit => "taiwan_residence_permit",
            DocumentKind::TaiwanTravelPermit => "taiwan_travel_permit",
            DocumentKind::Passport => "passport",
        }
    }

    /// The document kind of a person's certificate type (the session file uses the same ids);
    /// `None` for organisation certificates.
    pub fn of_certificate(cert: crate::session::CertificateType) -> Option<DocumentKind> {
        DocumentKind::from_id(cert.as_str())
    }

    /// Whether its number has the 18-digit GB 11643 form with a birth date in it.
    pub fn carries_birth_date(self) -> bool {
        matches!(
            self,
            DocumentKind::ResidentId
                | DocumentKind::HkMacaoResidencePermit
                | DocumentKind::TaiwanResidencePermit
        )
    }

    /// The inverse of [`DocumentKind::id`].
    pub fn from_id(id: &str) -> Option<DocumentKind> {
        DocumentKind::ALL.into_iter().find(|kind| kind.id() == id)
    }
}

/// Placeholder values for a message template: (placeholder name, value).
pub type MessageArgs = Vec<(&'static str, String)>;

/// A problem that can be shown to a person in any language.
///
/// The message id and the fix id are keys of `crate::messages::validate::VALIDATE`; the
/// arguments fill the `{name}` placeholders of both templates.
pub trait Explain {
    /// The message id saying what is wrong, and the values of its placeholders.
    fn message(&self) -> (&'static str, MessageArgs);

    /// The id of a message saying how to fix it, when there is something specific to say.
    /// Its placeholders are filled from the same arguments as [`Explain::message`].
    fn fix(&self) -> Option<&'static str>;
}

/// Folds full-width forms (what Chinese input methods type) to ASCII: `０-９`, `Ａ-Ｚ`, `ａ-ｚ`,
/// full-width punctuation, and the ideographic space.
pub(crate) fn fold_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    }
}

/// The common clean-up for identity numbers: full-width to ASCII, drop every kind of
/// whitespace (people copy numbers grouped as `110105 19491231 002X`), upper-case.
pub(crate) fn compact_number(input: &str) -> String {
    input
        .chars()
        .map(fold_width)
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::validate::VALIDATE;
    use chrono::NaiveDate;
    use std::collections::{BTreeSet, HashMap};

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    // The matches below have no wildcard arm, so adding a variant breaks the build here until a
    // sample (and therefore a message check) is added for it.
    fn id_samples() -> Vec<IdProblem> {
        let all = vec![
            IdProblem::Length { found: 17 },
            IdProblem::BadCharacter {
                position: 3,
                found: 'A',
            },
            IdProblem::WrongCheckCharacter {
                expected: 'X',
                found: '1',
            },
            IdProblem::ImpossibleBirthDate {
                raw: "19910230".into(),
            },
            IdProblem::BirthTooEarly {
                birth: date(1899, 12, 31),
            },
            IdProblem::BirthInFuture {
                birth: date(2030, 1, 1),
            },
            IdProblem::UnknownProvinceCode { code: "99".into() },
            IdProblem::ResidencePermitNumber {
                prefix: "81".into(),
            },
        ];
        for p in &all {
            match p {
                IdProblem::Length { .. }
                | IdProblem::BadCharacter { .. }
                | IdProblem::WrongCheckCharacter { .. }
                | IdProblem::ImpossibleBirthDate { .. }
                | IdProblem::BirthTooEarly { .. }
                | IdProblem::BirthInFuture { .. }
                | IdProblem::UnknownProvinceCode { .. }
                | IdProblem::ResidencePermitNumber { .. } => {}
            }
        }
        all
    }

    fn uscc_samples() -> Vec<UsccProblem> {
        let all = vec![
            UsccProblem::Length { found: 3 },
            UsccProblem::BadCharacter {
                position: 9,
                found: 'I',
            },
            UsccProblem::WrongCheckCharacter {
                expected: 'L',
                found: 'M',
            },
            UsccProblem::WrongOrganizationCodeCheck {
                expected: '1',
                found: '2',
            },
            UsccProblem::BadDivisionCode {
                code: "99A000".into(),
            },
        ];
        for p in &all {
            match p {
                UsccProblem::Length { .. }
                | UsccProblem::BadCharacter { .. }
                | UsccProblem::WrongCheckCharacter { .. }
                | UsccProblem::WrongOrganizationCodeCheck { .. }
                | UsccProblem::BadDivisionCode { .. } => {}
            }
        }
        all
    }

    fn document_samples() -> Vec<DocumentProblem> {
        let mut all: Vec<DocumentProblem> =
            id_samples().into_iter().map(DocumentProblem::Id).collect();
        for kind in [
            DocumentKind::HkMacaoResidencePermit,
            DocumentKind::TaiwanResidencePermit,
        ] {
            all.push(DocumentProblem::WrongPermitPrefix {
                kind,
                expected: "830000",
                found: "440300".into(),
            });
        }
        for kind in DocumentKind::ALL {
            all.push(DocumentProblem::BadFormat {
                kind,
                found: "H123".into(),
            });
        }
        for p in &all {
            match p {
                DocumentProblem::Id(_)
                | DocumentProblem::WrongPermitPrefix { .. }
                | DocumentProblem::BadFormat { .. } => {}
            }
        }
        all
    }

    fn domain_samples() -> Vec<DomainProblem> {
        let all = vec![
            DomainProblem::Empty,
            DomainProblem::TooLong { len: 260 },
            DomainProblem::LabelTooLong {
                label: "a".repeat(64),
                len: 64,
            },
            DomainProblem::EmptyLabel,
            DomainProblem::BadCharacter {
                label: "a_b".into(),
                ch: '_',
            },
            DomainProblem::HyphenAtEdge {
                label: "-bad".into(),
            },
            DomainProblem::DoubleHyphen {
                label: "ab--cd".into(),
            },
            DomainProblem::SingleLabel,
            DomainProblem::IpAddress,
            DomainProblem::OnlySuffix {
                suffix: "com.cn".into(),
            },
            DomainProblem::Idna {
                detail: "xn--zz".into(),
            },
        ];
        for p in &all {
            match p {
                DomainProblem::Empty
                | DomainProblem::TooLong { .. }
                | DomainProblem::LabelTooLong { .. }
                | DomainProblem::EmptyLabel
                | DomainProblem::BadCharacter { .. }
                | DomainProblem::HyphenAtEdge { .. }
                | DomainProblem::DoubleHyphen { .. }
                | DomainProblem::SingleLabel
                | DomainProblem::IpAddress
                | DomainProblem::OnlySuffix { .. }
                | DomainProblem::Idna { .. } => {}
            }
        }
        all
    }

    fn explained() -> Vec<(&'static str, MessageArgs, Option<&'static str>)> {
        let mut out = Vec::new();
        let mut push = |p: &dyn Explain| {
            let (id, args) = p.message();
            out.push((id, args, p.fix()));
        };
        id_samples().iter().for_each(|p| push(p));
        uscc_samples().iter().for_each(|p| push(p));
        document_samples().iter().for_each(|p| push(p));
        domain_samples().iter().for_each(|p| push(p));
        icp_samples().iter().for_each(|p| push(p));
        out
    }

    fn icp_samples() -> Vec<IcpProblem> {
        vec![
            IcpProblem::Empty,
            IcpProblem::UnknownProvince {
                found: "港".into()
            },
            IcpProblem::Licence,
            IcpProblem::MissingIcpBei,
            IcpProblem::BadDigits {
                found: "12A".into(),
            },
            IcpProblem::MissingHao,
            IcpProblem::BadSiteSuffix { found: "-a".into() },
            IcpProblem::SiteNumberExpected,
            IcpProblem::EntityNumberExpected,
        ]
    }

    fn placeholders(template: &str) -> Vec<&str> {
        let mut names = Vec::new();
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            let after = &rest[open + 1..];
            let Some(close) = after.find('}') else { break };
            names.push(&after[..close]);
            rest = &after[close + 1..];
        }
        names
    }

    /// id → (English, Chinese): both columns are checked for their placeholders.
    fn catalogue() -> HashMap<&'static str, [&'static str; 2]> {
        VALIDATE
            .iter()
            .map(|(id, en, zh)| (*id, [*en, *zh]))
            .collect()
    }

    #[test]
    fn catalogue_ids_are_unique() {
        let mut seen = BTreeSet::new();
        // The `validate` command's own sentences are checked by tests/cli_validate.rs.
        for (id, _, _) in VALIDATE
            .iter()
            .filter(|(id, _, _)| !id.starts_with("validate.cli."))
        {
            assert!(seen.insert(*id), "duplicate message id {id}");
        }
    }

    #[test]
    fn every_problem_message_and_fix_is_in_the_catalogue_with_its_arguments() {
        let table = catalogue();
        for (id, args, fix) in explained() {
            let names: Vec<&str> = args.iter().map(|(n, _)| *n).collect();
            for message_id in std::iter::once(id).chain(fix) {
                let Some(templates) = table.get(message_id) else {
                    panic!("message id {message_id} is missing from VALIDATE");
                };
                for name in templates.iter().flat_map(|t| placeholders(t)) {
                    assert!(
                        names.contains(&name),
                        "{message_id} uses {{{name}}} but the problem only gives {names:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn every_normalisation_and_read_as_message_is_in_the_catalogue() {
        let table = catalogue();
        for change in Normalisation::ALL {
            assert!(
                table.contains_key(change.message_id()),
                "{} missing",
                change.message_id()
            );
        }
        let domain = domain::normalize("https://WWW.Example.com/x").unwrap();
        let (id, args) = domain.read_as_message();
        let names: Vec<&str> = args.iter().map(|(n, _)| *n).collect();
        let templates = table.get(id).unwrap();
        for name in templates.iter().flat_map(|t| placeholders(t)) {
            assert!(names.contains(&name), "{id} uses {{{name}}}");
        }
    }

    #[test]
    fn every_catalogue_entry_is_used_by_some_problem() {
        let mut used: BTreeSet<&str> = BTreeSet::new();
        for (id, _, fix) in explained() {
            used.insert(id);
            used.extend(fix);
        }
        for change in Normalisation::ALL {
            used.insert(change.message_id());
        }
        used.insert(domain::READ_AS_MESSAGE);
        // The `validate` command's own sentences are checked by tests/cli_validate.rs.
        for (id, _, _) in VALIDATE
            .iter()
            .filter(|(id, _, _)| !id.starts_with("validate.cli."))
        {
            assert!(
                used.contains(id),
                "{id} is in VALIDATE but nothing returns it"
            );
        }
    }

    #[test]
    fn placeholder_parser_finds_names() {
        assert_eq!(placeholders("a {x} b {yy}"), vec!["x", "yy"]);
        assert!(placeholders("none").is_empty());
    }

    #[test]
    fn every_document_kind_is_a_certificate_type_of_the_session_file() {
        use crate::session::CertificateType;
        for kind in DocumentKind::ALL {
            let cert = CertificateType::from_id(kind.id()).expect("same id in the session file");
            assert_eq!(DocumentKind::of_certificate(cert), Some(kind));
        }
        assert_eq!(
            DocumentKind::of_certificate(CertificateType::BusinessLicense),
            None
        );
        assert!(DocumentKind::HkMacaoResidencePermit.carries_birth_date());
        assert!(!DocumentKind::HkMacaoTravelPermit.carries_birth_date());
    }

    #[test]
    fn document_kind_ids_round_trip() {
        for kind in DocumentKind::ALL {
            assert_eq!(DocumentKind::from_id(kind.id()), Some(kind));
        }
        assert_eq!(DocumentKind::from_id("passport "), None);
    }

    #[test]
    fn province_codes_are_the_31_mainland_divisions() {
        let set: BTreeSet<&str> = MAINLAND_PROVINCE_CODES.into_iter().collect();
        assert_eq!(set.len(), 31);
        assert!(is_mainland_province_code("44"));
        assert!(!is_mainland_province_code("71"));
        assert!(!is_mainland_province_code("81"));
    }

    #[test]
    fn fold_width_maps_full_width_forms() {
        let folded: String = "０９ＡＺａｚ．：／　".chars().map(fold_width).collect();
        assert_eq!(folded, "09AZaz.:/ ");
        assert_eq!(
            compact_number(" 11010519 491231002ｘ "),
            "11010519491231002X"
        );
    }
}

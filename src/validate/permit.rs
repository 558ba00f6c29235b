//! Identity documents other than the mainland resident ID: residence permits and travel
//! permits for Hong Kong, Macao and Taiwan residents, and passports.
//!
//! Formats (icp-facts.md §8.3–8.4):
//! - Residence permits carry an 18-character citizen identification number in the resident
//!   ID layout and check character, with address code 810000 (Hong Kong), 820000 (Macao) or
//!   830000 (Taiwan).
//! - Mainland Travel Permit for Hong Kong and Macao Residents: `H` or `M` + 8 digits (the
//!   lifetime number), + 10 digits when the 2-digit issue count printed on the card is
//!   included, or `HA`/`MA` + 7 digits for permanent residents who are not Chinese citizens.
//! - Mainland Travel Permit for Taiwan Residents: 8 digits since 2008; the older 5-year permits
//!   added a 2-digit issue count, so 10 digits are accepted too.
//! - Passports have no single format: 5–20 letters and digits.
//!
//! Which document fits which residency is rule data in the knowledge base, not here.

use chrono::NaiveDate;

use super::resident_id::{self, IdProblem};
use super::{DocumentKind, Explain, MessageArgs, compact_number};

/// Why a document number is not valid for its kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocumentProblem {
    /// The 18-character number fails the resident ID rules.
    Id(IdProblem),
    /// A residence permit number whose address code (first 6 digits) is not the permit's.
    WrongPermitPrefix {
        kind: DocumentKind,
        /// The address codes this kind allows, for display: `810000 or 820000`, `830000`.
        expected: &'static str,
        found: String,
    },
    /// The number does not have the shape of this kind's numbers. `found` is the number after
    /// clean-up.
    BadFormat { kind: DocumentKind, found: String },
}

impl From<IdProblem> for DocumentProblem {
    fn from(problem: IdProblem) -> Self {
        DocumentProblem::Id(problem)
    }
}

const HK_MACAO_PREFIXES: [&str; 2] = ["810000", "820000"];
const TAIWAN_PREFIXES: [&str; 1] = ["830000"];

/// Validates `number` as a number of document `kind` and returns it normalised (spaces
/// removed, full-width characters folded, upper case).
///
/// `today` bounds the birth date inside 18-character numbers.
pub fn validate_document(
    kind: DocumentKind,
    number: &str,
    today: NaiveDate,
) -> Result<String, DocumentProblem> {
    match kind {
        DocumentKind::ResidentId => Ok(resident_id::validate(number, today)?.number),
        DocumentKind::HkMacaoResidencePermit => {
            residence_permit(kind, number, today, &HK_MACAO_PREFIXES, "810000 or 820000")
        }
        DocumentKind::TaiwanResidencePermit => {
            residence_permit(kind, number, today, &TAIWAN_PREFIXES, "830000")
        }
        DocumentKind::HkMacaoTravelPermit => shaped(kind, number, is_hk_macao_travel_permit_number),
        DocumentKind::TaiwanTravelPermit => shaped(kind, number, is_taiwan_travel_permit_number),
        DocumentKind::Passport => shaped(kind, number, is_passport_number),
    }
}

fn residence_permit(
    kind: DocumentKind,
    number: &str,
    today: NaiveDate,
    prefixes: &[&str],
    expected: &'static str,
) -> Result<String, DocumentProblem> {
    let id = resident_id::parse(number, today)?;
    if prefixes.contains(&id.address_code.as_str()) {
        Ok(id.number)
    } else {
        Err(DocumentProblem::WrongPermitPrefix {
            kind,
            expected,
            found: id.address_code,
        })
    }
}

fn shaped(
    kind: DocumentKind,
    number: &str,
    fits: fn(&str) -> bool,
) -> Result<String, DocumentProblem> {
    let number = compact_number(number);
    if fits(&number) {
        Ok(number)
    } else {
        Err(DocumentProblem::BadFormat {
            kind,
            found: number,
        })
    }
}

fn all_digits(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_digit())
}

fn is_hk_macao_travel_permit_number(n: &str) -> bool {
    if let Some(rest) = n.strip_prefix("HA").or_else(|| n.strip_prefix("MA")) {
        return rest.len() == 7 && all_digits(rest);
    }
    match n.strip_prefix('H').or_else(|| n.strip_prefix('M')) {
        Some(rest) => (rest.len() == 8 || rest.len() == 10) && all_digits(rest),
        None => false,
    }
}

fn is_taiwan_travel_permit_number(n: &str) -> bool {
    (n.len() == 8 || n.len() == 10) && all_digits(n)
}

fn is_passport_number(n: &str) -> bool {
    (5..=20).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_alphanumeric())
}

impl Explain for DocumentProblem {
    fn message(&self) -> (&'static str, MessageArgs) {
        match self {
            DocumentProblem::Id(problem) => problem.message(),
            DocumentProblem::WrongPermitPrefix {
                kind,
                expected,
                found,
            } => {
                let id = match kind {
                    DocumentKind::TaiwanResidencePermit => {
                        "validate.document.wrong-prefix.taiwan-residence-permit"
                    }
                    _ => "validate.document.wrong-prefix.hk-macao-residence-permit",
                };
                (
                    id,
                    vec![("expected", expected.to_string()), ("found", found.clone())],
                )
            }
            DocumentProblem::BadFormat { kind, found } => {
                let id = match kind {
                    DocumentKind::HkMacaoTravelPermit => {
                        "validate.document.format.hk-macao-travel-permit"
                    }
                    DocumentKind::TaiwanTravelPermit => {
                        "validate.document.format.taiwan-travel-permit"
                    }
                    DocumentKind::Passport => "validate.document.format.passport",
                    // Not produced: 18-character numbers report an `Id` problem instead.
                    DocumentKind::ResidentId
                    | DocumentKind::HkMacaoResidencePermit
                    | DocumentKind::TaiwanResidencePermit => "validate.document.format",
                };
                (id, vec![("found", found.clone())])
            }
        }
    }

    fn fix(&self) -> Option<&'static str> {
        match self {
            DocumentProblem::Id(problem) => problem.fix(),
            DocumentProblem::WrongPermitPrefix { .. } => Some("validate.document.wrong-prefix.fix"),
            DocumentProblem::BadFormat { .. } => Some("validate.document.format.fix"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
    }

    fn with_check(first17: &str) -> String {
        format!("{first17}{}", resident_id::check_char(first17).unwrap())
    }

    #[test]
    fn hong_kong_residence_permit_example_passes() {
        assert_eq!(
            validate_document(
                DocumentKind::HkMacaoResidencePermit,
                "810000199001010019",
                today()
            ),
            Ok("810000199001010019".to_string())
        );
        let macao = with_check("82000019900101001");
        assert!(validate_document(DocumentKind::HkMacaoResidencePermit, &macao, today()).is_ok());
    }

    #[test]
    fn taiwan_residence_permit_needs_830000() {
        let taiwan = with_check("83000019900101001");
        assert_eq!(
            validate_document(DocumentKind::TaiwanResidencePermit, &taiwan, today()),
            Ok(taiwan.clone())
        );
        assert_eq!(
            validate_document(DocumentKind::HkMacaoResidencePermit, &taiwan, today()),
            Err(DocumentProblem::WrongPermitPrefix {
                kind: DocumentKind::HkMacaoResidencePermit,
                expected: "810000 or 820000",
                found: "830000".into()
            })
        );
        assert_eq!(
            validate_document(
                DocumentKind::TaiwanResidencePermit,
                "810000199001010019",
                today()
            ),
            Err(DocumentProblem::WrongPermitPrefix {
                kind: DocumentKind::TaiwanResidencePermit,
                expected: "830000",
                found: "810000".into()
            })
        );
    }

    #[test]
    fn resident_id_number_is_not_a_residence_permit_and_vice_versa() {
        assert_eq!(
            validate_document(
                DocumentKind::HkMacaoResidencePermit,
                "44030019850101123X",
                today()
            ),
            Err(DocumentProblem::WrongPermitPrefix {
                kind: DocumentKind::HkMacaoResidencePermit,
                expected: "810000 or 820000",
                found: "440300".into()
            })
        );
        assert_eq!(
            validate_document(DocumentKind::ResidentId, "810000199001010019", today()),
            Err(DocumentProblem::Id(IdProblem::ResidencePermitNumber {
                prefix: "81".into()
            }))
        );
        // A permit prefix with a different district is neither.
        let odd = with_check("81010019900101001");
        assert!(matches!(
            validate_document(DocumentKind::HkMacaoResidencePermit, &odd, today()),
            Err(DocumentProblem::WrongPermitPrefix { .. })
        ));
    }

    #[test]
    fn residence_permit_uses_the_id_checks() {
        assert_eq!(
            validate_document(
                DocumentKind::HkMacaoResidencePermit,
                "810000199001010018",
                today()
            ),
            Err(DocumentProblem::Id(IdProblem::WrongCheckCharacter {
                expected: '9',
                found: '8'
            }))
        );
        assert_eq!(
            validate_document(
                DocumentKind::HkMacaoResidencePermit,
                "81000019900101001",
                today()
            ),
            Err(DocumentProblem::Id(IdProblem::Length { found: 17 }))
        );
    }

    #[test]
    fn resident_id_is_validated_and_normalised() {
        assert_eq!(
            validate_document(DocumentKind::ResidentId, "44030019850101123x", today()),
            Ok("44030019850101123X".to_string())
        );
    }

    #[test]
    fn hk_macao_travel_permit_shapes() {
        let kind = DocumentKind::HkMacaoTravelPermit;
        for good in [
            "H12345678",
            "M12345678",
            "H1234567801",
            "HA1234567",
            "MA1234567",
        ] {
            assert_eq!(validate_document(kind, good, today()), Ok(good.to_string()));
        }
        assert_eq!(
            validate_document(kind, "h 1234 5678", today()),
            Ok("H12345678".to_string())
        );
        for bad in [
            "H1234567",
            "H123456789",
            "H123456780123",
            "HA12345678",
            "K12345678",
            "12345678",
            "HB1234567",
            "",
        ] {
            assert_eq!(
                validate_document(kind, bad, today()),
                Err(DocumentProblem::BadFormat {
                    kind,
                    found: bad.to_string()
                }),
                "{bad}"
            );
        }
    }

    #[test]
    fn taiwan_travel_permit_shapes() {
        let kind = DocumentKind::TaiwanTravelPermit;
        assert_eq!(
            validate_document(kind, "12345678", today()),
            Ok("12345678".into())
        );
        assert_eq!(
            validate_document(kind, "1234567801", today()),
            Ok("1234567801".into())
        );
        assert_eq!(
            validate_document(kind, "１２３４５６７８", today()),
            Ok("12345678".into())
        );
        for bad in ["1234567", "123456789", "12345678901", "T1234567"] {
            assert!(validate_document(kind, bad, today()).is_err(), "{bad}");
        }
    }

    #[test]
    fn passport_shapes() {
        let kind = DocumentKind::Passport;
        assert_eq!(
            validate_document(kind, "e1234 5678", today()),
            Ok("E12345678".into())
        );
        assert_eq!(
            validate_document(kind, "AB123", today()),
            Ok("AB123".into())
        );
        assert_eq!(
            validate_document(kind, &"A".repeat(20), today()),
            Ok("A".repeat(20))
        );
        for bad in ["AB12", "A".repeat(21).as_str(), "AB-12345", "护照12345"] {
            assert!(validate_document(kind, bad, today()).is_err(), "{bad}");
        }
    }

    #[test]
    fn id_problems_explain_themselves_through_the_wrapper() {
        let inner = IdProblem::Length { found: 3 };
        let outer = DocumentProblem::Id(inner.clone());
        assert_eq!(outer.message(), inner.message());
        assert_eq!(outer.fix(), inner.fix());
    }
}

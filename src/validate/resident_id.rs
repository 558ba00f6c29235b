//! Mainland Resident Identity Card numbers (居民身份证号码), GB 11643-1999.
//!
//! 18 characters: a 6-digit address code (GB/T 2260), the birth date as `YYYYMMDD`, a 3-digit
//! sequence number (odd for men, even for women) and an ISO 7064 MOD 11-2 check character
//! (`0`–`9` or `X`). Residence permits for Hong Kong, Macao and Taiwan residents use the same
//! layout with the address codes 810000/820000/830000; see [`super::permit`].

use chrono::NaiveDate;

use super::{Explain, MessageArgs, compact_number, is_mainland_province_code};

/// A resident ID number that passed every check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResidentId {
    /// The number in canonical form: 18 ASCII characters, check character `X` upper-case.
    pub number: String,
    /// The 6-digit address code of the registered domicile at the time of issue.
    pub address_code: String,
    /// The first two digits of the address code: the province of the registered domicile.
    pub province_code: String,
    pub birth: NaiveDate,
    /// From the parity of the sequence number (odd = male).
    pub male: bool,
}

/// Why a string is not a valid resident ID (or residence permit) number.
///
/// Positions are 1-based and count characters of the number after clean-up (spaces removed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IdProblem {
    /// Not 18 characters.
    Length { found: usize },
    /// A character other than a digit, or `X` anywhere but the end.
    BadCharacter { position: usize, found: char },
    /// The last character is not the one the first 17 digits call for.
    WrongCheckCharacter { expected: char, found: char },
    /// Characters 7–14 are not a date that exists.
    ImpossibleBirthDate { raw: String },
    /// The birth date is before 1900-01-01.
    BirthTooEarly { birth: NaiveDate },
    /// The birth date is after `today`.
    BirthInFuture { birth: NaiveDate },
    /// The first two digits are not a mainland province code.
    UnknownProvinceCode { code: String },
    /// The number starts with 81/82/83: it belongs to a residence permit for Hong Kong, Macao
    /// or Taiwan residents, not to a resident ID card.
    ResidencePermitNumber { prefix: String },
}

const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS: [char; 11] = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'];
const EARLIEST_BIRTH: NaiveDate = match NaiveDate::from_ymd_opt(1900, 1, 1) {
    Some(date) => date,
    None => NaiveDate::MIN,
};
const PERMIT_PREFIXES: [&str; 3] = ["81", "82", "83"];

/// The check character the first 17 digits call for, or `None` unless `first17` is exactly
/// 17 ASCII digits.
pub fn check_char(first17: &str) -> Option<char> {
    if first17.len() != 17 {
        return None;
    }
    let mut sum = 0u32;
    for (c, weight) in first17.chars().zip(WEIGHTS) {
        sum += c.to_digit(10)? * weight;
    }
    CHECK_CHARS.get((sum % 11) as usize).copied()
}

/// Validates a mainland resident ID number as typed (spaces, full-width digits and a
/// lower-case `x` are accepted and normalised).
///
/// Checks, in order: length, characters, birth date (exists, not before 1900, not after
/// `today`), check character, province code. The order puts problems that point at a
/// particular part of the number before the check character, which only says "something is
/// mistyped".
pub fn validate(input: &str, today: NaiveDate) -> Result<ResidentId, IdProblem> {
    let id = parse(input, today)?;
    if PERMIT_PREFIXES.contains(&id.province_code.as_str()) {
        return Err(IdProblem::ResidencePermitNumber {
            prefix: id.province_code,
        });
    }
    if !is_mainland_province_code(&id.province_code) {
        return Err(IdProblem::UnknownProvinceCode {
            code: id.province_code,
        });
    }
    Ok(id)
}

/// Everything but the address code: shared with residence permits, whose address codes are
/// not provinces.
pub(crate) fn parse(input: &str, today: NaiveDate) -> Result<ResidentId, IdProblem> {
    let number = compact_number(input);
    let chars: Vec<char> = number.chars().collect();
    if chars.len() != 18 {
        return Err(IdProblem::Length { found: chars.len() });
    }
    for (index, &c) in chars.iter().enumerate() {
        let allowed = c.is_ascii_digit() || (index == 17 && c == 'X');
        if !allowed {
            return Err(IdProblem::BadCharacter {
                position: index + 1,
                found: c,
            });
        }
    }
    // All 18 characters are ASCII from here on, so byte slicing is by character.
    let raw_birth = &number[6..14];
    let birth = parse_birth(raw_birth).ok_or_else(|| IdProblem::ImpossibleBirthDate {
        raw: raw_birth.to_string(),
    })?;
    if birth < EARLIEST_BIRTH {
        return Err(IdProblem::BirthTooEarly { birth });
    }
    if birth > today {
        return Err(IdProblem::BirthInFuture { birth });
    }
    let found = chars[17];
    match check_char(&number[..17]) {
        Some(expected) if expected == found => {}
        Some(expected) => return Err(IdProblem::WrongCheckCharacter { expected, found }),
        // Unreachable after the character loop above; report it as the check failing.
        None => {
            return Err(IdProblem::BadCharacter {
                position: 17,
                found,
            });
        }
    }
    let male = chars[16].to_digit(10).is_some_and(|d| d % 2 == 1);
    Ok(ResidentId {
        address_code: number[..6].to_string(),
        province_code: number[..2].to_string(),
        number,
        birth,
        male,
    })
}

fn parse_birth(raw: &str) -> Option<NaiveDate> {
    let year = raw.get(0..4)?.parse().ok()?;
    let month = raw.get(4..6)?.parse().ok()?;
    let day = raw.get(6..8)?.parse().ok()?;
    NaiveDate::from_ymd_opt(year, month, day)
}

impl Explain for IdProblem {
    fn message(&self) -> (&'static str, MessageArgs) {
        match self {
            IdProblem::Length { found } => {
                ("validate.id.length", vec![("found", found.to_string())])
            }
            IdProblem::BadCharacter { position, found } => (
                "validate.id.bad-character",
                vec![
                    ("position", position.to_string()),
                    ("found", found.to_string()),
                ],
            ),
            IdProblem::WrongCheckCharacter { expected, found } => (
                "validate.id.wrong-check",
                vec![
                    ("expected", expected.to_string()),
                    ("found", found.to_string()),
                ],
            ),
            IdProblem::ImpossibleBirthDate { raw } => (
                "validate.id.impossible-birth-date",
                vec![("raw", raw.clone())],
            ),
            IdProblem::BirthTooEarly { birth } => (
                "validate.id.birth-too-early",
                vec![("birth", birth.to_string())],
            ),
            IdProblem::BirthInFuture { birth } => (
                "validate.id.birth-in-future",
                vec![("birth", birth.to_string())],
            ),
            IdProblem::UnknownProvinceCode { code } => {
                ("validate.id.unknown-province", vec![("code", code.clone())])
            }
            IdProblem::ResidencePermitNumber { prefix } => (
                "validate.id.residence-permit-number",
                vec![("prefix", prefix.clone())],
            ),
        }
    }

    fn fix(&self) -> Option<&'static str> {
        Some(match self {
            IdProblem::Length { .. } => "validate.id.length.fix",
            IdProblem::BadCharacter { .. } => "validate.id.bad-character.fix",
            IdProblem::WrongCheckCharacter { .. } => "validate.id.wrong-check.fix",
            IdProblem::ImpossibleBirthDate { .. }
            | IdProblem::BirthTooEarly { .. }
            | IdProblem::BirthInFuture { .. } => "validate.id.birth-date.fix",
            IdProblem::UnknownProvinceCode { .. } => "validate.id.unknown-province.fix",
            IdProblem::ResidencePermitNumber { .. } => "validate.id.residence-permit-number.fix",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::MAINLAND_PROVINCE_CODES;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn today() -> NaiveDate {
        d(2026, 11, 28)
    }

    #[test]
    fn published_numbers_pass() {
        let id = validate("11010519491231002X", today()).unwrap();
        assert_eq!(id.address_code, "110105");
        assert_eq!(id.province_code, "11");
        assert_eq!(id.birth, d(1949, 12, 31));
        assert!(!id.male);

        let id = validate("360426199101010071", today()).unwrap();
        assert_eq!(id.province_code, "36");
        assert_eq!(id.birth, d(1991, 1, 1));
        assert!(id.male);

        // The example in DESIGN.md.
        let id = validate("44030019850101123X", today()).unwrap();
        assert_eq!(id.address_code, "440300");
        assert_eq!(id.birth, d(1985, 1, 1));
        assert!(id.male);
    }

    #[test]
    fn number_born_before_1900_has_a_good_check_character_but_is_refused() {
        // A python-stdnum test vector with a birth date in 1880.
        assert_eq!(check_char("44052418800101001"), Some('4'));
        assert_eq!(
            validate("440524188001010014", today()),
            Err(IdProblem::BirthTooEarly {
                birth: d(1880, 1, 1)
            })
        );
    }

    #[test]
    fn check_char_values() {
        assert_eq!(check_char("11010519491231002"), Some('X'));
        assert_eq!(check_char("36042619910101007"), Some('1'));
        assert_eq!(check_char("3604261991010100"), None);
        assert_eq!(check_char("3604261991010100A"), None);
        assert_eq!(check_char("360426199101010071"), None);
    }

    #[test]
    fn input_is_normalised() {
        let id = validate("  110105 19491231 002x ", today()).unwrap();
        assert_eq!(id.number, "11010519491231002X");
        let id = validate("１１０１０５１９４９１２３１００２Ｘ", today()).unwrap();
        assert_eq!(id.number, "11010519491231002X");
        let id = validate("１１０１０５１９４９１２３１００２ｘ", today()).unwrap();
        assert_eq!(id.number, "11010519491231002X");
    }

    #[test]
    fn each_problem_is_reported() {
        assert_eq!(
            validate("1101051949123100", today()),
            Err(IdProblem::Length { found: 16 })
        );
        assert_eq!(validate("", today()), Err(IdProblem::Length { found: 0 }));
        assert_eq!(
            validate("11010519491231002Y", today()),
            Err(IdProblem::BadCharacter {
                position: 18,
                found: 'Y'
            })
        );
        assert_eq!(
            validate("1101051949123100X2", today()),
            Err(IdProblem::BadCharacter {
                position: 17,
                found: 'X'
            })
        );
        assert_eq!(
            validate("110105194912310021", today()),
            Err(IdProblem::WrongCheckCharacter {
                expected: 'X',
                found: '1'
            })
        );
        assert_eq!(
            validate("110105199102300021", today()),
            Err(IdProblem::ImpossibleBirthDate {
                raw: "19910230".into()
            })
        );
        assert_eq!(
            validate("110105199113010021", today()),
            Err(IdProblem::ImpossibleBirthDate {
                raw: "19911301".into()
            })
        );
    }

    fn with_check(first17: &str) -> String {
        format!("{first17}{}", check_char(first17).unwrap())
    }

    #[test]
    fn birth_date_limits() {
        let born_today = with_check("11010520261128001");
        assert!(validate(&born_today, today()).is_ok());
        let born_tomorrow = with_check("11010520261129001");
        assert_eq!(
            validate(&born_tomorrow, today()),
            Err(IdProblem::BirthInFuture {
                birth: d(2026, 11, 29)
            })
        );
        assert!(validate(&with_check("11010519000101001"), today()).is_ok());
        assert_eq!(
            validate(&with_check("11010518991231001"), today()),
            Err(IdProblem::BirthTooEarly {
                birth: d(1899, 12, 31)
            })
        );
        assert!(validate(&with_check("11010520000229001"), today()).is_ok());
        assert!(validate(&with_check("11010519000229001"), today()).is_err());
    }

    #[test]
    fn province_codes() {
        assert_eq!(
            validate(&with_check("99010519491231002"), today()),
            Err(IdProblem::UnknownProvinceCode { code: "99".into() })
        );
        assert_eq!(
            validate(&with_check("71010519491231002"), today()),
            Err(IdProblem::UnknownProvinceCode { code: "71".into() })
        );
        assert_eq!(
            validate("810000199001010019", today()),
            Err(IdProblem::ResidencePermitNumber {
                prefix: "81".into()
            })
        );
        for code in MAINLAND_PROVINCE_CODES {
            let number = with_check(&format!("{code}010519491231002"));
            assert_eq!(validate(&number, today()).unwrap().province_code, code);
        }
    }

    #[test]
    fn messages_carry_the_expected_character() {
        let problem = IdProblem::WrongCheckCharacter {
            expected: 'X',
            found: '1',
        };
        let (id, args) = problem.message();
        assert_eq!(id, "validate.id.wrong-check");
        assert!(args.contains(&("expected", "X".to_string())));
        assert_eq!(problem.fix(), Some("validate.id.wrong-check.fix"));
    }

    const ID_CHARS: [char; 11] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X'];

    fn valid_id() -> impl Strategy<Value = String> {
        (
            proptest::sample::select(MAINLAND_PROVINCE_CODES.to_vec()),
            0u32..10_000,
            1930i32..=2010,
            1u32..=365,
            0u32..1000,
        )
            .prop_map(|(province, area, year, ordinal, sequence)| {
                let birth = NaiveDate::from_yo_opt(year, ordinal).unwrap();
                let first17 = format!("{province}{area:04}{}{sequence:03}", birth.format("%Y%m%d"));
                with_check(&first17)
            })
    }

    proptest! {
        #[test]
        fn generated_numbers_pass(number in valid_id()) {
            let id = validate(&number, today());
            prop_assert!(id.is_ok(), "{number}: {id:?}");
        }

        #[test]
        fn any_single_substitution_is_caught(
            number in valid_id(),
            position in 0usize..18,
            shift in 1usize..ID_CHARS.len(),
        ) {
            let mut chars: Vec<char> = number.chars().collect();
            // A non-zero shift within the character set always gives a different character.
            let index = ID_CHARS.iter().position(|&c| c == chars[position]).unwrap();
            chars[position] = ID_CHARS[(index + shift) % ID_CHARS.len()];
            let changed: String = chars.into_iter().collect();
            prop_assert!(validate(&changed, today()).is_err(), "{number} -> {changed}");
        }

        #[test]
        fn any_adjacent_transposition_is_caught(number in valid_id(), position in 0usize..17) {
            let mut chars: Vec<char> = number.chars().collect();
            if chars[position] == chars[position + 1] {
                // Swapping equal characters changes nothing.
                return Ok(());
            }
            chars.swap(position, position + 1);
            let changed: String = chars.into_iter().collect();
            prop_assert!(validate(&changed, today()).is_err(), "{number} -> {changed}");
        }
    }

    #[test]
    fn check_character_alone_catches_every_substitution_and_transposition() {
        // Exhaustive over the digit pairs, independent of the date and province checks:
        // MOD 11-2 weights are all non-zero and adjacent weights differ mod 11.
        let base = "11010519491231002";
        let base_check = check_char(base).unwrap();
        let digits: Vec<char> = base.chars().collect();
        for position in 0..17 {
            for replacement in '0'..='9' {
                if replacement == digits[position] {
                    continue;
                }
                let mut changed = digits.clone();
                changed[position] = replacement;
                let changed: String = changed.into_iter().collect();
                assert_ne!(check_char(&changed), Some(base_check), "{changed}");
            }
        }
        for (i, pair) in WEIGHTS.windows(2).enumerate() {
            assert_ne!(pair[0] % 11, pair[1] % 11, "weights {i} and {}", i + 1);
        }
    }
}

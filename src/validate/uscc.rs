//! Unified Social Credit Codes (统一社会信用代码), GB 32100-2015.
//!
//! 18 characters from `0-9A-HJ-NPQRTUWXY` (no I, O, S, V, Z): registering authority (1),
//! entity type (2), administrative division code of the registering authority (3–8), the
//! organisation code of GB 11714 (9–17, itself 8 characters and a check character) and a
//! MOD 31 check character (18).
//!
//! python-stdnum checks only the MOD 31 character; this module also checks the division code
//! and the embedded GB 11714 check character, which catches typos in positions 9–17 twice.

use super::{Explain, MessageArgs, compact_number, is_mainland_province_code};

/// A credit code that passed every check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Uscc {
    /// The code in canonical form: 18 upper-case ASCII characters.
    pub number: String,
    /// Position 1 (for example 9 = market regulation, the common case for companies).
    pub registration_authority: char,
    /// Position 2 (for example 1 = enterprise under authority 9).
    pub entity_type: char,
    /// Positions 3–8: the division code of the registering authority.
    pub division_code: String,
    /// Positions 3–4. `"10"` is not a province: it is the national level (division code
    /// `100000`), used by entities registered with a central authority; see
    /// [`Uscc::is_national`].
    pub province_code: String,
    /// Positions 9–17: the GB 11714 organisation code including its check character.
    pub organization_code: String,
}

impl Uscc {
    /// Registered with a central authority (division code `100000`) rather than a province.
    pub fn is_national(&self) -> bool {
        self.division_code == NATIONAL_DIVISION_CODE
    }
}

/// Why a string is not a valid credit code. Positions are 1-based.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UsccProblem {
    /// Not 18 characters.
    Length { found: usize },
    /// A character outside the code's alphabet (which has no I, O, S, V or Z).
    BadCharacter { position: usize, found: char },
    /// Position 18 is not the one the first 17 characters call for.
    WrongCheckCharacter { expected: char, found: char },
    /// Position 17 (the organisation code's own check character) is not the one positions
    /// 9–16 call for.
    WrongOrganizationCodeCheck { expected: char, found: char },
    /// Positions 3–8 are not six digits starting with a mainland province code (or 100000).
    BadDivisionCode { code: String },
}

const ALPHABET: &str = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS: [u32; 17] = [
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];
const ORG_WEIGHTS: [u32; 8] = [3, 7, 9, 10, 5, 8, 4, 2];
// "国家用100000" in the GB 32100 coding rules: central registrations carry no province.
const NATIONAL_DIVISION_CODE: &str = "100000";

fn value(c: char) -> Option<u32> {
    ALPHABET.find(c).and_then(|i| u32::try_from(i).ok())
}

/// The MOD 31 check character (position 18) for the first 17 characters, or `None` unless
/// `first17` is exactly 17 characters of the code's alphabet.
pub fn check_char(first17: &str) -> Option<char> {
    if first17.chars().count() != 17 {
        return None;
    }
    let mut sum = 0u32;
    for (c, weight) in first17.chars().zip(WEIGHTS) {
        sum += value(c)? * weight;
    }
    let index = (31 - sum % 31) % 31;
    ALPHABET.chars().nth(index as usize)
}

/// The GB 11714 check character for an 8-character organisation code body, or `None` unless
/// `first8` is 8 ASCII digits or upper-case letters.
///
/// GB 11714 values letters A=10 … Z=35 (all 26 letters), which is *not* the credit code's
/// alphabet order: `Y` is 34 here and 30 in [`check_char`]. A check value of 10 is written
/// `X`, which is also a credit-code character, so every result can appear at position 17.
pub fn org_code_check_char(first8: &str) -> Option<char> {
    if first8.chars().count() != 8 {
        return None;
    }
    let mut sum = 0u32;
    for (c, weight) in first8.chars().zip(ORG_WEIGHTS) {
        let v = match c {
            '0'..='9' | 'A'..='Z' => c.to_digit(36)?,
            _ => return None,
        };
        sum += v * weight;
    }
    match 11 - sum % 11 {
        10 => Some('X'),
        11 => Some('0'),
        c => char::from_digit(c, 10),
    }
}

/// Validates a credit code as typed (spaces, lower case and full-width characters are
/// accepted and normalised).
///
/// Checks, in order: length, alphabet, division code, the MOD 31 check character, the
/// GB 11714 check character.
pub fn validate(input: &str) -> Result<Uscc, UsccProblem> {
    let number = compact_number(input);
    let chars: Vec<char> = number.chars().collect();
    if chars.len() != 18 {
        return Err(UsccProblem::Length { found: chars.len() });
    }
    if let Some((index, &found)) = chars.iter().enumerate().find(|(_, c)| value(**c).is_none()) {
        return Err(UsccProblem::BadCharacter {
            position: index + 1,
            found,
        });
    }
    // Every character is in the ASCII alphabet from here on, so byte slicing is by character.
    let division_code = &number[2..8];
    let digits = division_code.chars().all(|c| c.is_ascii_digit());
    let province_code = &number[2..4];
    if !digits
        || !(is_mainland_province_code(province_code) || division_code == NATIONAL_DIVISION_CODE)
    {
        return Err(UsccProblem::BadDivisionCode {
            code: division_code.to_string(),
        });
    }
    let found = chars[17];
    match check_char(&number[..17]) {
        Some(expected) if expected != found => {
            return Err(UsccProblem::WrongCheckCharacter { expected, found });
        }
        _ => {}
    }
    let found = chars[16];
    match org_code_check_char(&number[8..16]) {
        Some(expected) if expected != found => {
            return Err(UsccProblem::WrongOrganizationCodeCheck { expected, found });
        }
        _ => {}
    }
    Ok(Uscc {
        registration_authority: chars[0],
        entity_type: chars[1],
        division_code: division_code.to_string(),
        province_code: province_code.to_string(),
        organization_code: number[8..17].to_string(),
        number,
    })
}

impl Explain for UsccProblem {
    fn message(&self) -> (&'static str, MessageArgs) {
        match self {
            UsccProblem::Length { found } => {
                ("validate.uscc.length", vec![("found", found.to_string())])
            }
            UsccProblem::BadCharacter { position, found } => (
                "validate.uscc.bad-character",
                vec![
                    ("position", position.to_string()),
                    ("found", found.to_string()),
                ],
            ),
            UsccProblem::WrongCheckCharacter { expected, found } => (
                "validate.uscc.wrong-check",
                vec![
                    ("expected", expected.to_string()),
                    ("found", found.to_string()),
                ],
            ),
            UsccProblem::WrongOrganizationCodeCheck { expected, found } => (
                "validate.uscc.wrong-org-check",
                vec![
                    ("expected", expected.to_string()),
                    ("found", found.to_string()),
                ],
            ),
            UsccProblem::BadDivisionCode { code } => (
                "validate.uscc.bad-division-code",
                vec![("code", code.clone())],
            ),
        }
    }

    fn fix(&self) -> Option<&'static str> {
        Some(match self {
            UsccProblem::Length { .. } => "validate.uscc.length.fix",
            UsccProblem::BadCharacter { .. } => "validate.uscc.bad-character.fix",
            UsccProblem::WrongCheckCharacter { .. } => "validate.uscc.wrong-check.fix",
            UsccProblem::WrongOrganizationCodeCheck { .. } => "validate.uscc.wrong-org-check.fix",
            UsccProblem::BadDivisionCode { .. } => "validate.uscc.bad-division-code.fix",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::MAINLAND_PROVINCE_CODES;
    use proptest::prelude::*;

    #[test]
    fn published_codes_pass_every_check() {
        for number in [
            "91110000600037341L",
            "91330106673959654P",
            "91350100M000100Y43",
            // The example in DESIGN.md.
            "91440300MA5D0B1C2R",
        ] {
            let code = validate(number).unwrap_or_else(|p| panic!("{number}: {p:?}"));
            assert_eq!(code.number, number);
            assert_eq!(check_char(&number[..17]), number.chars().nth(17));
            assert_eq!(org_code_check_char(&number[8..16]), number.chars().nth(16));
        }
        let code = validate("91330106673959654P").unwrap();
        assert_eq!(code.registration_authority, '9');
        assert_eq!(code.entity_type, '1');
        assert_eq!(code.division_code, "330106");
        assert_eq!(code.province_code, "33");
        assert_eq!(code.organization_code, "673959654");
        assert!(!code.is_national());
    }

    #[test]
    fn org_code_letters_use_gb11714_values_not_the_credit_code_alphabet() {
        // With the credit-code values (M=21, A=10, D=13, B=11, C=12) this would be '5'.
        assert_eq!(org_code_check_char("MA5D0B1C"), Some('2'));
        assert_eq!(org_code_check_char("M000100Y"), Some('4'));
        assert_eq!(org_code_check_char("60003734"), Some('1'));
        // 11 - 0 = 11 -> '0'; 11 - 1 = 10 -> 'X'.
        assert_eq!(org_code_check_char("00000000"), Some('0'));
        assert_eq!(org_code_check_char("00000006"), Some('X'));
        let first17 = "9144030000000006X";
        let with_x = format!("{first17}{}", check_char(first17).unwrap());
        assert_eq!(validate(&with_x).unwrap().organization_code, "00000006X");
        assert_eq!(org_code_check_char("0000000"), None);
        assert_eq!(org_code_check_char("0000000a"), None);
    }

    #[test]
    fn input_is_normalised() {
        assert_eq!(
            validate(" 9111 0000 6000 3734 1l ").unwrap().number,
            "91110000600037341L"
        );
        assert_eq!(
            validate("９１１１００００６０００３７３４１Ｌ")
                .unwrap()
                .number,
            "91110000600037341L"
        );
    }

    #[test]
    fn each_problem_is_reported() {
        assert_eq!(
            validate("9111000060003734"),
            Err(UsccProblem::Length { found: 16 })
        );
        assert_eq!(
            validate("911100006000O7341L"),
            Err(UsccProblem::BadCharacter {
                position: 13,
                found: 'O'
            })
        );
        assert_eq!(
            validate("91110000600037341M"),
            Err(UsccProblem::WrongCheckCharacter {
                expected: 'L',
                found: 'M'
            })
        );
        assert_eq!(
            validate("9199000060003734XX"),
            Err(UsccProblem::BadDivisionCode {
                code: "990000".into()
            })
        );
        assert_eq!(
            validate("91A10000600037341L"),
            Err(UsccProblem::BadDivisionCode {
                code: "A10000".into()
            })
        );
        // Right MOD 31 character for a wrong organisation check character.
        let first17 = "91110000600037342";
        let number = format!("{first17}{}", check_char(first17).unwrap());
        assert_eq!(
            validate(&number),
            Err(UsccProblem::WrongOrganizationCodeCheck {
                expected: '1',
                found: '2'
            })
        );
    }

    #[test]
    fn national_level_division_code_is_accepted() {
        let body = "5110000050000012";
        let org = org_code_check_char(&body[8..16]).unwrap();
        let first17 = format!("{}{}{}", &body[..8], &body[8..16], org);
        let number = format!("{first17}{}", check_char(&first17).unwrap());
        let code = validate(&number).unwrap();
        assert!(code.is_national());
        assert_eq!(code.province_code, "10");
    }

    fn alphabet() -> Vec<char> {
        ALPHABET.chars().collect()
    }

    fn valid_uscc() -> impl Strategy<Value = String> {
        let any = || proptest::sample::select(alphabet());
        (
            any(),
            any(),
            proptest::sample::select(MAINLAND_PROVINCE_CODES.to_vec()),
            0u32..10_000,
            proptest::collection::vec(any(), 8),
        )
            .prop_map(|(authority, kind, province, area, body)| {
                let body: String = body.into_iter().collect();
                // `X` (check value 10) is in the credit-code alphabet, so no body needs to be
                // regenerated.
                let org = org_code_check_char(&body).unwrap();
                assert!(value(org).is_some());
                let first17 = format!("{authority}{kind}{province}{area:04}{body}{org}");
                format!("{first17}{}", check_char(&first17).unwrap())
            })
    }

    proptest! {
        #[test]
        fn generated_codes_pass(number in valid_uscc()) {
            let code = validate(&number);
            prop_assert!(code.is_ok(), "{number}: {code:?}");
        }

        #[test]
        fn any_single_substitution_is_caught(
            number in valid_uscc(),
            position in 0usize..18,
            shift in 1usize..31,
        ) {
            let alphabet = alphabet();
            let mut chars: Vec<char> = number.chars().collect();
            // A non-zero shift within the alphabet always gives a different character.
            let index = alphabet.iter().position(|&c| c == chars[position]).unwrap();
            chars[position] = alphabet[(index + shift) % alphabet.len()];
            let changed: String = chars.into_iter().collect();
            prop_assert!(validate(&changed).is_err(), "{number} -> {changed}");
        }

        #[test]
        fn any_adjacent_transposition_is_caught(number in valid_uscc(), position in 0usize..17) {
            let mut chars: Vec<char> = number.chars().collect();
            if chars[position] == chars[position + 1] {
                // Swapping equal characters changes nothing.
                return Ok(());
            }
            chars.swap(position, position + 1);
            let changed: String = chars.into_iter().collect();
            prop_assert!(validate(&changed).is_err(), "{number} -> {changed}");
        }
    }

    #[test]
    fn mod31_alone_catches_every_substitution_and_adjacent_transposition() {
        // Substitution changes the sum by (a - b) * w with 0 < |a - b| < 31 and w ≠ 0 mod 31;
        // a transposition by (a - b) * (w_i - w_i+1). 31 is prime, so both are non-zero as
        // long as no weight is 0 and adjacent weights differ mod 31. The check character acts
        // as a weight-1 position after position 17 (weight 28).
        let mut weights = WEIGHTS.to_vec();
        weights.push(1);
        assert!(weights.iter().all(|w| w % 31 != 0));
        for pair in weights.windows(2) {
            assert_ne!(pair[0] % 31, pair[1] % 31);
        }
        // And concretely, exhaustively for one code.
        let number = "91110000600037341L";
        let chars: Vec<char> = number.chars().collect();
        let holds = |c: &[char]| {
            let s: String = c.iter().collect();
            check_char(&s[..17]) == s.chars().nth(17)
        };
        for position in 0..18 {
            for replacement in ALPHABET.chars() {
                if replacement == chars[position] {
                    continue;
                }
                let mut changed = chars.clone();
                changed[position] = replacement;
                assert!(!holds(&changed), "substitution at {position}");
            }
        }
        for position in 0..17 {
            if chars[position] == chars[position + 1] {
                continue;
            }
            let mut changed = chars.clone();
            changed.swap(position, position + 1);
            assert!(!holds(&changed), "swap at {position}");
        }
    }
}

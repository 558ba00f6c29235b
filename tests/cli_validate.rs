//! `icp-prep validate KIND VALUE`, run as the real binary: what it prints and its exit status
//! (0 valid, 1 not valid or a suffix that cannot be filed, 2 usage error).

use std::process::Command;

use icp_prep::messages::validate::VALIDATE;
use icp_prep::validate::{resident_id, uscc};

const TODAY: &str = "2026-11-28";

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_icp-prep"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("run icp-prep");
    Run {
        code: out.status.code().expect("exit status"),
        stdout: String::from_utf8(out.stdout).expect("UTF-8 stdout"),
        stderr: String::from_utf8(out.stderr).expect("UTF-8 stderr"),
    }
}

/// `icp-prep validate KIND VALUE --today 2026-11-28 [extra…]`.
fn validate(kind: &str, value: &str, extra: &[&str]) -> Run {
    let mut args = vec!["validate", kind, value, "--today", TODAY];
    args.extend_from_slice(extra);
    run(&args)
}

#[track_caller]
fn expect(r: &Run, code: i32, needles: &[&str]) {
    assert_eq!(
        r.code, code,
        "exit status\nstdout:\n{}\nstderr:\n{}",
        r.stdout, r.stderr
    );
    for needle in needles {
        assert!(
            r.stdout.contains(needle),
            "stdout lacks {needle:?}:\n{}",
            r.stdout
        );
    }
    // A message id missing from the catalogue is shown as itself; an argument missing from a
    // template leaves its `{placeholder}`.
    assert!(
        !r.stdout.contains("validate."),
        "unknown message id in:\n{}",
        r.stdout
    );
    assert!(
        !r.stdout.contains('{'),
        "unfilled placeholder in:\n{}",
        r.stdout
    );
}

/// A resident ID (or residence permit) number with the right check character.
fn id_number(first17: &str) -> String {
    format!("{first17}{}", resident_id::check_char(first17).unwrap())
}

/// The same 17 characters with a check character that is wrong, and the right one.
fn with_wrong_check(first17: &str) -> (String, char) {
    let right = resident_id::check_char(first17).unwrap();
    let wrong = if right == '1' { '2' } else { '1' };
    (format!("{first17}{wrong}"), right)
}

// ---- resident ID -------------------------------------------------------------------------

#[test]
fn valid_id_names_province_birth_date_and_sex() {
    let r = validate("id", "44030019850101123X", &[]);
    expect(
        &r,
        0,
        &[
            "Normalised: 44030019850101123X",
            "Guangdong (广东省)",
            "440300",
            "1985-01-01",
            "age 41 on 2026-11-28",
            "Sex: male",
            "Result: valid.",
        ],
    );
    assert!(!r.stdout.contains("Problem:"), "{}", r.stdout);
}

#[test]
fn id_is_normalised_and_female_is_read_from_the_sequence_number() {
    // Even 17th digit = female; typed with spaces and a lower-case check character if X.
    let number = id_number("11010519900307002");
    let typed = format!("110105 19900307 {}", number[14..].to_lowercase());
    let r = validate("id", &typed, &[]);
    expect(
        &r,
        0,
        &[
            &format!("Normalised: {number}"),
            "Beijing (北京市)",
            "1990-03-07",
            "Sex: female",
        ],
    );
}

#[test]
fn wrong_check_character_names_the_expected_one() {
    let (number, right) = with_wrong_check("44030019850101123");
    let found = number.chars().last().unwrap();
    let r = validate("id", &number, &[]);
    expect(
        &r,
        1,
        &[
            &format!("ends in {found}, but with these first 17 digits it must end in {right}"),
            &format!(
                "Fix: Check the number against the card: with these first 17 digits the last character must be {right}."
            ),
            "Result: not valid.",
        ],
    );
    assert!(!r.stdout.contains("Normalised:"), "{}", r.stdout);
}

#[test]
fn birth_date_after_today_is_refused() {
    let number = id_number("44030020270101123");
    let r = validate("id", &number, &[]);
    expect(
        &r,
        1,
        &["2027-01-01", "in the future", "Result: not valid."],
    );
    // The same number is fine once that day has come.
    let later = run(&["validate", "id", &number, "--today", "2027-01-01"]);
    expect(
        &later,
        0,
        &["Date of birth: 2027-01-01 (age 0 on 2027-01-01)"],
    );
}

#[test]
fn residence_permit_number_is_not_a_resident_id() {
    let r = validate("id", "810000199001010019", &[]);
    expect(
        &r,
        1,
        &[
            "Numbers starting with 81 belong to residence permits",
            "Fix: Choose the residence permit",
        ],
    );
}

// ---- unified social credit code -----------------------------------------------------------

#[test]
fn published_credit_codes_are_valid_with_their_area() {
    let r = validate("uscc", "91110000600037341L", &[]);
    expect(
        &r,
        0,
        &[
            "Normalised: 91110000600037341L",
            "110000, in Beijing (北京市)",
            "60003734-1",
            "Result: valid.",
        ],
    );
    let r = validate("uscc", "91330106673959654P", &[]);
    expect(
        &r,
        0,
        &[
            "Normalised: 91330106673959654P",
            "330106, in Zhejiang (浙江省)",
            "67395965-4",
            "Result: valid.",
        ],
    );
}

#[test]
fn credit_code_is_normalised() {
    let r = validate("uscc", " 9111 0000 6000 3734 1l ", &[]);
    expect(&r, 0, &["Normalised: 91110000600037341L"]);
}

#[test]
fn mutated_credit_code_fails_with_the_expected_check_character() {
    // Last character changed: the check character is named.
    let r = validate("uscc", "91330106673959654Q", &[]);
    expect(
        &r,
        1,
        &[
            "ends in Q, but with these first 17 characters it must end in P",
            "Fix:",
            "Result: not valid.",
        ],
    );
    // One digit inside changed (6 → 7 at position 9): the last character no longer fits.
    let r = validate("uscc", "91330106773959654P", &[]);
    expect(
        &r,
        1,
        &[
            "ends in P, but with these first 17 characters it must end in",
            "Result: not valid.",
        ],
    );
}

#[test]
fn credit_code_with_only_the_organisation_check_wrong() {
    // Position 17 (GB 11714 check) changed, position 18 recomputed so only the inner check fails.
    let first17 = "91110000600037342";
    let number = format!("{first17}{}", uscc::check_char(first17).unwrap());
    let r = validate("uscc", &number, &[]);
    expect(
        &r,
        1,
        &["organization code, whose last character must be 1 for the 8 before it; it is 2"],
    );
}

#[test]
fn credit_code_of_wrong_length() {
    let r = validate("uscc", "9133010667395965", &[]);
    expect(&r, 1, &["18 characters; this one has 16"]);
}

// ---- domain -------------------------------------------------------------------------------

#[test]
fn chinese_domain_prints_both_forms() {
    let r = validate("domain", "例子.中国", &[]);
    expect(
        &r,
        0,
        &[
            "xn--fsqu00a.xn--fiqs8s",
            "例子.中国",
            ".xn--fiqs8s",
            ".中国 is approved",
            "Result: valid.",
        ],
    );
}

#[test]
fn url_is_read_as_its_registrable_domain() {
    let typed = "https://www.shop.example.com.cn:8080/x";
    let r = validate("domain", typed, &[]);
    expect(
        &r,
        0,
        &[
            "Normalised: example.com.cn",
            &format!("We read “{typed}” as example.com.cn."),
            "https:// (or other scheme) part was removed",
            "port number was removed",
            "path, query or anchor",
            "subdomains were dropped",
            "Host name: www.shop.example.com.cn",
            "Registrable domain, the one you file: example.com.cn",
            "Public suffix: .com.cn",
            ".com.cn is approved",
            "Result: valid.",
        ],
    );
}

#[test]
fn plain_domain_reports_no_changes() {
    let r = validate("domain", "example.com", &[]);
    expect(
        &r,
        0,
        &[
            "Read exactly as typed",
            ".com is approved",
            "Result: valid.",
        ],
    );
}

#[test]
fn not_approved_suffix_exits_1() {
    let r = validate("domain", "example.io", &[]);
    expect(
        &r,
        1,
        &[
            "Registrable domain, the one you file: example.io",
            ".io is not approved",
            "Fix:",
            "cannot be filed",
        ],
    );
    assert!(!r.stdout.contains("Result: valid."), "{}", r.stdout);
}

#[test]
fn unlisted_suffix_exits_1() {
    let r = validate("domain", "example.zzz", &[]);
    expect(
        &r,
        1,
        &[
            ".zzz is not on the list of approved suffixes",
            "Fix:",
            "cannot be filed",
        ],
    );
}

#[test]
fn suffix_with_disputed_status_is_valid_with_a_warning() {
    // .me is `unknown` in assets/rules/tlds.yaml: the checklist shows info, not blocked.
    let r = validate("domain", "example.me", &[]);
    expect(
        &r,
        0,
        &[
            "sources disagree on whether .me is approved",
            "domain.miit.gov.cn",
        ],
    );
}

#[test]
fn restricted_suffix_names_who_may_use_it() {
    let r = validate("domain", "agency.gov.cn", &[]);
    expect(&r, 0, &[".gov.cn is reserved for", "Government"]);
}

#[test]
fn malformed_domain_lists_the_problem() {
    let r = validate("domain", "-bad-.com", &[]);
    expect(
        &r,
        1,
        &[
            "“-bad-” starts or ends with a hyphen",
            "Fix:",
            "Result: not valid.",
        ],
    );
    let r = validate("domain", "localhost", &[]);
    expect(&r, 1, &["at least one dot"]);
}

// ---- permits and passports ----------------------------------------------------------------

#[test]
fn hong_kong_residence_permit_is_recognised() {
    let r = validate("permit", "810000199001010019", &[]);
    expect(
        &r,
        0,
        &[
            "Fits: Residence Permit for Hong Kong and Macao Residents (港澳居民居住证)",
            "Normalised: 810000199001010019",
            "resident of Hong Kong",
            "1990-01-01",
            "Result: valid.",
        ],
    );
}

#[test]
fn travel_permits_are_recognised_by_shape() {
    let r = validate("permit", "H12345678", &[]);
    expect(
        &r,
        0,
        &[
            "Fits: Mainland Travel Permit for Hong Kong and Macao Residents",
            "resident of Hong Kong",
        ],
    );
    assert!(!r.stdout.contains("Taiwan"), "{}", r.stdout);
    let r = validate("permit", "12345678", &[]);
    expect(
        &r,
        0,
        &[
            "Fits: Mainland Travel Permit for Taiwan Residents",
            "resident of Taiwan",
        ],
    );
    assert!(!r.stdout.contains("Hong Kong"), "{}", r.stdout);
}

#[test]
fn passport_needs_the_document_option() {
    let r = validate("permit", "E12345678", &["--document", "passport"]);
    expect(
        &r,
        0,
        &[
            "Checked as: Passport (护照)",
            "Normalised: E12345678",
            "Result: valid.",
        ],
    );
    let r = validate("permit", "E12345678", &[]);
    expect(
        &r,
        1,
        &[
            "none of the residence permits or travel permits",
            "--document passport",
            "Result: not valid.",
        ],
    );
    let r = validate("permit", "E1234", &["--document", "passport"]);
    expect(&r, 0, &["Normalised: E1234"]);
    let r = validate("permit", "E123", &["--document", "passport"]);
    expect(&r, 1, &["5 to 20 letters and digits"]);
}

#[test]
fn residence_permit_with_the_wrong_prefix_for_its_kind() {
    let taiwan = id_number("83000019900101001");
    let r = validate(
        "permit",
        &taiwan,
        &["--document", "hk-macao-residence-permit"],
    );
    expect(
        &r,
        1,
        &["starts with 810000 or 820000; this one starts with 830000"],
    );
    let r = validate("permit", &taiwan, &[]);
    expect(
        &r,
        0,
        &[
            "Fits: Residence Permit for Taiwan Residents",
            "resident of Taiwan",
        ],
    );
}

#[test]
fn number_fitting_no_permit_explains_the_closest_one() {
    let r = validate("permit", "H1234", &[]);
    expect(
        &r,
        1,
        &[
            "looks most like the number of a Mainland Travel Permit for Hong Kong and Macao Residents",
            "“H1234” does not match",
        ],
    );
    let (number, right) = with_wrong_check("81000019900101001");
    let r = validate("permit", &number, &[]);
    expect(
        &r,
        1,
        &[
            "Residence Permit for Hong Kong and Macao Residents",
            &format!("must end in {right}"),
        ],
    );
    let r = validate("permit", "44030019850101123X", &[]);
    expect(
        &r,
        1,
        &["this one starts with 440300", "icp-prep validate id"],
    );
}

// ---- empty values, usage, help -------------------------------------------------------------

#[test]
fn empty_value_is_not_valid_for_every_kind() {
    for kind in ["domain", "id", "uscc", "permit"] {
        for value in ["", "   "] {
            let r = validate(kind, value, &[]);
            expect(
                &r,
                1,
                &[
                    "Nothing was entered",
                    &format!("icp-prep validate {kind}"),
                    "Result: not valid.",
                ],
            );
        }
    }
}

#[test]
fn usage_errors_exit_2() {
    let r = run(&["validate", "phone", "123"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("phone"), "{}", r.stderr);
    let r = run(&["validate", "id"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    let r = run(&[
        "validate",
        "id",
        "44030019850101123X",
        "--today",
        "28/11/2026",
    ]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    let r = run(&["validate", "permit", "E12345678", "--document", "visa"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    let r = run(&[
        "validate",
        "id",
        "44030019850101123X",
        "--document",
        "passport",
    ]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("--document"), "{}", r.stderr);
    assert!(r.stdout.is_empty(), "{}", r.stdout);
}

#[test]
fn help_explains_the_four_kinds_and_the_document_option() {
    let r = run(&["validate", "--help"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    for needle in [
        "domain",
        "id",
        "uscc",
        "permit",
        "--document",
        "hk-macao-residence-permit",
        "hk-macao-travel-permit",
        "taiwan-residence-permit",
        "taiwan-travel-permit",
        "passport",
        "--today",
    ] {
        assert!(
            r.stdout.contains(needle),
            "help lacks {needle}:\n{}",
            r.stdout
        );
    }
    let r = run(&["--help"]);
    assert_eq!(r.code, 0);
    assert!(r.stdout.contains("validate"), "{}", r.stdout);
}

// ---- the command's own catalogue rows ------------------------------------------------------

const SOURCE: &str = include_str!("../src/cli/validate_cmd.rs");

/// The `validate.cli.*` ids written out in the command's source (format strings excluded).
fn ids_in_source() -> Vec<&'static str> {
    SOURCE
        .match_indices("\"validate.cli.")
        .map(|(at, _)| {
            let rest = &SOURCE[at + 1..];
            &rest[..rest.find('"').unwrap()]
        })
        .filter(|id| !id.contains('{'))
        .collect()
}

#[test]
fn every_message_the_command_uses_is_in_the_catalogue() {
    let ids = ids_in_source();
    assert!(ids.len() > 20, "{ids:?}");
    for id in ids {
        assert!(
            VALIDATE.iter().any(|(row, _, _)| *row == id),
            "{id} is not in VALIDATE"
        );
    }
}

#[test]
fn every_validate_cli_row_is_used_by_the_command() {
    let literal = ids_in_source();
    for (id, _, _) in VALIDATE
        .iter()
        .filter(|(id, _, _)| id.starts_with("validate.cli."))
    {
        // Two families are built with format!: the kind names and the permit regions.
        let used = literal.contains(id)
            || id
                .strip_prefix("validate.cli.kind.")
                .is_some_and(|k| SOURCE.contains(&format!("=> \"{k}\"")))
            || id
                .strip_prefix("validate.cli.permit.region.")
                .is_some_and(|r| SOURCE.contains(&format!("Some(\"{r}\")")));
        assert!(
            used,
            "{id} is in VALIDATE but validate_cmd.rs never uses it"
        );
    }
}

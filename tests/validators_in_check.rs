//! The validators as the checklist uses them: for each kind of bad value, a session file that
//! contains it, run through `icp-prep check FILE --today 2026-11-28 --format json`, and the item
//! that must report it (id, status, and the specific reason in its detail or fix).

use std::io::Write;
use std::process::Command;

use chrono::{Datelike, NaiveDate, Weekday};
use icp_prep::validate::{resident_id, uscc};
use serde_json::Value;

const TODAY: &str = "2026-11-28";

/// Run `check` on a session file written from `yaml`; returns the exit status and the JSON.
fn check(yaml: &str) -> (i32, Value) {
    let mut file = tempfile::Builder::new()
        .suffix(".yaml")
        .tempfile()
        .expect("temp file");
    file.write_all(yaml.as_bytes()).expect("write session");
    file.flush().expect("flush session");
    let path = file.path().to_str().expect("UTF-8 temp path").to_string();
    let out = Command::new(env!("CARGO_BIN_EXE_icp-prep"))
        .args(["check", &path, "--today", TODAY, "--format", "json"])
        .output()
        .expect("run icp-prep check");
    let code = out.status.code().expect("exit status");
    let stdout = String::from_utf8(out.stdout).expect("UTF-8 stdout");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        code == 0 || code == 1,
        "check exited {code}\nsession:\n{yaml}\nstderr:\n{stderr}"
    );
    let json: Value =
        serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("JSON from check: {e}\n{stdout}"));
    (code, json)
}

fn items(json: &Value) -> &[Value] {
    json["items"].as_array().expect("items array")
}

fn find<'a>(json: &'a Value, id: &str) -> Option<&'a Value> {
    items(json).iter().find(|i| i["id"] == id)
}

#[track_caller]
fn item<'a>(json: &'a Value, id: &str) -> &'a Value {
    find(json, id).unwrap_or_else(|| {
        let ids: Vec<&str> = items(json)
            .iter()
            .filter_map(|i| i["id"].as_str())
            .collect();
        panic!("no item {id}; items: {ids:?}")
    })
}

/// Asserts the item's status and that its detail and fix together contain every needle.
#[track_caller]
fn expect_item(json: &Value, id: &str, status: &str, needles: &[&str]) {
    let it = item(json, id);
    assert_eq!(it["status"], status, "status of {id}: {it:#}");
    let text = format!(
        "{} {}",
        it["detail"].as_str().unwrap_or(""),
        it["fix"].as_str().unwrap_or("")
    );
    for needle in needles {
        assert!(text.contains(needle), "{id} lacks {needle:?}: {it:#}");
    }
}

// ---- numbers for the sessions ------------------------------------------------------------

/// A resident ID or residence permit number: 6-digit address code, YYYYMMDD, 3-digit sequence
/// and the right check character.
fn id_number(address: &str, birth: &str, sequence: &str) -> String {
    let first17 = format!("{address}{birth}{sequence}");
    assert_eq!(first17.len(), 17);
    format!("{first17}{}", resident_id::check_char(&first17).unwrap())
}

/// A credit code: authority + type + 6-digit division code, an 8-character organisation body,
/// its GB 11714 check character and the MOD 31 check character.
fn credit_code(prefix8: &str, body8: &str) -> String {
    let org = uscc::org_code_check_char(body8).unwrap();
    let first17 = format!("{prefix8}{body8}{org}");
    format!("{first17}{}", uscc::check_char(&first17).unwrap())
}

/// A guangdong-domiciled ID born on 1990-05-12.
fn guangdong_id() -> String {
    id_number("440106", "19900512", "345")
}

fn individual(province: &str, applicant_extra: &str, leader: &str) -> String {
    format!(
        "version: 1\napplicant:\n  province: {province}\n  entity_type: individual\n{applicant_extra}materials:\n  leader: {leader}\n"
    )
}

fn mainland_leader(number: &str) -> String {
    format!("{{residency: mainland, document: resident_id, number: \"{number}\"}}")
}

fn enterprise(province: &str, certificate_number: &str) -> String {
    format!(
        "version: 1\napplicant:\n  province: {province}\n  entity_type: enterprise\nmaterials:\n  entity_certificate: {{type: business_license, number: \"{certificate_number}\"}}\n"
    )
}

fn domain_session(entry: &str) -> String {
    format!(
        "version: 1\napplicant:\n  province: guangdong\n  entity_type: enterprise\ndomains:\n  - {entry}\n"
    )
}

// ---- resident ID numbers -------------------------------------------------------------------

#[test]
fn wrong_resident_id_check_character_blocks_the_certificate() {
    let good = guangdong_id();
    let right = good.chars().last().unwrap();
    let wrong = if right == '1' { '2' } else { '1' };
    let number = format!("{}{wrong}", &good[..17]);
    let (code, json) = check(&individual("guangdong", "", &mainland_leader(&number)));
    assert_eq!(code, 1);
    expect_item(
        &json,
        "materials.leader_certificate",
        "blocked",
        &[
            &format!("ends in {wrong}"),
            &format!("must end in {right}"),
            &format!("last character must be {right}"),
        ],
    );
    // A number that fails its check says nothing about the domicile.
    expect_item(&json, "regulations.domicile", "todo", &[]);
}

#[test]
fn resident_id_born_after_today_blocks_the_certificate() {
    let number = id_number("440106", "20270101", "345");
    let (_, json) = check(&individual("guangdong", "", &mainland_leader(&number)));
    expect_item(
        &json,
        "materials.leader_certificate",
        "blocked",
        &["2027-01-01", "in the future", "characters 7 to 14"],
    );
}

#[test]
fn valid_resident_id_gives_the_domicile() {
    let (_, json) = check(&individual(
        "guangdong",
        "",
        &mainland_leader(&guangdong_id()),
    ));
    expect_item(
        &json,
        "regulations.domicile",
        "done",
        &["Guangdong (广东省)"],
    );
    let cert = item(&json, "materials.leader_certificate");
    assert_ne!(cert["status"], "blocked", "{cert:#}");
}

// ---- permits -------------------------------------------------------------------------------

#[test]
fn hong_kong_residence_permit_with_a_taiwan_prefix_is_blocked() {
    let number = id_number("830000", "19900101", "001");
    let leader = format!(
        "{{residency: hong_kong, document: hk_macao_residence_permit, number: \"{number}\"}}"
    );
    let (_, json) = check(&individual("guangdong", "", &leader));
    expect_item(
        &json,
        "materials.leader_certificate",
        "blocked",
        &[
            "starts with 810000 or 820000; this one starts with 830000",
            "830000 Taiwan residence permits",
        ],
    );
}

#[test]
fn hong_kong_residence_permit_with_its_own_prefix_passes_the_number_check() {
    let number = id_number("810000", "19900101", "001");
    let leader = format!(
        "{{residency: hong_kong, document: hk_macao_residence_permit, number: \"{number}\"}}"
    );
    let (_, json) = check(&individual("guangdong", "", &leader));
    let cert = item(&json, "materials.leader_certificate");
    assert_ne!(cert["status"], "blocked", "{cert:#}");
}

#[test]
fn travel_permit_in_the_wrong_format_is_blocked() {
    let leader = "{residency: hong_kong, document: hk_macao_travel_permit, number: \"H1234\"}";
    let (_, json) = check(&individual("guangdong", "", leader));
    expect_item(
        &json,
        "materials.leader_certificate",
        "blocked",
        &["“H1234” does not match", "H (Hong Kong) or M (Macao)"],
    );

    let leader = "{residency: taiwan, document: taiwan_travel_permit, number: \"1234567\"}";
    let (_, json) = check(&individual("guangdong", "", leader));
    expect_item(
        &json,
        "materials.leader_certificate",
        "blocked",
        &["“1234567” does not match", "8-digit number"],
    );
}

// ---- credit codes --------------------------------------------------------------------------

#[test]
fn wrong_credit_code_check_character_blocks_the_entity_certificate() {
    let good = credit_code("91440300", "MA5D0B1C");
    assert_eq!(good, "91440300MA5D0B1C2R", "the example in DESIGN.md");
    let number = "91440300MA5D0B1C2Q";
    let (code, json) = check(&enterprise("guangdong", number));
    assert_eq!(code, 1);
    expect_item(
        &json,
        "materials.entity_certificate",
        "blocked",
        &["ends in Q", "must end in R", "last one must be R"],
    );
}

#[test]
fn credit_code_whose_only_error_is_the_organisation_check() {
    // Position 17 is wrong for positions 9–16; position 18 is recomputed to fit, so only the
    // GB 11714 check can catch it.
    let body = "MA5D0B1C";
    let right = uscc::org_code_check_char(body).unwrap();
    let wrong = if right == '3' { '4' } else { '3' };
    let first17 = format!("91440300{body}{wrong}");
    let number = format!("{first17}{}", uscc::check_char(&first17).unwrap());
    let (_, json) = check(&enterprise("guangdong", &number));
    expect_item(
        &json,
        "materials.entity_certificate",
        "blocked",
        &[
            "organization code",
            &format!("must be {right} for the 8 before it; it is {wrong}"),
        ],
    );
    let it = item(&json, "materials.entity_certificate");
    assert!(
        !it["detail"].as_str().unwrap().contains("ends in"),
        "the final check passes: {it:#}"
    );
}

// ---- where the applicant may file ----------------------------------------------------------

#[test]
fn organisation_files_where_its_credit_code_was_issued() {
    let hubei = credit_code("91420100", "MA4K1234");
    let (code, json) = check(&enterprise("sichuan", &hubei));
    assert_eq!(code, 1);
    expect_item(
        &json,
        "regulations.organisation-province",
        "blocked",
        &["Hubei (湖北省)", "Sichuan (四川省)"],
    );
    let cert = item(&json, "materials.entity_certificate");
    assert_ne!(
        cert["status"], "blocked",
        "the code itself is valid: {cert:#}"
    );

    let (_, json) = check(&enterprise("hubei", &hubei));
    expect_item(
        &json,
        "regulations.organisation-province",
        "done",
        &["Hubei (湖北省)"],
    );
}

#[test]
fn guangdong_id_filing_in_fujian_without_a_residence_permit() {
    let leader = mainland_leader(&guangdong_id());
    let (code, json) = check(&individual(
        "fujian",
        "  has_residence_permit: false\n",
        &leader,
    ));
    assert_eq!(code, 1);
    expect_item(
        &json,
        "regulations.cross-province",
        "blocked",
        &["Guangdong (广东省)", "Fujian (福建省)", "residence permit"],
    );
    expect_item(
        &json,
        "materials.residence_permit",
        "blocked",
        &["Guangdong (广东省)", "Fujian (福建省)"],
    );
}

#[test]
fn guangdong_id_filing_in_fujian_with_a_residence_permit() {
    let leader = mainland_leader(&guangdong_id());
    let yaml = individual("fujian", "  has_residence_permit: true\n", &leader);
    let (_, json) = check(&yaml);
    expect_item(&json, "regulations.cross-province", "done", &[]);
    // The permit is still a material to upload: todo until prepared, done once it is.
    expect_item(
        &json,
        "materials.residence_permit",
        "todo",
        &["Guangdong (广东省)"],
    );
    let prepared = format!("{yaml}  prepared: [residence_permit]\n");
    let (_, json) = check(&prepared);
    expect_item(&json, "materials.residence_permit", "done", &[]);
}

#[test]
fn guangdong_id_filing_in_fujian_with_the_permit_question_unanswered() {
    let leader = mainland_leader(&guangdong_id());
    let (_, json) = check(&individual("fujian", "", &leader));
    expect_item(
        &json,
        "regulations.cross-province",
        "todo",
        &["Guangdong (广东省)", "Fujian (福建省)"],
    );
}

#[test]
fn stated_domicile_that_contradicts_the_id_is_blocked() {
    let leader = mainland_leader(&guangdong_id());
    let (code, json) = check(&individual(
        "beijing",
        "  domicile_province: beijing\n",
        &leader,
    ));
    assert_eq!(code, 1);
    expect_item(
        &json,
        "regulations.domicile",
        "blocked",
        &["Beijing (北京市)", "Guangdong (广东省)"],
    );
}

// ---- domain names --------------------------------------------------------------------------

#[test]
fn url_typed_as_the_domain_is_read_as_its_registrable_domain() {
    let (_, json) = check(&domain_session("{name: \"https://WWW.Example.COM/path\"}"));
    expect_item(
        &json,
        "domain.example.com.name",
        "done",
        &["https://WWW.Example.COM/path", "example.com"],
    );
    expect_item(&json, "domain.example.com.suffix", "done", &[]);
}

#[test]
fn malformed_domain_name_is_blocked() {
    let (_, json) = check(&domain_session("{name: \"-bad-.com\"}"));
    expect_item(
        &json,
        "domain.-bad-.com.name",
        "blocked",
        &["-bad-", "hyphen"],
    );
}

#[test]
fn unlisted_suffix_is_blocked() {
    // .zzz is not in assets/rules/tlds.yaml (nor a real top-level domain).
    let (_, json) = check(&domain_session("{name: example.zzz}"));
    expect_item(&json, "domain.example.zzz.name", "done", &[]);
    expect_item(&json, "domain.example.zzz.suffix", "blocked", &[".zzz"]);
    // .io is listed as not approved.
    let (_, json) = check(&domain_session("{name: example.io}"));
    expect_item(
        &json,
        "domain.example.io.suffix",
        "blocked",
        &[".io", "not approved"],
    );
}

#[test]
fn real_name_verified_two_days_ago_must_wait_three_working_days() {
    let verified = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    assert_eq!(verified.weekday(), Weekday::Thu);
    assert_eq!(today.weekday(), Weekday::Sat);
    // Three working days after Thursday 26: Fri 27, Mon 30, Tue 1 December.
    let entry = "{name: example.com, real_name_verified: true, real_name_verified_on: 2026-11-26}";
    let (code, json) = check(&domain_session(entry));
    assert_eq!(code, 1);
    expect_item(
        &json,
        "domain.example.com.real-name-delay",
        "todo",
        &["2026-11-26", "Submit on or after 2026-12-01"],
    );

    // Verified on Monday 23: Tue, Wed, Thu → from Thursday 26, before today: no wait item.
    let entry = "{name: example.com, real_name_verified: true, real_name_verified_on: 2026-11-23}";
    let (_, json) = check(&domain_session(entry));
    assert!(
        find(&json, "domain.example.com.real-name-delay").is_none(),
        "{json:#}"
    );
    expect_item(&json, "domain.example.com.real-name", "done", &[]);
}

// ---- dates on documents --------------------------------------------------------------------

#[test]
fn document_valid_until_yesterday_is_blocked() {
    let leader = format!(
        "{{residency: mainland, document: resident_id, number: \"{}\", valid_until: 2026-11-27}}",
        guangdong_id()
    );
    let (_, json) = check(&individual("guangdong", "", &leader));
    expect_item(
        &json,
        "materials.leader_certificate",
        "blocked",
        &["expired on 2026-11-27", "Renew"],
    );

    let yaml = format!(
        "version: 1\napplicant:\n  province: guangdong\n  entity_type: enterprise\nmaterials:\n  entity_certificate: {{type: business_license, number: \"{}\", valid_until: 2026-01-31}}\n",
        credit_code("91440300", "MA5D0B1C")
    );
    let (_, json) = check(&yaml);
    expect_item(
        &json,
        "materials.entity_certificate",
        "blocked",
        &["expired on 2026-01-31"],
    );
}

#[test]
fn document_valid_until_today_is_not_expired() {
    let leader = format!(
        "{{residency: mainland, document: resident_id, number: \"{}\", valid_until: {TODAY}}}",
        guangdong_id()
    );
    let (_, json) = check(&individual("guangdong", "", &leader));
    let cert = item(&json, "materials.leader_certificate");
    // not expired; Guangdong's own "valid for more than 3 months" (dated) may still block
    let detail = cert["detail"].as_str().unwrap();
    assert!(!detail.contains("expired on"), "{cert:#}");
    assert!(detail.contains("more than 3 months"), "{cert:#}");
}

// ---- minimum age ---------------------------------------------------------------------------

/// Hebei's minimum age in assets/rules/provinces.yaml is 18 with no exception (`dated`, so it
/// may block); the ID is Hebei's too, so no cross-province item interferes.
fn hebei_individual_born(birth: &str) -> Value {
    let number = id_number("130102", birth, "345");
    check(&individual("hebei", "", &mainland_leader(&number))).1
}

#[test]
fn younger_than_the_provinces_minimum_age_is_blocked() {
    // Turns 18 on 2026-11-29, the day after TODAY.
    let json = hebei_individual_born("20081129");
    expect_item(
        &json,
        "regulations.min-age",
        "blocked",
        &["is 17", "at least 18", "Hebei (河北省)"],
    );
}

#[test]
fn of_the_provinces_minimum_age_is_done() {
    // Turns 18 on TODAY.
    let json = hebei_individual_born("20081128");
    expect_item(
        &json,
        "regulations.min-age",
        "done",
        &["is 18", "at least 18"],
    );
    let json = hebei_individual_born("19900512");
    expect_item(&json, "regulations.min-age", "done", &["is 36"]);
}

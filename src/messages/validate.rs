//! English texts of the problems found by `crate::validate`.
//!
//! Each row is (message id, template). `{name}` placeholders are filled from the arguments the
//! problem's `Explain::message` returns; a `.fix` message uses the same arguments. A test in
//! `crate::validate` checks that every id a problem can return is here, that every placeholder
//! has an argument, and that nothing here is unused.

pub const VALIDATE: &[(&str, &str)] = &[
    // Resident ID numbers and the 18-character numbers on residence permits.
    (
        "validate.id.length",
        "An ID number has 18 characters; this one has {found}.",
    ),
    (
        "validate.id.length.fix",
        "Copy the number again from the card: 17 digits followed by a digit or the letter X.",
    ),
    (
        "validate.id.bad-character",
        "Character {position} of the ID number is “{found}”; only digits are allowed there (the letter X only as the 18th character).",
    ),
    (
        "validate.id.bad-character.fix",
        "Check the number against the card and correct character {position}.",
    ),
    (
        "validate.id.wrong-check",
        "The ID number ends in {found}, but with these first 17 digits it must end in {expected}, so one of the characters is mistyped.",
    ),
    (
        "validate.id.wrong-check.fix",
        "Check the number against the card: with these first 17 digits the last character must be {expected}. If the card really ends in {found}, one of the first 17 digits is wrong.",
    ),
    (
        "validate.id.impossible-birth-date",
        "Characters 7 to 14 of the ID number are the date of birth (year, month, day), but {raw} is not a real date.",
    ),
    (
        "validate.id.birth-too-early",
        "The ID number gives {birth} as the date of birth, which is before 1900.",
    ),
    (
        "validate.id.birth-in-future",
        "The ID number gives {birth} as the date of birth, which is in the future.",
    ),
    (
        "validate.id.birth-date.fix",
        "Check characters 7 to 14 against the date of birth printed on the card.",
    ),
    (
        "validate.id.unknown-province",
        "The ID number starts with {code}, which is not the code of a mainland province, autonomous region or municipality.",
    ),
    (
        "validate.id.unknown-province.fix",
        "Check the first two digits against the card. Hong Kong, Macao and Taiwan residents use a residence permit or travel permit instead of a resident ID card.",
    ),
    (
        "validate.id.residence-permit-number",
        "Numbers starting with {prefix} belong to residence permits for Hong Kong, Macao or Taiwan residents, not to mainland resident ID cards.",
    ),
    (
        "validate.id.residence-permit-number.fix",
        "Choose the residence permit as the document type, or enter the number of the resident ID card.",
    ),
    // Unified Social Credit Codes.
    (
        "validate.uscc.length",
        "A unified social credit code has 18 characters; this one has {found}.",
    ),
    (
        "validate.uscc.length.fix",
        "Copy the code again from the business licence or registration certificate.",
    ),
    (
        "validate.uscc.bad-character",
        "Character {position} of the credit code is “{found}”, which never appears in credit codes: they use digits and capital letters except I, O, S, V and Z.",
    ),
    (
        "validate.uscc.bad-character.fix",
        "Check character {position} against the certificate; a letter O is usually the digit 0, and I the digit 1.",
    ),
    (
        "validate.uscc.wrong-check",
        "The credit code ends in {found}, but with these first 17 characters it must end in {expected}, so one of the characters is mistyped.",
    ),
    (
        "validate.uscc.wrong-check.fix",
        "Check the code against the certificate: with these first 17 characters the last one must be {expected}. If the certificate really ends in {found}, one of the first 17 characters is wrong.",
    ),
    (
        "validate.uscc.wrong-org-check",
        "Characters 9 to 17 of the credit code are the organization code, whose last character must be {expected} for the 8 before it; it is {found}.",
    ),
    (
        "validate.uscc.wrong-org-check.fix",
        "Check characters 9 to 17 against the certificate; one of them is probably mistyped.",
    ),
    (
        "validate.uscc.bad-division-code",
        "Characters 3 to 8 of the credit code are the area code of the registering authority (six digits starting with a mainland province code), but they are {code}.",
    ),
    (
        "validate.uscc.bad-division-code.fix",
        "Check characters 3 to 8 against the certificate.",
    ),
    // Other identity documents.
    (
        "validate.document.wrong-prefix.hk-macao-residence-permit",
        "The number on a residence permit for Hong Kong and Macao residents starts with {expected}; this one starts with {found}.",
    ),
    (
        "validate.document.wrong-prefix.taiwan-residence-permit",
        "The number on a residence permit for Taiwan residents starts with {expected}; this one starts with {found}.",
    ),
    (
        "validate.document.wrong-prefix.fix",
        "Check that you chose the right document type: numbers starting with 810000 or 820000 are Hong Kong and Macao residence permits, 830000 Taiwan residence permits, and other numbers mainland resident ID cards.",
    ),
    (
        "validate.document.format.hk-macao-travel-permit",
        "A Mainland Travel Permit for Hong Kong and Macao Residents has H (Hong Kong) or M (Macao) followed by 8 digits, or by 10 digits when the 2-digit issue count is included; permanent residents who are not Chinese citizens have HA or MA followed by 7 digits. “{found}” does not match.",
    ),
    (
        "validate.document.format.taiwan-travel-permit",
        "A Mainland Travel Permit for Taiwan Residents has an 8-digit number (older permits: 10 digits). “{found}” does not match.",
    ),
    (
        "validate.document.format.passport",
        "A passport number has 5 to 20 letters and digits and nothing else. “{found}” does not match.",
    ),
    (
        "validate.document.format",
        "“{found}” is not a number of this kind of document.",
    ),
    (
        "validate.document.format.fix",
        "Copy the number again from the document, leaving out brackets, dashes and any other characters that are not part of it, and check that you chose the right document type.",
    ),
    // Domain names.
    ("validate.domain.empty", "No domain name was entered."),
    (
        "validate.domain.too-long",
        "A domain name can have at most 253 characters; this one has {len} (counted in its ASCII form, where Chinese characters take several).",
    ),
    (
        "validate.domain.label-too-long",
        "Each part of a domain name between dots can have at most 63 characters; “{label}” has {len} (counted in its ASCII form).",
    ),
    (
        "validate.domain.empty-label",
        "The domain name has two dots in a row, or starts with a dot.",
    ),
    (
        "validate.domain.bad-character",
        "“{label}” contains “{ch}”; a domain name can only contain letters, digits, hyphens and the dots between its parts.",
    ),
    (
        "validate.domain.hyphen-at-edge",
        "“{label}” starts or ends with a hyphen, which domain names do not allow.",
    ),
    (
        "validate.domain.double-hyphen",
        "“{label}” has two hyphens as its 3rd and 4th characters, which domain names reserve for encoded names starting with xn--.",
    ),
    (
        "validate.domain.single-label",
        "A domain name has at least one dot, such as example.com or 例子.中国.",
    ),
    (
        "validate.domain.ip-address",
        "This is an IP address, not a domain name. ICP filings are made for domain names.",
    ),
    (
        "validate.domain.ip-address.fix",
        "Enter the domain name that points to this server.",
    ),
    (
        "validate.domain.only-suffix",
        "“{suffix}” is a public suffix that others register names under, not a domain of your own.",
    ),
    (
        "validate.domain.idna",
        "“{detail}” cannot be converted to an internationalized domain name; it contains characters that are not allowed, or a malformed xn-- part.",
    ),
    (
        "validate.domain.enter-full-domain.fix",
        "Enter the full domain name you registered, such as example.com or example.com.cn.",
    ),
    (
        "validate.domain.check-spelling.fix",
        "Check the spelling against the domain's registration record.",
    ),
    ("validate.domain.read-as", "We read “{input}” as {domain}."),
    (
        "validate.domain.change.full-width",
        "Full-width characters were converted to ordinary ones.",
    ),
    (
        "validate.domain.change.scheme",
        "The https:// (or other scheme) part was removed.",
    ),
    (
        "validate.domain.change.user-info",
        "The part before the @ was removed.",
    ),
    (
        "validate.domain.change.path",
        "The part after the domain name (path, query or anchor) was removed.",
    ),
    (
        "validate.domain.change.port",
        "The port number was removed.",
    ),
    (
        "validate.domain.change.trailing-dot",
        "The dot at the end was removed.",
    ),
    (
        "validate.domain.change.lowercased",
        "Capital letters were changed to lower case; domain names do not distinguish them.",
    ),
    (
        "validate.domain.change.punycode",
        "The Chinese or other non-ASCII characters were also checked in their ASCII (punycode) form.",
    ),
    (
        "validate.domain.change.subdomain",
        "www. and other subdomains were dropped: the filing is for the registered domain.",
    ),
    // `icp-prep validate` (src/cli/validate_cmd.rs).
    ("validate.cli.checking", "Checking {kind}: “{input}”"),
    ("validate.cli.kind.domain", "a domain name"),
    ("validate.cli.kind.id", "a mainland resident ID number"),
    ("validate.cli.kind.uscc", "a unified social credit code"),
    ("validate.cli.kind.permit", "a permit or passport number"),
    (
        "validate.cli.document-without-permit",
        "--document only applies to `icp-prep validate permit`, not to {kind}.",
    ),
    (
        "validate.cli.empty",
        "Nothing was entered: the value to check is empty.",
    ),
    (
        "validate.cli.empty.fix",
        "Pass the value after the kind, in quotes if it contains spaces: icp-prep validate {kind} \"VALUE\".",
    ),
    ("validate.cli.valid", "Result: valid."),
    ("validate.cli.invalid", "Result: not valid."),
    (
        "validate.cli.not-fileable",
        "Result: a well-formed domain name, but it cannot be filed with this suffix.",
    ),
    ("validate.cli.problem", "Problem: {problem}"),
    ("validate.cli.fix", "Fix: {fix}"),
    ("validate.cli.list-item", "  - {item}"),
    ("validate.cli.normalised", "Normalised: {value}"),
    (
        "validate.cli.domain.unchanged",
        "Read exactly as typed; nothing needed changing.",
    ),
    (
        "validate.cli.domain.changes",
        "Read as typed, with this note:",
    ),
    (
        "validate.cli.domain.host",
        "Host name: {ascii} (Unicode: {unicode})",
    ),
    (
        "validate.cli.domain.registrable",
        "Registrable domain, the one you file: {ascii} (Unicode: {unicode})",
    ),
    (
        "validate.cli.domain.suffix",
        "Public suffix: .{ascii} (Unicode: .{unicode})",
    ),
    (
        "validate.cli.domain.suffix-not-in-psl",
        "Public suffix: .{ascii} (Unicode: .{unicode}); the public suffix list does not know it, so the last part was taken as the suffix.",
    ),
    (
        "validate.cli.tld.approved",
        "MIIT suffix list: .{suffix} is approved for ICP filings.",
    ),
    (
        "validate.cli.tld.not-approved",
        "MIIT suffix list: .{suffix} is not approved, so {domain} cannot be filed.",
    ),
    (
        "validate.cli.tld.not-approved.fix",
        "Register and file a domain with an approved suffix such as .cn or .com, or host the site outside the mainland (then no filing is needed).",
    ),
    (
        "validate.cli.tld.unlisted",
        "MIIT suffix list: .{suffix} is not on the list of approved suffixes as we know it, so {domain} cannot be filed.",
    ),
    (
        "validate.cli.tld.unlisted.fix",
        "Use a domain with an approved suffix such as .cn or .com, or check domain.miit.gov.cn if you believe .{suffix} was approved recently.",
    ),
    (
        "validate.cli.tld.unknown",
        "MIIT suffix list: sources disagree on whether .{suffix} is approved.",
    ),
    (
        "validate.cli.tld.unknown.fix",
        "Check domain.miit.gov.cn before you file; if in doubt use .cn or .com.",
    ),
    (
        "validate.cli.tld.restricted",
        "MIIT suffix list: .{suffix} is reserved for {allowed}; other applicants cannot file it.",
    ),
    (
        "validate.cli.tld.restricted-soft",
        "MIIT suffix list: .{suffix} is meant for {allowed}; registrars note it, but filings by others are not known to be refused.",
    ),
    ("validate.cli.tld.notes", "Note: {notes}"),
    (
        "validate.cli.id.province",
        "Province of the registered domicile: {province} (address code {code})",
    ),
    (
        "validate.cli.id.birth",
        "Date of birth: {birth} (age {age} on {today})",
    ),
    ("validate.cli.id.sex", "Sex: {sex}"),
    ("validate.cli.id.male", "male"),
    ("validate.cli.id.female", "female"),
    (
        "validate.cli.uscc.division",
        "Area code of the registering authority: {code}, in {province}",
    ),
    (
        "validate.cli.uscc.national",
        "Area code of the registering authority: {code}, the national level (registered with a central authority, not a province)",
    ),
    (
        "validate.cli.uscc.division-code",
        "Area code of the registering authority: {code}",
    ),
    (
        "validate.cli.uscc.organisation-code",
        "Organization code (GB 11714): {code}",
    ),
    (
        "validate.cli.uscc.codes",
        "Registration authority code: {authority}; entity type code: {type}",
    ),
    ("validate.cli.permit.checked-as", "Checked as: {document}"),
    ("validate.cli.permit.fits", "Fits: {document}"),
    (
        "validate.cli.permit.closest",
        "It fits none of the residence permits or travel permits; it looks most like the number of a {document}, checked as that:",
    ),
    (
        "validate.cli.permit.other-document",
        "If it is from another document, name it with --document (passport numbers are only checked with --document passport).",
    ),
    (
        "validate.cli.permit.looks-like-id",
        "It starts with the code of a mainland province, like a mainland resident ID number: check that with icp-prep validate id.",
    ),
    (
        "validate.cli.permit.none",
        "“{found}” has the shape of none of the residence permits or travel permits for Hong Kong, Macao and Taiwan residents: 18 characters starting 810000, 820000 or 830000; H or M followed by 8 or 10 digits; or 8 or 10 digits.",
    ),
    (
        "validate.cli.permit.none.fix",
        "Copy the number again from the document. If it is a passport number, check it with --document passport.",
    ),
    (
        "validate.cli.permit.region.hong-kong",
        "Issued to a resident of Hong Kong.",
    ),
    (
        "validate.cli.permit.region.macao",
        "Issued to a resident of Macao.",
    ),
    (
        "validate.cli.permit.region.taiwan",
        "Issued to a resident of Taiwan.",
    ),
    (
        "validate.cli.permit.region.non-chinese-permanent",
        "Issued to a permanent resident of Hong Kong or Macao who is not a Chinese citizen.",
    ),
];

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
];

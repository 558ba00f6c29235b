//! `icp-prep validate KIND VALUE`: check one typed value the way the checklist does, and say
//! what was read (normalised forms, the province in a number, the suffix's MIIT status).
//!
//! Holds no rule logic: the checks are `crate::validate`, the suffix list is the knowledge
//! base, and every sentence comes from the message catalogue.

use chrono::NaiveDate;
use clap::{Args, ValueEnum};

use super::exit;
use crate::knowledge::{Knowledge, TldStatus};
use crate::messages;
use crate::session::{CertificateType, Language};
use crate::validate::{
    self, DocumentKind, Explain, MessageArgs, dates, domain as vdomain, permit, resident_id, uscc,
};

/// Exit statuses of `validate` (usage errors are clap's 2).
const VALID: u8 = 0;
const INVALID: u8 = 1;

/// What kind of value to check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Kind {
    /// A domain name as you would paste it (a URL, `www.` or capitals are fine): shows the
    /// registrable domain in ASCII and Unicode and whether MIIT approved its suffix.
    Domain,
    /// A mainland Resident Identity Card number (居民身份证号码): province, date of birth, sex.
    Id,
    /// A unified social credit code (统一社会信用代码) from a business licence or certificate.
    Uscc,
    /// A residence permit, travel permit or passport number; see --document.
    Permit,
    /// An ICP filing number (ICP备案号) of an entity (粤ICP备12345678号) or one of its websites
    /// (…号-1): the province that issued it.
    Icp,
}

/// The documents `permit` can check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PermitDocument {
    /// Residence Permit for Hong Kong and Macao Residents (港澳居民居住证), 810000/820000…
    HkMacaoResidencePermit,
    /// Mainland Travel Permit for Hong Kong and Macao Residents (港澳居民来往内地通行证), H/M…
    HkMacaoTravelPermit,
    /// Residence Permit for Taiwan Residents (台湾居民居住证), 830000…
    TaiwanResidencePermit,
    /// Mainland Travel Permit for Taiwan Residents (台湾居民来往大陆通行证), 8 or 10 digits.
    TaiwanTravelPermit,
    /// Any passport: 5 to 20 letters and digits.
    Passport,
}

impl PermitDocument {
    fn kind(self) -> DocumentKind {
        match self {
            PermitDocument::HkMacaoResidencePermit => DocumentKind::HkMacaoResidencePermit,
            PermitDocument::HkMacaoTravelPermit => DocumentKind::HkMacaoTravelPermit,
            PermitDocument::TaiwanResidencePermit => DocumentKind::TaiwanResidencePermit,
            PermitDocument::TaiwanTravelPermit => DocumentKind::TaiwanTravelPermit,
            PermitDocument::Passport => DocumentKind::Passport,
        }
    }
}

/// The permits tried when `--document` is not given (passports have no fixed format, so
/// almost anything would "fit" one).
const PERMITS: [DocumentKind; 4] = [
    DocumentKind::HkMacaoResidencePermit,
    DocumentKind::HkMacaoTravelPermit,
    DocumentKind::TaiwanResidencePermit,
    DocumentKind::TaiwanTravelPermit,
];

#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// What VALUE is: domain, id (mainland resident ID), uscc (credit code) or permit.
    #[arg(value_enum)]
    pub kind: Kind,
    /// The value as typed; quote it if it contains spaces. Spaces, full-width characters and
    /// lower case are accepted.
    #[arg(allow_hyphen_values = true)]
    pub value: String,
    /// For `permit`: the document the number is from. Without it the number is tried as each
    /// residence permit and travel permit, and the one it fits is named; a passport number has
    /// no fixed format and is only checked with `--document passport`.
    #[arg(long, value_enum, value_name = "DOCUMENT")]
    pub document: Option<PermitDocument>,
}

pub fn run(args: &ValidateArgs, today: NaiveDate) -> u8 {
    let lang = super::lang::hint();
    if args.document.is_some() && args.kind != Kind::Permit {
        let kind = kind_id(args.kind).to_string();
        let msg = messages::format(
            lang,
            "validate.cli.document-without-permit",
            &[("kind", kind)],
        );
        super::say::err(&messages::error_line(lang, &msg));
        return exit::UNUSABLE;
    }
    let k = match super::rules::load(lang) {
        Ok(k) => k,
        Err(msg) => {
            super::say::err(&messages::error_line(lang, &msg));
            return exit::UNUSABLE;
        }
    };
    let mut out = Out {
        lang,
        text: String::new(),
    };
    let kind = out.t(&format!("validate.cli.kind.{}", kind_id(args.kind)), &[]);
    out.line(
        "validate.cli.checking",
        &[("kind", kind), ("input", args.value.clone())],
    );
    let verdict = if args.value.trim().is_empty() {
        let a = vec![("kind", kind_id(args.kind).to_string())];
        out.problem_ids("validate.cli.empty", Some("validate.cli.empty.fix"), &a);
        Verdict::Invalid
    } else {
        match args.kind {
            Kind::Domain => domain(&mut out, k, &args.value),
            Kind::Id => id(&mut out, k, &args.value, today),
            Kind::Uscc => credit_code(&mut out, k, &args.value),
            Kind::Permit => permit_number(&mut out, k, &args.value, args.document, today),
            Kind::Icp => icp(&mut out, k, &args.value),
        }
    };
    let (id, code) = match verdict {
        Verdict::Valid => ("validate.cli.valid", VALID),
        Verdict::Invalid => ("validate.cli.invalid", INVALID),
        Verdict::NotFileable => ("validate.cli.not-fileable", INVALID),
    };
    out.line(id, &[]);
    // A closed pipe (`| head`) is not an error worth a panic.
    super::say::out_raw(&messages::printable_lines(&out.text));
    code
}

fn kind_id(kind: Kind) -> &'static str {
    match kind {
        Kind::Domain => "domain",
        Kind::Id => "id",
        Kind::Uscc => "uscc",
        Kind::Permit => "permit",
        Kind::Icp => "icp",
    }
}

enum Verdict {
    Valid,
    Invalid,
    /// A well-formed domain whose suffix cannot be filed.
    NotFileable,
}

/// The report being written, one catalogue message per line.
struct Out {
    lang: Language,
    text: String,
}

impl Out {
    fn t(&self, id: &str, args: &[(&str, String)]) -> String {
        messages::format(self.lang, id, args)
    }

    fn line(&mut self, id: &str, args: &[(&str, String)]) {
        let s = self.t(id, args);
        self.text.push_str(&s);
        self.text.push('\n');
    }

    fn problem_ids(&mut self, id: &str, fix: Option<&str>, args: &[(&str, String)]) {
        let problem = self.t(id, args);
        self.line("validate.cli.problem", &[("problem", problem)]);
        if let Some(fix) = fix {
            let fix = self.t(fix, args);
            self.line("validate.cli.fix", &[("fix", fix)]);
        }
    }

    fn problem(&mut self, p: &dyn Explain) {
        let (id, args) = p.message();
        self.problem_ids(id, p.fix(), &args);
    }
}

/// "Guangdong (广东省)" (in Chinese "广东省") for a two-digit province code.
fn province_name(k: &Knowledge, code: &str, lang: Language) -> Option<String> {
    k.province_by_code(code)
        .map(|p| messages::name(lang, &p.en, &p.zh))
}

fn icp(out: &mut Out, k: &Knowledge, value: &str) -> Verdict {
    use crate::validate::icp_number::{self, IcpKind};
    match icp_number::validate(value, &k.icp_prefixes(), IcpKind::Any) {
        Err(p) => {
            out.problem(&p);
            Verdict::Invalid
        }
        Ok(n) => {
            out.line("validate.cli.normalised", &[("value", n.number.clone())]);
            let province = k
                .province(n.province)
                .map(|p| messages::name(out.lang, &p.en, &p.zh))
                .unwrap_or_else(|| n.province.to_string());
            out.line("validate.cli.icp.province", &[("province", province)]);
            match n.site {
                Some(site) => out.line(
                    "validate.cli.icp.site",
                    &[("entity", n.entity.clone()), ("site", site.to_string())],
                ),
                None => out.line("validate.cli.icp.entity", &[]),
            }
            Verdict::Valid
        }
    }
}

fn domain(out: &mut Out, k: &Knowledge, value: &str) -> Verdict {
    let d = match vdomain::normalize(value) {
        Ok(d) => d,
        Err(problems) => {
            problems.iter().for_each(|p| out.problem(p));
            return Verdict::Invalid;
        }
    };
    out.line(
        "validate.cli.normalised",
        &[("value", d.registrable_unicode.clone())],
    );
    if d.changes.is_empty() {
        out.line("validate.cli.domain.unchanged", &[]);
    } else {
        let typed = d.input.trim();
        if typed == d.registrable_unicode || typed == d.registrable_ascii {
            out.line("validate.cli.domain.changes", &[]);
        } else {
            let (id, args) = d.read_as_message();
            out.line(id, &args);
        }
        for change in &d.changes {
            let text = out.t(change.message_id(), &[]);
            out.line("validate.cli.list-item", &[("item", text)]);
        }
    }
    let forms = |ascii: &str, unicode: &str| {
        vec![
            ("ascii", ascii.to_string()),
            ("unicode", unicode.to_string()),
        ]
    };
    out.line("validate.cli.domain.host", &forms(&d.ascii, &d.unicode));
    out.line(
        "validate.cli.domain.registrable",
        &forms(&d.registrable_ascii, &d.registrable_unicode),
    );
    let suffix = forms(&d.public_suffix_ascii, &d.public_suffix_unicode);
    let psl = if d.public_suffix_known {
        "validate.cli.domain.suffix"
    } else {
        "validate.cli.domain.suffix-not-in-psl"
    };
    out.line(psl, &suffix);
    suffix_status(out, k, &d)
}

/// The suffix against the knowledge base's MIIT whitelist: unlisted and not-approved suffixes
/// cannot be filed (the checklist blocks them); unknown and restricted ones are reported.
fn suffix_status(out: &mut Out, k: &Knowledge, d: &vdomain::Domain) -> Verdict {
    let candidates = vdomain::suffix_candidates(&d.registrable_ascii);
    let mut args: MessageArgs = vec![("domain", d.registrable_unicode.clone())];
    let Some(tld) = k.tld_for(candidates.iter().map(String::as_str)) else {
        args.push(("suffix", d.public_suffix_unicode.clone()));
        out.problem_ids(
            "validate.cli.tld.unlisted",
            Some("validate.cli.tld.unlisted.fix"),
            &args,
        );
        return Verdict::NotFileable;
    };
    args.push(("suffix", tld.unicode.clone()));
    let notes = crate::knowledge::pick(
        out.lang,
        tld.notes.as_deref().unwrap_or_default(),
        tld.notes_zh.as_deref(),
    )
    .to_string();
    let verdict = match tld.status {
        TldStatus::Approved => {
            out.line("validate.cli.tld.approved", &args);
            Verdict::Valid
        }
        TldStatus::NotApproved => {
            out.problem_ids(
                "validate.cli.tld.not-approved",
                Some("validate.cli.tld.not-approved.fix"),
                &args,
            );
            Verdict::NotFileable
        }
        TldStatus::Unknown => {
            out.line("validate.cli.tld.unknown", &args);
            out.line(
                "validate.cli.fix",
                &[("fix", out.t("validate.cli.tld.unknown.fix", &args))],
            );
            Verdict::Valid
        }
        TldStatus::Restricted => {
            let allowed = tld
                .restricted_to
                .iter()
                .map(|e| {
                    k.entity_type(*e)
                        .map(|i| messages::name(out.lang, &i.en, &i.zh))
                        .unwrap_or(e.to_string())
                })
                .collect::<Vec<_>>();
            let allowed = messages::list(out.lang, &allowed);
            args.push(("allowed", allowed));
            let id = if tld.soft_restriction {
                "validate.cli.tld.restricted-soft"
            } else {
                "validate.cli.tld.restricted"
            };
            out.line(id, &args);
            Verdict::Valid
        }
    };
    if !notes.is_empty() && tld.status != TldStatus::Approved {
        out.line("validate.cli.tld.notes", &[("notes", notes)]);
    }
    verdict
}

fn id(out: &mut Out, k: &Knowledge, value: &str, today: NaiveDate) -> Verdict {
    match resident_id::validate(value, today) {
        Ok(id) => {
            out.line("validate.cli.normalised", &[("value", id.number.clone())]);
            let province = province_name(k, &id.province_code, out.lang)
                .unwrap_or_else(|| id.province_code.clone());
            out.line(
                "validate.cli.id.province",
                &[("province", province), ("code", id.address_code.clone())],
            );
            birth_and_sex(out, id.birth, id.male, today);
            Verdict::Valid
        }
        Err(problem) => {
            out.problem(&problem);
            Verdict::Invalid
        }
    }
}

fn birth_and_sex(out: &mut Out, birth: NaiveDate, male: bool, today: NaiveDate) {
    let age = dates::age_on(birth, today).to_string();
    out.line(
        "validate.cli.id.birth",
        &[
            ("birth", messages::date(out.lang, birth)),
            ("age", age),
            ("today", messages::date(out.lang, today)),
        ],
    );
    let sex = out.t(
        if male {
            "validate.cli.id.male"
        } else {
            "validate.cli.id.female"
        },
        &[],
    );
    out.line("validate.cli.id.sex", &[("sex", sex)]);
}

fn credit_code(out: &mut Out, k: &Knowledge, value: &str) -> Verdict {
    match uscc::validate(value) {
        Ok(code) => {
            out.line("validate.cli.normalised", &[("value", code.number.clone())]);
            let division = vec![("code", code.division_code.clone())];
            match province_name(k, &code.province_code, out.lang) {
                _ if code.is_national() => out.line("validate.cli.uscc.national", &division),
                Some(province) => {
                    let mut a = division.clone();
                    a.push(("province", province));
                    out.line("validate.cli.uscc.division", &a);
                }
                None => out.line("validate.cli.uscc.division-code", &division),
            }
            let org = &code.organization_code;
            let org = format!("{}-{}", &org[..8], &org[8..]);
            out.line("validate.cli.uscc.organisation-code", &[("code", org)]);
            let kinds = [
                ("authority", code.registration_authority.to_string()),
                ("type", code.entity_type.to_string()),
            ];
            out.line("validate.cli.uscc.codes", &kinds);
            Verdict::Valid
        }
        Err(problem) => {
            out.problem(&problem);
            Verdict::Invalid
        }
    }
}

/// "Mainland Travel Permit for Taiwan Residents (台湾居民来往大陆通行证)" (in Chinese the
/// Chinese name alone).
fn document_name(k: &Knowledge, kind: DocumentKind, lang: Language) -> String {
    // The session file's certificate types and the document kinds share their ids.
    match CertificateType::from_id(kind.id()).and_then(|c| k.certificate_name(c)) {
        Some(c) => messages::name(lang, &c.en, &c.zh),
        None => kind.id().to_string(),
    }
}

/// Which permit a number that fits none looks most like, to explain what is wrong with it.
fn closest_permit(number: &str) -> Option<DocumentKind> {
    if number.chars().count() == 18 {
        return Some(if number.starts_with("83") {
            DocumentKind::TaiwanResidencePermit
        } else {
            DocumentKind::HkMacaoResidencePermit
        });
    }
    if number.starts_with('H') || number.starts_with('M') {
        return Some(DocumentKind::HkMacaoTravelPermit);
    }
    number
        .bytes()
        .all(|b| b.is_ascii_digit())
        .then_some(DocumentKind::TaiwanTravelPermit)
}

fn permit_number(
    out: &mut Out,
    k: &Knowledge,
    value: &str,
    document: Option<PermitDocument>,
    today: NaiveDate,
) -> Verdict {
    if let Some(document) = document {
        let kind = document.kind();
        out.line(
            "validate.cli.permit.checked-as",
            &[("document", document_name(k, kind, out.lang))],
        );
        return match permit::validate_document(kind, value, today) {
            Ok(number) => {
                permit_details(out, kind, &number, today);
                Verdict::Valid
            }
            Err(problem) => {
                out.problem(&problem);
                Verdict::Invalid
            }
        };
    }
    let fits: Vec<(DocumentKind, String)> = PERMITS
        .iter()
        .filter_map(|&kind| {
            permit::validate_document(kind, value, today)
                .ok()
                .map(|n| (kind, n))
        })
        .collect();
    if let Some((kind, number)) = fits.first() {
        for (kind, _) in &fits {
            out.line(
                "validate.cli.permit.fits",
                &[("document", document_name(k, *kind, out.lang))],
            );
        }
        permit_details(out, *kind, number, today);
        return Verdict::Valid;
    }
    let number = validate::compact_number(value);
    match closest_permit(&number) {
        Some(kind) => {
            out.line(
                "validate.cli.permit.closest",
                &[("document", document_name(k, kind, out.lang))],
            );
            if let Err(problem) = permit::validate_document(kind, value, today) {
                out.problem(&problem);
            }
            if number.chars().count() == 18
                && number
                    .get(..2)
                    .is_some_and(validate::is_mainland_province_code)
            {
                out.line("validate.cli.permit.looks-like-id", &[]);
            }
            out.line("validate.cli.permit.other-document", &[]);
        }
        None => out.problem_ids(
            "validate.cli.permit.none",
            Some("validate.cli.permit.none.fix"),
            &[("found", number)],
        ),
    }
    Verdict::Invalid
}

/// What a valid permit number says: the normalised number, whose resident it belongs to and,
/// for residence permits, the date of birth and sex.
fn permit_details(out: &mut Out, kind: DocumentKind, number: &str, today: NaiveDate) {
    out.line("validate.cli.normalised", &[("value", number.to_string())]);
    let region = match kind {
        DocumentKind::HkMacaoResidencePermit | DocumentKind::TaiwanResidencePermit => {
            match number.get(..2) {
                Some("81") => Some("hong-kong"),
                Some("82") => Some("macao"),
                Some("83") => Some("taiwan"),
                _ => None,
            }
        }
        DocumentKind::HkMacaoTravelPermit
            if number.starts_with("HA") || number.starts_with("MA") =>
        {
            Some("non-chinese-permanent")
        }
        DocumentKind::HkMacaoTravelPermit if number.starts_with('H') => Some("hong-kong"),
        DocumentKind::HkMacaoTravelPermit => Some("macao"),
        DocumentKind::TaiwanTravelPermit => Some("taiwan"),
        DocumentKind::ResidentId | DocumentKind::Passport => None,
    };
    if let Some(region) = region {
        out.line(&format!("validate.cli.permit.region.{region}"), &[]);
    }
    if matches!(
        kind,
        DocumentKind::HkMacaoResidencePermit | DocumentKind::TaiwanResidencePermit
    ) && let Ok(id) = resident_id::parse(number, today)
    {
        birth_and_sex(out, id.birth, id.male, today);
    }
}

//! Writes the built-in rule files as Rust code: `builtin_data.rs`, which the program compiles in
//! and runs to get its rules, so nothing is parsed at startup (DESIGN.md §4; parsing the rules
//! the start screen needs was a quarter of its instructions). The YAML stays the one place
//! rules are edited: `tests/builtin_data.rs` fails when the generated file no longer matches it,
//! and build.rs refuses to build a program whose generated file is older than `assets/rules/`.
//!
//! To write the file anew after editing a rule file (or a rule type):
//! `ICP_PREP_REGENERATE=1 cargo test --test builtin_data`. With that variable set, build.rs
//! compiles the program reading the YAML instead, so a stale or broken generated file never
//! stands in the way of writing it again.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate};

use super::provenance::{Confidence, Provenance};
use super::types::*;
use super::{BUILTIN_FILES, KnowledgeError, RuleFile};
use crate::session::{
    CertificateType, EntityType, Holder, IndustryId, MaterialId, ProductId, ProvinceSlug,
    Residency, WebsiteFeature,
};

/// A value written as the Rust expression that makes it (in the generated file's scope).
pub trait Bake {
    fn bake(&self, out: &mut String);
}

impl Bake for String {
    fn bake(&self, out: &mut String) {
        // Debug writes a valid Rust string literal (quotes, backslashes and controls escaped).
        let _ = write!(out, "st({self:?})");
    }
}

/// Written as they print: `true`, `12`.
macro_rules! bake_display {
    ($($ty:ty),*) => {$(
        impl Bake for $ty {
            fn bake(&self, out: &mut String) {
                let _ = write!(out, "{self}");
            }
        }
    )*};
}

bake_display!(bool, u32, u64);

impl Bake for f64 {
    fn bake(&self, out: &mut String) {
        // Debug always writes a float literal (`30.0`, `0.01`), the shortest that reads back.
        let _ = write!(out, "{self:?}_f64");
    }
}

impl Bake for NaiveDate {
    fn bake(&self, out: &mut String) {
        // Evaluated at compile time: a date that does not exist stops the build.
        let _ = write!(
            out,
            "const {{ date({}, {}, {}) }}",
            self.year(),
            self.month(),
            self.day()
        );
    }
}

impl<T: Bake> Bake for Option<T> {
    fn bake(&self, out: &mut String) {
        match self {
            None => out.push_str("None"),
            Some(v) => {
                out.push_str("Some(");
                v.bake(out);
                out.push(')');
            }
        }
    }
}

impl<T: Bake> Bake for Vec<T> {
    fn bake(&self, out: &mut String) {
        if self.is_empty() {
            out.push_str("Vec::new()");
            return;
        }
        out.push_str("vec![");
        for v in self {
            v.bake(out);
            out.push_str(", ");
        }
        out.push(']');
    }
}

impl<A: Bake, B: Bake> Bake for (A, B) {
    fn bake(&self, out: &mut String) {
        out.push('(');
        self.0.bake(out);
        out.push_str(", ");
        self.1.bake(out);
        out.push(')');
    }
}

impl<V: Bake> Bake for BTreeMap<String, V> {
    fn bake(&self, out: &mut String) {
        if self.is_empty() {
            out.push_str("BTreeMap::new()");
            return;
        }
        out.push_str("BTreeMap::from([");
        for (k, v) in self {
            out.push('(');
            k.bake(out);
            out.push_str(", ");
            v.bake(out);
            out.push_str("), ");
        }
        out.push_str("])");
    }
}

/// Enums without data: `Type::Variant` (their derived Debug writes the variant's name).
macro_rules! bake_unit_enums {
    ($($ty:ident),* $(,)?) => {$(
        impl Bake for $ty {
            fn bake(&self, out: &mut String) {
                let _ = write!(out, concat!(stringify!($ty), "::{:?}"), self);
            }
        }
    )*};
}

bake_unit_enums!(
    Section,
    AppliesTo,
    CrossProvinceOutcome,
    DomainCount,
    TldStatus,
    Evidence,
    TermBasis,
    QuotaScope,
    MaterialKind,
    WebsiteRuleKind,
    HitStatus,
    Confidence,
    ProvinceSlug,
    EntityType,
    MaterialId,
    IndustryId,
    ProductId,
    Residency,
    CertificateType,
    Holder,
    WebsiteFeature,
);

/// Structs as literals naming every field. A field left out of the list here leaves it out of
/// the literal, and the generated file stops compiling: nothing is dropped silently.
macro_rules! bake_structs {
    ($($ty:ident { $($field:ident),* $(,)? })*) => {$(
        impl Bake for $ty {
            fn bake(&self, out: &mut String) {
                out.push_str(concat!(stringify!($ty), " { "));
                $(
                    out.push_str(concat!(stringify!($field), ": "));
                    self.$field.bake(out);
                    out.push_str(", ");
                )*
                out.push('}');
            }
        }
    )*};
}

bake_structs!(
    Provenance { source, last_verified, confidence, seed }
    Rule { id, section, text, text_zh, zh, threshold, params, provenance }
    Province { slug, code, gb2260, en, zh, icp_prefix, region, provenance }
    ProvinceRule {
        id, province, applies_to, entity_types, residency, conflict_group, material, kind, text,
        text_zh, zh, provenance,
    }
    Tld {
        suffix, unicode, status, restricted_to, soft_restriction, registry, evidence, sources,
        notes, notes_zh, provenance,
    }
    TldSource { id, what, url, date, evidence }
    Product {
        id, en, zh, term_basis, min_months, quota, quota_scope, requires_mainland,
        requires_public_bandwidth, min_order_rmb, purchase_url, provenance,
    }
    Material { id, kind, en, zh, when, provenance }
    ResidencyDocuments { residency, documents, provenance }
    CertificateName { id, en, zh, personal }
    EntityTypeInfo { id, en, zh, certificates, provenance }
    Industry {
        id, en, zh, body, body_zh, document, document_zh, abolished, still_required_in,
        provenance,
    }
    WebsiteRule {
        id, kind, applies_to, province, except_provinces, except_entity_types, words,
        allowed_phrases, allowed_symbols, features, min, status, text, text_zh, fix, fix_zh,
        provenance,
    }
    IcpPrefixAlternate { province, prefix, provenance }
);

impl Bake for Param {
    fn bake(&self, out: &mut String) {
        match self {
            Param::Number(n) => {
                let _ = write!(out, "Param::Number({n})");
            }
            Param::Text(t) => {
                out.push_str("Param::Text(");
                t.bake(out);
                out.push(')');
            }
        }
    }
}

impl Bake for FilingCap {
    fn bake(&self, out: &mut String) {
        let (variant, n) = match self {
            FilingCap::MaxWebsites(n) => ("MaxWebsites", n),
            FilingCap::MaxDomains(n) => ("MaxDomains", n),
            FilingCap::MaxDomainsPerWebsite(n) => ("MaxDomainsPerWebsite", n),
        };
        let _ = write!(out, "FilingCap::{variant}({n})");
    }
}

/// `ProvinceRuleKind::Variant { field: value, … }` for the variants with fields.
fn variant(out: &mut String, name: &str, fields: &[(&str, &dyn Bake)]) {
    let _ = write!(out, "ProvinceRuleKind::{name} {{ ");
    for (field, value) in fields {
        let _ = write!(out, "{field}: ");
        value.bake(out);
        out.push_str(", ");
    }
    out.push('}');
}

impl Bake for ProvinceRuleKind {
    fn bake(&self, out: &mut String) {
        use ProvinceRuleKind as K;
        match self {
            K::CrossProvince {
                outcome,
                extra_proof,
            } => variant(
                out,
                "CrossProvince",
                &[("outcome", outcome), ("extra_proof", extra_proof)],
            ),
            K::LeaderLegalRepresentative { letter_allowed } => variant(
                out,
                "LeaderLegalRepresentative",
                &[("letter_allowed", letter_allowed)],
            ),
            K::DomainHolder {
                holders,
                certificate_cures,
            } => variant(
                out,
                "DomainHolder",
                &[
                    ("holders", holders),
                    ("certificate_cures", certificate_cures),
                ],
            ),
            K::DomainCertificate { min_domains, count } => variant(
                out,
                "DomainCertificate",
                &[("min_domains", min_domains), ("count", count)],
            ),
            K::ConstructionPlan {
                individual_over,
                organisation_over,
                count,
            } => variant(
                out,
                "ConstructionPlan",
                &[
                    ("individual_over", individual_over),
                    ("organisation_over", organisation_over),
                    ("count", count),
                ],
            ),
            K::SuperiorAuthorization { entity_types } => variant(
                out,
                "SuperiorAuthorization",
                &[("entity_types", entity_types)],
            ),
            K::DomainMinValidity { months, days } => variant(
                out,
                "DomainMinValidity",
                &[("months", months), ("days", days)],
            ),
            K::DocumentMinValidity { months } => {
                variant(out, "DocumentMinValidity", &[("months", months)])
            }
            K::MinAge {
                years,
                with_proof_from,
            } => variant(
                out,
                "MinAge",
                &[("years", years), ("with_proof_from", with_proof_from)],
            ),
            K::HkMacaoResidencePermitOnly {
                travel_permit_accepted,
            } => variant(
                out,
                "HkMacaoResidencePermitOnly",
                &[("travel_permit_accepted", travel_permit_accepted)],
            ),
            K::ResidencyRefused { residency } => {
                variant(out, "ResidencyRefused", &[("residency", residency)])
            }
            K::FilingCap(cap) => {
                out.push_str("ProvinceRuleKind::FilingCap(");
                cap.bake(out);
                out.push(')');
            }
            K::AuthorizationLetter => out.push_str("ProvinceRuleKind::AuthorizationLetter"),
            K::DomainConfirmation => out.push_str("ProvinceRuleKind::DomainConfirmation"),
            K::FinanceCommitment => out.push_str("ProvinceRuleKind::FinanceCommitment"),
            K::RequiredMaterial => out.push_str("ProvinceRuleKind::RequiredMaterial"),
            K::Note => out.push_str("ProvinceRuleKind::Note"),
        }
    }
}

/// A fingerprint of rule files (FNV-1a over each name and text, by name), written into the
/// generated file so build.rs can tell when `assets/rules/` changed after it. build.rs computes
/// the same; `tests/builtin_data.rs` holds the two to each other.
pub fn source_hash(files: &[(&str, &str)]) -> u64 {
    let mut sorted: Vec<&(&str, &str)> = files.iter().collect();
    sorted.sort_by_key(|(name, _)| *name);
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (name, text) in sorted {
        for b in name.bytes().chain([0xff]).chain(text.bytes()).chain([0xff]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// The first line of the generated file that build.rs reads.
pub const HASH_LINE: &str = "// source-hash: ";

/// The generated file's text for the built-in rule files.
pub fn builtin_data_source() -> Result<String, KnowledgeError> {
    let mut generated = Generated::default();
    let mut files = String::new();
    for (name, text) in BUILTIN_FILES {
        let f: RuleFile = crate::yaml::from_str(text).map_err(|source| KnowledgeError::Parse {
            file: format!("assets/rules/{name}"),
            source,
        })?;
        generated.stem = name.trim_end_matches(".yaml").to_string();
        let mut file = String::from("RuleFile {\n");
        generated.file(&mut file, f);
        file.push_str("        ..RuleFile::default()\n    }");
        let stem = generated.stem.clone();
        let maker = generated.maker(&["file", &stem], "RuleFile", &file);
        let _ = writeln!(files, "    files.push(({name:?}, {maker}()));");
    }
    let mut out = format!(
        "{HASH_LINE}{:016x}\n\
         //! @generated from assets/rules/*.yaml by src/knowledge/bake.rs; do not edit. After a\n\
         //! change to a rule file: `ICP_PREP_REGENERATE=1 cargo test --test builtin_data`.\n\n\
         use std::collections::BTreeMap;\n\n\
         use super::lazy::{{Built, Parts}};\n\
         use super::provenance::{{Confidence, Provenance}};\n\
         use super::types::*;\n\
         use super::RuleFile;\n\
         use crate::session::{{\n    CertificateType, EntityType, Holder, IndustryId, MaterialId, \
         ProductId, ProvinceSlug, Residency,\n    WebsiteFeature,\n}};\n\n\
         fn st(text: &str) -> String {{\n    text.to_owned()\n}}\n\n\
         const fn date(year: i32, month: u32, day: u32) -> chrono::NaiveDate {{\n    \
         match chrono::NaiveDate::from_ymd_opt(year, month, day) {{\n        \
         Some(d) => d,\n        None => panic!(\"a date that does not exist\"),\n    }}\n}}\n\n\
         /// The rule files in `BUILTIN_FILES` order, the lists read by key left to be made.\n\
         /// Each file and list is made by a function of its own, which the compiler is told \
         not to\n/// fold into this one: together they would need a stack frame of tens of \
         kilobytes, a page\n/// fault for each 4 KiB of it at startup.\n\
         pub(super) fn files() -> Vec<(&'static str, RuleFile)> {{\n    \
         let mut files = Vec::with_capacity({});\n{files}    files\n}}\n",
        source_hash(BUILTIN_FILES),
        BUILTIN_FILES.len()
    );
    out.push_str(&generated.tables);
    out.push_str(&generated.makers);
    Ok(out)
}

/// The tables of the lists read by key and the functions that make their entries. Names come
/// from the file, list and key (`tlds_com`, `file_tlds`), so editing one rule renames nothing
/// else (and the startup order, assets/startup-order.txt, which names them, stays valid).
#[derive(Default)]
struct Generated {
    tables: String,
    makers: String,
    /// The rule file being written, without `.yaml`.
    stem: String,
    used: std::collections::BTreeSet<String>,
}

impl Generated {
    /// One file's fields: the lists read whole each made by a function, the others as tables.
    /// Every field is named (no `..`): a field added to `RuleFile` stops this from compiling
    /// until it is written here, rather than leaving the built-in data without it.
    fn file(&mut self, out: &mut String, f: RuleFile) {
        let RuleFile {
            rules_version,
            last_checked,
            rules,
            provinces,
            province_rules,
            sources,
            tlds,
            products,
            materials,
            residency_documents,
            certificate_names,
            entity_types,
            industries,
            website_rules,
            icp_prefix_alternates,
            built_province_rules: _,
            built_tlds: _,
            built_website_rules: _,
            built_tld_sources: _,
            built_rules: _,
            built_materials: _,
            built_industries: _,
            built_provinces: _,
        } = f;
        if let Some(v) = &rules_version {
            out.push_str("        rules_version: Some(");
            v.bake(out);
            out.push_str("),\n");
        }
        if let Some(d) = &last_checked {
            out.push_str("        last_checked: Some(");
            d.bake(out);
            out.push_str("),\n");
        }
        self.list(out, "products", "Product", &products);
        let residency = &residency_documents;
        self.list(out, "residency_documents", "ResidencyDocuments", residency);
        let names = &certificate_names;
        self.list(out, "certificate_names", "CertificateName", names);
        self.list(out, "entity_types", "EntityTypeInfo", &entity_types);
        let alternates = &icp_prefix_alternates;
        let ty = "IcpPrefixAlternate";
        self.list(out, "icp_prefix_alternates", ty, alternates);
        let rules = keyed(rules, |r| r.id.clone());
        self.table(out, "built_rules", "Rule", rules);
        let provinces = keyed(provinces, |p| p.slug.to_string());
        self.table(out, "built_provinces", "Province", provinces);
        let groups = super::group_by_province(province_rules).into_read();
        self.table(out, "built_province_rules", "Vec<ProvinceRule>", groups);
        let tlds = keyed(tlds, |t| t.suffix.clone());
        self.table(out, "built_tlds", "Tld", tlds);
        let sources = group("sources", sources);
        self.table(out, "built_tld_sources", "Vec<TldSource>", sources);
        let materials = keyed(materials, |m| m.id.to_string());
        self.table(out, "built_materials", "Material", materials);
        let industries = keyed(industries, |i| i.id.to_string());
        self.table(out, "built_industries", "Industry", industries);
        let websites = group("websites", website_rules);
        self.table(out, "built_website_rules", "Vec<WebsiteRule>", websites);
    }

    /// `field: mN()`, `mN` making the whole list; nothing for an empty list.
    fn list<T: Bake>(&mut self, out: &mut String, field: &str, ty: &str, items: &Vec<T>) {
        if items.is_empty() {
            return;
        }
        let mut body = String::new();
        items.bake(&mut body);
        let stem = self.stem.clone();
        let maker = self.maker(&[field, &stem], &format!("Vec<{ty}>"), &body);
        let _ = writeln!(out, "        {field}: {maker}(),");
    }

    /// A name made of `parts` (lowercase letters and digits, words joined by one `_`) not
    /// given before.
    fn name(&mut self, parts: &[&str]) -> String {
        let joined = parts.join("_").to_ascii_lowercase();
        let words = joined.split(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit()));
        let base = words
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join("_");
        let mut name = base.clone();
        let mut n = 1;
        while self.used.contains(&name) {
            n += 1;
            name = format!("{base}_{n}");
        }
        self.used.insert(name.clone());
        name
    }

    /// A function returning `body`, named after `parts`.
    fn maker(&mut self, parts: &[&str], ty: &str, body: &str) -> String {
        let maker = self.name(parts);
        let _ = write!(
            self.makers,
            "\n#[inline(never)]\nfn {maker}() -> {ty} {{\n    {body}\n}}\n"
        );
        maker
    }

    /// `field: Some(Parts::built(&TABLE))`, the table keyed as given (in data order, indexed by
    /// key), one function per entry. Nothing when the file has no entries for it.
    fn table<T: Bake>(&mut self, out: &mut String, field: &str, ty: &str, items: Vec<(String, T)>) {
        if items.is_empty() {
            return;
        }
        let stem = self.stem.clone();
        let table = self.name(&[field, &stem]).to_uppercase();
        let mut sorted: Vec<(&str, usize)> = items
            .iter()
            .enumerate()
            .map(|(i, (k, _))| (k.as_str(), i))
            .collect();
        // Stable: among equal keys the later entry sorts last (and `Parts::get` takes it).
        sorted.sort_by_key(|(k, _)| *k);
        let sorted: Vec<String> = sorted.iter().map(|(_, i)| i.to_string()).collect();
        let _ = write!(
            self.tables,
            "\nstatic {table}: Built<{ty}> = Built {{\n    sorted: &[{}],\n    entries: &[\n",
            sorted.join(", ")
        );
        for (key, item) in &items {
            let mut body = String::new();
            item.bake(&mut body);
            let list = field.trim_start_matches("built_");
            let maker = self.maker(&[list, key], ty, &body);
            let _ = writeln!(self.tables, "        ({key:?}, {maker}),");
        }
        self.tables.push_str("    ],\n};\n");
        let _ = writeln!(out, "        {field}: Some(Parts::built(&{table})),");
    }
}

fn keyed<T>(items: Vec<T>, key: impl Fn(&T) -> String) -> Vec<(String, T)> {
    items.into_iter().map(|v| (key(&v), v)).collect()
}

/// The whole list as one entry under `key` (read together or not at all).
fn group<T>(key: &str, items: Vec<T>) -> Vec<(String, Vec<T>)> {
    if items.is_empty() {
        Vec::new()
    } else {
        vec![(key.to_string(), items)]
    }
}

//! The rule data in `assets/rules/` (embedded in the binary), its types, lookups, and a
//! self-check of the data: unique ids, every reference resolves, every rule sourced and dated,
//! every seed statement covered. Knows nothing about sessions' answers or screens.

pub mod bake;
mod facts;
mod lazy;
pub mod provenance;
mod self_check;
pub mod types;

use std::collections::HashMap;
use std::path::PathBuf;

use lazy::Parts;

use chrono::NaiveDate;

pub use provenance::{Confidence, Provenance, source_url};
pub use self_check::SEED_STATEMENTS;
pub use types::*;

use crate::session::{
    CertificateType, EntityType, IndustryId, MaterialId, ProductId, ProvinceSlug, Residency,
};

/// The rule files in merge order. The built-in ones are compiled in (`builtin_data.rs`,
/// generated from `assets/rules/*.yaml` by `bake.rs`), so the binary runs offline and from
/// anywhere and starts without parsing them.
const ORDER: &[&str] = &[
    "meta.yaml",
    "regulations.yaml",
    "provinces.yaml",
    "domain.yaml",
    "tlds.yaml",
    "instance.yaml",
    "materials.yaml",
    "account.yaml",
    "preapproval.yaml",
    "websites.yaml",
];

/// The built-in rule files as code. build.rs leaves it out (and the YAML is parsed instead)
/// only while it is written anew: `ICP_PREP_REGENERATE=1 cargo test --test builtin_data`.
#[cfg(not(icp_prep_rules_from_yaml))]
#[rustfmt::skip]
#[allow(clippy::all)]
mod builtin_data;

/// The built-in rule files as written (comments included): what `icp-prep rules export` writes
/// for someone to edit. A test checks this list names exactly the files the binary embeds.
pub const BUILTIN_FILES: &[(&str, &str)] = &[
    ("meta.yaml", include_str!("../../assets/rules/meta.yaml")),
    (
        "regulations.yaml",
        include_str!("../../assets/rules/regulations.yaml"),
    ),
    (
        "provinces.yaml",
        include_str!("../../assets/rules/provinces.yaml"),
    ),
    (
        "domain.yaml",
        include_str!("../../assets/rules/domain.yaml"),
    ),
    ("tlds.yaml", include_str!("../../assets/rules/tlds.yaml")),
    (
        "instance.yaml",
        include_str!("../../assets/rules/instance.yaml"),
    ),
    (
        "materials.yaml",
        include_str!("../../assets/rules/materials.yaml"),
    ),
    (
        "account.yaml",
        include_str!("../../assets/rules/account.yaml"),
    ),
    (
        "preapproval.yaml",
        include_str!("../../assets/rules/preapproval.yaml"),
    ),
    (
        "websites.yaml",
        include_str!("../../assets/rules/websites.yaml"),
    ),
];

/// Where the rules in use come from: the built-in set, or a folder given with `--rules`
/// (whose files replace the built-in files of the same name; the others stay built in).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum RulesOrigin {
    #[default]
    BuiltIn,
    Folder {
        path: PathBuf,
        /// The file names the folder replaced, sorted.
        files: Vec<String>,
    },
}

#[derive(Debug, thiserror::Error)]
pub enum KnowledgeError {
    /// `file` is the path as the user knows it (`assets/rules/x.yaml`, or `DIR/x.yaml`).
    #[error("rule file {file}: {source}")]
    Parse {
        file: String,
        #[source]
        source: crate::yaml::Error,
    },
    /// A rules folder holds a `.yaml` file the rule data has no place for (a typo such as
    /// `province.yaml` would otherwise be ignored silently).
    #[error("rule file {file}: not one of the rule files ({known})")]
    UnknownFile { file: String, known: String },
    #[error("rule data is inconsistent:\n  {}", .0.join("\n  "))]
    Inconsistent(Vec<String>),
}

/// One rule file: every key is optional so each file holds only its own kinds of facts.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields, default)]
struct RuleFile {
    rules_version: Option<String>,
    /// The date the rule data as a whole was last checked against its sources.
    last_checked: Option<NaiveDate>,
    rules: Vec<Rule>,
    provinces: Vec<Province>,
    province_rules: Vec<ProvinceRule>,
    sources: Vec<TldSource>,
    tlds: Vec<Tld>,
    products: Vec<Product>,
    materials: Vec<Material>,
    residency_documents: Vec<ResidencyDocuments>,
    certificate_names: Vec<CertificateName>,
    entity_types: Vec<EntityTypeInfo>,
    industries: Vec<Industry>,
    website_rules: Vec<WebsiteRule>,
    icp_prefix_alternates: Vec<IcpPrefixAlternate>,
    /// The built-in lists read by key, each entry still to be made (only in the built-in
    /// files, `builtin_data.rs`; a folder's file of that name replaces them).
    #[serde(skip)]
    built_province_rules: Option<Parts<Vec<ProvinceRule>>>,
    #[serde(skip)]
    built_tlds: Option<Parts<Tld>>,
    #[serde(skip)]
    built_website_rules: Option<Parts<Vec<WebsiteRule>>>,
    #[serde(skip)]
    built_tld_sources: Option<Parts<Vec<TldSource>>>,
    #[serde(skip)]
    built_rules: Option<Parts<Rule>>,
    #[serde(skip)]
    built_materials: Option<Parts<Material>>,
    #[serde(skip)]
    built_industries: Option<Parts<Industry>>,
    #[serde(skip)]
    built_provinces: Option<Parts<Province>>,
}

#[derive(Debug, Default, Clone)]
pub struct Knowledge {
    pub rules_version: String,
    /// When the rule data as a whole was last checked against its sources (meta.yaml).
    pub last_checked: Option<NaiveDate>,
    pub origin: RulesOrigin,
    /// The general rules by id, read on first use (`rule`, `rules`).
    rules: Parts<Rule>,
    /// The provinces by slug, read on first use (`province`, `provinces`, `province_slugs`).
    provinces: Parts<Province>,
    /// Each province's rules, read on first use (`province_rules`, `all_province_rules`).
    province_rules: Parts<Vec<ProvinceRule>>,
    /// Where the suffix data comes from, read on first use (`tld_sources`): only the self-check
    /// reads it.
    tld_sources: Parts<Vec<TldSource>>,
    /// The suffixes, read on first use (`tld`, `tlds`).
    tlds: Parts<Tld>,
    pub products: Vec<Product>,
    /// The materials by id, read on first use (`material`, `materials`, `material_ids`).
    materials: Parts<Material>,
    pub residency_documents: Vec<ResidencyDocuments>,
    pub certificate_names: Vec<CertificateName>,
    pub entity_types: Vec<EntityTypeInfo>,
    /// The industries by id, read on first use (`industry`, `industries`, `industry_ids`).
    industries: Parts<Industry>,
    /// The website checks, read on first use (`website_rules`, `website_rules_for`).
    website_rules: Parts<Vec<WebsiteRule>>,
    pub icp_prefix_alternates: Vec<IcpPrefixAlternate>,
}

/// Province rules grouped by province, in the order given.
fn group_by_province(rules: Vec<ProvinceRule>) -> Parts<Vec<ProvinceRule>> {
    let mut groups: Vec<(String, Vec<ProvinceRule>)> = Vec::new();
    for r in rules {
        let key = r.province.as_str();
        match groups.iter_mut().find(|(k, _)| k == key) {
            Some((_, list)) => list.push(r),
            None => groups.push((key.to_string(), vec![r])),
        }
    }
    Parts::read(groups)
}

/// `from`'s groups (a province's rules, the website checks) after `into`'s. Only rule files read
/// from YAML add to others, so reading both whole here costs nothing at startup.
fn add_groups<T>(into: &mut Parts<Vec<T>>, from: Parts<Vec<T>>) {
    if from.is_empty() {
        return;
    }
    if into.is_empty() {
        *into = from;
        return;
    }
    let mut groups = std::mem::take(into).into_read();
    for (key, rules) in from.into_read() {
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, list)) => list.extend(rules),
            None => groups.push((key, rules)),
        }
    }
    *into = Parts::read(groups);
}

/// `from`'s suffixes after `into`'s.
fn add_tlds(into: &mut Parts<Tld>, from: Parts<Tld>) {
    if from.is_empty() {
        return;
    }
    if into.is_empty() {
        *into = from;
        return;
    }
    let mut all = std::mem::take(into).into_read();
    all.extend(from.into_read());
    *into = Parts::read(all);
}

/// A file's entries of a list read by key: the built-in ones still to be read, else those its
/// YAML held (read already), after the entries of the files before it.
fn add_keyed<T>(
    into: &mut Parts<T>,
    built: Option<Parts<T>>,
    read: Vec<T>,
    key: impl Fn(&T) -> String,
) {
    if let Some(built) = built {
        into.extend(built);
    }
    if !read.is_empty() {
        into.extend(Parts::read(read.into_iter().map(|v| (key(&v), v))));
    }
}

/// A file's part of a list kept as one group under `key`: the built-in one still to be read,
/// else the entries its YAML held, after those of the files before it.
fn add_group<T>(into: &mut Parts<Vec<T>>, built: Option<Parts<Vec<T>>>, key: &str, read: Vec<T>) {
    if let Some(built) = built {
        add_groups(into, built);
    }
    if !read.is_empty() {
        add_groups(into, Parts::read([(key.to_string(), read)]));
    }
}

/// `from` after `into`. Most lists come from one file, so `into` is usually empty and takes
/// `from` as it is rather than copying every element (2% of loading the built-in rules).
fn append<T>(into: &mut Vec<T>, mut from: Vec<T>) {
    if into.is_empty() {
        *into = from;
    } else {
        into.append(&mut from);
    }
}

impl Knowledge {
    /// Load the embedded rule data. The data is built in, so a failure here is a packaging bug,
    /// but it is still reported rather than panicking.
    pub fn builtin() -> Result<Knowledge, KnowledgeError> {
        Ok(Self::assemble(Self::builtin_parts()?))
    }

    /// The built-in data with some files replaced: `overrides` are (file name, YAML text) as
    /// read from the folder `folder` (the caller reads it: the core does no I/O). Every file is
    /// parsed before anything is used, so a broken folder is refused whole and never mixed
    /// into the built-in rules half-loaded. The result is not self-checked (see `self_check`).
    pub fn with_overrides(
        overrides: &[(String, String)],
        folder: PathBuf,
    ) -> Result<Knowledge, KnowledgeError> {
        let mut parts = Self::builtin_parts()?;
        let mut names = Vec::new();
        for (name, text) in overrides {
            let file = folder.join(name).display().to_string();
            if !parts.contains_key(name) {
                let mut known: Vec<&str> = parts.keys().map(String::as_str).collect();
                known.sort_unstable();
                return Err(KnowledgeError::UnknownFile {
                    file,
                    known: known.join(", "),
                });
            }
            let f: RuleFile = crate::yaml::from_str(text)
                .map_err(|source| KnowledgeError::Parse { file, source })?;
            parts.insert(name.clone(), f);
            names.push(name.clone());
        }
        names.sort();
        let mut k = Self::assemble(parts);
        k.origin = RulesOrigin::Folder {
            path: folder,
            files: names,
        };
        Ok(k)
    }

    fn builtin_parts() -> Result<HashMap<String, RuleFile>, KnowledgeError> {
        #[cfg(not(icp_prep_rules_from_yaml))]
        let files = builtin_data::files()
            .into_iter()
            .map(|(name, f)| (name.to_string(), f))
            .collect();
        #[cfg(icp_prep_rules_from_yaml)]
        let files = BUILTIN_FILES
            .iter()
            .map(|(name, text)| {
                let f = crate::yaml::from_str(text).map_err(|source| KnowledgeError::Parse {
                    file: format!("assets/rules/{name}"),
                    source,
                })?;
                Ok((name.to_string(), f))
            })
            .collect::<Result<_, KnowledgeError>>()?;
        Ok(files)
    }

    /// The files merged in a fixed order: the known ones first, then any others by name.
    fn assemble(mut files: HashMap<String, RuleFile>) -> Knowledge {
        let mut k = Knowledge::default();
        for name in ORDER {
            if let Some(f) = files.remove(*name) {
                k.add(f);
            }
        }
        let mut rest: Vec<(String, RuleFile)> = files.into_iter().collect();
        rest.sort_by(|a, b| a.0.cmp(&b.0));
        for (_, f) in rest {
            k.add(f);
        }
        k
    }

    /// The names of the files the binary embeds (for the test that `BUILTIN_FILES` is complete).
    pub fn builtin_file_names() -> Result<Vec<String>, KnowledgeError> {
        let mut names: Vec<String> = Self::builtin_parts()?.into_keys().collect();
        names.sort();
        Ok(names)
    }

    /// When the rule data was last checked more than `months` calendar months before `today`:
    /// the whole months since then (so every checklist can say the rules are stale), else `None`.
    pub fn stale_months(&self, today: NaiveDate, months: u32) -> Option<u32> {
        use crate::validate::dates;
        let checked = self.last_checked?;
        if today <= dates::add_months(checked, months) {
            return None;
        }
        u32::try_from(dates::full_months_between(checked, today)).ok()
    }

    /// `builtin`, then the full self-check. Every run of the tests checks the built-in data
    /// this way (tests/knowledge.rs), so the program itself skips it at startup, where its
    /// temporary strings would cost time and memory on every launch.
    pub fn builtin_checked() -> Result<Knowledge, KnowledgeError> {
        let k = Self::builtin()?;
        let problems = k.self_check();
        if problems.is_empty() {
            Ok(k)
        } else {
            Err(KnowledgeError::Inconsistent(problems))
        }
    }

    /// Parse rule files without checking them (the self-check is separate so tests can
    /// feed broken data and see each problem reported).
    pub fn from_files(files: &[(&'static str, &str)]) -> Result<Knowledge, KnowledgeError> {
        let mut k = Knowledge::default();
        for (file, text) in files {
            let f: RuleFile =
                crate::yaml::from_str(text).map_err(|source| KnowledgeError::Parse {
                    file: format!("assets/rules/{file}"),
                    source,
                })?;
            k.add(f);
        }
        Ok(k)
    }

    fn add(&mut self, f: RuleFile) {
        if let Some(v) = f.rules_version {
            self.rules_version = v;
        }
        if let Some(d) = f.last_checked {
            self.last_checked = Some(d);
        }
        add_keyed(&mut self.rules, f.built_rules, f.rules, |r| r.id.clone());
        add_keyed(&mut self.provinces, f.built_provinces, f.provinces, |p| {
            p.slug.to_string()
        });
        if let Some(built) = f.built_province_rules {
            add_groups(&mut self.province_rules, built);
        }
        add_groups(
            &mut self.province_rules,
            group_by_province(f.province_rules),
        );
        add_group(
            &mut self.tld_sources,
            f.built_tld_sources,
            "sources",
            f.sources,
        );
        if let Some(built) = f.built_tlds {
            add_tlds(&mut self.tlds, built);
        }
        add_tlds(
            &mut self.tlds,
            Parts::read(f.tlds.into_iter().map(|t| (t.suffix.clone(), t))),
        );
        append(&mut self.products, f.products);
        add_keyed(&mut self.materials, f.built_materials, f.materials, |m| {
            m.id.to_string()
        });
        append(&mut self.residency_documents, f.residency_documents);
        append(&mut self.certificate_names, f.certificate_names);
        append(&mut self.entity_types, f.entity_types);
        add_keyed(
            &mut self.industries,
            f.built_industries,
            f.industries,
            |i| i.id.to_string(),
        );
        add_group(
            &mut self.website_rules,
            f.built_website_rules,
            "websites",
            f.website_rules,
        );
        append(&mut self.icp_prefix_alternates, f.icp_prefix_alternates);
    }

    /// The general rule `id` (the last one when the data repeats an id: the self-check reports
    /// the repeat).
    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.rules.get(id)
    }

    /// Every general rule, in the order of the rule files.
    pub fn rules(&self) -> impl Iterator<Item = &Rule> {
        self.rules.all()
    }

    pub fn province(&self, slug: ProvinceSlug) -> Option<&Province> {
        self.provinces.get(slug.as_str())
    }

    /// Every province, in the order of the rule files (reads them all).
    pub fn provinces(&self) -> impl Iterator<Item = &Province> {
        self.provinces.all()
    }

    /// The provinces' slugs in the order of the rule files, none of them read. (A slug the
    /// program does not know cannot reach here: its rule file does not read, and the tests read
    /// every built-in entry.)
    pub fn province_slugs(&self) -> impl Iterator<Item = ProvinceSlug> {
        self.provinces.keys().filter_map(ProvinceSlug::from_id)
    }

    /// The province a person means: its slug, English or Chinese name (with or without 省/市/
    /// 自治区), two- or six-digit code, or ICP abbreviation, exactly; else the only province
    /// whose names contain what was typed. `Err` holds the slugs of several candidates (empty
    /// when nothing matched).
    pub fn find_province(&self, query: &str) -> Result<&Province, Vec<String>> {
        let q = query.trim().to_lowercase().replace(['-', ' '], "_");
        if q.is_empty() {
            return Err(Vec::new());
        }
        let short = |zh: &str| {
            zh.trim_end_matches("维吾尔自治区")
                .trim_end_matches("壮族自治区")
                .trim_end_matches("回族自治区")
                .trim_end_matches("自治区")
                .trim_end_matches('省')
                .trim_end_matches('市')
                .to_string()
        };
        let exact = self.provinces().find(|p| {
            let en = p.en.to_lowercase().replace(' ', "_");
            [
                p.slug.to_string(),
                en,
                p.zh.clone(),
                short(&p.zh),
                p.code.clone(),
                p.gb2260.clone(),
                p.icp_prefix.clone(),
            ]
            .contains(&q)
        });
        if let Some(p) = exact {
            return Ok(p);
        }
        let found: Vec<&Province> = self
            .provinces()
            .filter(|p| {
                let names = format!(
                    "{} {} {}",
                    p.slug,
                    p.en.to_lowercase().replace(' ', "_"),
                    p.zh
                );
                names.contains(&q)
            })
            .collect();
        match found.as_slice() {
            [one] => Ok(one),
            many => Err(many.iter().map(|p| p.slug.to_string()).collect()),
        }
    }

    /// Every one-character abbreviation that starts an ICP number, with its province: the
    /// current ones of `provinces.yaml` and the other forms still in use (`websites.yaml`).
    pub fn icp_prefixes(&self) -> Vec<(&str, ProvinceSlug)> {
        self.provinces()
            .map(|p| (p.icp_prefix.as_str(), p.slug))
            .chain(
                self.icp_prefix_alternates
                    .iter()
                    .map(|a| (a.prefix.as_str(), a.province)),
            )
            .collect()
    }

    /// The website checks that apply in `province` to an entity of type `entity`.
    pub fn website_rules_for(
        &self,
        province: Option<ProvinceSlug>,
        entity: Option<EntityType>,
    ) -> impl Iterator<Item = &WebsiteRule> {
        self.website_rules().filter(move |r| {
            let here = match (r.province, province) {
                (None, p) => !p.is_some_and(|p| r.except_provinces.contains(&p)),
                (Some(only), Some(p)) => only == p,
                (Some(_), None) => false,
            };
            let who = match (r.applies_to, entity) {
                (AppliesTo::All, e) => !e.is_some_and(|e| r.except_entity_types.contains(&e)),
                (_, None) => false,
                (AppliesTo::Individual, Some(e)) => e.is_individual(),
                (AppliesTo::Organisation, Some(e)) => {
                    !e.is_individual() && !r.except_entity_types.contains(&e)
                }
            };
            here && who
        })
    }

    /// The province whose two-digit GB/T 2260 code this is ("44" → Guangdong).
    pub fn province_by_code(&self, code: &str) -> Option<&Province> {
        self.provinces().find(|p| p.code == code)
    }

    /// The rules of one province, in data order (read on first use).
    pub fn province_rules(&self, slug: ProvinceSlug) -> impl Iterator<Item = &ProvinceRule> {
        self.province_rules.get(slug.as_str()).into_iter().flatten()
    }

    /// Every province's rules, in data order (reads them all).
    pub fn all_province_rules(&self) -> impl Iterator<Item = &ProvinceRule> {
        self.province_rules.all().flatten()
    }

    /// Replaces every province rule (tests that take province rules out or bring their own).
    pub fn set_province_rules(&mut self, rules: Vec<ProvinceRule>) {
        self.province_rules = group_by_province(rules);
    }

    /// The website checks, in data order (read on first use).
    pub fn website_rules(&self) -> impl Iterator<Item = &WebsiteRule> {
        self.website_rules.all().flatten()
    }

    /// The sources the suffix data cites (`sources:` in tlds.yaml), read on first use.
    pub fn tld_sources(&self) -> impl Iterator<Item = &TldSource> {
        self.tld_sources.all().flatten()
    }

    /// The whitelist entry for a suffix (A-label, no leading dot), read on first use.
    pub fn tld(&self, suffix: &str) -> Option<&Tld> {
        self.tlds.get(suffix)
    }

    /// Every suffix of the whitelist, in data order (reads them all).
    pub fn tlds(&self) -> impl Iterator<Item = &Tld> {
        self.tlds.all()
    }

    /// The longest listed suffix of a registrable domain given as its suffix candidates,
    /// longest first (`gov.cn` before `cn`).
    pub fn tld_for<'a>(&self, candidates: impl IntoIterator<Item = &'a str>) -> Option<&Tld> {
        candidates.into_iter().find_map(|c| self.tld(c))
    }

    pub fn product(&self, id: ProductId) -> Option<&Product> {
        self.products.iter().find(|p| p.id == id)
    }

    pub fn material(&self, id: MaterialId) -> Option<&Material> {
        self.materials.get(id.as_str())
    }

    /// Every material, in the order of the rule files.
    pub fn materials(&self) -> impl Iterator<Item = &Material> {
        self.materials.all()
    }

    /// The materials' ids in the order of the rule files, none of them read (an unknown id is
    /// left out; see `province_slugs`).
    pub fn material_ids(&self) -> impl Iterator<Item = MaterialId> {
        self.materials.keys().filter_map(MaterialId::from_id)
    }

    pub fn industry(&self, id: IndustryId) -> Option<&Industry> {
        self.industries.get(id.as_str())
    }

    /// Every industry, in the order of the rule files.
    pub fn industries(&self) -> impl Iterator<Item = &Industry> {
        self.industries.all()
    }

    /// The industries' ids in the order of the rule files, none of them read (an unknown id is
    /// left out; see `province_slugs`).
    pub fn industry_ids(&self) -> impl Iterator<Item = IndustryId> {
        self.industries.keys().filter_map(IndustryId::from_id)
    }

    pub fn documents_for(&self, residency: Residency) -> Option<&ResidencyDocuments> {
        self.residency_documents
            .iter()
            .find(|d| d.residency == residency)
    }

    pub fn certificate_name(&self, id: CertificateType) -> Option<&CertificateName> {
        self.certificate_names.iter().find(|c| c.id == id)
    }

    pub fn entity_type(&self, id: EntityType) -> Option<&EntityTypeInfo> {
        self.entity_types.iter().find(|e| e.id == id)
    }

    /// Every provenance in the data with the id of what carries it, for the self-check and
    /// for "which rule covers seed statement Sxx".
    pub fn provenances(&self) -> Vec<(String, &Provenance)> {
        let mut out: Vec<(String, &Provenance)> = Vec::new();
        out.extend(self.rules().map(|r| (r.id.clone(), &r.provenance)));
        out.extend(
            self.provinces()
                .map(|p| (format!("province {}", p.slug), &p.provenance)),
        );
        out.extend(
            self.all_province_rules()
                .map(|r| (r.id.clone(), &r.provenance)),
        );
        out.extend(
            self.tlds()
                .map(|t| (format!("tld {}", t.suffix), &t.provenance)),
        );
        out.extend(
            self.products
                .iter()
                .map(|p| (format!("product {}", p.id), &p.provenance)),
        );
        out.extend(
            self.materials()
                .map(|m| (format!("material {}", m.id), &m.provenance)),
        );
        out.extend(
            self.residency_documents
                .iter()
                .map(|d| (format!("documents for {}", d.residency), &d.provenance)),
        );
        out.extend(
            self.entity_types
                .iter()
                .map(|e| (format!("entity type {}", e.id), &e.provenance)),
        );
        out.extend(
            self.industries()
                .map(|i| (format!("industry {}", i.id), &i.provenance)),
        );
        out.extend(
            self.website_rules()
                .map(|r| (format!("website rule {}", r.id), &r.provenance)),
        );
        out.extend(
            self.icp_prefix_alternates
                .iter()
                .map(|a| (format!("icp prefix {}", a.prefix), &a.provenance)),
        );
        out
    }
}

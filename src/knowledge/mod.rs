//! The rule data in `assets/rules/` (embedded in the binary), its types, lookups, and a
//! self-check of the data: unique ids, every reference resolves, every rule sourced and dated,
//! every seed statement covered. Knows nothing about sessions' answers or screens.

mod facts;
pub mod provenance;
mod self_check;
pub mod types;

use std::collections::HashMap;

pub use provenance::{Confidence, Provenance, source_url};
pub use self_check::SEED_STATEMENTS;
pub use types::*;

use crate::session::{
    CertificateType, EntityType, IndustryId, MaterialId, ProductId, ProvinceSlug, Residency,
};

/// The rule files in merge order. The build script (build.rs) converts `assets/rules/*.yaml`
/// to one JSON document keyed by file name, embedded here so the binary runs offline and from
/// anywhere and starts fast.
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
];

const BUILT: &str = include_str!(concat!(env!("OUT_DIR"), "/rules.json"));

#[derive(Debug, thiserror::Error)]
pub enum KnowledgeError {
    #[error("rule file assets/rules/{file}: {source}")]
    Parse {
        file: &'static str,
        #[source]
        source: crate::yaml::Error,
    },
    #[error("built-in rule data: {0}")]
    Built(String),
    #[error("rule data is inconsistent:\n  {}", .0.join("\n  "))]
    Inconsistent(Vec<String>),
}

/// One rule file: every key is optional so each file holds only its own kinds of facts.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields, default)]
struct RuleFile {
    rules_version: Option<String>,
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
}

#[derive(Debug, Default)]
pub struct Knowledge {
    pub rules_version: String,
    pub rules: Vec<Rule>,
    pub provinces: Vec<Province>,
    pub province_rules: Vec<ProvinceRule>,
    pub tld_sources: Vec<TldSource>,
    pub tlds: Vec<Tld>,
    pub products: Vec<Product>,
    pub materials: Vec<Material>,
    pub residency_documents: Vec<ResidencyDocuments>,
    pub certificate_names: Vec<CertificateName>,
    pub entity_types: Vec<EntityTypeInfo>,
    pub industries: Vec<Industry>,
    tld_index: HashMap<String, usize>,
    rule_index: HashMap<String, usize>,
}

impl Knowledge {
    /// Load the embedded rule data. The data is built in, so a failure here is a packaging bug,
    /// but it is still reported rather than panicking.
    pub fn builtin() -> Result<Knowledge, KnowledgeError> {
        let mut files: HashMap<String, RuleFile> =
            serde_json::from_str(BUILT).map_err(|e| KnowledgeError::Built(e.to_string()))?;
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
        k.build_index();
        Ok(k)
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
            let f: RuleFile = crate::yaml::from_str(text)
                .map_err(|source| KnowledgeError::Parse { file, source })?;
            k.add(f);
        }
        k.build_index();
        Ok(k)
    }

    fn add(&mut self, f: RuleFile) {
        if let Some(v) = f.rules_version {
            self.rules_version = v;
        }
        self.rules.extend(f.rules);
        self.provinces.extend(f.provinces);
        self.province_rules.extend(f.province_rules);
        self.tld_sources.extend(f.sources);
        self.tlds.extend(f.tlds);
        self.products.extend(f.products);
        self.materials.extend(f.materials);
        self.residency_documents.extend(f.residency_documents);
        self.certificate_names.extend(f.certificate_names);
        self.entity_types.extend(f.entity_types);
        self.industries.extend(f.industries);
    }

    fn build_index(&mut self) {
        self.tld_index = self
            .tlds
            .iter()
            .enumerate()
            .map(|(i, t)| (t.suffix.clone(), i))
            .collect();
        self.rule_index = self
            .rules
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.clone(), i))
            .collect();
    }

    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.rule_index.get(id).map(|&i| &self.rules[i])
    }

    pub fn province(&self, slug: ProvinceSlug) -> Option<&Province> {
        self.provinces.iter().find(|p| p.slug == slug)
    }

    /// The province whose two-digit GB/T 2260 code this is ("44" → Guangdong).
    pub fn province_by_code(&self, code: &str) -> Option<&Province> {
        self.provinces.iter().find(|p| p.code == code)
    }

    pub fn province_rules(&self, slug: ProvinceSlug) -> impl Iterator<Item = &ProvinceRule> {
        self.province_rules
            .iter()
            .filter(move |r| r.province == slug)
    }

    /// The whitelist entry for a suffix (A-label, no leading dot).
    pub fn tld(&self, suffix: &str) -> Option<&Tld> {
        self.tld_index.get(suffix).map(|&i| &self.tlds[i])
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
        self.materials.iter().find(|m| m.id == id)
    }

    pub fn industry(&self, id: IndustryId) -> Option<&Industry> {
        self.industries.iter().find(|i| i.id == id)
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
        out.extend(self.rules.iter().map(|r| (r.id.clone(), &r.provenance)));
        out.extend(
            self.provinces
                .iter()
                .map(|p| (format!("province {}", p.slug), &p.provenance)),
        );
        out.extend(
            self.province_rules
                .iter()
                .map(|r| (r.id.clone(), &r.provenance)),
        );
        out.extend(
            self.tlds
                .iter()
                .map(|t| (format!("tld {}", t.suffix), &t.provenance)),
        );
        out.extend(
            self.products
                .iter()
                .map(|p| (format!("product {}", p.id), &p.provenance)),
        );
        out.extend(
            self.materials
                .iter()
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
            self.industries
                .iter()
                .map(|i| (format!("industry {}", i.id), &i.provenance)),
        );
        out
    }
}

//! The built-in rules are compiled in as code generated from `assets/rules/*.yaml`
//! (src/knowledge/builtin_data.rs, written by src/knowledge/bake.rs). These tests keep that
//! code equal to the YAML; `ICP_PREP_REGENERATE=1 cargo test --test builtin_data` writes it anew.

use std::path::Path;

use icp_prep::knowledge::{BUILTIN_FILES, Knowledge, bake};

/// Set while the generated file is written anew: the program then reads the YAML itself, and
/// only the test that writes the file has anything to check.
fn regenerating() -> bool {
    std::env::var_os("ICP_PREP_REGENERATE").is_some()
}

fn generated_path() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src/knowledge/builtin_data.rs")
}

#[test]
fn the_generated_rules_are_written_from_the_rule_files_as_they_are() {
    let fresh = bake::builtin_data_source().expect("the rule files parse");
    let path = generated_path();
    if regenerating() {
        std::fs::write(&path, &fresh).expect("src/knowledge is writable");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "{} is not what the rule files give: write it anew with \
         `ICP_PREP_REGENERATE=1 cargo test --test builtin_data`",
        path.display()
    );
}

#[test]
fn the_fingerprint_build_rs_checks_is_the_rule_files() {
    if regenerating() {
        return;
    }
    let first = std::fs::read_to_string(generated_path()).expect("the generated file exists");
    let line = first.lines().next().unwrap_or_default();
    assert_eq!(
        line,
        format!(
            "{}{:016x}",
            bake::HASH_LINE,
            bake::source_hash(BUILTIN_FILES)
        )
    );
    // Any edit to any file changes it, and so does moving text from one file to another.
    let edited: Vec<(&str, String)> = BUILTIN_FILES
        .iter()
        .map(|(n, t)| (*n, t.replacen("2026", "2025", 1)))
        .collect();
    for i in 0..edited.len() {
        let mut files: Vec<(&str, &str)> = BUILTIN_FILES.to_vec();
        files[i].1 = &edited[i].1;
        assert_ne!(
            bake::source_hash(&files),
            bake::source_hash(BUILTIN_FILES),
            "{}",
            files[i].0
        );
    }
    let moved = [("a.yaml", "xy"), ("b.yaml", "z")];
    assert_ne!(
        bake::source_hash(&moved),
        bake::source_hash(&[("a.yaml", "x"), ("b.yaml", "yz")])
    );
}

/// Every list of the compiled-in rules, entry by entry, equals the YAML read by serde.
#[test]
fn the_compiled_in_rules_equal_the_yaml() {
    if regenerating() {
        return;
    }
    let built = Knowledge::builtin().expect("built-in rules");
    let yaml = Knowledge::from_files(BUILTIN_FILES).expect("the rule files parse");
    let all = |k: &Knowledge| -> Vec<String> {
        let mut v = vec![
            format!("{:?} {:?}", k.rules_version, k.last_checked),
            format!("{:?}", k.products),
            format!("{:?}", k.residency_documents),
            format!("{:?}", k.certificate_names),
            format!("{:?}", k.entity_types),
            format!("{:?}", k.icp_prefix_alternates),
        ];
        v.extend(k.rules().map(|r| format!("{r:?}")));
        v.extend(k.provinces().map(|p| format!("{p:?}")));
        v.extend(
            k.provinces()
                .map(|p| format!("{:?}", k.province_rules(p.slug).collect::<Vec<_>>())),
        );
        v.extend(k.tlds().map(|t| format!("{t:?}")));
        v.extend(k.tld_sources().map(|s| format!("{s:?}")));
        v.extend(k.materials().map(|m| format!("{m:?}")));
        v.extend(k.industries().map(|i| format!("{i:?}")));
        v.extend(k.website_rules().map(|w| format!("{w:?}")));
        v
    };
    let (built, yaml) = (all(&built), all(&yaml));
    assert!(built.len() > 400, "{}", built.len());
    assert_eq!(built.len(), yaml.len());
    for (b, y) in built.iter().zip(&yaml) {
        assert_eq!(b, y);
    }
}

//! Converts the rule files (assets/rules/*.yaml) to one JSON document at build time. The binary
//! embeds the JSON: serde_json reads it several times faster than YAML is parsed, which keeps
//! startup within budget (DESIGN.md §4). A YAML syntax error in a rule file fails the build here;
//! the typed checks (and line numbers) come from `Knowledge::from_files`, which the tests run on
//! the YAML itself.

use std::path::Path;

fn main() {
    let dir = Path::new("assets/rules");
    println!("cargo:rerun-if-changed=assets/rules");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("assets/rules is readable")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".yaml"))
        .collect();
    names.sort();
    let mut files = serde_json::Map::new();
    for name in names {
        println!("cargo:rerun-if-changed=assets/rules/{name}");
        let text = std::fs::read_to_string(dir.join(&name)).expect("rule file is readable");
        let value: serde_yaml::Value = serde_yaml::from_str(&text)
            .unwrap_or_else(|e| panic!("assets/rules/{name} is not valid YAML: {e}"));
        let json =
            serde_json::to_value(&value).unwrap_or_else(|e| panic!("assets/rules/{name}: {e}"));
        files.insert(name, json);
    }
    let out_dir = std::env::var("OUT_DIR").expect("OUT_DIR");
    province_codes(&files, Path::new(&out_dir));
    let out = Path::new(&out_dir).join("rules.json");
    std::fs::write(out, serde_json::to_string(&files).expect("serialises"))
        .expect("OUT_DIR is writable");
}

/// The validators' list of mainland province codes, generated from `provinces.yaml` so the data
/// holds the one list (issue 11): `province_codes.rs` is a sorted `[&str; N]` constant.
fn province_codes(files: &serde_json::Map<String, serde_json::Value>, out_dir: &Path) {
    let mut codes: Vec<String> = files
        .get("provinces.yaml")
        .and_then(|f| f.get("provinces"))
        .and_then(|p| p.as_array())
        .map(|list| {
            list.iter()
                .filter_map(|p| p.get("code").and_then(|c| c.as_str()).map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    codes.sort();
    codes.dedup();
    let items: Vec<String> = codes.iter().map(|c| format!("{c:?}")).collect();
    let text = format!(
        "pub const MAINLAND_PROVINCE_CODES: [&str; {}] = [{}];\n",
        codes.len(),
        items.join(", ")
    );
    std::fs::write(out_dir.join("province_codes.rs"), text).expect("OUT_DIR is writable");
}

//! Converts the rule files (assets/rules/*.yaml) to JSON at build time. The binary embeds the
//! JSON: serde_json reads it several times faster than YAML is parsed, which keeps startup within
//! budget (DESIGN.md §4). The province rules and the suffixes, four fifths of the data, are kept
//! apart, one JSON text per province and per suffix (`rules_lazy.rs`), so the program reads only
//! the ones a session needs (`knowledge/lazy.rs`). A YAML syntax error in a rule file fails the build here;
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
    lazy_parts(&mut files, Path::new(&out_dir));
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

/// Takes `province_rules` (grouped by province, in data order) and `tlds` (one per suffix) out of
/// the rule files and writes them to `rules_lazy.rs`: per list, one text holding every entry's
/// JSON one after another, and `(key, start, end)` spans into it. The keys are searched at
/// startup and the texts only read when asked for; kept apart, the keys share a few pages and
/// the texts' pages stay unread (and out of memory).
fn lazy_parts(files: &mut serde_json::Map<String, serde_json::Value>, out_dir: &Path) {
    let mut taken = |list: &str, home: &str| -> Vec<serde_json::Value> {
        let mut out = Vec::new();
        for (name, file) in files.iter_mut() {
            let Some(items) = file.as_object_mut().and_then(|f| f.remove(list)) else {
                continue;
            };
            // the program adds these lists to the data where `home` comes in the merge order
            assert!(
                name == home,
                "assets/rules/{name}: `{list}` belongs in {home} (the program reads it from there)"
            );
            if let serde_json::Value::Array(items) = items {
                out.extend(items);
            }
        }
        out
    };
    let rules = taken("province_rules", "provinces.yaml");
    let tlds = taken("tlds", "tlds.yaml");
    let key = |v: &serde_json::Value, field: &str| -> String {
        v.get(field)
            .and_then(|k| k.as_str())
            .unwrap_or_else(|| panic!("an entry without `{field}`: {v}"))
            .to_string()
    };
    let mut groups: Vec<(String, Vec<serde_json::Value>)> = Vec::new();
    for r in rules {
        let province = key(&r, "province");
        match groups.iter_mut().find(|(p, _)| *p == province) {
            Some((_, list)) => list.push(r),
            None => groups.push((province, vec![r])),
        }
    }
    let literal = |name: &str, what: &str, items: Vec<(String, String)>| -> String {
        let mut text = String::new();
        let mut spans = String::new();
        for (k, json) in items {
            let start = text.len();
            text.push_str(&json);
            spans.push_str(&format!("    ({k:?}, {start}, {}),\n", text.len()));
        }
        format!(
            "/// {what}: (key, start, end) in `{name}_TEXT`, in data order.\n\
             pub const {name}: &[(&str, usize, usize)] = &[\n{spans}];\n\
             pub const {name}_TEXT: &str = {text:?};\n"
        )
    };
    let provinces = literal(
        "PROVINCE_RULES",
        "Each province's rules as one JSON array, in the order of the rule files",
        groups
            .into_iter()
            .map(|(p, list)| (p, serde_json::Value::Array(list).to_string()))
            .collect(),
    );
    let suffixes = literal(
        "TLDS",
        "Each suffix as one JSON object, in the order of tlds.yaml",
        tlds.into_iter()
            .map(|t| (key(&t, "suffix"), t.to_string()))
            .collect(),
    );
    std::fs::write(out_dir.join("rules_lazy.rs"), provinces + &suffixes)
        .expect("OUT_DIR is writable");
}

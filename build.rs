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
    startup_order();
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

/// Takes `province_rules` (grouped by province, in data order), `tlds` (one per suffix),
/// `website_rules` and the suffixes' `sources` (one group each), `provinces`, `materials` and
/// `industries` (one per slug or id) and every file's `rules` (one per id, a list per file) out
/// of the rule files and writes them to `rules_lazy.rs`: per list, one text holding every
/// entry's JSON one after another, and `(key, start, end)` spans into it. The keys are searched
/// at startup and the texts only read when asked for; kept apart, the keys share a few pages and
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
    let website_rules = taken("website_rules", "websites.yaml");
    let tld_sources = taken("sources", "tlds.yaml");
    let materials = taken("materials", "materials.yaml");
    let industries = taken("industries", "preapproval.yaml");
    let province_list = taken("provinces", "provinces.yaml");
    // The general rules of every file, kept per file (a rules folder replaces whole files).
    let mut general: Vec<(String, Vec<serde_json::Value>)> = Vec::new();
    for (name, file) in files.iter_mut() {
        if let Some(serde_json::Value::Array(items)) =
            file.as_object_mut().and_then(|f| f.remove("rules"))
        {
            general.push((name.clone(), items));
        }
    }
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
        let mut sorted: Vec<(String, usize)> = Vec::new();
        for (i, (k, json)) in items.into_iter().enumerate() {
            let start = text.len();
            text.push_str(&json);
            spans.push_str(&format!("    ({k:?}, {start}, {}),\n", text.len()));
            sorted.push((k, i));
        }
        // Stable: among equal keys the later entry sorts last (the program takes the last).
        sorted.sort_by(|a, b| a.0.cmp(&b.0));
        let sorted: Vec<String> = sorted.iter().map(|(_, i)| i.to_string()).collect();
        format!(
            "/// {what}.\n\
             pub const {name}: super::lazy::Built = super::lazy::Built {{\n\
             spans: &[\n{spans}],\n\
             sorted: &[{}],\n\
             text: {text:?},\n}};\n",
            sorted.join(", ")
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
    // A whole list read at once, as one JSON array under one key.
    let group = |name: &str, what: &str, key: &str, items: Vec<serde_json::Value>| {
        let text = serde_json::Value::Array(items).to_string();
        literal(name, what, vec![(key.to_string(), text)])
    };
    // Read only for a session that describes a website (or by `rules` and the self-check).
    let websites = group(
        "WEBSITE_RULES",
        "The website checks as one JSON array",
        "websites",
        website_rules,
    );
    // Read only by the self-check (`icp-prep rules check` and the tests).
    let sources = group(
        "TLD_SOURCES",
        "The suffix evidence sources as one JSON array",
        "sources",
        tld_sources,
    );
    // One JSON object per entry, keyed by its `field`.
    let keyed = |name: &str, what: &str, items: Vec<serde_json::Value>, field: &str| {
        let items = items
            .into_iter()
            .map(|v| (key(&v, field), v.to_string()))
            .collect();
        literal(name, what, items)
    };
    // Looked up by id: a session needs the few its applicant must upload.
    let materials = keyed(
        "MATERIALS",
        "Each material as one JSON object, in the order of materials.yaml",
        materials,
        "id",
    );
    // Looked up by id: a session needs the industries it names.
    let industries = keyed(
        "INDUSTRIES",
        "Each industry as one JSON object, in the order of preapproval.yaml",
        industries,
        "id",
    );
    // Looked up by slug: a session is filed in one; only a list of them reads all 31.
    let province_list = keyed(
        "PROVINCES",
        "Each province as one JSON object, in the order of provinces.yaml",
        province_list,
        "slug",
    );
    // A session's evaluation looks up about half of them, by id.
    let mut rules = String::new();
    let mut by_file = String::new();
    for (i, (name, items)) in general.into_iter().enumerate() {
        rules.push_str(&keyed(
            &format!("RULES_{i}"),
            &format!("The general rules of {name}, one JSON object each"),
            items,
            "id",
        ));
        by_file.push_str(&format!("    ({name:?}, &RULES_{i}),\n"));
    }
    rules.push_str(&format!(
        "/// Each file's general rules.\n\
         pub const RULES: &[(&str, &super::lazy::Built)] = &[\n{by_file}];\n"
    ));
    std::fs::write(
        out_dir.join("rules_lazy.rs"),
        provinces
            + &province_list
            + &suffixes
            + &websites
            + &sources
            + &materials
            + &industries
            + &rules,
    )
    .expect("OUT_DIR is writable");
}

/// Release builds for x86_64 Linux link the functions the wizard runs before its first screen
/// first and together (`assets/startup-order.txt`, written by tools/startup_order.py): the kernel
/// maps code in 64 KiB windows around each page touched, and spread over the whole binary that
/// code cost 1.8 MiB more memory (DESIGN.md §4: 6 MiB). Only where the linker is rust's default
/// lld (Rust 1.90 and later, no linker configured), which reads such a list; elsewhere the
/// program is the same, laid out as the compiler left it. Also hands the tests the rustc version,
/// which the list's first line must name (its symbol names carry the compiler's hashes).
fn startup_order() {
    let order = Path::new("assets/startup-order.txt");
    println!("cargo:rerun-if-changed={}", order.display());
    println!("cargo:rerun-if-env-changed=RUSTC_LINKER");
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let version = std::process::Command::new(rustc)
        .arg("--version")
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    println!("cargo:rustc-env=ICP_PREP_RUSTC_VERSION={version}");
    let env = |k: &str| std::env::var(k).unwrap_or_default();
    let minor: u32 = version
        .split_whitespace()
        .nth(1)
        .and_then(|v| v.split('.').nth(1))
        .and_then(|m| m.parse().ok())
        .unwrap_or(0);
    let default_lld = env("CARGO_CFG_TARGET_ARCH") == "x86_64"
        && env("CARGO_CFG_TARGET_OS") == "linux"
        && env("CARGO_CFG_TARGET_ENV") == "gnu"
        && minor >= 90
        && std::env::var_os("RUSTC_LINKER").is_none()
        && !env("CARGO_ENCODED_RUSTFLAGS").contains("link");
    if env("PROFILE") == "release" && default_lld && order.is_file() {
        let path = std::fs::canonicalize(order).expect("assets/startup-order.txt has a path");
        println!(
            "cargo:rustc-link-arg-bins=-Wl,--symbol-ordering-file={}",
            path.display()
        );
        // Names the list has and the binary does not (code changed since it was written) are
        // skipped without a word; the measurement tool shows when to write it anew.
        println!("cargo:rustc-link-arg-bins=-Wl,--no-warn-symbol-ordering");
    }
}

//! Checks the rule files (assets/rules/*.yaml) at build time: each must be valid YAML, and the
//! generated code the program compiles them as (src/knowledge/builtin_data.rs, written by
//! src/knowledge/bake.rs) must have been written from these very files, so a program never
//! starts with rules older than its YAML. Also writes the validators' list of province codes.
//! The typed checks (and line numbers) come from `Knowledge::from_files`, which the tests run
//! on the YAML itself.

use std::path::Path;

/// Set while the generated file is written anew: the program then reads the YAML instead.
const REGENERATE: &str = "ICP_PREP_REGENERATE";
/// The generated file's first line (src/knowledge/bake.rs `HASH_LINE`).
const HASH_LINE: &str = "// source-hash: ";

fn main() {
    let dir = Path::new("assets/rules");
    println!("cargo:rerun-if-changed=assets/rules");
    println!("cargo:rerun-if-env-changed={REGENERATE}");
    println!("cargo::rustc-check-cfg=cfg(icp_prep_rules_from_yaml)");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("assets/rules is readable")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".yaml"))
        .collect();
    names.sort();
    let mut files = Vec::new();
    for name in names {
        println!("cargo:rerun-if-changed=assets/rules/{name}");
        let text = std::fs::read_to_string(dir.join(&name)).expect("rule file is readable");
        let value: serde_yaml::Value = serde_yaml::from_str(&text)
            .unwrap_or_else(|e| panic!("assets/rules/{name} is not valid YAML: {e}"));
        files.push((name, text, value));
    }
    startup_order();
    generated_is_current(&files);
    let out_dir = std::env::var("OUT_DIR").expect("OUT_DIR");
    let provinces = files
        .iter()
        .find(|(name, _, _)| name == "provinces.yaml")
        .map(|(_, _, value)| value);
    province_codes(provinces, Path::new(&out_dir));
}

/// Refuses to build when src/knowledge/builtin_data.rs was written from other rule files than
/// these. With ICP_PREP_REGENERATE set, compiles the program reading the YAML instead (so the
/// test that writes the file can run however old or broken the file is).
fn generated_is_current(files: &[(String, String, serde_yaml::Value)]) {
    let generated = Path::new("src/knowledge/builtin_data.rs");
    println!("cargo:rerun-if-changed={}", generated.display());
    if std::env::var_os(REGENERATE).is_some() {
        println!("cargo:rustc-cfg=icp_prep_rules_from_yaml");
        return;
    }
    // FNV-1a over each name and text, by name: the same as bake.rs `source_hash`.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for (name, text, _) in files {
        for b in name.bytes().chain([0xff]).chain(text.bytes()).chain([0xff]) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    let recorded = std::fs::read_to_string(generated)
        .ok()
        .and_then(|t| Some(t.lines().next()?.strip_prefix(HASH_LINE)?.to_string()));
    if recorded.as_deref() != Some(format!("{hash:016x}").as_str()) {
        panic!(
            "assets/rules/ has changed since {} was generated from it: write it anew with \
             `{REGENERATE}=1 cargo test --test builtin_data`",
            generated.display()
        );
    }
}

/// The validators' list of mainland province codes, generated from `provinces.yaml` so the data
/// holds the one list (issue 11): `province_codes.rs` is a sorted `[&str; N]` constant.
fn province_codes(provinces: Option<&serde_yaml::Value>, out_dir: &Path) {
    let mut codes: Vec<String> = provinces
        .and_then(|f| f.get("provinces"))
        .and_then(|p| p.as_sequence())
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

//! `engine::evaluate` on a full session (DESIGN.md §4 / issue 2: well under 50 µs), and the
//! one-off cost of loading the rules: the embedded data (every start that needs rules pays it;
//! a province's rules and a suffix are read when first asked for, knowledge/lazy.rs), every
//! province and suffix read as well (what `rules` and the self-check read), and a `--rules`
//! folder holding every rule file (YAML, read instead of the embedded data).

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use icp_prep::engine::evaluate;
use icp_prep::knowledge::Knowledge;

fn benches(c: &mut Criterion) {
    let k = Knowledge::builtin().expect("rules load");
    let today = NaiveDate::from_ymd_opt(2026, 11, 28).expect("date");
    for name in [
        "full-guangdong-enterprise",
        "guangdong-hong-kong-individual",
    ] {
        let path = format!("{}/tests/fixtures/{name}.yaml", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(path).expect("fixture");
        let session = icp_prep::session::parse(&text).expect("parses");
        c.bench_function(&format!("evaluate/{name}"), |b| {
            b.iter(|| evaluate(std::hint::black_box(&session), &k, today))
        });
    }
    c.bench_function("knowledge/builtin", |b| {
        b.iter(|| Knowledge::builtin().expect("rules load"))
    });
    // What opening a Guangdong session with example.com reads.
    c.bench_function("knowledge/builtin, one province and one suffix read", |b| {
        b.iter(|| {
            let k = Knowledge::builtin().expect("rules load");
            let n = k
                .province_rules(icp_prep::session::ProvinceSlug::Guangdong)
                .count();
            (n, k.tld("com").is_some())
        })
    });
    c.bench_function("knowledge/builtin, every province and suffix read", |b| {
        b.iter(|| {
            let k = Knowledge::builtin().expect("rules load");
            (k.all_province_rules().count(), k.tlds().count())
        })
    });
    let folder: Vec<(String, String)> = icp_prep::knowledge::BUILTIN_FILES
        .iter()
        .map(|(name, text)| (name.to_string(), text.to_string()))
        .collect();
    // What `--rules DIR` costs at start besides reading the files: parse and self-check.
    c.bench_function("knowledge/rules folder with every file, checked", |b| {
        b.iter(|| {
            let k = Knowledge::with_overrides(&folder, std::path::PathBuf::from("rules"))
                .expect("rules load");
            assert!(k.self_check().is_empty());
            k
        })
    });
}

criterion_group!(evaluate_benches, benches);
criterion_main!(evaluate_benches);

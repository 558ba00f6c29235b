//! The store's budgets (DESIGN.md §4): one save of a full session, with both fsyncs and the
//! backup (autosave budget ≤ 2 ms), and `list` over 1,000 sessions (budget ≤ 0.3 s).

use std::path::Path;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use icp_prep::knowledge::Knowledge;
use icp_prep::session::Session;
use icp_prep::store::{self, DataDir};

fn fixture(name: &str) -> Session {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(format!("{name}.yaml"));
    store::load(&path).expect("fixture loads")
}

fn benches(c: &mut Criterion) {
    let full = fixture("full-guangdong-enterprise");

    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("acme.yaml");
    let mut session = full.clone();
    store::save(&path, &mut session, store::now()).expect("first save");
    c.bench_function("store/save full session (fsync, backup)", |b| {
        b.iter(|| {
            store::save(&path, std::hint::black_box(&mut session), store::now()).expect("save")
        })
    });
    c.bench_function("store/load full session", |b| {
        b.iter(|| store::load(std::hint::black_box(&path)).expect("load"))
    });

    // 1,000 sessions of every kind the fixtures have, a few of them damaged.
    let data_dir = tempfile::tempdir().expect("tempdir");
    let data = DataDir::new(data_dir.path());
    let sessions = data.create().expect("sessions folder");
    let kinds: Vec<Session> = [
        "full-guangdong-enterprise",
        "beijing-individual-blog",
        "fujian-individual-cross-province",
        "guangdong-hong-kong-individual",
        "jiangxi-public-institution",
        "shanghai-enterprise-international",
        "empty",
    ]
    .iter()
    .map(|n| fixture(n))
    .collect();
    for i in 0..1000 {
        let file = sessions.join(format!("client-{i:04}.yaml"));
        if i % 100 == 99 {
            std::fs::write(&file, "version: 1\napplicant:\n  province: guangzhou\n")
                .expect("write");
        } else {
            store::write(&file, &kinds[i % kinds.len()]).expect("write");
        }
    }
    let k = Knowledge::builtin().expect("rules load");
    let today = NaiveDate::from_ymd_opt(2026, 11, 28).expect("date");
    // What `icp-prep list` does: the store reads the files, the engine counts each checklist.
    let list = || {
        store::list(&data)
            .expect("list")
            .into_iter()
            .map(|r| {
                r.session
                    .map(|s| icp_prep::engine::evaluate(&s, &k, today).counts())
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(list().len(), 1000);
    let mut group = c.benchmark_group("store");
    group.sample_size(20);
    group.bench_function("list 1000 sessions", |b| b.iter(list));
    group.finish();
}

criterion_group!(store_benches, benches);
criterion_main!(store_benches);

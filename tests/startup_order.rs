//! The list of functions release builds place first (assets/startup-order.txt, see build.rs and
//! tools/startup_order.py). It keeps the wizard's peak memory within DESIGN.md §4's 6 MiB, and
//! it goes stale without a sound: its symbol names carry the compiler's hashes, so a list
//! written by another rustc matches nothing and the memory quietly grows back by 1.8 MiB.

const LIST: &str = include_str!("../assets/startup-order.txt");

#[test]
fn the_startup_order_was_written_by_the_compiler_building_now() {
    let first = LIST.lines().next().unwrap_or_default();
    assert_eq!(
        first.trim_start_matches("# "),
        env!("ICP_PREP_RUSTC_VERSION"),
        "assets/startup-order.txt was written for another compiler: run \
         `cargo build --release && python3 tools/startup_order.py`, then build again"
    );
}

#[test]
fn the_startup_order_names_this_programs_startup() {
    let names: Vec<&str> = LIST
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .collect();
    // The wizard's own startup (rules, session, engine, drawing) as well as the library code.
    for part in [
        "8icp_prep3tui",
        "8icp_prep9knowledge",
        "8icp_prep6engine",
        "8icp_prep5store",
    ] {
        assert!(
            names.iter().any(|n| n.contains(part)),
            "no function of {part} in the list"
        );
    }
    assert!(names.len() > 500, "{} names", names.len());
}

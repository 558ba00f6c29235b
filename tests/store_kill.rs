//! Kill during save (DESIGN.md §5 layer 4, issue 4). A child process saves two known states
//! alternately, with a counter, in a loop; it is killed with SIGKILL at a random moment, over
//! and over. After every kill the session file must parse and equal either the last state the
//! child reported saved or the one it was saving — never a mix, never empty — and its backup
//! must be one of the two states before. Each new child also proves that the killed one's lock
//! does not block.

#![cfg(unix)]

use std::io::{BufRead, BufReader, Read};
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use icp_prep::session::Session;
use icp_prep::store;

const ROUNDS: usize = 240;

/// xorshift64*: a small deterministic generator, so a failing run can be repeated.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}

fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(format!("{name}.yaml"))
}

/// The state the child writes for counter `n`, without the time stamps.
fn expected(n: u64, states: &[Session; 2]) -> Session {
    let mut s = states[(n % 2) as usize].clone();
    s.name = Some(format!("save {n}"));
    unstamped(s)
}

fn unstamped(mut s: Session) -> Session {
    s.created = None;
    s.updated = None;
    s
}

fn counter(s: &Session) -> u64 {
    let name = s.name.as_deref().unwrap_or_default();
    name.strip_prefix("save ")
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no counter in {name:?}"))
}

#[test]
fn sigkill_during_saves_never_leaves_a_mixed_or_empty_file() {
    let started = Instant::now();
    let data = tempfile::tempdir().unwrap();
    // Two states that differ in almost every line and in size.
    let a = fixture("full-guangdong-enterprise");
    let b = fixture("beijing-individual-blog");
    let states = [store::load(&a).unwrap(), store::load(&b).unwrap()];
    let sessions = data.path().join("sessions");
    let file = sessions.join("acme.yaml");
    let backup = sessions.join("acme.yaml.bak");

    let mut rng = Rng(0x1c9_9e37_79b9_7f4a);
    let (mut saves, mut unreported, mut temp_left, mut idle_kills) = (0u64, 0, 0, 0);
    let mut last_known = 0u64;
    for round in 0..ROUNDS {
        let mut child = Command::new(env!("CARGO_BIN_EXE_icp-prep"))
            .env("ICP_PREP_DATA_DIR", data.path())
            .args(["__save-loop", "acme"])
            .arg(&a)
            .arg(&b)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut out = BufReader::new(child.stdout.take().unwrap());
        let mut ready = String::new();
        out.read_line(&mut ready).unwrap();
        if !ready.starts_with("ready ") {
            let mut err = String::new();
            child
                .stderr
                .take()
                .unwrap()
                .read_to_string(&mut err)
                .unwrap();
            panic!("round {round}: the saver did not start ({ready:?}): {err}");
        }
        let start: u64 = ready.trim()["ready ".len()..].parse().unwrap();
        assert_eq!(
            start, last_known,
            "round {round}: the new child read back what was last on disk"
        );
        // Kill anywhere from before the first save to a few saves in (a save with its two
        // fsyncs takes 2–10 ms on the 2-core VM).
        std::thread::sleep(Duration::from_micros(rng.next() % 30_000));
        child.kill().unwrap();
        let status = child.wait().unwrap();
        if status.signal() != Some(9) {
            let mut err = String::new();
            child
                .stderr
                .take()
                .unwrap()
                .read_to_string(&mut err)
                .unwrap();
            panic!("round {round}: the saver stopped by itself ({status:?}): {err}");
        }
        let mut rest = String::new();
        out.read_to_string(&mut rest).unwrap();
        let reported = rest
            .lines()
            .filter_map(|l| l.strip_prefix("saved "))
            .filter_map(|n| n.parse::<u64>().ok())
            .max();
        let reported = reported.unwrap_or(start);
        saves += reported - start;
        if reported == start {
            idle_kills += 1;
        }

        // Evidence that the kill landed inside a save: a temporary file left behind.
        let temps = std::fs::read_dir(&sessions)
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().starts_with(".acme.yaml."))
            .count();
        if temps > 0 {
            temp_left += 1;
        }

        if !file.exists() {
            assert_eq!(
                reported, 0,
                "round {round}: the session file vanished after saves"
            );
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(!text.is_empty(), "round {round}: empty session file");
        let on_disk = store::load(&file).unwrap_or_else(|e| {
            panic!("round {round}: the session file does not parse: {e}\n{text}")
        });
        let n = counter(&on_disk);
        assert!(
            n == reported || n == reported + 1,
            "round {round}: file has save {n}, child reported {reported}"
        );
        if n == reported + 1 {
            unreported += 1;
        }
        assert!(
            on_disk.created.is_some() && on_disk.updated.is_some(),
            "round {round}: stamps missing"
        );
        assert_eq!(
            unstamped(on_disk),
            expected(n, &states),
            "round {round}: save {n} is not exactly what was written"
        );
        if n >= 2 {
            let bak = store::load(&backup)
                .unwrap_or_else(|e| panic!("round {round}: the backup does not parse: {e}"));
            let m = counter(&bak);
            assert!(
                m + 1 == n || m == n,
                "round {round}: backup has save {m}, file has save {n}"
            );
            assert_eq!(
                unstamped(bak),
                expected(m, &states),
                "round {round}: backup {m} is mixed"
            );
        }
        last_known = n;
    }
    eprintln!(
        "{ROUNDS} kills in {:.1?}: {saves} saves reported, {unreported} kills after a save finished but before it was reported, \
         {temp_left} kills left a temporary file (inside a save), {idle_kills} kills before the first save of the round",
        started.elapsed()
    );
    assert!(
        saves >= ROUNDS as u64 / 2,
        "the children hardly saved: {saves} saves"
    );
    assert!(temp_left + unreported > 0, "no kill landed inside a save");
}

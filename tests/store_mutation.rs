//! Mutation property test (issue 14): thousands of random byte and line mutations of the
//! fixtures, from a fixed seed so a failure repeats. The library's whole load path (raw-text
//! guard, then parse) must never panic and never take long on any of them, and whatever it
//! accepts must save and load back the same (loader and saver agree). A sample also goes
//! through the real binary: `check` exits 0, 1 or 2, never panics, never hangs.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use icp_prep::store;

const MUTANTS: usize = 4000;
/// Every `SAMPLE`-th mutant also goes through the binary.
const SAMPLE: usize = 50;
/// Far above a normal parse (well under a millisecond): only a hang or a quadratic blow-up
/// reaches it. The issue's 100,000-bracket file took 115 s.
const PARSE_LIMIT: Duration = Duration::from_secs(2);

/// xorshift64*: small and deterministic.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn fixtures() -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut out: Vec<Vec<u8>> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .map(|p| std::fs::read(p).unwrap())
        .collect();
    out.sort();
    assert!(out.len() >= 5);
    out
}

/// Bytes that mean something to YAML or to a terminal, to insert more often than chance would.
const SPECIAL: &[&[u8]] = &[
    b"[",
    b"]",
    b"{",
    b"}",
    b"&a ",
    b"*a",
    b"!!str ",
    b"!x ",
    b":",
    b"- ",
    b"? ",
    b"#",
    b"\"",
    b"'",
    b"\t",
    b"\n",
    b"\x00",
    b"\x1b",
    b"\\",
    b"|",
    b">",
    b"---\n",
    b"...\n",
    b"%YAML 1.1\n",
    b"\xff",
    b"\xc3",
    "中".as_bytes(),
    b"\r",
    b"~",
    b"null",
    b"yes",
    b"-1",
    b"1e999",
];

fn mutate(rng: &mut Rng, base: &[u8]) -> Vec<u8> {
    let mut v = base.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(v.len() + 1);
        match rng.below(9) {
            0 => {
                if at < v.len() {
                    v[at] = rng.next() as u8;
                }
            }
            1 => {
                if at < v.len() {
                    v.remove(at);
                }
            }
            2 | 3 => {
                let s = SPECIAL[rng.below(SPECIAL.len())];
                v.splice(at..at, s.iter().copied());
            }
            4 => {
                // A run of one special piece: nesting, anchors, tags in bulk.
                let s = SPECIAL[rng.below(SPECIAL.len())];
                let n = 1 + rng.below(2000);
                let run: Vec<u8> = s.iter().copied().cycle().take(s.len() * n).collect();
                v.splice(at..at, run);
            }
            _ => {
                let mut lines: Vec<Vec<u8>> =
                    v.split(|b| *b == b'\n').map(<[u8]>::to_vec).collect();
                let i = rng.below(lines.len());
                let j = rng.below(lines.len());
                match rng.below(4) {
                    0 => {
                        lines.remove(i);
                    }
                    1 => {
                        let l = lines[i].clone();
                        lines.insert(j, l);
                    }
                    2 => lines.swap(i, j),
                    _ => {
                        let cut = rng.below(lines[i].len() + 1);
                        lines[i].truncate(cut);
                    }
                }
                v = lines.join(&b'\n');
            }
        }
    }
    v
}

#[test]
fn random_mutations_never_panic_hang_or_save_what_cannot_load() {
    let bases = fixtures();
    let mut rng = Rng(0x0145_eed0_f1c9);
    let dir = tempfile::tempdir().unwrap();
    let started = Instant::now();
    let (mut accepted, mut refused, mut slowest) = (0usize, 0usize, Duration::ZERO);
    let mut codes = [0usize; 3];
    for n in 0..MUTANTS {
        let base = &bases[rng.below(bases.len())];
        let bytes = mutate(&mut rng, base);
        let text = String::from_utf8_lossy(&bytes);
        let t = Instant::now();
        let parsed = std::panic::catch_unwind(|| store::parse_str(Path::new("m.yaml"), &text));
        let took = t.elapsed();
        slowest = slowest.max(took);
        let parsed = parsed.unwrap_or_else(|_| panic!("mutant {n} panicked the parser: {text:?}"));
        assert!(
            took < PARSE_LIMIT,
            "mutant {n} took {took:?}: {:?}",
            &text[..text.len().min(300)]
        );
        match parsed {
            Ok(session) => {
                accepted += 1;
                // What loads must save (unless over the size limit) and load back the same.
                match store::render(&session) {
                    Ok(saved) if saved.len() as u64 <= store::MAX_FILE_BYTES => {
                        let again =
                            store::parse_str(Path::new("m.yaml"), &saved).unwrap_or_else(|e| {
                                panic!("mutant {n}: saved text refused: {e}\n{saved}")
                            });
                        assert_eq!(again, session, "mutant {n} changed on a round trip");
                    }
                    _ => {}
                }
            }
            Err(e) => {
                refused += 1;
                let msg = e.to_string();
                assert!(msg.contains("m.yaml"), "mutant {n}: {msg}");
                let shown = icp_prep::messages::printable(&msg);
                assert!(
                    !shown.chars().any(char::is_control),
                    "mutant {n}: the printed error carries a control character: {shown:?}"
                );
            }
        }
        if n % SAMPLE == 0 {
            let path = dir.path().join(format!("m{n}.yaml"));
            std::fs::write(&path, &bytes).unwrap();
            let code = check(&path);
            assert!(
                (0..=2).contains(&code),
                "mutant {n}: `check` exited {code}: {text:?}"
            );
            codes[code as usize] += 1;
            assert_eq!(
                std::fs::read(&path).unwrap(),
                bytes,
                "check changed mutant {n}"
            );
        }
    }
    eprintln!(
        "{MUTANTS} mutants in {:?}: {accepted} loaded, {refused} refused; slowest parse {slowest:?}; binary exits 0/1/2: {codes:?}",
        started.elapsed()
    );
    assert!(
        accepted > 50 && refused > 50,
        "the mutations reach both outcomes"
    );
}

/// `icp-prep check` on a file, with a time limit; its exit code (101 would be a panic).
fn check(path: &Path) -> i32 {
    let mut child = Command::new(env!("CARGO_BIN_EXE_icp-prep"))
        .args(["check", "--today", "2026-11-28"])
        .arg(path)
        .env("LC_ALL", "C")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            let out = child.wait_with_output().unwrap();
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(!err.contains("panicked"), "{path:?}: {err}");
            return status.code().unwrap_or(-1);
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("`check {path:?}` did not finish within 10 s");
        }
        std::thread::sleep(Duration::from_millis(2));
    }
}

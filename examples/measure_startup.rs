//! Startup measurement for DESIGN.md §4: launch → first complete screen in a real pty at
//! 80×24, and peak memory, for the release `icp-prep` next to a bare ratatui app and
//! `dialog --checklist` measured the same way in the same run (budget: start screen ≤ 1.5×,
//! a saved session opened ≤ 2× the bare ratatui app; ≤ 6 MiB RSS).
//!
//! A manual step, not a CI test (timings on shared machines are noise, and CI has no
//! `dialog`). It builds nothing: build the binary first.
//!
//! ```text
//! cargo build --release
//! sudo apt-get install -y dialog        # once
//! cargo run --release --example measure_startup -- [--runs 20] [--bin target/release/icp-prep]
//!     [--dialog dialog] [--no-dialog] [--with-session] [--rules-folder]
//! ```
//! (`tools/measure_startup.sh` does the checks and runs this.)
//!
//! Each run starts the program in a fresh 80×24 pty (`TERM=xterm-256color`) and times from
//! just before spawn to the output chunk that completes the first full screen:
//! - icp-prep, no arguments, empty data directory: the start screen, whose last line (the
//!   keys, ending "q quit") is drawn last; then `q`.
//! - `dialog --checklist "Pick" 20 60 10 a A on b B off`: the box with both items and its
//!   "<Cancel>" button; then Esc.
//! - `--reference PATH` (tools/measure_startup.sh passes the `bare_ratatui` example): DESIGN's
//!   reference, a bare ratatui app drawing the same two texts, timed like the start screen.
//! - `--with-session`: icp-prep with one saved session (the Guangdong fixture): the start
//!   screen listing it, Enter at once, then the wizard's first frame (its key line); both
//!   times are from spawn.
//! - `--rules-folder`: `icp-prep --rules DIR open acme`, DIR being the built-in rules written
//!   out with `icp-prep rules export` (every file replaced, so every file is parsed as YAML and
//!   self-checked): what a rules folder costs at startup (issue 16; no budget of its own).
//!
//! Peak memory is `VmHWM` (peak resident set) from `/proc/<pid>/status`, read while the
//! screen is up and again until the program exits (the largest value seen). The runs of the
//! programs alternate, after one unrecorded warm-up run each, so both see the same machine.

#[path = "../tests/common/pty.rs"]
mod pty;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use pty::{CommandBuilder, Pty, key};

const COLS: u16 = 80;
const ROWS: u16 = 24;

struct Sample {
    ms: f64,
    /// Second time (from spawn), for the session run: the wizard's first frame.
    ms2: Option<f64>,
    hwm_kib: u64,
}

/// Whether the last line with text on it contains `text` (rows are drawn top to bottom, so
/// once the last line is there the frame is complete).
fn last_row_has(s: &vt100::Screen, text: &str) -> bool {
    let (_, cols) = s.size();
    s.rows(0, cols.get())
        .filter(|l| !l.trim().is_empty())
        .last()
        .is_some_and(|l| l.contains(text))
}

/// Wait for exit, keeping the largest VmHWM seen on the way.
fn quit_and_peak(p: &mut Pty, keys: &str, mut hwm: u64) -> u64 {
    p.send(keys);
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Some(v) = p.proc_status_kib("VmHWM") {
            hwm = hwm.max(v);
        }
        if p.try_status().is_some() {
            break;
        }
        assert!(Instant::now() < deadline, "did not exit:\n{}", p.screen());
        std::thread::sleep(Duration::from_millis(2));
    }
    p.wait_exit(Duration::from_secs(5));
    hwm
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// `icp-prep open acme` on a saved session (with `--rules DIR` when `rules` is given): from
/// spawn to the wizard's first full frame.
fn open_run(bin: &Path, rules: Option<&Path>) -> Sample {
    let dir = tempfile::tempdir().expect("temp dir");
    let sessions = dir.path().join("sessions");
    std::fs::create_dir_all(&sessions).unwrap();
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/full-guangdong-enterprise.yaml");
    std::fs::copy(fixture, sessions.join("acme.yaml")).unwrap();
    let mut cmd = CommandBuilder::new(bin);
    if let Some(dir) = rules {
        cmd.arg("--rules");
        cmd.arg(dir);
    }
    cmd.args(["open", "acme"]);
    cmd.cwd(dir.path());
    cmd.env("ICP_PREP_DATA_DIR", dir.path());
    cmd.env("TERM", "xterm-256color");
    cmd.env("LC_ALL", "C.UTF-8");
    let mut p = Pty::spawn(cmd, COLS, ROWS);
    let at = p.wait_until("the wizard", Duration::from_secs(10), |s| {
        s.contents().contains("Step 2 of 6: Domain") && last_row_has(s, "q quit")
    });
    let first = ms(at - p.spawned_at);
    p.settle(Duration::from_millis(50));
    let hwm = p.proc_status_kib("VmHWM").unwrap_or(0);
    let hwm = quit_and_peak(&mut p, "q", hwm);
    Sample {
        ms: first,
        ms2: None,
        hwm_kib: hwm,
    }
}

fn icp_prep_run(bin: &Path, with_session: bool) -> Sample {
    let dir = tempfile::tempdir().expect("temp dir");
    if with_session {
        let sessions = dir.path().join("sessions");
        std::fs::create_dir_all(&sessions).unwrap();
        let fixture = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/full-guangdong-enterprise.yaml");
        std::fs::copy(fixture, sessions.join("acme.yaml")).unwrap();
    }
    let mut cmd = CommandBuilder::new(bin);
    cmd.cwd(dir.path());
    cmd.env("ICP_PREP_DATA_DIR", dir.path());
    cmd.env("TERM", "xterm-256color");
    cmd.env("LC_ALL", "C.UTF-8");
    let mut p = Pty::spawn(cmd, COLS, ROWS);
    let limit = Duration::from_secs(10);
    let first_text = if with_session {
        "acme · Domain (2/6)"
    } else {
        "No saved session yet"
    };
    let at = p.wait_until("the start screen", limit, |s| {
        last_row_has(s, "q quit") && s.contents().contains(first_text)
    });
    let first = ms(at - p.spawned_at);
    let mut second = None;
    if with_session {
        p.send(key::ENTER);
        let at = p.wait_until("the wizard", limit, |s| {
            s.contents().contains("Step 2 of 6: Domain") && last_row_has(s, "q quit")
        });
        second = Some(ms(at - p.spawned_at));
        // Let the first autosave-free idle frame settle before reading memory.
        p.settle(Duration::from_millis(50));
    }
    let hwm = p.proc_status_kib("VmHWM").unwrap_or(0);
    let hwm = quit_and_peak(&mut p, "q", hwm);
    Sample {
        ms: first,
        ms2: second,
        hwm_kib: hwm,
    }
}

fn dialog_run(dialog: &str) -> Sample {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut cmd = CommandBuilder::new(dialog);
    cmd.args([
        "--checklist",
        "Pick",
        "20",
        "60",
        "10",
        "a",
        "A",
        "on",
        "b",
        "B",
        "off",
    ]);
    cmd.cwd(dir.path());
    cmd.env("TERM", "xterm-256color");
    cmd.env("LC_ALL", "C.UTF-8");
    // Only so that Esc quits at once (ncurses waits ESCDELAY ms for a sequence); it plays no
    // part in startup.
    cmd.env("ESCDELAY", "10");
    let mut p = Pty::spawn(cmd, COLS, ROWS);
    let at = p.wait_until("dialog's checklist", Duration::from_secs(10), |s| {
        let c = s.contents();
        c.contains("Cancel") && c.contains("Pick") && c.contains("A") && c.contains("B")
    });
    let first = ms(at - p.spawned_at);
    let hwm = p.proc_status_kib("VmHWM").unwrap_or(0);
    let hwm = quit_and_peak(&mut p, key::ESC, hwm);
    Sample {
        ms: first,
        ms2: None,
        hwm_kib: hwm,
    }
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

/// Print one line; returns (median ms, median peak RSS KiB).
fn summary(name: &str, samples: &[Sample]) -> (f64, u64) {
    let times: Vec<f64> = samples.iter().map(|s| s.ms).collect();
    if std::env::var_os("MEASURE_SAMPLES").is_some() {
        let mut sorted = times.clone();
        sorted.sort_by(f64::total_cmp);
        let list: Vec<String> = sorted.iter().map(|t| format!("{t:.2}")).collect();
        println!("{name}: {}", list.join(" "));
    }
    let min = times.iter().copied().fold(f64::INFINITY, f64::min);
    let max = times.iter().copied().fold(0.0, f64::max);
    let med = median(times);
    let hwm = median(samples.iter().map(|s| s.hwm_kib as f64).collect()) as u64;
    let hwm_max = samples.iter().map(|s| s.hwm_kib).max().unwrap_or(0);
    println!(
        "{name:<34} median {med:6.2} ms (min {min:6.2}, max {max:6.2})  peak RSS median {hwm} KiB (max {hwm_max})"
    );
    (med, hwm)
}

fn verdict(ok: bool) -> &'static str {
    if ok { "met" } else { "NOT met" }
}

fn main() {
    let mut runs = 20usize;
    let mut bin = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/target/release/icp-prep"
    ));
    let mut dialog = Some("dialog".to_string());
    let mut with_session = false;
    let mut rules_folder = false;
    let mut reference: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--runs" => runs = args.next().and_then(|v| v.parse().ok()).expect("--runs N"),
            "--bin" => bin = PathBuf::from(args.next().expect("--bin PATH")),
            "--dialog" => dialog = Some(args.next().expect("--dialog PATH")),
            "--no-dialog" => dialog = None,
            "--with-session" => with_session = true,
            "--rules-folder" => rules_folder = true,
            "--reference" => {
                reference = Some(PathBuf::from(args.next().expect("--reference PATH")))
            }
            "-h" | "--help" => {
                println!(
                    "measure_startup [--runs N] [--bin PATH] [--dialog PATH | --no-dialog] [--reference PATH] [--with-session] [--rules-folder]"
                );
                return;
            }
            other => panic!("unknown argument {other} (try --help)"),
        }
    }
    assert!(
        bin.is_file(),
        "{} not found: run `cargo build --release` first",
        bin.display()
    );
    if let Some(r) = &reference {
        assert!(r.is_file(), "{} not found", r.display());
    }
    // The programs start in a temporary folder: relative paths must not depend on it.
    let absolute = |p: PathBuf| std::fs::canonicalize(&p).unwrap_or(p);
    let bin = absolute(bin);
    let reference = reference.map(absolute);
    if let Some(d) = &dialog {
        let found = std::process::Command::new(d)
            .arg("--version")
            .output()
            .is_ok();
        assert!(
            found,
            "`{d}` not found: install it (apt-get install -y dialog) or pass --no-dialog"
        );
    }
    let bin_size = std::fs::metadata(&bin).map(|m| m.len()).unwrap_or(0);
    println!(
        "{} runs each, {COLS}×{ROWS} pty, TERM=xterm-256color; {} ({} KiB); {} CPUs",
        runs,
        bin.display(),
        bin_size / 1024,
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
    );

    // The built-in rules written out as a folder, for `--rules-folder`.
    let rules_dir = tempfile::tempdir().expect("temp dir");
    let rules = rules_folder.then(|| {
        let dir = rules_dir.path().join("rules");
        let status = std::process::Command::new(&bin)
            .args(["rules", "export"])
            .arg(&dir)
            .stdout(std::process::Stdio::null())
            .status()
            .expect("icp-prep rules export runs");
        assert!(status.success(), "icp-prep rules export failed");
        dir
    });

    // Warm-up (page cache, dynamic loader), not recorded.
    icp_prep_run(&bin, false);
    if let Some(d) = &dialog {
        dialog_run(d);
    }
    if with_session {
        icp_prep_run(&bin, true);
    }
    if let Some(r) = &reference {
        icp_prep_run(r, false);
    }

    if with_session {
        open_run(&bin, None);
    }
    if let Some(dir) = &rules {
        open_run(&bin, Some(dir));
    }
    let (mut ours, mut theirs, mut session) = (Vec::new(), Vec::new(), Vec::new());
    let (mut bare, mut opened, mut opened_folder) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..runs {
        ours.push(icp_prep_run(&bin, false));
        if let Some(r) = &reference {
            bare.push(icp_prep_run(r, false));
        }
        if let Some(d) = &dialog {
            theirs.push(dialog_run(d));
        }
        if with_session {
            session.push(icp_prep_run(&bin, true));
            opened.push(open_run(&bin, None));
        }
        if let Some(dir) = &rules {
            opened_folder.push(open_run(&bin, Some(dir)));
        }
    }

    println!();
    let budget_kib = 6 * 1024;
    let (our_med, our_hwm) = summary("icp-prep (start screen)", &ours);
    let mut session_hwm = None;
    if with_session {
        summary("icp-prep + session: start screen", &session);
        let wizard: Vec<Sample> = session
            .iter()
            .map(|s| Sample {
                ms: s.ms2.unwrap_or(0.0),
                ms2: None,
                hwm_kib: s.hwm_kib,
            })
            .collect();
        summary("icp-prep + session: wizard frame", &wizard);
        session_hwm = Some(summary("icp-prep open (saved session)", &opened).1);
    }
    let folder_med =
        (!opened_folder.is_empty()).then(|| summary("icp-prep --rules DIR open", &opened_folder).0);
    let bare_med =
        (!bare.is_empty()).then(|| summary("bare ratatui (DESIGN's reference)", &bare).0);
    println!();
    // DESIGN.md §4: start screen ≤ 1.5×, a saved session opened ≤ 2× the bare ratatui app.
    if let Some(b) = bare_med {
        let r = our_med / b;
        println!(
            "time: start screen / bare ratatui = {r:.2} (budget ≤ 1.50: {})",
            verdict(r <= 1.5)
        );
        if with_session {
            let with: Vec<f64> = session.iter().map(|s| s.ms).collect();
            let open: Vec<f64> = opened.iter().map(|s| s.ms).collect();
            let (with, open) = (median(with), median(open));
            println!(
                "time: start screen listing a session / bare ratatui = {:.2} (budget ≤ 1.50: {})",
                with / b,
                verdict(with / b <= 1.5)
            );
            println!(
                "time: open a saved session / bare ratatui = {:.2} (budget ≤ 2.00: {})",
                open / b,
                verdict(open / b <= 2.0)
            );
        }
        if let Some(f) = folder_med {
            println!(
                "time: --rules DIR open (every rule file read as YAML and checked) / bare ratatui = {:.2} (no budget)",
                f / b
            );
        }
    }
    if dialog.is_some() {
        let (their_med, their_hwm) = summary("dialog --checklist", &theirs);
        let ratio = our_med / their_med;
        println!();
        println!("time: icp-prep / dialog = {ratio:.2}");
        if let Some(b) = bare_med {
            println!(
                "time: bare ratatui / dialog = {:.2} (DESIGN: ≈0.55); icp-prep / bare ratatui = {:.2}",
                b / their_med,
                our_med / b
            );
        }
        println!("peak RSS: dialog {their_hwm} KiB");
    }
    println!(
        "peak RSS: icp-prep {our_hwm} KiB (budget ≤ {budget_kib} KiB: {})",
        verdict(our_hwm <= budget_kib)
    );
    if let Some(h) = session_hwm {
        println!(
            "peak RSS: icp-prep with a session open {h} KiB (budget ≤ {budget_kib} KiB: {})",
            verdict(h <= budget_kib)
        );
    }
}

//! Hostile files and neighbours (issue 14): what is not a regular file is refused without being
//! opened (a FIFO never hangs a command), another tool's files beside a session are never
//! written or deleted, `delete` racing `open` never lets two writers hold one session, a
//! closed stdout or stderr ends a command quietly, names are limited in bytes, and every file
//! icp-prep writes is private. Every run of the binary here has a time limit, so a hang fails
//! the test instead of stalling the suite.

#![cfg(unix)]

use std::os::fd::{FromRawFd, OwnedFd};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use icp_prep::store::{SessionFile, SessionLock};

const FULL: &str = include_str!("fixtures/full-guangdong-enterprise.yaml");

fn bin(data: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_icp-prep"));
    c.env("ICP_PREP_DATA_DIR", data)
        .env("LC_ALL", "C")
        .stdin(Stdio::null());
    c
}

/// Run to the end, or fail the test after 10 s (killing the child).
fn run_bounded(mut cmd: Command) -> Output {
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if child.try_wait().unwrap().is_some() {
            return child.wait_with_output().unwrap();
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{cmd:?} did not finish within 10 s");
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

fn mkfifo(path: &Path) {
    let ok = Command::new("mkfifo").arg(path).status().unwrap().success();
    assert!(ok, "mkfifo {path:?}");
}

#[test]
fn a_fifo_or_device_is_refused_by_every_command_without_hanging() {
    let data = tempfile::tempdir().unwrap();
    let sessions = data.path().join("sessions");
    std::fs::create_dir_all(&sessions).unwrap();
    let fifo = data.path().join("f.yaml");
    mkfifo(&fifo);
    // In the sessions folder: a link to the FIFO, a link to a device, and a good session.
    std::os::unix::fs::symlink(&fifo, sessions.join("pipe.yaml")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", sessions.join("zero.yaml")).unwrap();
    std::fs::write(sessions.join("good.yaml"), FULL).unwrap();
    let f = fifo.to_str().unwrap();
    for args in [
        vec!["check", f],
        vec!["export", f, "-o", "-"],
        vec!["open", f],
        vec!["delete", f, "--yes"],
        vec!["check", "pipe"],
        vec!["open", "pipe"],
        vec!["export", "pipe", "-o", "-"],
        vec!["check", "zero"],
        vec!["open", "zero"],
    ] {
        let mut cmd = bin(data.path());
        cmd.args(&args);
        let out = run_bounded(cmd);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains("not a regular file"), "{args:?}: {err}");
        assert!(
            !err.contains("bytes"),
            "{args:?}: a device has no size: {err}"
        );
    }
    // `list` lists all three and still exits 0.
    let mut cmd = bin(data.path());
    cmd.args(["list", "--format", "json"]);
    let out = run_bounded(cmd);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 3);
    assert!(rows[0]["error"].is_null(), "good: {}", rows[0]);
    for row in &rows[1..] {
        let e = row["error"].as_str().unwrap();
        assert!(e.contains("not a regular file"), "{row}");
    }
    use std::os::unix::fs::FileTypeExt;
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
    assert_eq!(names_in(&sessions), ["good.yaml", "pipe.yaml", "zero.yaml"]);
}

#[test]
fn another_tools_lock_file_is_never_written_or_deleted() {
    for (yaml, lock) in [
        ("Chart.yaml", "Chart.lock"),
        ("pubspec.yaml", "pubspec.lock"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(yaml);
        let their_lock = dir.path().join(lock);
        std::fs::write(&file, "apiVersion: v2\nname: web\nversion: 0.1.0\n").unwrap();
        std::fs::write(&their_lock, "dependencies: []\ndigest: sha256:abc\n").unwrap();
        let before = names_in(dir.path());
        let path = file.to_str().unwrap();
        for args in [
            vec!["open", path],
            vec!["new", path],
            vec!["delete", path, "--yes"],
            vec!["check", path],
            vec!["export", path, "-o", "-"],
        ] {
            let mut cmd = bin(dir.path());
            cmd.args(&args);
            let out = run_bounded(cmd);
            assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
            assert!(stderr(&out).contains(yaml), "{args:?}: {}", stderr(&out));
            assert_eq!(
                std::fs::read_to_string(&their_lock).unwrap(),
                "dependencies: []\ndigest: sha256:abc\n",
                "{args:?} touched {lock}"
            );
            assert_eq!(names_in(dir.path()), before, "{args:?} wrote beside {yaml}");
        }
    }
    // A real session beside them uses its own hidden lock and leaves theirs alone.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("Chart.lock"), "theirs\n").unwrap();
    let session = dir.path().join("Chart.yaml");
    std::fs::write(&session, FULL).unwrap();
    let mut cmd = bin(dir.path());
    cmd.args(["delete", session.to_str().unwrap(), "--yes"]);
    let out = run_bounded(cmd);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(names_in(dir.path()), ["Chart.lock"]);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("Chart.lock")).unwrap(),
        "theirs\n"
    );
}

/// Many threads take and release one session's lock while others delete it (remove the lock
/// file while holding it, as `delete` does): at no moment may two hold it. Locks are per open
/// file, so threads of one process contend exactly as processes do.
#[test]
fn delete_racing_open_never_lets_two_writers_hold_the_lock() {
    let dir = tempfile::tempdir().unwrap();
    let session = SessionFile::at(dir.path().join("acme.yaml"));
    let holders = Arc::new(AtomicUsize::new(0));
    let (overlaps, acquired) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
    let started = Instant::now();
    let threads: Vec<_> = (0..6)
        .map(|t| {
            let (session, holders) = (session.clone(), Arc::clone(&holders));
            let (overlaps, acquired) = (Arc::clone(&overlaps), Arc::clone(&acquired));
            std::thread::spawn(move || {
                // Until enough acquisitions were seen (contention makes most attempts fail),
                // within a time bound.
                let mut i = 0usize;
                while acquired.load(Ordering::SeqCst) < 1500
                    && started.elapsed() < Duration::from_secs(20)
                {
                    i += 1;
                    let Ok(lock) = SessionLock::acquire(&session) else {
                        continue;
                    };
                    acquired.fetch_add(1, Ordering::SeqCst);
                    if holders.fetch_add(1, Ordering::SeqCst) != 0 {
                        overlaps.fetch_add(1, Ordering::SeqCst);
                    }
                    std::thread::yield_now();
                    holders.fetch_sub(1, Ordering::SeqCst);
                    if (t + i).is_multiple_of(2) {
                        lock.remove().unwrap();
                    } else {
                        drop(lock);
                    }
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "the stress test is bounded"
    );
    assert!(acquired.load(Ordering::SeqCst) > 100, "the lock was taken");
    assert_eq!(overlaps.load(Ordering::SeqCst), 0, "two writers at once");
}

/// A pipe whose reading end is already closed: writing to it fails with EPIPE.
fn closed_pipe() -> Stdio {
    let mut fds = [0; 2];
    // SAFETY: pipe(2) fills two new descriptors; we own both and close the reading end.
    unsafe {
        assert_eq!(libc::pipe(fds.as_mut_ptr()), 0);
        libc::close(fds[0]);
        Stdio::from(OwnedFd::from_raw_fd(fds[1]))
    }
}

#[test]
fn a_closed_stdout_or_stderr_ends_quietly_with_the_usual_status() {
    let data = tempfile::tempdir().unwrap();
    let file = data.path().join("s.yaml");
    std::fs::write(&file, FULL).unwrap();
    let f = file.to_str().unwrap();
    let out_md = data.path().join("out.md");
    let o = out_md.to_str().unwrap();
    let cases: Vec<(Vec<&str>, i32)> = vec![
        (vec!["check", f, "--today", "2026-11-28"], 0),
        (
            vec!["check", f, "--today", "2026-11-28", "--format", "json"],
            0,
        ),
        (vec!["export", f, "-o", "-", "--today", "2026-11-28"], 0),
        (vec!["export", f, "-o", o, "--today", "2026-11-28"], 0),
        (vec!["list"], 0),
        (vec!["validate", "domain", "example.com"], 0),
        (vec!["--help"], 0),
        (vec!["check", "/no/such/file.yaml"], 2),
        (vec!["open", "nope"], 2),
    ];
    for (args, code) in cases {
        for stream in ["stdout", "stderr", "both"] {
            let mut cmd = bin(data.path());
            cmd.args(&args);
            match stream {
                "stdout" => cmd.stdout(closed_pipe()).stderr(Stdio::piped()),
                "stderr" => cmd.stdout(Stdio::piped()).stderr(closed_pipe()),
                _ => cmd.stdout(closed_pipe()).stderr(closed_pipe()),
            };
            let out = cmd.output().unwrap();
            assert_eq!(
                out.status.code(),
                Some(code),
                "{args:?} with {stream} closed: {}",
                stderr(&out)
            );
            assert!(
                !stderr(&out).contains("panicked"),
                "{args:?}: {}",
                stderr(&out)
            );
        }
    }
}

#[test]
fn names_are_limited_in_bytes_and_a_refused_new_leaves_nothing() {
    let data = tempfile::tempdir().unwrap();
    let sessions = data.path().join("sessions");
    // 60 four-byte characters: under 64 characters, but 240 bytes (+5 for .yaml).
    let long = "𝒜".repeat(60);
    let out = run_bounded({
        let mut c = bin(data.path());
        c.args(["new", &long]);
        c
    });
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("195 bytes"), "{}", stderr(&out));
    assert!(
        !sessions.exists() || names_in(&sessions).is_empty(),
        "nothing left: {:?}",
        names_in(&sessions)
    );
    // The longest name allowed is saved, locked, backed up and deleted like any other.
    let longest = format!("{}abc", "𝒜".repeat(48));
    assert_eq!(longest.len() + ".yaml".len(), 200);
    for args in [
        vec!["new", &longest],
        vec!["open", &longest],
        vec!["delete", &longest, "--yes"],
    ] {
        let mut c = bin(data.path());
        c.args(&args);
        let out = run_bounded(c);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
    }
    assert!(names_in(&sessions).is_empty(), "{:?}", names_in(&sessions));
}

#[test]
fn every_file_written_beside_a_hand_made_session_is_private() {
    let data = tempfile::tempdir().unwrap();
    let sessions = data.path().join("sessions");
    std::fs::create_dir_all(&sessions).unwrap();
    let file = sessions.join("p.yaml");
    std::fs::write(&file, FULL).unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    // A save through the store: the backup of the 0644 file is 0600.
    let mut s = icp_prep::store::load(&file).unwrap();
    s.name = Some("changed".into());
    icp_prep::store::save(&file, &mut s, icp_prep::store::now()).unwrap();
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&sessions.join("p.yaml.bak")), 0o600);
    assert_eq!(mode(&file), 0o600);
    // A damaged 0644 file set aside by --start-over is kept private too.
    std::fs::write(&file, "broken: [\n").unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    let mut c = bin(data.path());
    c.args(["open", "p", "--start-over"]);
    let out = run_bounded(c);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    for name in names_in(&sessions) {
        assert_eq!(mode(&sessions.join(&name)), 0o600, "{name}");
    }
    assert!(names_in(&sessions).iter().any(|n| n.contains(".corrupt-")));
}

#[test]
fn export_never_replaces_a_device_pipe_or_link() {
    let data = tempfile::tempdir().unwrap();
    let file = data.path().join("s.yaml");
    std::fs::write(&file, FULL).unwrap();
    let f = file.to_str().unwrap();
    let export = |out: &str, force: bool| {
        let mut c = bin(data.path());
        c.args(["export", f, "--today", "2026-11-28", "-o", out]);
        if force {
            c.arg("--force");
        }
        run_bounded(c)
    };
    // A device: refused, still a device.
    let out = export("/dev/null", false);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("a device"), "{}", stderr(&out));
    use std::os::unix::fs::FileTypeExt;
    assert!(
        std::fs::metadata("/dev/null")
            .unwrap()
            .file_type()
            .is_char_device()
    );
    // /dev/stdout is standard output.
    let out = export("/dev/stdout", false);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("# "));
    // A symbolic link: refused unless --force, then its target is written and it stays a link.
    let target = data.path().join("target.md");
    std::fs::write(&target, "mine").unwrap();
    let link = data.path().join("link.md");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let out = export(link.to_str().unwrap(), false);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("--force"), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "mine");
    let out = export(link.to_str().unwrap(), true);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(std::fs::read_to_string(&target).unwrap().contains("ICP"));
    // A named pipe: written in place for its reader.
    let fifo = data.path().join("pipe.md");
    mkfifo(&fifo);
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    let out = export(fifo.to_str().unwrap(), false);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(reader.join().unwrap().contains("ICP"));
    assert!(
        std::fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo()
    );
}

/// The functions an ELF64 (little-endian) binary imports: the undefined symbols of `.dynsym`.
#[cfg(target_os = "linux")]
fn imported_functions(elf: &[u8]) -> Vec<String> {
    let u16_at = |o: usize| u16::from_le_bytes(elf[o..o + 2].try_into().unwrap()) as usize;
    let u32_at = |o: usize| u32::from_le_bytes(elf[o..o + 4].try_into().unwrap()) as usize;
    let u64_at = |o: usize| u64::from_le_bytes(elf[o..o + 8].try_into().unwrap()) as usize;
    assert!(
        elf.starts_with(b"\x7fELF") && elf[4] == 2 && elf[5] == 1,
        "ELF64 LE"
    );
    let (shoff, shentsize, shnum) = (u64_at(0x28), u16_at(0x3a), u16_at(0x3c));
    let section = |i: usize| shoff + i * shentsize;
    let mut out = Vec::new();
    for i in 0..shnum {
        let sh = section(i);
        if u32_at(sh + 4) != 11 {
            continue; // not SHT_DYNSYM
        }
        let (off, size, link, entsize) = (
            u64_at(sh + 0x18),
            u64_at(sh + 0x20),
            u32_at(sh + 0x28),
            u64_at(sh + 0x38),
        );
        let strtab = u64_at(section(link) + 0x18);
        for sym in (off..off + size).step_by(entsize) {
            let (name, shndx) = (u32_at(sym), u16_at(sym + 6));
            if shndx != 0 || name == 0 {
                continue;
            }
            let start = strtab + name;
            let end = start + elf[start..].iter().position(|b| *b == 0).unwrap();
            out.push(String::from_utf8_lossy(&elf[start..end]).into_owned());
        }
    }
    out
}

/// icp-prep never uses the network: the binary does not even import the C library's socket,
/// connection or name-lookup functions: without `socket` it cannot open one (`socketpair`,
/// a local pair of connected ends used by the terminal library, reaches no network).
#[cfg(target_os = "linux")]
#[test]
fn the_binary_imports_no_network_calls() {
    let bytes = std::fs::read(env!("CARGO_BIN_EXE_icp-prep")).unwrap();
    let imports = imported_functions(&bytes);
    // The check sees imports: these are ones the binary does use.
    assert!(
        imports.iter().any(|n| n == "write") && imports.iter().any(|n| n.starts_with("open")),
        "{imports:?}"
    );
    for name in [
        "socket",
        "connect",
        "getaddrinfo",
        "gethostbyname",
        "bind",
        "accept",
    ] {
        assert!(
            !imports.iter().any(|n| n == name),
            "the binary imports {name}"
        );
    }
}

/// `list` and error messages never pass a file name's or a file's control characters to the
/// terminal: a name that would set the window title is shown escaped.
#[test]
fn list_and_errors_escape_control_characters_in_names_and_files() {
    let data = tempfile::tempdir().unwrap();
    let sessions = data.path().join("sessions");
    std::fs::create_dir_all(&sessions).unwrap();
    std::fs::write(sessions.join("t\x1b]0;PWNED\x07.yaml"), FULL).unwrap();
    std::fs::write(sessions.join("bad.yaml"), "version: 1\n\"\\e]2;X\\a\": 1\n").unwrap();
    for format in ["text", "json"] {
        let mut c = bin(data.path());
        c.args(["list", "--format", format, "--today", "2026-11-28"]);
        let out = run_bounded(c);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            !text.chars().any(|c| c.is_control() && c != '\n'),
            "{format}: {text:?}"
        );
        assert!(
            text.contains("PWNED") && text.contains("]2;X"),
            "{format}: {text}"
        );
    }
    let path = sessions.join("t\x1b]0;PWNED\x07.yaml");
    let mut c = bin(data.path());
    c.arg("check").arg(sessions.join("bad.yaml"));
    let out = run_bounded(c);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2));
    assert!(!err.chars().any(|c| c.is_control() && c != '\n'), "{err:?}");
    assert!(err.contains("\\u{1b}]2;X\\u{7}"), "{err}");
    let mut c = bin(data.path());
    c.args(["delete", "--yes"]).arg(&path);
    let out = run_bounded(c);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        !said.chars().any(|c| c.is_control() && c != '\n'),
        "{said:?}"
    );
}

/// A `new` whose save fails (here: the file size limit is 0, as a full disk would refuse the
/// bytes) leaves nothing behind: no session file, no temporary file, no lock file.
#[test]
fn a_new_that_cannot_save_leaves_nothing() {
    use std::os::unix::process::CommandExt;
    let data = tempfile::tempdir().unwrap();
    let mut c = bin(data.path());
    c.args(["new", "acme"]);
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        c.pre_exec(|| {
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            let zero = libc::rlimit {
                rlim_cur: 0,
                rlim_max: libc::RLIM_INFINITY,
            };
            if libc::setrlimit(libc::RLIMIT_FSIZE, &zero) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let out = run_bounded(c);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("acme"), "{}", stderr(&out));
    let sessions = data.path().join("sessions");
    assert!(names_in(&sessions).is_empty(), "{:?}", names_in(&sessions));
}

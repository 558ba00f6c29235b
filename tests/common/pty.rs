//! A program in a pseudo-terminal, watched the way a person watches a screen (DESIGN.md §5,
//! layer 3): portable-pty runs it, a background thread feeds everything it writes into a
//! `vt100` parser, and the test waits for text to appear instead of sleeping.
//!
//! Shared by the end-to-end tests (`tests/wizard_pty.rs`) and the startup measurement
//! (`examples/measure_startup.rs`, which includes this file with `#[path]`), so it knows
//! nothing about icp-prep itself.
//!
//! Lessons applied (knowledge/rust-tui-ecosystem.md §3.3): the pty is read on its own thread
//! so the child never blocks on a full buffer; waits are on conditions (text, a quiet screen,
//! the exit) with generous timeouts (longer when `CI` is set); the exit is polled with
//! backoff; and the output written just before the exit is read to the end before the screen
//! is inspected.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use portable_pty::{Child, MasterPty, PtySize, native_pty_system};
pub use portable_pty::{CommandBuilder, ExitStatus};

/// Keys as a terminal in normal (not application) cursor mode sends them.
pub mod key {
    pub const ENTER: &str = "\r";
    pub const TAB: &str = "\t";
    pub const BACKTAB: &str = "\x1b[Z";
    pub const ESC: &str = "\x1b";
    pub const UP: &str = "\x1b[A";
    pub const DOWN: &str = "\x1b[B";
    pub const RIGHT: &str = "\x1b[C";
    pub const LEFT: &str = "\x1b[D";
    pub const PGUP: &str = "\x1b[5~";
    pub const PGDN: &str = "\x1b[6~";
    pub const BACKSPACE: &str = "\x7f";
    pub const CTRL_C: &str = "\x03";
    pub const CTRL_N: &str = "\x0e";
    pub const CTRL_P: &str = "\x10";

    /// A bracketed paste of `text`, as a terminal sends it when paste mode is on.
    pub fn paste(text: &str) -> String {
        format!("\x1b[200~{text}\x1b[201~")
    }
}

/// The default wait: 10 s here, 30 s on CI (`CI` set to anything but "", "0" or "false").
pub fn timeout() -> Duration {
    let ci = std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "0" && v != "false");
    Duration::from_secs(if ci { 30 } else { 10 })
}

/// What the reader thread shares with the test.
struct State {
    parser: vt100::Parser,
    /// When the screen last received output.
    last_output: Instant,
    /// When the screen's text last changed, and that text.
    last_change: Instant,
    contents: String,
    /// Bytes read so far (to tell "nothing new" from "the same screen again").
    bytes: u64,
    /// The pty reached end of file: every process holding the terminal has exited.
    eof: bool,
}

struct Shared {
    state: Mutex<State>,
    changed: Condvar,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// A program running in a pseudo-terminal of a fixed (but resizable) size.
pub struct Pty {
    shared: Arc<Shared>,
    writer: Arc<Mutex<Box<dyn Write + Send>>>,
    master: Box<dyn MasterPty + Send>,
    child: Box<dyn Child + Send + Sync>,
    reader: Option<JoinHandle<()>>,
    status: Option<ExitStatus>,
    /// When the program was spawned (for the startup measurement).
    pub spawned_at: Instant,
    /// Keys typed so far: a character, or one escape sequence (↓, PgDn), is one key.
    keys: std::sync::atomic::AtomicUsize,
    pub pid: u32,
}

fn nz(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).expect("terminal size must not be zero")
}

impl Pty {
    /// Start `cmd` in a `cols`×`rows` terminal. Sets `TERM=xterm-256color` unless the command
    /// sets `TERM` itself.
    pub fn spawn(mut cmd: CommandBuilder, cols: u16, rows: u16) -> Pty {
        if cmd.get_env("TERM").is_none() {
            cmd.env("TERM", "xterm-256color");
        }
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let shared = Arc::new(Shared {
            state: Mutex::new(State {
                parser: vt100::Parser::new(nz(rows), nz(cols), 0),
                last_output: Instant::now(),
                last_change: Instant::now(),
                contents: String::new(),
                bytes: 0,
                eof: false,
            }),
            changed: Condvar::new(),
        });
        let writer: Arc<Mutex<Box<dyn Write + Send>>> =
            Arc::new(Mutex::new(pair.master.take_writer().expect("pty writer")));
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let spawned_at = Instant::now();
        let child = pair
            .slave
            .spawn_command(cmd)
            .expect("spawn the program in the pty");
        // Our copy of the terminal side must go, or the reader never sees the end of file.
        drop(pair.slave);
        let pid = child.process_id().unwrap_or(0);
        let thread_shared = Arc::clone(&shared);
        let thread_writer = Arc::clone(&writer);
        let reader = std::thread::Builder::new()
            .name("pty-reader".into())
            .spawn(move || {
                let mut buf = [0u8; 8192];
                loop {
                    let n = match reader.read(&mut buf) {
                        Ok(0) | Err(_) => break,
                        Ok(n) => n,
                    };
                    let chunk = &buf[..n];
                    let mut st = thread_shared.lock();
                    st.parser.process(chunk);
                    st.bytes += n as u64;
                    st.last_output = Instant::now();
                    let contents = st.parser.screen().contents();
                    if contents != st.contents {
                        st.contents = contents;
                        st.last_change = st.last_output;
                    }
                    // Answer a cursor position request (ESC [ 6 n) as a terminal would, so a
                    // program that asks is not left waiting for a reply that never comes.
                    if contains(chunk, b"\x1b[6n") {
                        let (row, col) = st.parser.screen().cursor_position();
                        let reply = format!("\x1b[{};{}R", row + 1, col + 1);
                        if let Ok(mut w) = thread_writer.lock() {
                            let _ = w.write_all(reply.as_bytes());
                            let _ = w.flush();
                        }
                    }
                    drop(st);
                    thread_shared.changed.notify_all();
                }
                thread_shared.lock().eof = true;
                thread_shared.changed.notify_all();
            })
            .expect("start the pty reader");
        Pty {
            shared,
            writer,
            master: pair.master,
            child,
            reader: Some(reader),
            status: None,
            spawned_at,
            keys: Default::default(),
            pid,
        }
    }

    /// Type `bytes` (see [`key`]).
    pub fn send(&self, bytes: impl AsRef<[u8]>) {
        let text = String::from_utf8_lossy(bytes.as_ref());
        let n = if text.starts_with('\x1b') {
            text.matches('\x1b').count()
        } else {
            text.chars().count()
        };
        self.keys.fetch_add(n, std::sync::atomic::Ordering::Relaxed);
        let mut w = self.writer.lock().unwrap_or_else(|e| e.into_inner());
        w.write_all(bytes.as_ref()).expect("write to the pty");
        w.flush().expect("flush the pty");
    }

    /// Type each character of `text` separately, as a person does (no paste).
    pub fn type_text(&self, text: &str) {
        let mut b = [0u8; 4];
        for c in text.chars() {
            self.send(c.encode_utf8(&mut b).as_bytes());
        }
    }

    /// How many keys were typed so far.
    pub fn keys(&self) -> usize {
        self.keys.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// The screen as text: rows joined by newlines, trailing spaces trimmed.
    pub fn screen(&self) -> String {
        self.shared.lock().parser.screen().contents()
    }

    /// How many bytes the program has written to the terminal so far.
    pub fn bytes_read(&self) -> u64 {
        self.shared.lock().bytes
    }

    /// One row of the screen (0 is the top).
    pub fn row(&self, row: u16) -> String {
        let st = self.shared.lock();
        let (_, cols) = st.parser.screen().size();
        st.parser
            .screen()
            .rows(0, cols.get())
            .nth(row as usize)
            .unwrap_or_default()
    }

    /// Look at the whole screen model (modes, cursor, cells).
    pub fn with_screen<T>(&self, f: impl FnOnce(&vt100::Screen) -> T) -> T {
        f(self.shared.lock().parser.screen())
    }

    /// Wait until `pred` holds for the screen; returns when it first held (precise to the
    /// output chunk that made it true). Panics with the screen after `limit`.
    pub fn wait_until(
        &self,
        what: &str,
        limit: Duration,
        pred: impl Fn(&vt100::Screen) -> bool,
    ) -> Instant {
        let deadline = Instant::now() + limit;
        let mut st = self.shared.lock();
        loop {
            if pred(st.parser.screen()) {
                return st.last_output;
            }
            let now = Instant::now();
            if now >= deadline || st.eof {
                let screen = st.parser.screen().contents();
                drop(st);
                let why = if now >= deadline {
                    format!("after {limit:?}")
                } else {
                    "the program exited".into()
                };
                panic!(
                    "waited for {what} ({why}); the screen is:\n{}\n{}\n{}",
                    "─".repeat(40),
                    screen,
                    "─".repeat(40)
                );
            }
            st = self
                .shared
                .changed
                .wait_timeout(st, deadline - now)
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
    }

    /// Wait until `text` is on the screen (default timeout).
    pub fn wait_for(&self, text: &str) -> Instant {
        self.wait_until(&format!("{text:?}"), timeout(), |s| {
            s.contents().contains(text)
        })
    }

    /// Wait until every one of `texts` is on the screen at the same time.
    pub fn wait_for_all(&self, texts: &[&str]) -> Instant {
        self.wait_until(&format!("all of {texts:?}"), timeout(), |s| {
            let c = s.contents();
            texts.iter().all(|t| c.contains(t))
        })
    }

    /// Wait until `text` is no longer on the screen.
    pub fn wait_gone(&self, text: &str) {
        self.wait_until(&format!("{text:?} to go"), timeout(), |s| {
            !s.contents().contains(text)
        });
    }

    /// Wait until the screen's text has not changed for `quiet`, counted from now at the
    /// earliest (the frame is complete; a program that redraws the same frame on a timer
    /// still settles). Use it after keys that may or may not change the screen.
    pub fn settle(&self, quiet: Duration) {
        let start = Instant::now();
        let deadline = start + timeout();
        let mut st = self.shared.lock();
        loop {
            let idle = st.last_change.max(start).elapsed();
            if idle >= quiet || st.eof {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "the screen never settled:\n{}",
                st.parser.screen().contents()
            );
            st = self
                .shared
                .changed
                .wait_timeout(st, quiet - idle)
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
    }

    /// Send `bytes` and wait for `text` to appear.
    pub fn press(&self, bytes: impl AsRef<[u8]>, then: &str) {
        self.send(bytes);
        self.wait_for(then);
    }

    /// Change the terminal size (the kernel tells the program with SIGWINCH).
    pub fn resize(&self, cols: u16, rows: u16) {
        self.shared
            .lock()
            .parser
            .screen_mut()
            .set_size(nz(rows), nz(cols));
        self.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("resize the pty");
    }

    /// Whether the program has exited (does not wait).
    pub fn try_status(&mut self) -> Option<ExitStatus> {
        if self.status.is_none() {
            self.status = self.child.try_wait().expect("poll the child");
        }
        self.status.clone()
    }

    /// Wait for the program to exit (polling with backoff), then read what it wrote last.
    /// Panics with the screen after `limit`.
    pub fn wait_exit(&mut self, limit: Duration) -> ExitStatus {
        let deadline = Instant::now() + limit;
        let mut pause = Duration::from_millis(1);
        let status = loop {
            if let Some(s) = self.try_status() {
                break s;
            }
            if Instant::now() >= deadline {
                let _ = self.child.kill();
                panic!(
                    "the program did not exit within {limit:?}; the screen is:\n{}",
                    self.screen()
                );
            }
            std::thread::sleep(pause);
            pause = (pause * 2).min(Duration::from_millis(50));
        };
        self.drain();
        status
    }

    /// Wait (a little) until the reader has seen the end of the output.
    fn drain(&mut self) {
        let deadline = Instant::now() + Duration::from_secs(2);
        let mut st = self.shared.lock();
        while !st.eof && Instant::now() < deadline {
            st = self
                .shared
                .changed
                .wait_timeout(st, Duration::from_millis(50))
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
        let done = st.eof;
        drop(st);
        if let Some(r) = self.reader.take_if(|_| done) {
            let _ = r.join();
        }
    }

    /// Kill the program with SIGKILL (no chance to save or restore anything) and reap it.
    pub fn kill_hard(&mut self) -> ExitStatus {
        let ok = std::process::Command::new("kill")
            .args(["-KILL", &self.pid.to_string()])
            .status()
            .expect("run kill")
            .success();
        assert!(ok, "kill -KILL {} failed", self.pid);
        self.wait_exit(timeout())
    }

    /// The terminal state a person is left with: the alternate screen is off and the
    /// cursor is visible.
    pub fn terminal_restored(&self) -> bool {
        self.with_screen(|s| !s.alternate_screen() && !s.hide_cursor())
    }

    /// Whether the terminal is back in the mode a shell expects: echo and canonical (line)
    /// input on. `None` if the terminal's settings cannot be read.
    #[cfg(unix)]
    pub fn echo_and_canonical(&self) -> Option<bool> {
        let fd = self.master.as_raw_fd()?;
        // SAFETY: `termios` is plain data, filled in by tcgetattr on a descriptor we own.
        let mut t: libc::termios = unsafe { std::mem::zeroed() };
        if unsafe { libc::tcgetattr(fd, &mut t) } != 0 {
            return None;
        }
        let want = libc::ECHO | libc::ICANON;
        Some(t.c_lflag & want == want)
    }

    /// Send the program a signal (`TERM`, `HUP`, `INT` …) with kill(1).
    pub fn signal(&self, name: &str) {
        let ok = std::process::Command::new("kill")
            .args([&format!("-{name}"), &self.pid.to_string()])
            .status()
            .expect("run kill")
            .success();
        assert!(ok, "kill -{name} {} failed", self.pid);
    }

    /// `/proc/<pid>/status` field in KiB (`VmHWM` is the peak resident set size).
    pub fn proc_status_kib(&self, field: &str) -> Option<u64> {
        let text = std::fs::read_to_string(format!("/proc/{}/status", self.pid)).ok()?;
        let line = text.lines().find(|l| l.starts_with(&format!("{field}:")))?;
        line.split_whitespace().nth(1)?.parse().ok()
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        // A test that failed half-way must not leave the program running.
        if self.try_status().is_none() {
            let _ = std::process::Command::new("kill")
                .args(["-KILL", &self.pid.to_string()])
                .status();
            let _ = self.child.wait();
        }
    }
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

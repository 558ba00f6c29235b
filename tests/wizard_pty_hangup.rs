//! A terminal that goes away under the wizard (its window closed, the ssh connection dropped):
//! the wizard saves and exits 129 (128 + SIGHUP), instead of spinning a core for ever on a
//! terminal that reads as end of file while holding the session's lock (crossterm 0.29 loops on
//! such a terminal: crossterm-rs/crossterm#793).
//!
//! The shared `Pty` keeps a reader thread on a copy of the terminal's master side, so it can
//! never close it; this test reads and writes the master itself and closes it to hang up.

#![cfg(unix)]

mod common;

use std::num::NonZeroU16;
use std::path::Path;
use std::time::{Duration, Instant};

use common::icp_prep_command;
use common::pty::timeout;
use portable_pty::{Child, MasterPty, PtySize, native_pty_system};

const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/full-guangdong-enterprise.yaml"
);

struct Terminal {
    master: Box<dyn MasterPty + Send>,
    child: Box<dyn Child + Send + Sync>,
    screen: vt100::Parser,
}

impl Terminal {
    fn spawn(cmd: portable_pty::CommandBuilder) -> Terminal {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: 30,
                cols: 100,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let child = pair.slave.spawn_command(cmd).expect("spawn icp-prep");
        drop(pair.slave);
        Terminal {
            master: pair.master,
            child,
            screen: vt100::Parser::new(
                NonZeroU16::MIN.saturating_add(29),
                NonZeroU16::MIN.saturating_add(99),
                0,
            ),
        }
    }

    fn fd(&self) -> i32 {
        self.master.as_raw_fd().expect("the master's descriptor")
    }

    /// Read what the program writes until the screen shows `text` (or, with `shown` false, no
    /// longer shows it).
    fn wait_for(&mut self, text: &str, shown: bool) {
        let deadline = Instant::now() + timeout();
        while self.screen.screen().contents().contains(text) != shown {
            assert!(
                Instant::now() < deadline,
                "waited for {text:?} to be shown: {shown}; the screen:\n{}",
                self.screen.screen().contents()
            );
            let mut fds = [libc::pollfd {
                fd: self.fd(),
                events: libc::POLLIN,
                revents: 0,
            }];
            // SAFETY: one valid pollfd.
            if unsafe { libc::poll(fds.as_mut_ptr(), 1, 50) } <= 0 {
                continue;
            }
            let mut buf = [0u8; 8192];
            // SAFETY: reads into a buffer of the length given.
            let n = unsafe { libc::read(self.fd(), buf.as_mut_ptr().cast(), buf.len()) };
            if n > 0 {
                self.screen.process(&buf[..n as usize]);
            }
        }
    }

    fn send(&self, bytes: &[u8]) {
        // SAFETY: writes the bytes given (a key is a few bytes: one write takes them all).
        let n = unsafe { libc::write(self.fd(), bytes.as_ptr().cast(), bytes.len()) };
        assert_eq!(n, bytes.len() as isize);
    }

    /// Close the terminal's master side (the last copy of it): the program's terminal hangs up.
    /// Returns the program's exit status, waiting at most the tests' timeout.
    fn hang_up(self) -> portable_pty::ExitStatus {
        let Terminal {
            master, mut child, ..
        } = self;
        drop(master);
        let deadline = Instant::now() + timeout();
        loop {
            if let Some(status) = child.try_wait().expect("poll the child") {
                return status;
            }
            if Instant::now() >= deadline {
                let _ = child.kill();
                panic!(
                    "icp-prep was still running {:?} after its terminal went away",
                    timeout()
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

fn session(dir: &Path) -> std::path::PathBuf {
    std::fs::create_dir_all(dir.join("sessions")).unwrap();
    let path = dir.join("sessions/acme.yaml");
    std::fs::copy(FIXTURE, &path).unwrap();
    path
}

#[test]
fn the_wizard_saves_and_exits_when_its_terminal_goes_away() {
    let dir = tempfile::tempdir().unwrap();
    let path = session(dir.path());
    let mut cmd = icp_prep_command(dir.path(), dir.path());
    cmd.args(["open", "acme"]);
    let mut t = Terminal::spawn(cmd);
    t.wait_for("✔ saved", true);
    // An answer (the interface language, kept with the session), seen on the screen.
    t.send(b"l");
    t.wait_for("icp-prep · acme · Step", false);
    let status = t.hang_up();
    assert_eq!(status.exit_code(), 129, "{status:?}");
    let saved = icp_prep::store::load(&path).unwrap();
    assert_eq!(saved.language, Some(icp_prep::session::Language::ZhCn));
    // The lock went with the program: the session opens again at once.
    let file = icp_prep::store::SessionFile::at(&path);
    let lock = icp_prep::store::SessionLock::acquire(&file);
    assert!(lock.is_ok(), "{:?}", lock.err());
}

#[test]
fn the_start_screen_exits_when_its_terminal_goes_away() {
    let dir = tempfile::tempdir().unwrap();
    let mut t = Terminal::spawn(icp_prep_command(dir.path(), dir.path()));
    t.wait_for("n new", true);
    let status = t.hang_up();
    assert_eq!(status.exit_code(), 129, "{status:?}");
}

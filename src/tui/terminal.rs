//! Taking the terminal and always giving it back: raw mode, the alternate screen, the cursor,
//! bracketed paste and (with `--mouse`) mouse capture are undone on normal exit, on error
//! (the guard's Drop), on panic (the hook) and on a terminating signal (SIGTERM, SIGHUP,
//! SIGINT, SIGQUIT): the signal only sets a flag, which the event loop reads between events
//! (a signal wakes the wait for input), then saves, leaves through the guard and exits with
//! 128 + the signal's number. A terminal that goes away (its window closed, the connection
//! dropped) counts as SIGHUP, whether or not the signal arrives.

use std::io::{self, Stdout, Write, stdout};
#[cfg(unix)]
use std::os::fd::AsRawFd;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event,
};
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::crossterm::{execute, queue};

pub type Term = Terminal<CrosstermBackend<FrameOut>>;

/// The wizard's output: a frame is collected here and reaches the terminal in one write when
/// ratatui flushes at the end of the draw. One write per frame means the terminal never shows
/// half a frame, a frame costs one system call instead of one per kilobyte (Stdout's line
/// buffer), and the modes set at startup go out with the first frame. A frame cut short by a
/// panic is dropped, not written over the restored screen.
pub struct FrameOut<W: Write = Stdout> {
    out: W,
    pending: Vec<u8>,
}

impl<W: Write> FrameOut<W> {
    pub fn new(out: W) -> Self {
        FrameOut {
            out,
            pending: Vec::new(),
        }
    }
}

impl<W: Write> Write for FrameOut<W> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        let written = self
            .out
            .write_all(&self.pending)
            .and_then(|()| self.out.flush());
        // Written or not, this frame is over: the next draw starts afresh.
        self.pending.clear();
        match written {
            // Nothing can be shown on a terminal that went away, and saying so would fail too
            // (ratatui prints to it when the cursor cannot be shown again): the frame is
            // dropped, and the event loop ends the run as for SIGHUP.
            Err(_) if hung_up() => Ok(()),
            other => other,
        }
    }
}

pub struct Guard {
    mouse: bool,
}

/// Undo every mode we turned on. Safe to call twice.
fn give_back(mouse: bool) {
    let mut out = stdout();
    if mouse {
        let _ = execute!(out, DisableMouseCapture);
    }
    let _ = execute!(out, DisableBracketedPaste);
    // Each step on its own, errors ignored: on a terminal that went away every one fails, and
    // ratatui::restore would stop at the first and print to a stderr that is gone.
    let _ = disable_raw_mode();
    let _ = execute!(out, LeaveAlternateScreen);
    let _ = execute!(out, Show);
    let _ = out.flush();
}

/// The terminating signal received since the wizard took the terminal (0: none).
fn signal_flag() -> &'static Arc<AtomicUsize> {
    static FLAG: OnceLock<Arc<AtomicUsize>> = OnceLock::new();
    FLAG.get_or_init(|| Arc::new(AtomicUsize::new(0)))
}

/// Catch the terminating signals (once per process): each sets the flag instead of ending the
/// process at once with the terminal in raw mode on the alternate screen.
fn catch_signals() -> io::Result<()> {
    static DONE: OnceLock<()> = OnceLock::new();
    if DONE.get().is_some() {
        return Ok(());
    }
    #[cfg(unix)]
    {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGWINCH};
        for sig in [SIGTERM, SIGHUP, SIGINT, SIGQUIT] {
            signal_hook::flag::register_usize(sig, Arc::clone(signal_flag()), sig as usize)?;
        }
        // These signals also write a byte to a pipe the wait for input watches, so the wait
        // ends at once, whichever thread the signal interrupted.
        let (read, write) = std::os::unix::net::UnixStream::pair()?;
        read.set_nonblocking(true)?;
        write.set_nonblocking(true)?;
        for sig in [SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGWINCH] {
            signal_hook::low_level::pipe::register_raw(sig, write.as_raw_fd())?;
        }
        let _ = WAKE.set((read, write));
    }
    let _ = DONE.set(());
    Ok(())
}

/// The signal pipe's two ends: the wait for input watches the first; the handlers write to the
/// second, which stays open for the rest of the process.
#[cfg(unix)]
static WAKE: OnceLock<(
    std::os::unix::net::UnixStream,
    std::os::unix::net::UnixStream,
)> = OnceLock::new();

/// The next input event, after waiting at most `timeout`; `None` when none came or a signal
/// arrived (the caller then checks `signalled`). The waiting happens here, not in crossterm:
/// crossterm 0.29 reads a terminal that went away in an endless loop that never returns and
/// keeps a core busy (crossterm-rs/crossterm#793), so it is asked only after the terminal was
/// seen alive with input waiting. A terminal found gone is recorded as SIGHUP: the wizard saves
/// and exits 129. (The terminal could still go in the microseconds between that look and
/// crossterm's read; the fix for that belongs in crossterm.)
pub fn next_event(timeout: Duration) -> io::Result<Option<Event>> {
    if hung_up() {
        return Ok(None);
    }
    if !event::poll(Duration::ZERO)? {
        wait_for_input(timeout);
        if hung_up() || !event::poll(Duration::ZERO)? {
            return Ok(None);
        }
    }
    event::read().map(Some)
}

/// Whether standard input (the terminal crossterm reads) has gone away; if so, SIGHUP is
/// recorded as received.
#[cfg(unix)]
fn hung_up() -> bool {
    let mut fd = [libc::pollfd {
        fd: libc::STDIN_FILENO,
        events: libc::POLLIN,
        revents: 0,
    }];
    // SAFETY: one valid pollfd, a zero timeout.
    let n = unsafe { libc::poll(fd.as_mut_ptr(), 1, 0) };
    let gone = n > 0 && fd[0].revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0;
    if gone {
        let _ = signal_flag().compare_exchange(
            0,
            signal_hook::consts::SIGHUP as usize,
            Ordering::SeqCst,
            Ordering::SeqCst,
        );
    }
    gone
}

#[cfg(not(unix))]
fn hung_up() -> bool {
    false
}

/// Sleep until the terminal has input, a caught signal arrives or `timeout` passes.
#[cfg(unix)]
fn wait_for_input(timeout: Duration) {
    let wake = WAKE.get().map_or(-1, |(read, _)| read.as_raw_fd());
    // A negative fd is skipped by poll(2).
    let mut fds = [
        libc::pollfd {
            fd: libc::STDIN_FILENO,
            events: libc::POLLIN,
            revents: 0,
        },
        libc::pollfd {
            fd: wake,
            events: libc::POLLIN,
            revents: 0,
        },
    ];
    let ms = libc::c_int::try_from(timeout.as_millis()).unwrap_or(libc::c_int::MAX);
    // SAFETY: two valid pollfds.
    unsafe { libc::poll(fds.as_mut_ptr(), 2, ms) };
    if let Some((read, _)) = WAKE.get() {
        let mut read = read;
        let mut sink = [0u8; 64];
        while matches!(io::Read::read(&mut read, &mut sink), Ok(n) if n > 0) {}
    }
}

#[cfg(not(unix))]
fn wait_for_input(timeout: Duration) {
    let _ = event::poll(timeout);
}

/// The terminating signal received, if any: the event loop saves and exits with 128 + it.
pub fn signalled() -> Option<u8> {
    match signal_flag().load(Ordering::SeqCst) {
        0 => None,
        n => u8::try_from(n).ok(),
    }
}

/// Enter the wizard's terminal modes. The returned guard restores them when dropped. Raw mode
/// starts at once; the alternate screen and the other modes are sent with the first frame.
pub fn take(mouse: bool) -> io::Result<(Term, Guard)> {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        give_back(mouse);
        previous(info);
    }));
    catch_signals()?;
    enable_raw_mode()?;
    let guard = Guard { mouse };
    // Start listening for events (crossterm does so on the first poll) before the first frame
    // is drawn: a window resized between that frame and the first read would otherwise go
    // unnoticed and leave the frame at the old size.
    event::poll(Duration::ZERO)?;
    let mut out = FrameOut::new(stdout());
    queue!(out, EnterAlternateScreen, EnableBracketedPaste)?;
    if mouse {
        queue!(out, EnableMouseCapture)?;
    }
    let terminal = Terminal::new(CrosstermBackend::new(out))?;
    Ok((terminal, guard))
}

impl Drop for Guard {
    fn drop(&mut self) {
        give_back(self.mouse);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Records each write it is given, as the terminal would receive them.
    #[derive(Default)]
    struct Writes(Vec<Vec<u8>>);

    impl Write for &mut Writes {
        fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
            self.0.push(bytes.to_vec());
            Ok(bytes.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_frame_reaches_the_terminal_in_one_write_at_flush() {
        let mut writes = Writes::default();
        {
            let mut out = FrameOut::new(&mut writes);
            queue!(out, EnterAlternateScreen, EnableBracketedPaste).unwrap();
            out.write_all(b"first frame").unwrap();
            out.flush().unwrap();
            out.write_all(b"second").unwrap();
            out.write_all(b" frame").unwrap();
            out.flush().unwrap();
            // A frame cut short (a panic mid-draw) is never written.
            out.write_all(b"half a fra").unwrap();
        }
        let writes: Vec<String> = writes
            .0
            .iter()
            .map(|w| String::from_utf8_lossy(w).into_owned())
            .collect();
        assert_eq!(
            writes,
            ["\x1b[?1049h\x1b[?2004hfirst frame", "second frame"],
            "one write per flush, the startup modes with the first frame"
        );
    }
}

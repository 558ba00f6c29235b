//! Taking the terminal and always giving it back: raw mode, the alternate screen, the cursor,
//! bracketed paste and (with `--mouse`) mouse capture are undone on normal exit, on error
//! (the guard's Drop), on panic (the hook) and on a terminating signal (SIGTERM, SIGHUP,
//! SIGINT, SIGQUIT): the signal only sets a flag, which the event loop reads between events
//! (it waits at most a quarter second), then saves, leaves through the guard and exits with
//! 128 + the signal's number. A terminal that goes away (its window closed, the connection
//! dropped) counts as SIGHUP, whether or not the signal arrives.

use std::io::{self, Stdout, Write, stdout};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex, OnceLock};
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
        use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
        for sig in [SIGTERM, SIGHUP, SIGINT, SIGQUIT] {
            signal_hook::flag::register_usize(sig, Arc::clone(signal_flag()), sig as usize)?;
        }
    }
    let _ = DONE.set(());
    Ok(())
}

/// The events the input thread has read.
static INPUT: OnceLock<Mutex<Receiver<Event>>> = OnceLock::new();

/// Read the terminal on a thread of its own from now on. crossterm 0.29 reads a terminal that
/// went away in an endless loop that never returns (crossterm-rs/crossterm#793); on this
/// thread that loop cannot keep the wizard from seeing the terminal gone, saving and exiting.
fn start_input() -> io::Result<()> {
    if INPUT.get().is_some() {
        return Ok(());
    }
    let (events, received) = mpsc::channel();
    std::thread::Builder::new()
        .name("icp-prep-input".into())
        .spawn(move || {
            while let Ok(event) = event::read() {
                if events.send(event).is_err() {
                    break;
                }
            }
        })?;
    let _ = INPUT.set(Mutex::new(received));
    Ok(())
}

/// The next input event, after waiting at most `timeout`; `None` when none came (the caller
/// then checks `signalled`). A terminal that went away (its window closed, the connection
/// dropped) is recorded as SIGHUP, whether or not the signal arrives: the wizard saves and
/// exits 129.
pub fn next_event(timeout: Duration) -> io::Result<Option<Event>> {
    if hung_up() {
        return Ok(None);
    }
    // Started here, after the first frame, rather than on entering: the first screen then
    // does not wait for a thread to be made (DESIGN.md §4 startup).
    start_input()?;
    let Some(input) = INPUT.get() else {
        return Err(io::Error::other("the terminal is not being read"));
    };
    let received = input.lock().unwrap_or_else(|e| e.into_inner());
    match received.recv_timeout(timeout) {
        Ok(event) => Ok(Some(event)),
        Err(RecvTimeoutError::Timeout) => Ok(None),
        // crossterm reported an error reading the terminal: it can no longer be used.
        Err(RecvTimeoutError::Disconnected) if hung_up() => Ok(None),
        Err(RecvTimeoutError::Disconnected) => Err(io::Error::other("the terminal stopped")),
    }
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

//! Taking the terminal and always giving it back: raw mode, the alternate screen, the cursor,
//! bracketed paste and (with `--mouse`) mouse capture are undone on normal exit, on error
//! (the guard's Drop) and on panic (the hook).

use std::io::{Stdout, Write, stdout};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::execute;

pub type Term = Terminal<CrosstermBackend<Stdout>>;

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
    ratatui::restore();
    let _ = execute!(out, Show);
    let _ = out.flush();
}

/// Enter the wizard's terminal modes. The returned guard restores them when dropped.
pub fn take(mouse: bool) -> std::io::Result<(Term, Guard)> {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        give_back(mouse);
        previous(info);
    }));
    let terminal = ratatui::try_init()?;
    let guard = Guard { mouse };
    execute!(stdout(), EnableBracketedPaste)?;
    if mouse {
        execute!(stdout(), EnableMouseCapture)?;
    }
    Ok((terminal, guard))
}

impl Drop for Guard {
    fn drop(&mut self) {
        give_back(self.mouse);
    }
}

//! The two ends of plain mode: answer lines in (numbered, comments skipped) and wrapped lines
//! out. Writing ignores a closed output, as `cli::say` does: the answers are saved either way.

use std::io::{BufRead, Write};

/// Answer lines, numbered from 1 as in the answers file.
pub struct Lines<R> {
    input: R,
    number: usize,
}

impl<R: BufRead> Lines<R> {
    pub fn new(input: R) -> Self {
        Lines { input, number: 0 }
    }

    /// The next answer, without its line break; lines whose first non-blank character is `#`
    /// are comments. `None` at the end of the input (or when it cannot be read any more).
    pub fn next_answer(&mut self) -> Option<String> {
        loop {
            let mut raw = Vec::new();
            match self.input.read_until(b'\n', &mut raw) {
                Ok(0) | Err(_) => return None,
                Ok(_) => {}
            }
            self.number += 1;
            let line = String::from_utf8_lossy(&raw);
            let line = line.trim_end_matches(['\n', '\r']);
            if line.trim_start().starts_with('#') {
                continue;
            }
            return Some(line.to_string());
        }
    }

    /// The number of the line read last.
    pub fn number(&self) -> usize {
        self.number
    }
}

/// The widest line written, in display columns (a dumb terminal is often 80 wide).
pub const WIDTH: usize = 80;

/// Lines out, wrapped to [`WIDTH`] with a hanging indent.
pub struct Out<W> {
    out: W,
}

impl<W: Write> Out<W> {
    pub fn new(out: W) -> Self {
        Out { out }
    }

    /// `text` (made one printable line) wrapped: `first` before its first line, `rest` before
    /// the others.
    pub fn para(&mut self, text: &str, first: &str, rest: &str) {
        let one_line = crate::messages::printable(&text.replace(['\n', '\t'], " "));
        for l in crate::wrap::wrap(&one_line, WIDTH, first, rest) {
            let _ = writeln!(self.out, "{l}");
        }
        let _ = self.out.flush();
    }

    pub fn line(&mut self, text: &str) {
        self.para(text, "", "  ");
    }

    /// `text` as one line, not wrapped: a path or a command to copy whole.
    pub fn whole(&mut self, text: &str) {
        let _ = writeln!(self.out, "{}", crate::messages::printable(text));
        let _ = self.out.flush();
    }

    pub fn blank(&mut self) {
        let _ = writeln!(self.out);
    }

    /// The input marker, without a line break (only when a person types the answers).
    pub fn marker(&mut self) {
        let _ = write!(self.out, "> ");
        let _ = self.out.flush();
    }

    pub fn into_inner(self) -> W {
        self.out
    }
}

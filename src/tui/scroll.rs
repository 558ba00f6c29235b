//! Scrolling a panel by hand (j/k, or ↑↓ PgUp/PgDn in the help): an offset from where the focus
//! puts the panel. The view knows how long the panel is, so it clamps the offset when it draws
//! and keeps the clamped value: a key pressed past the end does nothing, and the next key
//! the other way moves at once (as ratatui's `ListState` keeps its offset).

use std::cell::Cell;

#[derive(Debug, Default)]
pub struct Scroll(Cell<i32>);

impl Scroll {
    pub fn by(&self, lines: i32) {
        self.0.set(self.0.get().saturating_add(lines));
    }

    pub fn reset(&self) {
        self.0.set(0);
    }

    /// The first line to show: `auto` (where the focus puts the panel) moved by hand, within
    /// `0..=max`.
    pub fn top(&self, auto: usize, max: usize) -> usize {
        let top = (auto as i64 + i64::from(self.0.get())).clamp(0, max as i64);
        self.0.set((top - auto as i64) as i32);
        top as usize
    }
}

/// The panels that scroll by hand.
#[derive(Debug, Default)]
pub struct Scrolls {
    /// The questions and what the step shows under them (the province's rules).
    pub form: Scroll,
    pub checklist: Scroll,
    pub help: Scroll,
}

impl Scrolls {
    pub fn reset(&self) {
        self.form.reset();
        self.checklist.reset();
        self.help.reset();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clamps_at_both_ends_and_remembers_the_clamp() {
        let s = Scroll::default();
        s.by(50);
        assert_eq!(s.top(2, 10), 10);
        s.by(-1);
        assert_eq!(s.top(2, 10), 9, "one key back moves at once");
        s.by(-100);
        assert_eq!(s.top(2, 10), 0);
        s.by(1);
        assert_eq!(s.top(2, 10), 1);
    }
}

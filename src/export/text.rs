//! Plain text: every line fits 80 display columns (Chinese characters count two), words wrap
//! with a hanging indent, and a word longer than a line (a long source address) is broken.
//! Control characters in user strings are replaced, so the file is safe to `cat`.

use unicode_width::UnicodeWidthStr;

use super::model::Export;
use super::next_steps::Guidance;
use crate::engine::{Item, Status};

/// The widest line, in display columns.
pub const WIDTH: usize = 80;

pub(crate) fn render(e: &Export) -> String {
    let mut out = Out {
        text: String::new(),
    };
    out.heading(&e.title(), '=');
    for (label, value) in e.meta() {
        out.para(&e.pair(&label, &value), "", "    ");
    }
    out.blank();
    out.para(&e.verdict(), "", "");
    out.para(&e.counts_line(), "", "");
    out.para(&e.privacy_note(), "", "");

    out.blank();
    out.heading(&e.t("export.blockers.heading"), '=');
    let blockers = e.blockers();
    if blockers.is_empty() {
        out.para(&e.t("export.blockers.none"), "", "");
    }
    for (n, (_, item)) in blockers.iter().enumerate() {
        let number = format!("{}. ", n + 1);
        let indent = " ".repeat(number.len());
        out.para(&item.title, &number, &indent);
        out.para(&item.detail, &indent, &indent);
        if !item.fix.is_empty() {
            let fix = e.pair(&e.t("export.label.fix"), &item.fix);
            out.para(&fix, &indent, &indent);
        }
    }

    out.blank();
    out.heading(&e.t("export.todo.heading"), '=');
    let todos = e.todos();
    if todos.is_empty() {
        out.para(&e.t("export.todo.none"), "", "");
    }
    for (_, item) in &todos {
        out.para(&item.title, "- ", "  ");
        if !item.fix.is_empty() {
            out.para(&item.fix, "  ", "  ");
        }
    }

    out.blank();
    out.heading(&e.t("export.checklist.heading"), '=');
    for part in e.sections() {
        out.blank();
        out.heading(&part.heading, '-');
        for (_, item) in part.items {
            item_text(&mut out, e, item);
        }
    }

    if !e.summary.is_empty() {
        out.blank();
        out.heading(&e.t("export.answers.heading"), '=');
        for (label, value) in &e.summary {
            out.para(&e.pair(label, value), "", "    ");
        }
    }

    out.blank();
    out.heading(&e.t("export.materials.heading"), '=');
    if e.materials.is_empty() {
        out.para(&e.t("export.materials.none"), "", "");
    } else {
        out.para(&e.t("export.materials.intro"), "", "");
        for m in &e.materials {
            let mut line = e.material_name(m);
            if m.status == Status::Info {
                line.push_str(&e.paren(&e.t("export.materials.optional")));
            }
            let tick = if m.status == Status::Done {
                "[x] "
            } else {
                "[ ] "
            };
            out.para(&line, tick, "    ");
        }
    }
    out.blank();
    out.para(
        &format!("{}{}", e.t("export.materials.requirements"), e.colon()),
        "",
        "",
    );
    for g in &e.upload_rules {
        for line in &g.lines {
            out.para(line, "- ", "  ");
        }
        out.para(&source(e, g), "  ", "  ");
    }

    out.blank();
    out.heading(&e.t("export.next.heading"), '=');
    for (n, line) in e.next_steps.lines.iter().enumerate() {
        let number = format!("{}. ", n + 1);
        out.para(line, &number, &" ".repeat(number.len()));
    }
    out.para(&source(e, &e.next_steps), "", "  ");

    out.blank();
    out.heading(&e.t("export.disclaimer.heading"), '=');
    out.para(&e.disclaimer(), "", "");
    out.blank();
    out.para(&e.generated(), "", "");
    out.text
}

fn item_text(out: &mut Out, e: &Export, item: &Item) {
    let head = match item.status {
        Status::Done => format!("[x] {}", item.title),
        Status::Info => format!("(i) {}", e.pair(&e.status_label(item.status), &item.title)),
        Status::Todo | Status::Blocked => {
            format!("[ ] {}", e.pair(&e.status_label(item.status), &item.title))
        }
    };
    out.para(&head, "", "    ");
    const INDENT: &str = "    ";
    // a detail of several lines (a province's grouped notes) keeps one paragraph per line
    for line in item.detail.lines().filter(|l| !l.trim().is_empty()) {
        out.para(line, INDENT, INDENT);
    }
    if !item.fix.is_empty() {
        out.para(&e.pair(&e.t("export.label.fix"), &item.fix), INDENT, INDENT);
    }
    let src = e.pair(
        &e.t("export.label.source"),
        &format!(
            "{}{}",
            item.source,
            e.paren(&e.verified(item.last_verified))
        ),
    );
    out.para(&src, INDENT, INDENT);
}

fn source(e: &Export, g: &Guidance) -> String {
    let label = e.t("export.label.source");
    match g.last_verified {
        Some(d) => e.pair(&label, &format!("{}{}", g.source, e.paren(&e.verified(d)))),
        None => e.pair(&label, &g.source),
    }
}

struct Out {
    text: String,
}

impl Out {
    fn line(&mut self, s: &str) {
        self.text.push_str(s.trim_end());
        self.text.push('\n');
    }

    /// An empty line, never two in a row.
    fn blank(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with("\n\n") {
            self.text.push('\n');
        }
    }

    /// A heading, wrapped, underlined with `rule` as wide as its widest line.
    fn heading(&mut self, s: &str, rule: char) {
        let lines = wrap_text(s, "", "");
        let width = lines.iter().map(|l| l.width()).max().unwrap_or(0);
        for l in &lines {
            self.line(l);
        }
        self.line(&rule.to_string().repeat(width));
    }

    /// A paragraph wrapped to [`WIDTH`]: `first` before its first line, `rest` before the others.
    fn para(&mut self, s: &str, first: &str, rest: &str) {
        for l in wrap_text(s, first, rest) {
            self.line(&l);
        }
    }
}

/// Wrap `s` (made one line first) into lines of at most [`WIDTH`] columns, `first` before the
/// first line and `rest` before the others: the program's one wrapping routine (`crate::wrap`).
fn wrap_text(s: &str, first: &str, rest: &str) -> Vec<String> {
    crate::wrap::wrap(&super::one_line(s), WIDTH, first, rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_80_columns_with_hanging_indent_and_drops_nothing() {
        let text = "word ".repeat(40);
        let lines = wrap_text(&text, "- ", "  ");
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| l.width() <= WIDTH), "{lines:?}");
        assert!(lines[0].starts_with("- word"));
        assert!(lines[1].starts_with("  word"));
        let zh = "香港、澳门居民须使用港澳居民来往内地通行证。".repeat(6);
        let lines = wrap_text(&zh, "    ", "    ");
        assert!(lines.iter().all(|l| l.width() <= WIDTH), "{lines:?}");
        assert_eq!(lines.concat().replace(' ', ""), zh);
    }
}

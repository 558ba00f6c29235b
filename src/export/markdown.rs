//! Markdown: GitHub-flavoured, items as task lists (`- [x]` done, `- [ ]` to do or blocked),
//! information as plain bullets. Every string is escaped so that names such as `*bold*`,
//! `| pipe |` or `[x](javascript:…)` come out as the literal text.

use std::fmt::Write;

use super::model::{Export, is_link};
use super::next_steps::Guidance;
use crate::engine::{Item, Status};

pub(crate) fn render(e: &Export) -> String {
    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(w, "# {}\n", esc(&e.title()));
    for (label, value) in e.meta() {
        let _ = writeln!(w, "- **{}{}** {}", esc(&label), e.colon(), esc(&value));
    }
    let _ = writeln!(w, "\n**{}**\\", esc(&e.verdict()));
    let _ = writeln!(w, "{}\n", esc(&e.counts_line()));
    let _ = writeln!(w, "> {}\n", esc(&e.privacy_note()));

    let _ = writeln!(w, "## {}\n", esc(&e.t("export.blockers.heading")));
    let blockers = e.blockers();
    if blockers.is_empty() {
        let _ = writeln!(w, "{}\n", esc(&e.t("export.blockers.none")));
    }
    for (n, (_, item)) in blockers.iter().enumerate() {
        let _ = writeln!(w, "{}. **{}**\\", n + 1, esc(&item.title));
        let _ = write!(w, "   {}", esc_start(&item.detail));
        if !item.fix.is_empty() {
            let fix = esc(&e.t("export.label.fix"));
            let _ = write!(w, "\\\n   **{fix}{}** {}", e.colon(), esc(&item.fix));
        }
        let _ = writeln!(w);
    }
    if !blockers.is_empty() {
        let _ = writeln!(w);
    }

    let _ = writeln!(w, "## {}\n", esc(&e.t("export.todo.heading")));
    let todos = e.todos();
    if todos.is_empty() {
        let _ = writeln!(w, "{}\n", esc(&e.t("export.todo.none")));
    }
    for (_, item) in &todos {
        let _ = write!(w, "- **{}**", esc(&item.title));
        if !item.fix.is_empty() {
            let _ = write!(w, "\\\n  {}", esc_start(&item.fix));
        }
        let _ = writeln!(w);
    }
    if !todos.is_empty() {
        let _ = writeln!(w);
    }

    let _ = writeln!(w, "## {}\n", esc(&e.t("export.checklist.heading")));
    for part in e.sections() {
        let _ = writeln!(w, "### {}\n", esc(&part.heading));
        for (_, item) in part.items {
            item_md(w, e, item);
        }
        let _ = writeln!(w);
    }

    if !e.summary.is_empty() {
        let _ = writeln!(w, "## {}\n", esc(&e.t("export.answers.heading")));
        for (label, value) in &e.summary {
            let _ = writeln!(w, "- **{}{}** {}", esc(label), e.colon(), esc(value));
        }
        let _ = writeln!(w);
    }

    let _ = writeln!(w, "## {}\n", esc(&e.t("export.materials.heading")));
    if e.materials.is_empty() {
        let _ = writeln!(w, "{}\n", esc(&e.t("export.materials.none")));
    } else {
        let _ = writeln!(w, "{}\n", esc(&e.t("export.materials.intro")));
        for m in &e.materials {
            let tick = if m.status == Status::Done { "x" } else { " " };
            let _ = write!(w, "- [{tick}] {}", esc(&e.material_name(m)));
            if m.status == Status::Info {
                let optional = esc(&e.t("export.materials.optional"));
                let _ = write!(w, " *{}*", e.paren(&optional).trim_start());
            }
            let _ = writeln!(w);
        }
        let _ = writeln!(w);
    }
    let _ = writeln!(w, "**{}**\n", esc(&e.t("export.materials.requirements")));
    for g in &e.upload_rules {
        for line in &g.lines {
            let _ = writeln!(w, "- {}\\", esc(line));
        }
        let _ = writeln!(w, "  {}", source_md(e, g));
    }
    let _ = writeln!(w);

    let _ = writeln!(w, "## {}\n", esc(&e.t("export.next.heading")));
    for (n, line) in e.next_steps.lines.iter().enumerate() {
        let _ = writeln!(w, "{}. {}", n + 1, esc(line));
    }
    let _ = writeln!(w, "\n{}\n", source_md(e, &e.next_steps));

    let _ = writeln!(w, "## {}\n", esc(&e.t("export.disclaimer.heading")));
    let _ = writeln!(w, "{}\n", esc(&e.disclaimer()));
    let _ = writeln!(w, "*{}*", esc(&e.generated()));
    out
}

/// One checklist item: checkbox, status, title; then detail, fix and source on their own lines.
fn item_md(w: &mut String, e: &Export, item: &Item) {
    let head = match item.status {
        Status::Done => format!("- [x] {}", esc(&item.title)),
        Status::Info => format!(
            "- *{}{}* {}",
            esc(&e.status_label(item.status)),
            e.colon(),
            esc(&item.title)
        ),
        Status::Todo | Status::Blocked => format!(
            "- [ ] **{}{}** {}",
            esc(&e.status_label(item.status)),
            e.colon(),
            esc(&item.title)
        ),
    };
    let mut lines = vec![head];
    // a detail of several lines (a province's grouped notes) keeps one line each
    for line in item.detail.lines().filter(|l| !l.trim().is_empty()) {
        lines.push(format!("  {}", esc_start(line)));
    }
    if !item.fix.is_empty() {
        lines.push(format!(
            "  **{}{}** {}",
            esc(&e.t("export.label.fix")),
            e.colon(),
            esc(&item.fix)
        ));
    }
    lines.push(format!(
        "  {}{} {}{}{}",
        esc(&e.t("export.label.source")),
        e.colon(),
        link(&item.source),
        e.comma(),
        esc(&e.verified(item.last_verified))
    ));
    // A backslash at the end of a line is a hard line break (GFM).
    let _ = writeln!(w, "{}", lines.join("\\\n"));
}

fn source_md(e: &Export, g: &Guidance) -> String {
    let mut s = format!(
        "{}{} {}",
        esc(&e.t("export.label.source")),
        e.colon(),
        link(&g.source)
    );
    if let Some(d) = g.last_verified {
        let _ = write!(s, "{}{}", e.comma(), esc(&e.verified(d)));
    }
    s
}

/// A web address as an autolink; anything else as escaped text.
fn link(source: &str) -> String {
    if is_link(source) {
        format!("<{source}>")
    } else {
        esc(source)
    }
}

/// Escape text for Markdown inside a line: on one line, with every character that could start
/// markup (emphasis, code, links, HTML, tables, strikethrough, entities) backslash-escaped.
pub(crate) fn esc(s: &str) -> String {
    let s = super::one_line(s);
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// [`esc`] for text that starts a line: a first character that could start a block (list,
/// heading, quote, setext underline, ordered-list number) is escaped too.
pub(crate) fn esc_start(s: &str) -> String {
    let s = esc(s);
    let lead = s.len() - s.trim_start().len();
    let body = &s[lead..];
    let digits = body.chars().take_while(char::is_ascii_digit).count();
    let at = if matches!(body.chars().next(), Some('-' | '+' | '#' | '=')) {
        Some(lead)
    } else if digits > 0 && matches!(body.as_bytes().get(digits), Some(b'.' | b')')) {
        Some(lead + digits)
    } else {
        None
    };
    match at {
        Some(i) => format!("{}\\{}", &s[..i], &s[i..]),
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_escaped() {
        assert_eq!(esc("*bold*"), "\\*bold\\*");
        assert_eq!(esc("| pipe |"), "\\| pipe \\|");
        assert_eq!(
            esc("[x](javascript:alert(1))"),
            "\\[x\\](javascript:alert(1))"
        );
        assert_eq!(
            esc("<script>alert(1)</script>"),
            "\\<script\\>alert(1)\\</script\\>"
        );
        assert_eq!(esc("`code`"), "\\`code\\`");
        assert_eq!(esc("&amp;"), "\\&amp;");
        assert_eq!(esc("a\nb"), "a b");
        assert_eq!(esc("Acme Trading Co., Ltd."), "Acme Trading Co., Ltd.");
    }

    #[test]
    fn block_starts_are_escaped_at_line_start_only() {
        assert_eq!(esc_start("- item"), "\\- item");
        assert_eq!(esc_start("# heading"), "\\# heading");
        assert_eq!(esc_start("==="), "\\===");
        assert_eq!(esc_start("1. first"), "1\\. first");
        assert_eq!(esc_start("2026) x"), "2026\\) x");
        assert_eq!(esc_start("2026-11-28"), "2026-11-28");
        assert_eq!(esc_start("> quote"), "\\> quote");
        assert_eq!(esc_start("a - b"), "a - b");
        assert_eq!(esc("2026.11.28"), "2026.11.28");
        assert_eq!(esc("- item"), "- item");
    }
}

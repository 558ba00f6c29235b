//! Plain text: every line fits 80 display columns (Chinese characters count two), words wrap
//! with a hanging indent, and a word longer than a line (a long source address) is broken.
//! Control characters in user strings are replaced, so the file is safe to `cat`.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::model::Export;
use super::next_steps::Guidance;
use crate::engine::{Item, Status};
use crate::session::Language;

/// The widest line, in display columns.
pub const WIDTH: usize = 80;

pub(crate) fn render(e: &Export) -> String {
    let mut out = Out {
        text: String::new(),
        lang: e.lang,
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
    /// Chinese text may break between characters; English only at spaces.
    lang: Language,
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
        let lines = wrap_in(self.lang, s, "", "");
        let width = lines.iter().map(|l| l.width()).max().unwrap_or(0);
        for l in &lines {
            self.line(l);
        }
        self.line(&rule.to_string().repeat(width));
    }

    /// A paragraph wrapped to [`WIDTH`]: `first` before its first line, `rest` before the others.
    fn para(&mut self, s: &str, first: &str, rest: &str) {
        for l in wrap_in(self.lang, s, first, rest) {
            self.line(&l);
        }
    }
}

/// Wrap English text: see [`wrap_in`].
#[cfg(test)]
fn wrap(s: &str, first: &str, rest: &str) -> Vec<String> {
    wrap_in(Language::En, s, first, rest)
}

/// Wrap `s` (made one line first) into lines of at most [`WIDTH`] columns, with `first` before
/// the first line and `rest` before the following ones. Lines break at spaces; in Chinese also
/// between Chinese characters (never before closing or after opening punctuation such as `，`
/// `）` `（`), but not inside a Latin word. (English text keeps a Chinese term such as
/// `(公安备案)` whole.) A word wider than the room on an empty line is broken between characters.
pub(crate) fn wrap_in(lang: Language, s: &str, first: &str, rest: &str) -> Vec<String> {
    let s = super::one_line(s);
    let mut lines = Vec::new();
    let mut line = first.to_string();
    let mut empty = true; // nothing but the prefix yet
    let pieces = match lang {
        Language::En => s
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(|w| (w, false))
            .collect(),
        Language::ZhCn => pieces(&s),
    };
    for (word, glued) in pieces {
        let room = WIDTH.saturating_sub(line.width());
        let space = !empty && !glued;
        let need = word.width() + usize::from(space);
        if need <= room {
            if space {
                line.push(' ');
            }
            line.push_str(word);
            empty = false;
            continue;
        }
        if !empty {
            lines.push(std::mem::replace(&mut line, rest.to_string()));
        }
        // On a fresh line: fits whole, or is broken into pieces that fill the lines.
        let mut piece = word;
        loop {
            let room = WIDTH.saturating_sub(line.width()).max(1);
            let (head, tail) = split_at_width(piece, room);
            line.push_str(head);
            if tail.is_empty() {
                break;
            }
            lines.push(std::mem::replace(&mut line, rest.to_string()));
            piece = tail;
        }
        empty = false;
    }
    if !empty || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// Punctuation that must not start a line.
fn closing(c: char) -> bool {
    "，。、；：？！）》」』】〕”’…—·,.;:?!)]}%".contains(c)
}

/// Punctuation that must not end a line.
fn opening(c: char) -> bool {
    "（《「『【〔“‘([{".contains(c)
}

/// A date written the Chinese way (`2026年11月28日`) stays on one line.
fn date_glue(p: char, c: char) -> bool {
    (p.is_ascii_digit() && "年月日".contains(c)) || ("年月".contains(p) && c.is_ascii_digit())
}

/// The pieces a line may break between, each with whether it follows the previous piece without
/// a space (`true`: glued, as between Chinese characters). Words separated by spaces are pieces;
/// inside a word, each wide (Chinese) character is a piece of its own, with closing punctuation
/// kept on the piece before it and opening punctuation on the piece after it, and a run of
/// narrow characters (a Latin word, a number, an address) stays one piece.
fn pieces(s: &str) -> Vec<(&str, bool)> {
    let mut out: Vec<(&str, bool)> = Vec::new();
    for word in s.split(' ').filter(|w| !w.is_empty()) {
        let mut start = 0; // start of the current piece
        let mut prev: Option<(char, bool)> = None; // previous char, whether it was wide
        let mut first = true;
        for (i, c) in word.char_indices() {
            let wide = c.width().unwrap_or(0) > 1;
            if let Some((p, p_wide)) = prev {
                // A break is allowed before `c` when either side is wide, unless punctuation
                // forbids it; never between two narrow characters.
                let boundary = (wide || p_wide) && !closing(c) && !opening(p) && !date_glue(p, c);
                if boundary {
                    out.push((&word[start..i], !first));
                    first = false;
                    start = i;
                }
            }
            prev = Some((c, wide));
        }
        out.push((&word[start..], !first));
    }
    out
}

/// The longest start of `word` at most `room` columns wide (at least one character), and the
/// rest. A break just after a `/` in the second half is preferred, so a long address splits
/// between its path segments.
fn split_at_width(word: &str, room: usize) -> (&str, &str) {
    let mut end = 0;
    let mut used = 0;
    for (i, c) in word.char_indices() {
        let w = c.width().unwrap_or(0);
        if used + w > room && end > 0 {
            break;
        }
        used += w;
        end = i + c.len_utf8();
    }
    if end < word.len()
        && let Some(slash) = word[..end].rfind('/')
        && slash + 1 > end / 2
    {
        end = slash + 1;
    }
    word.split_at(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_80_columns_with_hanging_indent() {
        let text = "word ".repeat(40);
        let lines = wrap(&text, "- ", "  ");
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| l.width() <= WIDTH), "{lines:?}");
        assert!(lines[0].starts_with("- word"));
        assert!(lines[1].starts_with("  word"));
    }

    #[test]
    fn chinese_counts_two_columns_and_long_words_break() {
        let zh = "广东省通信管理局".repeat(12); // 192 columns, no spaces
        let lines = wrap(&zh, "    ", "    ");
        assert!(lines.iter().all(|l| l.width() <= WIDTH), "{lines:?}");
        assert_eq!(lines[0].width(), 80);
        let url = format!("https://example.com/{}", "a".repeat(150));
        let lines = wrap(&format!("Source: {url} (verified)"), "    ", "    ");
        assert!(lines.iter().all(|l| l.width() <= WIDTH), "{lines:?}");
        assert_eq!(
            lines.concat().replace(' ', ""),
            format!("Source:{url}(verified)")
        );
    }

    #[test]
    fn empty_text_gives_the_prefix_line() {
        assert_eq!(wrap("", "[x] ", ""), vec!["[x] ".to_string()]);
    }

    #[test]
    fn chinese_wraps_between_characters_but_not_inside_latin_words_or_before_punctuation() {
        let text = format!(
            "{}阿里云ICP代备案管理系统（beian.aliyun.com）。",
            "备案".repeat(36)
        );
        let lines = wrap_in(Language::ZhCn, &text, "", "");
        assert!(lines.iter().all(|l| l.width() <= WIDTH), "{lines:?}");
        assert_eq!(
            lines.concat(),
            text,
            "no space is added between Chinese characters"
        );
        assert!(
            lines.iter().all(|l| !l.starts_with(['。', '）', '，'])),
            "{lines:?}"
        );
        assert!(lines.iter().all(|l| !l.ends_with('（')), "{lines:?}");
        let joined = lines.join("|");
        assert!(
            !joined.contains("I|C") && !joined.contains("IC|P"),
            "{joined}"
        );
        assert!(joined.contains("beian.aliyun.com"), "{joined}");
        // A date stays whole.
        let text = format!("{}2026年11月28日", "备".repeat(36));
        assert_eq!(wrap_in(Language::ZhCn, &text, "", "")[1], "2026年11月28日");
        // Words separated by spaces keep their space.
        assert_eq!(
            wrap_in(Language::ZhCn, "在 2027年3月1日 之前", "", ""),
            vec!["在 2027年3月1日 之前".to_string()]
        );
    }
}

//! The one message catalogue: every user-visible sentence, keyed by message id, with one column
//! per language. Tables are split by area (`engine`, `cli`, `validate`) only to keep files small.
//! Every row has both columns (tests/i18n.rs checks it); a row whose zh-CN column is empty
//! would fall back to English. Placeholders are written `{name}`.
//!
//! Besides the catalogue, this module holds how each language writes what is not a sentence:
//! names of things (`name`), lists (`list`), sentences put together (`sentences`), a label and
//! its value (`pair`), and dates (`date`, `date_time`).

mod cli;
mod engine;
mod export;
mod help;
mod parse_error;
mod plain;
mod store;
mod tui;
pub mod validate;
mod websites;

use crate::language::Language;

/// A catalogue row: message id, English, Simplified Chinese.
pub type Row = (&'static str, &'static str, &'static str);

pub use cli::CLI;
pub use engine::ENGINE;
pub use export::EXPORT;
pub use help::HELP;
pub use parse_error::parse_error;
pub use plain::PLAIN;
pub use store::STORE;
pub use tui::TUI;
pub use websites::WEBSITES;

/// Every table, in lookup order; a row's place in this sequence is its number in the index.
/// Read by the compiler only: the program reads the packed copy below (`TEXT`, `ENDS`). A table
/// of `&str` is three pointers a row, each one fixed up by the loader at every start (3,300 of
/// them, 13 pages written before `main`); the packed copy needs none (DESIGN.md §4 startup).
const TABLES: [&[Row]; 9] = [
    ENGINE,
    CLI,
    STORE,
    EXPORT,
    TUI,
    HELP,
    validate::VALIDATE,
    WEBSITES,
    PLAIN,
];

const ROWS: usize = {
    let mut n = 0;
    let mut t = 0;
    while t < TABLES.len() {
        n += TABLES[t].len();
        t += 1;
    }
    n
};

/// Row `n` of the whole catalogue, for the compiler (`n` < `ROWS`).
const fn table_row(mut n: usize) -> Row {
    let mut t = 0;
    while n >= TABLES[t].len() {
        n -= TABLES[t].len();
        t += 1;
    }
    TABLES[t][n]
}

/// Where each row's id, English and Chinese end in `TEXT` (each part starts where the one
/// before it ends).
const ENDS: [[u32; 3]; ROWS] = {
    let mut ends = [[0u32; 3]; ROWS];
    let mut at = 0;
    let mut n = 0;
    while n < ROWS {
        let (id, en, zh) = table_row(n);
        let parts = [id.len(), en.len(), zh.len()];
        let mut p = 0;
        while p < 3 {
            at += parts[p];
            assert!(at < u32::MAX as usize, "offsets must fit in four bytes");
            ends[n][p] = at as u32;
            p += 1;
        }
        n += 1;
    }
    ends
};
static ROW_ENDS: [[u32; 3]; ROWS] = ENDS;

/// Bytes of every id and text together.
const TEXT_LEN: usize = if ROWS == 0 {
    0
} else {
    ENDS[ROWS - 1][2] as usize
};

/// Every row's id, English and Chinese one after another, rows in table order.
static TEXT: &str = {
    // Only ever read here, once, by the compiler: one copy ends up in the program.
    #[allow(clippy::large_const_arrays)]
    const BYTES: [u8; TEXT_LEN] = {
        let mut out = [0u8; TEXT_LEN];
        let mut at = 0;
        let mut n = 0;
        while n < ROWS {
            let (id, en, zh) = table_row(n);
            let parts = [id.as_bytes(), en.as_bytes(), zh.as_bytes()];
            let mut p = 0;
            while p < parts.len() {
                let mut i = 0;
                while i < parts[p].len() {
                    out[at] = parts[p][i];
                    at += 1;
                    i += 1;
                }
                p += 1;
            }
            n += 1;
        }
        out
    };
    match std::str::from_utf8(&BYTES) {
        Ok(text) => text,
        Err(_) => panic!("the catalogue packs whole strings"),
    }
};

/// Row number `n` of the whole catalogue.
fn row(n: u16) -> Option<Row> {
    let n = usize::from(n);
    let [id, en, zh] = *ROW_ENDS.get(n)?;
    let start = match n.checked_sub(1) {
        Some(before) => ROW_ENDS.get(before)?[2],
        None => 0,
    };
    let part = |from: u32, to: u32| TEXT.get(from as usize..to as usize);
    Some((part(start, id)?, part(id, en)?, part(en, zh)?))
}

/// FNV-1a: a `const fn`, so the index is built by the compiler.
const fn hash(id: &str) -> u64 {
    let bytes = id.as_bytes();
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    h
}

/// Slots of the index: at most half full, so a lookup probes one or two slots.
const SLOTS: usize = (2 * ROWS).next_power_of_two();
const EMPTY: u16 = u16::MAX;

/// Message id → row number, by open addressing with linear probing. Computed at compile time:
/// every screen's first message would otherwise wait for it (DESIGN.md §4 startup).
static INDEX: [u16; SLOTS] = {
    assert!(ROWS < EMPTY as usize, "row numbers must fit in the index");
    let mut index = [EMPTY; SLOTS];
    let mut n = 0;
    while n < ROWS {
        let mut slot = hash(table_row(n).0) as usize & (SLOTS - 1);
        while index[slot] != EMPTY {
            slot = (slot + 1) & (SLOTS - 1);
        }
        index[slot] = n as u16;
        n += 1;
    }
    index
};

/// The catalogue row of a message id.
fn lookup(id: &str) -> Option<Row> {
    let mut slot = hash(id) as usize & (SLOTS - 1);
    loop {
        let row = row(*INDEX.get(slot)?)?;
        if row.0 == id {
            return Some(row);
        }
        slot = (slot + 1) & (SLOTS - 1);
    }
}

/// Every row of every table, in table order.
pub fn all_rows() -> impl Iterator<Item = Row> {
    (0..ROWS).filter_map(|n| row(u16::try_from(n).ok()?))
}

/// Whether the catalogue has this id (tests use it to catch typos in ids).
pub fn has(id: &str) -> bool {
    lookup(id).is_some()
}

/// Every message id in the catalogue.
pub fn ids() -> impl Iterator<Item = &'static str> {
    all_rows().map(|r| r.0)
}

/// The text of a message in a language, falling back to English. An unknown id is returned
/// as itself, so a missing message shows up visibly instead of as an empty line.
pub fn text(lang: Language, id: &str) -> &str {
    match lookup(id) {
        Some((_, _, zh)) if lang == Language::ZhCn && !zh.is_empty() => zh,
        Some((_, en, _)) => en,
        None => id,
    }
}

/// The text with its `{name}` placeholders filled in.
pub fn format(lang: Language, id: &str, args: &[(&str, String)]) -> String {
    fill(text(lang, id), args)
}

/// "12 done · 3 to do · 1 blocked": the progress line the wizard's header, plain mode and its
/// start screen share.
pub fn progress(lang: Language, done: usize, todo: usize, blocked: usize) -> String {
    format(
        lang,
        "tui.header.progress",
        &[
            ("done", done.to_string()),
            ("todo", todo.to_string()),
            ("blocked", blocked.to_string()),
        ],
    )
}

/// Fill `{name}` placeholders; unknown placeholders are left as written.
pub fn fill(template: &str, args: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match args.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// A date as people write it in each language: `2027-02-28` in English (unambiguous
/// everywhere), `2027年2月28日` in Chinese. Files and JSON keep `YYYY-MM-DD` whatever the language.
pub fn date(lang: Language, d: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    match lang {
        Language::En => d.format("%Y-%m-%d").to_string(),
        Language::ZhCn => format!("{}年{}月{}日", d.year(), d.month(), d.day()),
    }
}

/// When a rule's source was last checked: "checked 2026-11-30" / "核查于 2026年11月30日". We
/// checked the page; we did not verify the bureau's practice, and the wording says so.
pub fn checked(lang: Language, d: chrono::NaiveDate) -> String {
    format(lang, "label.checked", &[("date", date(lang, d))])
}

/// A date and time as each language writes it: `2026-11-28 07:02` / `2026年11月28日 07:02`.
pub fn date_time(lang: Language, t: chrono::NaiveDateTime) -> String {
    format!("{} {}", date(lang, t.date()), t.format("%H:%M"))
}

/// The name of a thing that has an official Chinese name (a province, material, document,
/// section, industry, product): "English (中文)" in English, so the Chinese to look for in the
/// Chinese-only console stays visible, and the Chinese alone in Chinese. Without a Chinese name,
/// the English.
pub fn name(lang: Language, en: &str, zh: &str) -> String {
    match lang {
        _ if zh.is_empty() => en.to_string(),
        Language::En => format!("{en} ({zh})"),
        Language::ZhCn => zh.to_string(),
    }
}

/// A list as each language writes it: "a, b, c" / "a、b、c".
pub fn list<S: AsRef<str>>(lang: Language, items: &[S]) -> String {
    let sep = match lang {
        Language::En => ", ",
        Language::ZhCn => "、",
    };
    items
        .iter()
        .map(AsRef::as_ref)
        .collect::<Vec<_>>()
        .join(sep)
}

/// Sentences put one after the other: separated by a space in English; in Chinese the full
/// stop (。) already separates them. Empty parts are left out.
pub fn sentences<S: AsRef<str>>(lang: Language, parts: &[S]) -> String {
    let sep = match lang {
        Language::En => " ",
        Language::ZhCn => "",
    };
    parts
        .iter()
        .map(|p| p.as_ref().trim())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(sep)
}

/// A label and its value: "Fix: …" / "处理方法：…" (the full-width colon in Chinese).
pub fn pair(lang: Language, label: &str, value: &str) -> String {
    match lang {
        Language::En => format!("{label}: {value}"),
        Language::ZhCn => format!("{label}：{value}"),
    }
}

/// An error as the command line prints it: `icp-prep: error: …` / `icp-prep：错误：…`. The
/// message is made [`printable`]: it may quote a file name or a value from a hostile file.
pub fn error_line(lang: Language, message: &str) -> String {
    format(lang, "cli.error.line", &[("message", printable(message))])
}

/// `s` safe to print on a terminal: control characters (escape, bell, line breaks, the C1
/// range) and bidirectional overrides are written as escapes (`\u{1b}`, `\n`), so a file name
/// or a value from a file can neither steer the terminal (set its title, move the cursor) nor
/// forge a line or reorder what is shown. Every error and listing goes through this.
pub fn printable(s: &str) -> String {
    printable_except(s, None)
}

/// Like [`printable`], but keeps line breaks: for a text of several lines made by icp-prep.
pub fn printable_lines(s: &str) -> String {
    printable_except(s, Some('\n'))
}

fn printable_except(s: &str, keep: Option<char>) -> String {
    let unsafe_char = |c: char| {
        Some(c) != keep
            && (c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
    };
    if !s.chars().any(unsafe_char) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if unsafe_char(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

/// The `{name}` placeholders a template uses.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        out.push(&after[..close]);
        rest = &after[close + 1..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printable_escapes_what_could_steer_a_terminal() {
        assert_eq!(printable("\x1b]0;PWNED\x07"), "\\u{1b}]0;PWNED\\u{7}");
        assert_eq!(printable("a\nb\tc"), "a\\nb\\tc");
        assert_eq!(printable("\u{9b}31m \u{202e}x"), "\\u{9b}31m \\u{202e}x");
        assert_eq!(printable("客户 acme-shop"), "客户 acme-shop");
        assert_eq!(printable_lines("a\nb\x1b"), "a\nb\\u{1b}");
        let line = error_line(Language::En, "bad \x1b[2J name");
        assert!(!line.contains('\x1b'), "{line}");
    }

    #[test]
    fn dates_in_each_language() {
        let d = chrono::NaiveDate::from_ymd_opt(2027, 2, 8).unwrap();
        assert_eq!(date(Language::En, d), "2027-02-08");
        assert_eq!(date(Language::ZhCn, d), "2027年2月8日");
    }

    #[test]
    fn fill_replaces_known_and_keeps_unknown() {
        let s = fill("{a} and {b} and {a}", &[("a", "x".into())]);
        assert_eq!(s, "x and {b} and x");
    }

    #[test]
    fn the_index_finds_every_row_of_every_table_and_nothing_else() {
        for table in TABLES {
            for row in table {
                assert_eq!(lookup(row.0), Some(*row), "{}", row.0);
            }
        }
        assert!(lookup("tui.start.title.").is_none());
        assert!(lookup("").is_none());
        assert_eq!(text(Language::En, "no.such.id"), "no.such.id");
        // The row numbers are two bytes wide.
        assert!(all_rows().count() < usize::from(u16::MAX));
    }

    #[test]
    fn message_ids_are_unique_across_tables() {
        let mut seen = std::collections::HashSet::new();
        for (id, _, _) in all_rows() {
            assert!(seen.insert(id), "duplicate message id {id}");
        }
        assert_eq!(
            seen.len(),
            ENGINE.len()
                + CLI.len()
                + STORE.len()
                + EXPORT.len()
                + TUI.len()
                + WEBSITES.len()
                + HELP.len()
                + validate::VALIDATE.len()
                + PLAIN.len()
        );
    }

    #[test]
    fn unknown_id_shows_itself_and_each_language_has_its_text() {
        assert_eq!(text(Language::En, "no.such.id"), "no.such.id");
        assert_eq!(text(Language::ZhCn, "no.such.id"), "no.such.id");
        let (id, en, zh) = ENGINE[0];
        assert_eq!(text(Language::En, id), en);
        assert_eq!(text(Language::ZhCn, id), zh);
        let (id, en, zh) = validate::VALIDATE[0];
        assert_eq!(text(Language::En, id), en);
        assert_eq!(text(Language::ZhCn, id), zh);
    }

    #[test]
    fn names_lists_sentences_and_pairs_per_language() {
        assert_eq!(
            name(Language::En, "Guangdong", "广东省"),
            "Guangdong (广东省)"
        );
        assert_eq!(name(Language::ZhCn, "Guangdong", "广东省"), "广东省");
        assert_eq!(name(Language::ZhCn, "Other", ""), "Other");
        assert_eq!(list(Language::En, &["a", "b"]), "a, b");
        assert_eq!(list(Language::ZhCn, &["甲", "乙"]), "甲、乙");
        assert_eq!(sentences(Language::En, &["One.", "", "Two."]), "One. Two.");
        assert_eq!(sentences(Language::ZhCn, &["一。", "二。"]), "一。二。");
        assert_eq!(pair(Language::En, "Fix", "x"), "Fix: x");
        assert_eq!(pair(Language::ZhCn, "处理方法", "x"), "处理方法：x");
        let t = chrono::DateTime::parse_from_rfc3339("2026-11-28T07:02:11Z")
            .unwrap()
            .naive_local();
        assert_eq!(date_time(Language::En, t), "2026-11-28 07:02");
        assert_eq!(date_time(Language::ZhCn, t), "2026年11月28日 07:02");
    }
}

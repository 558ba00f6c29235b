//! Take the checklist away: Markdown (GitHub task lists), one self-contained printable HTML
//! file, JSON (the `check` object plus the answers) and plain text that fits 80 columns.
//!
//! An export is built once ([`Export::build`]: session + checklist + knowledge, with certificate
//! numbers masked unless asked otherwise) and then rendered by one small module per format, each
//! escaping every string for its format. Exports only read the session: no lock, no write, so
//! they work while the wizard has the session open. Knows nothing about screens: the CLI and the
//! wizard call [`render`], [`write`] and [`default_path`].

mod answers;
mod html;
mod ics;
pub mod json;
mod markdown;
mod mask;
mod model;
mod next_steps;
mod text;
mod write;

use std::path::PathBuf;

use chrono::NaiveDate;

use crate::knowledge::Knowledge;
use crate::session::{Language, Session};

pub use answers::Answers;
pub use mask::mask;
pub use model::{Export, MaterialLine, SectionPart};
pub use next_steps::Guidance;
pub use next_steps::NEXT_STEPS_RULE;
pub use write::{ExportError, write_text, write_text_to};

/// The export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    Markdown,
    Html,
    Json,
    Text,
    /// iCalendar: the dates that matter, not the checklist.
    Ics,
}

impl Format {
    pub const ALL: [Format; 5] = [
        Format::Markdown,
        Format::Html,
        Format::Json,
        Format::Text,
        Format::Ics,
    ];

    /// The file extension and the format's id on the command line: md, html, json, txt.
    pub fn ext(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Json => "json",
            Format::Text => "txt",
            Format::Ics => "ics",
        }
    }

    /// The format for a file extension (case-insensitive; `markdown`, `htm` and `text` too).
    pub fn from_ext(ext: &str) -> Option<Format> {
        match ext.to_ascii_lowercase().as_str() {
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" => Some(Format::Html),
            "json" => Some(Format::Json),
            "txt" | "text" => Some(Format::Text),
            "ics" | "ical" => Some(Format::Ics),
            _ => None,
        }
    }

    /// The format's name for people ("Markdown", "plain text"), in `lang`.
    pub fn label(self, lang: Language) -> String {
        crate::messages::text(lang, &format!("export.format.{}", self.ext())).to_string()
    }
}

/// What to export and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    pub format: Format,
    /// The date the checklist is evaluated for and the export is dated with.
    pub today: NaiveDate,
    /// Language of titles, details, fixes and labels.
    pub lang: Language,
    /// Show certificate and ID numbers in full instead of masked.
    pub show_private: bool,
}

/// The export as text. `name` is the session's name (its file stem).
pub fn render(name: &str, session: &Session, knowledge: &Knowledge, opts: &Options) -> String {
    let export = Export::build(
        name,
        session,
        knowledge,
        opts.today,
        opts.lang,
        opts.show_private,
    );
    render_export(&export, opts.format)
}

/// Render an export that is already built (the wizard can build once and render several).
pub fn render_export(export: &Export, format: Format) -> String {
    match format {
        Format::Markdown => markdown::render(export),
        Format::Html => html::render(export),
        Format::Json => json::render(export),
        Format::Text => text::render(export),
        Format::Ics => ics::render(export),
    }
}

/// Render and write the export to `path` (created or replaced atomically, mode 0600 on Unix).
/// Returns the absolute path written, for "written to …" messages.
pub fn write(
    name: &str,
    session: &Session,
    knowledge: &Knowledge,
    opts: &Options,
    path: &std::path::Path,
) -> Result<PathBuf, ExportError> {
    write_text(path, &render(name, session, knowledge, opts))
}

/// Where an export goes when no path is given: `<name>-checklist.<ext>` in the current folder.
pub fn default_path(name: &str, format: Format) -> PathBuf {
    PathBuf::from(format!("{name}-checklist.{}", format.ext()))
}

/// `s` on one line and free of control characters: line breaks and tabs become spaces, other
/// control characters and bidirectional overrides become U+FFFD, so a hostile name can neither
/// break a format's structure nor steer a terminal or reorder what is shown.
pub(crate) fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\n' | '\r' | '\t' => ' ',
            c if c.is_control() => '\u{FFFD}',
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => '\u{FFFD}',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extensions_round_trip() {
        for f in Format::ALL {
            assert_eq!(Format::from_ext(f.ext()), Some(f));
            assert!(crate::messages::has(&format!("export.format.{}", f.ext())));
        }
        assert_eq!(Format::from_ext("HTM"), Some(Format::Html));
        assert_eq!(Format::from_ext("yaml"), None);
    }

    #[test]
    fn default_path_is_name_checklist_ext() {
        assert_eq!(
            default_path("acme", Format::Html),
            PathBuf::from("acme-checklist.html")
        );
    }

    #[test]
    fn one_line_removes_breaks_and_controls() {
        assert_eq!(one_line("a\nb\r\nc\td"), "a b  c d");
        assert_eq!(one_line("x\u{1b}[31my"), "x\u{FFFD}[31my");
        assert_eq!(one_line("a\u{202E}b"), "a\u{FFFD}b");
        assert_eq!(one_line("广东省 ok"), "广东省 ok");
    }
}

//! iCalendar (RFC 5545): the dates that matter for this filing (engine::timeline) as to-dos
//! with due dates and all-day events, each with its reason and source in the description and,
//! for an expiry, a reminder before the minimum-term line is crossed. Deterministic: UIDs come
//! from the session name and the milestone id, DTSTAMP from the export's date (no clock).
//! Lines end in CRLF and are folded at 75 octets without splitting a character.

use chrono::NaiveDate;

use super::model::Export;
use crate::engine::{Milestone, MilestoneKind};

pub(crate) fn render(e: &Export) -> String {
    let mut w = Writer::default();
    w.line("BEGIN:VCALENDAR");
    w.line("VERSION:2.0");
    w.line(&format!(
        "PRODID:-//icp-prep//icp-prep {}//{}",
        env!("CARGO_PKG_VERSION"),
        match e.lang {
            crate::session::Language::En => "EN",
            crate::session::Language::ZhCn => "ZH",
        }
    ));
    w.line("CALSCALE:GREGORIAN");
    w.line("METHOD:PUBLISH");
    w.prop("X-WR-CALNAME", &e.title());
    for m in &e.timeline {
        milestone(&mut w, e, m);
    }
    w.line("END:VCALENDAR");
    w.out
}

fn milestone(w: &mut Writer, e: &Export, m: &Milestone) {
    let component = match m.kind {
        MilestoneKind::Task => "VTODO",
        MilestoneKind::Event => "VEVENT",
    };
    w.line(&format!("BEGIN:{component}"));
    w.prop("UID", &format!("{}.{}@icp-prep", m.id, e.session));
    w.line(&format!("DTSTAMP:{}T000000Z", ymd(e.today)));
    w.line(&format!("DTSTART;VALUE=DATE:{}", ymd(m.start)));
    match m.kind {
        MilestoneKind::Task => {
            w.line(&format!("DUE;VALUE=DATE:{}", ymd(m.end)));
            w.line("STATUS:NEEDS-ACTION");
        }
        MilestoneKind::Event => {
            // DTEND of an all-day event is the day after its last day.
            let end = m.end.succ_opt().unwrap_or(m.end);
            w.line(&format!("DTEND;VALUE=DATE:{}", ymd(end)));
            w.line("TRANSP:TRANSPARENT");
        }
    }
    w.prop("SUMMARY", &m.title);
    let source = format!(
        "{}{} {}{}{}",
        e.t("export.label.source"),
        e.colon(),
        m.source,
        e.comma(),
        e.verified(m.last_verified)
    );
    w.prop("DESCRIPTION", &format!("{}\n\n{source}", m.detail));
    if m.source.starts_with("https://") || m.source.starts_with("http://") {
        w.prop_raw("URL", &m.source);
    }
    if let Some(remind) = m.remind_on {
        // Relative to the start (the expiry day), so the reminder needs no time zone.
        let before = (m.start - remind).num_days();
        w.line("BEGIN:VALARM");
        w.line("ACTION:DISPLAY");
        w.prop(
            "DESCRIPTION",
            &e.tf("timeline.reminder", &[("title", m.title.clone())]),
        );
        if before >= 0 {
            w.line(&format!("TRIGGER:-P{before}D"));
        } else {
            w.line(&format!("TRIGGER:P{}D", -before));
        }
        w.line("END:VALARM");
    }
    w.line(&format!("END:{component}"));
}

fn ymd(d: NaiveDate) -> String {
    d.format("%Y%m%d").to_string()
}

/// A TEXT value escaped (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

#[derive(Default)]
struct Writer {
    out: String,
}

impl Writer {
    fn prop(&mut self, name: &str, value: &str) {
        self.line(&format!("{name}:{}", escape(value)));
    }

    /// A value that is not TEXT (a URI): only control characters are removed.
    fn prop_raw(&mut self, name: &str, value: &str) {
        self.line(&format!("{name}:{}", super::one_line(value)));
    }

    /// One content line, folded so no physical line exceeds 75 octets (§3.1).
    fn line(&mut self, line: &str) {
        let mut width = 0;
        for c in line.chars() {
            let len = c.len_utf8();
            if width + len > 75 {
                self.out.push_str("\r\n ");
                width = 1;
            }
            self.out.push(c);
            width += len;
        }
        self.out.push_str("\r\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        assert_eq!(escape("x\u{1b}y"), "x\u{FFFD}y");
    }

    #[test]
    fn long_lines_fold_at_75_octets_between_characters() {
        let mut w = Writer::default();
        let text = "备案".repeat(40);
        w.line(&format!("SUMMARY:{text}"));
        assert!(w.out.ends_with("\r\n"));
        for physical in w.out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= 75, "{} octets", physical.len());
        }
        let unfolded = w.out.replace("\r\n ", "");
        assert_eq!(unfolded, format!("SUMMARY:{text}\r\n"));
    }
}

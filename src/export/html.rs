//! HTML: one self-contained page (inline CSS, no scripts, no images, no external requests — a
//! Content-Security-Policy says so too), readable on screen and clean when printed: a print
//! stylesheet, a page break before each part, and checkboxes drawn with borders so they print.
//! The only links are the rules' sources and in-page anchors.

use std::fmt::Write;

use super::model::{Export, is_link};
use super::next_steps::Guidance;
use crate::engine::{Item, Status};
use crate::session::Language;

const STYLE: &str = r#"
:root { color-scheme: light; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "PingFang SC", "Hiragino Sans GB",
       "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif;
       color: #111; background: #fff; max-width: 52rem; margin: 2rem auto; padding: 0 1.25rem; }
h1 { font-size: 1.6rem; margin: 0 0 .75rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; border-bottom: 2px solid #111; padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0 0 1rem; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; }
.verdict { font-size: 1.15rem; font-weight: 700; padding: .5rem .75rem; border: 2px solid; border-radius: .3rem; }
.verdict.ready { color: #14532d; }
.verdict.not-ready { color: #7f1d1d; }
.counts { color: #333; }
.privacy { border-left: 4px solid #888; padding: .25rem .75rem; color: #333; }
ul.items, ul.materials { list-style: none; padding: 0; margin: 0; }
li.item { display: grid; grid-template-columns: 1.6rem 1fr; padding: .45rem 0; border-top: 1px solid #ddd;
          break-inside: avoid; page-break-inside: avoid; }
li.item p { margin: .15rem 0 0; }
.box { display: inline-block; box-sizing: border-box; width: 1.05rem; height: 1.05rem; margin-top: .2rem;
       border: 2px solid #111; border-radius: .15rem; font: bold .8rem/0.9rem sans-serif; text-align: center; }
.blocked .box { border-color: #b91c1c; }
.info .box { border-style: dotted; border-radius: 50%; }
.status { font-weight: 700; margin-right: .35rem; }
.blocked .status { color: #b91c1c; }
.todo .status { color: #92400e; }
.info .status { color: #1e40af; }
.title { font-weight: 600; }
.fix-label { font-weight: 700; }
.source { font-size: .85rem; color: #444; overflow-wrap: anywhere; }
ol.blockers li { margin: .4rem 0; }
.zh { color: #333; }
/* Chinese text in Chinese fonts first, so Han characters take their Simplified Chinese shapes
   (not Japanese ones) and a browser without a CJK default shows no boxes. */
:lang(zh-Hans), :lang(zh-CN) { font-family: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei",
       "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif; }
.optional { font-style: italic; color: #444; }
footer { margin-top: 2rem; font-size: .9rem; color: #333; }
a { color: #1d4ed8; }
@media print {
  @page { margin: 16mm 14mm; }
  body { font-size: 10.5pt; max-width: none; margin: 0; padding: 0; }
  .page { break-before: page; page-break-before: always; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  /* An item's title stays with its text. */
  .status, .title, .fix-label { break-after: avoid; page-break-after: avoid; }
  ol.blockers li, ul.todo li { break-inside: avoid; page-break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  .verdict, .box { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"#;

pub(crate) fn render(e: &Export) -> String {
    let out = document(e);
    match e.lang {
        // The whole page is Chinese (<html lang="zh-CN">): nothing to mark.
        Language::ZhCn => out,
        Language::En => mark_chinese(&out),
    }
}

fn document(e: &Export) -> String {
    let mut out = String::with_capacity(64 * 1024);
    let w = &mut out;
    let lang = e.lang.as_str();
    let title = esc(&e.title());
    let _ = write!(
        w,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
    );

    let _ = writeln!(w, "<header>\n<h1>{title}</h1>\n<dl class=\"meta\">");
    for (label, value) in e.meta() {
        let _ = writeln!(w, "<dt>{}</dt><dd>{}</dd>", esc(&label), esc(&value));
    }
    let _ = writeln!(w, "</dl>");
    let class = if e.ready() { "ready" } else { "not-ready" };
    let _ = writeln!(w, "<p class=\"verdict {class}\">{}</p>", esc(&e.verdict()));
    let _ = writeln!(w, "<p class=\"counts\">{}</p>", esc(&e.counts_line()));
    let _ = writeln!(
        w,
        "<p class=\"privacy\">{}</p>\n</header>",
        esc(&e.privacy_note())
    );

    let _ = writeln!(
        w,
        "<section id=\"blockers\">\n<h2>{}</h2>",
        esc(&e.t("export.blockers.heading"))
    );
    let blockers = e.blockers();
    if blockers.is_empty() {
        let _ = writeln!(w, "<p>{}</p>", esc(&e.t("export.blockers.none")));
    } else {
        let _ = writeln!(w, "<ol class=\"blockers\">");
        for (index, item) in blockers {
            let _ = write!(
                w,
                "<li><a class=\"title\" href=\"#item-{index}\">{}</a><br>{}",
                esc(&item.title),
                esc(&item.detail)
            );
            if !item.fix.is_empty() {
                let _ = write!(
                    w,
                    "<br><span class=\"fix-label\">{}{}</span> {}",
                    esc(&e.t("export.label.fix")),
                    e.colon(),
                    esc(&item.fix)
                );
            }
            let _ = writeln!(w, "</li>");
        }
        let _ = writeln!(w, "</ol>");
    }
    let _ = writeln!(w, "</section>");
    todo_html(w, e);

    let _ = writeln!(
        w,
        "<section id=\"checklist\">\n<h2>{}</h2>",
        esc(&e.t("export.checklist.heading"))
    );
    for (n, part) in e.sections().into_iter().enumerate() {
        let page = if n == 0 { "" } else { " class=\"page\"" };
        let _ = writeln!(
            w,
            "<section id=\"section-{}\"{page}>\n<h3>{}</h3>\n<ul class=\"items\">",
            part.section.id(),
            esc(&part.heading)
        );
        for (index, item) in part.items {
            item_html(w, e, index, item);
        }
        let _ = writeln!(w, "</ul>\n</section>");
    }
    let _ = writeln!(w, "</section>");

    if !e.summary.is_empty() {
        let _ = writeln!(
            w,
            "<section id=\"answers\" class=\"page\">\n<h2>{}</h2>\n<dl class=\"meta\">",
            esc(&e.t("export.answers.heading"))
        );
        for (label, value) in &e.summary {
            let _ = writeln!(w, "<dt>{}</dt><dd>{}</dd>", esc(label), esc(value));
        }
        let _ = writeln!(w, "</dl>\n</section>");
    }

    materials_html(w, e);

    let _ = writeln!(
        w,
        "<section id=\"next\" class=\"page\">\n<h2>{}</h2>\n<ol>",
        esc(&e.t("export.next.heading"))
    );
    for line in &e.next_steps.lines {
        let _ = writeln!(w, "<li>{}</li>", esc(line));
    }
    let _ = writeln!(w, "</ol>\n{}", source_html(e, &e.next_steps));
    let _ = writeln!(
        w,
        "<h2>{}</h2>\n<p>{}</p>\n</section>",
        esc(&e.t("export.disclaimer.heading")),
        esc(&e.disclaimer())
    );
    let _ = writeln!(
        w,
        "<footer>{}</footer>\n</body>\n</html>",
        esc(&e.generated())
    );
    out
}

/// "What is left to do": every to-do item, linked to its place in the checklist, with its fix.
fn todo_html(w: &mut String, e: &Export) {
    let _ = writeln!(
        w,
        "<section id=\"todo\">\n<h2>{}</h2>",
        esc(&e.t("export.todo.heading"))
    );
    let todos = e.todos();
    if todos.is_empty() {
        let _ = writeln!(w, "<p>{}</p>", esc(&e.t("export.todo.none")));
    } else {
        let _ = writeln!(w, "<ul class=\"todo\">");
        for (index, item) in todos {
            let _ = write!(
                w,
                "<li><a class=\"title\" href=\"#item-{index}\">{}</a>",
                esc(&item.title)
            );
            if !item.fix.is_empty() {
                let _ = write!(w, "<br>{}", esc(&item.fix));
            }
            let _ = writeln!(w, "</li>");
        }
        let _ = writeln!(w, "</ul>");
    }
    let _ = writeln!(w, "</section>");
}

fn item_html(w: &mut String, e: &Export, index: usize, item: &Item) {
    let status = item.status;
    let label = esc(&e.status_label(status));
    let mark = match status {
        Status::Done => "✓",
        Status::Info => "i",
        Status::Todo | Status::Blocked => "",
    };
    let _ = write!(
        w,
        "<li class=\"item {}\" id=\"item-{index}\"><span class=\"box\" role=\"img\" aria-label=\"{label}\">{mark}</span><div>",
        status.id()
    );
    if status != Status::Done {
        let _ = write!(w, "<span class=\"status\">{label}</span>");
    }
    let _ = write!(w, "<span class=\"title\">{}</span>", esc(&item.title));
    if !item.detail.is_empty() {
        let lines: Vec<String> = item.detail.lines().map(esc).collect();
        let _ = write!(w, "<p class=\"detail\">{}</p>", lines.join("<br>"));
    }
    if !item.fix.is_empty() {
        let _ = write!(
            w,
            "<p class=\"fix\"><span class=\"fix-label\">{}{}</span> {}</p>",
            esc(&e.t("export.label.fix")),
            e.colon(),
            esc(&item.fix)
        );
    }
    let _ = writeln!(
        w,
        "<p class=\"source\">{}{} {} · {}</p></div></li>",
        esc(&e.t("export.label.source")),
        e.colon(),
        link(&item.source),
        esc(&e.verified(item.last_verified))
    );
}

fn materials_html(w: &mut String, e: &Export) {
    let _ = writeln!(
        w,
        "<section id=\"materials\" class=\"page\">\n<h2>{}</h2>",
        esc(&e.t("export.materials.heading"))
    );
    if e.materials.is_empty() {
        let _ = writeln!(w, "<p>{}</p>", esc(&e.t("export.materials.none")));
    } else {
        let _ = writeln!(
            w,
            "<p>{}</p>\n<ul class=\"items\">",
            esc(&e.t("export.materials.intro"))
        );
        for m in &e.materials {
            let label = esc(&e.status_label(m.status));
            let mark = if m.status == Status::Done { "✓" } else { "" };
            // In English the Chinese name follows (what the console shows); in Chinese it is
            // the name itself.
            let name = match e.lang {
                Language::En => format!(
                    "<span class=\"title\">{}</span> — <span class=\"zh\">{}</span>",
                    esc(&m.en),
                    esc(&m.zh)
                ),
                Language::ZhCn => format!("<span class=\"title\">{}</span>", esc(&m.zh)),
            };
            let _ = write!(
                w,
                "<li class=\"item {}\"><span class=\"box\" role=\"img\" aria-label=\"{label}\">{mark}</span><div>{name}",
                m.status.id(),
            );
            if m.status == Status::Info {
                let _ = write!(
                    w,
                    " <span class=\"optional\">{}</span>",
                    esc(e.paren(&e.t("export.materials.optional")).trim_start())
                );
            }
            let _ = writeln!(w, "</div></li>");
        }
        let _ = writeln!(w, "</ul>");
    }
    let _ = writeln!(
        w,
        "<h3>{}</h3>\n<ul>",
        esc(&e.t("export.materials.requirements"))
    );
    for g in &e.upload_rules {
        for line in &g.lines {
            let _ = writeln!(w, "<li>{}<br>{}</li>", esc(line), source_html(e, g));
        }
    }
    let _ = writeln!(w, "</ul>\n</section>");
}

fn source_html(e: &Export, g: &Guidance) -> String {
    let mut s = format!(
        "<span class=\"source\">{}{} {}",
        esc(&e.t("export.label.source")),
        e.colon(),
        link(&g.source)
    );
    if let Some(d) = g.last_verified {
        let _ = write!(s, " · {}", esc(&e.verified(d)));
    }
    s.push_str("</span>");
    s
}

/// A web address as a link (opening without sending a referrer); anything else as text.
fn link(source: &str) -> String {
    let text = esc(source);
    if is_link(source) {
        format!("<a href=\"{text}\" rel=\"noopener noreferrer\">{text}</a>")
    } else {
        text
    }
}

/// Whether a character is Chinese writing: CJK ideographs, CJK punctuation, full-width forms.
fn is_chinese(c: char) -> bool {
    matches!(c,
        '\u{3000}'..='\u{303F}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FFEF}' | '\u{20000}'..='\u{2FFFF}')
}

/// In an English page, wrap every run of Chinese text in `<span lang="zh-Hans">`, so browsers
/// and screen readers use Chinese fonts and voices for it. Works on the finished page: text
/// inside tags (attribute values) and inside `<title>` and `<style>` is left alone; everything
/// else is element content already escaped by [`esc`], so `<` only ever starts a tag.
fn mark_chinese(html: &str) -> String {
    let mut out = String::with_capacity(html.len() + html.len() / 8);
    let mut rest = html;
    let mut raw_until: Option<&str> = None;
    while !rest.is_empty() {
        if let Some(tag) = rest.strip_prefix('<') {
            let end = tag.find('>').map_or(rest.len(), |i| i + 2);
            let whole = &rest[..end];
            let name = whole.trim_start_matches('<').to_ascii_lowercase();
            if raw_until.is_some_and(|close| name.starts_with(close)) {
                raw_until = None;
            } else if name.starts_with("title") {
                raw_until = Some("/title");
            } else if name.starts_with("style") {
                raw_until = Some("/style");
            }
            out.push_str(whole);
            rest = &rest[end..];
            continue;
        }
        let end = rest.find('<').unwrap_or(rest.len());
        let text = &rest[..end];
        if raw_until.is_some() {
            out.push_str(text);
        } else {
            let mut open = false;
            for c in text.chars() {
                if is_chinese(c) != open {
                    out.push_str(if open {
                        "</span>"
                    } else {
                        "<span lang=\"zh-Hans\">"
                    });
                    open = !open;
                }
                out.push(c);
            }
            if open {
                out.push_str("</span>");
            }
        }
        rest = &rest[end..];
    }
    out
}

/// Escape text for HTML element content and quoted attribute values.
pub(crate) fn esc(s: &str) -> String {
    let s = super::one_line(s);
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped() {
        assert_eq!(
            esc("<script>alert('1')</script> & \"x\""),
            "&lt;script&gt;alert(&#39;1&#39;)&lt;/script&gt; &amp; &quot;x&quot;"
        );
        assert_eq!(esc("&amp;"), "&amp;amp;");
        assert_eq!(link("javascript:alert(1)"), "javascript:alert(1)");
        assert!(
            link("https://example.com/a?b=1&c=2")
                .contains("href=\"https://example.com/a?b=1&amp;c=2\"")
        );
    }
}

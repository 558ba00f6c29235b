//! Hostile names and domains come out of every format as the literal text that was typed:
//! the HTML export is parsed with a browser-grade parser (html5ever) and has no script element,
//! no event handler and no link other than the rules' sources and in-page anchors; the Markdown
//! export is parsed with a CommonMark/GFM parser (pulldown-cmark) and has no raw HTML, no code,
//! no table and no link other than the sources; JSON round-trips the exact strings; text keeps
//! them literal on one line, free of control characters, within 80 columns.

use std::collections::HashSet;

use chrono::NaiveDate;
use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::{Handle, NodeData, RcDom};
use pulldown_cmark::{Event, Tag};
use unicode_width::UnicodeWidthStr;

use icp_prep::engine;
use icp_prep::export::{self, Format, NEXT_STEPS_RULE, Options};
use icp_prep::knowledge::Knowledge;
use icp_prep::session::{Applicant, DomainEntry, EntityType, Language, ProvinceSlug, Session};

const HOSTILE: &[&str] = &[
    "<script>alert(1)</script>",
    "*bold*",
    "| pipe |",
    "[x](javascript:alert(1))",
    "`tick` ``two``",
    "line\nbreak",
    "&amp; &lt;b&gt;",
    "<img src=x onerror=alert(1)>",
    "- item",
    "# heading",
    "1. first",
    "_under_ ~~strike~~",
    "\u{1b}[31mred\u{202E}",
];

fn entity_name() -> String {
    format!("Acme {}", HOSTILE.join(" "))
}

fn label() -> String {
    format!("{} <b>label</b>", HOSTILE[0])
}

fn domains() -> Vec<String> {
    HOSTILE.iter().map(|h| format!("{h}.com")).collect()
}

fn session() -> Session {
    Session {
        version: 1,
        name: Some(label()),
        applicant: Some(Applicant {
            province: Some(ProvinceSlug::Guangdong),
            entity_type: Some(EntityType::Enterprise),
            name: Some(entity_name()),
            ..Applicant::default()
        }),
        domains: Some(
            domains()
                .into_iter()
                .map(|d| DomainEntry {
                    name: Some(d),
                    website: Some("<i>site</i>".into()),
                    ..DomainEntry::default()
                })
                .collect(),
        ),
        ..Session::default()
    }
}

fn opts(format: Format) -> Options {
    Options {
        format,
        today: NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
        lang: Language::En,
        show_private: false,
    }
}

fn render(format: Format) -> String {
    let k = Knowledge::builtin().unwrap();
    export::render("hostile", &session(), &k, &opts(format))
}

/// What a reader sees of a typed string: on one line, control characters replaced.
fn shown(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\n' | '\r' | '\t' => ' ',
            c if c.is_control() => '\u{FFFD}',
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => '\u{FFFD}',
            c => c,
        })
        .collect()
}

/// The addresses an export may link to: the rules' sources (those of this checklist's items
/// and of the rule data) and the source of "what happens next".
fn allowed_links() -> HashSet<String> {
    let k = Knowledge::builtin().unwrap();
    let checklist = engine::evaluate(&session(), &k, opts(Format::Html).today);
    let mut set: HashSet<String> = checklist.items.iter().map(|i| i.source.clone()).collect();
    set.extend(k.provenances().into_iter().map(|(_, p)| p.url()));
    set.insert(k.rule(NEXT_STEPS_RULE).unwrap().provenance.url());
    set.retain(|s| s.starts_with("https://") || s.starts_with("http://"));
    set
}

// ── HTML ────────────────────────────────────────────────────────────────────────────────────

struct HtmlFacts {
    elements: Vec<String>,
    /// (element, attribute, value)
    attributes: Vec<(String, String, String)>,
    text: String,
    errors: usize,
}

fn walk(node: &Handle, facts: &mut HtmlFacts) {
    match &node.data {
        NodeData::Element { name, attrs, .. } => {
            let element = name.local.to_string();
            for a in attrs.borrow().iter() {
                facts.attributes.push((
                    element.clone(),
                    a.name.local.to_string(),
                    a.value.to_string(),
                ));
            }
            facts.elements.push(element);
        }
        NodeData::Text { contents } => facts.text.push_str(&contents.borrow()),
        _ => {}
    }
    for child in node.children.borrow().iter() {
        walk(child, facts);
    }
}

fn parse_html(html: &str) -> HtmlFacts {
    let dom = html5ever::parse_document(RcDom::default(), Default::default()).one(html);
    let mut facts = HtmlFacts {
        elements: Vec::new(),
        attributes: Vec::new(),
        text: String::new(),
        errors: dom.errors.borrow().len(),
    };
    walk(&dom.document, &mut facts);
    facts
}

#[test]
fn html_has_no_script_no_handler_and_no_foreign_link() {
    let html = render(Format::Html);
    let facts = parse_html(&html);
    let allowed = allowed_links();
    for forbidden in [
        "script", "img", "iframe", "object", "embed", "link", "form", "base", "svg", "math", "b",
        "i",
    ] {
        assert!(
            !facts.elements.iter().any(|e| e == forbidden),
            "element <{forbidden}> found"
        );
    }
    assert_eq!(facts.elements.iter().filter(|e| *e == "style").count(), 1);
    let mut links = 0;
    for (element, attr, value) in &facts.attributes {
        assert!(!attr.starts_with("on"), "handler {attr} on <{element}>");
        assert!(
            !matches!(
                attr.as_str(),
                "src" | "srcset" | "action" | "formaction" | "style"
            ),
            "{attr}={value:?} on <{element}>"
        );
        if attr == "href" {
            links += 1;
            assert!(
                value.starts_with('#') || allowed.contains(value),
                "href {value:?} is neither an anchor nor a rule source"
            );
        }
    }
    assert!(links > 10, "expected source links, found {links}");
    // Every in-page anchor points at an element that exists.
    let ids: HashSet<&str> = facts
        .attributes
        .iter()
        .filter(|(_, a, _)| a == "id")
        .map(|(_, _, v)| v.as_str())
        .collect();
    for (_, attr, value) in &facts.attributes {
        if attr == "href"
            && let Some(anchor) = value.strip_prefix('#')
        {
            assert!(ids.contains(anchor), "dangling anchor #{anchor}");
        }
    }
}

#[test]
fn html_shows_the_hostile_strings_as_text() {
    let facts = parse_html(&render(Format::Html));
    assert!(
        facts.text.contains(&shown(&entity_name())),
        "entity name not literal"
    );
    assert!(facts.text.contains(&shown(&label())), "label not literal");
    for d in domains() {
        assert!(facts.text.contains(&shown(&d)), "{d:?} not literal");
    }
    assert!(!facts.text.contains('\u{1b}'));
}

#[test]
fn html_is_well_formed_self_contained_and_printable() {
    let html = render(Format::Html);
    assert_eq!(
        parse_html(&html).errors,
        0,
        "the HTML parser reported errors"
    );
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("@media print"));
    assert!(html.contains("break-before: page"));
    assert!(html.contains("Content-Security-Policy"));
    assert!(!html.contains("@import") && !html.contains("url("));
}

// ── Markdown ────────────────────────────────────────────────────────────────────────────────

#[test]
fn markdown_parses_to_the_literal_strings_without_html_code_tables_or_foreign_links() {
    let md = render(Format::Markdown);
    let allowed = allowed_links();
    let mut opts = pulldown_cmark::Options::empty();
    opts.insert(pulldown_cmark::Options::ENABLE_TABLES);
    opts.insert(pulldown_cmark::Options::ENABLE_TASKLISTS);
    opts.insert(pulldown_cmark::Options::ENABLE_STRIKETHROUGH);
    let mut text = String::new();
    let mut tasks = 0;
    for event in pulldown_cmark::Parser::new_ext(&md, opts) {
        match event {
            Event::Html(h) | Event::InlineHtml(h) => panic!("raw HTML in Markdown: {h:?}"),
            Event::Code(c) => panic!("code span in Markdown: {c:?}"),
            Event::Start(Tag::Table(_) | Tag::Image { .. } | Tag::CodeBlock(_)) => {
                panic!("unexpected block: {event:?}")
            }
            Event::Start(Tag::Strikethrough) => panic!("strikethrough from user text"),
            Event::Start(Tag::Heading { .. }) => text.push('\n'),
            Event::Start(Tag::Link { dest_url, .. }) => {
                assert!(allowed.contains(dest_url.as_ref()), "link to {dest_url:?}");
            }
            Event::TaskListMarker(_) => tasks += 1,
            Event::Text(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak => text.push('\n'),
            Event::End(_) => text.push('\n'),
            _ => {}
        }
    }
    assert!(tasks > 5, "no task lists");
    let lines: Vec<&str> = text.lines().collect();
    let has = |needle: &str| lines.iter().any(|l| l.contains(needle));
    assert!(has(&shown(&entity_name())), "entity name not literal");
    assert!(has(&shown(&label())), "label not literal");
    for d in domains() {
        assert!(has(&shown(&d)), "{d:?} not literal");
    }
    assert!(!md.contains('\u{1b}'));
}

// ── JSON ────────────────────────────────────────────────────────────────────────────────────

#[test]
fn json_round_trips_the_exact_strings() {
    let v: serde_json::Value = serde_json::from_str(&render(Format::Json)).unwrap();
    assert_eq!(v["answers"]["applicant"]["name"], entity_name().as_str());
    assert_eq!(v["answers"]["name"], label().as_str());
    let names: Vec<&str> = v["answers"]["domains"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, domains());
    let details: Vec<&str> = v["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["detail"].as_str().unwrap())
        .collect();
    assert!(details.iter().any(|d| d.contains(&entity_name())));
}

// ── text ────────────────────────────────────────────────────────────────────────────────────

#[test]
fn text_keeps_strings_literal_on_one_line_within_80_columns() {
    let text = render(Format::Text);
    for line in text.lines() {
        assert!(line.width() <= 80, "{} columns: {line}", line.width());
    }
    assert!(!text.chars().any(|c| c.is_control() && c != '\n'));
    // Lines break where Unicode line breaking allows (also after `/` or `:` with no space),
    // so the strings are compared without whitespace: every other character is kept, in order.
    let flat: String = text.split_whitespace().collect();
    let flat_shown = |s: &str| shown(s).split_whitespace().collect::<String>();
    assert!(
        flat.contains(&flat_shown(&entity_name())),
        "entity name not literal"
    );
    assert!(flat.contains(&flat_shown(&label())), "label not literal");
    for d in domains() {
        assert!(flat.contains(&flat_shown(&d)), "{d:?} not literal");
    }
}

//! The HTML export is print-ready for Chinese: in an English export every run of Chinese text
//! sits in an element with `lang="zh-Hans"` (and nothing else does), a Chinese export says
//! `lang="zh-CN"` on the whole page, the CSS names CJK fonts of Windows, macOS and Linux and
//! keeps an item's title with its text on paper, and "What is left to do" follows "What blocks
//! the filing". Checked on the DOM that html5ever (a browser-grade parser) builds.

use std::path::Path;

use chrono::NaiveDate;
use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::{Handle, NodeData, RcDom};

use icp_prep::export::{self, Format, Options};
use icp_prep::knowledge::Knowledge;
use icp_prep::session::{Language, Session};

const FIXTURES: &[&str] = &[
    "full-guangdong-enterprise",
    "guangdong-hong-kong-individual",
    "sichuan-enterprise-payg",
];

fn session(name: &str) -> Session {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(format!("{name}.yaml"));
    icp_prep::session::parse(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn html(name: &str, session: &Session, lang: Language) -> String {
    let opts = Options {
        format: Format::Html,
        today: NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
        lang,
        show_private: false,
    };
    export::render(name, session, &Knowledge::builtin().unwrap(), &opts)
}

fn is_han(c: char) -> bool {
    ('\u{3400}'..='\u{9FFF}').contains(&c) || ('\u{3000}'..='\u{303F}').contains(&c)
}

/// A text node with the language it inherits and the element that holds it.
struct Text {
    lang: String,
    element: String,
    text: String,
}

fn walk(node: &Handle, lang: &str, element: &str, out: &mut Vec<Text>, ids: &mut Vec<String>) {
    let (lang, element) = match &node.data {
        NodeData::Element { name, attrs, .. } => {
            let attrs = attrs.borrow();
            let get = |n: &str| {
                attrs
                    .iter()
                    .find(|a| &*a.name.local == n)
                    .map(|a| a.value.to_string())
            };
            if &*name.local == "section"
                && let Some(id) = get("id")
            {
                ids.push(id);
            }
            (
                get("lang").unwrap_or_else(|| lang.to_string()),
                name.local.to_string(),
            )
        }
        NodeData::Text { contents } => {
            out.push(Text {
                lang: lang.to_string(),
                element: element.to_string(),
                text: contents.borrow().to_string(),
            });
            return;
        }
        _ => (lang.to_string(), element.to_string()),
    };
    for child in node.children.borrow().iter() {
        walk(child, &lang, &element, out, ids);
    }
}

fn parse(html: &str) -> (Vec<Text>, Vec<String>, usize) {
    let dom = html5ever::parse_document(RcDom::default(), Default::default()).one(html);
    let mut texts = Vec::new();
    let mut ids = Vec::new();
    walk(&dom.document, "", "", &mut texts, &mut ids);
    let errors = dom.errors.borrow().len();
    (texts, ids, errors)
}

#[test]
fn english_export_marks_every_chinese_run_and_nothing_else() {
    for name in FIXTURES {
        let mut s = session(name);
        // A hostile label mixing Chinese and markup: still text, still marked.
        s.name = Some("张三的<b>店</b> & \"shop\"".into());
        let page = html(name, &s, Language::En);
        assert!(page.contains("<html lang=\"en\">"));
        let (texts, _, errors) = parse(&page);
        assert_eq!(errors, 0, "{name}: parse errors");
        let mut marked = 0;
        for t in &texts {
            // <title> and <style> hold raw text, where no element can mark a language.
            if t.element == "title" || t.element == "style" {
                continue;
            }
            if t.lang == "zh-Hans" {
                marked += 1;
                assert!(
                    t.text.chars().all(is_han) || t.text.chars().all(|c| !c.is_ascii()),
                    "{name}: non-Chinese text marked as Chinese: {:?}",
                    t.text
                );
            } else {
                assert_eq!(t.lang, "en", "{name}: {:?}", t.text);
                assert!(
                    !t.text.chars().any(is_han),
                    "{name}: Chinese text without lang=\"zh-Hans\": {:?}",
                    t.text
                );
            }
        }
        assert!(marked > 20, "{name}: only {marked} Chinese runs");
        assert!(
            texts.iter().any(|t| t.text.contains("<b>")),
            "{name}: the label's markup must stay text"
        );
    }
}

#[test]
fn chinese_export_is_zh_cn_as_a_whole() {
    let s = session("full-guangdong-enterprise");
    let page = html("full-guangdong-enterprise", &s, Language::ZhCn);
    let (texts, _, errors) = parse(&page);
    assert_eq!(errors, 0);
    assert!(page.contains("<html lang=\"zh-CN\">"));
    assert!(!page.contains("lang=\"zh-Hans\""), "nothing to mark");
    assert!(texts.iter().all(|t| t.lang == "zh-CN" || t.lang.is_empty()));
}

#[test]
fn css_names_cjk_fonts_and_keeps_titles_with_their_text_in_print() {
    let page = html(
        "full-guangdong-enterprise",
        &session("full-guangdong-enterprise"),
        Language::En,
    );
    let style = &page[page.find("<style>").unwrap()..page.find("</style>").unwrap()];
    for font in [
        "\"Microsoft YaHei\"",     // Windows
        "\"PingFang SC\"",         // macOS
        "\"Hiragino Sans GB\"",    // macOS
        "\"Noto Sans CJK SC\"",    // Linux
        "\"Source Han Sans SC\"",  // Linux
        "\"WenQuanYi Micro Hei\"", // Linux
    ] {
        assert!(style.contains(font), "font stack lacks {font}");
    }
    assert!(style.contains(":lang(zh-Hans)"));
    let print = &style[style.find("@media print").unwrap()..];
    assert!(print.contains(".title") && print.contains("break-after: avoid"));
    assert!(style.contains("break-inside: avoid"));
}

#[test]
fn left_to_do_follows_what_blocks() {
    for name in FIXTURES {
        let page = html(name, &session(name), Language::En);
        let (texts, ids, _) = parse(&page);
        let at = ids.iter().position(|i| i == "blockers").unwrap();
        assert_eq!(ids.get(at + 1).map(String::as_str), Some("todo"), "{name}");
        assert!(texts.iter().any(|t| t.text == "What is left to do"));
    }
    // A to-do item of the checklist is listed there, linked to its place.
    let page = html(
        "sichuan-enterprise-payg",
        &session("sichuan-enterprise-payg"),
        Language::En,
    );
    let todo = &page[page.find("<section id=\"todo\">").unwrap()
        ..page.find("<section id=\"checklist\">").unwrap()];
    assert!(todo.contains("Certificate of change"), "{todo}");
    assert!(todo.contains("href=\"#item-"), "{todo}");
}

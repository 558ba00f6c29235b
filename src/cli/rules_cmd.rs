//! `icp-prep rules`: what the tool believes, readable in one place. Without a province, the rules
//! in use (built in or a folder), their version and date, and a table of the 31 provinces with
//! their rules counted by confidence; with a province, every rule that applies there, grouped by
//! section, with its conditions, text, confidence and source. `rules check DIR` validates a rules
//! folder; `rules export DIR` writes the built-in files to start editing from.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand, ValueEnum};
use serde::Serialize;

use super::exit;
use super::rules::{self, FolderProblem};
use crate::engine;
use crate::knowledge::{
    AppliesTo, BUILTIN_FILES, Confidence, Knowledge, Province, ProvinceRule, Section, source_url,
};
use crate::messages;
use crate::session::Language;

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct RulesArgs {
    #[command(subcommand)]
    pub action: Option<RulesAction>,
    /// A province: slug, English or Chinese name, or code (`guangdong`, `广东`, `44`).
    #[arg(value_name = "PROVINCE")]
    pub province: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = RulesFormat::Text)]
    pub format: RulesFormat,
}

#[derive(Debug, Subcommand)]
pub enum RulesAction {
    /// Check a rules folder: every file reads, ids are known, every rule has a source and a date,
    /// every seed statement is still covered; exit 0 sound, 1 problems (one line each), 2 usage.
    Check(CheckFolderArgs),
    /// Write the built-in rule files (YAML, with their comments) into a folder to edit.
    Export(ExportFolderArgs),
}

#[derive(Debug, Args)]
pub struct CheckFolderArgs {
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
}

#[derive(Debug, Args)]
pub struct ExportFolderArgs {
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
    /// Replace rule files that already exist in the folder.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RulesFormat {
    Text,
    Md,
    Json,
}

fn lang() -> Language {
    super::lang::hint()
}

fn t(id: &str, args: &[(&str, String)]) -> String {
    messages::format(lang(), id, args)
}

fn fail(message: &str) -> u8 {
    let _ = writeln!(
        std::io::stderr(),
        "{}",
        messages::error_line(lang(), message)
    );
    exit::UNUSABLE
}

fn print(text: &str) {
    // A closed pipe (`icp-prep rules | head`) is the reader's choice, not an error.
    let _ = writeln!(std::io::stdout().lock(), "{}", text.trim_end());
}

pub fn run(args: &RulesArgs, today: chrono::NaiveDate) -> u8 {
    match &args.action {
        Some(RulesAction::Check(a)) => check_folder(&a.dir),
        Some(RulesAction::Export(a)) => export_folder(&a.dir, a.force),
        None => {
            let k = match rules::load(lang()) {
                Ok(k) => k,
                Err(message) => return fail(&message),
            };
            let out = match &args.province {
                None => overview(k, today, args.format),
                Some(query) => match k.find_province(query) {
                    Ok(p) => province(k, p, today, args.format),
                    Err(candidates) => {
                        let known = if candidates.is_empty() {
                            k.provinces().map(|p| p.slug.to_string()).collect()
                        } else {
                            candidates
                        };
                        return fail(&t(
                            "rules.error.province",
                            &[("query", query.clone()), ("known", known.join(", "))],
                        ));
                    }
                },
            };
            print(&out);
            exit::READY
        }
    }
}

/// `rules check DIR`: one line per problem, exit 1 if any.
fn check_folder(dir: &Path) -> u8 {
    if !dir.is_dir() {
        return fail(&t(
            "rules.error.not-a-folder",
            &[("dir", dir.display().to_string())],
        ));
    }
    match rules::load_folder(dir) {
        Ok(k) => {
            print(&t(
                "rules.check.ok",
                &[("rules", engine::rules_in_use(&k, lang()))],
            ));
            exit::READY
        }
        Err(FolderProblem::Folder(line)) => fail(&line),
        Err(p) => {
            let lines = p.lines();
            let mut out = String::new();
            for line in &lines {
                out.push_str(&messages::printable(line));
                out.push('\n');
            }
            out.push_str(&t(
                "rules.check.problems",
                &[
                    ("n", lines.len().to_string()),
                    ("dir", dir.display().to_string()),
                ],
            ));
            print(&out);
            exit::NOT_READY
        }
    }
}

/// `rules export DIR`: the built-in files as written, never replacing a file unless `--force`.
fn export_folder(dir: &Path, force: bool) -> u8 {
    if let Err(e) = std::fs::create_dir_all(dir) {
        return fail(&t(
            "rules.error.write",
            &[
                ("path", dir.display().to_string()),
                ("error", e.to_string()),
            ],
        ));
    }
    if !force {
        let existing: Vec<String> = BUILTIN_FILES
            .iter()
            .filter(|(name, _)| dir.join(name).symlink_metadata().is_ok())
            .map(|(name, _)| name.to_string())
            .collect();
        if !existing.is_empty() {
            return fail(&t(
                "rules.error.exists",
                &[
                    ("dir", dir.display().to_string()),
                    ("files", existing.join(", ")),
                ],
            ));
        }
    }
    for (name, text) in BUILTIN_FILES {
        let path = dir.join(name);
        if let Err(e) = std::fs::write(&path, text) {
            return fail(&t(
                "rules.error.write",
                &[
                    ("path", path.display().to_string()),
                    ("error", e.to_string()),
                ],
            ));
        }
    }
    print(&t(
        "rules.export.done",
        &[
            ("n", BUILTIN_FILES.len().to_string()),
            ("dir", dir.display().to_string()),
        ],
    ));
    exit::READY
}

// ── the data shown, shared by the three formats ─────────────────────────────────────────────

#[derive(Debug, Serialize)]
struct Header {
    rules_version: String,
    /// "built-in", or the folder's path.
    rules_source: String,
    /// The files a folder replaced (empty when built in).
    rules_files: Vec<String>,
    rules_checked_on: Option<chrono::NaiveDate>,
    /// Whole months since `rules_checked_on` when that is more than six months ago.
    stale_months: Option<u32>,
}

fn header(k: &Knowledge, today: chrono::NaiveDate) -> Header {
    let (source, files) = match &k.origin {
        crate::knowledge::RulesOrigin::BuiltIn => ("built-in".to_string(), Vec::new()),
        crate::knowledge::RulesOrigin::Folder { path, files } => {
            (path.display().to_string(), files.clone())
        }
    };
    Header {
        rules_version: k.rules_version.clone(),
        rules_source: source,
        rules_files: files,
        rules_checked_on: k.last_checked,
        stale_months: k.stale_months(today, engine::STALE_AFTER_MONTHS),
    }
}

#[derive(Debug, Serialize)]
struct ProvinceRow {
    slug: String,
    code: String,
    en: String,
    zh: String,
    rules: usize,
    confirmed: usize,
    dated: usize,
    unconfirmed: usize,
    /// The newest `last_verified` among the province's rules.
    last_checked: Option<chrono::NaiveDate>,
}

fn province_rows(k: &Knowledge) -> Vec<ProvinceRow> {
    k.provinces()
        .map(|p| {
            let rules: Vec<&ProvinceRule> = k.province_rules(p.slug).collect();
            let count = |c: Confidence| {
                rules
                    .iter()
                    .filter(|r| r.provenance.confidence == c)
                    .count()
            };
            ProvinceRow {
                slug: p.slug.to_string(),
                code: p.code.clone(),
                en: p.en.clone(),
                zh: p.zh.clone(),
                rules: rules.len(),
                confirmed: count(Confidence::Confirmed),
                dated: count(Confidence::Dated),
                unconfirmed: count(Confidence::Unconfirmed),
                last_checked: rules.iter().map(|r| r.provenance.last_verified).max(),
            }
        })
        .collect()
}

#[derive(Debug, Serialize)]
struct RuleView {
    id: String,
    /// The kind of check (`min_age`, `note` …), or `general` for a rule of every province.
    kind: String,
    /// Who it speaks about and its parameters (entity types, residency, thresholds).
    conditions: Vec<Condition>,
    text: String,
    confidence: &'static str,
    source: String,
    source_url: String,
    last_verified: chrono::NaiveDate,
    seed: Vec<String>,
}

impl RuleView {
    fn new(
        id: &str,
        kind: &str,
        conditions: Vec<Condition>,
        text: &str,
        p: &crate::knowledge::Provenance,
    ) -> RuleView {
        RuleView {
            id: id.to_string(),
            kind: kind.to_string(),
            conditions,
            text: text.to_string(),
            confidence: confidence_id(p.confidence),
            source: p.source.clone(),
            source_url: source_url(&p.source),
            last_verified: p.last_verified,
            seed: p.seed.clone(),
        }
    }
}

#[derive(Debug, Serialize)]
struct Condition {
    name: String,
    value: String,
}

#[derive(Debug, Serialize)]
struct SectionView {
    section: &'static str,
    title: String,
    rules: Vec<RuleView>,
}

fn confidence_id(c: Confidence) -> &'static str {
    match c {
        Confidence::Confirmed => "confirmed",
        Confidence::Dated => "dated",
        Confidence::Unconfirmed => "unconfirmed",
    }
}

fn applies_to_id(a: AppliesTo) -> &'static str {
    match a {
        AppliesTo::Individual => "individual",
        AppliesTo::Organisation => "organisation",
        AppliesTo::All => "all",
    }
}

fn province_rule_view(r: &ProvinceRule, lang: Language) -> RuleView {
    let mut conditions = vec![Condition {
        name: "applies_to".into(),
        value: applies_to_id(r.applies_to).into(),
    }];
    conditions.extend(
        r.kind
            .parameters()
            .into_iter()
            .map(|(name, value)| Condition {
                name: name.to_string(),
                value,
            }),
    );
    RuleView::new(
        &r.id,
        r.kind.id(),
        conditions,
        r.text_in(lang),
        &r.provenance,
    )
}

fn sections(k: &Knowledge, p: &Province, lang: Language) -> Vec<SectionView> {
    Section::ALL
        .iter()
        .map(|&section| {
            let mut rules: Vec<RuleView> = k
                .rules()
                .filter(|r| r.section == section)
                .map(|r| {
                    let threshold = r.threshold.map(|n| Condition {
                        name: "threshold".into(),
                        value: n.to_string(),
                    });
                    let conditions = threshold.into_iter().collect();
                    RuleView::new(&r.id, "general", conditions, r.text_in(lang), &r.provenance)
                })
                .collect();
            rules.extend(
                k.province_rules(p.slug)
                    .filter(|r| r.kind.section() == section)
                    .map(|r| province_rule_view(r, lang)),
            );
            SectionView {
                section: section.id(),
                title: messages::text(lang, &format!("section.{}", section.id())).to_string(),
                rules,
            }
        })
        .collect()
}

// ── rendering ────────────────────────────────────────────────────────────────────────────────

fn overview(k: &Knowledge, today: chrono::NaiveDate, format: RulesFormat) -> String {
    let lang = lang();
    let rows = province_rows(k);
    if format == RulesFormat::Json {
        #[derive(Serialize)]
        struct Overview<'a> {
            #[serde(flatten)]
            header: Header,
            general_rules: usize,
            provinces: &'a [ProvinceRow],
        }
        return pretty(&Overview {
            header: header(k, today),
            general_rules: k.rules().count(),
            provinces: &rows,
        });
    }
    let md = format == RulesFormat::Md;
    let mut out = intro(k, today, lang, md);
    let cols = [
        t("rules.col.province", &[]),
        t("rules.col.rules", &[]),
        t("rules.confidence.confirmed", &[]),
        t("rules.confidence.dated", &[]),
        t("rules.confidence.unconfirmed", &[]),
        t("rules.col.checked", &[]),
    ];
    let body: Vec<[String; 6]> = rows
        .iter()
        .map(|r| {
            [
                match lang {
                    Language::En => format!("{} {} ({})", r.en, r.zh, r.code),
                    Language::ZhCn => format!("{} ({})", r.zh, r.code),
                },
                r.rules.to_string(),
                r.confirmed.to_string(),
                r.dated.to_string(),
                r.unconfirmed.to_string(),
                r.last_checked
                    .map(|d| messages::date(lang, d))
                    .unwrap_or_default(),
            ]
        })
        .collect();
    out.push_str(&table(&cols, &body, md));
    out.push('\n');
    out.push_str(&t("rules.general", &[("n", k.rules().count().to_string())]));
    out.push('\n');
    out.push_str(&t("rules.hint", &[]));
    out
}

fn province(k: &Knowledge, p: &Province, today: chrono::NaiveDate, format: RulesFormat) -> String {
    let lang = lang();
    let sections = sections(k, p, lang);
    if format == RulesFormat::Json {
        #[derive(Serialize)]
        struct ProvinceView<'a> {
            #[serde(flatten)]
            header: Header,
            province: ProvinceId<'a>,
            sections: &'a [SectionView],
        }
        #[derive(Serialize)]
        struct ProvinceId<'a> {
            slug: String,
            code: &'a str,
            en: &'a str,
            zh: &'a str,
        }
        return pretty(&ProvinceView {
            header: header(k, today),
            province: ProvinceId {
                slug: p.slug.to_string(),
                code: &p.code,
                en: &p.en,
                zh: &p.zh,
            },
            sections: &sections,
        });
    }
    let md = format == RulesFormat::Md;
    let name = match lang {
        Language::En => format!("{} {}", p.en, p.zh),
        Language::ZhCn => p.zh.clone(),
    };
    let mut out = String::new();
    let title = t(
        "rules.province.title",
        &[("province", name), ("code", p.code.clone())],
    );
    out.push_str(&if md {
        format!("# {title}\n\n")
    } else {
        format!("{title}\n")
    });
    out.push_str(&intro(k, today, lang, md));
    for s in &sections {
        if s.rules.is_empty() {
            continue;
        }
        out.push_str(&if md {
            format!("\n## {}\n\n", s.title)
        } else {
            format!("\n{}\n", s.title)
        });
        for r in &s.rules {
            out.push_str(&rule_text(r, md));
        }
    }
    out
}

fn rule_text(r: &RuleView, md: bool) -> String {
    let lang = lang();
    let conf = t(&format!("rules.confidence.{}", r.confidence), &[]);
    let conditions: Vec<String> = r
        .conditions
        .iter()
        .map(|c| {
            let label = format!("rules.condition.{}", c.name);
            let name = if messages::has(&label) {
                t(&label, &[])
            } else {
                c.name.clone()
            };
            let value_key = format!("rules.value.{}", c.value);
            let value = if messages::has(&value_key) {
                t(&value_key, &[])
            } else {
                c.value.clone()
            };
            messages::pair(lang, &name, &value)
        })
        .collect();
    let checked = t(
        "rules.checked",
        &[("date", messages::date(lang, r.last_verified))],
    );
    let source = messages::pair(
        lang,
        &t("cli.label.source", &[]),
        &format!("{} ({checked})", r.source_url),
    );
    let (bullet, indent) = if md { ("- ", "  ") } else { ("  • ", "    ") };
    let mut out = format!("{bullet}**{}** [{conf}] `{}`\n", r.id, r.kind);
    if !md {
        out = format!("{bullet}{} [{conf}] ({})\n", r.id, r.kind);
    }
    out.push_str(&format!("{indent}{}\n", r.text));
    if !conditions.is_empty() {
        out.push_str(&format!("{indent}{}\n", conditions.join("; ")));
    }
    out.push_str(&format!("{indent}{source}\n"));
    out
}

/// Which rules, their version and date, and the staleness warning when there is one.
fn intro(k: &Knowledge, today: chrono::NaiveDate, lang: Language, md: bool) -> String {
    let mut lines = vec![t(
        "rules.intro",
        &[("rules", engine::rules_in_use(k, lang))],
    )];
    if let Some(d) = k.last_checked {
        lines.push(t("rules.checked-on", &[("date", messages::date(lang, d))]));
    }
    if let Some(note) = engine::stale_note(k, today, lang) {
        lines.push(note);
    }
    let sep = if md { "\n\n" } else { "\n" };
    format!("{}\n", lines.join(sep))
}

/// A table in Markdown, or aligned by display width for a terminal.
fn table(cols: &[String; 6], rows: &[[String; 6]], md: bool) -> String {
    use unicode_width::UnicodeWidthStr;
    let mut out = String::new();
    if md {
        out.push_str(&format!("| {} |\n", cols.join(" | ")));
        out.push_str(&format!("|{}\n", "---|".repeat(cols.len())));
        for r in rows {
            let cells: Vec<String> = r.iter().map(|c| c.replace('|', "\\|")).collect();
            out.push_str(&format!("| {} |\n", cells.join(" | ")));
        }
        return out;
    }
    let mut widths = cols.clone().map(|c| c.width());
    for r in rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.width());
        }
    }
    let line = |cells: &[String; 6]| {
        let mut s = String::new();
        for (i, (c, w)) in cells.iter().zip(widths).enumerate() {
            let pad = " ".repeat(w.saturating_sub(c.width()));
            // the first column left-aligned, the counts and dates right-aligned
            if i == 0 {
                s.push_str(&format!("{c}{pad}  "));
            } else {
                s.push_str(&format!("{pad}{c}  "));
            }
        }
        s.trim_end().to_string()
    };
    out.push_str(&line(cols));
    out.push('\n');
    for r in rows {
        out.push_str(&line(r));
        out.push('\n');
    }
    out
}

fn pretty<T: Serialize>(value: &T) -> String {
    serde_json::to_string_pretty(value)
        .unwrap_or_else(|e| serde_json::json!({ "error": e.to_string() }).to_string())
}

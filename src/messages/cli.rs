//! Command-line text: `check` output, errors.

use super::Row;

pub const CLI: &[Row] = &[
    ("cli.check.ready", "Ready to file: no open items.", ""),
    (
        "cli.check.not-ready",
        "Not ready: {blocked} blocked, {todo} to do.",
        "",
    ),
    (
        "cli.check.counts",
        "{done} done · {todo} to do · {blocked} blocked · {info} for information",
        "",
    ),
    (
        "cli.check.header",
        "ICP filing readiness for {session} on {today} (rules {rules})",
        "",
    ),
    ("cli.status.done", "done", ""),
    ("cli.status.todo", "todo", ""),
    ("cli.status.blocked", "BLOCKED", ""),
    ("cli.status.info", "info", ""),
    ("cli.label.fix", "Fix", ""),
    ("cli.label.source", "Source", ""),
    ("cli.label.verified", "verified", ""),
    (
        "cli.wizard.not-built",
        "The interactive wizard is not built yet; use `icp-prep check FILE` for now.",
        "",
    ),
    (
        "cli.error.rules",
        "the built-in rule data is broken: {error}",
        "",
    ),
    (
        "section.regulations",
        "MIIT regulations of your province (备案规则)",
        "",
    ),
    ("section.domain", "Domain name (域名)", ""),
    ("section.instance", "Hosting instance (接入资源)", ""),
    ("section.materials", "Materials to upload (备案材料)", ""),
    ("section.account", "Alibaba Cloud account (阿里云账号)", ""),
    (
        "section.preapproval",
        "Industry pre-approval (前置审批)",
        "",
    ),
];

//! Command-line text: `check` output, errors.

use super::Row;

pub const CLI: &[Row] = &[
    (
        "cli.check.ready",
        "Ready to file: no open items.",
        "可以提交备案：没有未完成的项目。",
    ),
    (
        "cli.check.not-ready",
        "Not ready: {blocked} blocked, {todo} to do.",
        "尚不能提交：{blocked} 项受阻，{todo} 项待办。",
    ),
    (
        "cli.check.counts",
        "{done} done · {todo} to do · {blocked} blocked · {info} for information",
        "已完成 {done} · 待办 {todo} · 受阻 {blocked} · 供参考 {info}",
    ),
    (
        "cli.check.header",
        "ICP filing readiness for {session} on {today} (rules {rules})",
        "{session} 的ICP备案准备情况，{today}（规则版本 {rules}）",
    ),
    ("cli.status.done", "done", "完成"),
    ("cli.status.todo", "todo", "待办"),
    ("cli.status.blocked", "BLOCKED", "受阻"),
    ("cli.status.info", "info", "参考"),
    ("cli.label.fix", "Fix", "处理方法"),
    ("cli.label.source", "Source", "来源"),
    ("cli.label.verified", "verified", "核实于"),
    (
        "cli.error.rules",
        "the built-in rule data is broken: {error}",
        "内置规则数据已损坏：{error}",
    ),
    (
        "section.regulations",
        "MIIT regulations of your province (备案规则)",
        "所在省份管局备案规则",
    ),
    ("section.domain", "Domain name (域名)", "域名"),
    (
        "section.instance",
        "Hosting instance (接入资源)",
        "接入资源",
    ),
    (
        "section.materials",
        "Materials to upload (备案材料)",
        "备案材料",
    ),
    (
        "section.account",
        "Alibaba Cloud account (阿里云账号)",
        "阿里云账号",
    ),
    (
        "section.preapproval",
        "Industry pre-approval (前置审批)",
        "前置审批",
    ),
    (
        "cli.error.line",
        "icp-prep: error: {message}",
        "icp-prep：错误：{message}",
    ),
];

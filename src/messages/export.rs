//! Exports (Markdown, HTML, JSON, text) and the `export` command: headings, labels, the verdict,
//! the privacy note, the materials' upload requirements, what happens after filing, and the
//! statement that this is guidance, not a guarantee.

use super::Row;

pub const EXPORT: &[Row] = &[
    // ── title and facts of the case ─────────────────────────────────────────────────────────
    ("export.title", "ICP filing checklist: {name}", ""),
    ("export.meta.session", "Session", ""),
    ("export.meta.province", "Filing province", ""),
    ("export.meta.entity-type", "Entity type", ""),
    ("export.meta.date", "Date", ""),
    ("export.meta.rules", "Rules version", ""),
    ("export.meta.not-answered", "not answered yet", ""),
    // ── verdict ─────────────────────────────────────────────────────────────────────────────
    (
        "export.verdict.ready",
        "Ready to file: nothing blocks the filing and nothing is left to do.",
        "",
    ),
    (
        "export.verdict.not-ready",
        "Not ready: {blockers}, {todo} to do.",
        "",
    ),
    ("export.count.blocker.one", "1 blocker", ""),
    ("export.count.blocker.many", "{n} blockers", ""),
    (
        "export.counts",
        "{done} done · {todo} to do · {blocked} blocked · {info} for information",
        "",
    ),
    // ── privacy ─────────────────────────────────────────────────────────────────────────────
    (
        "export.privacy.masked",
        "Certificate and ID numbers in this export are masked: only their first 4 and last 2 characters are shown.",
        "",
    ),
    (
        "export.privacy.shown",
        "Certificate and ID numbers are shown in full in this export: keep it private.",
        "",
    ),
    // ── blockers and the checklist ──────────────────────────────────────────────────────────
    ("export.blockers.heading", "What blocks the filing", ""),
    ("export.blockers.none", "Nothing blocks the filing.", ""),
    ("export.checklist.heading", "Checklist by section", ""),
    ("export.status.done", "Done", ""),
    ("export.status.todo", "To do", ""),
    ("export.status.blocked", "Blocked", ""),
    ("export.status.info", "For information", ""),
    ("export.label.fix", "Fix", ""),
    ("export.label.source", "Source", ""),
    ("export.label.verified", "verified {date}", ""),
    // ── your answers ────────────────────────────────────────────────────────────────────────
    ("export.answers.heading", "Your answers", ""),
    ("export.answers.entity-name", "Entity name", ""),
    ("export.answers.domains", "Domains", ""),
    ("export.answers.hosting", "Hosting", ""),
    ("export.answers.paid-until", "paid until {date}", ""),
    ("export.billing.subscription", "subscription (包年包月)", ""),
    (
        "export.billing.pay_as_you_go",
        "pay-as-you-go (按量付费)",
        "",
    ),
    (
        "export.answers.entity-certificate",
        "Entity certificate (主办单位证件)",
        "",
    ),
    ("export.answers.leader", "Person in charge (主体负责人)", ""),
    (
        "export.answers.admin",
        "Website administrator (网站负责人)",
        "",
    ),
    (
        "export.answers.industries",
        "Industries needing pre-approval (前置审批)",
        "",
    ),
    ("export.answers.none", "none", ""),
    ("export.residency.mainland", "Mainland China resident", ""),
    ("export.residency.hong_kong", "Hong Kong resident", ""),
    ("export.residency.macao", "Macao resident", ""),
    ("export.residency.taiwan", "Taiwan resident", ""),
    ("export.residency.foreign", "foreign national", ""),
    // ── materials ───────────────────────────────────────────────────────────────────────────
    ("export.materials.heading", "Materials list (备案材料)", ""),
    (
        "export.materials.intro",
        "The materials that apply to you, with the Chinese name to look for in the filing console:",
        "",
    ),
    (
        "export.materials.none",
        "No materials are listed yet: answer the materials step first.",
        "",
    ),
    (
        "export.materials.optional",
        "only if your province asks",
        "",
    ),
    ("export.materials.requirements", "Upload requirements", ""),
    (
        "export.materials.upload",
        "Upload colour scans or photos of the originals (彩色扫描件或照片), clear and complete: no black-and-white copies, no photos of screens.",
        "",
    ),
    (
        "export.materials.splice",
        "If an auxiliary material has no upload slot of its own, splice its photo and the entity's certificate into one image and upload that (拼接上传).",
        "",
    ),
    // ── what happens next ───────────────────────────────────────────────────────────────────
    ("export.next.heading", "What happens next", ""),
    (
        "export.next.provider",
        "Alibaba Cloud reviews your order first (usually 1–2 working days) and then submits it to the communications administration bureau of your province.",
        "",
    ),
    (
        "export.next.sms",
        "MIIT sends a verification text message (SMS) to the phone numbers in the filing: complete the check at beian.miit.gov.cn within 24 hours, or the application is rejected.",
        "",
    ),
    (
        "export.next.bureau",
        "The provincial bureau reviews the filing, commonly in up to about 20 working days; the result comes by SMS and e-mail.",
        "",
    ),
    (
        "export.next.public-security",
        "Within 30 days of the website going live, make the public-security filing (公安备案) at beian.mps.gov.cn.",
        "",
    ),
    (
        "export.next.footer",
        "Show the ICP filing number (ICP备案号) in your website's footer, linked to beian.miit.gov.cn.",
        "",
    ),
    // ── guidance, not a guarantee ───────────────────────────────────────────────────────────
    ("export.disclaimer.heading", "About this checklist", ""),
    (
        "export.disclaimer",
        "This checklist is guidance prepared from dated public rules (rules version {rules}; each item shows its source and when it was last verified). It is not legal advice and not a guarantee that the filing will be approved: Alibaba Cloud and the provincial bureau decide, and their rules change.",
        "",
    ),
    (
        "export.generated",
        "Prepared offline with icp-prep on {today}; nothing was uploaded.",
        "",
    ),
    // ── formats ─────────────────────────────────────────────────────────────────────────────
    ("export.format.md", "Markdown", ""),
    ("export.format.html", "HTML", ""),
    ("export.format.json", "JSON", ""),
    ("export.format.txt", "plain text", ""),
    // ── the export command ──────────────────────────────────────────────────────────────────
    (
        "export.cli.written",
        "Checklist written to {path} ({format}).",
        "",
    ),
    (
        "export.cli.masked",
        "Certificate and ID numbers are masked; add --show-private to include them in full.",
        "",
    ),
    (
        "export.cli.shown",
        "Certificate and ID numbers are included in full: keep the file private.",
        "",
    ),
    ("export.error.write", "cannot write {path}: {error}", ""),
    (
        "export.error.same-file",
        "{path} is the session file itself; choose another output path with -o",
        "",
    ),
];

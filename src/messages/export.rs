//! Exports (Markdown, HTML, JSON, text) and the `export` command: headings, labels, the verdict,
//! the privacy note, the materials' upload requirements, what happens after filing, and the
//! statement that this is guidance, not a guarantee.

use super::Row;

pub const EXPORT: &[Row] = &[
    // ── title and facts of the case ─────────────────────────────────────────────────────────
    (
        "export.title",
        "ICP filing checklist: {name}",
        "ICP备案准备清单：{name}",
    ),
    ("export.meta.session", "Session", "会话"),
    ("export.meta.province", "Filing province", "备案省份"),
    ("export.meta.entity-type", "Entity type", "主办单位性质"),
    ("export.meta.date", "Date", "日期"),
    ("export.meta.rules", "Rules", "规则"),
    ("export.meta.rules-stale", "Note", "注意"),
    ("export.meta.not-answered", "not answered yet", "尚未回答"),
    // ── verdict ─────────────────────────────────────────────────────────────────────────────
    (
        "export.verdict.ready",
        "Ready to file: nothing blocks the filing and nothing is left to do.",
        "可以提交备案：没有阻碍备案的问题，也没有待办事项。",
    ),
    (
        "export.verdict.not-ready",
        "Not ready: {blockers}, {todo} to do.",
        "尚不能提交：{blockers}，{todo} 项待办。",
    ),
    ("export.count.blocker.one", "1 blocker", "1 项受阻"),
    ("export.count.blocker.many", "{n} blockers", "{n} 项受阻"),
    (
        "export.counts",
        "{done} done · {todo} to do · {blocked} blocked · {info} for information",
        "已完成 {done} · 待办 {todo} · 受阻 {blocked} · 供参考 {info}",
    ),
    // ── privacy ─────────────────────────────────────────────────────────────────────────────
    (
        "export.privacy.masked",
        "Certificate and ID numbers in this export are masked: only their first 4 and last 2 characters are shown.",
        "本导出文件中的证件号码和身份证号码已打码：只显示前 4 位和后 2 位。",
    ),
    (
        "export.privacy.shown",
        "Certificate and ID numbers are shown in full in this export: keep it private.",
        "本导出文件完整显示了证件号码和身份证号码：请妥善保管。",
    ),
    // ── blockers and the checklist ──────────────────────────────────────────────────────────
    (
        "export.blockers.heading",
        "What blocks the filing",
        "阻碍备案的问题",
    ),
    (
        "export.blockers.none",
        "Nothing blocks the filing.",
        "没有阻碍备案的问题。",
    ),
    ("export.todo.heading", "What is left to do", "还需要做的事"),
    (
        "export.todo.none",
        "Nothing is left to do.",
        "没有待办事项。",
    ),
    (
        "export.checklist.heading",
        "Checklist by section",
        "分类清单",
    ),
    ("export.status.done", "Done", "已完成"),
    ("export.status.todo", "To do", "待办"),
    ("export.status.blocked", "Blocked", "受阻"),
    ("export.status.info", "For information", "供参考"),
    ("export.label.fix", "Fix", "处理方法"),
    ("export.label.source", "Source", "来源"),
    ("export.label.verified", "checked {date}", "核查于 {date}"),
    // ── your answers ────────────────────────────────────────────────────────────────────────
    ("export.answers.heading", "Your answers", "您的回答"),
    ("export.answers.entity-name", "Entity name", "主办单位名称"),
    ("export.answers.domains", "Domains", "域名"),
    ("export.answers.hosting", "Hosting", "接入资源"),
    (
        "export.answers.paid-until",
        "paid until {date}",
        "付费至 {date}",
    ),
    (
        "export.billing.subscription",
        "subscription (包年包月)",
        "包年包月",
    ),
    (
        "export.billing.pay_as_you_go",
        "pay-as-you-go (按量付费)",
        "按量付费",
    ),
    (
        "export.answers.entity-certificate",
        "Entity certificate (主办单位证件)",
        "主办单位证件",
    ),
    (
        "export.answers.leader",
        "Person in charge (主体负责人)",
        "主体负责人",
    ),
    (
        "export.answers.admin",
        "Website administrator (网站负责人)",
        "网站负责人",
    ),
    (
        "export.answers.industries",
        "Industries needing pre-approval (前置审批)",
        "需要前置审批的行业",
    ),
    ("export.answers.none", "none", "无"),
    (
        "export.residency.mainland",
        "Mainland China resident",
        "中国内地居民",
    ),
    (
        "export.residency.hong_kong",
        "Hong Kong resident",
        "香港居民",
    ),
    ("export.residency.macao", "Macao resident", "澳门居民"),
    ("export.residency.taiwan", "Taiwan resident", "台湾居民"),
    ("export.residency.foreign", "foreign national", "外国人"),
    // ── materials ───────────────────────────────────────────────────────────────────────────
    (
        "export.materials.heading",
        "Materials list (备案材料)",
        "备案材料清单",
    ),
    (
        "export.materials.intro",
        "The materials that apply to you, with the Chinese name to look for in the filing console:",
        "适用于您的材料（名称与备案系统中的一致）：",
    ),
    (
        "export.materials.none",
        "No materials are listed yet: answer the materials step first.",
        "尚未列出任何材料：请先完成“备案材料”步骤。",
    ),
    (
        "export.materials.optional",
        "only if your province asks",
        "仅在省份要求时提供",
    ),
    (
        "export.materials.requirements",
        "Upload requirements",
        "上传要求",
    ),
    (
        "export.materials.upload",
        "Upload colour scans or photos of the originals (彩色扫描件或照片), clear and complete: no black-and-white copies, no photos of screens.",
        "请上传原件的彩色扫描件或照片，须清晰完整：不接受黑白复印件，也不接受翻拍屏幕的照片。",
    ),
    (
        "export.materials.splice",
        "If an auxiliary material has no upload slot of its own, splice its photo and the entity's certificate into one image and upload that (拼接上传).",
        "如果某项辅助材料没有单独的上传位置，请将其照片与主办单位证件拼接成一张图片后上传（拼接上传）。",
    ),
    // ── what happens next ───────────────────────────────────────────────────────────────────
    ("export.next.heading", "What happens next", "接下来的流程"),
    (
        "export.next.provider",
        "Alibaba Cloud reviews your order first (usually {provider_days} working days) and then submits it to the communications administration bureau of your province.",
        "阿里云先审核您的备案订单（通常 {provider_days} 个工作日），然后提交到您所在省份的通信管理局。",
    ),
    (
        "export.next.sms",
        "MIIT sends a verification text message (SMS) to the phone numbers in the filing: complete the check at beian.miit.gov.cn within {sms_hours} hours, or the application is rejected.",
        "工信部会向备案中填写的手机号码发送核验短信：请在 {sms_hours} 小时内到 beian.miit.gov.cn 完成短信核验，否则备案申请会被驳回。",
    ),
    (
        "export.next.bureau",
        "The provincial bureau reviews the filing, commonly in up to about {bureau_days} working days; the result comes by SMS and e-mail.",
        "省通信管理局审核备案，通常最长约 {bureau_days} 个工作日；结果通过短信和电子邮件通知。",
    ),
    (
        "export.next.public-security",
        "Within {public_security_days} days of the website going live, make the public-security filing (公安备案) at beian.mps.gov.cn.",
        "网站开通后 {public_security_days} 日内，请到 beian.mps.gov.cn 办理公安备案。",
    ),
    (
        "export.next.footer",
        "Show the ICP filing number (ICP备案号) in your website's footer, linked to beian.miit.gov.cn.",
        "请在网站底部显示ICP备案号，并链接到 beian.miit.gov.cn。",
    ),
    // ── the calendar (export --format ics; the dates come from engine::timeline) ────────────
    ("export.format.ics", "iCalendar", "iCalendar 日历"),
    (
        "timeline.real-name.title",
        "{domain}: real-name data reaches the bureau",
        "{domain}：实名信息同步到管局",
    ),
    (
        "timeline.real-name.detail",
        "You completed the real-name verification of {domain} on {verified}; the data needs {days} working days to reach the bureau, so submit the filing from {from} on (public holidays not counted).",
        "您于 {verified} 完成了 {domain} 的实名认证；实名信息需要 {days} 个工作日才能同步到管局，请从 {from} 起再提交备案（未计入法定节假日）。",
    ),
    (
        "timeline.sms.title",
        "Answer MIIT's verification SMS",
        "完成工信部短信核验",
    ),
    (
        "timeline.sms.detail",
        "Planned for a filing submitted on {submit}: MIIT sends a verification SMS to the phone numbers in the filing; complete the check at beian.miit.gov.cn within {hours} hours, or the application is rejected.",
        "按 {submit} 提交备案计算：工信部会向备案中的手机号码发送核验短信；请在 {hours} 小时内到 beian.miit.gov.cn 完成核验，否则申请会被驳回。",
    ),
    (
        "timeline.review.title",
        "The provincial bureau reviews the filing",
        "省通信管理局审核备案",
    ),
    (
        "timeline.review.detail",
        "Planned for a filing submitted on {submit}: the bureau's review commonly takes up to about {days} working days, so expect the result by {until} (public holidays not counted); it comes by SMS and e-mail.",
        "按 {submit} 提交备案计算：管局审核通常最长约 {days} 个工作日，预计 {until} 前出结果（未计入法定节假日）；结果通过短信和电子邮件通知。",
    ),
    (
        "timeline.public-security.title",
        "Public-security filing (公安备案)",
        "办理公安备案",
    ),
    (
        "timeline.public-security.detail",
        "Within {public} days of the website going live after approval, make the public-security filing at beian.mps.gov.cn. Planned for approval on {approved}.",
        "备案通过、网站开通后 {public} 日内，须到 beian.mps.gov.cn 办理公安备案。按 {approved} 通过计算。",
    ),
    ("timeline.need.months", "{n} full months", "{n} 个整月"),
    ("timeline.need.days", "more than {n} days", "超过 {n} 天"),
    (
        "timeline.instance.title",
        "{product}: subscription ends",
        "{product}：包年包月到期",
    ),
    (
        "timeline.instance.detail",
        "Your {product} subscription ends on {expires}. A filing needs {need} left: after {line} less remains, so renew before then.",
        "您的{product}包年包月于 {expires} 到期。备案要求剩余 {need}：{line} 之后剩余时长不足，请在此之前续费。",
    ),
    (
        "timeline.domain.title",
        "{domain}: domain registration ends",
        "{domain}：域名到期",
    ),
    (
        "timeline.domain.detail",
        "{domain} is registered until {expires}. The rules ask for {need} left: after {line} less remains, so renew it before then.",
        "{domain} 的注册有效期至 {expires}。规则要求剩余 {need}：{line} 之后剩余时长不足，请在此之前续费。",
    ),
    (
        "timeline.document.title",
        "{document}: document expires",
        "{document}：证件到期",
    ),
    (
        "timeline.document.detail",
        "The {document} is valid until {until}; an expired document is rejected, so renew it in time.",
        "{document}的有效期至 {until}；过期的证件会被驳回，请及时换领。",
    ),
    (
        "timeline.document.detail-min",
        "The {document} is valid until {until}. Your province asks for {need} of validity left: after {line} less remains, so renew it before then.",
        "{document}的有效期至 {until}。您所在省份要求证件剩余有效期 {need}：{line} 之后剩余不足，请在此之前换领。",
    ),
    ("timeline.reminder", "Reminder: {title}", "提醒：{title}"),
    // ── guidance, not a guarantee ───────────────────────────────────────────────────────────
    (
        "export.disclaimer.heading",
        "About this checklist",
        "关于本清单",
    ),
    (
        "export.disclaimer",
        "This checklist is guidance prepared from dated public rules (rules version {rules}; each item shows its source and when it was last verified). It is not legal advice and not a guarantee that the filing will be approved: Alibaba Cloud and the provincial bureau decide, and their rules change.",
        "本清单是根据注明日期的公开规则整理的指引（规则版本 {rules}；每一项都注明了来源和最近核实日期）。它不是法律意见，也不保证备案一定通过：审核由阿里云和省通信管理局决定，而且规则会变化。",
    ),
    (
        "export.generated",
        "Prepared offline with icp-prep on {today}; nothing was uploaded.",
        "由 icp-prep 于 {today} 离线生成；未上传任何数据。",
    ),
    // ── formats ─────────────────────────────────────────────────────────────────────────────
    ("export.format.md", "Markdown", "Markdown 格式"),
    ("export.format.html", "HTML", "HTML 格式"),
    ("export.format.json", "JSON", "JSON 格式"),
    ("export.format.txt", "plain text", "纯文本"),
    // ── the export command ──────────────────────────────────────────────────────────────────
    (
        "export.cli.written",
        "Checklist written to {path} ({format}).",
        "清单已写入 {path}（{format}）。",
    ),
    (
        "export.cli.masked",
        "Certificate and ID numbers are masked; add --show-private to include them in full.",
        "证件号码和身份证号码已打码；加上 --show-private 可完整显示。",
    ),
    (
        "export.cli.shown",
        "Certificate and ID numbers are included in full: keep the file private.",
        "证件号码和身份证号码已完整写入：请妥善保管该文件。",
    ),
    (
        "export.error.write",
        "cannot write {path}: {error}",
        "无法写入 {path}：{error}",
    ),
    (
        "export.error.symlink",
        "{path} is a symbolic link; the export was not written. Choose another path, or pass --force on the command line to write the file it points to",
        "{path} 是符号链接；未写入导出文件。请换一个路径，或在命令行加 --force 写入它指向的文件",
    ),
    (
        "export.error.not-regular",
        "{path} is {kind}, not a regular file; the export was not written there (only a named pipe is written in place)",
        "{path} 是{kind}，不是普通文件；未在此写入导出文件（只有命名管道会被直接写入）",
    ),
    (
        "export.error.same-file",
        "{path} is the session file itself; choose another output path with -o",
        "{path} 就是会话文件本身；请用 -o 指定其他输出路径",
    ),
];

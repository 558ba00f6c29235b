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
        "ICP filing readiness for {session} on {today} (rules: {rules})",
        "{session} 的ICP备案准备情况，{today}（规则：{rules}）",
    ),
    ("cli.status.done", "done", "完成"),
    ("cli.status.todo", "todo", "待办"),
    ("cli.status.blocked", "BLOCKED", "受阻"),
    ("cli.status.info", "info", "参考"),
    ("cli.label.fix", "Fix", "处理方法"),
    ("cli.label.source", "Source", "来源"),
    ("cli.label.verified", "checked", "核查于"),
    (
        "cli.error.rules",
        "the built-in rule data is broken: {error}",
        "内置规则数据已损坏：{error}",
    ),
    (
        "cli.error.rules-folder",
        "the rules folder {dir} cannot be used, so nothing was run (the built-in rules are not mixed with part of a folder); `icp-prep rules check {dir}` lists the same problems:\n  {problems}",
        "规则文件夹 {dir} 无法使用，因此没有执行任何操作（内置规则不会与只读入一部分的文件夹混用）；`icp-prep rules check {dir}` 会列出同样的问题：\n  {problems}",
    ),
    (
        "rules.error.empty-folder",
        "holds no rule files (*.yaml); `icp-prep rules export DIR` writes the built-in ones to start from",
        "其中没有规则文件（*.yaml）；`icp-prep rules export 文件夹` 可写出内置规则文件作为起点",
    ),
    (
        "rules.in-use.builtin",
        "built-in {version}",
        "内置 {version}",
    ),
    (
        "rules.in-use.folder",
        "{dir} ({files}), version {version}",
        "{dir}（{files}），版本 {version}",
    ),
    (
        "rules.stale",
        "Rules last checked {months} months ago ({date}): provincial rules may have changed since — see `icp-prep rules`",
        "规则上次核对于 {months} 个月前（{date}）：各省规则此后可能已有变化——请查看 `icp-prep rules`",
    ),
    (
        "rules.intro",
        "Rules in use: {rules}",
        "使用的规则：{rules}",
    ),
    (
        "rules.checked-on",
        "Rule data last checked against its sources: {date}",
        "规则数据上次与来源核对：{date}",
    ),
    ("rules.checked", "checked {date}", "核对于 {date}"),
    ("rules.col.province", "Province", "省份"),
    ("rules.col.rules", "Rules", "规则数"),
    ("rules.col.checked", "Last checked", "最近核对"),
    ("rules.confidence.confirmed", "confirmed", "已确认"),
    ("rules.confidence.dated", "dated", "较旧来源"),
    ("rules.confidence.unconfirmed", "unconfirmed", "未确认"),
    (
        "rules.general",
        "Plus {n} general rules that apply in every province.",
        "另有 {n} 条适用于所有省份的通用规则。",
    ),
    (
        "rules.hint",
        "`icp-prep rules PROVINCE` shows every rule of one province with its conditions and source; confirmed and dated rules may block a filing, unconfirmed ones only ask you to check with the bureau.",
        "`icp-prep rules 省份` 列出某省的全部规则及其条件和来源；已确认和较旧来源的规则可能阻碍备案，未确认的规则只提示您向管局核实。",
    ),
    (
        "rules.province.title",
        "ICP filing rules for {province} ({code})",
        "{province}（{code}）的ICP备案规则",
    ),
    ("rules.condition.applies_to", "Applies to", "适用于"),
    ("rules.condition.threshold", "Threshold", "阈值"),
    ("rules.condition.entity_types", "Entity types", "主体性质"),
    ("rules.condition.months", "Months", "月数"),
    ("rules.condition.days", "Days", "天数"),
    ("rules.condition.years", "Years of age", "年龄（周岁）"),
    (
        "rules.condition.min_domains",
        "From this many domains",
        "域名数量达到",
    ),
    (
        "rules.condition.individual_over",
        "Individuals: more than",
        "个人：超过",
    ),
    (
        "rules.condition.organisation_over",
        "Organisations: more than",
        "单位：超过",
    ),
    ("rules.value.all", "everyone", "所有主体"),
    ("rules.value.individual", "individuals", "个人"),
    ("rules.value.organisation", "organisations", "单位"),
    (
        "rules.error.province",
        "no single province matches \"{query}\"; one of: {known}",
        "没有唯一与“{query}”对应的省份；可选：{known}",
    ),
    (
        "rules.error.not-a-folder",
        "{dir} is not a folder",
        "{dir} 不是文件夹",
    ),
    (
        "rules.error.exists",
        "{dir} already holds {files}; nothing was written (add --force to replace them)",
        "{dir} 中已有 {files}；未写入任何文件（如需替换请加 --force）",
    ),
    (
        "rules.error.write",
        "could not write {path}: {error}",
        "无法写入 {path}：{error}",
    ),
    (
        "rules.check.ok",
        "The rules folder reads and passes every check: {rules}",
        "规则文件夹可以读取，并通过了全部检查：{rules}",
    ),
    (
        "rules.check.problems",
        "{n} problem(s) in {dir}",
        "{dir} 中有 {n} 个问题",
    ),
    (
        "rules.export.done",
        "Wrote the {n} built-in rule files to {dir}. Edit them (keep a source and a date on every rule), check with `icp-prep rules check {dir}`, then use them with `--rules {dir}`.",
        "已将 {n} 个内置规则文件写入 {dir}。编辑时请为每条规则保留来源和日期，用 `icp-prep rules check {dir}` 检查，再用 `--rules {dir}` 使用。",
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

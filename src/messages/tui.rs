//! The wizard's text: question labels (`field.<id>`) and their one-line help (`field.<id>.help`,
//! saying why the question is asked), choices, keys, and screen text.

use super::Row;

pub const TUI: &[Row] = &[
    (
        "tui.header.stale",
        "⚠ rules {months} months old",
        "⚠ 规则已 {months} 个月未核对",
    ),
    // ── questions: regulations ──────────────────────────────────────────────────────────────
    ("field.filing.type", "Kind of filing", "备案类型"),
    (
        "field.filing.type.help",
        "Alibaba works the kind out itself; say it here so the checklist fits (unsure: a first filing).",
        "阿里云会自动判断备案类型；在此注明可使清单对应（不确定时按首次备案）。",
    ),
    (
        "field.filing.entity_icp_number",
        "Entity's ICP number",
        "主体备案号",
    ),
    (
        "field.filing.entity_icp_number.help",
        "The number the entity already holds, e.g. 粤ICP备12345678号 (look it up at beian.miit.gov.cn).",
        "主体已有的备案号，例如 粤ICP备12345678号（可在 beian.miit.gov.cn 查询）。",
    ),
    ("field.applicant.province", "Filing province", "备案省份"),
    (
        "field.applicant.province.help",
        "Rules and documents differ by province; type to filter (English, 中文 or code).",
        "各省的规则和材料不同；输入文字可筛选（中文、English 或代码）。",
    ),
    ("field.applicant.entity_type", "Who files", "主办单位性质"),
    (
        "field.applicant.entity_type.help",
        "The entity type (主办单位性质) decides which certificates and rules apply.",
        "主办单位性质决定适用的证件和规则。",
    ),
    ("field.applicant.name", "Entity name", "主办单位名称"),
    (
        "field.applicant.name.help",
        "Exactly as on the certificate; it must match the domain's real-name record.",
        "与证件上完全一致；还须与域名实名信息一致。",
    ),
    (
        "field.applicant.domicile_province",
        "ID domicile province",
        "身份证户籍所在省份",
    ),
    (
        "field.applicant.domicile_province.help",
        "Where your resident ID is registered; filing elsewhere needs that province's consent.",
        "居民身份证的户籍所在地；在其他省份备案需该省同意。",
    ),
    (
        "field.applicant.has_residence_permit",
        "Residence permit of the filing province",
        "持有备案省份的居住证",
    ),
    (
        "field.applicant.has_residence_permit.help",
        "Out-of-province individuals usually need the filing province's residence permit (居住证).",
        "外省个人通常需要持有备案省份的居住证。",
    ),
    (
        "field.applicant.regulations_reviewed",
        "Province rules read",
        "已阅读本省备案规则",
    ),
    (
        "field.applicant.regulations_reviewed.help",
        "The province's rules (listed below) decide the extra documents you need.",
        "本省规则（列在下方）决定您还需要哪些额外材料。",
    ),
    // ── questions: domain ───────────────────────────────────────────────────────────────────
    ("field.domains", "Domains", "域名列表"),
    (
        "field.domains.help",
        "Every domain to file. Enter adds one, ←/→ switches, Del removes the shown one.",
        "所有要备案的域名。Enter 添加，←/→ 切换，Del 删除当前显示的域名。",
    ),
    ("field.domains.name", "Domain name", "域名"),
    (
        "field.domains.name.help",
        "As registered, e.g. example.com; a pasted URL is read as its registrable domain.",
        "按注册时的形式填写，例如 example.com；粘贴的网址会读取为其主域名。",
    ),
    ("field.domains.website", "Website label", "网站标签"),
    (
        "field.domains.website.help",
        "Optional: domains with the same label are one website (one service number).",
        "可选：标签相同的域名属于同一个网站（占用一个备案服务号）。",
    ),
    ("field.websites.name", "Website name", "网站名称"),
    (
        "field.websites.name.help",
        "The site name as filed (网站名称); domains with the same label share it. Sets a label if none.",
        "备案时填写的网站名称；标签相同的域名共用。未设标签时会按域名自动设置。",
    ),
    ("field.websites.remark", "Website remark", "网站备注"),
    (
        "field.websites.remark.help",
        "Optional: one sentence on what the site contains (网站备注); some provinces ask for it.",
        "可选：用一句话说明网站内容；部分省份要求填写。",
    ),
    ("field.websites.features", "Website features", "网站功能"),
    (
        "field.websites.features.help",
        "Tick what visitors can do (Space ticks, Enter saves; none ticked: none of these).",
        "勾选访客可使用的功能（空格勾选，Enter 保存；不勾选即没有这些功能）。",
    ),
    (
        "field.websites.icp_number",
        "Website's ICP number",
        "网站备案号",
    ),
    (
        "field.websites.icp_number.help",
        "New access: the site's existing number, the entity's with -n, e.g. 粤ICP备12345678号-1.",
        "新增接入：网站已有的备案号，即主体备案号加 -n，例如 粤ICP备12345678号-1。",
    ),
    ("field.domains.registrar", "Registrar", "域名注册商"),
    (
        "field.domains.registrar.help",
        "Domains on Alibaba's international site or at unapproved registrars cannot be filed.",
        "在阿里云国际站或未获批准的注册商处注册的域名无法备案。",
    ),
    (
        "field.domains.real_name_verified",
        "Real-name verified",
        "已完成实名认证",
    ),
    (
        "field.domains.real_name_verified.help",
        "The domain's real-name verification (实名认证) must be complete.",
        "域名必须已完成实名认证。",
    ),
    (
        "field.domains.real_name_verified_on",
        "Verified on",
        "实名认证日期",
    ),
    (
        "field.domains.real_name_verified_on.help",
        "Optional (YYYY-MM-DD): the data needs {real_name_days} working days to reach the bureau.",
        "可选（YYYY-MM-DD）：实名信息同步到管局需要 {real_name_days} 个工作日。",
    ),
    ("field.domains.holder", "Domain holder", "域名持有者"),
    (
        "field.domains.holder.help",
        "Individuals must hold their domains; organisations may use a shareholder, executive or person in charge.",
        "个人备案须为本人持有；单位可使用股东、高管或主体负责人持有的域名。",
    ),
    ("field.domains.holder_kind", "Holder is a", "持有者类型"),
    (
        "field.domains.holder_kind.help",
        "Some provinces want a holder certificate when a person holds an organisation's domain.",
        "个人持有单位的域名时，部分省份要求提供域名注册人证明。",
    ),
    (
        "field.domains.holder_matches",
        "Real-name record matches the filing",
        "实名信息与备案信息一致",
    ),
    (
        "field.domains.holder_matches.help",
        "Name, certificate type and number must be identical in the domain record and the filing.",
        "域名实名信息与备案信息中的名称、证件类型和号码必须完全一致。",
    ),
    (
        "field.domains.expires_on",
        "Domain expires on",
        "域名到期日",
    ),
    (
        "field.domains.expires_on.help",
        "YYYY-MM-DD; an expired or soon-expiring domain fails the review.",
        "YYYY-MM-DD；已到期或即将到期的域名无法通过审核。",
    ),
    // ── questions: instance ─────────────────────────────────────────────────────────────────
    (
        "field.instance.product",
        "Alibaba Cloud product",
        "阿里云产品",
    ),
    (
        "field.instance.product.help",
        "Only these products give service identification numbers (备案服务号).",
        "只有这些产品可以申请备案服务号。",
    ),
    (
        "field.instance.region_mainland",
        "In a Mainland China region",
        "位于中国内地地域",
    ),
    (
        "field.instance.region_mainland.help",
        "Only mainland instances can back a filing (Hong Kong and overseas regions cannot).",
        "只有中国内地的实例可用于备案（中国香港及海外地域不行）。",
    ),
    ("field.instance.billing", "Billing", "计费方式"),
    (
        "field.instance.billing.help",
        "Pay-as-you-go instances cannot get service identification numbers.",
        "按量付费的实例无法申请备案服务号。",
    ),
    (
        "field.instance.subscription_months",
        "Months bought",
        "购买时长（月）",
    ),
    (
        "field.instance.subscription_months.help",
        "The subscription term bought, including renewals (Marketplace: the first order).",
        "已购买的包年包月时长，含续费（云市场产品：首次订单）。",
    ),
    (
        "field.instance.expires_on",
        "Subscription ends on",
        "付费期结束日",
    ),
    (
        "field.instance.expires_on.help",
        "YYYY-MM-DD, the end of the paid period; ECS needs {ecs_months} months left, Elastic Web Hosting {ewh_months}.",
        "YYYY-MM-DD，付费期结束日；ECS 须剩余 {ecs_months} 个月，弹性Web托管须剩余 {ewh_months} 个月。",
    ),
    (
        "field.instance.public_bandwidth",
        "Public bandwidth bought",
        "已购买公网带宽",
    ),
    (
        "field.instance.public_bandwidth.help",
        "An ECS instance needs a public IP / bandwidth to get a service number.",
        "ECS 实例需要公网 IP / 带宽才能申请备案服务号。",
    ),
    (
        "field.instance.service_numbers_used",
        "Service numbers already used",
        "已使用的备案服务号",
    ),
    (
        "field.instance.service_numbers_used.help",
        "Each instance gives a fixed number; renewing does not add more.",
        "每个实例提供固定数量；续费不会增加。",
    ),
    (
        "field.instance.order_amount_rmb",
        "Order amount (RMB)",
        "订单金额（元）",
    ),
    (
        "field.instance.order_amount_rmb.help",
        "Marketplace products qualify from RMB {marketplace_rmb} and {marketplace_months} months.",
        "云市场产品须订单金额不低于 {marketplace_rmb} 元且时长不少于 {marketplace_months} 个月。",
    ),
    // ── questions: materials ────────────────────────────────────────────────────────────────
    (
        "field.materials.entity_certificate.type",
        "Entity certificate",
        "主办单位证件",
    ),
    (
        "field.materials.entity_certificate.type.help",
        "The organisation's own certificate (主办单位证件), usually the business licence.",
        "单位本身的证件，通常是营业执照。",
    ),
    (
        "field.materials.entity_certificate.number",
        "Certificate number",
        "主办单位证件号码",
    ),
    (
        "field.materials.entity_certificate.number.help",
        "A business licence has an 18-character unified social credit code; it is checked as you type.",
        "营业执照上是 18 位统一社会信用代码；输入时即时校验。",
    ),
    (
        "field.materials.entity_certificate.valid_until",
        "Certificate valid until",
        "主办单位证件有效期至",
    ),
    (
        "field.materials.entity_certificate.valid_until.help",
        "Optional (YYYY-MM-DD); leave empty for a licence without end date.",
        "可选（YYYY-MM-DD）；长期有效的执照请留空。",
    ),
    (
        "field.materials.leader.residency",
        "Person in charge lives in",
        "主体负责人居住地",
    ),
    (
        "field.materials.leader.residency.help",
        "The person in charge (主体负责人; filing as an individual: you); residency decides the document.",
        "主体负责人（个人备案即本人）的居住地决定使用哪种身份证件。",
    ),
    (
        "field.materials.leader.document",
        "Their identity document",
        "主体负责人证件类型",
    ),
    (
        "field.materials.leader.document.help",
        "Mainland: resident ID; Hong Kong/Macao/Taiwan: permits; others: passport.",
        "中国内地：居民身份证；港澳台：居住证或通行证；其他：护照。",
    ),
    (
        "field.materials.leader.number",
        "Document number",
        "主体负责人证件号码",
    ),
    (
        "field.materials.leader.number.help",
        "Checked as you type: one wrong digit gets a filing rejected.",
        "输入时即时校验：一位数字错误就会导致备案被驳回。",
    ),
    (
        "field.materials.leader.is_legal_representative",
        "Is the legal representative",
        "主体负责人是法定代表人",
    ),
    (
        "field.materials.leader.is_legal_representative.help",
        "Many provinces require the person in charge to be the legal representative (法定代表人).",
        "许多省份要求主体负责人由法定代表人担任。",
    ),
    (
        "field.materials.leader.valid_until",
        "Document valid until",
        "主体负责人证件有效期至",
    ),
    (
        "field.materials.leader.valid_until.help",
        "Optional (YYYY-MM-DD); some provinces want more than {id_validity_months} months left.",
        "可选（YYYY-MM-DD）；部分省份要求剩余有效期超过 {id_validity_months} 个月。",
    ),
    (
        "field.materials.admin.residency",
        "Website administrator lives in",
        "网站负责人居住地",
    ),
    (
        "field.materials.admin.residency.help",
        "The website administrator (网站负责人) is checked like the person in charge.",
        "网站负责人与主体负责人按同样的方式核验。",
    ),
    (
        "field.materials.admin.document",
        "Administrator's document",
        "网站负责人证件类型",
    ),
    (
        "field.materials.admin.document.help",
        "Mainland: resident ID; Hong Kong/Macao/Taiwan: permits; others: passport.",
        "中国内地：居民身份证；港澳台：居住证或通行证；其他：护照。",
    ),
    (
        "field.materials.admin.number",
        "Administrator's document number",
        "网站负责人证件号码",
    ),
    (
        "field.materials.admin.number.help",
        "Checked as you type.",
        "输入时即时校验。",
    ),
    (
        "field.materials.admin.is_legal_representative",
        "Administrator is the legal representative",
        "网站负责人是法定代表人",
    ),
    (
        "field.materials.admin.is_legal_representative.help",
        "If not, several provinces want a letter of authorization (授权书).",
        "如果不是，有些省份要求提供授权书。",
    ),
    (
        "field.materials.admin.valid_until",
        "Administrator's document valid until",
        "网站负责人证件有效期至",
    ),
    (
        "field.materials.admin.valid_until.help",
        "Optional (YYYY-MM-DD).",
        "可选（YYYY-MM-DD）。",
    ),
    (
        "field.materials.certificate_changed",
        "Entity certificate changed",
        "主办单位证件有变更",
    ),
    (
        "field.materials.certificate_changed.help",
        "A changed licence (new number) needs a certificate of change (变更证明).",
        "执照变更（号码改变）后需要提供变更证明。",
    ),
    (
        "field.materials.finance_content",
        "Site has finance-industry content",
        "网站有金融行业内容",
    ),
    (
        "field.materials.finance_content.help",
        "In Guangdong such sites need a commitment letter (广东金融类网站承诺书).",
        "在广东，此类网站需要提供广东金融类网站承诺书。",
    ),
    (
        "field.materials.all_domains_in_statement",
        "All domains fit in the authenticity statement",
        "所有域名都能填入真实性核验单",
    ),
    (
        "field.materials.all_domains_in_statement.help",
        "In Beijing, if not, a domain confirmation sheet lists them all.",
        "在北京，如果填不下，需用备案域名确认书列出全部域名。",
    ),
    (
        "field.materials.prepared",
        "Materials ready",
        "已准备好的材料",
    ),
    (
        "field.materials.prepared.help",
        "Tick each material you have as a colour scan or photo of the original.",
        "勾选每份已备好原件彩色扫描件或照片的材料。",
    ),
    // ── questions: account ──────────────────────────────────────────────────────────────────
    (
        "field.account.has_account",
        "Alibaba Cloud account",
        "阿里云账号",
    ),
    (
        "field.account.has_account.help",
        "You need an account before you can open the filing order.",
        "提交备案订单前需要先有账号。",
    ),
    ("field.account.site", "Account site", "账号所属站点"),
    (
        "field.account.site.help",
        "Only China-site (aliyun.com) accounts can file; the international site cannot.",
        "只有阿里云中国站（aliyun.com）账号可以备案，国际站不行。",
    ),
    (
        "field.account.real_name_verified",
        "Account real-name verified",
        "账号已完成实名认证",
    ),
    (
        "field.account.real_name_verified.help",
        "The account's identity verification must be complete.",
        "账号必须已完成实名认证。",
    ),
    (
        "field.account.holds_other_entity",
        "Account already files another entity",
        "账号已备案其他主体",
    ),
    (
        "field.account.holds_other_entity.help",
        "One account may carry the filing of only one entity.",
        "一个账号只能备案一个主体。",
    ),
    // ── questions: pre-approval ─────────────────────────────────────────────────────────────
    (
        "field.preapproval.industries",
        "Special industries",
        "特殊行业",
    ),
    (
        "field.preapproval.industries.help",
        "News, publishing, medicine and others need approval before filing; tick none if none apply.",
        "新闻、出版、药品等行业须在备案前取得前置审批；都不涉及请选“无”。",
    ),
    (
        "field.preapproval.approvals_ready",
        "Approvals in hand",
        "已取得的审批",
    ),
    (
        "field.preapproval.approvals_ready.help",
        "Tick each industry whose approval document you already hold.",
        "勾选已取得审批文件的每个行业。",
    ),
    // ── choices ─────────────────────────────────────────────────────────────────────────────
    (
        "choice.registrar.aliyun_china",
        "Alibaba Cloud China site (aliyun.com)",
        "阿里云中国站（aliyun.com）",
    ),
    (
        "choice.registrar.aliyun_international",
        "Alibaba Cloud international site (alibabacloud.com)",
        "阿里云国际站（alibabacloud.com）",
    ),
    (
        "choice.registrar.other_approved",
        "Another MIIT-approved registrar",
        "其他获工信部批准的注册商",
    ),
    (
        "choice.registrar.other_unapproved",
        "A registrar MIIT has not approved (e.g. abroad)",
        "未获工信部批准的注册商（如境外注册商）",
    ),
    ("choice.registrar.unknown", "I don't know", "不知道"),
    ("choice.holder.entity", "The entity itself", "主办单位本身"),
    ("choice.holder.shareholder", "A shareholder", "股东"),
    (
        "choice.holder.senior_executive",
        "A senior executive",
        "高管",
    ),
    (
        "choice.holder.person_in_charge",
        "The person in charge",
        "主体负责人",
    ),
    ("choice.holder.other", "Someone else", "其他人"),
    ("choice.holder_kind.person", "Person", "个人"),
    ("choice.holder_kind.organisation", "Organisation", "单位"),
    (
        "choice.billing.subscription",
        "Subscription (包年包月)",
        "包年包月",
    ),
    (
        "choice.billing.pay_as_you_go",
        "Pay-as-you-go (按量付费)",
        "按量付费",
    ),
    (
        "choice.site.china",
        "China site (aliyun.com)",
        "中国站（aliyun.com）",
    ),
    (
        "choice.site.international",
        "International site (alibabacloud.com)",
        "国际站（alibabacloud.com）",
    ),
    // ── values ──────────────────────────────────────────────────────────────────────────────
    ("tui.value.unanswered", "—", "未回答"),
    ("tui.value.yes", "Yes", "是"),
    ("tui.value.no", "No", "否"),
    ("tui.value.unsure", "Not sure", "不确定"),
    ("tui.value.none", "None", "无"),
    (
        "tui.domains.none",
        "none yet — press Enter to add one",
        "还没有域名 — 按 Enter 添加",
    ),
    (
        "tui.domains.current",
        "{i} of {n}: {name}",
        "第 {i} 个，共 {n} 个：{name}",
    ),
    // ── screen ──────────────────────────────────────────────────────────────────────────────
    ("tui.step.regulations", "Regulations", "备案规则"),
    ("tui.step.domain", "Domain", "域名"),
    ("tui.step.instance", "Instance", "接入资源"),
    ("tui.step.materials", "Materials", "备案材料"),
    ("tui.step.account", "Account", "阿里云账号"),
    ("tui.step.preapproval", "Pre-approval", "前置审批"),
    ("tui.step.review", "Review", "检查确认"),
    ("tui.steps.title", "Steps", "步骤"),
    (
        "tui.header.step",
        "Step {n} of 6: {title}",
        "第 {n} 步，共 6 步：{title}",
    ),
    ("tui.header.review", "Review", "检查确认"),
    (
        "tui.header.progress",
        "{done} done · {todo} to do · {blocked} blocked",
        "已完成 {done} · 待办 {todo} · 受阻 {blocked}",
    ),
    ("tui.saved", "✔ saved", "✔ 已保存"),
    ("tui.saving", "… saving", "… 正在保存"),
    (
        "tui.save-failed",
        "✘ not saved: {error}",
        "✘ 未保存：{error}",
    ),
    (
        "tui.too-small",
        "Make the window larger (now {width}×{height}; icp-prep needs at least {min_width}×{min_height}). Your answers are safe.",
        "请把窗口调大（当前 {width}×{height}；icp-prep 至少需要 {min_width}×{min_height}）。您的回答不会丢失。",
    ),
    (
        "tui.checklist.title",
        "Checklist · {scope}",
        "清单 · {scope}",
    ),
    ("tui.checklist.step", "this step", "本步骤"),
    ("tui.checklist.all", "all steps", "全部步骤"),
    (
        "tui.checklist.counts",
        "✔ {done}  ○ {todo}  ✘ {blocked}",
        "✔完成{done} ○待办{todo} ✘受阻{blocked}",
    ),
    (
        "tui.checklist.empty",
        "Nothing to check here yet.",
        "这里暂时没有要检查的项目。",
    ),
    (
        "tui.province-rules",
        "Rules of {province}",
        "{province}的备案规则",
    ),
    (
        "tui.province-rules.legend",
        "• may block or require work · ? older source: check with the bureau",
        "• 可能阻碍备案或需要处理 · ? 资料较旧：请向管局确认",
    ),
    (
        "tui.materials.needed",
        "Materials for your case",
        "您需要准备的材料",
    ),
    (
        "tui.review.title",
        "Review: every answer",
        "检查确认：全部回答",
    ),
    (
        "tui.review.counts",
        "✔ {done} done · ○ {todo} to do · ✘ {blocked} blocked · ℹ {info} for information",
        "✔ 已完成 {done} · ○ 待办 {todo} · ✘ 受阻 {blocked} · ℹ 供参考 {info}",
    ),
    ("tui.review.ready", "Ready to file.", "可以提交备案。"),
    (
        "tui.review.not-ready",
        "Not ready yet: see the checklist on the right.",
        "尚不能提交：请查看右侧的清单。",
    ),
    ("tui.review.domain", "  Domain {i}", "  第 {i} 个域名"),
    ("tui.pick.filter", "Type to filter:", "输入文字筛选："),
    (
        "tui.pick.choose-first",
        "Choose an answer first: ↑/↓ or type part of it.",
        "请先选择：用 ↑/↓ 或输入部分文字。",
    ),
    (
        "tui.pick.no-match",
        "No option matches.",
        "没有匹配的选项。",
    ),
    ("tui.inline.domain", "Filed as {domain}", "按 {domain} 备案"),
    (
        "tui.inline.number-ok",
        "The number is well formed.",
        "号码格式正确。",
    ),
    (
        "tui.error.wrong-kind",
        "That answer does not fit this question.",
        "该答案不适用于此问题。",
    ),
    (
        "tui.error.date",
        "Write the date as YYYY-MM-DD (for example 2027-03-31).",
        "请按 YYYY-MM-DD 格式填写日期（例如 2027-03-31）。",
    ),
    (
        "tui.error.number",
        "Write a whole number (for example 3).",
        "请填写整数（例如 3）。",
    ),
    (
        "tui.error.decimal",
        "Write an amount in RMB (for example 99 or 120.50).",
        "请填写人民币金额（例如 99 或 120.50）。",
    ),
    (
        "tui.error.no-terminal",
        "the wizard needs a terminal; for scripts use `icp-prep check FILE|NAME` or `icp-prep list`",
        "向导需要在终端中运行；脚本中请使用 `icp-prep check FILE|NAME` 或 `icp-prep list`",
    ),
    (
        "tui.export.prompt",
        "Export as {format} to:",
        "导出为{format}，保存到：",
    ),
    (
        "tui.keys.export",
        "Tab format · type the path (←→ move) · Enter write · Esc cancel",
        "Tab 格式 · 输入路径（←→ 移动）· Enter 写入 · Esc 取消",
    ),
    (
        "tui.export.failed",
        "✘ Not written: {reason}. Correct the path, or Esc.",
        "✘ 未写入：{reason}。请修改路径，或按 Esc。",
    ),
    (
        "tui.export.no-folder",
        "that folder does not exist",
        "文件夹不存在",
    ),
    (
        "tui.export.denied",
        "no permission to write there",
        "没有写入权限",
    ),
    (
        "tui.export.is-folder",
        "that is a folder; add a file name",
        "这是文件夹，请加上文件名",
    ),
    ("tui.export.full", "the disk is full", "磁盘已满"),
    (
        "tui.exported",
        "Checklist written to {path}",
        "清单已写入 {path}",
    ),
    // ── keys ────────────────────────────────────────────────────────────────────────────────
    (
        "tui.keys.browse",
        "↑↓ question · Enter answer · PgDn/PgUp step · c list · l 中文 · ? help · q quit",
        "↑↓ 问题 · Enter 回答 · PgDn/PgUp 步骤 · c 清单 · l English · ? 帮助 · q 退出",
    ),
    (
        "tui.keys.yesno",
        "y/n/u yes/no/not sure · Del clear · ↑↓ · PgDn step · ? help · q quit",
        "y/n/u 是/否/不确定 · Del 清除 · ↑↓ · PgDn 步骤 · ? 帮助 · q 退出",
    ),
    (
        "tui.keys.domains",
        "Enter add · ←→ switch · Del remove · ↑↓ question · ? help · q quit",
        "Enter 添加 · ←→ 切换 · Del 删除 · ↑↓ 问题 · ? 帮助 · q 退出",
    ),
    (
        "tui.keys.edit",
        "type · ←→ move · Enter/Tab save · Esc cancel",
        "输入 · ←→ 移动 · Enter/Tab 保存 · Esc 取消",
    ),
    (
        "tui.keys.pick",
        "type to filter · ↑↓ choose · Enter save · Esc cancel",
        "输入筛选 · ↑↓ 选择 · Enter 保存 · Esc 取消",
    ),
    (
        "tui.keys.multi",
        "type to filter · ↑↓ move · Space tick · Enter save · Esc cancel",
        "输入筛选 · ↑↓ 移动 · Space 勾选 · Enter 保存 · Esc 取消",
    ),
    (
        "tui.keys.checklist",
        "↑↓ item · Enter details · a this step/all · c or Esc back to questions",
        "↑↓ 项目 · Enter 详情 · a 本步骤/全部 · c 或 Esc 返回问题",
    ),
    (
        "tui.keys.review",
        "↑↓ answer · Enter change it · e export · 1-6 step · ? help · q quit",
        "↑↓ 回答 · Enter 修改 · e 导出 · 1-6 步骤 · ? 帮助 · q 退出",
    ),
    ("tui.help.title", "Keys", "按键"),
    (
        "tui.help.move",
        "Tab / ↓ and Shift+Tab / ↑   next / previous question",
        "Tab / ↓ 和 Shift+Tab / ↑   下一个 / 上一个问题",
    ),
    (
        "tui.help.steps",
        "PgDn / Ctrl+N and PgUp / Ctrl+P   next / previous step",
        "PgDn / Ctrl+N 和 PgUp / Ctrl+P   下一步 / 上一步",
    ),
    (
        "tui.help.jump",
        "1 … 6, 7   go to a step, or the review",
        "1 … 6、7   跳到某一步，或检查确认",
    ),
    (
        "tui.help.enter",
        "Enter   answer (type, or choose from a list); the next question then opens, Esc closes it",
        "Enter   回答（输入，或从列表中选择）；随后自动打开下一个问题，Esc 关闭",
    ),
    (
        "tui.help.yesno",
        "y / n / u   yes, no, not sure (Space cycles, Enter lists them)",
        "y / n / u   是、否、不确定（Space 轮换，Enter 列出）",
    ),
    (
        "tui.help.clear",
        "Del   clear the answer (back to not answered)",
        "Del   清除回答（恢复为未回答）",
    ),
    (
        "tui.help.domains",
        "On Domains: Enter add · ←/→ switch · Del remove",
        "在“域名”上：Enter 添加 · ←/→ 切换 · Del 删除",
    ),
    (
        "tui.help.pick",
        "In a list: type to filter · ↑/↓ · Space ticks · Enter saves",
        "在列表中：输入筛选 · ↑/↓ · Space 勾选 · Enter 保存",
    ),
    (
        "tui.help.edit",
        "While typing: Enter or Tab saves · Esc cancels · paste works",
        "输入时：Enter 或 Tab 保存 · Esc 取消 · 可以粘贴",
    ),
    (
        "tui.help.checklist",
        "c   move to the checklist; Enter shows an item's detail, fix and source",
        "c   转到清单；Enter 显示某项的详情、处理方法和来源",
    ),
    (
        "tui.help.all",
        "a   checklist of this step or of all steps",
        "a   显示本步骤或全部步骤的清单",
    ),
    (
        "tui.help.export",
        "e   export the checklist",
        "e   导出清单",
    ),
    (
        "tui.help.scroll",
        "j / k   scroll the questions (with the province's rules) or the checklist",
        "j / k   滚动问题（及省份规则）或清单",
    ),
    (
        "tui.help.lang",
        "l   中文 / English (saved with the session)",
        "l   English / 中文（随会话保存）",
    ),
    (
        "tui.help.esc",
        "Esc   back (to the questions, or to the review)",
        "Esc   返回（回到问题，或回到检查确认）",
    ),
    (
        "tui.help.quit",
        "q / Ctrl+C   save and quit (answers are saved as you go)",
        "q / Ctrl+C   保存并退出（回答随时自动保存）",
    ),
    ("tui.help.help", "? / F1   this help", "? / F1   本帮助"),
    (
        "tui.help.close",
        "↑↓ PgUp PgDn scroll · any other key closes",
        "↑↓ PgUp PgDn 滚动 · 按其他任意键关闭",
    ),
    // ── start screen ────────────────────────────────────────────────────────────────────────
    (
        "tui.start.title",
        "icp-prep — get ready for an ICP filing (ICP备案) on Alibaba Cloud",
        "icp-prep — 为阿里云ICP备案做好准备",
    ),
    (
        "tui.start.subtitle",
        "Answers are saved on this computer as you go; nothing is uploaded.",
        "回答随时保存在本机；不会上传任何数据。",
    ),
    ("tui.start.sessions", " Saved sessions ", " 已保存的会话 "),
    (
        "tui.start.empty",
        "No saved session yet. icp-prep walks the six preparation steps of Alibaba's guide and keeps a live checklist of what is done, what is left, and what blocks your filing, with the rule's source for each item.",
        "还没有保存的会话。icp-prep 按阿里云备案指南的六个准备步骤逐步引导，并实时显示清单：哪些已完成，哪些待处理，哪些阻碍备案，每一项都注明规则来源。",
    ),
    (
        "tui.start.need",
        "Have at hand: your province and entity type, your domains (registrar, real-name status, expiry), your Alibaba Cloud instance (product, region, billing, end date), and the identity documents of the person in charge and the website administrator.",
        "请准备好：备案省份和主办单位性质；域名（注册商、实名认证状态、到期日）；阿里云实例（产品、地域、计费方式、到期日）；主体负责人和网站负责人的身份证件。",
    ),
    (
        "tui.start.need.list",
        "Press n to start a new session.",
        "按 n 开始一个新会话。",
    ),
    (
        "tui.start.row",
        "{name} · {step} · {done} done, {todo} to do, {blocked} blocked · {updated}",
        "{name} · {step} · 已完成 {done}，待办 {todo}，受阻 {blocked} · 更新于 {updated}",
    ),
    (
        "tui.start.row-error",
        "{name} · cannot be read: {error}",
        "{name} · 无法读取：{error}",
    ),
    (
        "tui.start.keys",
        "↑↓ choose · Enter resume · n new · d delete · ? help · q quit",
        "↑↓ 选择 · Enter 继续 · n 新建 · d 删除 · ? 帮助 · q 退出",
    ),
    (
        "tui.start.help.move",
        "↑ / ↓   choose a saved session",
        "↑ / ↓   选择已保存的会话",
    ),
    (
        "tui.start.help.open",
        "Enter   resume the chosen session (with none saved: start one)",
        "Enter   继续所选会话（没有会话时：新建一个）",
    ),
    (
        "tui.start.help.new",
        "n   start a new session (asks its name)",
        "n   新建会话（会询问名称）",
    ),
    (
        "tui.start.help.delete",
        "d / Del   delete the chosen session (asks first)",
        "d / Del   删除所选会话（会先确认）",
    ),
    (
        "tui.start.help.quit",
        "q / Esc / Ctrl+C   quit",
        "q / Esc / Ctrl+C   退出",
    ),
    (
        "tui.start.name",
        "Name of the new session:",
        "新会话的名称：",
    ),
    (
        "tui.start.name.keys",
        "letters, digits, - and _ · Enter create · Esc cancel",
        "字母、数字、- 和 _ · Enter 创建 · Esc 取消",
    ),
    (
        "tui.start.exists",
        "A session named {name} exists already; choose another name.",
        "已有名为 {name} 的会话；请换一个名称。",
    ),
    (
        "tui.start.confirm-delete",
        "Delete session {name}? Press y to delete, any other key to keep it.",
        "删除会话 {name}？按 y 删除，按其他任意键保留。",
    ),
];

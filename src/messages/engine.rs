//! Checklist text: titles (`<rule>.title`), details and fixes, keyed by the engine's rule ids.
//! Placeholders: {province}, {domain}, {product}, {min}, {months}, {expires} … as the engine
//! passes them. Names of provinces, products, materials and industries arrive already in the
//! language (`crate::messages::name`).

use super::Row;

pub const ENGINE: &[Row] = &[
    // ── regulations ─────────────────────────────────────────────────────────────────────────
    (
        "regulations.province.title",
        "Filing province chosen",
        "已选择备案省份",
    ),
    (
        "regulations.province.ask",
        "You have not said in which province you file. The rules and required documents differ by province.",
        "尚未选择在哪个省份备案。各省的备案规则和所需材料不同。",
    ),
    (
        "regulations.province.ask.fix",
        "Choose the filing province: where your organisation's certificate was issued, or (individuals) where your ID is domiciled or where you hold a residence permit.",
        "请选择备案省份：单位为证件签发地所在省份；个人为身份证户籍所在地，或持有居住证的省份。",
    ),
    (
        "regulations.province.done",
        "You file in {province}.",
        "您在{province}备案。",
    ),
    (
        "regulations.reviewed.title",
        "{province} filing rules read",
        "已阅读{province}备案规则",
    ),
    (
        "regulations.reviewed.ask",
        "Have you read the filing rules of {province}? They decide which extra documents you need.",
        "是否已阅读{province}的备案规则？这些规则决定您还需要哪些额外材料。",
    ),
    (
        "regulations.reviewed.ask.fix",
        "Read the {province} rules (Alibaba's province map at beian.aliyun.com, or beian.miit.gov.cn in Chinese), then answer yes.",
        "请阅读{province}的备案规则（阿里云备案页 beian.aliyun.com 的各省管局规则，或工信部 beian.miit.gov.cn），然后回答“是”。",
    ),
    (
        "regulations.reviewed.unsure",
        "You are not sure whether you have read the filing rules of {province}.",
        "您不确定是否已阅读{province}的备案规则。",
    ),
    (
        "regulations.reviewed.unsure.fix",
        "Open the {province} rules on Alibaba's province map (beian.aliyun.com) and read them once; this checklist lists the ones it knows.",
        "在阿里云备案页（beian.aliyun.com）打开{province}的管局规则通读一遍；本清单列出了已收录的规则。",
    ),
    (
        "regulations.reviewed.yes",
        "You have read the filing rules of {province}.",
        "您已阅读{province}的备案规则。",
    ),
    (
        "regulations.reviewed.no",
        "You have not read the filing rules of {province} yet.",
        "您尚未阅读{province}的备案规则。",
    ),
    (
        "regulations.reviewed.no.fix",
        "Read the {province} rules (Alibaba's province map at beian.aliyun.com, or beian.miit.gov.cn in Chinese) before you apply.",
        "提交备案前，请先阅读{province}的备案规则（阿里云备案页 beian.aliyun.com 的各省管局规则，或工信部 beian.miit.gov.cn）。",
    ),
    (
        "regulations.entity-type.title",
        "Entity type chosen",
        "已选择主办单位性质",
    ),
    (
        "regulations.entity-type.ask",
        "You have not said who files: an individual, an enterprise, a government agency, a public institution, a social organisation or another organisation.",
        "尚未说明由谁备案：个人、企业、政府机关、事业单位、社会团体或其他组织。",
    ),
    (
        "regulations.entity-type.ask.fix",
        "Choose the entity type (主办单位性质) that matches the certificate you will upload.",
        "请选择与所上传证件相符的主办单位性质。",
    ),
    (
        "regulations.entity-type.done",
        "The filing entity is: {entity}.",
        "主办单位性质：{entity}。",
    ),
    (
        "regulations.entity-name.title",
        "Entity name given",
        "已填写主办单位名称",
    ),
    (
        "regulations.entity-name.ask",
        "The entity's name is missing.",
        "缺少主办单位名称。",
    ),
    (
        "regulations.entity-name.ask.fix",
        "Enter the name exactly as on the certificate (for an individual, the name on the identity document).",
        "请按证件上的名称原样填写（个人填写身份证件上的姓名）。",
    ),
    (
        "regulations.entity-name.done",
        "Entity name: {name}. It must match the certificate and the domain's real-name record character for character.",
        "主办单位名称：{name}。须与证件及域名实名信息逐字一致。",
    ),
    (
        "regulations.non-mainland.title",
        "Filing as a non-mainland individual",
        "非中国内地居民以个人身份备案",
    ),
    (
        "regulations.non-mainland.detail",
        "Your residency is {residency}, so no domicile province applies. Whether a province's bureau accepts non-mainland individuals is decided by that bureau.",
        "您的居住地为{residency}，不适用户籍所在省份。是否受理非中国内地居民的个人备案，由各省管局自行决定。",
    ),
    (
        "regulations.non-mainland.fix",
        "Check with your provincial bureau (or Alibaba's filing support) that it accepts individual filings from your residency.",
        "请向备案省份的管局（或阿里云备案客服）确认是否受理您这类居民的个人备案。",
    ),
    (
        "regulations.domicile.title",
        "Domicile province of the ID known",
        "已知身份证户籍所在省份",
    ),
    (
        "regulations.domicile.ask",
        "The province where your ID is domiciled is not known: neither answered nor readable from a resident ID number.",
        "不知道您的身份证户籍所在省份：既未回答，也无法从居民身份证号码中读出。",
    ),
    (
        "regulations.domicile.ask.fix",
        "Answer the domicile province, or enter your resident ID number in the materials step.",
        "请回答户籍所在省份，或在“备案材料”步骤中填写居民身份证号码。",
    ),
    (
        "regulations.domicile.mismatch",
        "You said your ID is domiciled in {stated}, but the ID number's address code belongs to {id}.",
        "您填写的户籍所在地为{stated}，但身份证号码的地址码属于{id}。",
    ),
    (
        "regulations.domicile.mismatch.fix",
        "Correct whichever is wrong: the domicile answer or the ID number. The bureau reads the domicile from the ID.",
        "请改正有误的一项：户籍所在地的回答或身份证号码。管局以身份证上的户籍地为准。",
    ),
    (
        "regulations.domicile.done",
        "Your ID is domiciled in {domicile}.",
        "您的身份证户籍所在地为{domicile}。",
    ),
    (
        "regulations.cross-province.title",
        "Filing outside your ID's province",
        "在户籍所在省份以外备案",
    ),
    (
        "regulations.cross-province.local-only",
        "Your ID is domiciled in {domicile}, but {province} accepts individual filings only with a local ID.",
        "您的身份证户籍所在地为{domicile}，但{province}只受理本地身份证的个人备案。",
    ),
    (
        "regulations.cross-province.local-only.fix",
        "File in {domicile} instead, or as an organisation.",
        "请改在{domicile}备案，或以单位名义备案。",
    ),
    (
        "regulations.cross-province.permit.yes",
        "Your ID is domiciled in {domicile}; you hold a {province} residence permit, which {province} accepts.",
        "您的身份证户籍所在地为{domicile}；您持有{province}居住证，{province}认可居住证。",
    ),
    (
        "regulations.cross-province.permit.no",
        "Your ID is domiciled in {domicile} and you hold no {province} residence permit; {province} accepts out-of-province individuals only with one.",
        "您的身份证户籍所在地为{domicile}，且未持有{province}居住证；{province}只受理持本地居住证的外省个人备案。",
    ),
    (
        "regulations.cross-province.permit.no.fix",
        "Obtain a {province} residence permit (居住证) first, or file in {domicile}.",
        "请先办理{province}居住证，或改在{domicile}备案。",
    ),
    (
        "regulations.cross-province.permit.unsure",
        "Your ID is domiciled in {domicile}; you are not sure whether you hold a {province} residence permit, which {province} requires.",
        "您的身份证户籍所在地为{domicile}；不确定是否持有{province}要求的{province}居住证。",
    ),
    (
        "regulations.cross-province.permit.unsure.fix",
        "Check for a valid {province} residence permit (居住证) issued by the local public security bureau.",
        "请确认是否持有当地公安机关签发、仍在有效期内的{province}居住证。",
    ),
    (
        "regulations.cross-province.permit.ask",
        "Your ID is domiciled in {domicile}, not {province}. {province} accepts out-of-province individuals with a {province} residence permit.",
        "您的身份证户籍所在地为{domicile}，不在{province}。{province}受理持{province}居住证的外省个人备案。",
    ),
    (
        "regulations.cross-province.permit.ask.fix",
        "Answer whether you hold a {province} residence permit (居住证).",
        "请回答是否持有{province}居住证。",
    ),
    (
        "regulations.cross-province.unknown.ask",
        "Your ID is domiciled in {domicile}, not {province}. Bureaus decide whether they accept out-of-province individuals, usually with a local residence permit.",
        "您的身份证户籍所在地为{domicile}，不在{province}。是否受理外省个人备案由管局决定，通常要求持有当地居住证。",
    ),
    (
        "regulations.cross-province.unknown.ask.fix",
        "Answer whether you hold a {province} residence permit.",
        "请回答是否持有{province}居住证。",
    ),
    (
        "regulations.cross-province.unknown.yes",
        "Your ID is domiciled in {domicile}; you hold a {province} residence permit. We hold no current rule for {province}, so its acceptance cannot be confirmed here.",
        "您的身份证户籍所在地为{domicile}；您持有{province}居住证。本工具未收录{province}的现行规则，无法确认是否受理。",
    ),
    (
        "regulations.cross-province.unknown.yes.fix",
        "Check with the {province} bureau that it accepts your residence permit.",
        "请向{province}管局确认是否认可您的居住证。",
    ),
    (
        "regulations.cross-province.unknown.no",
        "Your ID is domiciled in {domicile} and you hold no {province} residence permit. We hold no current rule for {province}; most bureaus refuse such filings.",
        "您的身份证户籍所在地为{domicile}，且未持有{province}居住证。本工具未收录{province}的现行规则；大多数管局不受理此类备案。",
    ),
    (
        "regulations.cross-province.unknown.no.fix",
        "Check with the {province} bureau, or file in {domicile}.",
        "请向{province}管局确认，或改在{domicile}备案。",
    ),
    (
        "regulations.organisation-province.title",
        "Filing in the province that issued the certificate",
        "在证件签发省份备案",
    ),
    (
        "regulations.organisation-province.done",
        "Your credit code was issued in {issued}, where you file.",
        "您的统一社会信用代码在{issued}登记，与备案省份一致。",
    ),
    (
        "regulations.organisation-province.mismatch",
        "Your unified social credit code was issued in {issued}, but you file in {province}. Organisations cannot file across provinces.",
        "您的统一社会信用代码在{issued}登记，但您要在{province}备案。单位不能跨省备案。",
    ),
    (
        "regulations.organisation-province.mismatch.fix",
        "File in {issued}, or check the credit code for a typing mistake.",
        "请在{issued}备案，或检查统一社会信用代码是否输错。",
    ),
    (
        "regulations.legal-representative.title",
        "Person in charge is the legal representative",
        "主体负责人为法定代表人",
    ),
    (
        "regulations.legal-representative.yes",
        "The person in charge is the legal representative, as {province} requires.",
        "主体负责人是法定代表人，符合{province}的要求。",
    ),
    (
        "regulations.legal-representative.no",
        "The person in charge is not the legal representative, but {province} requires it.",
        "主体负责人不是法定代表人，但{province}要求由法定代表人担任。",
    ),
    (
        "regulations.legal-representative.no.fix",
        "Name the legal representative (法定代表人) as the person in charge (主体负责人).",
        "请将法定代表人填写为主体负责人。",
    ),
    (
        "regulations.min-age.title",
        "Minimum age in {province}",
        "{province}的最低年龄要求",
    ),
    (
        "regulations.min-age.done",
        "The person in charge is {age}; {province} requires at least {years}.",
        "主体负责人{age}岁；{province}要求年满{years}岁。",
    ),
    (
        "regulations.min-age.under",
        "The person in charge is {age}, but {province} requires at least {years}.",
        "主体负责人{age}岁，但{province}要求年满{years}岁。",
    ),
    (
        "regulations.min-age.under.fix",
        "Name someone aged {years} or over as the person in charge, or wait until the birthday.",
        "请由年满{years}岁的人担任主体负责人，或等到生日之后再备案。",
    ),
    (
        "regulations.province-rule.leader_legal_representative",
        "{province}: person in charge is the legal representative",
        "{province}：主体负责人须为法定代表人",
    ),
    (
        "regulations.province-rule.authorization_letter",
        "{province}: letter of authorization",
        "{province}：授权书",
    ),
    (
        "regulations.province-rule.domain_confirmation",
        "{province}: domain name confirmation",
        "{province}：备案域名确认书",
    ),
    (
        "regulations.province-rule.domain_certificate",
        "{province}: domain name certificates",
        "{province}：域名证书",
    ),
    (
        "regulations.province-rule.finance_commitment",
        "{province}: finance commitment letter",
        "{province}：金融类网站承诺书",
    ),
    (
        "regulations.province-rule.construction_plan",
        "{province}: website construction plan",
        "{province}：网站建设方案书",
    ),
    (
        "regulations.province-rule.superior_authorization",
        "{province}: authorization from the upper-level authority",
        "{province}：上级主管单位授权证明",
    ),
    (
        "regulations.province-rule.domain_min_validity",
        "{province}: remaining domain validity",
        "{province}：域名剩余有效期",
    ),
    (
        "regulations.province-rule.document_min_validity",
        "{province}: remaining validity of identity documents",
        "{province}：身份证件剩余有效期",
    ),
    (
        "regulations.province-rule.min_age",
        "{province}: minimum age",
        "{province}：最低年龄",
    ),
    (
        "regulations.province-rule.hk_macao_residence_permit_only",
        "{province}: Hong Kong and Macao residents use the residence permit",
        "{province}：港澳居民须使用居住证",
    ),
    (
        "regulations.province-rule.note",
        "{province}: other requirement to check",
        "{province}：其他需核实的要求",
    ),
    ("regulations.province-rule.detail", "{rule}", "{rule}"),
    (
        "regulations.province-rule.fix",
        "Check with your provincial bureau (or Alibaba's {province} rules page) whether this still applies.",
        "请向备案省份的管局（或阿里云的{province}管局规则页面）确认此规定是否仍然适用。",
    ),
    // ── domain ──────────────────────────────────────────────────────────────────────────────
    ("domain.domains.title", "Domain names to file", "备案域名"),
    (
        "domain.domains.ask",
        "No domain has been entered yet. A filing names the website's domain.",
        "尚未填写域名。备案须填写网站的域名。",
    ),
    (
        "domain.domains.ask.fix",
        "Add each domain you want to file (for example example.com).",
        "请添加每个要备案的域名（例如 example.com）。",
    ),
    (
        "domain.domains.none",
        "You said you have no domain. An ICP filing needs at least one domain name.",
        "您表示没有域名。ICP备案至少需要一个域名。",
    ),
    (
        "domain.domains.none.fix",
        "Register a domain with an approved suffix at an MIIT-approved registrar (for example Alibaba Cloud's China site) and add it.",
        "请在工信部批准的域名注册服务机构（例如阿里云中国站）注册一个后缀已获批准的域名，然后添加。",
    ),
    (
        "domain.name.title",
        "{domain}: domain name readable",
        "{domain}：域名可识别",
    ),
    (
        "domain.name.ask",
        "Domain entry {position} has no name.",
        "第 {position} 个域名条目没有填写名称。",
    ),
    (
        "domain.name.ask.fix",
        "Type the domain name, or remove the empty entry.",
        "请输入域名，或删除这个空条目。",
    ),
    (
        "domain.name.invalid",
        "“{domain}” is not a valid domain name: {problems}",
        "“{domain}”不是有效的域名：{problems}",
    ),
    (
        "domain.name.invalid.fix",
        "Type the domain as registered, for example example.com (without http://, paths or spaces).",
        "请按注册时的形式输入域名，例如 example.com（不要带 http://、路径或空格）。",
    ),
    (
        "domain.name.done",
        "{domain} is a valid domain name.",
        "{domain} 是有效的域名。",
    ),
    (
        "domain.name.read-as",
        "“{typed}” is filed as {domain}: a filing names the registrable domain, and sub-domains are covered by it.",
        "“{typed}”按 {domain} 备案：备案填写的是可注册的主域名，其下的子域名都包含在内。",
    ),
    (
        "domain.duplicate.title",
        "{domain}: listed twice",
        "{domain}：重复填写",
    ),
    (
        "domain.duplicate.detail",
        "{domain} appears more than once in your list (perhaps as www. or with another spelling).",
        "{domain} 在列表中出现了不止一次（可能带 www. 或写法不同）。",
    ),
    (
        "domain.duplicate.fix",
        "Remove the duplicate entry.",
        "请删除重复的条目。",
    ),
    (
        "domain.suffix.title",
        "{domain}: suffix {suffix} approved by MIIT",
        "{domain}：后缀 {suffix} 已获工信部批准",
    ),
    (
        "domain.suffix.unlisted",
        "The suffix {suffix} is not on MIIT's list of approved top-level domains as we know it. Only approved suffixes can be filed.",
        "据本工具所知，后缀 {suffix} 不在工信部批准的顶级域名名单上。只有获批的后缀才能备案。",
    ),
    (
        "domain.suffix.unlisted.fix",
        "Use a domain with an approved suffix such as .cn or .com, or check domain.miit.gov.cn if you believe {suffix} was approved recently.",
        "请使用 .cn、.com 等已获批准后缀的域名；如认为 {suffix} 是新近获批的，请在 domain.miit.gov.cn 查询。",
    ),
    (
        "domain.suffix.approved",
        "{suffix} is on MIIT's approved list.",
        "{suffix} 在工信部批准的名单上。",
    ),
    (
        "domain.suffix.not-approved",
        "{suffix} is not approved by MIIT, so {domain} cannot be filed. {notes}",
        "{suffix} 未获工信部批准，因此 {domain} 无法备案。{notes}",
    ),
    (
        "domain.suffix.not-approved.fix",
        "Register and file a domain with an approved suffix such as .cn or .com, or host the site outside the mainland (then no filing is needed).",
        "请注册并备案一个 .cn、.com 等已获批准后缀的域名，或将网站托管在中国内地以外（这样无需备案）。",
    ),
    (
        "domain.suffix.unknown",
        "Sources disagree on whether {suffix} is approved by MIIT. {notes}",
        "关于 {suffix} 是否获工信部批准，各来源说法不一。{notes}",
    ),
    (
        "domain.suffix.unknown.fix",
        "Check domain.miit.gov.cn before you file; if in doubt use .cn or .com.",
        "提交备案前请在 domain.miit.gov.cn 查询；如有疑问，请使用 .cn 或 .com。",
    ),
    (
        "domain.suffix.restricted-ok",
        "{suffix} is reserved for {allowed}; your entity type may use it.",
        "{suffix} 仅限{allowed}使用；您的主办单位性质可以使用。",
    ),
    (
        "domain.suffix.restricted-unknown",
        "{suffix} is reserved for {allowed}.",
        "{suffix} 仅限{allowed}使用。",
    ),
    (
        "domain.suffix.restricted-unknown.fix",
        "Answer the entity type so this can be checked.",
        "请回答主办单位性质，以便检查此项。",
    ),
    (
        "domain.suffix.restricted-soft",
        "{suffix} is meant for {allowed}; registrars note it but filings are not known to be refused.",
        "{suffix} 面向{allowed}；注册商对此有提示，但未见因此被拒绝备案的情况。",
    ),
    (
        "domain.suffix.restricted-soft.fix",
        "Check with your provincial bureau if your entity type is not one of these.",
        "如果您的主办单位性质不在其中，请向备案省份的管局确认。",
    ),
    (
        "domain.suffix.restricted-wrong",
        "{suffix} is reserved for {allowed}; your entity type may not file it.",
        "{suffix} 仅限{allowed}使用；您的主办单位性质不能用它备案。",
    ),
    (
        "domain.suffix.restricted-wrong.fix",
        "File a domain with an unrestricted suffix such as .cn or .com.",
        "请备案一个不受限后缀的域名，例如 .cn 或 .com。",
    ),
    (
        "domain.registrar.title",
        "{domain}: registrar approved by MIIT",
        "{domain}：域名注册商已获工信部批准",
    ),
    (
        "domain.registrar.ask",
        "Where is {domain} registered?",
        "{domain} 在哪里注册？",
    ),
    (
        "domain.registrar.ask.fix",
        "Answer the registrar: Alibaba Cloud China site, Alibaba Cloud international site, another MIIT-approved registrar, or another registrar.",
        "请回答域名注册商：阿里云中国站、阿里云国际站、其他获工信部批准的注册商，或其他注册商。",
    ),
    (
        "domain.registrar.approved",
        "{domain} is registered at an MIIT-approved registrar.",
        "{domain} 在获工信部批准的注册商处注册。",
    ),
    (
        "domain.registrar.international",
        "{domain} is registered on the Alibaba Cloud international site (alibabacloud.com), which serves domains hosted outside the mainland; such domains cannot be filed.",
        "{domain} 注册在阿里云国际站（alibabacloud.com），国际站服务于中国内地以外托管的域名，此类域名无法备案。",
    ),
    (
        "domain.registrar.international.fix",
        "Transfer {domain} to the Alibaba Cloud China site (aliyun.com), or register it there, then verify its real name.",
        "请将 {domain} 转入阿里云中国站（aliyun.com），或在中国站注册，然后完成域名实名认证。",
    ),
    (
        "domain.registrar.unapproved",
        "{domain} is registered at a registrar that MIIT has not approved; it cannot be filed there.",
        "{domain} 注册在未获工信部批准的注册商处，无法备案。",
    ),
    (
        "domain.registrar.unapproved.fix",
        "Transfer {domain} to an MIIT-approved registrar (for example Alibaba Cloud's China site).",
        "请将 {domain} 转入获工信部批准的注册商（例如阿里云中国站）。",
    ),
    (
        "domain.registrar.unknown",
        "You do not know where {domain} is registered.",
        "您不知道 {domain} 在哪里注册。",
    ),
    (
        "domain.registrar.unknown.fix",
        "Look up the registrar with a WHOIS query or in your registrar account, then answer.",
        "请通过 WHOIS 查询或在注册商账号中查看注册商，然后回答。",
    ),
    (
        "domain.real-name.title",
        "{domain}: real-name verification complete",
        "{domain}：已完成实名认证",
    ),
    (
        "domain.real-name.ask",
        "Has the real-name verification of {domain} been completed?",
        "{domain} 是否已完成域名实名认证？",
    ),
    (
        "domain.real-name.ask.fix",
        "Answer yes, no or not sure.",
        "请回答：是、否或不确定。",
    ),
    (
        "domain.real-name.unsure",
        "You are not sure whether {domain} has completed real-name verification.",
        "您不确定 {domain} 是否已完成实名认证。",
    ),
    (
        "domain.real-name.unsure.fix",
        "Check the domain's real-name status in your registrar's console (Alibaba Cloud: Domains → real-name verification).",
        "请在注册商控制台查看域名的实名认证状态（阿里云：域名 → 实名认证）。",
    ),
    (
        "domain.real-name.yes",
        "{domain} has completed real-name verification.",
        "{domain} 已完成实名认证。",
    ),
    (
        "domain.real-name.no",
        "{domain} has not completed real-name verification.",
        "{domain} 尚未完成实名认证。",
    ),
    (
        "domain.real-name.no.fix",
        "Complete real-name verification of {domain} with the holder's certificate at your registrar; then wait {days} working days before you submit.",
        "请用域名持有者的证件在注册商处完成 {domain} 的实名认证，然后等待 {days} 个工作日再提交备案。",
    ),
    (
        "domain.real-name-delay.title",
        "{domain}: real-name data reached the bureau",
        "{domain}：实名信息已同步至管局",
    ),
    (
        "domain.real-name-delay.wait",
        "{domain} was verified on {verified}; the data takes {range} working days to reach the bureau.",
        "{domain} 于 {verified} 完成实名认证；实名信息同步到管局需要 {range} 个工作日。",
    ),
    (
        "domain.real-name-delay.wait.fix",
        "Submit on or after {from}.",
        "请在 {from} 当天或之后提交。",
    ),
    // who holds a domain, as {holder} in the sentences below
    ("holder.entity", "the entity itself", "主办单位本身"),
    ("holder.shareholder", "a shareholder", "股东"),
    ("holder.senior_executive", "a senior executive", "高管"),
    (
        "holder.person_in_charge",
        "the person in charge",
        "主体负责人",
    ),
    ("holder.other", "someone else", "其他人"),
    (
        "domain.holder.title",
        "{domain}: holder allowed",
        "{domain}：域名持有者符合要求",
    ),
    (
        "domain.holder.ask",
        "Who holds {domain}: the entity itself, a shareholder, a senior executive, the person in charge, or someone else?",
        "{domain} 的持有者是谁：主办单位本身、股东、高管、主体负责人，还是其他人？",
    ),
    (
        "domain.holder.ask.fix",
        "Look up the holder in the domain's real-name record and answer.",
        "请在域名实名信息中查看持有者，然后回答。",
    ),
    (
        "domain.holder.entity",
        "{domain} is held by the filing entity itself.",
        "{domain} 由备案主体本身持有。",
    ),
    (
        "domain.holder.individual-other",
        "{domain} is held by {holder}, but an individual must own the domains they file.",
        "{domain} 由{holder}持有，但个人备案的域名必须归本人所有。",
    ),
    (
        "domain.holder.individual-other.fix",
        "Transfer {domain} into your own name (and verify its real name), or have its holder file it.",
        "请将 {domain} 过户到您本人名下（并完成实名认证），或由其持有者备案。",
    ),
    (
        "domain.holder.other",
        "{domain} is held by someone who is not the organisation, a shareholder, a senior executive or the person in charge.",
        "{domain} 的持有者既不是单位本身，也不是股东、高管或主体负责人。",
    ),
    (
        "domain.holder.other.fix",
        "Transfer {domain} to the organisation (or one of those people) and redo the real-name verification.",
        "请将 {domain} 过户给单位（或上述人员之一），并重新完成实名认证。",
    ),
    (
        "domain.holder.kind-ask",
        "{domain} is held by {holder}: is that holder a person or an organisation?",
        "{domain} 由{holder}持有：该持有者是个人还是单位？",
    ),
    (
        "domain.holder.kind-ask.fix",
        "Answer whether the holder is a person or an organisation; some provinces then ask for a holder certificate.",
        "请回答持有者是个人还是单位；部分省份会因此要求提供域名注册人证明。",
    ),
    (
        "domain.holder.related",
        "{domain} is held by {holder}, which organisations may use.",
        "{domain} 由{holder}持有，单位备案可以使用。",
    ),
    (
        "domain.holder-match.title",
        "{domain}: real-name record matches the filing",
        "{domain}：实名信息与备案信息一致",
    ),
    (
        "domain.holder-match.ask",
        "Does the real-name record of {domain} show exactly the filing's name, certificate type and certificate number?",
        "{domain} 的实名信息中的名称、证件类型和证件号码是否与备案信息完全一致？",
    ),
    (
        "domain.holder-match.ask.fix",
        "Compare the domain's real-name record with the entity certificate, then answer.",
        "请将域名实名信息与主办单位证件核对，然后回答。",
    ),
    (
        "domain.holder-match.unsure",
        "You are not sure whether the real-name record of {domain} matches the filing.",
        "您不确定 {domain} 的实名信息是否与备案信息一致。",
    ),
    (
        "domain.holder-match.unsure.fix",
        "Open the domain's real-name record and compare name, certificate type and number with the filing, character for character.",
        "请打开域名实名信息，将名称、证件类型和号码与备案信息逐字核对。",
    ),
    (
        "domain.holder-match.yes",
        "The real-name record of {domain} matches the filing's name, certificate type and number.",
        "{domain} 的实名信息与备案的名称、证件类型和号码一致。",
    ),
    (
        "domain.holder-match.no",
        "The real-name record of {domain} differs from the filing; the bureau rejects such filings.",
        "{domain} 的实名信息与备案信息不一致；管局会驳回此类备案。",
    ),
    (
        "domain.holder-match.no.fix",
        "Change the domain's holder information at the registrar (and re-verify), or correct the filing's entity details, so name, certificate type and number are identical.",
        "请在注册商处修改域名持有者信息（并重新实名认证），或更正备案的主办单位信息，使名称、证件类型和号码完全一致。",
    ),
    (
        "domain.expiry.title",
        "{domain}: registration valid",
        "{domain}：域名在有效期内",
    ),
    (
        "domain.expiry.ask",
        "When does {domain} expire?",
        "{domain} 何时到期？",
    ),
    (
        "domain.expiry.ask.fix",
        "Enter the expiry date from your registrar (YYYY-MM-DD).",
        "请输入注册商显示的到期日期（YYYY-MM-DD）。",
    ),
    (
        "domain.expiry.expired",
        "{domain} expired on {expires}.",
        "{domain} 已于 {expires} 到期。",
    ),
    (
        "domain.expiry.expired.fix",
        "Renew {domain} at your registrar before you apply.",
        "提交备案前，请在注册商处为 {domain} 续费。",
    ),
    (
        "domain.expiry.need-months",
        "at least {n} full months",
        "至少 {n} 个整月",
    ),
    (
        "domain.expiry.need-days",
        "more than {n} days",
        "超过 {n} 天",
    ),
    (
        "domain.expiry.province-short",
        "{domain} expires on {expires}, full months left: {months}; {province} needs {need}.",
        "{domain} 将于 {expires} 到期，剩余整月数：{months}；{province}要求{need}。",
    ),
    (
        "domain.expiry.soon",
        "{domain} expires on {expires}, in less than {advised} full months; a filing takes weeks.",
        "{domain} 将于 {expires} 到期，剩余不足 {advised} 个整月；备案审核需要数周时间。",
    ),
    (
        "domain.expiry.soon.fix",
        "Renew {domain} before you apply so it stays valid through the review.",
        "提交备案前请为 {domain} 续费，使其在审核期间保持有效。",
    ),
    (
        "domain.expiry.done",
        "{domain} is valid until {expires} (full months left: {months}).",
        "{domain} 有效期至 {expires}（剩余整月数：{months}）。",
    ),
    // ── instance ────────────────────────────────────────────────────────────────────────────
    (
        "instance.product.title",
        "Supported Alibaba Cloud instance",
        "支持备案的阿里云实例",
    ),
    (
        "instance.product.ask",
        "You have not said which Alibaba Cloud product hosts the website.",
        "尚未说明网站托管在哪款阿里云产品上。",
    ),
    (
        "instance.product.ask.fix",
        "Choose the product: {products}.",
        "请选择产品：{products}。",
    ),
    (
        "instance.product.done",
        "The website is hosted on {product}.",
        "网站托管在{product}上。",
    ),
    (
        "instance.region.title",
        "Instance in Mainland China",
        "实例位于中国内地",
    ),
    (
        "instance.region.ask",
        "Is your {product} instance in a Mainland China region?",
        "您的{product}实例是否位于中国内地地域？",
    ),
    (
        "instance.region.ask.fix",
        "Check the instance's region in the console (for example cn-hangzhou or cn-shanghai are mainland; cn-hongkong is not) and answer.",
        "请在控制台查看实例所在地域（例如 cn-hangzhou、cn-shanghai 属于中国内地，cn-hongkong 不属于），然后回答。",
    ),
    (
        "instance.region.unsure",
        "You are not sure whether your {product} instance is in a Mainland China region.",
        "您不确定自己的{product}实例是否位于中国内地地域。",
    ),
    (
        "instance.region.unsure.fix",
        "Check the instance's region in the console: Hong Kong, overseas and international regions are not the mainland.",
        "请在控制台查看实例所在地域：中国香港、海外及国际地域都不属于中国内地。",
    ),
    (
        "instance.region.yes",
        "Your {product} instance is in Mainland China.",
        "您的{product}实例位于中国内地。",
    ),
    (
        "instance.region.no",
        "Your {product} instance is outside Mainland China; it cannot back an ICP filing (and a site hosted there needs none).",
        "您的{product}实例位于中国内地以外，不能用于ICP备案（托管在那里的网站也无需备案）。",
    ),
    (
        "instance.region.no.fix",
        "Buy an instance of {product} in a Mainland China region for the filing.",
        "请购买位于中国内地地域的{product}实例用于备案。",
    ),
    (
        "instance.billing.title",
        "Subscription billing",
        "包年包月计费",
    ),
    (
        "instance.billing.ask",
        "Is your {product} instance billed by subscription or pay-as-you-go?",
        "您的{product}实例是包年包月还是按量付费？",
    ),
    (
        "instance.billing.ask.fix",
        "Check the billing method in the console and answer.",
        "请在控制台查看计费方式，然后回答。",
    ),
    (
        "instance.billing.payg",
        "Pay-as-you-go instances cannot get service identification numbers.",
        "按量付费的实例无法申请备案服务号。",
    ),
    (
        "instance.billing.payg.fix",
        "Switch the instance to subscription (包年包月) billing, or buy a subscription instance.",
        "请将实例转为包年包月计费，或购买包年包月实例。",
    ),
    (
        "instance.billing.done",
        "The instance is billed by subscription.",
        "实例按包年包月计费。",
    ),
    (
        "instance.remaining-term.title",
        "At least {min} months of subscription left",
        "包年包月剩余时长不少于 {min} 个月",
    ),
    (
        "instance.remaining-term.ask",
        "When does your {product} subscription end?",
        "您的{product}何时到期？",
    ),
    (
        "instance.remaining-term.ask.fix",
        "Enter the end date of the paid period (YYYY-MM-DD) from the console.",
        "请输入控制台显示的付费期结束日期（YYYY-MM-DD）。",
    ),
    (
        "instance.remaining-term.expired",
        "Your {product} subscription ended on {expires}.",
        "您的{product}已于 {expires} 到期。",
    ),
    (
        "instance.remaining-term.short",
        "Your {product} subscription ends on {expires}: full months left {months}, required {min}.",
        "您的{product}将于 {expires} 到期：剩余整月数 {months}，要求 {min}。",
    ),
    (
        "instance.remaining-term.short.fix",
        "Renew the subscription so at least {min} full months remain before you apply.",
        "提交备案前请续费，使剩余时长不少于 {min} 个整月。",
    ),
    (
        "instance.remaining-term.done",
        "Your {product} subscription ends on {expires}: full months left {months}, required {min}.",
        "您的{product}将于 {expires} 到期：剩余整月数 {months}，要求 {min}。",
    ),
    (
        "instance.term.title",
        "Subscription of at least {min} months bought",
        "已购买不少于 {min} 个月的包年包月",
    ),
    (
        "instance.term.ask",
        "For how many months is your {product} subscription bought (including renewals)?",
        "您的{product}共购买了多少个月（含续费）？",
    ),
    (
        "instance.term.ask.fix",
        "Enter the subscription term in months.",
        "请输入购买时长（月数）。",
    ),
    (
        "instance.term.done",
        "Subscription bought for {product}: {bought} months (at least {min} required).",
        "{product}已购买时长：{bought} 个月（要求至少 {min} 个月）。",
    ),
    (
        "instance.term.short",
        "Subscription bought for {product}: {bought} months, but at least {min} are required.",
        "{product}已购买时长：{bought} 个月，但要求至少 {min} 个月。",
    ),
    (
        "instance.term.first-order-short",
        "The first order of {product} was for {bought} months; the first order must be at least {min} months.",
        "{product}首次订单购买了 {bought} 个月；首次订单须不少于 {min} 个月。",
    ),
    (
        "instance.term.short.fix",
        "Extend the subscription to at least {min} months (for Marketplace products, place a first order of at least {min} months).",
        "请将购买时长延长到至少 {min} 个月（云市场产品须首次下单至少 {min} 个月）。",
    ),
    (
        "instance.expiry.title",
        "Instance paid up",
        "实例在付费期内",
    ),
    (
        "instance.expiry.ask",
        "When does your {product} subscription end?",
        "您的{product}何时到期？",
    ),
    (
        "instance.expiry.ask.fix",
        "Enter the end date of the paid period (YYYY-MM-DD).",
        "请输入付费期结束日期（YYYY-MM-DD）。",
    ),
    (
        "instance.expiry.expired",
        "Your {product} subscription ended on {expires}.",
        "您的{product}已于 {expires} 到期。",
    ),
    (
        "instance.expiry.expired.fix",
        "Renew the subscription before you apply.",
        "提交备案前请续费。",
    ),
    (
        "instance.expiry.soon",
        "Your {product} subscription ends on {expires}: full months left {months}, fewer than the {min} bought terms require.",
        "您的{product}将于 {expires} 到期：剩余整月数 {months}，少于所购时长要求的 {min} 个月。",
    ),
    (
        "instance.expiry.soon.fix",
        "Renew it so the instance keeps running through the review; a filing whose instance lapses may be cancelled.",
        "请续费，使实例在审核期间持续运行；实例到期的备案可能会被注销。",
    ),
    (
        "instance.expiry.done",
        "Your {product} subscription runs until {expires}.",
        "您的{product}付费期至 {expires}。",
    ),
    (
        "instance.order-amount.title",
        "Order of at least RMB {min_rmb}",
        "订单金额不低于 {min_rmb} 元",
    ),
    (
        "instance.order-amount.ask",
        "What was the amount of your {product} order, in RMB?",
        "您的{product}订单金额是多少元？",
    ),
    (
        "instance.order-amount.ask.fix",
        "Enter the order amount from your Marketplace order.",
        "请输入云市场订单中的订单金额。",
    ),
    (
        "instance.order-amount.short",
        "Your order was RMB {amount}; at least RMB {min_rmb} is required.",
        "您的订单金额为 {amount} 元；要求不低于 {min_rmb} 元。",
    ),
    (
        "instance.order-amount.short.fix",
        "Place an order of at least RMB {min_rmb} (and at least {min} months).",
        "请下一个金额不低于 {min_rmb} 元（且时长不少于 {min} 个月）的订单。",
    ),
    (
        "instance.order-amount.done",
        "Your order was RMB {amount} (at least RMB {min_rmb} required).",
        "您的订单金额为 {amount} 元（要求不低于 {min_rmb} 元）。",
    ),
    (
        "instance.public-bandwidth.title",
        "Public bandwidth bought",
        "已购买公网带宽",
    ),
    (
        "instance.public-bandwidth.ask",
        "Does your ECS instance have public network bandwidth (a public IP)?",
        "您的 ECS 实例是否有公网带宽（公网 IP）？",
    ),
    (
        "instance.public-bandwidth.ask.fix",
        "Check the instance's public IP and bandwidth in the console, then answer.",
        "请在控制台查看实例的公网 IP 和带宽，然后回答。",
    ),
    (
        "instance.public-bandwidth.unsure",
        "You are not sure whether your ECS instance has public bandwidth.",
        "您不确定自己的 ECS 实例是否有公网带宽。",
    ),
    (
        "instance.public-bandwidth.unsure.fix",
        "An instance with a public IP address (or an attached EIP) has it; check the console.",
        "有公网 IP 地址（或绑定了弹性公网 IP）的实例就有公网带宽；请在控制台查看。",
    ),
    (
        "instance.public-bandwidth.yes",
        "Your ECS instance has public bandwidth.",
        "您的 ECS 实例有公网带宽。",
    ),
    (
        "instance.public-bandwidth.no",
        "Your ECS instance has no public bandwidth, so it cannot get a service identification number.",
        "您的 ECS 实例没有公网带宽，因此无法申请备案服务号。",
    ),
    (
        "instance.public-bandwidth.no.fix",
        "Buy public bandwidth for the instance (change its configuration) or attach an EIP.",
        "请为实例购买公网带宽（变更配置）或绑定弹性公网 IP（EIP）。",
    ),
    (
        "instance.quota.title",
        "Service identification numbers left",
        "仍有可用的备案服务号",
    ),
    ("instance.quota.per-instance", "per instance", "每个实例"),
    (
        "instance.quota.per-account",
        "per Alibaba Cloud account",
        "每个阿里云账号",
    ),
    (
        "instance.quota.ask",
        "How many service identification numbers of this {product} have been used already? It gives {quota} {scope}.",
        "这个{product}已经用了多少个备案服务号？它{scope}提供 {quota} 个。",
    ),
    (
        "instance.quota.ask.fix",
        "Count the numbers already used (0 for a new instance) and answer.",
        "请统计已使用的数量（新实例为 0），然后回答。",
    ),
    (
        "instance.quota.exceeded",
        "{product} gives {quota} service identification numbers {scope}: {used} used, {left} left, but websites in this filing: {sites}.",
        "{product}{scope}提供 {quota} 个备案服务号：已用 {used} 个，剩余 {left} 个，但本次备案的网站有 {sites} 个。",
    ),
    (
        "instance.quota.exceeded.fix",
        "Buy a new instance (renewing does not raise the quota), or file fewer websites.",
        "请购买新实例（续费不会增加备案服务号数量），或减少本次备案的网站。",
    ),
    (
        "instance.quota.done",
        "{product} gives {quota} service identification numbers {scope}: {used} used, {left} left; websites in this filing: {sites}.",
        "{product}{scope}提供 {quota} 个备案服务号：已用 {used} 个，剩余 {left} 个；本次备案的网站有 {sites} 个。",
    ),
    // ── materials ───────────────────────────────────────────────────────────────────────────
    ("materials.ready", "Ready.", "已准备好。"),
    (
        "materials.prepare.fix",
        "Prepare it as a colour scan or photo of the original, then mark it ready.",
        "请准备原件的彩色扫描件或照片，然后标记为已准备。",
    ),
    (
        "materials.maybe.fix",
        "Check your province's rules; prepare it if they ask for it.",
        "请查看备案省份的规则；如有要求，请准备此材料。",
    ),
    (
        "materials.role.leader",
        "the person in charge",
        "主体负责人",
    ),
    (
        "materials.role.admin",
        "the website administrator",
        "网站负责人",
    ),
    (
        "materials.role.entity",
        "the entity certificate",
        "主办单位证件",
    ),
    (
        "materials.individual-once.detail",
        "For an individual this is your own identity document, the same as the person in charge's, uploaded once.",
        "个人备案时，这就是您本人的身份证件，与主体负责人证件相同，只需上传一次。",
    ),
    (
        "materials.person.ask",
        "Details of {role} are missing: residency, document type and number.",
        "缺少{role}的信息：居住地、证件类型和证件号码。",
    ),
    (
        "materials.person.ask.fix",
        "Enter {role}'s residency, document type and number.",
        "请填写{role}的居住地、证件类型和证件号码。",
    ),
    (
        "materials.person.missing",
        "For {role}, these answers are missing: {fields}.",
        "{role}还缺少以下回答：{fields}。",
    ),
    (
        "materials.number.invalid",
        "The number of {role}'s document cannot be right: {problem}",
        "{role}的证件号码不可能正确：{problem}",
    ),
    (
        "materials.number.invalid.fix",
        "Copy the number again from the document itself.",
        "请从证件原件上重新抄录号码。",
    ),
    // the answers about a person, as listed in {fields} (English: the session file's field names)
    ("materials.field.residency", "residency", "居住地"),
    ("materials.field.document", "document", "证件类型"),
    ("materials.field.number", "number", "证件号码"),
    (
        "materials.field.is_legal_representative",
        "is_legal_representative",
        "是否为法定代表人",
    ),
    (
        "materials.basic.why",
        "{material}: needed for {role}.",
        "{material}：{role}所需。",
    ),
    ("residency.mainland", "Mainland China", "中国内地"),
    ("residency.hong_kong", "Hong Kong", "中国香港"),
    ("residency.macao", "Macao", "中国澳门"),
    ("residency.taiwan", "Taiwan", "中国台湾"),
    (
        "residency.foreign",
        "Other country (foreign national)",
        "其他国家（外国人）",
    ),
    (
        "materials.document.wrong",
        "{role}'s residency is {residency}: they file with {allowed}, not {document}.",
        "{role}的居住地为{residency}，应使用{allowed}备案，而不是{document}。",
    ),
    (
        "materials.document.wrong.fix",
        "Use {allowed}.",
        "请使用{allowed}。",
    ),
    (
        "materials.document.permit-only",
        "{role} uses {document}, but {rule}",
        "{role}使用的是{document}，但{rule}",
    ),
    (
        "materials.document.permit-only.fix",
        "Apply for and use the Residence Permit for Hong Kong and Macao Residents (港澳居民居住证).",
        "请申领并使用港澳居民居住证。",
    ),
    (
        "materials.validity.expired",
        "{role}'s document expired on {until}.",
        "{role}的证件已于 {until} 过期。",
    ),
    (
        "materials.validity.expired.fix",
        "Renew the document and use the new one.",
        "请换领证件并使用新证件。",
    ),
    (
        "materials.validity.short",
        "{role}'s document is valid until {until} (full months left: {months}); {rule}",
        "{role}的证件有效期至 {until}（剩余整月数：{months}）；{rule}",
    ),
    (
        "materials.entity.ask",
        "The entity certificate's type and number are missing.",
        "缺少主办单位证件的类型和号码。",
    ),
    (
        "materials.entity.ask-type",
        "The entity certificate's type is missing.",
        "缺少主办单位证件的类型。",
    ),
    (
        "materials.entity.ask-number",
        "The entity certificate's number is missing.",
        "缺少主办单位证件的号码。",
    ),
    (
        "materials.entity.ask.fix",
        "Enter the certificate type (for example business licence) and its number.",
        "请填写证件类型（例如营业执照）和证件号码。",
    ),
    (
        "materials.entity.why",
        "The organisation's own certificate (business licence or other registration certificate).",
        "单位本身的证件（营业执照或其他登记证书）。",
    ),
    (
        "materials.entity.personal",
        "An organisation files with its own certificate, not a personal identity document.",
        "单位应使用本单位的证件备案，而不是个人身份证件。",
    ),
    (
        "materials.entity.personal.fix",
        "Choose the organisation's certificate type (business licence, organisation code, …).",
        "请选择单位证件类型（营业执照、组织机构代码证等）。",
    ),
    (
        "materials.face-photo.why",
        "Some provinces ask individuals for a photo of the website administrator holding the identity document.",
        "部分省份要求个人提供网站负责人手持身份证件的照片。",
    ),
    (
        "materials.face-photo-org.why",
        "Some provinces ask organisations for a photo of the website administrator holding the organisation's certificate.",
        "部分省份要求单位提供网站负责人手持单位证件的照片。",
    ),
    (
        "materials.change.why",
        "The entity's certificate changed, so a certificate of change from the issuing authority is required.",
        "主办单位证件发生过变更，需要提供发证机关出具的变更证明。",
    ),
    (
        "materials.authorization.province",
        "The person in charge or the website administrator is not the legal representative: {province} requires a letter of authorization. {rule}",
        "主体负责人或网站负责人不是法定代表人：{province}要求提供授权书。{rule}",
    ),
    (
        "materials.authorization.some",
        "The person in charge or the website administrator is not the legal representative; some provinces then require a letter of authorization.",
        "主体负责人或网站负责人不是法定代表人；部分省份因此要求提供授权书。",
    ),
    (
        "materials.holder-certificate.some",
        "{domains} is held by a person; provinces that want domains under the organisation's name ask for a domain name holder certificate.",
        "{domains} 由个人持有；要求域名在单位名下的省份会要求提供域名注册人证明。",
    ),
    (
        "materials.beijing.ask",
        "In Beijing, can every domain be listed in the authenticity statement? If not, the Beijing domain confirmation sheet is needed.",
        "在北京备案时，所有域名能否都填写在真实性核验单中？如果不能，需要提供北京备案域名确认书。",
    ),
    (
        "materials.beijing.ask.fix",
        "Answer whether all your domains fit in the authenticity statement.",
        "请回答所有域名是否都能填写在真实性核验单中。",
    ),
    (
        "materials.beijing.why",
        "Not every domain fits in the authenticity statement, so {province} requires the domain name confirmation listing them all.",
        "真实性核验单填不下所有域名，因此{province}要求提供列出全部域名的备案域名确认书。",
    ),
    (
        "materials.finance.ask",
        "Does the website carry information about the financial industry? {province} then requires a commitment letter.",
        "网站是否涉及金融行业信息？如涉及，{province}要求提供承诺书。",
    ),
    (
        "materials.finance.ask.fix",
        "Answer whether the site has finance-related content.",
        "请回答网站是否有金融相关内容。",
    ),
    (
        "materials.finance.why",
        "The website carries finance-related information, so {province} requires the commitment letter for finance-related websites.",
        "网站涉及金融相关信息，因此{province}要求提供金融类网站承诺书。",
    ),
    (
        "materials.construction-plan.why",
        "The filing has {count} domains (more than {limit}), so {province} requires a website construction plan besides the authenticity statement.",
        "本次备案有 {count} 个域名（超过 {limit} 个），因此{province}要求在真实性核验单之外提供网站建设方案书。",
    ),
    (
        "materials.domain-certificate.province",
        "{province} asks for domain name certificates: {rule}",
        "{province}要求提供域名证书：{rule}",
    ),
    (
        "materials.domain-certificate.some",
        "Some provinces ask for a domain name certificate for each domain.",
        "部分省份要求为每个域名提供域名证书。",
    ),
    (
        "materials.residence-permit.why",
        "Your ID is domiciled in {domicile}, so {province} requires your residence permit.",
        "您的身份证户籍所在地为{domicile}，因此{province}要求提供您的居住证。",
    ),
    (
        "materials.residence-permit.missing",
        "Your ID is domiciled in {domicile} and you hold no {province} residence permit, which {province} requires.",
        "您的身份证户籍所在地为{domicile}，且未持有{province}要求的{province}居住证。",
    ),
    (
        "materials.residence-permit.missing.fix",
        "Obtain a {province} residence permit, or file in {domicile}.",
        "请办理{province}居住证，或改在{domicile}备案。",
    ),
    (
        "materials.superior.why",
        "{province} requires public institutions and government agencies to provide a certificate of authorization from their upper-level authority.",
        "{province}要求事业单位和政府机关提供上级主管单位出具的授权证明。",
    ),
    (
        "materials.upload-format.title",
        "Upload colour scans or photos",
        "上传彩色扫描件或照片",
    ),
    (
        "materials.upload-format.detail",
        "Upload photos or scanned colour copies of the original materials, clear and complete; Alibaba has them captured in its app with face recognition.",
        "请上传原件的照片或彩色扫描件，须清晰完整；阿里云会在其 App 中通过人脸识别采集。",
    ),
    (
        "materials.upload-format.fix",
        "Have the originals at hand when you open the order; no black-and-white copies, no photos of screens.",
        "下单时请将原件准备在手边；不接受黑白复印件，也不接受翻拍屏幕的照片。",
    ),
    (
        "materials.splicing.title",
        "Auxiliary material without its own upload slot",
        "没有单独上传位置的辅助材料",
    ),
    (
        "materials.splicing.detail",
        "If no separate upload button is offered for an auxiliary material, splice its photo together with the entity's certificate into one image and upload that.",
        "如果某项辅助材料没有单独的上传按钮，请将其照片与主办单位证件拼接成一张图片后上传。",
    ),
    (
        "materials.splicing.fix",
        "Use an image tool to combine the two photos into one image before uploading.",
        "上传前请用图片工具将两张照片合成一张。",
    ),
    (
        "materials.certificate-changed.title",
        "Certificate changes answered",
        "已回答证件是否变更",
    ),
    (
        "materials.certificate-changed.ask",
        "Has the entity's certificate changed (for example a new business licence with a new number)?",
        "主办单位证件是否发生过变更（例如换发了号码不同的新营业执照）？",
    ),
    (
        "materials.certificate-changed.unsure",
        "You are not sure whether the entity's certificate changed.",
        "您不确定主办单位证件是否发生过变更。",
    ),
    (
        "materials.certificate-changed.ask.fix",
        "Compare the certificate with earlier registrations (for example at the registrar) and answer.",
        "请将证件与以前的登记信息（例如注册商处的信息）核对，然后回答。",
    ),
    (
        "materials.prepared.title",
        "Materials marked ready",
        "已标记准备好的材料",
    ),
    (
        "materials.prepared.ask",
        "You have not said which materials are ready.",
        "您尚未说明哪些材料已准备好。",
    ),
    (
        "materials.prepared.ask.fix",
        "Mark each material you have as a colour scan or photo.",
        "请标记每份已备好彩色扫描件或照片的材料。",
    ),
    // ── account ─────────────────────────────────────────────────────────────────────────────
    (
        "account.exists.title",
        "Alibaba Cloud account registered",
        "已注册阿里云账号",
    ),
    (
        "account.exists.ask",
        "Do you have an Alibaba Cloud account?",
        "您是否有阿里云账号？",
    ),
    (
        "account.exists.ask.fix",
        "Answer yes, no or not sure.",
        "请回答：是、否或不确定。",
    ),
    (
        "account.exists.unsure",
        "You are not sure whether you have an Alibaba Cloud account.",
        "您不确定自己是否有阿里云账号。",
    ),
    (
        "account.exists.unsure.fix",
        "Try to sign in at aliyun.com; register if you have none.",
        "请尝试登录 aliyun.com；如果没有账号，请注册一个。",
    ),
    (
        "account.exists.yes",
        "You have an Alibaba Cloud account.",
        "您有阿里云账号。",
    ),
    (
        "account.exists.no",
        "You have no Alibaba Cloud account yet; you need one before you apply.",
        "您还没有阿里云账号；提交备案前需要先注册。",
    ),
    (
        "account.exists.no.fix",
        "Register an account on the Alibaba Cloud China site (aliyun.com).",
        "请在阿里云中国站（aliyun.com）注册账号。",
    ),
    (
        "account.site.title",
        "China-site account (aliyun.com)",
        "阿里云中国站账号（aliyun.com）",
    ),
    (
        "account.site.ask",
        "Is your account on the China site (aliyun.com) or the international site (alibabacloud.com)?",
        "您的账号属于中国站（aliyun.com）还是国际站（alibabacloud.com）？",
    ),
    (
        "account.site.ask.fix",
        "Check where you sign in and answer.",
        "请查看您在哪个站点登录，然后回答。",
    ),
    (
        "account.site.china",
        "Your account is on the China site (aliyun.com).",
        "您的账号属于中国站（aliyun.com）。",
    ),
    (
        "account.site.international",
        "Your account is on the international site (alibabacloud.com), which does not accept filing applications.",
        "您的账号属于国际站（alibabacloud.com），国际站不受理备案申请。",
    ),
    (
        "account.site.international.fix",
        "Register a China-site account (aliyun.com) and file from it.",
        "请注册阿里云中国站账号（aliyun.com），并用它提交备案。",
    ),
    (
        "account.real-name.title",
        "Account real-name verified",
        "账号已完成实名认证",
    ),
    (
        "account.real-name.ask",
        "Has your Alibaba Cloud account completed real-name verification?",
        "您的阿里云账号是否已完成实名认证？",
    ),
    (
        "account.real-name.ask.fix",
        "Answer yes, no or not sure.",
        "请回答：是、否或不确定。",
    ),
    (
        "account.real-name.unsure",
        "You are not sure whether your account completed real-name verification.",
        "您不确定自己的账号是否已完成实名认证。",
    ),
    (
        "account.real-name.unsure.fix",
        "Check the account's real-name status in the console.",
        "请在控制台查看账号的实名认证状态。",
    ),
    (
        "account.real-name.yes",
        "Your account has completed real-name verification.",
        "您的账号已完成实名认证。",
    ),
    (
        "account.real-name.no",
        "Your account has not completed real-name verification.",
        "您的账号尚未完成实名认证。",
    ),
    (
        "account.real-name.no.fix",
        "Complete real-name verification in the Alibaba Cloud console.",
        "请在阿里云控制台完成实名认证。",
    ),
    (
        "account.one-entity.title",
        "Account free for this entity",
        "账号未备案其他主体",
    ),
    (
        "account.one-entity.ask",
        "Does this account already carry a filing for a different entity?",
        "这个账号是否已经有其他主体的备案？",
    ),
    (
        "account.one-entity.ask.fix",
        "Answer yes, no or not sure.",
        "请回答：是、否或不确定。",
    ),
    (
        "account.one-entity.unsure",
        "You are not sure whether this account already carries a filing for another entity.",
        "您不确定这个账号是否已经有其他主体的备案。",
    ),
    (
        "account.one-entity.unsure.fix",
        "Check the ICP Filing system (beian.aliyun.com) for existing filings of this account.",
        "请在阿里云ICP代备案管理系统（beian.aliyun.com）查看该账号已有的备案。",
    ),
    (
        "account.one-entity.no",
        "The account carries no other entity's filing.",
        "该账号没有其他主体的备案。",
    ),
    (
        "account.one-entity.yes",
        "This account already carries a filing for another entity; one account may hold only one.",
        "该账号已经有其他主体的备案；一个账号只能备案一个主体。",
    ),
    (
        "account.one-entity.yes.fix",
        "File from a separate Alibaba Cloud account for this entity.",
        "请为这个主体使用另一个阿里云账号提交备案。",
    ),
    // ── pre-approval ────────────────────────────────────────────────────────────────────────
    (
        "preapproval.industries.title",
        "Special industries answered",
        "已回答是否涉及特殊行业",
    ),
    (
        "preapproval.industries.ask",
        "Does the website involve a special industry (news, publishing, medicine, medical devices, culture, radio/film/TV, finance, religion, …)?",
        "网站是否涉及特殊行业（新闻、出版、药品、医疗器械、文化、广播电影电视、金融、宗教等）？",
    ),
    (
        "preapproval.industries.ask.fix",
        "Choose the industries the site's content involves, or none.",
        "请选择网站内容涉及的行业，或选择“无”。",
    ),
    (
        "preapproval.industries.none",
        "The website involves no industry that needs pre-approval.",
        "网站不涉及需要前置审批的行业。",
    ),
    (
        "preapproval.industries.some",
        "The website involves: {industries}.",
        "网站涉及：{industries}。",
    ),
    (
        "preapproval.unconfirmed",
        "the competent authority (not confirmed here)",
        "主管部门（本工具未能确认）",
    ),
    (
        "preapproval.no-document",
        "the approval document",
        "审批文件",
    ),
    (
        "preapproval.industry.title",
        "Pre-approval: {industry}",
        "前置审批：{industry}",
    ),
    (
        "preapproval.industry.ready",
        "You hold the {industry} approval: {document}.",
        "您已取得{industry}前置审批：{document}。",
    ),
    (
        "preapproval.industry.missing",
        "{industry} content needs pre-approval before filing: {document} from {body}.",
        "{industry}类内容须在备案前取得前置审批：由{body}核发的{document}。",
    ),
    (
        "preapproval.industry.missing.fix",
        "Obtain {document} from {body} before you apply, or remove {industry} content from the site.",
        "提交备案前请向{body}申领{document}，或从网站上删除{industry}类内容。",
    ),
    (
        "preapproval.industry.ask",
        "Do you already hold the {industry} approval ({document})?",
        "您是否已取得{industry}前置审批（{document}）？",
    ),
    (
        "preapproval.industry.ask.fix",
        "Answer which approvals you have in hand.",
        "请回答已取得哪些审批。",
    ),
    (
        "preapproval.industry.abolished",
        "The {industry} pre-approval was abolished (outside a few provinces, per a 2017 table).",
        "{industry}前置审批已取消（根据 2017 年的一份表格，少数省份除外）。",
    ),
    (
        "preapproval.industry.abolished.fix",
        "Check with your provincial bureau whether a commitment letter (不涉及前置审批承诺书) is asked instead.",
        "请向备案省份的管局确认是否改为要求提交《不涉及前置审批承诺书》。",
    ),
    (
        "preapproval.industry.unconfirmed-industry",
        "Whether {industry} needs pre-approval, and from whom, is not confirmed: {body}.",
        "{industry}是否需要前置审批、由哪个部门审批，尚未确认：{body}。",
    ),
    (
        "preapproval.industry.unconfirmed-industry.fix",
        "Check with your provincial bureau which approval {industry} content needs.",
        "请向备案省份的管局确认{industry}类内容需要哪项审批。",
    ),
    // ── province rules: conflicts, notes, issue-11 kinds ────────────────────────────────────
    ("label.checked", "checked {date}", "核查于 {date}"),
    (
        "province.conflict.detail",
        "Current sources disagree on this rule, so it cannot be decided here.",
        "现行资料对此规则说法不一，本工具无法替您判断。",
    ),
    (
        "province.conflict.reading",
        "• {status}: {reading} (source: {source}, {checked})",
        "• {status}：{reading}（来源：{source}，{checked}）",
    ),
    (
        "province.conflict.reading-quoted",
        "• {status}: {reading} “{rule}” (source: {source}, {checked})",
        "• {status}：{reading}“{rule}”（来源：{source}，{checked}）",
    ),
    (
        "province.conflict.status.done",
        "By one reading you meet it",
        "按一种说法，您符合要求",
    ),
    (
        "province.conflict.status.todo",
        "By one reading you still have work to do",
        "按一种说法，您还有待办事项",
    ),
    (
        "province.conflict.status.blocked",
        "By one reading it blocks the filing",
        "按一种说法，备案会受阻",
    ),
    (
        "province.conflict.status.info",
        "By one reading it is only guidance",
        "按一种说法，这只是参考信息",
    ),
    (
        "province.conflict.fix",
        "Ask the {province} bureau (or Alibaba's pre-check of your filing) which applies.",
        "请向{province}管局（或在阿里云备案初审时）确认以哪种说法为准。",
    ),
    (
        "regulations.cross-province.extra",
        "Bring as well: {extra}.",
        "还须提供：{extra}。",
    ),
    (
        "regulations.cross-province.unknown",
        "Your ID is domiciled in {domicile}, not {province}. No current source says whether {province} accepts individuals from other provinces.",
        "您的身份证户籍所在地为{domicile}，不在{province}。现行资料未说明{province}是否受理外省个人备案。",
    ),
    (
        "regulations.cross-province.unknown.fix",
        "Ask the {province} bureau (or Alibaba's pre-check) whether it accepts you, and with which documents; or file in {domicile}.",
        "请向{province}管局（或阿里云备案初审）确认是否受理以及需要哪些材料；或改在{domicile}备案。",
    ),
    (
        "materials.residence-permit.why-plus",
        "Your ID is domiciled in {domicile}, so {province} requires your residence permit, and also: {extra}.",
        "您的身份证户籍所在地为{domicile}，因此{province}要求提供您的居住证，另须提供：{extra}。",
    ),
    (
        "materials.province.why",
        "{province} requires it: {rule}",
        "{province}要求提供：{rule}",
    ),
    (
        "regulations.legal-representative.letter",
        "The person in charge is not the legal representative; {province} accepts that with a letter of authorization from the legal representative.",
        "主体负责人不是法定代表人；{province}接受由法定代表人出具授权书的方式。",
    ),
    (
        "regulations.legal-representative.letter.fix",
        "Prepare the legal representative's letter of authorization (授权书), or name the legal representative as the person in charge.",
        "请准备法定代表人出具的授权书，或将法定代表人填写为主体负责人。",
    ),
    (
        "regulations.legal-representative.yes.fix",
        "Nothing to do.",
        "无需处理。",
    ),
    (
        "materials.authorization.legal-rep",
        "The person in charge is not the legal representative: {province} asks for the legal representative's letter of authorization.",
        "主体负责人不是法定代表人：{province}要求提供法定代表人出具的授权书。",
    ),
    (
        "regulations.min-age.proof",
        "The person in charge is {age}; {province} accepts applicants under {years} only with proof.",
        "主体负责人{age}岁；{province}只在提供证明材料时受理未满{years}岁的申请人。",
    ),
    (
        "regulations.min-age.proof.fix",
        "Prepare the proof {province} names (for example, of employment or income), or name someone aged {years} or over.",
        "请准备{province}要求的证明（例如工作或收入证明），或由年满{years}岁的人担任主体负责人。",
    ),
    (
        "materials.min-age.why",
        "The person in charge is {age}, under {years}: {province} asks for this proof.",
        "主体负责人{age}岁，未满{years}岁：{province}要求提供此证明。",
    ),
    (
        "regulations.residency-refused.title",
        "{province} accepts your residency",
        "{province}受理您的居民身份",
    ),
    (
        "regulations.residency-refused",
        "{province} does not accept individual filings from residents of {residency}.",
        "{province}不受理{residency}居民的个人备案。",
    ),
    (
        "regulations.residency-refused.fix",
        "File in a province that accepts you, or as an organisation.",
        "请改在受理您的省份备案，或以单位名义备案。",
    ),
    (
        "regulations.province-notes.title",
        "{province}: further rules to check ({count})",
        "{province}：其他需核实的规则（{count} 条）",
    ),
    (
        "regulations.province-notes.line",
        "• {rule} (source: {source}, {checked})",
        "• {rule}（来源：{source}，{checked}）",
    ),
    (
        "regulations.province-notes.older",
        "{kind} (older or third-party source): {rule}",
        "{kind}（较早或第三方资料）：{rule}",
    ),
    (
        "regulations.province-rule.cross_province",
        "{province}: individuals from other provinces",
        "{province}：外省个人备案",
    ),
    (
        "regulations.province-rule.domain_holder",
        "{province}: who may hold the domain",
        "{province}：域名持有者要求",
    ),
    (
        "regulations.province-rule.required_material",
        "{province}: extra document",
        "{province}：额外材料",
    ),
    (
        "regulations.province-rule.residency_refused",
        "{province}: residencies not accepted",
        "{province}：不受理的居民身份",
    ),
    (
        "regulations.province-rule.filing_cap",
        "{province}: limit per filing",
        "{province}：每次备案的数量限制",
    ),
    (
        "materials.construction-plan.why-prefixes",
        "The filing has {count} different domain prefixes (more than {limit}), so {province} requires a website construction plan besides the authenticity statement.",
        "本次备案有 {count} 个不同的域名前缀（超过 {limit} 个），因此{province}要求在真实性核验单之外提供网站建设方案书。",
    ),
    (
        "domain.filing-cap.websites.title",
        "{province}: websites per filing",
        "{province}：每次备案的网站数量",
    ),
    (
        "domain.filing-cap.domains.title",
        "{province}: domains per filing",
        "{province}：每次备案的域名数量",
    ),
    (
        "domain.filing-cap.per-website.title",
        "{province}: domains per website",
        "{province}：每个网站的域名数量",
    ),
    (
        "domain.filing-cap.websites.over",
        "This filing has {count} websites; {province} takes at most {limit} per filing.",
        "本次备案有 {count} 个网站；{province}每次最多受理 {limit} 个。",
    ),
    (
        "domain.filing-cap.websites.done",
        "This filing has {count} websites; {province} takes up to {limit}.",
        "本次备案有 {count} 个网站；{province}最多受理 {limit} 个。",
    ),
    (
        "domain.filing-cap.domains.over",
        "This filing has {count} domains; {province} takes at most {limit} per filing.",
        "本次备案有 {count} 个域名；{province}每次最多受理 {limit} 个。",
    ),
    (
        "domain.filing-cap.domains.done",
        "This filing has {count} domains; {province} takes up to {limit}.",
        "本次备案有 {count} 个域名；{province}最多受理 {limit} 个。",
    ),
    (
        "domain.filing-cap.per-website.over",
        "One website has {count} domains ({domains}); {province} takes at most {limit} per website.",
        "一个网站有 {count} 个域名（{domains}）；{province}每个网站最多 {limit} 个。",
    ),
    (
        "domain.filing-cap.per-website.done",
        "No website has more than {limit} domains, as {province} requires.",
        "每个网站的域名均不超过 {limit} 个，符合{province}的要求。",
    ),
    (
        "domain.filing-cap.fix",
        "Split the filing: file the rest in a later submission, or give each domain its own website.",
        "请拆分备案：其余部分在之后另行提交，或为每个域名单独设立网站。",
    ),
    (
        "domain.one-domain-per-website.title",
        "One domain per website",
        "每个网站一个域名",
    ),
    (
        "domain.one-domain-per-website.shared",
        "Several domains share one website ({websites}). Alibaba's 2019 rule says each website files one domain since {since}; no current Alibaba page confirms it.",
        "多个域名共用一个网站（{websites}）。阿里云 2019 年的规则称自 {since} 起每个网站只能备案一个域名；目前没有阿里云现行页面确认。",
    ),
    (
        "domain.one-domain-per-website.shared.fix",
        "Ask Alibaba's pre-check whether these domains may share one website, or give each domain its own website.",
        "请在阿里云备案初审时确认这些域名能否共用一个网站，或为每个域名单独设立网站。",
    ),
    (
        "domain.holder.province-ok",
        "{domain} is held by the {holder}, which {province} accepts ({allowed}).",
        "{domain} 由{holder}持有，{province}认可（{allowed}）。",
    ),
    (
        "domain.holder.province-cure",
        "{domain} is held by the {holder}; {province} accepts only {allowed}, or this holder with a domain name holder certificate.",
        "{domain} 由{holder}持有；{province}只认可{allowed}，或由该持有者提供域名注册人证明。",
    ),
    (
        "domain.holder.province-cure.fix",
        "Prepare the domain name holder certificate, or transfer the domain to the organisation.",
        "请准备域名注册人证明，或将域名过户到单位名下。",
    ),
    (
        "domain.holder.province-no",
        "{domain} is held by the {holder}, but {province} accepts only {allowed}.",
        "{domain} 由{holder}持有，但{province}只认可{allowed}。",
    ),
    (
        "domain.holder.province-no.fix",
        "Transfer the domain to the organisation (or another holder {province} accepts) before you file.",
        "请在备案前将域名过户到单位（或{province}认可的其他持有者）名下。",
    ),
    (
        "materials.holder-certificate.cure",
        "{domain} is held by the {holder}: {province} asks for the domain name holder certificate.",
        "{domain} 由{holder}持有：{province}要求提供域名注册人证明。",
    ),
    (
        "materials.upload-limits.title",
        "Image format and size",
        "上传图片的格式与大小",
    ),
    (
        "materials.upload-limits.fix",
        "Convert or compress images that do not fit before you open the order.",
        "请在提交订单前转换或压缩不符合要求的图片。",
    ),
];

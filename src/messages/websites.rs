//! Checklist text for the filing type and the websites (names, features, remarks, ICP numbers).

use super::Row;

pub const WEBSITES: &[Row] = &[
    // ── filing type ─────────────────────────────────────────────────────────────────────────
    ("filing.type.title", "Kind of filing", "备案类型"),
    (
        "filing.type.first_filing",
        "first filing (首次备案): neither the entity nor the site was ever filed",
        "首次备案：主体和网站都从未备案",
    ),
    (
        "filing.type.new_website",
        "new website (新增网站): the entity already has an ICP number and adds a site",
        "新增网站：主体已有ICP备案号，新增一个网站",
    ),
    (
        "filing.type.new_access",
        "new access (新增接入): the site is filed elsewhere and moves to Alibaba Cloud",
        "新增接入：网站已在其他接入商处备案，现接入阿里云",
    ),
    ("filing.type.done", "This is a {type}.", "本次为{type}。"),
    (
        "filing.type.assumed",
        "You have not said which kind of filing this is; the checklist treats it as a first filing (首次备案).",
        "您尚未说明备案类型；清单按首次备案处理。",
    ),
    (
        "filing.type.assumed.fix",
        "If the entity already has an ICP number (a new website) or the site is filed with another provider (new access), say so: the checklist then asks for the existing numbers.",
        "如果主体已有ICP备案号（新增网站），或网站已在其他接入商处备案（新增接入），请注明：清单会随之要求填写已有的备案号。",
    ),
    (
        "filing.not-reachable.title",
        "Site closed until the filing is approved",
        "备案通过前网站不开放访问",
    ),
    (
        "filing.not-reachable.detail",
        "A site being filed for the first time must not be reachable before it has its ICP number; bureaus send back filings whose site is already open.",
        "首次备案的网站在取得备案号之前不得开放访问；网站已开放的备案申请会被管局驳回。",
    ),
    (
        "filing.not-reachable.fix",
        "Pause the domain's DNS resolution, or keep the server closed, until the filing is approved.",
        "在备案通过前，请暂停域名解析或关闭网站。",
    ),
    (
        "filing.filed-sites-open.title",
        "Already-filed sites reachable and showing their number",
        "已备案网站正常访问并展示备案号",
    ),
    (
        "filing.filed-sites-open.detail",
        "The sites the entity has already filed must be reachable, match what the entity is, and show their ICP number at the bottom of the page linked to beian.miit.gov.cn.",
        "主体已备案的网站必须能正常访问、内容与主体性质相符，并在页面底部展示备案号且链接到 beian.miit.gov.cn。",
    ),
    (
        "filing.filed-sites-open.fix",
        "Open each filed site and check its footer before you apply; fix or cancel a site that is down.",
        "申请前请逐一打开已备案的网站并检查页面底部；无法访问的网站请先修复或注销。",
    ),
    (
        "filing.domains-verified.title",
        "Which domains are verified",
        "核验哪些域名",
    ),
    (
        "filing.domains-verified.first_filing",
        "A first filing verifies every domain in it: suffix, registrar, real-name record and holder.",
        "首次备案会核验其中的全部域名：后缀、注册商、实名认证和持有者。",
    ),
    (
        "filing.domains-verified.new_website",
        "A new website verifies only the domains it adds; list only those here.",
        "新增网站只核验新增的域名；这里只需填写这些域名。",
    ),
    (
        "filing.domains-verified.new_access",
        "New access does not verify the domains again, but they must still be registered, real-name verified and unexpired.",
        "新增接入不会重新核验域名，但域名仍须在注册有效期内并已完成实名认证。",
    ),
    (
        "filing.entity-icp-number.title",
        "The entity's ICP number",
        "主体备案号",
    ),
    (
        "filing.entity-icp-number.ask",
        "A new website or new access is filed under the entity's existing ICP number, which is missing.",
        "新增网站或新增接入要在主体已有的ICP备案号下办理，但尚未填写该备案号。",
    ),
    (
        "filing.entity-icp-number.ask.fix",
        "Enter the entity's number as shown at beian.miit.gov.cn, e.g. 粤ICP备12345678号.",
        "请按 beian.miit.gov.cn 上显示的号码填写主体备案号，例如 粤ICP备12345678号。",
    ),
    (
        "filing.entity-icp-number.done",
        "The entity's number {number} was issued in {issued}.",
        "主体备案号 {number} 由{issued}发放。",
    ),
    (
        "filing.entity-icp-number.province",
        "The entity's number {number} was issued in {issued}, but you file in {province}: an entity files in the province where it first filed.",
        "主体备案号 {number} 由{issued}发放，但您选择在{province}备案：主体应在首次备案的省份办理。",
    ),
    (
        "filing.entity-icp-number.province.fix",
        "File in {issued}, or check the number.",
        "请在{issued}办理，或核对备案号。",
    ),
    (
        "filing.icp-number.invalid",
        "\u{201c}{number}\u{201d} is not an ICP filing number: {why}",
        "“{number}”不是ICP备案号：{why}",
    ),
    (
        "website.icp-number.title",
        "{site}: its ICP number",
        "{site}：网站备案号",
    ),
    (
        "website.icp-number.ask",
        "For new access each website is named by its existing number (the entity's number with -n); {site} has none yet.",
        "新增接入时每个网站都以其已有的网站备案号（主体备案号加 -n）标识；{site} 尚未填写。",
    ),
    (
        "website.icp-number.ask.fix",
        "Look the site up at beian.miit.gov.cn and enter its number, e.g. 粤ICP备12345678号-1.",
        "请在 beian.miit.gov.cn 查询该网站并填写其备案号，例如 粤ICP备12345678号-1。",
    ),
    (
        "website.icp-number.done",
        "{site} is filed as {number}.",
        "{site} 的备案号为 {number}。",
    ),
    (
        "website.icp-number.other-entity",
        "{number} belongs to another entity than {entity}.",
        "{number} 属于 {entity} 以外的主体。",
    ),
    (
        "website.icp-number.other-entity.fix",
        "A site's number is its entity's number with -n: check both numbers at beian.miit.gov.cn.",
        "网站备案号是主体备案号加 -n：请在 beian.miit.gov.cn 核对两个号码。",
    ),
    (
        "filing.icp-number.inline.province",
        "Issued by the {issued} bureau, but you file in {province}: an entity files where it first filed.",
        "该号码由{issued}管局发放，但您选择在{province}备案：主体应在首次备案的省份办理。",
    ),
    (
        "filing.icp-number.inline.other-entity",
        "Not a number of the entity's {entity}: a site's number is the entity's with -n.",
        "不是主体备案号 {entity} 下的网站备案号：网站备案号是主体备案号加 -n。",
    ),
    // ── websites ────────────────────────────────────────────────────────────────────────────
    (
        "website.name.title",
        "{site}: site name",
        "{site}：网站名称",
    ),
    (
        "website.name.ask",
        "The name {site} will be filed under (网站名称) is missing.",
        "尚未填写 {site} 备案时使用的网站名称。",
    ),
    (
        "website.name.ask.fix",
        "Give the site a Chinese name of three or more characters that says what it is about, e.g. 张三的摄影笔记.",
        "请为网站取一个三个字以上、说明网站内容的中文名称，例如“张三的摄影笔记”。",
    ),
    (
        "website.name.done",
        "\u{201c}{name}\u{201d} follows the naming rules that apply here.",
        "“{name}”符合此处适用的命名规则。",
    ),
    (
        "website.features.title",
        "{site}: what the site offers",
        "{site}：网站功能",
    ),
    (
        "website.features.ask",
        "Does {site} offer comments, log-in, a forum, a shop, payments, downloads, news, advertising or live video?",
        "{site} 是否提供评论、登录、论坛、商城、支付、下载、新闻、广告或直播等功能？",
    ),
    (
        "website.features.ask.fix",
        "Tick every feature the site has, or none.",
        "请勾选网站具有的全部功能，或选择“无”。",
    ),
    (
        "website.features.done",
        "{site} offers: {features}.",
        "{site} 提供的功能：{features}。",
    ),
    (
        "website.features.none",
        "none of the listed features",
        "不含所列功能",
    ),
    (
        "choice.feature.comments",
        "Comments (评论): visitors can comment",
        "评论：访客可以发表评论",
    ),
    (
        "choice.feature.login",
        "Log-in (用户登录): visitors have accounts",
        "用户登录：访客可以注册、登录",
    ),
    (
        "choice.feature.forum",
        "Forum (论坛): visitors post topics",
        "论坛：访客可以发帖讨论",
    ),
    (
        "choice.feature.shop",
        "Shop (商城): goods or services are sold",
        "商城：出售商品或服务",
    ),
    (
        "choice.feature.payments",
        "Payments (在线支付): money is taken online",
        "在线支付：在网站上收款",
    ),
    (
        "choice.feature.downloads",
        "Downloads (下载): files or apps to download",
        "下载：提供文件或应用下载",
    ),
    (
        "choice.feature.news",
        "News (新闻): news reports or reposts",
        "新闻：发布或转载新闻",
    ),
    (
        "choice.feature.ads",
        "Advertising (广告): paid ads are shown",
        "广告：展示付费广告",
    ),
    (
        "choice.feature.live_video",
        "Live video (直播): live streams",
        "直播：提供视频直播",
    ),
    ("website.feature.comments", "comments", "评论"),
    ("website.feature.login", "log-in", "用户登录"),
    ("website.feature.forum", "forum", "论坛"),
    ("website.feature.shop", "shop", "商城"),
    ("website.feature.payments", "payments", "在线支付"),
    ("website.feature.downloads", "downloads", "下载"),
    ("website.feature.news", "news", "新闻"),
    ("website.feature.ads", "advertising", "广告"),
    ("website.feature.live_video", "live video", "直播"),
    (
        "website.remark.done",
        "{site} has a remark describing its content.",
        "{site} 已填写说明网站内容的备注。",
    ),
    // A name check that found something: the title is the requirement, the detail quotes the
    // word, symbol, domain or feature that triggered it.
    (
        "website.hit.latin-or-digits-only.title",
        "{site}: site name in Chinese",
        "{site}：网站名称使用中文",
    ),
    (
        "website.hit.latin-or-digits-only.detail",
        "\u{201c}{name}\u{201d} has no Chinese character.",
        "“{name}”中没有汉字。",
    ),
    (
        "website.hit.min-han.title",
        "{site}: at least {min} Chinese characters in the name",
        "{site}：网站名称至少 {min} 个汉字",
    ),
    (
        "website.hit.min-han.detail",
        "\u{201c}{name}\u{201d} has {word} Chinese character(s).",
        "“{name}”只有 {word} 个汉字。",
    ),
    (
        "website.hit.symbols.title",
        "{site}: no symbols in the name",
        "{site}：网站名称不含符号",
    ),
    (
        "website.hit.symbols.detail",
        "\u{201c}{name}\u{201d} contains the symbol \u{201c}{word}\u{201d}.",
        "“{name}”中含有符号“{word}”。",
    ),
    (
        "website.hit.not-the-domain.title",
        "{site}: a name, not the domain",
        "{site}：网站名称不是域名",
    ),
    (
        "website.hit.not-the-domain.detail",
        "\u{201c}{name}\u{201d} is the domain {word}.",
        "“{name}”就是域名 {word}。",
    ),
    (
        "website.hit.not-the-person.title",
        "{site}: more than the person's name",
        "{site}：网站名称不只是个人姓名",
    ),
    (
        "website.hit.not-the-person.detail",
        "\u{201c}{name}\u{201d} is just the applicant's name.",
        "“{name}”只是申请人的姓名。",
    ),
    (
        "website.hit.starts-with.title",
        "{site}: no \u{201c}{word}\u{201d} at the start of the name",
        "{site}：网站名称不以“{word}”开头",
    ),
    (
        "website.hit.starts-with.detail",
        "\u{201c}{name}\u{201d} starts with \u{201c}{word}\u{201d}.",
        "“{name}”以“{word}”开头。",
    ),
    (
        "website.hit.contains.title",
        "{site}: no \u{201c}{word}\u{201d} in the name",
        "{site}：网站名称不含“{word}”",
    ),
    (
        "website.hit.contains.detail",
        "\u{201c}{name}\u{201d} contains \u{201c}{word}\u{201d}.",
        "“{name}”中含有“{word}”。",
    ),
    (
        "website.hit.ends-with-one-of.title",
        "{site}: the name in the province's required form",
        "{site}：网站名称符合本省要求的格式",
    ),
    (
        "website.hit.ends-with-one-of.detail",
        "\u{201c}{name}\u{201d} does not end with {word}.",
        "“{name}”不是以{word}结尾。",
    ),
    (
        "website.hit.related-to-entity.title",
        "{site}: name related to the organisation",
        "{site}：网站名称与单位相关",
    ),
    (
        "website.hit.related-to-entity.detail",
        "\u{201c}{name}\u{201d} shares almost nothing with the organisation's name \u{201c}{word}\u{201d}.",
        "“{name}”与单位名称“{word}”几乎没有共同之处。",
    ),
    (
        "website.hit.features.title",
        "{site}: only what a personal site may offer",
        "{site}：个人网站可有的功能",
    ),
    (
        "website.hit.features.detail",
        "{site} offers {word}.",
        "{site} 提供{word}功能。",
    ),
    (
        "website.hit.remark.title",
        "{site}: remark describing the content (网站备注)",
        "{site}：说明网站内容的备注",
    ),
    (
        "website.hit.remark.detail",
        "{site} has no remark.",
        "{site} 尚未填写网站备注。",
    ),
    // ── exports ─────────────────────────────────────────────────────────────────────────────
    ("export.answers.filing-type", "Kind of filing", "备案类型"),
    ("export.answers.website", "Website {label}", "网站 {label}"),
    (
        "export.filing.first_filing",
        "first filing (首次备案)",
        "首次备案",
    ),
    (
        "export.filing.new_website",
        "new website (新增网站)",
        "新增网站",
    ),
    (
        "export.filing.new_access",
        "new access (新增接入)",
        "新增接入",
    ),
];

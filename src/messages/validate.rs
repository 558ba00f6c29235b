//! Texts of the problems found by `crate::validate`, and of the `icp-prep validate` command.
//!
//! Each row is (message id, English, Simplified Chinese). `{name}` placeholders are filled from the arguments the
//! problem's `Explain::message` returns; a `.fix` message uses the same arguments. A test in
//! `crate::validate` checks that every id a problem can return is here, that every placeholder
//! has an argument, and that nothing here is unused.

pub const VALIDATE: &[super::Row] = &[
    // Resident ID numbers and the 18-character numbers on residence permits.
    (
        "validate.id.length",
        "An ID number has 18 characters; this one has {found}.",
        "身份证号码应为 18 位；这个号码有 {found} 位。",
    ),
    (
        "validate.id.length.fix",
        "Copy the number again from the card: 17 digits followed by a digit or the letter X.",
        "请从证件上重新抄录号码：17 位数字，最后一位是数字或字母 X。",
    ),
    (
        "validate.id.bad-character",
        "Character {position} of the ID number is “{found}”; only digits are allowed there (the letter X only as the 18th character).",
        "身份证号码的第 {position} 位是“{found}”；该位置只能是数字（字母 X 只能出现在第 18 位）。",
    ),
    (
        "validate.id.bad-character.fix",
        "Check the number against the card and correct character {position}.",
        "请对照证件检查号码，改正第 {position} 位。",
    ),
    (
        "validate.id.wrong-check",
        "The ID number ends in {found}, but with these first 17 digits it must end in {expected}, so one of the characters is mistyped.",
        "身份证号码最后一位是 {found}，但按前 17 位计算应为 {expected}，说明有某一位输错了。",
    ),
    (
        "validate.id.wrong-check.fix",
        "Check the number against the card: with these first 17 digits the last character must be {expected}. If the card really ends in {found}, one of the first 17 digits is wrong.",
        "请对照证件检查号码：按这前 17 位，最后一位应为 {expected}。如果证件上确实是 {found}，则前 17 位中有一位有误。",
    ),
    (
        "validate.id.impossible-birth-date",
        "Characters 7 to 14 of the ID number are the date of birth (year, month, day), but {raw} is not a real date.",
        "身份证号码的第 7 至 14 位是出生日期（年、月、日），但 {raw} 不是真实存在的日期。",
    ),
    (
        "validate.id.birth-too-early",
        "The ID number gives {birth} as the date of birth, which is before 1900.",
        "身份证号码中的出生日期为 {birth}，早于 1900 年。",
    ),
    (
        "validate.id.birth-in-future",
        "The ID number gives {birth} as the date of birth, which is in the future.",
        "身份证号码中的出生日期为 {birth}，是未来的日期。",
    ),
    (
        "validate.id.birth-date.fix",
        "Check characters 7 to 14 against the date of birth printed on the card.",
        "请将第 7 至 14 位与证件上印的出生日期核对。",
    ),
    (
        "validate.id.unknown-province",
        "The ID number starts with {code}, which is not the code of a mainland province, autonomous region or municipality.",
        "身份证号码以 {code} 开头，这不是中国内地省、自治区或直辖市的代码。",
    ),
    (
        "validate.id.unknown-province.fix",
        "Check the first two digits against the card. Hong Kong, Macao and Taiwan residents use a residence permit or travel permit instead of a resident ID card.",
        "请对照证件检查前两位数字。港澳台居民使用居住证或通行证，而不是居民身份证。",
    ),
    (
        "validate.id.residence-permit-number",
        "Numbers starting with {prefix} belong to residence permits for Hong Kong, Macao or Taiwan residents, not to mainland resident ID cards.",
        "以 {prefix} 开头的号码属于港澳台居民居住证，而不是中国内地居民身份证。",
    ),
    (
        "validate.id.residence-permit-number.fix",
        "Choose the residence permit as the document type, or enter the number of the resident ID card.",
        "请将证件类型选为居住证，或填写居民身份证的号码。",
    ),
    // Unified Social Credit Codes.
    (
        "validate.uscc.length",
        "A unified social credit code has 18 characters; this one has {found}.",
        "统一社会信用代码应为 18 位；这个代码有 {found} 位。",
    ),
    (
        "validate.uscc.length.fix",
        "Copy the code again from the business licence or registration certificate.",
        "请从营业执照或登记证书上重新抄录代码。",
    ),
    (
        "validate.uscc.bad-character",
        "Character {position} of the credit code is “{found}”, which never appears in credit codes: they use digits and capital letters except I, O, S, V and Z.",
        "信用代码的第 {position} 位是“{found}”，信用代码中不会出现这个字符：代码由数字和大写字母组成，但不含 I、O、S、V、Z。",
    ),
    (
        "validate.uscc.bad-character.fix",
        "Check character {position} against the certificate; a letter O is usually the digit 0, and I the digit 1.",
        "请对照证书检查第 {position} 位；字母 O 通常应为数字 0，字母 I 应为数字 1。",
    ),
    (
        "validate.uscc.wrong-check",
        "The credit code ends in {found}, but with these first 17 characters it must end in {expected}, so one of the characters is mistyped.",
        "信用代码最后一位是 {found}，但按前 17 位计算应为 {expected}，说明有某一位输错了。",
    ),
    (
        "validate.uscc.wrong-check.fix",
        "Check the code against the certificate: with these first 17 characters the last one must be {expected}. If the certificate really ends in {found}, one of the first 17 characters is wrong.",
        "请对照证书检查代码：按这前 17 位，最后一位应为 {expected}。如果证书上确实是 {found}，则前 17 位中有一位有误。",
    ),
    (
        "validate.uscc.wrong-org-check",
        "Characters 9 to 17 of the credit code are the organization code, whose last character must be {expected} for the 8 before it; it is {found}.",
        "信用代码的第 9 至 17 位是组织机构代码，按前 8 位计算其最后一位应为 {expected}，实际为 {found}。",
    ),
    (
        "validate.uscc.wrong-org-check.fix",
        "Check characters 9 to 17 against the certificate; one of them is probably mistyped.",
        "请对照证书检查第 9 至 17 位；其中可能有一位输错了。",
    ),
    (
        "validate.uscc.bad-division-code",
        "Characters 3 to 8 of the credit code are the area code of the registering authority (six digits starting with a mainland province code), but they are {code}.",
        "信用代码的第 3 至 8 位是登记管理机关的行政区划码（以中国内地省份代码开头的六位数字），但这里是 {code}。",
    ),
    (
        "validate.uscc.bad-division-code.fix",
        "Check characters 3 to 8 against the certificate.",
        "请对照证书检查第 3 至 8 位。",
    ),
    // Other identity documents.
    (
        "validate.document.wrong-prefix.hk-macao-residence-permit",
        "The number on a residence permit for Hong Kong and Macao residents starts with {expected}; this one starts with {found}.",
        "港澳居民居住证的号码以 {expected} 开头；这个号码以 {found} 开头。",
    ),
    (
        "validate.document.wrong-prefix.taiwan-residence-permit",
        "The number on a residence permit for Taiwan residents starts with {expected}; this one starts with {found}.",
        "台湾居民居住证的号码以 {expected} 开头；这个号码以 {found} 开头。",
    ),
    (
        "validate.document.wrong-prefix.fix",
        "Check that you chose the right document type: numbers starting with 810000 or 820000 are Hong Kong and Macao residence permits, 830000 Taiwan residence permits, and other numbers mainland resident ID cards.",
        "请确认证件类型选择正确：以 810000 或 820000 开头的是港澳居民居住证，以 830000 开头的是台湾居民居住证，其他号码是中国内地居民身份证。",
    ),
    (
        "validate.document.format.hk-macao-travel-permit",
        "A Mainland Travel Permit for Hong Kong and Macao Residents has H (Hong Kong) or M (Macao) followed by 8 digits, or by 10 digits when the 2-digit issue count is included; permanent residents who are not Chinese citizens have HA or MA followed by 7 digits. “{found}” does not match.",
        "港澳居民来往内地通行证号码为 H（香港）或 M（澳门）加 8 位数字，含 2 位换证次数时为 10 位数字；非中国籍的永久性居民为 HA 或 MA 加 7 位数字。“{found}”不符合。",
    ),
    (
        "validate.document.format.taiwan-travel-permit",
        "A Mainland Travel Permit for Taiwan Residents has an 8-digit number (older permits: 10 digits). “{found}” does not match.",
        "台湾居民来往大陆通行证号码为 8 位数字（旧版为 10 位）。“{found}”不符合。",
    ),
    (
        "validate.document.format.passport",
        "A passport number has 5 to 20 letters and digits and nothing else. “{found}” does not match.",
        "护照号码由 5 至 20 个字母和数字组成，不含其他字符。“{found}”不符合。",
    ),
    (
        "validate.document.format",
        "“{found}” is not a number of this kind of document.",
        "“{found}”不是这类证件的号码。",
    ),
    (
        "validate.document.format.fix",
        "Copy the number again from the document, leaving out brackets, dashes and any other characters that are not part of it, and check that you chose the right document type.",
        "请从证件上重新抄录号码，去掉括号、短横线等不属于号码的字符，并确认证件类型选择正确。",
    ),
    // Domain names.
    (
        "validate.domain.empty",
        "No domain name was entered.",
        "没有输入域名。",
    ),
    (
        "validate.domain.too-long",
        "A domain name can have at most 253 characters; this one has {len} (counted in its ASCII form, where Chinese characters take several).",
        "域名最多 253 个字符；这个域名有 {len} 个（按 ASCII 形式计算，一个中文字符占多个字符）。",
    ),
    (
        "validate.domain.label-too-long",
        "Each part of a domain name between dots can have at most 63 characters; “{label}” has {len} (counted in its ASCII form).",
        "域名中两个点之间的每一段最多 63 个字符；“{label}”有 {len} 个（按 ASCII 形式计算）。",
    ),
    (
        "validate.domain.empty-label",
        "The domain name has two dots in a row, or starts with a dot.",
        "域名中有两个连续的点，或以点开头。",
    ),
    (
        "validate.domain.bad-character",
        "“{label}” contains “{ch}”; a domain name can only contain letters, digits, hyphens and the dots between its parts.",
        "“{label}”中含有“{ch}”；域名只能包含字母、数字、连字符以及各段之间的点。",
    ),
    (
        "validate.domain.hyphen-at-edge",
        "“{label}” starts or ends with a hyphen, which domain names do not allow.",
        "“{label}”以连字符开头或结尾，域名不允许这样。",
    ),
    (
        "validate.domain.double-hyphen",
        "“{label}” has two hyphens as its 3rd and 4th characters, which domain names reserve for encoded names starting with xn--.",
        "“{label}”的第 3、4 个字符是两个连字符，域名将这种形式保留给以 xn-- 开头的编码域名。",
    ),
    (
        "validate.domain.single-label",
        "A domain name has at least one dot, such as example.com or 例子.中国.",
        "域名至少包含一个点，例如 example.com 或 例子.中国。",
    ),
    (
        "validate.domain.ip-address",
        "This is an IP address, not a domain name. ICP filings are made for domain names.",
        "这是 IP 地址，不是域名。ICP备案针对的是域名。",
    ),
    (
        "validate.domain.ip-address.fix",
        "Enter the domain name that points to this server.",
        "请输入指向这台服务器的域名。",
    ),
    (
        "validate.domain.only-suffix",
        "“{suffix}” is a public suffix that others register names under, not a domain of your own.",
        "“{suffix}”是公共后缀，供他人在其下注册域名，并不是您自己的域名。",
    ),
    (
        "validate.domain.idna",
        "“{detail}” cannot be converted to an internationalized domain name; it contains characters that are not allowed, or a malformed xn-- part.",
        "“{detail}”无法转换为国际化域名：其中含有不允许的字符，或 xn-- 部分格式有误。",
    ),
    (
        "validate.domain.enter-full-domain.fix",
        "Enter the full domain name you registered, such as example.com or example.com.cn.",
        "请输入您注册的完整域名，例如 example.com 或 example.com.cn。",
    ),
    (
        "validate.domain.check-spelling.fix",
        "Check the spelling against the domain's registration record.",
        "请对照域名注册信息检查拼写。",
    ),
    (
        "validate.domain.read-as",
        "We read “{input}” as {domain}.",
        "“{input}”读取为 {domain}。",
    ),
    (
        "validate.domain.change.full-width",
        "Full-width characters were converted to ordinary ones.",
        "全角字符已转换为半角字符。",
    ),
    (
        "validate.domain.change.scheme",
        "The https:// (or other scheme) part was removed.",
        "已去掉 https://（或其他协议）部分。",
    ),
    (
        "validate.domain.change.user-info",
        "The part before the @ was removed.",
        "已去掉 @ 之前的部分。",
    ),
    (
        "validate.domain.change.path",
        "The part after the domain name (path, query or anchor) was removed.",
        "已去掉域名之后的部分（路径、查询参数或锚点）。",
    ),
    (
        "validate.domain.change.port",
        "The port number was removed.",
        "已去掉端口号。",
    ),
    (
        "validate.domain.change.trailing-dot",
        "The dot at the end was removed.",
        "已去掉末尾的点。",
    ),
    (
        "validate.domain.change.lowercased",
        "Capital letters were changed to lower case; domain names do not distinguish them.",
        "大写字母已改为小写；域名不区分大小写。",
    ),
    (
        "validate.domain.change.punycode",
        "The Chinese or other non-ASCII characters were also checked in their ASCII (punycode) form.",
        "中文或其他非 ASCII 字符也按其 ASCII（Punycode）形式做了检查。",
    ),
    (
        "validate.domain.change.subdomain",
        "www. and other subdomains were dropped: the filing is for the registered domain.",
        "已去掉 www. 等子域名：备案针对的是注册的主域名。",
    ),
    // `icp-prep validate` (src/cli/validate_cmd.rs).
    (
        "validate.cli.checking",
        "Checking {kind}: “{input}”",
        "正在检查{kind}：“{input}”",
    ),
    ("validate.cli.kind.domain", "a domain name", "域名"),
    (
        "validate.cli.kind.id",
        "a mainland resident ID number",
        "中国内地居民身份证号码",
    ),
    (
        "validate.cli.kind.uscc",
        "a unified social credit code",
        "统一社会信用代码",
    ),
    ("validate.cli.kind.icp", "an ICP filing number", "ICP备案号"),
    (
        "validate.cli.icp.province",
        "Issued by the bureau of {province}: an entity files new websites there.",
        "由{province}管局发放：主体应在该省办理新增网站。",
    ),
    (
        "validate.cli.icp.entity",
        "The number of an entity (主体备案号); its websites carry it with -1, -2 ….",
        "这是主体备案号；其网站的备案号在其后加 -1、-2……。",
    ),
    (
        "validate.cli.icp.site",
        "Website number {site} of the entity {entity} (网站备案号).",
        "主体 {entity} 的第 {site} 个网站的备案号。",
    ),
    (
        "validate.cli.kind.permit",
        "a permit or passport number",
        "通行证、居住证或护照号码",
    ),
    (
        "validate.cli.document-without-permit",
        "--document only applies to `icp-prep validate permit`, not to {kind}.",
        "--document 只适用于 `icp-prep validate permit`，不适用于{kind}。",
    ),
    (
        "validate.cli.empty",
        "Nothing was entered: the value to check is empty.",
        "没有输入内容：要检查的值为空。",
    ),
    (
        "validate.cli.empty.fix",
        "Pass the value after the kind, in quotes if it contains spaces: icp-prep validate {kind} \"VALUE\".",
        "请在类型后面给出要检查的值，含空格时加引号：icp-prep validate {kind} \"VALUE\"。",
    ),
    ("validate.cli.valid", "Result: valid.", "结果：有效。"),
    ("validate.cli.invalid", "Result: not valid.", "结果：无效。"),
    (
        "validate.cli.not-fileable",
        "Result: a well-formed domain name, but it cannot be filed with this suffix.",
        "结果：域名格式正确，但这个后缀无法备案。",
    ),
    (
        "validate.cli.problem",
        "Problem: {problem}",
        "问题：{problem}",
    ),
    ("validate.cli.fix", "Fix: {fix}", "处理方法：{fix}"),
    ("validate.cli.list-item", "  - {item}", "  - {item}"),
    (
        "validate.cli.normalised",
        "Normalised: {value}",
        "规范化结果：{value}",
    ),
    (
        "validate.cli.domain.unchanged",
        "Read exactly as typed; nothing needed changing.",
        "按输入原样读取；无需任何修改。",
    ),
    (
        "validate.cli.domain.changes",
        "Read as typed, with this note:",
        "按输入读取，附注如下：",
    ),
    (
        "validate.cli.domain.host",
        "Host name: {ascii} (Unicode: {unicode})",
        "主机名：{ascii}（Unicode：{unicode}）",
    ),
    (
        "validate.cli.domain.registrable",
        "Registrable domain, the one you file: {ascii} (Unicode: {unicode})",
        "可注册的主域名，即要备案的域名：{ascii}（Unicode：{unicode}）",
    ),
    (
        "validate.cli.domain.suffix",
        "Public suffix: .{ascii} (Unicode: .{unicode})",
        "公共后缀：.{ascii}（Unicode：.{unicode}）",
    ),
    (
        "validate.cli.domain.suffix-not-in-psl",
        "Public suffix: .{ascii} (Unicode: .{unicode}); the public suffix list does not know it, so the last part was taken as the suffix.",
        "公共后缀：.{ascii}（Unicode：.{unicode}）；公共后缀列表中没有它，因此把最后一段当作后缀。",
    ),
    (
        "validate.cli.tld.approved",
        "MIIT suffix list: .{suffix} is approved for ICP filings.",
        "工信部后缀名单：.{suffix} 可用于ICP备案。",
    ),
    (
        "validate.cli.tld.not-approved",
        "MIIT suffix list: .{suffix} is not approved, so {domain} cannot be filed.",
        "工信部后缀名单：.{suffix} 未获批准，因此 {domain} 无法备案。",
    ),
    (
        "validate.cli.tld.not-approved.fix",
        "Register and file a domain with an approved suffix such as .cn or .com, or host the site outside the mainland (then no filing is needed).",
        "请注册并备案一个 .cn、.com 等已获批准后缀的域名，或将网站托管在中国内地以外（这样无需备案）。",
    ),
    (
        "validate.cli.tld.unlisted",
        "MIIT suffix list: .{suffix} is not on the list of approved suffixes as we know it, so {domain} cannot be filed.",
        "工信部后缀名单：据本工具所知，.{suffix} 不在已批准的后缀名单上，因此 {domain} 无法备案。",
    ),
    (
        "validate.cli.tld.unlisted.fix",
        "Use a domain with an approved suffix such as .cn or .com, or check domain.miit.gov.cn if you believe .{suffix} was approved recently.",
        "请使用 .cn、.com 等已获批准后缀的域名；如认为 .{suffix} 是新近获批的，请在 domain.miit.gov.cn 查询。",
    ),
    (
        "validate.cli.tld.unknown",
        "MIIT suffix list: sources disagree on whether .{suffix} is approved.",
        "工信部后缀名单：关于 .{suffix} 是否获批，各来源说法不一。",
    ),
    (
        "validate.cli.tld.unknown.fix",
        "Check domain.miit.gov.cn before you file; if in doubt use .cn or .com.",
        "提交备案前请在 domain.miit.gov.cn 查询；如有疑问，请使用 .cn 或 .com。",
    ),
    (
        "validate.cli.tld.restricted",
        "MIIT suffix list: .{suffix} is reserved for {allowed}; other applicants cannot file it.",
        "工信部后缀名单：.{suffix} 仅限{allowed}使用；其他申请人无法用它备案。",
    ),
    (
        "validate.cli.tld.restricted-soft",
        "MIIT suffix list: .{suffix} is meant for {allowed}; registrars note it, but filings by others are not known to be refused.",
        "工信部后缀名单：.{suffix} 面向{allowed}；注册商对此有提示，但未见其他申请人因此被拒绝备案。",
    ),
    ("validate.cli.tld.notes", "Note: {notes}", "备注：{notes}"),
    (
        "validate.cli.id.province",
        "Province of the registered domicile: {province} (address code {code})",
        "户籍所在省份：{province}（地址码 {code}）",
    ),
    (
        "validate.cli.id.birth",
        "Date of birth: {birth} (age {age} on {today})",
        "出生日期：{birth}（截至 {today} 年龄 {age} 岁）",
    ),
    ("validate.cli.id.sex", "Sex: {sex}", "性别：{sex}"),
    ("validate.cli.id.male", "male", "男"),
    ("validate.cli.id.female", "female", "女"),
    (
        "validate.cli.uscc.division",
        "Area code of the registering authority: {code}, in {province}",
        "登记管理机关行政区划码：{code}，属于{province}",
    ),
    (
        "validate.cli.uscc.national",
        "Area code of the registering authority: {code}, the national level (registered with a central authority, not a province)",
        "登记管理机关行政区划码：{code}，为国家级（在中央机关登记，不属于任何省份）",
    ),
    (
        "validate.cli.uscc.division-code",
        "Area code of the registering authority: {code}",
        "登记管理机关行政区划码：{code}",
    ),
    (
        "validate.cli.uscc.organisation-code",
        "Organization code (GB 11714): {code}",
        "组织机构代码（GB 11714）：{code}",
    ),
    (
        "validate.cli.uscc.codes",
        "Registration authority code: {authority}; entity type code: {type}",
        "登记管理部门代码：{authority}；机构类别代码：{type}",
    ),
    (
        "validate.cli.permit.checked-as",
        "Checked as: {document}",
        "按以下证件检查：{document}",
    ),
    (
        "validate.cli.permit.fits",
        "Fits: {document}",
        "符合：{document}",
    ),
    (
        "validate.cli.permit.closest",
        "It fits none of the residence permits or travel permits; it looks most like the number of a {document}, checked as that:",
        "它不符合任何居住证或通行证的号码格式；最接近{document}的号码，按此检查：",
    ),
    (
        "validate.cli.permit.other-document",
        "If it is from another document, name it with --document (passport numbers are only checked with --document passport).",
        "如果是其他证件的号码，请用 --document 指明（护照号码只在 --document passport 时检查）。",
    ),
    (
        "validate.cli.permit.looks-like-id",
        "It starts with the code of a mainland province, like a mainland resident ID number: check that with icp-prep validate id.",
        "它以中国内地省份代码开头，像中国内地居民身份证号码：请用 icp-prep validate id 检查。",
    ),
    (
        "validate.cli.permit.none",
        "“{found}” has the shape of none of the residence permits or travel permits for Hong Kong, Macao and Taiwan residents: 18 characters starting 810000, 820000 or 830000; H or M followed by 8 or 10 digits; or 8 or 10 digits.",
        "“{found}”不符合任何港澳台居民居住证或通行证的号码格式：18 位且以 810000、820000 或 830000 开头；H 或 M 加 8 位或 10 位数字；或 8 位或 10 位数字。",
    ),
    (
        "validate.cli.permit.none.fix",
        "Copy the number again from the document. If it is a passport number, check it with --document passport.",
        "请从证件上重新抄录号码。如果是护照号码，请用 --document passport 检查。",
    ),
    (
        "validate.cli.permit.region.hong-kong",
        "Issued to a resident of Hong Kong.",
        "签发给香港居民。",
    ),
    (
        "validate.cli.permit.region.macao",
        "Issued to a resident of Macao.",
        "签发给澳门居民。",
    ),
    (
        "validate.cli.permit.region.taiwan",
        "Issued to a resident of Taiwan.",
        "签发给台湾居民。",
    ),
    (
        "validate.cli.permit.region.non-chinese-permanent",
        "Issued to a permanent resident of Hong Kong or Macao who is not a Chinese citizen.",
        "签发给非中国籍的香港或澳门永久性居民。",
    ),
    (
        "validate.icp.empty",
        "No ICP number was given.",
        "未填写ICP备案号。",
    ),
    (
        "validate.icp.unknown-province",
        "An ICP number starts with the one-character abbreviation of the province that issued it (粤, 京, 沪 …); “{found}” is not one.",
        "ICP备案号以发放省份的单字简称开头（粤、京、沪……）；“{found}”不是省份简称。",
    ),
    (
        "validate.icp.licence",
        "This is an ICP operating licence number (ICP证), not a filing number (ICP备).",
        "这是ICP经营许可证号（ICP证），不是ICP备案号（ICP备）。",
    ),
    (
        "validate.icp.licence.fix",
        "Give the filing number: it reads <province>ICP备<digits>号, as shown at beian.miit.gov.cn.",
        "请填写备案号：格式为 省份简称+ICP备+数字+号，可在 beian.miit.gov.cn 查询。",
    ),
    (
        "validate.icp.missing-icp-bei",
        "After the province abbreviation an ICP filing number reads “ICP备”.",
        "ICP备案号在省份简称之后应为“ICP备”。",
    ),
    (
        "validate.icp.bad-digits",
        "The serial number must be digits (4 to 12 of them); found “{found}”.",
        "备案序号应为数字（4至12位）；实际为“{found}”。",
    ),
    (
        "validate.icp.missing-hao",
        "An ICP filing number ends its serial number with “号”.",
        "ICP备案号的序号之后应有“号”字。",
    ),
    (
        "validate.icp.bad-site-suffix",
        "After “号” only a website's number may follow, as -1, -2 …; found “{found}”.",
        "“号”之后只能是网站序号，如 -1、-2……；实际为“{found}”。",
    ),
    (
        "validate.icp.site-expected",
        "This is the entity's number; a website's number ends in -1, -2 ….",
        "这是主体备案号；网站备案号以 -1、-2 …… 结尾。",
    ),
    (
        "validate.icp.site-expected.fix",
        "Copy the website's own number (with its -n) from beian.miit.gov.cn.",
        "请从 beian.miit.gov.cn 复制该网站自己的备案号（含 -n）。",
    ),
    (
        "validate.icp.entity-expected",
        "This is a website's number (it ends in -n); the entity's number has no -n.",
        "这是网站备案号（以 -n 结尾）；主体备案号没有 -n。",
    ),
    (
        "validate.icp.entity-expected.fix",
        "Give the number without its -n: that is the entity's filing number.",
        "请填写去掉 -n 的号码，即主体备案号。",
    ),
    (
        "validate.icp.fix",
        "Copy the number exactly as the bureau issued it (look it up at beian.miit.gov.cn), e.g. 粤ICP备12345678号.",
        "请按管局发放的号码原样填写（可在 beian.miit.gov.cn 查询），例如 粤ICP备12345678号。",
    ),
];

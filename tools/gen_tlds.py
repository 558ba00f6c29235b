#!/usr/bin/env python3
"""Generate assets/rules/tlds.yaml from the evidence file tld-list.md.

Usage:
    python3 tools/gen_tlds.py PATH/TO/tld-list.md > assets/rules/tlds.yaml

What it does
  * reads the 215-row CSV of section 8.1 of tld-list.md (the research notes kept
    outside this repository) and turns every row into one `tlds:` record of the
    shape in src/knowledge/types.rs (`Tld` + flattened `Provenance`);
  * writes the source register of section 1 (`SOURCES` below, typed in by hand:
    its prose does not parse reliably);
  * adds `notes_zh`, the Chinese of each note, from NOTES_ZH (keyed by the English note);
  * applies OVERRIDES, the places where the settled tables of tld-list.md
    (sections 3, 5, 6) or the evidence audit of 2026-11-30 are stronger than the CSV,
    and adds EXTRA_ROWS, suffixes the CSV lacks (.global);
  * checks what a hand edit could break: punycode of every label (Python's IDNA
    codec), unique suffixes, every source id registered, restricted rows have
    `restricted_to`.

Mapping (see tld-list.md section 8):
  status          CSV value as is (approved|restricted|not_approved|unknown)
  restricted_to   CSV wording -> session entity types (RESTRICTED_TO)
  evidence        official|registrar|third_party ("third-party" -> third_party)
  sources         CSV `source` split on ';' (strongest evidence first)
  source          URL of the first source id
  last_verified   CSV date; 2026-11-28 (the research date) when undated
  confidence      official -> confirmed, registrar -> dated, third_party -> unconfirmed
  seed            [S04] on every row ("the TLD must be approved by MIIT")

The output is data: after regenerating, read the diff, and re-check statuses on
domain.miit.gov.cn before a release.
"""

import csv
import io
import re
import sys

RESEARCH_DATE = "2026-11-28"

# Section 1 of tld-list.md. date: newest full date the register gives, or None.
SOURCES = [
    ("MIIT-7", "MIIT Announcement 2018 No. 7: the Chinese domain-name system; .政务/.公益 reserved for government and non-profit bodies",
     "http://zenchang.cn/law/law_view.asp?id=610720", "2018-01-29", "official"),
    ("MIIT-SITE", "MIIT domain-industry site: approved TLDs, registries and registrars (not retrieved; known through copies)",
     "https://domain.miit.gov.cn", None, "official"),
    ("GOV-18", "State Council General Office notice 国办函〔2018〕55号: government sites use only .gov.cn and .政务",
     "http://www.ibaoshan.net/idcnews/Article/20180906/14423", "2018-09-06", "official"),
    ("CONAC-08", "CONAC registry notice (Nov 2008): who may hold .政务/.公益 and 政务.cn/公益.cn",
     "https://zunmi.cn/news/200811/6966.html", None, "official"),
    ("TC-A", "Tencent Cloud fileable-suffix table, version updated 2020-07-24 (copy in errata-ai/vale:fixtures/i18n/zh.md)",
     "https://cloud.tencent.com/document/product/243/18905", "2020-07-24", "registrar"),
    ("TC-B", "Tencent Cloud fileable-suffix table, later version (content after 2021-01)",
     "tencentyun/qcloud-documents:product/域名与网站/网站备案/备案准备/备案域名.md", None, "registrar"),
    ("TC-DOM", "Tencent Cloud fileable-suffix table, version updated 2022-08-30 (adds .global .me .bond .cyou .uno .school)",
     "tencentyun/qcloud-documents@00e307c7:product/域名与网站/网站备案/备案准备/备案域名.md", "2022-08-30", "registrar"),
    ("TC-BJ", "Tencent Cloud Beijing bureau rules: Beijing's own suffix list; pre-2018 .org filings may still be accessed",
     "tencentyun/qcloud-documents:product/域名与网站/网站备案/备案准备/各省管局要求/华北各省管局要求/北京管局要求.md", None, "registrar"),
    ("TC-2017", "Tencent Cloud provincial rules of 2017-06-05 (deprecated document)",
     "tencentyun/qcloud-documents:product/域名与网站/网站备案/0.弃用文档/各省管局要求20170605.md", "2017-06-05", "registrar"),
    ("QC-BJ", "QingCloud filing limits: Beijing-fileable suffix list",
     "yunify/qingcloud-docs:content/site/record/intro/limit.md", None, "registrar"),
    ("YUN-21", "Cloudpods dashboard domain validator, suffix list copied from the MIIT site",
     "yunionio/dashboard:src/utils/utils.js", "2021-01-23", "third_party"),
    ("GIST", "Flat list of fileable suffixes (undated)",
     "https://gist.github.com/yueim/70dcbaa5ec5a13f2841893dfcf60a826", None, "third_party"),
    ("V2-CN", "v2fly tld-cn: Chinese IDN TLDs with reference to domain.miit.gov.cn",
     "v2fly/domain-list-community:data/tld-cn", "2025-08-19", "third_party"),
    ("V2-OFFICE", "v2fly PR #2286: registries with a mainland office per domain.miit.gov.cn/managerdns/index",
     "https://github.com/v2fly/domain-list-community/pull/2286", "2024-08-17", "third_party"),
    ("V2-1607", "v2fly PR #1607: .cc .co .me .pw said to be on MIIT's fileable list",
     "https://github.com/v2fly/domain-list-community/pull/1607", "2023-04-10", "third_party"),
    ("V2-ME", "v2fly discussion of .me: not fileable (2023-04), re-listed and reverted (2023-12 to 2024-01)",
     "https://github.com/v2fly/domain-list-community/issues/1606", "2024-01-01", "third_party"),
    ("V2-NCN", "v2fly tld-!cn: ai, io, app, dev, tw, us, gg, moe classed as non-China",
     "v2fly/domain-list-community:data/tld-!cn", "2026-08-19", "third_party"),
    ("BJ-2019", "Beijing-bureau fileable lists reproduced by resellers (2019)",
     "http://www.chinaweld.net/website/articleDetailA.html?articleId=218&categoryId=81", "2019-10-24", "third_party"),
    ("OLD-2016", "Blog quoting the old MIIT filing system's gTLD list",
     "http://www.miitbeian.gov.cn/publish/query/indexFirst.action", "2016-08-08", "third_party"),
    ("OLD-2018", "Crawl of the old filing system's suffix table: what it could record, not an approval list",
     "willin/beian-domain:README.md", "2018-05-08", "official"),
    ("EE-2018", "Users report .ee and .hk refused by providers",
     "https://github.com/willin/beian-domain/issues/2", "2018-07-17", "third_party"),
    ("ORG-X", ".org not fileable: community reports 2018-2026",
     "https://github.com/goplus/builder/issues/468", "2024-05-08", "third_party"),
    ("AI-X", ".ai not approved, citing Aliyun/Tencent filing docs and domain.miit.gov.cn",
     "https://github.com/0xnicholas/agent009/issues/10", "2026-08-31", "third_party"),
    ("TWEET-25", "Post: .pw fileable, .app not; registries need a China entity approved by MIIT (date from the post id)",
     "https://x.com/TooooooBug/status/1875539868463591879", "2025-01-04", "third_party"),
    ("N26", "Assorted 2026 project notes on .cc .ink .me .fun .gg .game .tech (conflicting)",
     "https://github.com/0xnicholas/agent009/issues/10", "2026-08-31", "third_party"),
    ("KMIDC", "SEO article claiming .biz .name .pro .info .mobi not fileable (low quality)",
     "http://www.kmidc.net/news/2617.html", None, "third_party"),
    ("ALI-SKILL", "Alibaba Cloud advisory skill: .io .dev .app .me do not support mainland filing",
     "aliyun/alibabacloud-aiops-skills:skills/computing/ecs/alibabacloud-opc-advisor/references/domain-and-icp.md", None, "registrar"),
    ("HW-REG", "Huawei Cloud domain sales coverage (not filing status)",
     "huaweicloudDocs/domains:cn.zh-cn/用户指南/如何挑选及命名域名.md", None, "registrar"),
]

# CSV wording -> (session entity types, soft restriction)
RESTRICTED_TO = {
    "government body": (["government"], False),
    "party/government body": (["government"], False),
    "national defence body": (["government"], False),
    "non-profit institution": (["public_institution", "social_organization"], False),
    "education institution": (["public_institution"], False),
    "research institution": (["public_institution"], False),
    # tld-list.md section 3: a registrar remark only -> warn, do not block
    "non-profit organisation": (["public_institution", "social_organization", "other_organization"], True),
}

EVIDENCE = {"official": "official", "registrar": "registrar", "third-party": "third_party"}
CONFIDENCE = {"official": "confirmed", "registrar": "dated", "third_party": "unconfirmed"}

RADIX_NOTE = ("Radix TLD: on registrar lists 2020-2022, but a 2026-08 note says Tencent shows .tech as not "
              "fileable pending Radix's qualification - unknown until re-verified")

# Rows the CSV lacks (evidence audit of 2026-11-30, TC-DOM).
EXTRA_ROWS = [
    {"suffix": "global", "unicode": "global", "status": "approved", "restricted_to": "", "registry": "",
     "evidence_strength": "registrar", "source": "TC-DOM", "last_verified": "2022-08-30",
     "notes": "on Tencent's fileable list updated 2022-08-30 (TC-DOM)", "punycode": ""},
]

# Where tld-list.md sections 3/5/6 are stronger than the CSV row.
OVERRIDES = {
    # Section 3 and 6: .gov.cn rests on GOV-18 (official), not only on the Tencent remark.
    "gov.cn": {"evidence": "official"},
    # Section 3: Alibaba's own advisory skill (registrar) is the strongest evidence.
    "app": {"evidence": "registrar"},
    "dev": {"evidence": "registrar"},
    # The CSV gives only "2025-01"; TWEET-25's post id dates it 2025-01-04.
    "pw": {"last_verified": "2025-01-04"},
    # Evidence audit of 2026-11-30 (province-evidence-2026.md §4.2, §5.13): these suffixes are on
    # Tencent's table updated 2022-08-30 (TC-DOM); the research had read an earlier version.
    # .me stays `unknown`: TC-DOM (2022) lists it, but Alibaba's own advisory (ALI-SKILL, 2025-26) and
    # the v2fly maintainers (V2-ME, 2023-12) say it is not fileable - newer sources against the audit's reading.
    "me": {"status": "unknown", "evidence": "registrar", "sources": ["TC-DOM", "ALI-SKILL", "V2-1607", "V2-ME", "TC-2017", "N26"],
           "last_verified": "2022-08-30",
           "notes": "on Tencent's fileable list updated 2022-08-30 (TC-DOM), but Alibaba's advisory (ALI-SKILL, 2025-26) says .me cannot be filed: unknown until re-verified"},
    "bond": {"evidence": "registrar", "sources": ["TC-DOM", "GIST"], "last_verified": "2022-08-30",
             "notes": "on Tencent's fileable list updated 2022-08-30 (TC-DOM)"},
    "cyou": {"evidence": "registrar", "sources": ["TC-DOM", "GIST"], "last_verified": "2022-08-30",
             "notes": "on Tencent's fileable list updated 2022-08-30 (TC-DOM)"},
    "school": {"evidence": "registrar", "sources": ["TC-DOM", "GIST"], "last_verified": "2022-08-30",
               "notes": "on Tencent's fileable list updated 2022-08-30 (TC-DOM)"},
    # Radix suffixes: on every registrar list 2020-2022 (.uno on TC-DOM), but a 2026-08 note says
    # Tencent shows .tech as not fileable until Radix's domestic qualification: `unknown` (info, never
    # blocked, never "approved") until re-verified on domain.miit.gov.cn.
    "uno": {"status": "unknown", "evidence": "registrar", "sources": ["TC-DOM", "GIST", "N26"], "last_verified": "2022-08-30",
            "notes": RADIX_NOTE},
    **{sfx: {"status": "unknown", "notes": RADIX_NOTE, "sources_add": ["N26"]}
       for sfx in ["tech", "site", "online", "store", "fun", "space", "website", "press", "host"]},
    "org": {"notes": "not fileable for new filings since 2018; pre-2018 .org filings are grandfathered in some "
                     "provinces (Beijing still accepts access filings for them, TC-BJ); was fileable before 2018 "
                     "(OLD-2016, BJ-2019 list)"},
}

# The Chinese of every note (`notes_zh`), keyed by the English note it translates. A note with no
# entry here stops the generator: add its translation when the evidence file gains a new note.
NOTES_ZH = {
    "added to Tencent table after 2021-01": "2021年1月后加入腾讯云可备案后缀表",
    "Radix TLD: 2026-08 note says Tencent shows .tech as temporarily not fileable pending Radix qualification - re-verify":
        "Radix 旗下后缀：2026年8月的记录称腾讯云显示 .tech 在 Radix 取得资质前暂不可备案，请重新核实",
    "ccTLD": "国家和地区顶级域名",
    "brand TLD (closed registration)": "品牌顶级域名（不对外开放注册）",
    "registry office listed by MIIT 2024 (V2-OFFICE)": "2024年工信部名单列出了该注册管理机构的境内机构（V2-OFFICE）",
    "only in an undated third-party list": "仅见于一份未注明日期的第三方名单",
    "SEO page KMIDC claims not fileable": "SEO 页面 KMIDC 称不可备案",
    "added to MIIT-derived list 2023-12": "2023年12月加入源自工信部的名单",
    "Google Registry": "Google 注册局",
    "traditional form; only in MIIT-derived v2fly list": "繁体形式；仅见于源自工信部的 v2fly 名单",
    "sources disagree; absent from Tencent tables; treat as warn": "各来源说法不一；腾讯云表中没有；按警告处理",
    "remark: non-profit organisations": "备注：非营利组织",
    "remark: internet service orgs": "备注：互联网服务机构",
    "remark: enterprises": "备注：企业",
    "registry office listed on MIIT page; no registrar table seen": "工信部页面列出了该注册管理机构的境内机构；未见注册商的可备案后缀表",
    "registry has a mainland office per MIIT page; v2fly excludes it as non-mainland; no filing confirmation":
        "据工信部页面，该注册管理机构在中国内地设有机构；v2fly 将其归为非中国内地后缀；未见可备案的确认",
    "refused in 2017/2018; registry office listed by MIIT by 2024; no filing confirmation":
        "2017/2018年曾不予受理；2024年前工信部已列出该注册管理机构的境内机构；未见可备案的确认",
    "only in an undated third-party list; Radix TLD caveat": "仅见于一份未注明日期的第三方名单；有 Radix 旗下后缀的注意事项",
    "not fileable for new filings since 2018; pre-2018 .org filings are grandfathered in some provinces (Beijing still accepts access filings for them, TC-BJ); was fileable before 2018 (OLD-2016, BJ-2019 list)":
        "自2018年起不可新增备案；部分省份保留2018年前的 .org 备案（北京仍受理其接入备案，TC-BJ）；2018年前可以备案（OLD-2016、BJ-2019 名单）",
    "non-administrative public institutions should not use it (GOV-18)": "非行政类事业单位不应使用（GOV-18）",
    "missing from Tencent table, present in others": "腾讯云表中没有，其他名单中有",
    "maintainer states not on MIIT list (2024-02)": "维护者称不在工信部名单上（2024年2月）",
    "in the 2016 filing-system gTLD list; absent from Tencent/QingCloud tables": "见于2016年备案系统的通用顶级域名名单；腾讯云、青云的表中没有",
    "ccTLD; absent from every fileable list": "国家和地区顶级域名；不在任何可备案名单上",
    "ccTLD (Palau); no registrar table seen": "国家和地区顶级域名（帕劳）；未见注册商的可备案后缀表",
    "ccTLD (Anguilla); no approval seen up to 2026-08-31": "国家和地区顶级域名（安圭拉）；截至2026年8月31日未见获批",
    "brand TLD; registry office listed": "品牌顶级域名；已列出注册管理机构的境内机构",
    "TLD terminated; removed 2024": "该顶级域名已终止；2024年移除",
    "Radix TLD: see 2026 Radix caveat (N26); another 2026 note says fileable; Radix TLD: 2026-08 note says Tencent shows .tech as temporarily not fileable pending Radix qualification - re-verify":
        "Radix 旗下后缀：见2026年 Radix 注意事项（N26）；另一条2026年的记录称可以备案；2026年8月的记录称腾讯云显示 .tech 在 Radix 取得资质前暂不可备案，请重新核实",
    "Beijing refused it in 2017 (TC-2017); registry office listed by MIIT 2024 (V2-OFFICE)":
        "北京2017年曾不予受理（TC-2017）；2024年工信部名单列出了该注册管理机构的境内机构（V2-OFFICE）",
    "Beijing refused it in 2017 (TC-2017); later lists include it": "北京2017年曾不予受理（TC-2017）；后来的名单包含它",
    "Beijing refused it in 2017 (TC-2017); SEO page KMIDC claims not fileable": "北京2017年曾不予受理（TC-2017）；SEO 页面 KMIDC 称不可备案",
    "Beijing accepted it in 2019; absent from Tencent tables": "北京2019年受理过；腾讯云表中没有",
    "2026 third-party note claims not fileable (N26); Huawei does not sell it (HW-REG)":
        "2026年的第三方记录称不可备案（N26）；华为云不销售此后缀（HW-REG）",
    "2026 third-party note claims not fileable (N26)": "2026年的第三方记录称不可备案（N26）",
    "on Tencent's fileable list updated 2022-08-30 (TC-DOM)": "见于腾讯云2022年8月30日更新的可备案后缀表（TC-DOM）",
    "on Tencent's fileable list updated 2022-08-30 (TC-DOM), but Alibaba's advisory (ALI-SKILL, 2025-26) says .me cannot be filed: unknown until re-verified":
        "见于腾讯云2022年8月30日更新的可备案后缀表（TC-DOM），但阿里云的咨询说明（ALI-SKILL，2025-26年）称 .me 不能备案：重新核实前按“未知”处理",
    RADIX_NOTE: "Radix 旗下后缀：2020至2022年的注册商名单均列出，但2026年8月的记录称腾讯云显示 .tech 在 Radix 取得资质前暂不可备案——重新核实前按“未知”处理",
}

SOURCE_EVIDENCE = {s[0]: s[4] for s in SOURCES}
SOURCE_URL = {s[0]: s[2] for s in SOURCES}


def die(msg):
    sys.exit(f"gen_tlds: {msg}")


def q(s):
    """A YAML double-quoted scalar (JSON string syntax is valid YAML)."""
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ord(ch) < 0x20:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def plain_ok(s):
    """Whether s can be written unquoted without YAML reading it as something else."""
    return re.fullmatch(r"[a-z][a-z0-9.\-]*", s) is not None and s not in {
        "yes", "no", "on", "off", "true", "false", "null", "y", "n"}


def scalar(s):
    return s if plain_ok(s) else q(s)


def read_csv(md_path):
    text = open(md_path, encoding="utf-8").read()
    m = re.search(r"### 8\.1.*?```csv\n(.*?)```", text, re.S)
    if not m:
        die("no CSV block under section 8.1")
    return list(csv.DictReader(io.StringIO(m.group(1))))


def idna(unicode_name):
    return ".".join(label.encode("idna").decode("ascii") for label in unicode_name.split("."))


def record(row):
    suffix = row["suffix"].strip().lower().lstrip(".")
    if idna(row["unicode"]) != suffix:
        die(f"{suffix}: unicode {row['unicode']} encodes to {idna(row['unicode'])}")
    if row["punycode"] and row["punycode"] != suffix:
        die(f"{suffix}: punycode column says {row['punycode']}")
    rec = {
        "suffix": suffix,
        "unicode": row["unicode"],
        "status": row["status"],
        "restricted_to": [],
        "soft_restriction": False,
        "registry": row["registry"] or None,
        "evidence": EVIDENCE[row["evidence_strength"]],
        "sources": row["source"].split(";"),
        "notes": row["notes"] or None,
        "last_verified": row["last_verified"],
    }
    if row["restricted_to"]:
        rec["restricted_to"], rec["soft_restriction"] = RESTRICTED_TO[row["restricted_to"]]
    override = dict(OVERRIDES.get(suffix, {}))
    add = override.pop("sources_add", [])
    rec.update(override)
    rec["sources"] = list(rec["sources"]) + [x for x in add if x not in rec["sources"]]
    if rec["notes"]:
        if rec["notes"] not in NOTES_ZH:
            die(f"{suffix}: no Chinese for the note {rec['notes']!r}: add it to NOTES_ZH")
        rec["notes_zh"] = NOTES_ZH[rec["notes"]]
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", rec["last_verified"]):
        if not rec["last_verified"].startswith("undated"):
            die(f"{suffix}: last_verified {rec['last_verified']!r} is not a date")
        rec["last_verified"] = RESEARCH_DATE
    for sid in rec["sources"]:
        if sid not in SOURCE_URL:
            die(f"{suffix}: unknown source id {sid}")
    # strongest evidence first, so that `source` points at what backs `evidence`
    matching = [s for s in rec["sources"] if SOURCE_EVIDENCE[s] == rec["evidence"]]
    if matching:
        rec["sources"] = matching[:1] + [s for s in rec["sources"] if s != matching[0]]
    if (rec["status"] == "restricted") != bool(rec["restricted_to"]):
        die(f"{suffix}: restricted_to must be given exactly when status is restricted")
    return rec


def emit(rows):
    out = []
    w = out.append
    w("# Domain suffixes (TLDs) and whether a domain under them can be used for an ICP filing (ICP备案).")
    w("#")
    w("# This is data with sources and dates, not an official list. MIIT's whitelist of approved TLDs is")
    w("# published on https://domain.miit.gov.cn (中国互联网域名体系), which could not be read directly:")
    w("# every status below comes from registrar or third-party copies of it, listed under `sources:`.")
    w("# Re-check statuses on domain.miit.gov.cn (and the Alibaba Cloud domain pages) before a release;")
    w("# bump `last_verified` only for rows you actually re-checked.")
    w("#")
    w("# Generated by tools/gen_tlds.py from the research notes (tld-list.md, section 8.1 CSV, research")
    w(f"# date {RESEARCH_DATE}), then checked by hand. A suffix missing here is treated as not fileable")
    w("# (MIIT's list is a whitelist). `unknown` = sources disagree: shown as info, never blocked.")
    w("# Rows .global .me .bond .cyou .uno .school and the Radix suffixes follow the evidence audit of")
    w("# 2026-11-30 (province-evidence-2026.md §4.2; OVERRIDES and EXTRA_ROWS in the generator).")
    w("")
    w("sources:")
    for sid, what, url, date, evidence in SOURCES:
        w(f"  - id: {sid}")
        w(f"    what: {q(what)}")
        w(f"    url: {q(url)}")
        w(f"    date: {date if date else 'null'}")
        w(f"    evidence: {evidence}")
    w("")
    w("tlds:")
    for r in rows:
        w(f"  - suffix: {scalar(r['suffix'])}")
        w(f"    unicode: {scalar(r['unicode'])}")
        w(f"    status: {r['status']}")
        if r["restricted_to"]:
            w(f"    restricted_to: [{', '.join(r['restricted_to'])}]")
        if r["soft_restriction"]:
            w("    soft_restriction: true")
        if r["registry"]:
            w(f"    registry: {q(r['registry'])}")
        w(f"    evidence: {r['evidence']}")
        w(f"    sources: [{', '.join(r['sources'])}]")
        if r["notes"]:
            w(f"    notes: {q(r['notes'])}")
            w(f"    notes_zh: {q(r['notes_zh'])}")
        w(f"    source: {q(SOURCE_URL[r['sources'][0]])}")
        w(f"    last_verified: {r['last_verified']}")
        w(f"    confidence: {CONFIDENCE[r['evidence']]}")
        w("    seed: [S04]")
    return "\n".join(out) + "\n"


def main():
    if len(sys.argv) != 2:
        die("usage: gen_tlds.py PATH/TO/tld-list.md > assets/rules/tlds.yaml")
    rows = [record(r) for r in read_csv(sys.argv[1]) + EXTRA_ROWS]
    # duplicates: keep the newest row
    by_suffix = {}
    for r in rows:
        old = by_suffix.get(r["suffix"])
        if old is None or r["last_verified"] > old["last_verified"]:
            by_suffix[r["suffix"]] = r
    kept = [r for r in rows if by_suffix[r["suffix"]] is r]
    if len(kept) != len(rows):
        print(f"gen_tlds: dropped {len(rows) - len(kept)} duplicate rows", file=sys.stderr)
    sys.stdout.write(emit(kept))


if __name__ == "__main__":
    main()

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
  * applies OVERRIDES, the places where the settled tables of tld-list.md
    (sections 3, 5, 6) are stronger than the CSV;
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

# Where tld-list.md sections 3/5/6 are stronger than the CSV row.
OVERRIDES = {
    # Section 3 and 6: .gov.cn rests on GOV-18 (official), not only on the Tencent remark.
    "gov.cn": {"evidence": "official"},
    # Section 3: Alibaba's own advisory skill (registrar) is the strongest evidence.
    "app": {"evidence": "registrar"},
    "dev": {"evidence": "registrar"},
    # The CSV gives only "2025-01"; TWEET-25's post id dates it 2025-01-04.
    "pw": {"last_verified": "2025-01-04"},
    "org": {"notes": "not fileable for new filings since 2018; pre-2018 .org filings are grandfathered in some "
                     "provinces (Beijing still accepts access filings for them, TC-BJ); was fileable before 2018 "
                     "(OLD-2016, BJ-2019 list)"},
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
    rec.update(OVERRIDES.get(suffix, {}))
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
        w(f"    source: {q(SOURCE_URL[r['sources'][0]])}")
        w(f"    last_verified: {r['last_verified']}")
        w(f"    confidence: {CONFIDENCE[r['evidence']]}")
        w("    seed: [S04]")
    return "\n".join(out) + "\n"


def main():
    if len(sys.argv) != 2:
        die("usage: gen_tlds.py PATH/TO/tld-list.md > assets/rules/tlds.yaml")
    rows = [record(r) for r in read_csv(sys.argv[1])]
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

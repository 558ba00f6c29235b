// source-hash: 339ba9bd4646d2df
//! @generated from assets/rules/*.yaml by src/knowledge/bake.rs; do not edit. After a
//! change to a rule file: `ICP_PREP_REGENERATE=1 cargo test --test builtin_data`.

use std::collections::BTreeMap;

use super::lazy::{Built, Parts};
use super::provenance::{Confidence, Provenance};
use super::types::*;
use super::RuleFile;
use crate::session::{
    CertificateType, EntityType, Holder, IndustryId, MaterialId, ProductId, ProvinceSlug, Residency,
    WebsiteFeature,
};

fn st(text: &str) -> String {
    text.to_owned()
}

const fn date(year: i32, month: u32, day: u32) -> chrono::NaiveDate {
    match chrono::NaiveDate::from_ymd_opt(year, month, day) {
        Some(d) => d,
        None => panic!("a date that does not exist"),
    }
}

/// The rule files in `BUILTIN_FILES` order, the lists read by key left to be made.
/// Each file and list is made by a function of its own, which the compiler is told not to
/// fold into this one: together they would need a stack frame of tens of kilobytes, a page
/// fault for each 4 KiB of it at startup.
pub(super) fn files() -> Vec<(&'static str, RuleFile)> {
    let mut files = Vec::with_capacity(10);
    files.push(("meta.yaml", file_meta()));
    files.push(("regulations.yaml", file_regulations()));
    files.push(("provinces.yaml", file_provinces()));
    files.push(("domain.yaml", file_domain()));
    files.push(("tlds.yaml", file_tlds()));
    files.push(("instance.yaml", file_instance()));
    files.push(("materials.yaml", file_materials()));
    files.push(("account.yaml", file_account()));
    files.push(("preapproval.yaml", file_preapproval()));
    files.push(("websites.yaml", file_websites()));
    files
}

static BUILT_RULES_REGULATIONS: Built<Rule> = Built {
    sorted: &[13, 11, 5, 4, 3, 2, 9, 8, 7, 6, 0, 12, 1, 10],
    entries: &[
        ("regulations.province", rules_regulations_province),
        ("regulations.reviewed", rules_regulations_reviewed),
        ("regulations.entity-type", rules_regulations_entity_type),
        ("regulations.entity-name", rules_regulations_entity_name),
        ("regulations.domicile", rules_regulations_domicile),
        ("regulations.cross-province", rules_regulations_cross_province),
        ("regulations.organisation-province", rules_regulations_organisation_province),
        ("regulations.non-mainland", rules_regulations_non_mainland),
        ("regulations.min-age", rules_regulations_min_age),
        ("regulations.legal-representative", rules_regulations_legal_representative),
        ("regulations.sms-check", rules_regulations_sms_check),
        ("regulations.bureau-review", rules_regulations_bureau_review),
        ("regulations.public-security", rules_regulations_public_security),
        ("regulations.after-submission", rules_regulations_after_submission),
    ],
};

static BUILT_PROVINCES_PROVINCES: Built<Province> = Built {
    sorted: &[11, 0, 21, 12, 27, 18, 19, 23, 20, 2, 7, 15, 16, 17, 4, 9, 13, 6, 5, 29, 28, 26, 14, 8, 3, 22, 1, 25, 30, 24, 10],
    entries: &[
        ("beijing", provinces_beijing),
        ("tianjin", provinces_tianjin),
        ("hebei", provinces_hebei),
        ("shanxi", provinces_shanxi),
        ("inner_mongolia", provinces_inner_mongolia),
        ("liaoning", provinces_liaoning),
        ("jilin", provinces_jilin),
        ("heilongjiang", provinces_heilongjiang),
        ("shanghai", provinces_shanghai),
        ("jiangsu", provinces_jiangsu),
        ("zhejiang", provinces_zhejiang),
        ("anhui", provinces_anhui),
        ("fujian", provinces_fujian),
        ("jiangxi", provinces_jiangxi),
        ("shandong", provinces_shandong),
        ("henan", provinces_henan),
        ("hubei", provinces_hubei),
        ("hunan", provinces_hunan),
        ("guangdong", provinces_guangdong),
        ("guangxi", provinces_guangxi),
        ("hainan", provinces_hainan),
        ("chongqing", provinces_chongqing),
        ("sichuan", provinces_sichuan),
        ("guizhou", provinces_guizhou),
        ("yunnan", provinces_yunnan),
        ("tibet", provinces_tibet),
        ("shaanxi", provinces_shaanxi),
        ("gansu", provinces_gansu),
        ("qinghai", provinces_qinghai),
        ("ningxia", provinces_ningxia),
        ("xinjiang", provinces_xinjiang),
    ],
};

static BUILT_PROVINCE_RULES_PROVINCES: Built<Vec<ProvinceRule>> = Built {
    sorted: &[11, 0, 21, 12, 27, 18, 19, 23, 20, 2, 7, 15, 16, 17, 4, 9, 13, 6, 5, 29, 28, 26, 14, 8, 3, 22, 1, 25, 30, 24, 10],
    entries: &[
        ("beijing", province_rules_beijing),
        ("tianjin", province_rules_tianjin),
        ("hebei", province_rules_hebei),
        ("shanxi", province_rules_shanxi),
        ("inner_mongolia", province_rules_inner_mongolia),
        ("liaoning", province_rules_liaoning),
        ("jilin", province_rules_jilin),
        ("heilongjiang", province_rules_heilongjiang),
        ("shanghai", province_rules_shanghai),
        ("jiangsu", province_rules_jiangsu),
        ("zhejiang", province_rules_zhejiang),
        ("anhui", province_rules_anhui),
        ("fujian", province_rules_fujian),
        ("jiangxi", province_rules_jiangxi),
        ("shandong", province_rules_shandong),
        ("henan", province_rules_henan),
        ("hubei", province_rules_hubei),
        ("hunan", province_rules_hunan),
        ("guangdong", province_rules_guangdong),
        ("guangxi", province_rules_guangxi),
        ("hainan", province_rules_hainan),
        ("chongqing", province_rules_chongqing),
        ("sichuan", province_rules_sichuan),
        ("guizhou", province_rules_guizhou),
        ("yunnan", province_rules_yunnan),
        ("tibet", province_rules_tibet),
        ("shaanxi", province_rules_shaanxi),
        ("gansu", province_rules_gansu),
        ("qinghai", province_rules_qinghai),
        ("ningxia", province_rules_ningxia),
        ("xinjiang", province_rules_xinjiang),
    ],
};

static BUILT_RULES_DOMAIN: Built<Rule> = Built {
    sorted: &[0, 9, 8, 6, 7, 1, 10, 4, 5, 3, 2],
    entries: &[
        ("domain.domains", rules_domain_domains),
        ("domain.name", rules_domain_name),
        ("domain.suffix", rules_domain_suffix),
        ("domain.registrar", rules_domain_registrar),
        ("domain.real-name", rules_domain_real_name),
        ("domain.real-name-delay", rules_domain_real_name_delay),
        ("domain.holder", rules_domain_holder),
        ("domain.holder-match", rules_domain_holder_match),
        ("domain.expiry", rules_domain_expiry),
        ("domain.duplicate", rules_domain_duplicate),
        ("domain.one-domain-per-website", rules_domain_one_domain_per_website),
    ],
};

static BUILT_TLDS_TLDS: Built<Tld> = Built {
    sorted: &[6, 22, 205, 206, 145, 109, 146, 100, 184, 139, 167, 104, 147, 99, 10, 148, 149, 192, 168, 169, 170, 163, 113, 166, 123, 80, 122, 140, 86, 0, 134, 185, 84, 3, 124, 118, 13, 193, 110, 207, 8, 214, 132, 171, 161, 135, 136, 23, 107, 126, 172, 173, 29, 211, 215, 127, 9, 150, 98, 37, 129, 30, 33, 26, 27, 14, 31, 201, 42, 19, 28, 141, 160, 92, 91, 204, 18, 212, 165, 20, 24, 96, 103, 133, 101, 125, 17, 151, 112, 97, 137, 174, 175, 198, 177, 7, 43, 93, 210, 186, 199, 85, 4, 176, 16, 39, 108, 203, 5, 152, 153, 154, 128, 155, 143, 95, 156, 187, 131, 196, 38, 197, 94, 78, 188, 130, 178, 202, 32, 194, 25, 189, 12, 90, 179, 117, 89, 157, 36, 213, 115, 82, 142, 190, 105, 180, 15, 181, 116, 106, 182, 200, 191, 11, 121, 81, 162, 208, 41, 164, 195, 209, 114, 183, 88, 158, 159, 79, 144, 111, 102, 120, 83, 40, 56, 61, 59, 47, 45, 48, 72, 71, 62, 73, 70, 54, 63, 51, 77, 60, 53, 1, 2, 65, 67, 52, 68, 49, 76, 58, 75, 69, 74, 50, 66, 64, 57, 55, 46, 44, 87, 35, 34, 138, 21, 119],
    entries: &[
        ("cn", tlds_cn),
        ("xn--fiqs8s", tlds_xn_fiqs8s),
        ("xn--fiqz9s", tlds_xn_fiqz9s),
        ("com.cn", tlds_com_cn),
        ("net.cn", tlds_net_cn),
        ("org.cn", tlds_org_cn),
        ("ac.cn", tlds_ac_cn),
        ("mil.cn", tlds_mil_cn),
        ("edu.cn", tlds_edu_cn),
        ("gov.cn", tlds_gov_cn),
        ("bj.cn", tlds_bj_cn),
        ("tj.cn", tlds_tj_cn),
        ("sh.cn", tlds_sh_cn),
        ("cq.cn", tlds_cq_cn),
        ("he.cn", tlds_he_cn),
        ("sx.cn", tlds_sx_cn),
        ("nm.cn", tlds_nm_cn),
        ("ln.cn", tlds_ln_cn),
        ("jl.cn", tlds_jl_cn),
        ("hl.cn", tlds_hl_cn),
        ("js.cn", tlds_js_cn),
        ("zj.cn", tlds_zj_cn),
        ("ah.cn", tlds_ah_cn),
        ("fj.cn", tlds_fj_cn),
        ("jx.cn", tlds_jx_cn),
        ("sd.cn", tlds_sd_cn),
        ("ha.cn", tlds_ha_cn),
        ("hb.cn", tlds_hb_cn),
        ("hn.cn", tlds_hn_cn),
        ("gd.cn", tlds_gd_cn),
        ("gx.cn", tlds_gx_cn),
        ("hi.cn", tlds_hi_cn),
        ("sc.cn", tlds_sc_cn),
        ("gz.cn", tlds_gz_cn),
        ("yn.cn", tlds_yn_cn),
        ("xz.cn", tlds_xz_cn),
        ("sn.cn", tlds_sn_cn),
        ("gs.cn", tlds_gs_cn),
        ("qh.cn", tlds_qh_cn),
        ("nx.cn", tlds_nx_cn),
        ("xj.cn", tlds_xj_cn),
        ("tw.cn", tlds_tw_cn),
        ("hk.cn", tlds_hk_cn),
        ("mo.cn", tlds_mo_cn),
        ("xn--zfr164b.cn", tlds_xn_zfr164b_cn),
        ("xn--55qw42g.cn", tlds_xn_55qw42g_cn),
        ("xn--zfr164b", tlds_xn_zfr164b),
        ("xn--55qw42g", tlds_xn_55qw42g),
        ("xn--55qx5d", tlds_xn_55qx5d),
        ("xn--io0a7i", tlds_xn_io0a7i),
        ("xn--ses554g", tlds_xn_ses554g),
        ("xn--czru2d", tlds_xn_czru2d),
        ("xn--hxt814e", tlds_xn_hxt814e),
        ("xn--fiq64b", tlds_xn_fiq64b),
        ("xn--czr694b", tlds_xn_czr694b),
        ("xn--xhq521b", tlds_xn_xhq521b),
        ("xn--1qqw23a", tlds_xn_1qqw23a),
        ("xn--vuq861b", tlds_xn_vuq861b),
        ("xn--kput3i", tlds_xn_kput3i),
        ("xn--3ds443g", tlds_xn_3ds443g),
        ("xn--fiq228c5hs", tlds_xn_fiq228c5hs),
        ("xn--3bst00m", tlds_xn_3bst00m),
        ("xn--6qq986b3xl", tlds_xn_6qq986b3xl),
        ("xn--czrs0t", tlds_xn_czrs0t),
        ("xn--vhquv", tlds_xn_vhquv),
        ("xn--fjq720a", tlds_xn_fjq720a),
        ("xn--unup4y", tlds_xn_unup4y),
        ("xn--g2xx48c", tlds_xn_g2xx48c),
        ("xn--imr513n", tlds_xn_imr513n),
        ("xn--otu796d", tlds_xn_otu796d),
        ("xn--9et52u", tlds_xn_9et52u),
        ("xn--6frz82g", tlds_xn_6frz82g),
        ("xn--5tzm5g", tlds_xn_5tzm5g),
        ("xn--8y0a063a", tlds_xn_8y0a063a),
        ("xn--rhqv96g", tlds_xn_rhqv96g),
        ("xn--nyqy26a", tlds_xn_nyqy26a),
        ("xn--j6w193g", tlds_xn_j6w193g),
        ("xn--estv75g", tlds_xn_estv75g),
        ("ren", tlds_ren),
        ("wang", tlds_wang),
        ("citic", tlds_citic),
        ("top", tlds_top),
        ("sohu", tlds_sohu),
        ("xin", tlds_xin),
        ("com", tlds_com),
        ("net", tlds_net),
        ("club", tlds_club),
        ("xyz", tlds_xyz),
        ("vip", tlds_vip),
        ("site", tlds_site),
        ("shop", tlds_shop),
        ("ink", tlds_ink),
        ("info", tlds_info),
        ("mobi", tlds_mobi),
        ("red", tlds_red),
        ("pro", tlds_pro),
        ("kim", tlds_kim),
        ("ltd", tlds_ltd),
        ("group", tlds_group),
        ("biz", tlds_biz),
        ("auto", tlds_auto),
        ("link", tlds_link),
        ("work", tlds_work),
        ("law", tlds_law),
        ("beer", tlds_beer),
        ("store", tlds_store),
        ("tech", tlds_tech),
        ("fun", tlds_fun),
        ("online", tlds_online),
        ("art", tlds_art),
        ("design", tlds_design),
        ("wiki", tlds_wiki),
        ("love", tlds_love),
        ("center", tlds_center),
        ("video", tlds_video),
        ("social", tlds_social),
        ("team", tlds_team),
        ("show", tlds_show),
        ("cool", tlds_cool),
        ("zone", tlds_zone),
        ("world", tlds_world),
        ("today", tlds_today),
        ("city", tlds_city),
        ("chat", tlds_chat),
        ("company", tlds_company),
        ("live", tlds_live),
        ("fund", tlds_fund),
        ("gold", tlds_gold),
        ("plus", tlds_plus),
        ("guru", tlds_guru),
        ("run", tlds_run),
        ("pub", tlds_pub),
        ("email", tlds_email),
        ("life", tlds_life),
        ("co", tlds_co),
        ("fashion", tlds_fashion),
        ("fit", tlds_fit),
        ("luxe", tlds_luxe),
        ("yoga", tlds_yoga),
        ("baidu", tlds_baidu),
        ("cloud", tlds_cloud),
        ("host", tlds_host),
        ("space", tlds_space),
        ("press", tlds_press),
        ("website", tlds_website),
        ("archi", tlds_archi),
        ("asia", tlds_asia),
        ("bio", tlds_bio),
        ("black", tlds_black),
        ("blue", tlds_blue),
        ("green", tlds_green),
        ("lotto", tlds_lotto),
        ("organic", tlds_organic),
        ("pet", tlds_pet),
        ("pink", tlds_pink),
        ("poker", tlds_poker),
        ("promo", tlds_promo),
        ("ski", tlds_ski),
        ("vote", tlds_vote),
        ("voto", tlds_voto),
        ("icu", tlds_icu),
        ("fans", tlds_fans),
        ("tv", tlds_tv),
        ("cc", tlds_cc),
        ("unicom", tlds_unicom),
        ("jpmorgan", tlds_jpmorgan),
        ("chase", tlds_chase),
        ("band", tlds_band),
        ("cab", tlds_cab),
        ("cafe", tlds_cafe),
        ("cash", tlds_cash),
        ("fan", tlds_fan),
        ("fyi", tlds_fyi),
        ("games", tlds_games),
        ("market", tlds_market),
        ("mba", tlds_mba),
        ("news", tlds_news),
        ("media", tlds_media),
        ("sale", tlds_sale),
        ("shopping", tlds_shopping),
        ("studio", tlds_studio),
        ("tax", tlds_tax),
        ("technology", tlds_technology),
        ("vin", tlds_vin),
        ("baby", tlds_baby),
        ("college", tlds_college),
        ("monster", tlds_monster),
        ("protection", tlds_protection),
        ("rent", tlds_rent),
        ("security", tlds_security),
        ("storage", tlds_storage),
        ("theatre", tlds_theatre),
        ("bond", tlds_bond),
        ("cyou", tlds_cyou),
        ("school", tlds_school),
        ("uno", tlds_uno),
        ("pw", tlds_pw),
        ("quest", tlds_quest),
        ("me", tlds_me),
        ("name", tlds_name),
        ("tel", tlds_tel),
        ("hk", tlds_hk),
        ("saxo", tlds_saxo),
        ("org", tlds_org),
        ("io", tlds_io),
        ("ai", tlds_ai),
        ("app", tlds_app),
        ("dev", tlds_dev),
        ("tw", tlds_tw),
        ("us", tlds_us),
        ("moe", tlds_moe),
        ("gg", tlds_gg),
        ("jp", tlds_jp),
        ("so", tlds_so),
        ("ee", tlds_ee),
        ("global", tlds_global),
    ],
};

static BUILT_TLD_SOURCES_TLDS: Built<Vec<TldSource>> = Built {
    sorted: &[0],
    entries: &[
        ("sources", tld_sources_sources),
    ],
};

static BUILT_RULES_INSTANCE: Built<Rule> = Built {
    sorted: &[2, 5, 6, 0, 7, 8, 1, 3, 4],
    entries: &[
        ("instance.product", rules_instance_product),
        ("instance.region", rules_instance_region),
        ("instance.billing", rules_instance_billing),
        ("instance.remaining-term", rules_instance_remaining_term),
        ("instance.term", rules_instance_term),
        ("instance.expiry", rules_instance_expiry),
        ("instance.order-amount", rules_instance_order_amount),
        ("instance.public-bandwidth", rules_instance_public_bandwidth),
        ("instance.quota", rules_instance_quota),
    ],
};

static BUILT_RULES_MATERIALS: Built<Rule> = Built {
    sorted: &[7, 4, 3, 5, 8, 2, 0, 1, 6],
    entries: &[
        ("materials.upload-format", rules_materials_upload_format),
        ("materials.upload-limits", rules_materials_upload_limits),
        ("materials.splicing", rules_materials_splicing),
        ("materials.individual-once", rules_materials_individual_once),
        ("materials.document-residency", rules_materials_document_residency),
        ("materials.number", rules_materials_number),
        ("materials.validity", rules_materials_validity),
        ("materials.certificate-changed", rules_materials_certificate_changed),
        ("materials.prepared", rules_materials_prepared),
    ],
};

static BUILT_MATERIALS_MATERIALS: Built<Material> = Built {
    sorted: &[2, 18, 5, 6, 13, 10, 7, 0, 3, 4, 9, 14, 8, 24, 17, 19, 20, 1, 26, 15, 27, 23, 11, 25, 21, 16, 12, 22],
    entries: &[
        ("entity_certificate", materials_entity_certificate),
        ("leader_certificate", materials_leader_certificate),
        ("admin_certificate", materials_admin_certificate),
        ("face_photo_with_id", materials_face_photo_with_id),
        ("face_photo_with_org_certificate", materials_face_photo_with_org_certificate),
        ("authorization_letter", materials_authorization_letter),
        ("beijing_domain_confirmation", materials_beijing_domain_confirmation),
        ("domain_holder_certificate", materials_domain_holder_certificate),
        ("guangdong_finance_commitment", materials_guangdong_finance_commitment),
        ("guangdong_construction_plan", materials_guangdong_construction_plan),
        ("domain_certificate", materials_domain_certificate),
        ("residence_permit", materials_residence_permit),
        ("superior_authorization", materials_superior_authorization),
        ("certificate_of_change", materials_certificate_of_change),
        ("guangdong_filing_commitment", materials_guangdong_filing_commitment),
        ("party_government_confirmation", materials_party_government_confirmation),
        ("staffing_office_approval", materials_staffing_office_approval),
        ("heilongjiang_site_qualification_form", materials_heilongjiang_site_qualification_form),
        ("anhui_no_preapproval_commitment", materials_anhui_no_preapproval_commitment),
        ("jiangxi_culture_commitment", materials_jiangxi_culture_commitment),
        ("jiangxi_no_tutoring_commitment", materials_jiangxi_no_tutoring_commitment),
        ("shandong_finance_commitment", materials_shandong_finance_commitment),
        ("zhejiang_finance_commitment", materials_zhejiang_finance_commitment),
        ("proof_of_employment_or_income", materials_proof_of_employment_or_income),
        ("guardian_documents", materials_guardian_documents),
        ("residence_permit_status_proof", materials_residence_permit_status_proof),
        ("lease_or_purchase_contract", materials_lease_or_purchase_contract),
        ("phone_bills", materials_phone_bills),
    ],
};

static BUILT_RULES_ACCOUNT: Built<Rule> = Built {
    sorted: &[0, 3, 2, 1],
    entries: &[
        ("account.exists", rules_account_exists),
        ("account.site", rules_account_site),
        ("account.real-name", rules_account_real_name),
        ("account.one-entity", rules_account_one_entity),
    ],
};

static BUILT_RULES_PREAPPROVAL: Built<Rule> = Built {
    sorted: &[1, 0],
    entries: &[
        ("preapproval.industries", rules_preapproval_industries),
        ("preapproval.approvals", rules_preapproval_approvals),
    ],
};

static BUILT_INDUSTRIES_PREAPPROVAL: Built<Industry> = Built {
    sorted: &[9, 4, 6, 10, 3, 7, 2, 0, 12, 1, 5, 11, 8],
    entries: &[
        ("news", industries_news),
        ("publishing", industries_publishing),
        ("medicine", industries_medicine),
        ("medical_devices", industries_medical_devices),
        ("culture", industries_culture),
        ("radio_film_tv", industries_radio_film_tv),
        ("education", industries_education),
        ("medical_health", industries_medical_health),
        ("ride_hailing", industries_ride_hailing),
        ("bbs", industries_bbs),
        ("finance", industries_finance),
        ("religion", industries_religion),
        ("online_games", industries_online_games),
    ],
};

static BUILT_RULES_WEBSITES: Built<Rule> = Built {
    sorted: &[4, 1, 3, 2, 0, 6, 7, 5],
    entries: &[
        ("filing.type", rules_filing_type),
        ("filing.entity-icp-number", rules_filing_entity_icp_number),
        ("filing.not-reachable", rules_filing_not_reachable),
        ("filing.filed-sites-open", rules_filing_filed_sites_open),
        ("filing.domains-verified", rules_filing_domains_verified),
        ("website.name", rules_website_name),
        ("website.features", rules_website_features),
        ("website.icp-number", rules_website_icp_number),
    ],
};

static BUILT_WEBSITE_RULES_WEBSITES: Built<Vec<WebsiteRule>> = Built {
    sorted: &[0],
    entries: &[
        ("websites", website_rules_websites),
    ],
};

#[inline(never)]
fn file_meta() -> RuleFile {
    RuleFile {
        rules_version: Some(st("2026.12.01")),
        last_checked: Some(const { date(2026, 12, 1) }),
        ..RuleFile::default()
    }
}

#[inline(never)]
fn rules_regulations_province() -> Rule {
    Rule { id: st("regulations.province"), section: Section::Regulations, text: st("MIIT rules and the documents required differ by province, autonomous region and municipality; the filing is made in one province."), text_zh: Some(st("各省、自治区、直辖市的工信部备案规则和所需材料不同；备案在一个省份办理。")), zh: Some(st("备案省份")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("https://beian.aliyun.com/"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S01"), ], }, }
}

#[inline(never)]
fn rules_regulations_reviewed() -> Rule {
    Rule { id: st("regulations.reviewed"), section: Section::Regulations, text: st("Read and understand the MIIT ICP regulations of your province before you apply (Alibaba's province map, or beian.miit.gov.cn in Chinese)."), text_zh: Some(st("提交备案前，请阅读并理解所在省份的工信部ICP备案规则（阿里云各省管局规则页面，或工信部 beian.miit.gov.cn）。")), zh: Some(st("各省管局备案规则")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("https://beian.aliyun.com/"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S01"), ], }, }
}

#[inline(never)]
fn rules_regulations_entity_type() -> Rule {
    Rule { id: st("regulations.entity-type"), section: Section::Regulations, text: st("The filing is made for one entity (主办单位), an individual or an organisation; its type decides the certificates and rules that apply."), text_zh: Some(st("一次备案对应一个主办单位（个人或单位）；主办单位性质决定适用的证件和规则。")), zh: Some(st("主办单位性质")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("https://help.aliyun.com/zh/icp-filing/basic-icp-service/user-guide/icp-filing-application-overview"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn rules_regulations_entity_name() -> Rule {
    Rule { id: st("regulations.entity-name"), section: Section::Regulations, text: st("The entity's name must be written exactly as on its certificate (for an individual, the name on the identity document)."), text_zh: Some(st("主办单位名称须与证件上完全一致（个人为身份证件上的姓名）。")), zh: Some(st("主办单位名称")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("https://help.aliyun.com/zh/icp-filing/basic-icp-service/user-guide/icp-filing-application-overview"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn rules_regulations_domicile() -> Rule {
    Rule { id: st("regulations.domicile"), section: Section::Regulations, text: st("An individual files in the province where the ID is domiciled, or where they live if that province's bureau accepts a residence permit."), text_zh: Some(st("个人在身份证户籍所在省份备案；如果居住地所在省份的管局认可居住证，也可在居住地备案。")), zh: Some(st("身份证户籍所在地")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("https://help.aliyun.com/en/icp-filing/basic-icp-service/product-overview/limits"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn rules_regulations_cross_province() -> Rule {
    Rule { id: st("regulations.cross-province"), section: Section::Regulations, text: st("Cross-province filing is decided by the bureau; individuals usually need the filing province's residence permit, some bureaus accept only local IDs."), text_zh: Some(st("能否跨省备案由管局决定；个人通常需要备案省份的居住证，有些管局只受理本地身份证。")), zh: Some(st("跨省备案")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("https://help.aliyun.com/en/icp-filing/basic-icp-service/product-overview/limits"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S38"), ], }, }
}

#[inline(never)]
fn rules_regulations_organisation_province() -> Rule {
    Rule { id: st("regulations.organisation-province"), section: Section::Regulations, text: st("Organisations cannot file across provinces; they file in the province where their certificate was issued."), text_zh: Some(st("单位不能跨省备案，须在证件签发地所在省份备案。")), zh: Some(st("单位不可跨省备案")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("https://help.aliyun.com/en/icp-filing/basic-icp-service/product-overview/limits"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn rules_regulations_non_mainland() -> Rule {
    Rule { id: st("regulations.non-mainland"), section: Section::Regulations, text: st("Hong Kong, Macao, Taiwan and foreign individuals have no domicile province; whether a bureau accepts them is decided by that bureau."), text_zh: Some(st("港澳台居民及外籍个人没有户籍所在省份；是否受理由各省管局自行决定。")), zh: Some(st("港澳台及外籍个人备案")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("https://alibabacloud.com/help/doc-detail/61819.html"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Unconfirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn rules_regulations_min_age() -> Rule {
    Rule { id: st("regulations.min-age"), section: Section::Regulations, text: st("Some bureaus set a minimum age for the individual or for an organisation's person in charge."), text_zh: Some(st("部分管局对个人或单位的主体负责人设有最低年龄要求。")), zh: Some(st("年龄要求")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("https://help.aliyun.com/zh/icp-filing/basic-icp-service/user-guide/icp-filing-regulations-of-the-miit-for-different-regions"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Dated, seed: Vec::new(), }, }
}

#[inline(never)]
fn rules_regulations_legal_representative() -> Rule {
    Rule { id: st("regulations.legal-representative"), section: Section::Regulations, text: st("In many provinces an organisation's person in charge (主体负责人) must be its legal representative (法定代表人)."), text_zh: Some(st("在许多省份，单位的主体负责人必须是其法定代表人。")), zh: Some(st("主体负责人须为法定代表人")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("https://help.aliyun.com/zh/icp-filing/basic-icp-service/user-guide/icp-filing-regulations-of-the-miit-for-different-regions"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Dated, seed: Vec::new(), }, }
}

#[inline(never)]
fn rules_regulations_sms_check() -> Rule {
    Rule { id: st("regulations.sms-check"), section: Section::Regulations, text: st("After Alibaba forwards the order, MIIT sends a verification SMS to the phone numbers in the filing; complete the check at beian.miit.gov.cn within 24 hours, or the application is rejected."), text_zh: Some(st("阿里云将订单提交管局后，工信部会向备案中的手机号码发送核验短信；须在 24 小时内到 beian.miit.gov.cn 完成核验，否则申请会被驳回。")), zh: Some(st("工信部短信核验")), threshold: Some(24), params: BTreeMap::new(), provenance: Provenance { source: st("https://help.aliyun.com/zh/icp-filing/basic-icp-service/user-guide/icp-filing-application-overview"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Dated, seed: Vec::new(), }, }
}

#[inline(never)]
fn rules_regulations_bureau_review() -> Rule {
    Rule { id: st("regulations.bureau-review"), section: Section::Regulations, text: st("The provincial communications administration bureau reviews the filing, commonly in up to about 20 working days; the result comes by SMS and e-mail."), text_zh: Some(st("省通信管理局审核备案，通常最长约 20 个工作日；结果通过短信和电子邮件通知。")), zh: Some(st("管局审核")), threshold: Some(20), params: BTreeMap::new(), provenance: Provenance { source: st("https://help.aliyun.com/zh/icp-filing/basic-icp-service/user-guide/icp-filing-application-overview"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Dated, seed: Vec::new(), }, }
}

#[inline(never)]
fn rules_regulations_public_security() -> Rule {
    Rule { id: st("regulations.public-security"), section: Section::Regulations, text: st("Within 30 days of the website going live after approval, make the public-security filing at beian.mps.gov.cn."), text_zh: Some(st("备案通过、网站开通后 30 日内，须到 beian.mps.gov.cn 办理公安备案。")), zh: Some(st("公安备案")), threshold: Some(30), params: BTreeMap::new(), provenance: Provenance { source: st("https://help.aliyun.com/zh/icp-filing/basic-icp-service/user-guide/icp-filing-application-overview"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn rules_regulations_after_submission() -> Rule {
    Rule { id: st("regulations.after-submission"), section: Section::Regulations, text: st("After the order: Alibaba's review (1–2 working days), MIIT's SMS check (within 24 hours), the bureau's review (up to about 20 working days), and the public-security filing within 30 days of the site going live."), text_zh: Some(st("提交订单后：阿里云初审（1–2 个工作日）、工信部短信核验（24 小时内）、管局审核（最长约 20 个工作日），网站开通后 30 日内办理公安备案。")), zh: Some(st("备案流程")), threshold: None, params: BTreeMap::from([(st("provider_days"), Param::Text(st("1–2"))), ]), provenance: Provenance { source: st("https://help.aliyun.com/zh/icp-filing/basic-icp-service/user-guide/icp-filing-application-overview"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn file_regulations() -> RuleFile {
    RuleFile {
        built_rules: Some(Parts::built(&BUILT_RULES_REGULATIONS)),
        ..RuleFile::default()
    }
}

#[inline(never)]
fn provinces_beijing() -> Province {
    Province { slug: ProvinceSlug::Beijing, code: st("11"), gb2260: st("110000"), en: st("Beijing"), zh: st("北京市"), icp_prefix: st("京"), region: st("north"), provenance: Provenance { source: st("arthurdejong/python-stdnum:stdnum/cn/loc.dat"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn provinces_tianjin() -> Province {
    Province { slug: ProvinceSlug::Tianjin, code: st("12"), gb2260: st("120000"), en: st("Tianjin"), zh: st("天津市"), icp_prefix: st("津"), region: st("north"), provenance: Provenance { source: st("arthurdejong/python-stdnum:stdnum/cn/loc.dat"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn provinces_hebei() -> Province {
    Province { slug: ProvinceSlug::Hebei, code: st("13"), gb2260: st("130000"), en: st("Hebei"), zh: st("河北省"), icp_prefix: st("冀"), region: st("north"), provenance: Provenance { source: st("arthurdejong/python-stdnum:stdnum/cn/loc.dat"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn provinces_shanxi() -> Province {
    Province { slug: ProvinceSlug::Shanxi, code: st("14"), gb2260: st("140000"), en: st("Shanxi"), zh: st("山西省"), icp_prefix: st("晋"), region: st("north"), provenance: Provenance { source: st("arthurdejong/python-stdnum:stdnum/cn/loc.dat"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn provinces_inner_mongolia() -> Province {
    Province { slug: ProvinceSlug::InnerMongolia, code: st("15"), gb2260: st("150000"), en: st("Inner Mongolia"), zh: st("内蒙古自治区"), icp_prefix: st("蒙"), region: st("north"), provenance: Provenance { source: st("arthurdejong/python-stdnum:stdnum/cn/loc.dat"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn provinces_liaoning() -> Province {
    Province { slug: ProvinceSlug::Liaoning, code: st("21"), gb2260: st("210000"), en: st("Liaoning"), zh: st("辽宁省"), icp_prefix: st("辽"), region: st("northeast"), provenance: Provenance { source: st("arthurdejong/python-stdnum:stdnum/cn/loc.dat"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn provinces_jilin() -> Province {
    Province { slug: ProvinceSlug::Jilin, code: st("22"), gb2260: st("220000"), en: st("Jilin"), zh: st("吉林省"), icp_prefix: st("吉"), region: st("northeast"), provenance: Provenance { source: st("arthurdejong/python-stdnum:stdnum/cn/loc.dat"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn provinces_heilongjiang() -> Province {
    Province { slug: ProvinceSlug::Heilongjiang, code: st("23"), gb2260: st("230000"), en: st("Heilongjiang"), zh: st("黑龙江省"), icp_prefix: st("黑"), region: st("northeast"), provenance: Provenance { source: st("arthurdejong/python-stdnum:stdnum/cn/loc.dat"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn provinces_shanghai() -> Province {
    Province { slug: ProvinceSlug::Shanghai, code: st("31"), gb2260: st("310000"), en: st("Shanghai"), zh: st("上海市"), icp_prefix: st("沪"), region: st("east"), provenance: Provenance { source: st("arthurdejong/python-stdnum:stdnum/cn/loc.dat"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn provinces_jiangsu() -> Province {
    Province { slug: ProvinceSlug::Jiangsu, code: st("32"), gb2260: st("320000"), en: st("Jiangsu"), zh: st("江苏省"), icp_prefix: st("苏"), region: st("east"), provenance: Provenance { source: st("arthurdejong/python-stdnum:stdnum/cn/loc.dat"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn provinces_zhejiang() -> Province {
    Province { slug: ProvinceSlug::Zhejiang, code: st("33"), gb2260: st("330000"), en: st("Zhejiang"), zh: st("浙江省"), icp_prefix: st("浙"), region: st("east"), provenance: Provenance { source: st("arthurdejong/python-stdnum:stdnum/cn/loc.dat"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn provinces_anhui() -> Province {
    Province { slug: ProvinceSlug::Anhui, code: st("34"), gb2260: st("340000"), en: st("Anhui"), zh: st("安徽省"), icp_prefix: st("皖"), region: st("east"), provenance: Provenance { source: st("arthurdejong/python-stdnum:stdnum/cn/loc.dat"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn provinces_fujian() -> Province {
    Province { slug: ProvinceSlug::Fujian, code: st("35"), gb2260: st("350000"), en: st("Fujian"), zh: st("福建省"), icp_prefix: st("闽"), region: st("east"), provenance: Provenance { source: st("arthurdejong/python-stdnum:stdnum/cn/loc.dat"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn provinces_jiangxi() -> Province {
    Province { slug: ProvinceSlug::Jiangxi, code: st("36"), gb2260: st("360000"), en: st("Jiangxi"), zh: st("江西省"), icp_prefix: st("赣"), region: st("east"), provenance: Provenance { source: st("arthurdejong/python-stdnum:stdnum/cn/loc.dat"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn provinces_shandong() -> Province {
    Province { slug: ProvinceSlug::Shandong, code: st("37"), gb2260: st("370000"), en: st("Shandong"), zh: st("山东省"), icp_prefix: st("鲁"), region: st("east"), provenance: Provenance { source: st("arthurdejong/python-stdnum:stdnum/cn/loc.dat"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn provinces_henan() -> Province {
    Province { slug: ProvinceSlug::Henan, code: st("41"), gb2260: st("410000"), en: st("Henan"), zh: st("河南省"), icp_prefix: st("豫"), region: st("central"), provenance: Provenance { source: st("arthurdejong/python-stdnum:stdnum/cn/loc.dat"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn provinces_hubei() -> Province {
    Province { slug: ProvinceSlug::Hubei, code: st("42"), gb2260: st("420000"), en: st("Hubei"), zh: st("湖北省"), icp_prefix: st("鄂"), region: st("central"), provenance: Provenance { source: st("arthurdejong/python-stdnum:stdnum/cn/loc.dat"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn provinces_hunan() -> Province {
    Province { slug: ProvinceSlug::Hunan, code: st("43"), gb2260: st("430000"), en: st("Hunan"), zh: st("湖南省"), icp_prefix: st("湘"), region: st("central"), provenance: Provenance { source: st("arthurdejong/python-stdnum:stdnum/cn/loc.dat"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn provinces_guangdong() -> Province {
    Province { slug: ProvinceSlug::Guangdong, code: st("44"), gb2260: st("440000"), en: st("Guangdong"), zh: st("广东省"), icp_prefix: st("粤"), region: st("south"), provenance: Provenance { source: st("arthurdejong/python-stdnum:stdnum/cn/loc.dat"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn provinces_guangxi() -> Province {
    Province { slug: ProvinceSlug::Guangxi, code: st("45"), gb2260: st("450000"), en: st("Guangxi"), zh: st("广西壮族自治区"), icp_prefix: st("桂"), region: st("south"), provenance: Provenance { source: st("arthurdejong/python-stdnum:stdnum/cn/loc.dat"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn provinces_hainan() -> Province {
    Province { slug: ProvinceSlug::Hainan, code: st("46"), gb2260: st("460000"), en: st("Hainan"), zh: st("海南省"), icp_prefix: st("琼"), region: st("south"), provenance: Provenance { source: st("arthurdejong/python-stdnum:stdnum/cn/loc.dat"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn provinces_chongqing() -> Province {
    Province { slug: ProvinceSlug::Chongqing, code: st("50"), gb2260: st("500000"), en: st("Chongqing"), zh: st("重庆市"), icp_prefix: st("渝"), region: st("southwest"), provenance: Provenance { source: st("arthurdejong/python-stdnum:stdnum/cn/loc.dat"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn provinces_sichuan() -> Province {
    Province { slug: ProvinceSlug::Sichuan, code: st("51"), gb2260: st("510000"), en: st("Sichuan"), zh: st("四川省"), icp_prefix: st("蜀"), region: st("southwest"), provenance: Provenance { source: st("arthurdejong/python-stdnum:stdnum/cn/loc.dat"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn provinces_guizhou() -> Province {
    Province { slug: ProvinceSlug::Guizhou, code: st("52"), gb2260: st("520000"), en: st("Guizhou"), zh: st("贵州省"), icp_prefix: st("黔"), region: st("southwest"), provenance: Provenance { source: st("arthurdejong/python-stdnum:stdnum/cn/loc.dat"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn provinces_yunnan() -> Province {
    Province { slug: ProvinceSlug::Yunnan, code: st("53"), gb2260: st("530000"), en: st("Yunnan"), zh: st("云南省"), icp_prefix: st("滇"), region: st("southwest"), provenance: Provenance { source: st("arthurdejong/python-stdnum:stdnum/cn/loc.dat"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn provinces_tibet() -> Province {
    Province { slug: ProvinceSlug::Tibet, code: st("54"), gb2260: st("540000"), en: st("Tibet"), zh: st("西藏自治区"), icp_prefix: st("藏"), region: st("southwest"), provenance: Provenance { source: st("arthurdejong/python-stdnum:stdnum/cn/loc.dat"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn provinces_shaanxi() -> Province {
    Province { slug: ProvinceSlug::Shaanxi, code: st("61"), gb2260: st("610000"), en: st("Shaanxi"), zh: st("陕西省"), icp_prefix: st("陕"), region: st("northwest"), provenance: Provenance { source: st("arthurdejong/python-stdnum:stdnum/cn/loc.dat"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn provinces_gansu() -> Province {
    Province { slug: ProvinceSlug::Gansu, code: st("62"), gb2260: st("620000"), en: st("Gansu"), zh: st("甘肃省"), icp_prefix: st("陇"), region: st("northwest"), provenance: Provenance { source: st("arthurdejong/python-stdnum:stdnum/cn/loc.dat"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn provinces_qinghai() -> Province {
    Province { slug: ProvinceSlug::Qinghai, code: st("63"), gb2260: st("630000"), en: st("Qinghai"), zh: st("青海省"), icp_prefix: st("青"), region: st("northwest"), provenance: Provenance { source: st("arthurdejong/python-stdnum:stdnum/cn/loc.dat"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn provinces_ningxia() -> Province {
    Province { slug: ProvinceSlug::Ningxia, code: st("64"), gb2260: st("640000"), en: st("Ningxia"), zh: st("宁夏回族自治区"), icp_prefix: st("宁"), region: st("northwest"), provenance: Provenance { source: st("arthurdejong/python-stdnum:stdnum/cn/loc.dat"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn provinces_xinjiang() -> Province {
    Province { slug: ProvinceSlug::Xinjiang, code: st("65"), gb2260: st("650000"), en: st("Xinjiang"), zh: st("新疆维吾尔自治区"), icp_prefix: st("新"), region: st("northwest"), provenance: Provenance { source: st("arthurdejong/python-stdnum:stdnum/cn/loc.dat"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn province_rules_beijing() -> Vec<ProvinceRule> {
    vec![ProvinceRule { id: st("beijing-domain-confirmation"), province: ProvinceSlug::Beijing, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainConfirmation, text: st("If the authenticity statement has no room for every domain you file, list all of them on the Beijing domain name confirmation form and upload it."), text_zh: Some(st("如果真实性核验单填不下所有备案域名，请将全部域名填写在北京备案域名确认书上并上传。")), zh: Some(st("北京备案域名确认书")), provenance: Provenance { source: st("alipannu12121/icp:intl.en-US/Before ICP Filing/Overview.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Confirmed, seed: vec![st("S33"), ], }, }, ProvinceRule { id: st("beijing-leader-legal-representative"), province: ProvinceSlug::Beijing, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::LeaderLegalRepresentative { letter_allowed: true, }, text: st("The person in charge should be the legal representative; if that is truly impossible, upload the legal representative's letter of authorization and ID card (Alibaba's 2019 Beijing page)."), text_zh: Some(st("主体负责人应为法定代表人；确实无法由法定代表人担任的，须上传法定代表人授权委托书及其身份证（阿里云 2019 年北京规则）。")), zh: Some(st("法定代表人授权委托书")), provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/华北各省管局规则/北京备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("beijing-domain-holder"), province: ProvinceSlug::Beijing, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainHolder { holders: vec![Holder::Entity, Holder::PersonInCharge, ], certificate_cures: true, }, text: st("Each domain must be held by the organisation or by its legal representative (Tencent Cloud's Beijing page; Alibaba's 2019 page named the organisation only). A domain held by a person needs a domain name holder certificate, or transfer it."), text_zh: Some(st("每个域名须由单位或其法定代表人持有（腾讯云北京管局要求；阿里云 2019 年页面只写单位）。个人持有的域名须提供域名注册人证明，或将域名过户。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1f450e16:product/域名与网站/网站备案/备案准备/各省管局要求/华北各省管局要求/北京管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S34"), ], }, }, ProvinceRule { id: st("beijing-multiple-domains"), province: ProvinceSlug::Beijing, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("Several domains for one website: say so in the remarks (\"domains point to the same website\"). Domains with clearly different prefixes are filed as separate websites."), text_zh: Some(st("一个网站有多个域名时，请在备注中说明“域名指向同一网站”。前缀明显不同的域名请分为不同网站备案。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/华北各省管局规则/北京备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("beijing-suffix-list"), province: ProvinceSlug::Beijing, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("Beijing keeps its own list of fileable suffixes. A .org domain filed before 2018-01-01 may still be accessed; new .org filings are refused."), text_zh: Some(st("北京有自己的可备案域名后缀名单。2018年1月1日前已备案的 .org 域名仍可接入；新的 .org 备案不予受理。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1f450e16:product/域名与网站/网站备案/备案准备/各省管局要求/华北各省管局要求/北京管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("beijing-contacts"), province: ProvinceSlug::Beijing, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("Give both the first contact phone and the emergency contact phone; no Beijing-number rule is stated any longer."), text_zh: Some(st("联系方式1与应急联系方式都必须填写；现行页面不再要求北京号码。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1f450e16:product/域名与网站/网站备案/备案准备/各省管局要求/华北各省管局要求/北京管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("beijing-cross-province"), province: ProvinceSlug::Beijing, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::CrossProvince { outcome: CrossProvinceOutcome::Unknown, extra_proof: None, }, text: st("No current source says whether an individual with an ID card from another province may file in Beijing or what proof is needed: ask Alibaba's pre-check or the Beijing bureau."), text_zh: Some(st("现行资料均未说明外省身份证的个人能否在北京备案、需要什么证明：请询问阿里云初审或北京管局。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1f450e16:product/域名与网站/网站备案/备案准备/各省管局要求/华北各省管局要求/北京管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S38"), ], }, }, ProvinceRule { id: st("beijing-hong-kong-document"), province: ProvinceSlug::Beijing, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("A Hong Kong resident in charge files with the Mainland Travel Permit for Hong Kong and Macao Residents, not a passport."), text_zh: Some(st("负责人是香港居民的，须使用港澳居民来往内地通行证作为负责人证件，而不是护照。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1f450e16:product/域名与网站/网站备案/备案准备/各省管局要求/华北各省管局要求/北京管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("beijing-foreign-passport"), province: ProvinceSlug::Beijing, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("Foreign individuals file with a valid passport."), text_zh: Some(st("外籍个人备案须提供有效护照。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1f450e16:product/域名与网站/网站备案/备案准备/各省管局要求/华北各省管局要求/北京管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("beijing-min-age"), province: ProvinceSlug::Beijing, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::MinAge { years: 18, with_proof_from: None, }, text: st("The person in charge (and an individual filer) must be at least 18."), text_zh: Some(st("负责人（含个人备案者）须年满 18 周岁。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1f450e16:product/域名与网站/网站备案/备案准备/各省管局要求/华北各省管局要求/北京管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("beijing-face-photo-individual"), province: ProvinceSlug::Beijing, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: Some(MaterialId::FacePhotoWithId), kind: ProvinceRuleKind::RequiredMaterial, text: st("Upload a photo of yourself holding your ID (Alibaba's 2019 Beijing page; Alibaba's app may now take a live face check instead)."), text_zh: Some(st("须上传本人手持证件照片（阿里云 2019 年北京规则；现在可能已改为阿里云 App 人脸核验）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/华北各省管局规则/北京备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S30"), ], }, }, ProvinceRule { id: st("beijing-face-photo-organisation"), province: ProvinceSlug::Beijing, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: Some(MaterialId::FacePhotoWithOrgCertificate), kind: ProvinceRuleKind::RequiredMaterial, text: st("Upload a photo of the website administrator holding the organisation's certificate (Alibaba's 2019 Beijing page; the app may now take a live face check instead)."), text_zh: Some(st("须上传网站负责人手持单位证件的照片（阿里云 2019 年北京规则；现在可能已改为 App 人脸核验）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/华北各省管局规则/北京备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S31"), ], }, }, ProvinceRule { id: st("beijing-individual-site-type"), province: ProvinceSlug::Beijing, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("The service type 'personal space/blog' cannot be chosen; describe the site's content in the remarks."), text_zh: Some(st("个人备案不能选择“个人空间/博客”类型；请在备注中说明网站内容。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1f450e16:product/域名与网站/网站备案/备案准备/各省管局要求/华北各省管局要求/北京管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("beijing-domain-min-validity"), province: ProvinceSlug::Beijing, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainMinValidity { months: Some(3), days: None, }, text: st("Each domain must stay registered for more than 3 months when you file (Beijing; Alibaba's 2019 province page)."), text_zh: Some(st("备案时每个域名的剩余有效期须大于 3 个月（北京；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/华北各省管局规则/北京备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("beijing-document-min-validity"), province: ProvinceSlug::Beijing, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DocumentMinValidity { months: 3, }, text: st("An ID card used in the filing must stay valid for more than 3 months (Beijing; Alibaba's 2019 province page)."), text_zh: Some(st("备案所用身份证的剩余有效期须大于 3 个月（北京；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/华北各省管局规则/北京备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ]
}

#[inline(never)]
fn province_rules_tianjin() -> Vec<ProvinceRule> {
    vec![ProvinceRule { id: st("tianjin-leader-legal-representative"), province: ProvinceSlug::Tianjin, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::LeaderLegalRepresentative { letter_allowed: false, }, text: st("The entity's person in charge must be its legal representative."), text_zh: Some(st("单位的主体负责人必须是其法定代表人。")), zh: None, provenance: Provenance { source: st("https://alibabacloud.com/help/en/icp-filing/basic-icp-service/user-guide/icp-filing-regulations-for-tianjin-1"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }, ProvinceRule { id: st("tianjin-min-age"), province: ProvinceSlug::Tianjin, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: Some(st("tianjin-organisation-age")), material: Some(MaterialId::ProofOfEmploymentOrIncome), kind: ProvinceRuleKind::MinAge { years: 18, with_proof_from: Some(16), }, text: st("Reading of Alibaba's current Tianjin page: the legal representative must be at least 16; from 16 to 18 add proof of employment or income."), text_zh: Some(st("阿里云现行天津页面：法定代表人须年满 16 周岁；16 至 18 周岁须提供就业或收入证明。")), zh: None, provenance: Provenance { source: st("https://alibabacloud.com/help/en/icp-filing/basic-icp-service/user-guide/icp-filing-regulations-for-tianjin-1"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }, ProvinceRule { id: st("tianjin-min-age-2019"), province: ProvinceSlug::Tianjin, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: Some(st("tianjin-organisation-age")), material: None, kind: ProvinceRuleKind::MinAge { years: 18, with_proof_from: None, }, text: st("Reading of Alibaba's 2019 Tianjin page: a person in charge under 18 cannot file."), text_zh: Some(st("阿里云 2019 年天津规则：负责人未满 18 周岁不能备案。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/华北各省管局规则/天津备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("tianjin-admin-age"), province: ProvinceSlug::Tianjin, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("A website administrator under 18 is filed with a guardian; an administrator past retirement age (men 60, women 55) is refused."), text_zh: Some(st("未满 18 周岁的网站负责人须填写监护人；已过退休年龄（男 60 岁、女 55 岁）的网站负责人不予备案。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1d710ca0:product/域名与网站/网站备案/备案准备/各省管局要求/华北各省管局要求/天津管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("tianjin-business-licence"), province: ProvinceSlug::Tianjin, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("Enterprises file with a copy of the business licence; no annual-inspection stamp is needed."), text_zh: Some(st("企业使用营业执照副本备案，无需年检章。")), zh: None, provenance: Provenance { source: st("https://alibabacloud.com/help/en/icp-filing/basic-icp-service/user-guide/icp-filing-regulations-for-tianjin-1"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }, ProvinceRule { id: st("tianjin-district-mapping"), province: ProvinceSlug::Tianjin, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("Choosing the district: in Huayuan, addresses inside the ring road are Nankai District and outside it Xiqing District; the Free Trade Zone and the Airport Economic Zone count as Binhai New Area."), text_zh: Some(st("选择区县：华苑地区环内属于南开区，环外属于西青区；自贸区、空港经济区请改为滨海新区。")), zh: None, provenance: Provenance { source: st("https://alibabacloud.com/help/en/icp-filing/basic-icp-service/user-guide/icp-filing-regulations-for-tianjin-1"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }, ProvinceRule { id: st("tianjin-contacts"), province: ProvinceSlug::Tianjin, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("The website administrator and the person in charge must be different people, and domain privacy (WHOIS protection) must be off while filing."), text_zh: Some(st("网站负责人与主体负责人不能为同一人；备案期间须关闭域名隐私保护。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/华北各省管局规则/天津备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("tianjin-authorization-letter"), province: ProvinceSlug::Tianjin, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::AuthorizationLetter, text: st("If the website administrator is not the legal representative (in Tianjin the administrator must differ from the person in charge), upload the website administrator's letter of authorization."), text_zh: Some(st("网站负责人非法定代表人的（天津要求网站负责人与主体负责人不能为同一人），须上传网站负责人授权书。")), zh: Some(st("网站负责人授权书")), provenance: Provenance { source: st("tencentyun/qcloud-documents@05245a1c:product/域名与网站/网站备案/备案准备/备案材料清单.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S32"), ], }, }, ProvinceRule { id: st("tianjin-individual-min-age"), province: ProvinceSlug::Tianjin, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: Some(st("tianjin-individual-age")), material: None, kind: ProvinceRuleKind::MinAge { years: 18, with_proof_from: None, }, text: st("Reading of Alibaba's 2019 Tianjin page: individuals under 18 cannot file."), text_zh: Some(st("阿里云 2019 年天津规则：未满 18 周岁的个人不能备案。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/华北各省管局规则/天津备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("tianjin-individual-min-age-guardian"), province: ProvinceSlug::Tianjin, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: Some(st("tianjin-individual-age")), material: Some(MaterialId::GuardianDocuments), kind: ProvinceRuleKind::MinAge { years: 18, with_proof_from: Some(0), }, text: st("Reading of Tencent Cloud's Tianjin page: under 18, name a guardian and upload the guardian's ID and the household register."), text_zh: Some(st("腾讯云天津管局要求：未满 18 周岁的须填写监护人，并上传监护人身份证及户口本。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1d710ca0:product/域名与网站/网站备案/备案准备/各省管局要求/华北各省管局要求/天津管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("tianjin-individual-details"), province: ProvinceSlug::Tianjin, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("Add the remark declaring the site purely personal (\"本网站是个人网站，不含有企业、单位等非个人网站的信息……\")."), text_zh: Some(st("须在网站备注中标明：“本网站是个人网站，不含有企业、单位等非个人网站的信息……”。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1d710ca0:product/域名与网站/网站备案/备案准备/各省管局要求/华北各省管局要求/天津管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("tianjin-site-name"), province: ProvinceSlug::Tianjin, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("Site names need at least 3 Chinese characters and no generic words; names with 博客, 论坛, 在线, 社区 or 交流 need a pre-approval."), text_zh: Some(st("网站名称须使用 3 个以上汉字，不能使用泛化词语；带有博客、论坛、在线、社区、交流等字样的须先办理前置审批。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1d710ca0:product/域名与网站/网站备案/备案准备/各省管局要求/华北各省管局要求/天津管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("tianjin-cross-province"), province: ProvinceSlug::Tianjin, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::CrossProvince { outcome: CrossProvinceOutcome::Unknown, extra_proof: None, }, text: st("Huawei's 2025 summary says Tianjin accepts individual filings from other provinces, but no source says whether a residence permit is needed: ask before you apply."), text_zh: Some(st("华为云 2025 年汇总称天津个人备案支持跨省提交，但未说明是否需要居住证：申请前请确认。")), zh: None, provenance: Provenance { source: st("huaweicloud/huaweicloud-skills:skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/faq/备案政策咨询.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S38"), ], }, }, ProvinceRule { id: st("tianjin-domain-min-validity"), province: ProvinceSlug::Tianjin, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainMinValidity { months: Some(3), days: None, }, text: st("Each domain must stay registered for more than 3 months when you file (Tianjin; Alibaba's 2019 province page)."), text_zh: Some(st("备案时每个域名的剩余有效期须大于 3 个月（天津；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/华北各省管局规则/天津备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("tianjin-document-min-validity"), province: ProvinceSlug::Tianjin, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DocumentMinValidity { months: 3, }, text: st("An ID card used in the filing must stay valid for more than 3 months (Tianjin; Alibaba's 2019 province page)."), text_zh: Some(st("备案所用身份证的剩余有效期须大于 3 个月（天津；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/华北各省管局规则/天津备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ]
}

#[inline(never)]
fn province_rules_hebei() -> Vec<ProvinceRule> {
    vec![ProvinceRule { id: st("hebei-leader-legal-representative"), province: ProvinceSlug::Hebei, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::LeaderLegalRepresentative { letter_allowed: false, }, text: st("The entity's person in charge must be its legal representative; a foreign legal representative authorises a Chinese citizen as person in charge."), text_zh: Some(st("主体负责人必须是法定代表人；法定代表人为外籍人士的，须授权一名中国公民担任负责人。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@830c38e1:product/域名与网站/网站备案/备案准备/各省管局要求/华北各省管局要求/河北管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("hebei-domain-holder"), province: ProvinceSlug::Hebei, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainHolder { holders: vec![Holder::Entity, Holder::PersonInCharge, ], certificate_cures: false, }, text: st("Each domain must be held by the organisation or by its legal representative."), text_zh: Some(st("域名所有者须与主办单位名称或法定代表人一致。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@830c38e1:product/域名与网站/网站备案/备案准备/各省管局要求/华北各省管局要求/河北管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("hebei-no-foreign-individuals"), province: ProvinceSlug::Hebei, applies_to: AppliesTo::Individual, entity_types: None, residency: Some(vec![Residency::Foreign, ]), conflict_group: None, material: None, kind: ProvinceRuleKind::ResidencyRefused { residency: vec![Residency::Foreign, ], }, text: st("Hebei does not accept individual filings by foreign nationals."), text_zh: Some(st("河北不受理外籍人士的个人备案。")), zh: None, provenance: Provenance { source: st("huaweicloud/huaweicloud-skills:skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/topics/备案管局咨询.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("hebei-min-age"), province: ProvinceSlug::Hebei, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::MinAge { years: 18, with_proof_from: None, }, text: st("The person in charge (and an individual filer) must be at least 18."), text_zh: Some(st("负责人（含个人备案者）须年满 18 周岁。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@830c38e1:product/域名与网站/网站备案/备案准备/各省管局要求/华北各省管局要求/河北管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("hebei-same-city"), province: ProvinceSlug::Hebei, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("The communication address and the address on the certificate must be in the same city."), text_zh: Some(st("通讯地址与证件住址不能跨市。")), zh: None, provenance: Provenance { source: st("huaweicloud/huaweicloud-skills:skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/topics/备案管局咨询.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("hebei-forums"), province: ProvinceSlug::Hebei, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("Forum and community sites need their special approval first."), text_zh: Some(st("论坛、社区类网站须先办理专项审批。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@830c38e1:product/域名与网站/网站备案/备案准备/各省管局要求/华北各省管局要求/河北管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("hebei-cross-province"), province: ProvinceSlug::Hebei, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::CrossProvince { outcome: CrossProvinceOutcome::Unknown, extra_proof: None, }, text: st("Non-local individuals are mentioned (they must give a Hebei phone number) but no source says whether a residence permit is needed: ask before you apply."), text_zh: Some(st("现行资料提到非本省人员可备案（须使用河北号码），但未说明是否需要居住证：申请前请确认。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@830c38e1:product/域名与网站/网站备案/备案准备/各省管局要求/华北各省管局要求/河北管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S38"), ], }, }, ProvinceRule { id: st("hebei-domain-min-validity"), province: ProvinceSlug::Hebei, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainMinValidity { months: Some(3), days: None, }, text: st("Each domain must stay registered for more than 3 months when you file (Hebei; Alibaba's 2019 province page)."), text_zh: Some(st("备案时每个域名的剩余有效期须大于 3 个月（河北；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/华北各省管局规则/河北备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("hebei-document-min-validity"), province: ProvinceSlug::Hebei, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DocumentMinValidity { months: 3, }, text: st("An ID card used in the filing must stay valid for more than 3 months (Hebei; Alibaba's 2019 province page)."), text_zh: Some(st("备案所用身份证的剩余有效期须大于 3 个月（河北；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/华北各省管局规则/河北备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ]
}

#[inline(never)]
fn province_rules_shanxi() -> Vec<ProvinceRule> {
    vec![ProvinceRule { id: st("shanxi-local-id-only"), province: ProvinceSlug::Shanxi, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::CrossProvince { outcome: CrossProvinceOutcome::LocalIdOnly, extra_proof: None, }, text: st("Individuals can file only with an ID card whose address is in Shanxi; a residence permit does not help."), text_zh: Some(st("个人备案身份证地址必须为山西省；居住证不能替代。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@27f4eb8f:product/域名与网站/网站备案/备案准备/各省管局要求/华北各省管局要求/山西管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S38"), ], }, }, ProvinceRule { id: st("shanxi-individual-business"), province: ProvinceSlug::Shanxi, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("An individual business (个体工商户) with a trade name files as an enterprise; one without files as an individual."), text_zh: Some(st("有字号的个体工商户请选择企业备案，无字号的选择个人备案。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@27f4eb8f:product/域名与网站/网站备案/备案准备/各省管局要求/华北各省管局要求/山西管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("shanxi-leader-legal-representative"), province: ProvinceSlug::Shanxi, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::LeaderLegalRepresentative { letter_allowed: false, }, text: st("The person in charge must be the legal representative; a foreign, Hong Kong, Macao or Taiwan legal representative authorises a holder of a mainland ID card."), text_zh: Some(st("主体负责人必须为法定代表人；法定代表人为外籍或港澳台居民的，须授权给持有中国内地身份证的人员。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/华北各省管局规则/山西备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("shanxi-min-age"), province: ProvinceSlug::Shanxi, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::MinAge { years: 18, with_proof_from: None, }, text: st("The person in charge (and an individual filer) must be at least 18."), text_zh: Some(st("负责人（含个人备案者）须年满 18 周岁。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@27f4eb8f:product/域名与网站/网站备案/备案准备/各省管局要求/华北各省管局要求/山西管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("shanxi-new-domains-cap"), province: ProvinceSlug::Shanxi, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::FilingCap(FilingCap::MaxDomains(3)), text: st("Apart from changes, one filing order may add at most 3 new domains: split the rest into later orders."), text_zh: Some(st("除变更外，单次备案订单中新增域名不可以超过 3 个：其余请分批提交。")), zh: None, provenance: Provenance { source: st("huaweicloud/huaweicloud-skills:skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/topics/备案管局咨询.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("shanxi-domain-holder"), province: ProvinceSlug::Shanxi, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainHolder { holders: vec![Holder::Entity, Holder::PersonInCharge, ], certificate_cures: false, }, text: st("Each domain must be held by the organisation or by its legal representative."), text_zh: Some(st("域名所有者须与主办单位名称或法定代表人一致。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@27f4eb8f:product/域名与网站/网站备案/备案准备/各省管局要求/华北各省管局要求/山西管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("shanxi-domain-min-validity"), province: ProvinceSlug::Shanxi, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainMinValidity { months: Some(3), days: None, }, text: st("Each domain must stay registered for more than 3 months when you file (Shanxi; Alibaba's 2019 province page)."), text_zh: Some(st("备案时每个域名的剩余有效期须大于 3 个月（山西；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/华北各省管局规则/山西备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("shanxi-document-min-validity"), province: ProvinceSlug::Shanxi, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DocumentMinValidity { months: 3, }, text: st("An ID card used in the filing must stay valid for more than 3 months (Shanxi; Alibaba's 2019 province page)."), text_zh: Some(st("备案所用身份证的剩余有效期须大于 3 个月（山西；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/华北各省管局规则/山西备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ]
}

#[inline(never)]
fn province_rules_inner_mongolia() -> Vec<ProvinceRule> {
    vec![ProvinceRule { id: st("inner-mongolia-superior-authorization"), province: ProvinceSlug::InnerMongolia, applies_to: AppliesTo::Organisation, entity_types: Some(vec![EntityType::Government, EntityType::PublicInstitution, ]), residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::SuperiorAuthorization { entity_types: vec![EntityType::Government, EntityType::PublicInstitution, ], }, text: st("Government agencies and public institutions must provide a certificate of authorization issued by their upper-level authority; for a first filing the bureau asks for the staffing office's (编办) certificate."), text_zh: Some(st("政府机关和事业单位须提供上级主管单位出具的授权证明；首次备案时管局要求提供编办证明。")), zh: Some(st("上级主管单位授权证明")), provenance: Provenance { source: st("alipannu12121/icp:intl.en-US/Before ICP Filing/Overview.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Confirmed, seed: vec![st("S39"), ], }, }, ProvinceRule { id: st("inner-mongolia-staffing-office"), province: ProvinceSlug::InnerMongolia, applies_to: AppliesTo::Organisation, entity_types: Some(vec![EntityType::Government, EntityType::PublicInstitution, ]), residency: None, conflict_group: None, material: Some(MaterialId::StaffingOfficeApproval), kind: ProvinceRuleKind::RequiredMaterial, text: st("Public institutions and government agencies filing for the first time provide the staffing office's (编办) certificate."), text_zh: Some(st("事业单位、政府机关首次备案须提供编办证明。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/常见问题/备案场景及基本概念FAQ/省管局规则FAQ.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("inner-mongolia-leader-legal-representative"), province: ProvinceSlug::InnerMongolia, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::LeaderLegalRepresentative { letter_allowed: false, }, text: st("The entity's person in charge must be its legal representative."), text_zh: Some(st("主体负责人必须是法定代表人。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@027d9b7c:product/域名与网站/网站备案/备案准备/各省管局要求/华北各省管局要求/内蒙古管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("inner-mongolia-min-age"), province: ProvinceSlug::InnerMongolia, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::MinAge { years: 18, with_proof_from: None, }, text: st("The person in charge must be at least 18."), text_zh: Some(st("负责人须年满 18 周岁。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@027d9b7c:product/域名与网站/网站备案/备案准备/各省管局要求/华北各省管局要求/内蒙古管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("inner-mongolia-individual-min-age"), province: ProvinceSlug::InnerMongolia, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::MinAge { years: 18, with_proof_from: None, }, text: st("Individuals must be at least 18."), text_zh: Some(st("个人备案须年满 18 周岁。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@027d9b7c:product/域名与网站/网站备案/备案准备/各省管局要求/华北各省管局要求/内蒙古管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("inner-mongolia-residence-permit"), province: ProvinceSlug::InnerMongolia, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::CrossProvince { outcome: CrossProvinceOutcome::LocalIdOnly, extra_proof: None, }, text: st("Individuals can file only with an ID card whose address is in Inner Mongolia (Alibaba's 2019 page still accepted a residence permit; Tencent and Huawei 2025 do not)."), text_zh: Some(st("个人备案证件地址必须为内蒙古（阿里云 2019 年页面仍接受居住证；腾讯云和华为云 2025 年不接受）。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@027d9b7c:product/域名与网站/网站备案/备案准备/各省管局要求/华北各省管局要求/内蒙古管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S38"), ], }, }, ProvinceRule { id: st("inner-mongolia-domain-certificate"), province: ProvinceSlug::InnerMongolia, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainCertificate { min_domains: 1, count: DomainCount::Domains, }, text: st("Provide a domain name certificate for the domains of first filings, new websites, access filings and changes."), text_zh: Some(st("首次备案、新增网站、接入备案、变更备案和变更网站均须提供域名证书。")), zh: Some(st("域名证书")), provenance: Provenance { source: st("tencentyun/qcloud-documents@027d9b7c:product/域名与网站/网站备案/备案准备/各省管局要求/华北各省管局要求/内蒙古管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S37"), ], }, }, ProvinceRule { id: st("inner-mongolia-foreign-registrar"), province: ProvinceSlug::InnerMongolia, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("Domains registered with registrars outside China cannot be filed."), text_zh: Some(st("境外注册的域名不能备案。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/华北各省管局规则/内蒙古备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("inner-mongolia-domain-holder"), province: ProvinceSlug::InnerMongolia, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainHolder { holders: vec![Holder::Entity, Holder::PersonInCharge, ], certificate_cures: false, }, text: st("Each domain must be held by the organisation or by its legal representative."), text_zh: Some(st("域名所有者须与主办单位名称或法定代表人一致。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@027d9b7c:product/域名与网站/网站备案/备案准备/各省管局要求/华北各省管局要求/内蒙古管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("inner-mongolia-organisation-address"), province: ProvinceSlug::InnerMongolia, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("The certificate address must be in Inner Mongolia; if the legal representative's ID is from another province, add a photo of them holding their ID and the business licence."), text_zh: Some(st("证件地址必须为内蒙古；法定代表人身份证非本省的，须提供法定代表人手持身份证及营业执照的照片。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@027d9b7c:product/域名与网站/网站备案/备案准备/各省管局要求/华北各省管局要求/内蒙古管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("inner-mongolia-public-suffix"), province: ProvinceSlug::InnerMongolia, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("Public institutions must file .cn or .公益 domains."), text_zh: Some(st("事业单位域名必须以 .cn 或 .公益 为后缀。")), zh: None, provenance: Provenance { source: st("huaweicloud/huaweicloud-skills:skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/topics/备案管局咨询.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("inner-mongolia-individual-remark"), province: ProvinceSlug::InnerMongolia, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("The remark needs at least 30 characters with the fixed personal-site declaration; 'personal space/blog' sites are not accepted."), text_zh: Some(st("个人网站备注不少于 30 个字，并含固定的个人网站声明；不接受“个人空间/博客”类网站。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@027d9b7c:product/域名与网站/网站备案/备案准备/各省管局要求/华北各省管局要求/内蒙古管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("inner-mongolia-domain-min-validity"), province: ProvinceSlug::InnerMongolia, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainMinValidity { months: Some(3), days: None, }, text: st("Each domain must stay registered for more than 3 months when you file (Inner Mongolia; Alibaba's 2019 province page)."), text_zh: Some(st("备案时每个域名的剩余有效期须大于 3 个月（内蒙古；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/华北各省管局规则/内蒙古备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("inner-mongolia-document-min-validity"), province: ProvinceSlug::InnerMongolia, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DocumentMinValidity { months: 3, }, text: st("An ID card used in the filing must stay valid for more than 3 months (Inner Mongolia; Alibaba's 2019 province page)."), text_zh: Some(st("备案所用身份证的剩余有效期须大于 3 个月（内蒙古；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/华北各省管局规则/内蒙古备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ]
}

#[inline(never)]
fn province_rules_liaoning() -> Vec<ProvinceRule> {
    vec![ProvinceRule { id: st("liaoning-min-age"), province: ProvinceSlug::Liaoning, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: Some(MaterialId::ProofOfEmploymentOrIncome), kind: ProvinceRuleKind::MinAge { years: 18, with_proof_from: Some(16), }, text: st("The person in charge must be at least 16; from 16 to 18 add a valid proof of income or employment."), text_zh: Some(st("负责人须年满 16 周岁；16 至 18 周岁的须提供有效的收入证明或工作证明。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@136dd2f8:product/域名与网站/网站备案/备案准备/各省管局要求/东北各省管局要求/辽宁省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("liaoning-finance-names"), province: ProvinceSlug::Liaoning, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("If the entity's name contains 投资管理, 担保, 典当, 贷款 or 理财, both the person in charge and the website administrator must be the legal representative."), text_zh: Some(st("单位名称含投资管理、担保、典当、贷款、理财的，主体负责人和网站负责人都必须为法定代表人。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/东北各省管局规则/辽宁备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("liaoning-licence"), province: ProvinceSlug::Liaoning, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("Individual businesses (个体工商户) file as enterprises, and only the latest unified licence (三证合一/五证合一) is accepted."), text_zh: Some(st("个体工商户按企业备案；须使用最新的三证合一或五证合一证件。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@136dd2f8:product/域名与网站/网站备案/备案准备/各省管局要求/东北各省管局要求/辽宁省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("liaoning-broadcast-scope"), province: ProvinceSlug::Liaoning, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("A business scope with 广播电视节目制作 needs that approval, or delete it from the scope; a commitment letter is not accepted."), text_zh: Some(st("经营范围含“广播电视节目制作”的，须提供相应审批或从经营范围中删除；不支持承诺书。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@136dd2f8:product/域名与网站/网站备案/备案准备/各省管局要求/东北各省管局要求/辽宁省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("liaoning-cross-province"), province: ProvinceSlug::Liaoning, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::CrossProvince { outcome: CrossProvinceOutcome::Unknown, extra_proof: None, }, text: st("No current source says whether an individual with an ID card from another province may file in Liaoning: ask before you apply."), text_zh: Some(st("现行资料未说明外省身份证的个人能否在辽宁备案：申请前请确认。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@136dd2f8:product/域名与网站/网站备案/备案准备/各省管局要求/东北各省管局要求/辽宁省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S38"), ], }, }, ProvinceRule { id: st("liaoning-domain-min-validity"), province: ProvinceSlug::Liaoning, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainMinValidity { months: Some(3), days: None, }, text: st("Each domain must stay registered for more than 3 months when you file (Liaoning; Alibaba's 2019 province page)."), text_zh: Some(st("备案时每个域名的剩余有效期须大于 3 个月（辽宁；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/东北各省管局规则/辽宁备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("liaoning-document-min-validity"), province: ProvinceSlug::Liaoning, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DocumentMinValidity { months: 3, }, text: st("An ID card used in the filing must stay valid for more than 3 months (Liaoning; Alibaba's 2019 province page)."), text_zh: Some(st("备案所用身份证的剩余有效期须大于 3 个月（辽宁；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/东北各省管局规则/辽宁备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ]
}

#[inline(never)]
fn province_rules_jilin() -> Vec<ProvinceRule> {
    vec![ProvinceRule { id: st("jilin-min-age"), province: ProvinceSlug::Jilin, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: Some(st("jilin-organisation-age")), material: Some(MaterialId::ProofOfEmploymentOrIncome), kind: ProvinceRuleKind::MinAge { years: 18, with_proof_from: Some(0), }, text: st("Reading of Tencent Cloud's Jilin page: a person in charge under 18 provides proof of income."), text_zh: Some(st("腾讯云吉林管局要求：负责人未满 18 周岁须提供收入证明。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@042048af:product/域名与网站/网站备案/备案准备/各省管局要求/东北各省管局要求/吉林省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("jilin-min-age-2019"), province: ProvinceSlug::Jilin, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: Some(st("jilin-organisation-age")), material: None, kind: ProvinceRuleKind::MinAge { years: 18, with_proof_from: None, }, text: st("Reading of Alibaba's 2019 Jilin page: a person in charge under 18 cannot file."), text_zh: Some(st("阿里云 2019 年吉林规则：负责人未满 18 周岁不能备案。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/东北各省管局规则/吉林备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("jilin-organisation-details"), province: ProvinceSlug::Jilin, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("The investor or superior unit field takes the organisation's full name, not the legal representative."), text_zh: Some(st("投资者或上级主管单位一栏须填写主办单位全称，不能填写法定代表人。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@042048af:product/域名与网站/网站备案/备案准备/各省管局要求/东北各省管局要求/吉林省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("jilin-residence-permit"), province: ProvinceSlug::Jilin, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::CrossProvince { outcome: CrossProvinceOutcome::ResidencePermit, extra_proof: None, }, text: st("With an ID card from outside Jilin, upload proof of residence: the Jilin residence permit (students may use their student card)."), text_zh: Some(st("证件地址非吉林省的，须上传居住证明：吉林居住证（学生可上传学生证）。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@042048af:product/域名与网站/网站备案/备案准备/各省管局要求/东北各省管局要求/吉林省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S38"), ], }, }, ProvinceRule { id: st("jilin-foreign-registrar"), province: ProvinceSlug::Jilin, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("Domains registered with registrars outside China cannot be filed."), text_zh: Some(st("境外注册的域名不能备案。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/东北各省管局规则/吉林备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("jilin-leader-legal-representative"), province: ProvinceSlug::Jilin, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::LeaderLegalRepresentative { letter_allowed: true, }, text: st("If the person in charge is not the legal representative, upload the legal representative's letter of authorization for the person in charge."), text_zh: Some(st("主体负责人不是法定代表人的，须上传主体负责人授权书。")), zh: Some(st("主体负责人授权书")), provenance: Provenance { source: st("tencentyun/qcloud-documents@042048af:product/域名与网站/网站备案/备案准备/各省管局要求/东北各省管局要求/吉林省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S32"), ], }, }, ProvinceRule { id: st("jilin-domain-holder"), province: ProvinceSlug::Jilin, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainHolder { holders: vec![Holder::Entity, ], certificate_cures: false, }, text: st("Each domain must be held in the organisation's full name."), text_zh: Some(st("域名所有者须为单位全称。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@042048af:product/域名与网站/网站备案/备案准备/各省管局要求/东北各省管局要求/吉林省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("jilin-domain-min-validity"), province: ProvinceSlug::Jilin, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainMinValidity { months: Some(3), days: None, }, text: st("Each domain must stay registered for more than 3 months when you file (Jilin; Alibaba's 2019 province page)."), text_zh: Some(st("备案时每个域名的剩余有效期须大于 3 个月（吉林；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/东北各省管局规则/吉林备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("jilin-document-min-validity"), province: ProvinceSlug::Jilin, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DocumentMinValidity { months: 3, }, text: st("An ID card used in the filing must stay valid for more than 3 months (Jilin; Alibaba's 2019 province page)."), text_zh: Some(st("备案所用身份证的剩余有效期须大于 3 个月（吉林；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/东北各省管局规则/吉林备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ]
}

#[inline(never)]
fn province_rules_heilongjiang() -> Vec<ProvinceRule> {
    vec![ProvinceRule { id: st("heilongjiang-superior-authorization"), province: ProvinceSlug::Heilongjiang, applies_to: AppliesTo::Organisation, entity_types: Some(vec![EntityType::Government, EntityType::PublicInstitution, ]), residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::SuperiorAuthorization { entity_types: vec![EntityType::Government, EntityType::PublicInstitution, ], }, text: st("Government agencies and public institutions must provide a certificate of authorization issued by their upper-level authority."), text_zh: Some(st("政府机关和事业单位须提供上级主管单位出具的授权证明。")), zh: Some(st("上级主管单位授权证明")), provenance: Provenance { source: st("alipannu12121/icp:intl.en-US/Before ICP Filing/Overview.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Confirmed, seed: vec![st("S39"), ], }, }, ProvinceRule { id: st("heilongjiang-qualification-form"), province: ProvinceSlug::Heilongjiang, applies_to: AppliesTo::Organisation, entity_types: Some(vec![EntityType::Government, EntityType::PublicInstitution, ]), residency: None, conflict_group: None, material: Some(MaterialId::HeilongjiangSiteQualificationForm), kind: ProvinceRuleKind::RequiredMaterial, text: st("Party and government bodies and public institutions need the 网站开办资格申请表 approved by the staffing office (机构编制管理部门) of their level."), text_zh: Some(st("党政机关、事业单位开办网站，须提供经同级机构编制管理部门复批的《网站开办资格申请表》。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@098f863a:product/域名与网站/网站备案/备案准备/各省管局要求/东北各省管局要求/黑龙江省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("heilongjiang-local-id-only"), province: ProvinceSlug::Heilongjiang, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::CrossProvince { outcome: CrossProvinceOutcome::LocalIdOnly, extra_proof: None, }, text: st("Individuals can file only with an ID card issued in Heilongjiang."), text_zh: Some(st("个人备案身份证归属必须为黑龙江省。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@098f863a:product/域名与网站/网站备案/备案准备/各省管局要求/东北各省管局要求/黑龙江省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S38"), ], }, }, ProvinceRule { id: st("heilongjiang-organisation-details"), province: ProvinceSlug::Heilongjiang, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("A website administrator may not appear under another filing entity (Alibaba's 2019 page)."), text_zh: Some(st("网站负责人不得出现在不同的备案主体里（阿里云 2019 年规则）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/东北各省管局规则/黑龙江备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("heilongjiang-phone-bills"), province: ProvinceSlug::Heilongjiang, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: Some(MaterialId::PhoneBills), kind: ProvinceRuleKind::RequiredMaterial, text: st("Provide the last 3 months of payment receipts or monthly bills for the mobile and office phones given (Alibaba's 2019 page)."), text_zh: Some(st("须提供所填手机号码、办公电话近三个月的交费单据或月结账单（阿里云 2019 年规则）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/东北各省管局规则/黑龙江备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("heilongjiang-leader-legal-representative"), province: ProvinceSlug::Heilongjiang, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::LeaderLegalRepresentative { letter_allowed: true, }, text: st("The person in charge must be the legal representative; otherwise another shareholder or senior executive may act, with the company's letter of delegation signed by the legal representative and sealed, plus proof of the shareholding or position, and the website administrator must then be the person in charge."), text_zh: Some(st("主体负责人必须为法定代表人；不是的，可委托其他股东或企业高级管理人员担任（须出具由法定代表人签字并加盖公章的公司委托函，及股东章程或高管证明文件），此时网站负责人须与主体负责人一致。")), zh: Some(st("公司委托函")), provenance: Provenance { source: st("tencentyun/qcloud-documents@098f863a:product/域名与网站/网站备案/备案准备/各省管局要求/东北各省管局要求/黑龙江省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("heilongjiang-min-age"), province: ProvinceSlug::Heilongjiang, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::MinAge { years: 18, with_proof_from: None, }, text: st("The person in charge must be at least 18."), text_zh: Some(st("负责人须年满 18 周岁。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@098f863a:product/域名与网站/网站备案/备案准备/各省管局要求/东北各省管局要求/黑龙江省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("heilongjiang-individual-min-age"), province: ProvinceSlug::Heilongjiang, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: Some(MaterialId::ProofOfEmploymentOrIncome), kind: ProvinceRuleKind::MinAge { years: 18, with_proof_from: Some(16), }, text: st("Individuals must be at least 16; from 16 to 18 add proof of income or employment."), text_zh: Some(st("个人须年满 16 周岁；16 至 18 周岁的须提供收入或工作证明。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@098f863a:product/域名与网站/网站备案/备案准备/各省管局要求/东北各省管局要求/黑龙江省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("heilongjiang-admin-age"), province: ProvinceSlug::Heilongjiang, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("The website administrator must be no older than 65."), text_zh: Some(st("网站负责人年龄不超过 65 岁。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@098f863a:product/域名与网站/网站备案/备案准备/各省管局要求/东北各省管局要求/黑龙江省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("heilongjiang-domain-min-validity"), province: ProvinceSlug::Heilongjiang, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainMinValidity { months: Some(3), days: None, }, text: st("Each domain must stay registered for more than 3 months when you file (Heilongjiang; Alibaba's 2019 province page)."), text_zh: Some(st("备案时每个域名的剩余有效期须大于 3 个月（黑龙江；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/东北各省管局规则/黑龙江备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("heilongjiang-document-min-validity"), province: ProvinceSlug::Heilongjiang, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DocumentMinValidity { months: 3, }, text: st("An ID card used in the filing must stay valid for more than 3 months (Heilongjiang; Alibaba's 2019 province page)."), text_zh: Some(st("备案所用身份证的剩余有效期须大于 3 个月（黑龙江；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/东北各省管局规则/黑龙江备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ]
}

#[inline(never)]
fn province_rules_shanghai() -> Vec<ProvinceRule> {
    vec![ProvinceRule { id: st("shanghai-electronic-licence"), province: ProvinceSlug::Shanghai, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("An electronic business licence is not accepted: upload a colour scan or clear colour photo of the original licence."), text_zh: Some(st("不接受上海电子营业执照：请上传营业执照原件的彩色扫描件或清晰的彩色照片。")), zh: None, provenance: Provenance { source: st("huaweicloud/huaweicloud-skills:skills/cdi/assist/huawei-cloud-icp-rule-consult/references/filing-rules.yml"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("shanghai-leader-legal-representative"), province: ProvinceSlug::Shanghai, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::LeaderLegalRepresentative { letter_allowed: false, }, text: st("The entity's person in charge must be its legal representative."), text_zh: Some(st("主体负责人必须是法定代表人。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@0b751f36:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/上海管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("shanghai-authorization-letter"), province: ProvinceSlug::Shanghai, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::AuthorizationLetter, text: st("If the website administrator is not the legal representative, upload the website administrator's letter of authorization."), text_zh: Some(st("网站负责人非法定代表人的，须上传网站负责人授权书。")), zh: Some(st("网站负责人授权书")), provenance: Provenance { source: st("tencentyun/qcloud-documents@0b751f36:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/上海管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S32"), ], }, }, ProvinceRule { id: st("shanghai-domain-holder"), province: ProvinceSlug::Shanghai, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainHolder { holders: vec![Holder::Entity, Holder::PersonInCharge, ], certificate_cures: false, }, text: st("Each domain must be held in the company's full Chinese or pinyin name, or by the legal representative (Alibaba's 2019 page still allowed shareholders or executives with proof)."), text_zh: Some(st("域名所有者须为公司中文全称或拼音全称或法定代表人姓名（阿里云 2019 年页面仍允许股东或高管凭证明持有）。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@0b751f36:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/上海管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("shanghai-finance-keywords"), province: ProvinceSlug::Shanghai, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("Finance keywords in the name or scope need the financial regulator's licence; without it the site cannot be accessed. Game sites need their approvals."), text_zh: Some(st("名称或经营范围含金融类关键词的，须取得金融监管部门许可，无金融许可的不允许接入；游戏类网站须有相应审批。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@0b751f36:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/上海管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("shanghai-document-min-validity"), province: ProvinceSlug::Shanghai, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DocumentMinValidity { months: 3, }, text: st("Identity documents must stay valid for more than 3 months."), text_zh: Some(st("身份证件有效期须在 3 个月以上。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@0b751f36:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/上海管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("shanghai-domain-min-validity"), province: ProvinceSlug::Shanghai, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainMinValidity { months: Some(3), days: None, }, text: st("Each domain must stay registered for more than 3 months (an older third-party page said 6)."), text_zh: Some(st("域名有效期须在 3 个月以上（较早的第三方页面曾写 6 个月）。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@0b751f36:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/上海管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("shanghai-residence-permit"), province: ProvinceSlug::Shanghai, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: Some(MaterialId::ResidencePermitStatusProof), kind: ProvinceRuleKind::CrossProvince { outcome: CrossProvinceOutcome::ResidencePermitPlus, extra_proof: Some((st("Status proof of the residence permit from the Shanghai citizen service site (962222.net); the permit must be valid for more than 1 month. Students cannot file here."), st("市民服务网（962222.net）出具的居住证状态证明；居住证有效期须大于 1 个月。学生不能在上海备案。"))), }, text: st("With an ID card from outside Shanghai, provide a Shanghai residence permit valid for more than 1 month and its status proof from the citizen service site; students file with the bureau of their domicile instead."), text_zh: Some(st("证件地址非上海市的，须提供有效期大于 1 个月的居住证及市民服务网的居住证状态证明；学生须向户籍地管局提交备案。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@0b751f36:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/上海管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S38"), ], }, }, ProvinceRule { id: st("shanghai-individual-details"), province: ProvinceSlug::Shanghai, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("Give the communication address down to the door and room number, and switch domain privacy off while filing."), text_zh: Some(st("个人备案通信地址必须准确到门牌号码、房间号；备案期间须关闭域名隐私保护。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@0b751f36:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/上海管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("shanghai-min-age"), province: ProvinceSlug::Shanghai, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::MinAge { years: 18, with_proof_from: None, }, text: st("The person in charge (and an individual filer) must be at least 18."), text_zh: Some(st("负责人（含个人备案者）须年满 18 周岁。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@0b751f36:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/上海管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("shanghai-hk-macao-taiwan"), province: ProvinceSlug::Shanghai, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("Hong Kong, Macao and Taiwan residents file preferably with their residence permit (valid > 3 months), otherwise with their travel permit; a Hong Kong ID card or a passport is refused."), text_zh: Some(st("港澳台居民优先使用居住证（有效期大于 3 个月），否则使用通行证；不接受香港身份证或护照。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@0b751f36:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/上海管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("shanghai-licence-validity"), province: ProvinceSlug::Shanghai, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("The business licence must stay valid for more than a year; companies on the abnormal-operation list or revoked cannot file."), text_zh: Some(st("企业营业执照有效期需大于 1 年；被列入经营异常名录或已吊销的企业不能备案。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@0b751f36:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/上海管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("shanghai-foreign-individuals"), province: ProvinceSlug::Shanghai, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("Foreign individuals file with a Shanghai residence permit, the residence registration form (居住单) and their passport."), text_zh: Some(st("外籍个人须持上海居住证、居住单和护照备案。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@0b751f36:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/上海管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("shanghai-construction-plan"), province: ProvinceSlug::Shanghai, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::ConstructionPlan { individual_over: 29, organisation_over: 29, count: DomainCount::Domains, }, text: st("An organisation with 30 or more websites provides a website construction plan (the engine counts this filing's domains)."), text_zh: Some(st("企业备案网站数量大于等于 30 个时，须提供网站建设方案书（本工具按本次备案的域名计数）。")), zh: Some(st("网站建设方案书")), provenance: Provenance { source: st("huaweicloud/huaweicloud-skills:skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/topics/备案管局咨询.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("shanghai-unconfirmed-notes"), province: ProvinceSlug::Shanghai, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("Not confirmed by any current source, kept as a hint: a third-party summary also asked for a Shanghai filing commitment letter, a statement for cultural business scopes, and sites kept offline during review."), text_zh: Some(st("以下内容未获现行资料证实，仅供参考：第三方整理的规则还要求上海备案承诺书、文化类经营范围的说明，以及审核期间网站保持关闭。")), zh: None, provenance: Provenance { source: st("https://renwen.com/faq/beian/rumen/gediquguanjubeianyaoqiu/212.html"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Unconfirmed, seed: Vec::new(), }, }, ]
}

#[inline(never)]
fn province_rules_jiangsu() -> Vec<ProvinceRule> {
    vec![ProvinceRule { id: st("jiangsu-authorization-letter"), province: ProvinceSlug::Jiangsu, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::AuthorizationLetter, text: st("If the person in charge or the website administrator is not the legal representative, upload the legal representative's letter of authorization."), text_zh: Some(st("主体负责人及网站负责人非单位法定代表人的，须提供法定代表人授权书。")), zh: Some(st("授权书")), provenance: Provenance { source: st("https://alibabacloud.com/help/en/icp-filing/basic-icp-service/user-guide/icp-filing-regulations-for-jiangsu"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Confirmed, seed: vec![st("S32"), ], }, }, ProvinceRule { id: st("jiangsu-leader-legal-representative"), province: ProvinceSlug::Jiangsu, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::LeaderLegalRepresentative { letter_allowed: true, }, text: st("The person in charge may be someone other than the legal representative only with the legal representative's letter of authorization."), text_zh: Some(st("主体负责人非法定代表人的，须提供法定代表人授权书。")), zh: Some(st("授权书")), provenance: Provenance { source: st("tencentyun/qcloud-documents@01a9db95:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/江苏管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("jiangsu-leader-is-admin"), province: ProvinceSlug::Jiangsu, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("If the person in charge is not the legal representative, the website administrator must be the person in charge."), text_zh: Some(st("主体负责人不是法定代表人时，网站负责人必须和主体负责人一致。")), zh: None, provenance: Provenance { source: st("https://alibabacloud.com/help/en/icp-filing/basic-icp-service/user-guide/icp-filing-regulations-for-jiangsu"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }, ProvinceRule { id: st("jiangsu-authenticity-documents"), province: ProvinceSlug::Jiangsu, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("Upload the Jiangsu authenticity notice and commitment (江苏省网站备案信息真实性责任告知书 / 真实性承诺书), and record the commitment video with the website administrator holding the signed original."), text_zh: Some(st("须上传《江苏省网站备案信息真实性责任告知书》和《真实性承诺书》，并由网站负责人手持承诺书原件录制承诺视频。")), zh: None, provenance: Provenance { source: st("https://alibabacloud.com/help/en/icp-filing/basic-icp-service/user-guide/icp-filing-regulations-for-jiangsu"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }, ProvinceRule { id: st("jiangsu-domain-certificate"), province: ProvinceSlug::Jiangsu, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainCertificate { min_domains: 1, count: DomainCount::Domains, }, text: st("Alibaba's 2019 Jiangsu page asked for a certificate of every domain in the order; Tencent's newer page and material list no longer do. Ask before you prepare them."), text_zh: Some(st("阿里云 2019 年江苏规则要求提供本次订单内所有域名的证书；腾讯云较新的页面和材料清单已不再要求。准备前请确认。")), zh: Some(st("域名证书")), provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/华东各省管局规则/江苏备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Unconfirmed, seed: vec![st("S37"), ], }, }, ProvinceRule { id: st("jiangsu-individual-min-age"), province: ProvinceSlug::Jiangsu, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: Some(MaterialId::ProofOfEmploymentOrIncome), kind: ProvinceRuleKind::MinAge { years: 18, with_proof_from: Some(16), }, text: st("Individuals under 16 cannot file; from 16 to 18 add proof of employment or income."), text_zh: Some(st("不满 16 周岁不能申请备案；已满 16 周岁不满 18 周岁的须提供劳动就业或收入证明。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@01a9db95:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/江苏管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("jiangsu-residence-permit"), province: ProvinceSlug::Jiangsu, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::CrossProvince { outcome: CrossProvinceOutcome::ResidencePermit, extra_proof: None, }, text: st("With an ID card from outside Jiangsu, upload proof of residence in Jiangsu (residence permit)."), text_zh: Some(st("个人备案证件地址非江苏省的，须上传居住证明（居住证）。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@01a9db95:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/江苏管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S38"), ], }, }, ProvinceRule { id: st("jiangsu-personal-site"), province: ProvinceSlug::Jiangsu, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("A personal site may not involve pre-approval topics, forums or commercial content; the 2019 page allowed only names like 'XX的个人博客' or 'XX的个人主页'."), text_zh: Some(st("个人网站内容不能涉及前置审批、论坛或经营性内容；2019 年页面规定网站名称只能填写“某某的个人博客”或“某某的个人主页”。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@01a9db95:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/江苏管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("jiangsu-construction-plan"), province: ProvinceSlug::Jiangsu, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::ConstructionPlan { individual_over: 9, organisation_over: 29, count: DomainCount::Domains, }, text: st("Filed plus new websites: an organisation with 30 or more, or an individual with 10 or more, provides a website construction plan for the new sites (the engine counts this filing's domains)."), text_zh: Some(st("已备案加新增网站，单位达到 30 个及以上、个人达到 10 个及以上的，新增网站须提供网站建设方案书（本工具按本次备案的域名计数）。")), zh: Some(st("网站建设方案书")), provenance: Provenance { source: st("tencentyun/qcloud-documents@01a9db95:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/江苏管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("jiangsu-one-company-admin"), province: ProvinceSlug::Jiangsu, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("A person can be the website administrator of one company only."), text_zh: Some(st("一个人只能作为一家公司的网站负责人。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@01a9db95:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/江苏管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("jiangsu-domain-min-validity"), province: ProvinceSlug::Jiangsu, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainMinValidity { months: Some(3), days: None, }, text: st("Each domain must stay registered for more than 3 months when you file (Jiangsu; Alibaba's 2019 province page)."), text_zh: Some(st("备案时每个域名的剩余有效期须大于 3 个月（江苏；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/华东各省管局规则/江苏备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("jiangsu-document-min-validity"), province: ProvinceSlug::Jiangsu, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DocumentMinValidity { months: 3, }, text: st("An ID card used in the filing must stay valid for more than 3 months (Jiangsu; Alibaba's 2019 province page)."), text_zh: Some(st("备案所用身份证的剩余有效期须大于 3 个月（江苏；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/华东各省管局规则/江苏备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ]
}

#[inline(never)]
fn province_rules_zhejiang() -> Vec<ProvinceRule> {
    vec![ProvinceRule { id: st("zhejiang-leader-legal-representative"), province: ProvinceSlug::Zhejiang, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::LeaderLegalRepresentative { letter_allowed: false, }, text: st("The entity's person in charge must be its legal representative."), text_zh: Some(st("主体负责人必须是法定代表人。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1c76b454:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/浙江管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("zhejiang-colour-scans"), province: ProvinceSlug::Zhejiang, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("Upload colour scans of the originals."), text_zh: Some(st("须上传原件彩色扫描件。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1c76b454:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/浙江管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("zhejiang-individual-min-age"), province: ProvinceSlug::Zhejiang, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::MinAge { years: 18, with_proof_from: None, }, text: st("Individuals must be at least 18."), text_zh: Some(st("个人必须年满 18 周岁。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1c76b454:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/浙江管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("zhejiang-residence-permit"), province: ProvinceSlug::Zhejiang, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::CrossProvince { outcome: CrossProvinceOutcome::ResidencePermit, extra_proof: None, }, text: st("With an ID card from outside Zhejiang, upload proof of residence in Zhejiang (residence permit)."), text_zh: Some(st("个人备案证件地址非浙江省的，须上传居住证明（居住证）。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1c76b454:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/浙江管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S38"), ], }, }, ProvinceRule { id: st("zhejiang-document-min-validity"), province: ProvinceSlug::Zhejiang, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DocumentMinValidity { months: 3, }, text: st("The entity's certificate and the person in charge's ID must each stay valid for more than 3 months."), text_zh: Some(st("主办单位证件及负责人证件有效期均需大于 3 个月。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1c76b454:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/浙江管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("zhejiang-finance-commitment"), province: ProvinceSlug::Zhejiang, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: Some(MaterialId::ZhejiangFinanceCommitment), kind: ProvinceRuleKind::FinanceCommitment, text: st("Finance keywords in the name or scope: provide the finance licence, or, if the site carries no finance content, the commitment letters Zhejiang asks for."), text_zh: Some(st("名称或经营范围含金融类关键词的，须提供金融许可证；实际网站内容不涉及的，须提供承诺书。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1c76b454:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/浙江管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("zhejiang-domain-min-validity"), province: ProvinceSlug::Zhejiang, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainMinValidity { months: Some(3), days: None, }, text: st("Each domain must stay registered for more than 3 months when you file (Zhejiang; Alibaba's 2019 province page)."), text_zh: Some(st("备案时每个域名的剩余有效期须大于 3 个月（浙江；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/华东各省管局规则/浙江备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ]
}

#[inline(never)]
fn province_rules_anhui() -> Vec<ProvinceRule> {
    vec![ProvinceRule { id: st("anhui-leader-legal-representative"), province: ProvinceSlug::Anhui, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::LeaderLegalRepresentative { letter_allowed: true, }, text: st("If the person in charge is not the legal representative, upload a letter of authorization; the person in charge and the website administrator must then be the same person."), text_zh: Some(st("主体负责人非法定代表人的，须上传授权书；主体负责人和网站负责人必须是同一人。")), zh: Some(st("主体负责人授权书")), provenance: Provenance { source: st("tencentyun/qcloud-documents@1d710ca0:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/安徽省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("anhui-authorization-letter"), province: ProvinceSlug::Anhui, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::AuthorizationLetter, text: st("If the website administrator is not the legal representative, upload the website administrator's letter of authorization."), text_zh: Some(st("网站负责人非法定代表人的，须上传网站负责人授权书。")), zh: Some(st("网站负责人授权书")), provenance: Provenance { source: st("tencentyun/qcloud-documents@1d710ca0:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/安徽省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S32"), ], }, }, ProvinceRule { id: st("anhui-domain-holder"), province: ProvinceSlug::Anhui, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainHolder { holders: vec![Holder::Entity, Holder::PersonInCharge, ], certificate_cures: false, }, text: st("Each domain must be held by the organisation or by its legal representative (Alibaba's 2019 page)."), text_zh: Some(st("域名持有者须与主办单位名称或法定代表人姓名一致（阿里云 2019 年规则）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/华东各省管局规则/安徽备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("anhui-residence-permit"), province: ProvinceSlug::Anhui, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::CrossProvince { outcome: CrossProvinceOutcome::ResidencePermit, extra_proof: None, }, text: st("With an ID card from outside Anhui, upload proof of residence in Anhui (residence permit)."), text_zh: Some(st("个人备案证件地址非安徽省的，须上传居住证明（居住证）。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1d710ca0:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/安徽省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S38"), ], }, }, ProvinceRule { id: st("anhui-domain-min-validity"), province: ProvinceSlug::Anhui, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainMinValidity { months: Some(3), days: None, }, text: st("Each domain must stay registered for more than 3 months."), text_zh: Some(st("域名有效期须大于 3 个月。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1d710ca0:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/安徽省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("anhui-preapproval-keywords"), province: ProvinceSlug::Anhui, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("Pre-approval keywords in the name or scope: consult the bureau and, if the site does not involve them, upload the 不涉及前置审批承诺书 (commitment that no pre-approval topic is involved)."), text_zh: Some(st("名称或经营范围含前置审批关键词的，请先咨询；网站不涉及的，须同时上传一份《不涉及前置审批承诺书》。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1d710ca0:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/安徽省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("anhui-document-min-validity"), province: ProvinceSlug::Anhui, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DocumentMinValidity { months: 3, }, text: st("An ID card used in the filing must stay valid for more than 3 months (Anhui; Alibaba's 2019 province page)."), text_zh: Some(st("备案所用身份证的剩余有效期须大于 3 个月（安徽；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/华东各省管局规则/安徽备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ]
}

#[inline(never)]
fn province_rules_fujian() -> Vec<ProvinceRule> {
    vec![ProvinceRule { id: st("fujian-residence-permit"), province: ProvinceSlug::Fujian, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::CrossProvince { outcome: CrossProvinceOutcome::ResidencePermit, extra_proof: None, }, text: st("If the domicile on your ID card is outside Fujian, upload a photo or colour scan of your Fujian temporary or permanent residence permit."), text_zh: Some(st("如果身份证上的户籍地不在福建，请上传福建暂住证或居住证的照片或彩色扫描件。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp:intl.en-US/Before ICP Filing/Overview.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Confirmed, seed: vec![st("S38"), ], }, }, ProvinceRule { id: st("fujian-leader-legal-representative"), province: ProvinceSlug::Fujian, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::LeaderLegalRepresentative { letter_allowed: false, }, text: st("The entity's person in charge must be its legal representative."), text_zh: Some(st("主体负责人必须是法定代表人。")), zh: None, provenance: Provenance { source: st("https://alibabacloud.com/help/en/icp-filing/basic-icp-service/user-guide/icp-filing-regulations-for-fujian"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }, ProvinceRule { id: st("fujian-authorization-letter"), province: ProvinceSlug::Fujian, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::AuthorizationLetter, text: st("If the website administrator is not the legal representative, upload the website administrator's letter of authorization."), text_zh: Some(st("网站负责人非法定代表人的，须上传网站负责人授权书。")), zh: Some(st("网站负责人授权书")), provenance: Provenance { source: st("https://alibabacloud.com/help/en/icp-filing/basic-icp-service/user-guide/icp-filing-regulations-for-fujian"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Confirmed, seed: vec![st("S32"), ], }, }, ProvinceRule { id: st("fujian-domain-min-validity"), province: ProvinceSlug::Fujian, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainMinValidity { months: Some(3), days: None, }, text: st("Each domain must stay registered for more than 3 months."), text_zh: Some(st("域名有效期须大于 3 个月。")), zh: None, provenance: Provenance { source: st("https://alibabacloud.com/help/en/icp-filing/basic-icp-service/user-guide/icp-filing-regulations-for-fujian"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }, ProvinceRule { id: st("fujian-min-age"), province: ProvinceSlug::Fujian, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: Some(st("fujian-organisation-age")), material: None, kind: ProvinceRuleKind::MinAge { years: 14, with_proof_from: None, }, text: st("Reading of Alibaba's current Fujian page: the person in charge must be at least 14."), text_zh: Some(st("阿里云现行福建页面：主体负责人须年满 14 周岁。")), zh: None, provenance: Provenance { source: st("https://alibabacloud.com/help/en/icp-filing/basic-icp-service/user-guide/icp-filing-regulations-for-fujian"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }, ProvinceRule { id: st("fujian-min-age-tencent"), province: ProvinceSlug::Fujian, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: Some(st("fujian-organisation-age")), material: None, kind: ProvinceRuleKind::MinAge { years: 18, with_proof_from: None, }, text: st("Reading of Tencent Cloud's Fujian page: an enterprise's person in charge under 18 cannot file."), text_zh: Some(st("腾讯云福建管局要求：企业负责人未满 18 岁不能备案。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@0b4db9e6:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/福建管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("fujian-contact-phones"), province: ProvinceSlug::Fujian, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("The phone numbers and emergency contacts of the person in charge and of the website administrator must not be swapped between them."), text_zh: Some(st("主体负责人与网站负责人的电话号码和应急联系人不得互相调换。")), zh: None, provenance: Provenance { source: st("https://alibabacloud.com/help/en/icp-filing/basic-icp-service/user-guide/icp-filing-regulations-for-fujian"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }, ProvinceRule { id: st("fujian-admin-mainland"), province: ProvinceSlug::Fujian, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("If the legal representative is a foreign national, the website administrator is authorised to a mainland resident holding a resident ID card."), text_zh: Some(st("法定代表人为外籍的，网站负责人须授权给持有居民身份证的境内人员进行备案。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@0b4db9e6:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/福建管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("fujian-domain-holder"), province: ProvinceSlug::Fujian, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainHolder { holders: vec![Holder::Entity, ], certificate_cures: false, }, text: st("Each domain must be held in the organisation's name (Tencent's page; Alibaba's 2019 page also allowed the legal representative)."), text_zh: Some(st("域名所有者须与主办单位名称一致（腾讯云页面；阿里云 2019 年页面也允许法定代表人）。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@0b4db9e6:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/福建管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("fujian-individual-min-age"), province: ProvinceSlug::Fujian, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: Some(MaterialId::GuardianDocuments), kind: ProvinceRuleKind::MinAge { years: 16, with_proof_from: Some(8), }, text: st("Individuals from 8 to 16 need a guardian's statement and the guardian's identity details."), text_zh: Some(st("8 至 16 岁未成年人备案须提供监护人声明和监护人身份信息。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@0b4db9e6:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/福建管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("fujian-document-min-validity"), province: ProvinceSlug::Fujian, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DocumentMinValidity { months: 3, }, text: st("An ID card used in the filing must stay valid for more than 3 months (Fujian; Alibaba's 2019 province page)."), text_zh: Some(st("备案所用身份证的剩余有效期须大于 3 个月（福建；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/华东各省管局规则/福建备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ]
}

#[inline(never)]
fn province_rules_jiangxi() -> Vec<ProvinceRule> {
    vec![ProvinceRule { id: st("jiangxi-superior-authorization"), province: ProvinceSlug::Jiangxi, applies_to: AppliesTo::Organisation, entity_types: Some(vec![EntityType::Government, EntityType::PublicInstitution, ]), residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::SuperiorAuthorization { entity_types: vec![EntityType::Government, EntityType::PublicInstitution, ], }, text: st("Government agencies and public institutions must provide a certificate of authorization issued by their upper-level authority."), text_zh: Some(st("政府机关和事业单位须提供上级主管单位出具的授权证明。")), zh: Some(st("上级主管单位授权证明")), provenance: Provenance { source: st("alipannu12121/icp:intl.en-US/Before ICP Filing/Overview.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Confirmed, seed: vec![st("S39"), ], }, }, ProvinceRule { id: st("jiangxi-staffing-office"), province: ProvinceSlug::Jiangxi, applies_to: AppliesTo::Organisation, entity_types: Some(vec![EntityType::Government, EntityType::PublicInstitution, ]), residency: None, conflict_group: None, material: Some(MaterialId::StaffingOfficeApproval), kind: ProvinceRuleKind::RequiredMaterial, text: st("Party and government bodies and public institutions in Jiangxi first obtain the staffing office's (机构编制办公室) pre-approval for the website."), text_zh: Some(st("江西省内所有党政机关、事业单位开办网站，须先到机构编制办公室办理前置审批。")), zh: None, provenance: Provenance { source: st("huaweicloud/huaweicloud-skills:skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/topics/备案管局咨询.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("jiangxi-residence-permit"), province: ProvinceSlug::Jiangxi, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: Some(st("jiangxi-cross-province")), material: None, kind: ProvinceRuleKind::CrossProvince { outcome: CrossProvinceOutcome::ResidencePermit, extra_proof: None, }, text: st("Reading of Huawei's 2025 Jiangxi page: an individual from another province may file with a valid Jiangxi residence permit."), text_zh: Some(st("华为云 2025 年江西页面：外省个人可凭有效的江西居住证备案。")), zh: None, provenance: Provenance { source: st("https://huaweicloud.com/guide/productsdesc-bms_7eeb1e30d3a6875e703072cafc84c8d8support1"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S38"), ], }, }, ProvinceRule { id: st("jiangxi-local-id-only"), province: ProvinceSlug::Jiangxi, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: Some(st("jiangxi-cross-province")), material: None, kind: ProvinceRuleKind::CrossProvince { outcome: CrossProvinceOutcome::LocalIdOnly, extra_proof: None, }, text: st("Reading of Tencent Cloud's Jiangxi page and Alibaba's 2019 page: the address on the ID card must be in Jiangxi."), text_zh: Some(st("腾讯云江西管局要求及阿里云 2019 年规则：证件地址必须为江西省。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@15f8b1a8:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/江西管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S38"), ], }, }, ProvinceRule { id: st("jiangxi-individual-min-age"), province: ProvinceSlug::Jiangxi, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::MinAge { years: 16, with_proof_from: None, }, text: st("Individuals must be at least 16."), text_zh: Some(st("个人须年满 16 周岁。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@15f8b1a8:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/江西管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("jiangxi-individual-notes"), province: ProvinceSlug::Jiangxi, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("The 'blog' site type cannot be chosen: choose Other and describe the site in the remarks. An individual filing cannot later pass to another person or an organisation unless that person is its legal representative. The person in charge's phone must differ from the emergency phone."), text_zh: Some(st("网站类型不能选“博客”：请选“其他”并在备注中描述网站。个人备案以后不能变更为他人或单位，除非此人是该单位的法定代表人。主体负责人的电话须与应急电话不同。")), zh: None, provenance: Provenance { source: st("https://huaweicloud.com/guide/productsdesc-bms_7eeb1e30d3a6875e703072cafc84c8d8support1"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("jiangxi-leader-legal-representative"), province: ProvinceSlug::Jiangxi, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::LeaderLegalRepresentative { letter_allowed: false, }, text: st("The entity's person in charge must be its legal representative."), text_zh: Some(st("主体负责人必须是法定代表人。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@15f8b1a8:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/江西管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("jiangxi-authorization-letter"), province: ProvinceSlug::Jiangxi, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::AuthorizationLetter, text: st("If the website administrator is not the legal representative, upload the website administrator's letter of authorization."), text_zh: Some(st("网站负责人非法定代表人的，须上传网站负责人授权书。")), zh: Some(st("网站负责人授权书")), provenance: Provenance { source: st("tencentyun/qcloud-documents@05245a1c:product/域名与网站/网站备案/备案准备/备案材料清单.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S32"), ], }, }, ProvinceRule { id: st("jiangxi-admin-residence-permit"), province: ProvinceSlug::Jiangxi, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("A website administrator whose ID card is from outside Jiangxi provides a Jiangxi temporary or permanent residence permit (Alibaba's 2019 page)."), text_zh: Some(st("网站负责人身份证非江西本省的，须提供江西省暂住证或居住证（阿里云 2019 年规则）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/华东各省管局规则/江西备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("jiangxi-commitment-letters"), province: ProvinceSlug::Jiangxi, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("Culture keywords in the name or scope need the 文化承诺书; education, sports or art keywords need the 不涉及校外培训承诺书 (commitment that no off-campus tutoring is offered)."), text_zh: Some(st("名称或经营范围含文化类关键词的，须提供文化承诺书；含教育、体育、艺术类关键词的，须提供《不涉及校外培训承诺书》。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@15f8b1a8:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/江西管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("jiangxi-preapproval-remark"), province: ProvinceSlug::Jiangxi, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("Every order that involves no pre-approval says so in the remarks."), text_zh: Some(st("所有不涉及前置审批的订单都需要在备注中说明。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@15f8b1a8:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/江西管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("jiangxi-many-filed-sites"), province: ProvinceSlug::Jiangxi, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("An individual with more than 7, or an organisation with more than 15 filed websites may add only one domain per new-website filing."), text_zh: Some(st("个人已备案网站超过 7 个、单位已备案超过 15 个的，新增网站备案每次只能备案一个域名。")), zh: None, provenance: Provenance { source: st("huaweicloud/huaweicloud-skills:skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/topics/备案管局咨询.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("jiangxi-domain-min-validity"), province: ProvinceSlug::Jiangxi, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainMinValidity { months: Some(3), days: None, }, text: st("Each domain must stay registered for more than 3 months when you file (Jiangxi; Alibaba's 2019 province page)."), text_zh: Some(st("备案时每个域名的剩余有效期须大于 3 个月（江西；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/华东各省管局规则/江西备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("jiangxi-document-min-validity"), province: ProvinceSlug::Jiangxi, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DocumentMinValidity { months: 3, }, text: st("An ID card used in the filing must stay valid for more than 3 months (Jiangxi; Alibaba's 2019 province page)."), text_zh: Some(st("备案所用身份证的剩余有效期须大于 3 个月（江西；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/华东各省管局规则/江西备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ]
}

#[inline(never)]
fn province_rules_shandong() -> Vec<ProvinceRule> {
    vec![ProvinceRule { id: st("shandong-leader-legal-representative"), province: ProvinceSlug::Shandong, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::LeaderLegalRepresentative { letter_allowed: false, }, text: st("The entity's person in charge must be its legal representative."), text_zh: Some(st("主体负责人必须是法定代表人。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1a421bcb:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/山东管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("shandong-foreign-legal-representative"), province: ProvinceSlug::Shandong, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("A foreign legal representative authorises a Chinese citizen as person in charge."), text_zh: Some(st("法定代表人为外籍人士的，须授权给中国公民作为负责人。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1a421bcb:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/山东管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("shandong-min-age"), province: ProvinceSlug::Shandong, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::MinAge { years: 18, with_proof_from: None, }, text: st("A person in charge under 18 cannot file."), text_zh: Some(st("负责人未满 18 周岁不能备案。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/华东各省管局规则/山东备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("shandong-domain-min-validity"), province: ProvinceSlug::Shandong, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainMinValidity { months: Some(3), days: None, }, text: st("Each domain must stay registered for more than 3 months (Alibaba's 2019 page; its 2018 page said 45 days)."), text_zh: Some(st("域名有效期需大于 3 个月（阿里云 2019 年规则；2018 年页面曾写 45 天）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/华东各省管局规则/山东备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("shandong-document-min-validity"), province: ProvinceSlug::Shandong, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DocumentMinValidity { months: 3, }, text: st("An ID card used in the filing must stay valid for more than 3 months."), text_zh: Some(st("证件类型为身份证的，身份证有效期须大于 3 个月。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/华东各省管局规则/山东备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("shandong-organisation-notes"), province: ProvinceSlug::Shandong, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("Public institutions, social organisations and other bodies without a business licence file with the organisation code certificate; several domains for one website need a remark saying so."), text_zh: Some(st("事业单位、社会团体等无营业执照的单位，须提供组织机构代码证；一个网站包含多个域名的，须在备注中说明。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1a421bcb:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/山东管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("shandong-individual-min-age"), province: ProvinceSlug::Shandong, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: Some(st("shandong-individual-age")), material: None, kind: ProvinceRuleKind::MinAge { years: 18, with_proof_from: None, }, text: st("Reading of Alibaba's 2019 Shandong page: individuals under 18 cannot file."), text_zh: Some(st("阿里云 2019 年山东规则：未满 18 周岁不能备案。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/华东各省管局规则/山东备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("shandong-individual-min-age-guardian"), province: ProvinceSlug::Shandong, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: Some(st("shandong-individual-age")), material: Some(MaterialId::GuardianDocuments), kind: ProvinceRuleKind::MinAge { years: 18, with_proof_from: Some(0), }, text: st("Reading of Tencent Cloud's Shandong page: under 18, upload the guardian's ID card as well."), text_zh: Some(st("腾讯云山东管局要求：未满 18 周岁的，须同时上传监护人身份证。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1a421bcb:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/山东管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("shandong-individual-min-age-17"), province: ProvinceSlug::Shandong, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: Some(st("shandong-individual-age")), material: None, kind: ProvinceRuleKind::MinAge { years: 17, with_proof_from: None, }, text: st("Reading of Huawei's 2025 summary: individuals under 17 cannot file."), text_zh: Some(st("华为云 2025 年汇总：未满 17 周岁不能备案。")), zh: None, provenance: Provenance { source: st("huaweicloud/huaweicloud-skills:skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/topics/备案管局咨询.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("shandong-individual-details"), province: ProvinceSlug::Shandong, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("Describe the planned content in the remarks and add the declaration \"本网站是个人网站……\"."), text_zh: Some(st("须在备注中说明网站开办内容，并加上“本网站是个人网站……”的声明。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1a421bcb:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/山东管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("shandong-residence-permit"), province: ProvinceSlug::Shandong, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::CrossProvince { outcome: CrossProvinceOutcome::ResidencePermit, extra_proof: None, }, text: st("With an ID card from outside Shandong, provide proof of living in Shandong: residence permit, temporary residence permit, social-security records or a house purchase contract (students: student card)."), text_zh: Some(st("身份证非本省的，须提供在山东的居住证、暂住证、社保证明、购房合同等（学生可提供学生证）。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1a421bcb:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/山东管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S38"), ], }, }, ProvinceRule { id: st("shandong-finance-commitment"), province: ProvinceSlug::Shandong, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: Some(MaterialId::ShandongFinanceCommitment), kind: ProvinceRuleKind::FinanceCommitment, text: st("A business scope with 以自有资金对外投资 or other finance wording needs Shandong's commitment letter; drug or device information needs its licence and games their publication number."), text_zh: Some(st("经营范围含“以自有资金对外投资”等金融类表述的，须提供承诺书；涉及药品、医疗器械信息的须提供互联网药品信息服务资格证书，游戏须有版号。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1a421bcb:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/山东管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ]
}

#[inline(never)]
fn province_rules_henan() -> Vec<ProvinceRule> {
    vec![ProvinceRule { id: st("henan-leader-legal-representative"), province: ProvinceSlug::Henan, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::LeaderLegalRepresentative { letter_allowed: false, }, text: st("The entity's person in charge must be its legal representative."), text_zh: Some(st("主体负责人必须是法定代表人。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1c76b454:product/域名与网站/网站备案/备案准备/各省管局要求/华中各省管局要求/河南省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("henan-min-age"), province: ProvinceSlug::Henan, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::MinAge { years: 18, with_proof_from: None, }, text: st("The person in charge must be at least 18."), text_zh: Some(st("负责人需年满 18 周岁。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1c76b454:product/域名与网站/网站备案/备案准备/各省管局要求/华中各省管局要求/河南省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("henan-organisation-notes"), province: ProvinceSlug::Henan, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("Enterprises file with the latest unified licence (三证合一); the ID numbers and mobile numbers of the person in charge and the website administrator must not have been used by another filing entity."), text_zh: Some(st("企业需使用最新证件（三证合一）备案；主体负责人、网站负责人的证件号码和手机号码不能被其他主体备案过。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1c76b454:product/域名与网站/网站备案/备案准备/各省管局要求/华中各省管局要求/河南省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("henan-domain-min-validity"), province: ProvinceSlug::Henan, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainMinValidity { months: Some(3), days: None, }, text: st("Each domain must stay registered for more than 3 months."), text_zh: Some(st("域名到期时间需要大于 3 个月。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1c76b454:product/域名与网站/网站备案/备案准备/各省管局要求/华中各省管局要求/河南省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("henan-local-id-only"), province: ProvinceSlug::Henan, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::CrossProvince { outcome: CrossProvinceOutcome::LocalIdOnly, extra_proof: None, }, text: st("Individuals can file only with an ID card whose address is in Henan."), text_zh: Some(st("个人备案证件地址必须是河南省。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1c76b454:product/域名与网站/网站备案/备案准备/各省管局要求/华中各省管局要求/河南省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S38"), ], }, }, ProvinceRule { id: st("henan-minor-guardian"), province: ProvinceSlug::Henan, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: Some(MaterialId::GuardianDocuments), kind: ProvinceRuleKind::MinAge { years: 18, with_proof_from: Some(0), }, text: st("Individuals under 18 upload the guardian's ID card too and state the relationship in the remarks."), text_zh: Some(st("个人未满 18 周岁备案的，须同时上传监护人身份证，并备注监护人与备案人的关系。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1c76b454:product/域名与网站/网站备案/备案准备/各省管局要求/华中各省管局要求/河南省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("henan-domain-holder"), province: ProvinceSlug::Henan, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainHolder { holders: vec![Holder::Entity, ], certificate_cures: false, }, text: st("Each domain must be held in the organisation's name."), text_zh: Some(st("域名所有者须与主办单位名称一致。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1c76b454:product/域名与网站/网站备案/备案准备/各省管局要求/华中各省管局要求/河南省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("henan-one-domain-per-website"), province: ProvinceSlug::Henan, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::FilingCap(FilingCap::MaxDomainsPerWebsite(1)), text: st("One website may carry only one domain: file each further domain as its own website."), text_zh: Some(st("一个网站只能备案一个域名：其余域名请分别作为网站备案。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1c76b454:product/域名与网站/网站备案/备案准备/各省管局要求/华中各省管局要求/河南省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("henan-organisation-domain-cap"), province: ProvinceSlug::Henan, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::FilingCap(FilingCap::MaxDomains(5)), text: st("An organisation may file at most 5 domains at a time."), text_zh: Some(st("单位备案一次不得超过 5 个域名。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1c76b454:product/域名与网站/网站备案/备案准备/各省管局要求/华中各省管局要求/河南省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("henan-individual-domain-cap"), province: ProvinceSlug::Henan, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::FilingCap(FilingCap::MaxDomains(3)), text: st("An individual may file at most 3 domains at a time."), text_zh: Some(st("个人备案一次不得超过 3 个域名。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1c76b454:product/域名与网站/网站备案/备案准备/各省管局要求/华中各省管局要求/河南省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("henan-document-min-validity"), province: ProvinceSlug::Henan, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DocumentMinValidity { months: 3, }, text: st("The ID documents of the person in charge and the website administrator must stay valid for at least 3 months."), text_zh: Some(st("主体负责人及网站负责人的身份证件有效期不得少于 3 个月。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1c76b454:product/域名与网站/网站备案/备案准备/各省管局要求/华中各省管局要求/河南省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("henan-same-city"), province: ProvinceSlug::Henan, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("The communication address and the certificate address must be in the same province and city."), text_zh: Some(st("通讯地址与证件住址必须是同省同市。")), zh: None, provenance: Provenance { source: st("huaweicloud/huaweicloud-skills:skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/topics/备案管局咨询.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("henan-domain-certificate-2017"), province: ProvinceSlug::Henan, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("Tencent's 2017 table asked for domain certificates from 4 domains; no current source repeats it (the caps above now apply)."), text_zh: Some(st("腾讯云 2017 年表格曾要求 4 个及以上域名提供域名证书；现行资料未再提及（现适用上面的域名数量上限）。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents:product/域名与网站/网站备案/0.弃用文档/各省管局要求20170605.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Unconfirmed, seed: Vec::new(), }, }, ]
}

#[inline(never)]
fn province_rules_hubei() -> Vec<ProvinceRule> {
    vec![ProvinceRule { id: st("hubei-authorization-letter"), province: ProvinceSlug::Hubei, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::AuthorizationLetter, text: st("If the website administrator is not the legal representative, upload the website administrator's letter of authorization."), text_zh: Some(st("网站负责人非法定代表人的，须上传网站负责人授权书。")), zh: Some(st("网站负责人授权书")), provenance: Provenance { source: st("tencentyun/qcloud-documents@00ba8fd4:product/域名与网站/网站备案/备案准备/各省管局要求/华中各省管局要求/湖北管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S32"), ], }, }, ProvinceRule { id: st("hubei-leader-legal-representative"), province: ProvinceSlug::Hubei, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::LeaderLegalRepresentative { letter_allowed: false, }, text: st("The entity's person in charge must be its legal representative."), text_zh: Some(st("主体负责人必须是法定代表人。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@00ba8fd4:product/域名与网站/网站备案/备案准备/各省管局要求/华中各省管局要求/湖北管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("hubei-min-age"), province: ProvinceSlug::Hubei, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::MinAge { years: 18, with_proof_from: None, }, text: st("The person in charge must be at least 18."), text_zh: Some(st("负责人需年满 18 周岁。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@00ba8fd4:product/域名与网站/网站备案/备案准备/各省管局要求/华中各省管局要求/湖北管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("hubei-individual-min-age"), province: ProvinceSlug::Hubei, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::MinAge { years: 18, with_proof_from: None, }, text: st("Individuals must be at least 18."), text_zh: Some(st("个人备案负责人需年满 18 周岁。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@00ba8fd4:product/域名与网站/网站备案/备案准备/各省管局要求/华中各省管局要求/湖北管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("hubei-domain-holder"), province: ProvinceSlug::Hubei, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainHolder { holders: vec![Holder::Entity, Holder::PersonInCharge, ], certificate_cures: false, }, text: st("Each domain must be held by the organisation or by its legal representative."), text_zh: Some(st("域名所有者须与主办单位名称或法定代表人一致。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@00ba8fd4:product/域名与网站/网站备案/备案准备/各省管局要求/华中各省管局要求/湖北管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("hubei-domain-min-validity"), province: ProvinceSlug::Hubei, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainMinValidity { months: Some(3), days: None, }, text: st("Each domain must stay registered for more than 3 months."), text_zh: Some(st("域名有效期需大于 3 个月。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/华中各省管局规则/湖北备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("hubei-document-min-validity"), province: ProvinceSlug::Hubei, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DocumentMinValidity { months: 3, }, text: st("An ID card used in the filing must stay valid for more than 3 months."), text_zh: Some(st("身份证有效期须大于 3 个月。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/华中各省管局规则/湖北备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("hubei-one-domain-per-submission"), province: ProvinceSlug::Hubei, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::FilingCap(FilingCap::MaxWebsites(1)), text: st("First filings and new-website filings carry one website per submission: file further websites separately."), text_zh: Some(st("首次备案和新增网站，每次都只允许备案一个网站：其余网站请分别提交。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@00ba8fd4:product/域名与网站/网站备案/备案准备/各省管局要求/华中各省管局要求/湖北管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("hubei-one-domain-per-website"), province: ProvinceSlug::Hubei, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::FilingCap(FilingCap::MaxDomainsPerWebsite(1)), text: st("The one website of a submission may carry only one domain (Alibaba's 2019 limits page)."), text_zh: Some(st("一个备案申请中的网站仅能备案一个域名（阿里云 2019 年限制说明）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/产品简介/限制说明.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("hubei-residence-permit"), province: ProvinceSlug::Hubei, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::CrossProvince { outcome: CrossProvinceOutcome::ResidencePermit, extra_proof: None, }, text: st("With an ID card from outside Hubei, upload proof of residence in Hubei (residence permit)."), text_zh: Some(st("办理人个人备案证件地址非湖北省的，须上传居住证明（居住证）。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@00ba8fd4:product/域名与网站/网站备案/备案准备/各省管局要求/华中各省管局要求/湖北管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S38"), ], }, }, ProvinceRule { id: st("hubei-domain-certificate"), province: ProvinceSlug::Hubei, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainCertificate { min_domains: 1, count: DomainCount::Domains, }, text: st("A 2019 third-party page asked for a domain certificate; no current source does. Ask before you prepare it."), text_zh: Some(st("2019 年的第三方页面曾要求提供域名证书；现行资料均未提及。准备前请确认。")), zh: Some(st("域名证书")), provenance: Provenance { source: st("http://jisuyun.cndkk.com/news/4076.html"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Unconfirmed, seed: vec![st("S37"), ], }, }, ProvinceRule { id: st("hubei-personal-site"), province: ProvinceSlug::Hubei, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("Describe the site's content in the remarks."), text_zh: Some(st("个人网站须在备注中说明网站内容。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@00ba8fd4:product/域名与网站/网站备案/备案准备/各省管局要求/华中各省管局要求/湖北管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("hubei-preapproval-scope"), province: ProvinceSlug::Hubei, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("A pre-approval keyword in the business scope needs the approval or a reduced scope at the market regulator; an explanatory statement is not accepted."), text_zh: Some(st("经营范围含前置审批关键词的，须取得审批或到工商部门核减经营范围；不支持情况说明。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@00ba8fd4:product/域名与网站/网站备案/备案准备/各省管局要求/华中各省管局要求/湖北管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ]
}

#[inline(never)]
fn province_rules_hunan() -> Vec<ProvinceRule> {
    vec![ProvinceRule { id: st("hunan-leader-legal-representative"), province: ProvinceSlug::Hunan, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::LeaderLegalRepresentative { letter_allowed: false, }, text: st("The entity's person in charge must be its legal representative."), text_zh: Some(st("主体负责人必须是法定代表人。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1f48e9da:product/域名与网站/网站备案/备案准备/各省管局要求/华中各省管局要求/湖南管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("hunan-min-age"), province: ProvinceSlug::Hunan, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::MinAge { years: 18, with_proof_from: None, }, text: st("The person in charge must be at least 18."), text_zh: Some(st("负责人需年满 18 周岁。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1f48e9da:product/域名与网站/网站备案/备案准备/各省管局要求/华中各省管局要求/湖南管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("hunan-individual-min-age"), province: ProvinceSlug::Hunan, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::MinAge { years: 18, with_proof_from: None, }, text: st("Individuals under 18 cannot file."), text_zh: Some(st("个人用户未满 18 周岁不能备案。")), zh: None, provenance: Provenance { source: st("huaweicloud/huaweicloud-skills:skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/topics/备案管局咨询.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("hunan-domain-certificate"), province: ProvinceSlug::Hunan, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainCertificate { min_domains: 1, count: DomainCount::Domains, }, text: st("Provide a domain name certificate for every domain."), text_zh: Some(st("每个域名都必须提供域名证书。")), zh: Some(st("域名证书")), provenance: Provenance { source: st("tencentyun/qcloud-documents@1f48e9da:product/域名与网站/网站备案/备案准备/各省管局要求/华中各省管局要求/湖南管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S37"), ], }, }, ProvinceRule { id: st("hunan-foreign-registrar"), province: ProvinceSlug::Hunan, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("Domains registered with registrars outside China are not accepted."), text_zh: Some(st("不接受境外注册的域名备案。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1f48e9da:product/域名与网站/网站备案/备案准备/各省管局要求/华中各省管局要求/湖南管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("hunan-authorization-letter"), province: ProvinceSlug::Hunan, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::AuthorizationLetter, text: st("If the website administrator is not the legal representative, upload the website administrator's letter of authorization."), text_zh: Some(st("网站负责人非法定代表人的，须上传网站负责人授权书。")), zh: Some(st("网站负责人授权书")), provenance: Provenance { source: st("tencentyun/qcloud-documents@1f48e9da:product/域名与网站/网站备案/备案准备/各省管局要求/华中各省管局要求/湖南管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S32"), ], }, }, ProvinceRule { id: st("hunan-one-website"), province: ProvinceSlug::Hunan, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::FilingCap(FilingCap::MaxWebsites(1)), text: st("Each submission carries one website: file further websites separately."), text_zh: Some(st("每次只能备案 1 个网站：其余网站请分别提交。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1f48e9da:product/域名与网站/网站备案/备案准备/各省管局要求/华中各省管局要求/湖南管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("hunan-one-domain"), province: ProvinceSlug::Hunan, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::FilingCap(FilingCap::MaxDomains(1)), text: st("Each submission carries one domain: file further domains separately."), text_zh: Some(st("每次只能备案 1 个域名：其余域名请分别提交。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1f48e9da:product/域名与网站/网站备案/备案准备/各省管局要求/华中各省管局要求/湖南管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("hunan-construction-plan"), province: ProvinceSlug::Hunan, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("With more than one website already filed, a new website needs a website construction plan."), text_zh: Some(st("已备案网站超过 1 个的，新增网站须提供网站建设方案书。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1f48e9da:product/域名与网站/网站备案/备案准备/各省管局要求/华中各省管局要求/湖南管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("hunan-domain-holder"), province: ProvinceSlug::Hunan, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainHolder { holders: vec![Holder::Entity, ], certificate_cures: false, }, text: st("Each domain must be held in the organisation's name."), text_zh: Some(st("域名所有者须与主办单位名称一致。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1f48e9da:product/域名与网站/网站备案/备案准备/各省管局要求/华中各省管局要求/湖南管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("hunan-cross-province"), province: ProvinceSlug::Hunan, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::CrossProvince { outcome: CrossProvinceOutcome::Unknown, extra_proof: None, }, text: st("No current source says whether an individual with an ID card from another province may file in Hunan: ask before you apply."), text_zh: Some(st("现行资料未说明外省身份证的个人能否在湖南备案：申请前请确认。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1f48e9da:product/域名与网站/网站备案/备案准备/各省管局要求/华中各省管局要求/湖南管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S38"), ], }, }, ProvinceRule { id: st("hunan-domain-min-validity"), province: ProvinceSlug::Hunan, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainMinValidity { months: Some(3), days: None, }, text: st("Each domain must stay registered for more than 3 months when you file (Hunan; Alibaba's 2019 province page)."), text_zh: Some(st("备案时每个域名的剩余有效期须大于 3 个月（湖南；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/华中各省管局规则/湖南备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("hunan-document-min-validity"), province: ProvinceSlug::Hunan, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DocumentMinValidity { months: 3, }, text: st("An ID card used in the filing must stay valid for more than 3 months (Hunan; Alibaba's 2019 province page)."), text_zh: Some(st("备案所用身份证的剩余有效期须大于 3 个月（湖南；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/华中各省管局规则/湖南备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ]
}

#[inline(never)]
fn province_rules_guangdong() -> Vec<ProvinceRule> {
    vec![ProvinceRule { id: st("guangdong-finance-commitment"), province: ProvinceSlug::Guangdong, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::FinanceCommitment, text: st("If the website carries finance-industry information, upload Guangdong's ICP filing commitment letter for finance-related websites: issued in the entity's name with no time limit, sealed, signed by the legal representative, with the business licence attached."), text_zh: Some(st("如果网站涉及金融行业信息，请上传《广东省金融类网站ICP备案承诺书》：以单位名义出具，不设期限，加盖公章，由法定代表人签字，并附营业执照。")), zh: Some(st("广东金融类网站承诺书")), provenance: Provenance { source: st("alipannu12121/icp:intl.en-US/Before ICP Filing/Overview.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Confirmed, seed: vec![st("S35"), ], }, }, ProvinceRule { id: st("guangdong-construction-plan"), province: ProvinceSlug::Guangdong, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::ConstructionPlan { individual_over: 5, organisation_over: 31, count: DomainCount::Prefixes, }, text: st("Many domains with different prefixes need a website construction plan besides the authenticity statement: more than 5 different prefixes for an individual, more than 31 for an organisation (the prefix is the name left of the suffix: zhangsan.com and zhangsan.cn share one)."), text_zh: Some(st("前缀不同的域名较多时，除真实性核验单外还须提供网站建设方案书：个人超过 5 个不同前缀，单位超过 31 个（前缀即后缀左边的名称：zhangsan.com 与 zhangsan.cn 前缀相同）。")), zh: Some(st("网站建设方案书")), provenance: Provenance { source: st("alipannu12121/icp:intl.en-US/Before ICP Filing/Overview.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Confirmed, seed: vec![st("S36"), ], }, }, ProvinceRule { id: st("guangdong-individual-min-age"), province: ProvinceSlug::Guangdong, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: Some(MaterialId::ProofOfEmploymentOrIncome), kind: ProvinceRuleKind::MinAge { years: 18, with_proof_from: Some(0), }, text: st("Individuals under 18 file only with proof of employment; students must be 18."), text_zh: Some(st("未满 18 周岁的须提供就业证明才可备案；在校学生须年满 18 周岁。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1a421bcb:product/域名与网站/网站备案/备案准备/各省管局要求/华南各省管局要求/广东省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("guangdong-hk-macao-residence-permit"), province: ProvinceSlug::Guangdong, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: Some(st("guangdong-hk-macao-document")), material: None, kind: ProvinceRuleKind::HkMacaoResidencePermitOnly { travel_permit_accepted: false, }, text: st("Reading of Huawei's 2025 Guangdong page: Hong Kong and Macao residents file only with the Residence Permit for Hong Kong and Macao Residents; the Mainland Travel Permit is not accepted."), text_zh: Some(st("华为云 2025 年广东页面：港澳居民只能使用港澳居民居住证备案，不接受港澳居民来往内地通行证。")), zh: None, provenance: Provenance { source: st("https://www.huaweicloud.com/guide/productsdesc-bms_f7e104d677767156cbda3e0152851873support1"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("guangdong-hk-macao-travel-permit"), province: ProvinceSlug::Guangdong, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: Some(st("guangdong-hk-macao-document")), material: None, kind: ProvinceRuleKind::HkMacaoResidencePermitOnly { travel_permit_accepted: true, }, text: st("Reading of Huawei's general filing rules (and Tencent Cloud's Guangdong page for organisations): Hong Kong and Macao residents may use either the Mainland Travel Permit or the residence permit."), text_zh: Some(st("华为云通用备案规则（及腾讯云广东页面的单位部分）：港澳居民可使用港澳居民来往内地通行证或港澳居民居住证。")), zh: None, provenance: Provenance { source: st("huaweicloud/huaweicloud-skills:skills/cdi/assist/huawei-cloud-icp-rule-consult/references/filing-rules.yml"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("guangdong-cross-province"), province: ProvinceSlug::Guangdong, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::CrossProvince { outcome: CrossProvinceOutcome::ResidencePermit, extra_proof: None, }, text: st("With an ID card from another province, prove you live in Guangdong with a residence permit, temporary residence permit, property certificate or social-security records; a student card is not accepted."), text_zh: Some(st("外省户籍个人备案，可提供广东的居住证、暂住证、房产证或社保证明；不支持学生证备案。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1a421bcb:product/域名与网站/网站备案/备案准备/各省管局要求/华南各省管局要求/广东省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S38"), ], }, }, ProvinceRule { id: st("guangdong-individual-domain-certificate"), province: ProvinceSlug::Guangdong, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainCertificate { min_domains: 6, count: DomainCount::Prefixes, }, text: st("More than 5 domains with different prefixes: provide a domain certificate for each, the original website construction plan and a copy of the access contract, mailed to the bureau."), text_zh: Some(st("个人不同前缀域名超过 5 个（不含 5 个）的，须提供每个域名的域名证书、网站建设方案书原件和接入合同复印件，寄至管局。")), zh: Some(st("域名证书")), provenance: Provenance { source: st("tencentyun/qcloud-documents@1a421bcb:product/域名与网站/网站备案/备案准备/各省管局要求/华南各省管局要求/广东省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S37"), ], }, }, ProvinceRule { id: st("guangdong-commitment-letter"), province: ProvinceSlug::Guangdong, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: Some(MaterialId::GuangdongFilingCommitment), kind: ProvinceRuleKind::RequiredMaterial, text: st("Every Guangdong filing needs the Guangdong website filing commitment letter (单位 or 个人 version): dated and signed by hand, with the organisation's seal or, for an individual, a fingerprint."), text_zh: Some(st("广东每个备案都须提供广东省单位（或个人）网站备案承诺书：手写日期并签字，单位加盖公章，个人按手印。")), zh: Some(st("广东省单位/个人网站备案承诺书")), provenance: Provenance { source: st("tencentyun/qcloud-documents@1a421bcb:product/域名与网站/网站备案/备案准备/各省管局要求/华南各省管局要求/广东省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("guangdong-individual-fingerprint"), province: ProvinceSlug::Guangdong, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("The copy of an individual's ID card must carry the individual's fingerprint."), text_zh: Some(st("个人备案身份证复印件须摁手印。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1a421bcb:product/域名与网站/网站备案/备案准备/各省管局要求/华南各省管局要求/广东省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("guangdong-personal-site"), province: ProvinceSlug::Guangdong, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("One homepage URL per website; site names must not use 中国, 中华, 中央, 国家 or similar words."), text_zh: Some(st("一个网站只能有一个首页 URL；网站名称不得以“中国”“中华”“中央”“国家”等字样命名。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1a421bcb:product/域名与网站/网站备案/备案准备/各省管局要求/华南各省管局要求/广东省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("guangdong-leader-legal-representative"), province: ProvinceSlug::Guangdong, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::LeaderLegalRepresentative { letter_allowed: false, }, text: st("For new filings (first filings and new websites) the person in charge must be the legal representative."), text_zh: Some(st("新增备案（首次备案、新增网站）主体负责人必须为法定代表人。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1a421bcb:product/域名与网站/网站备案/备案准备/各省管局要求/华南各省管局要求/广东省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("guangdong-min-age"), province: ProvinceSlug::Guangdong, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: Some(MaterialId::ProofOfEmploymentOrIncome), kind: ProvinceRuleKind::MinAge { years: 18, with_proof_from: Some(16), }, text: st("An enterprise's person in charge must be at least 16 and, under 18, provide proof of employment."), text_zh: Some(st("企业备案负责人须年满 16 周岁，未满 18 周岁的须提供就业证明。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1a421bcb:product/域名与网站/网站备案/备案准备/各省管局要求/华南各省管局要求/广东省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("guangdong-organisation-domain-certificate"), province: ProvinceSlug::Guangdong, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainCertificate { min_domains: 32, count: DomainCount::Prefixes, }, text: st("More than 31 domains with different prefixes: provide a domain certificate for each, the original website construction plan and the access contract, mailed to the bureau."), text_zh: Some(st("不同前缀域名超过 31 个（不含 31 个）的，须提供每个域名的域名证书、网站建设方案书原件和接入合同，寄至管局。")), zh: Some(st("域名证书")), provenance: Provenance { source: st("tencentyun/qcloud-documents@1a421bcb:product/域名与网站/网站备案/备案准备/各省管局要求/华南各省管局要求/广东省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S37"), ], }, }, ProvinceRule { id: st("guangdong-organisation-notes"), province: ProvinceSlug::Guangdong, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("Domains with different prefixes are filed as different websites; if they point to one site, say so in the website remarks. Hospitals state their medical practice licence."), text_zh: Some(st("前缀不一致的域名按不同网站提交备案；如指向同一网站，须在网站备注中说明。医院类须注明医疗机构执业许可证。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1a421bcb:product/域名与网站/网站备案/备案准备/各省管局要求/华南各省管局要求/广东省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("guangdong-domain-holder"), province: ProvinceSlug::Guangdong, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainHolder { holders: vec![Holder::Entity, ], certificate_cures: false, }, text: st("Each domain must be held in the organisation's name (Alibaba's 2019 Guangdong page)."), text_zh: Some(st("域名持有者须与主办单位名称一致（阿里云 2019 年广东规则）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:intl.zh-CN/ICP备案前准备/学习管局规则/华南各省管局规则/广东备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("guangdong-guarantee-letter"), province: ProvinceSlug::Guangdong, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("An individual with 10 or more different prefixes also needs Alibaba Cloud's guarantee letter with its filing seal (Alibaba's 2019 page)."), text_zh: Some(st("个人不同前缀域名大于等于 10 个的，除网站建设方案书外还需提供加盖备案专用章的阿里云保证书（阿里云 2019 年规则）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:intl.zh-CN/ICP备案前准备/学习管局规则/华南各省管局规则/广东备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("guangdong-domain-min-validity"), province: ProvinceSlug::Guangdong, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainMinValidity { months: Some(3), days: None, }, text: st("Each domain must stay registered for more than 3 months when you file (Guangdong; Alibaba's 2019 province page)."), text_zh: Some(st("备案时每个域名的剩余有效期须大于 3 个月（广东；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:intl.zh-CN/ICP备案前准备/学习管局规则/华南各省管局规则/广东备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("guangdong-document-min-validity"), province: ProvinceSlug::Guangdong, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DocumentMinValidity { months: 3, }, text: st("An ID card used in the filing must stay valid for more than 3 months (Guangdong; Alibaba's 2019 province page)."), text_zh: Some(st("备案所用身份证的剩余有效期须大于 3 个月（广东；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:intl.zh-CN/ICP备案前准备/学习管局规则/华南各省管局规则/广东备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ]
}

#[inline(never)]
fn province_rules_guangxi() -> Vec<ProvinceRule> {
    vec![ProvinceRule { id: st("guangxi-organisation-notes"), province: ProvinceSlug::Guangxi, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("Only the business licence is accepted, not the organisation code certificate."), text_zh: Some(st("只接受营业执照，不接受组织机构代码证备案。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1c76b454:product/域名与网站/网站备案/备案准备/各省管局要求/华南各省管局要求/广西管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("guangxi-one-domain-per-website"), province: ProvinceSlug::Guangxi, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::FilingCap(FilingCap::MaxDomainsPerWebsite(1)), text: st("One website may carry only one domain: file each further domain as its own website."), text_zh: Some(st("一个网站只能备案一个域名：其余域名请分别作为网站备案。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1c76b454:product/域名与网站/网站备案/备案准备/各省管局要求/华南各省管局要求/广西管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("guangxi-domain-holder"), province: ProvinceSlug::Guangxi, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainHolder { holders: vec![Holder::Entity, Holder::PersonInCharge, ], certificate_cures: false, }, text: st("Each domain must be held by the organisation or by its legal representative."), text_zh: Some(st("域名所有者须与主办单位名称或法定代表人一致。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1c76b454:product/域名与网站/网站备案/备案准备/各省管局要求/华南各省管局要求/广西管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("guangxi-individual-details"), province: ProvinceSlug::Guangxi, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("Add the remark declaring the site purely personal (\"本网站是个人网站……\")."), text_zh: Some(st("个人备案须在网站备注中标明：“本网站是个人网站……”。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1c76b454:product/域名与网站/网站备案/备案准备/各省管局要求/华南各省管局要求/广西管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("guangxi-local-id-only"), province: ProvinceSlug::Guangxi, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::CrossProvince { outcome: CrossProvinceOutcome::LocalIdOnly, extra_proof: None, }, text: st("Individuals cannot file in Guangxi with an ID card from another province."), text_zh: Some(st("个人备案不能异地备案。")), zh: None, provenance: Provenance { source: st("huaweicloud/huaweicloud-skills:skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/topics/备案管局咨询.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S38"), ], }, }, ProvinceRule { id: st("guangxi-leader-legal-representative"), province: ProvinceSlug::Guangxi, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::LeaderLegalRepresentative { letter_allowed: false, }, text: st("The entity's person in charge must be its legal representative."), text_zh: Some(st("主体负责人必须是法定代表人。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1c76b454:product/域名与网站/网站备案/备案准备/各省管局要求/华南各省管局要求/广西管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("guangxi-min-age"), province: ProvinceSlug::Guangxi, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::MinAge { years: 18, with_proof_from: None, }, text: st("The person in charge (and an individual filer) must be at least 18."), text_zh: Some(st("负责人（含个人备案者）须年满 18 周岁。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1c76b454:product/域名与网站/网站备案/备案准备/各省管局要求/华南各省管局要求/广西管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("guangxi-many-sites"), province: ProvinceSlug::Guangxi, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainCertificate { min_domains: 4, count: DomainCount::Domains, }, text: st("An individual with more than 3 websites provides a domain certificate for each domain, the original construction plan and the access contract, mailed to the bureau (the engine counts this filing's domains)."), text_zh: Some(st("个人备案网站数超过 3 个的，须提供每个域名的域名证书、网站建设方案书原件和接入合同，寄至管局（本工具按本次备案的域名计数）。")), zh: Some(st("域名证书")), provenance: Provenance { source: st("tencentyun/qcloud-documents@1c76b454:product/域名与网站/网站备案/备案准备/各省管局要求/华南各省管局要求/广西管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S37"), ], }, }, ProvinceRule { id: st("guangxi-domain-min-validity"), province: ProvinceSlug::Guangxi, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainMinValidity { months: Some(3), days: None, }, text: st("Each domain must stay registered for more than 3 months when you file (Guangxi; Alibaba's 2019 province page)."), text_zh: Some(st("备案时每个域名的剩余有效期须大于 3 个月（广西；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/华南各省管局规则/广西备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("guangxi-document-min-validity"), province: ProvinceSlug::Guangxi, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DocumentMinValidity { months: 3, }, text: st("An ID card used in the filing must stay valid for more than 3 months (Guangxi; Alibaba's 2019 province page)."), text_zh: Some(st("备案所用身份证的剩余有效期须大于 3 个月（广西；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/华南各省管局规则/广西备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ]
}

#[inline(never)]
fn province_rules_hainan() -> Vec<ProvinceRule> {
    vec![ProvinceRule { id: st("hainan-leader-is-admin"), province: ProvinceSlug::Hainan, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("The person in charge need not be the legal representative, but if not, the website administrator must be the person in charge."), text_zh: Some(st("主体负责人可以不是法定代表人，但此时网站负责人必须和主体负责人一致。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@207c4f6b:product/域名与网站/网站备案/备案准备/各省管局要求/华南各省管局要求/海南管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("hainan-id-card-only"), province: ProvinceSlug::Hainan, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("Chinese citizens file with the resident ID card; a temporary ID card is not accepted."), text_zh: Some(st("中国公民必须使用身份证备案，临时身份证不可用于备案。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/华南各省管局规则/海南备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("hainan-min-age"), province: ProvinceSlug::Hainan, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::MinAge { years: 16, with_proof_from: None, }, text: st("The person in charge (and an individual filer) must be at least 16."), text_zh: Some(st("负责人（含个人备案者）须年满 16 周岁。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@207c4f6b:product/域名与网站/网站备案/备案准备/各省管局要求/华南各省管局要求/海南管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("hainan-individual-one-domain"), province: ProvinceSlug::Hainan, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::FilingCap(FilingCap::MaxDomains(1)), text: st("An individual's first filing may carry only one domain."), text_zh: Some(st("个人首次备案只允许备案一个域名。")), zh: None, provenance: Provenance { source: st("huaweicloud/huaweicloud-skills:skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/topics/备案管局咨询.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("hainan-licence-seal"), province: ProvinceSlug::Hainan, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("The seal on the licence must be 海南省市场监督管理局商事登记专用章."), text_zh: Some(st("营业执照上的公章必须为“海南省市场监督管理局商事登记专用章”。")), zh: None, provenance: Provenance { source: st("huaweicloud/huaweicloud-skills:skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/topics/备案管局咨询.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("hainan-cross-province"), province: ProvinceSlug::Hainan, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::CrossProvince { outcome: CrossProvinceOutcome::Unknown, extra_proof: None, }, text: st("No current source says whether an individual with an ID card from another province may file in Hainan: ask before you apply."), text_zh: Some(st("现行资料未说明外省身份证的个人能否在海南备案：申请前请确认。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@207c4f6b:product/域名与网站/网站备案/备案准备/各省管局要求/华南各省管局要求/海南管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S38"), ], }, }, ProvinceRule { id: st("hainan-domain-min-validity"), province: ProvinceSlug::Hainan, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainMinValidity { months: Some(3), days: None, }, text: st("Each domain must stay registered for more than 3 months when you file (Hainan; Alibaba's 2019 province page)."), text_zh: Some(st("备案时每个域名的剩余有效期须大于 3 个月（海南；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/华南各省管局规则/海南备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("hainan-document-min-validity"), province: ProvinceSlug::Hainan, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DocumentMinValidity { months: 3, }, text: st("An ID card used in the filing must stay valid for more than 3 months (Hainan; Alibaba's 2019 province page)."), text_zh: Some(st("备案所用身份证的剩余有效期须大于 3 个月（海南；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/华南各省管局规则/海南备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ]
}

#[inline(never)]
fn province_rules_chongqing() -> Vec<ProvinceRule> {
    vec![ProvinceRule { id: st("chongqing-leader-legal-representative"), province: ProvinceSlug::Chongqing, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::LeaderLegalRepresentative { letter_allowed: false, }, text: st("The entity's person in charge must be its legal representative."), text_zh: Some(st("主体负责人必须是法定代表人。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1ff437ca:product/域名与网站/网站备案/备案准备/各省管局要求/西南各省管局要求/重庆管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("chongqing-min-age"), province: ProvinceSlug::Chongqing, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::MinAge { years: 18, with_proof_from: None, }, text: st("Alibaba's 2018 page refused a person in charge under 18; Tencent's newer page states no organisation age. Ask if this concerns you."), text_zh: Some(st("阿里云 2018 年页面规定负责人未满 18 周岁不能备案；腾讯云较新的页面未规定单位负责人年龄。如涉及请确认。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/管局规则/西南各省管局规则/重庆备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Unconfirmed, seed: Vec::new(), }, }, ProvinceRule { id: st("chongqing-local-id-only"), province: ProvinceSlug::Chongqing, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::CrossProvince { outcome: CrossProvinceOutcome::Unknown, extra_proof: None, }, text: st("Unclear: Alibaba's 2018 page refused ID cards from other provinces, Tencent's newer page says nothing. Ask before you apply."), text_zh: Some(st("不确定：阿里云 2018 年页面不接受外省身份证，腾讯云较新的页面未提及。申请前请确认。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/管局规则/西南各省管局规则/重庆备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S38"), ], }, }, ProvinceRule { id: st("chongqing-notes"), province: ProvinceSlug::Chongqing, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("Site names may not contain English; different entities may not share a mobile number."), text_zh: Some(st("网站名称不能涉及英文；不同主体的手机号码不能重复。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1ff437ca:product/域名与网站/网站备案/备案准备/各省管局要求/西南各省管局要求/重庆管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("chongqing-one-domain-per-website"), province: ProvinceSlug::Chongqing, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::FilingCap(FilingCap::MaxDomainsPerWebsite(1)), text: st("One website may carry only one domain: file each further domain as its own website."), text_zh: Some(st("一个网站只能备案一个域名：其余域名请分别作为网站备案。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1ff437ca:product/域名与网站/网站备案/备案准备/各省管局要求/西南各省管局要求/重庆管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("chongqing-authorization-letter"), province: ProvinceSlug::Chongqing, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::AuthorizationLetter, text: st("If the website administrator is not the legal representative, upload the website administrator's letter of authorization."), text_zh: Some(st("网站负责人非法定代表人的，须上传网站负责人授权书。")), zh: Some(st("网站负责人授权书")), provenance: Provenance { source: st("tencentyun/qcloud-documents@1ff437ca:product/域名与网站/网站备案/备案准备/各省管局要求/西南各省管局要求/重庆管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S32"), ], }, }, ProvinceRule { id: st("chongqing-individual-min-age"), province: ProvinceSlug::Chongqing, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: Some(MaterialId::ProofOfEmploymentOrIncome), kind: ProvinceRuleKind::MinAge { years: 18, with_proof_from: Some(16), }, text: st("Individuals under 16 cannot file; from 16 to 18 add proof of employment or income."), text_zh: Some(st("负责人未满 16 周岁不得备案；16 至 18 周岁的须提供就业或收入证明。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1ff437ca:product/域名与网站/网站备案/备案准备/各省管局要求/西南各省管局要求/重庆管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("chongqing-construction-plan"), province: ProvinceSlug::Chongqing, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::ConstructionPlan { individual_over: 5, organisation_over: 34, count: DomainCount::Domains, }, text: st("An individual with more than 5 websites, or an organisation with 35 or more, provides website construction plans (individuals also a guarantee); the engine counts this filing's domains."), text_zh: Some(st("个人网站超过 5 个、单位网站达到 35 个及以上的，须提供网站建设方案书（个人还须提供保证书）；本工具按本次备案的域名计数。")), zh: Some(st("网站建设方案书")), provenance: Provenance { source: st("tencentyun/qcloud-documents@1ff437ca:product/域名与网站/网站备案/备案准备/各省管局要求/西南各省管局要求/重庆管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("chongqing-domain-min-validity"), province: ProvinceSlug::Chongqing, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainMinValidity { months: Some(3), days: None, }, text: st("Each domain must stay registered for more than 3 months when you file (Chongqing; Alibaba's 2019 province page)."), text_zh: Some(st("备案时每个域名的剩余有效期须大于 3 个月（重庆；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/管局规则/西南各省管局规则/重庆备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("chongqing-document-min-validity"), province: ProvinceSlug::Chongqing, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DocumentMinValidity { months: 3, }, text: st("An ID card used in the filing must stay valid for more than 3 months (Chongqing; Alibaba's 2019 province page)."), text_zh: Some(st("备案所用身份证的剩余有效期须大于 3 个月（重庆；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/管局规则/西南各省管局规则/重庆备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ]
}

#[inline(never)]
fn province_rules_sichuan() -> Vec<ProvinceRule> {
    vec![ProvinceRule { id: st("sichuan-min-age"), province: ProvinceSlug::Sichuan, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::MinAge { years: 18, with_proof_from: None, }, text: st("The person in charge must be at least 18."), text_zh: Some(st("负责人需年满 18 周岁。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@0263ecf4:product/域名与网站/网站备案/备案准备/各省管局要求/西南各省管局要求/四川管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("sichuan-organisation-notes"), province: ProvinceSlug::Sichuan, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("Switch domain privacy off while filing; more than 5 domains need an explanatory statement with a fresh seal."), text_zh: Some(st("若域名设置了隐私保护，备案期间须关闭；超过 5 个域名的，须提交加盖鲜章的情况说明。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@0263ecf4:product/域名与网站/网站备案/备案准备/各省管局要求/西南各省管局要求/四川管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("sichuan-non-local-individuals"), province: ProvinceSlug::Sichuan, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::CrossProvince { outcome: CrossProvinceOutcome::ResidencePermit, extra_proof: None, }, text: st("With an ID card from outside Sichuan, prove study, work or life in Sichuan: student card, social-security records, labour contract or residence permit."), text_zh: Some(st("证件地址非本省的，须提供在四川学习、生活、工作的相关证明，例如学生证、社保、聘用合同、居住证。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@0263ecf4:product/域名与网站/网站备案/备案准备/各省管局要求/西南各省管局要求/四川管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S38"), ], }, }, ProvinceRule { id: st("sichuan-leader-legal-representative"), province: ProvinceSlug::Sichuan, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::LeaderLegalRepresentative { letter_allowed: true, }, text: st("If the person in charge is not the legal representative, upload the person in charge's letter of authorization."), text_zh: Some(st("主体负责人非法定代表人的，须上传主体负责人授权书。")), zh: Some(st("主体负责人授权书")), provenance: Provenance { source: st("tencentyun/qcloud-documents@0263ecf4:product/域名与网站/网站备案/备案准备/各省管局要求/西南各省管局要求/四川管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("sichuan-authorization-letter"), province: ProvinceSlug::Sichuan, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::AuthorizationLetter, text: st("If the person in charge or the website administrator is not the legal representative, upload the matching letter of authorization."), text_zh: Some(st("主体负责人或网站负责人非法定代表人的，须上传相应的授权书。")), zh: Some(st("授权书")), provenance: Provenance { source: st("tencentyun/qcloud-documents@0263ecf4:product/域名与网站/网站备案/备案准备/各省管局要求/西南各省管局要求/四川管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S32"), ], }, }, ProvinceRule { id: st("sichuan-site-names"), province: ProvinceSlug::Sichuan, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("Site names containing 论坛, 空间, 社区, 电子商务, 新闻, 医药, 广播 or 视频 need a pre-approval."), text_zh: Some(st("网站名称包含“论坛”“空间”“社区”“电子商务”“新闻”“医药”“广播”“视频”等的，须办理前置审批。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@0263ecf4:product/域名与网站/网站备案/备案准备/各省管局要求/西南各省管局要求/四川管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("sichuan-domain-holder"), province: ProvinceSlug::Sichuan, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainHolder { holders: vec![Holder::Entity, Holder::PersonInCharge, ], certificate_cures: false, }, text: st("Each domain must be held by the organisation or by its legal representative."), text_zh: Some(st("域名所有者须与主办单位名称或法定代表人一致。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@0263ecf4:product/域名与网站/网站备案/备案准备/各省管局要求/西南各省管局要求/四川管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("sichuan-individual-min-age"), province: ProvinceSlug::Sichuan, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: Some(MaterialId::ProofOfEmploymentOrIncome), kind: ProvinceRuleKind::MinAge { years: 18, with_proof_from: Some(16), }, text: st("Individuals must be at least 16; from 16 to 18 add proof of employment (or, if not self-supporting, the guardian's ID, household register pages and consent)."), text_zh: Some(st("个人负责人需年满 16 周岁；16 至 18 周岁以自己劳动收入为主要生活来源的须提供工作证明，否则须提交监护人身份证件、户口簿相关页及监护人同意备案的情况说明。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@0263ecf4:product/域名与网站/网站备案/备案准备/各省管局要求/西南各省管局要求/四川管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("sichuan-domain-min-validity"), province: ProvinceSlug::Sichuan, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainMinValidity { months: Some(3), days: None, }, text: st("Each domain must stay registered for more than 3 months when you file (Sichuan; Alibaba's 2019 province page)."), text_zh: Some(st("备案时每个域名的剩余有效期须大于 3 个月（四川；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/西南各省管局规则/四川备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("sichuan-document-min-validity"), province: ProvinceSlug::Sichuan, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DocumentMinValidity { months: 3, }, text: st("An ID card used in the filing must stay valid for more than 3 months (Sichuan; Alibaba's 2019 province page)."), text_zh: Some(st("备案所用身份证的剩余有效期须大于 3 个月（四川；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/西南各省管局规则/四川备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ]
}

#[inline(never)]
fn province_rules_guizhou() -> Vec<ProvinceRule> {
    vec![ProvinceRule { id: st("guizhou-leader-legal-representative"), province: ProvinceSlug::Guizhou, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::LeaderLegalRepresentative { letter_allowed: false, }, text: st("The entity's person in charge must be its legal representative."), text_zh: Some(st("主体负责人必须是法定代表人。")), zh: None, provenance: Provenance { source: st("https://alibabacloud.com/help/en/icp-filing/basic-icp-service/user-guide/icp-filing-regulations-for-guizhou"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }, ProvinceRule { id: st("guizhou-authorization-letter"), province: ProvinceSlug::Guizhou, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::AuthorizationLetter, text: st("If the website administrator is not the legal representative, upload the website administrator's letter of authorization."), text_zh: Some(st("网站负责人非法定代表人的，须上传网站负责人授权书。")), zh: Some(st("网站负责人授权书")), provenance: Provenance { source: st("https://alibabacloud.com/help/en/icp-filing/basic-icp-service/user-guide/icp-filing-regulations-for-guizhou"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Confirmed, seed: vec![st("S32"), ], }, }, ProvinceRule { id: st("guizhou-domain-min-validity"), province: ProvinceSlug::Guizhou, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainMinValidity { months: Some(3), days: None, }, text: st("Each domain must stay registered for more than 3 months."), text_zh: Some(st("域名有效期需大于 3 个月。")), zh: None, provenance: Provenance { source: st("https://alibabacloud.com/help/en/icp-filing/basic-icp-service/user-guide/icp-filing-regulations-for-guizhou"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }, ProvinceRule { id: st("guizhou-domain-holder-entity"), province: ProvinceSlug::Guizhou, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: Some(st("guizhou-domain-holder")), material: None, kind: ProvinceRuleKind::DomainHolder { holders: vec![Holder::Entity, ], certificate_cures: true, }, text: st("Reading of Alibaba's pages: each domain must be held in the organisation's name; a domain held by a person needs a domain name holder certificate, or transfer it."), text_zh: Some(st("阿里云页面：域名持有者必须与主办单位名称一致；个人持有的域名须提供域名注册人证明，或将域名过户。")), zh: None, provenance: Provenance { source: st("https://alibabacloud.com/help/en/icp-filing/basic-icp-service/user-guide/icp-filing-regulations-for-guizhou"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Confirmed, seed: vec![st("S34"), ], }, }, ProvinceRule { id: st("guizhou-domain-holder-tencent"), province: ProvinceSlug::Guizhou, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: Some(st("guizhou-domain-holder")), material: None, kind: ProvinceRuleKind::DomainHolder { holders: vec![Holder::Entity, Holder::PersonInCharge, ], certificate_cures: false, }, text: st("Reading of Tencent Cloud's Guizhou page: each domain must be held by the organisation or by its legal representative."), text_zh: Some(st("腾讯云贵州管局要求：域名所有者须与主办单位名称或法定代表人一致。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@0135e47c:product/域名与网站/网站备案/备案准备/各省管局要求/西南各省管局要求/贵州管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("guizhou-min-age"), province: ProvinceSlug::Guizhou, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: Some(st("guizhou-organisation-age")), material: None, kind: ProvinceRuleKind::MinAge { years: 14, with_proof_from: None, }, text: st("Reading of Alibaba's current Guizhou page: the person in charge must be at least 14."), text_zh: Some(st("阿里云现行贵州页面：主体负责人须年满 14 周岁。")), zh: None, provenance: Provenance { source: st("https://alibabacloud.com/help/en/icp-filing/basic-icp-service/user-guide/icp-filing-regulations-for-guizhou"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }, ProvinceRule { id: st("guizhou-min-age-tencent"), province: ProvinceSlug::Guizhou, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: Some(st("guizhou-organisation-age")), material: None, kind: ProvinceRuleKind::MinAge { years: 18, with_proof_from: None, }, text: st("Reading of Tencent Cloud's Guizhou page: the person in charge must be at least 18."), text_zh: Some(st("腾讯云贵州管局要求：负责人需年满 18 周岁。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@0135e47c:product/域名与网站/网站备案/备案准备/各省管局要求/西南各省管局要求/贵州管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("guizhou-domain-certificate"), province: ProvinceSlug::Guizhou, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainCertificate { min_domains: 4, count: DomainCount::Domains, }, text: st("With more than 3 domains in this filing, provide a domain name certificate for each (Alibaba's 2019 page)."), text_zh: Some(st("本次备案域名超过 3 个的，须提供域名证书（阿里云 2019 年规则）。")), zh: Some(st("域名证书")), provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/西南各省管局规则/贵州备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S37"), ], }, }, ProvinceRule { id: st("guizhou-residence-permit"), province: ProvinceSlug::Guizhou, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::CrossProvince { outcome: CrossProvinceOutcome::ResidencePermit, extra_proof: None, }, text: st("With an ID card from outside Guizhou, upload proof of residence in Guizhou (residence permit)."), text_zh: Some(st("个人备案证件地址非本省的，须上传居住证明（居住证）。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@0135e47c:product/域名与网站/网站备案/备案准备/各省管局要求/西南各省管局要求/贵州管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S38"), ], }, }, ProvinceRule { id: st("guizhou-individual-min-age"), province: ProvinceSlug::Guizhou, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::MinAge { years: 18, with_proof_from: None, }, text: st("Individuals under 18 cannot file (Alibaba's 2019 page)."), text_zh: Some(st("未满 18 周岁不能备案（阿里云 2019 年规则）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/西南各省管局规则/贵州备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("guizhou-website-cap"), province: ProvinceSlug::Guizhou, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::FilingCap(FilingCap::MaxWebsites(5)), text: st("At most 5 websites per submission; individuals cannot file forum or blog sites."), text_zh: Some(st("一次性不能超过 5 个网站；个人不能备案论坛、博客类网站。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@0135e47c:product/域名与网站/网站备案/备案准备/各省管局要求/西南各省管局要求/贵州管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("guizhou-same-city"), province: ProvinceSlug::Guizhou, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("The address of the filer must match the certificate address; filing across cities is not supported."), text_zh: Some(st("主办单位所在地住址需与证件住址保持一致，不支持跨市备案。")), zh: None, provenance: Provenance { source: st("huaweicloud/huaweicloud-skills:skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/topics/备案管局咨询.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("guizhou-document-min-validity"), province: ProvinceSlug::Guizhou, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DocumentMinValidity { months: 3, }, text: st("An ID card used in the filing must stay valid for more than 3 months (Guizhou; Alibaba's 2019 province page)."), text_zh: Some(st("备案所用身份证的剩余有效期须大于 3 个月（贵州；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/西南各省管局规则/贵州备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ]
}

#[inline(never)]
fn province_rules_yunnan() -> Vec<ProvinceRule> {
    vec![ProvinceRule { id: st("yunnan-superior-authorization"), province: ProvinceSlug::Yunnan, applies_to: AppliesTo::Organisation, entity_types: Some(vec![EntityType::Government, EntityType::PublicInstitution, ]), residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::SuperiorAuthorization { entity_types: vec![EntityType::Government, EntityType::PublicInstitution, ], }, text: st("Government agencies and public institutions must provide a certificate of authorization issued by their upper-level authority."), text_zh: Some(st("政府机关和事业单位须提供上级主管单位出具的授权证明。")), zh: Some(st("上级主管单位授权证明")), provenance: Provenance { source: st("alipannu12121/icp:intl.en-US/Before ICP Filing/Overview.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Confirmed, seed: vec![st("S39"), ], }, }, ProvinceRule { id: st("yunnan-leader-legal-representative"), province: ProvinceSlug::Yunnan, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::LeaderLegalRepresentative { letter_allowed: false, }, text: st("The entity's person in charge must be its legal representative."), text_zh: Some(st("主体负责人必须是法定代表人。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@12658883:product/域名与网站/网站备案/备案准备/各省管局要求/西南各省管局要求/云南管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("yunnan-minor-person-in-charge"), province: ProvinceSlug::Yunnan, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: Some(MaterialId::ProofOfEmploymentOrIncome), kind: ProvinceRuleKind::MinAge { years: 18, with_proof_from: Some(16), }, text: st("A person in charge under 16 cannot file; under 18 add proof of employment or income."), text_zh: Some(st("负责人未满 16 周岁不得备案；未满 18 周岁的须提供就业证明或收入证明。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@12658883:product/域名与网站/网站备案/备案准备/各省管局要求/西南各省管局要求/云南管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("yunnan-individual-min-age"), province: ProvinceSlug::Yunnan, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: Some(MaterialId::ProofOfEmploymentOrIncome), kind: ProvinceRuleKind::MinAge { years: 18, with_proof_from: Some(16), }, text: st("Individuals under 16 cannot file; under 18 add proof of employment or income."), text_zh: Some(st("个人未满 16 周岁不得备案；未满 18 周岁的须提供就业证明或收入证明。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@12658883:product/域名与网站/网站备案/备案准备/各省管局要求/西南各省管局要求/云南管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("yunnan-local-id-only"), province: ProvinceSlug::Yunnan, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::CrossProvince { outcome: CrossProvinceOutcome::LocalIdOnly, extra_proof: None, }, text: st("Individuals can file only with an ID card whose address is in Yunnan."), text_zh: Some(st("个人备案证件地址必须为云南省。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@12658883:product/域名与网站/网站备案/备案准备/各省管局要求/西南各省管局要求/云南管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S38"), ], }, }, ProvinceRule { id: st("yunnan-domain-certificate"), province: ProvinceSlug::Yunnan, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainCertificate { min_domains: 1, count: DomainCount::Domains, }, text: st("Tencent's 2017 table asked individuals for a domain certificate; no current source does. Ask before you prepare it."), text_zh: Some(st("腾讯云 2017 年表格曾要求个人提供域名证书；现行资料均未提及。准备前请确认。")), zh: Some(st("域名证书")), provenance: Provenance { source: st("tencentyun/qcloud-documents:product/域名与网站/网站备案/0.弃用文档/各省管局要求20170605.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Unconfirmed, seed: vec![st("S37"), ], }, }, ProvinceRule { id: st("yunnan-organisation-address"), province: ProvinceSlug::Yunnan, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("The organisation's certificate address must be in Yunnan."), text_zh: Some(st("单位证件地址必须是云南省。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@12658883:product/域名与网站/网站备案/备案准备/各省管局要求/西南各省管局要求/云南管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("yunnan-domain-min-validity"), province: ProvinceSlug::Yunnan, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainMinValidity { months: Some(3), days: None, }, text: st("Each domain must stay registered for more than 3 months when you file (Yunnan; Alibaba's 2019 province page)."), text_zh: Some(st("备案时每个域名的剩余有效期须大于 3 个月（云南；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/西南各省管局规则/云南备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("yunnan-document-min-validity"), province: ProvinceSlug::Yunnan, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DocumentMinValidity { months: 3, }, text: st("An ID card used in the filing must stay valid for more than 3 months (Yunnan; Alibaba's 2019 province page)."), text_zh: Some(st("备案所用身份证的剩余有效期须大于 3 个月（云南；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/西南各省管局规则/云南备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ]
}

#[inline(never)]
fn province_rules_tibet() -> Vec<ProvinceRule> {
    vec![ProvinceRule { id: st("tibet-leader-legal-representative"), province: ProvinceSlug::Tibet, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::LeaderLegalRepresentative { letter_allowed: false, }, text: st("The entity's person in charge must be its legal representative."), text_zh: Some(st("主体负责人必须是法定代表人。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@0f66dc54:product/域名与网站/网站备案/备案准备/各省管局要求/西南各省管局要求/西藏管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("tibet-min-age"), province: ProvinceSlug::Tibet, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::MinAge { years: 18, with_proof_from: None, }, text: st("The person in charge (and an individual filer) must be at least 18."), text_zh: Some(st("负责人（含个人备案者）须年满 18 周岁。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@0f66dc54:product/域名与网站/网站备案/备案准备/各省管局要求/西南各省管局要求/西藏管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("tibet-local-id-only"), province: ProvinceSlug::Tibet, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::CrossProvince { outcome: CrossProvinceOutcome::LocalIdOnly, extra_proof: None, }, text: st("Chinese citizens file with their ID card, and individuals can file only with an ID card issued in Tibet."), text_zh: Some(st("中国公民必须使用身份证备案，非本省身份证不能进行个人备案。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/管局规则/西南各省管局规则/西藏备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S38"), ], }, }, ProvinceRule { id: st("tibet-party-government-confirmation"), province: ProvinceSlug::Tibet, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: Some(MaterialId::PartyGovernmentConfirmation), kind: ProvinceRuleKind::RequiredMaterial, text: st("Every filing needs a confirmation letter from a Party or government body (党政机关确认函)."), text_zh: Some(st("所有备案均需提供党政机关确认函。")), zh: Some(st("党政机关确认函")), provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/管局规则/西南各省管局规则/西藏备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("tibet-domain-holder"), province: ProvinceSlug::Tibet, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: Some(st("tibet-domain-holder")), material: None, kind: ProvinceRuleKind::DomainHolder { holders: vec![Holder::Entity, ], certificate_cures: false, }, text: st("Reading of Tencent Cloud's Tibet page: each domain must be held in the organisation's name."), text_zh: Some(st("腾讯云西藏管局要求：域名所有者须与主办单位名称一致。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@0f66dc54:product/域名与网站/网站备案/备案准备/各省管局要求/西南各省管局要求/西藏管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("tibet-domain-holder-2019"), province: ProvinceSlug::Tibet, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: Some(st("tibet-domain-holder")), material: None, kind: ProvinceRuleKind::DomainHolder { holders: vec![Holder::Entity, Holder::PersonInCharge, ], certificate_cures: false, }, text: st("Reading of Alibaba's 2019 Tibet page: each domain must be held by the organisation or by its legal representative."), text_zh: Some(st("阿里云 2019 年西藏规则：域名持有者须与主办单位名称或法定代表人一致。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/管局规则/西南各省管局规则/西藏备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("tibet-domain-min-validity"), province: ProvinceSlug::Tibet, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainMinValidity { months: Some(3), days: None, }, text: st("Each domain must stay registered for more than 3 months when you file (Tibet; Alibaba's 2019 province page)."), text_zh: Some(st("备案时每个域名的剩余有效期须大于 3 个月（西藏；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/管局规则/西南各省管局规则/西藏备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("tibet-document-min-validity"), province: ProvinceSlug::Tibet, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DocumentMinValidity { months: 3, }, text: st("An ID card used in the filing must stay valid for more than 3 months (Tibet; Alibaba's 2019 province page)."), text_zh: Some(st("备案所用身份证的剩余有效期须大于 3 个月（西藏；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/管局规则/西南各省管局规则/西藏备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ]
}

#[inline(never)]
fn province_rules_shaanxi() -> Vec<ProvinceRule> {
    vec![ProvinceRule { id: st("shaanxi-leader-legal-representative"), province: ProvinceSlug::Shaanxi, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::LeaderLegalRepresentative { letter_allowed: false, }, text: st("The entity's person in charge must be its legal representative."), text_zh: Some(st("主体负责人必须是法定代表人。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@09243389:product/域名与网站/网站备案/备案准备/各省管局要求/西北各省管局要求/陕西管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("shaanxi-individual-business"), province: ProvinceSlug::Shaanxi, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("Individual businesses (个体工商户) always file as enterprises; one without a trade name first registers one with the market regulator."), text_zh: Some(st("个体工商户一律以企业备案；无字号的须先到工商部门变更为有字号后再备案。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@09243389:product/域名与网站/网站备案/备案准备/各省管局要求/西北各省管局要求/陕西管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("shaanxi-domain-certificate"), province: ProvinceSlug::Shaanxi, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainCertificate { min_domains: 5, count: DomainCount::Domains, }, text: st("With 5 or more domains under the entity, provide a domain name certificate for each."), text_zh: Some(st("主体信息下有五个或以上域名的，须提供域名证书。")), zh: Some(st("域名证书")), provenance: Provenance { source: st("tencentyun/qcloud-documents@09243389:product/域名与网站/网站备案/备案准备/各省管局要求/西北各省管局要求/陕西管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S37"), ], }, }, ProvinceRule { id: st("shaanxi-authorization-letter"), province: ProvinceSlug::Shaanxi, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::AuthorizationLetter, text: st("If the website administrator is not the person in charge, upload the legal representative's letter of authorization."), text_zh: Some(st("网站负责人非主体负责人的，须上传法定代表人授权委托书。")), zh: Some(st("法定代表人授权委托书")), provenance: Provenance { source: st("tencentyun/qcloud-documents@09243389:product/域名与网站/网站备案/备案准备/各省管局要求/西北各省管局要求/陕西管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S32"), ], }, }, ProvinceRule { id: st("shaanxi-organisation-website-cap"), province: ProvinceSlug::Shaanxi, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::FilingCap(FilingCap::MaxWebsites(30)), text: st("An organisation's filed plus new websites may not exceed 30 (the engine counts this filing's websites)."), text_zh: Some(st("单位已备案加新增网站不能超过 30 个（本工具按本次备案的网站计数）。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@09243389:product/域名与网站/网站备案/备案准备/各省管局要求/西北各省管局要求/陕西管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("shaanxi-individual-website-cap"), province: ProvinceSlug::Shaanxi, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::FilingCap(FilingCap::MaxWebsites(5)), text: st("An individual's filed plus new websites may not exceed 5 (the engine counts this filing's websites); a personal blog needs the cyberspace office's approval."), text_zh: Some(st("个人新增网站加已备案网站个数不能超过 5 个（本工具按本次备案的网站计数）；个人博客须经网信办审批。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@09243389:product/域名与网站/网站备案/备案准备/各省管局要求/西北各省管局要求/陕西管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("shaanxi-cross-province"), province: ProvinceSlug::Shaanxi, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::CrossProvince { outcome: CrossProvinceOutcome::Unknown, extra_proof: None, }, text: st("Huawei's 2025 summary says Shaanxi accepts individual filings from other provinces, but no source says whether a residence permit is needed: ask before you apply."), text_zh: Some(st("华为云 2025 年汇总称陕西个人备案支持跨省提交，但未说明是否需要居住证：申请前请确认。")), zh: None, provenance: Provenance { source: st("huaweicloud/huaweicloud-skills:skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/faq/备案政策咨询.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S38"), ], }, }, ProvinceRule { id: st("shaanxi-domain-holder"), province: ProvinceSlug::Shaanxi, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainHolder { holders: vec![Holder::Entity, Holder::PersonInCharge, ], certificate_cures: false, }, text: st("Each domain must be held by the organisation or by its legal representative."), text_zh: Some(st("域名所有者须与主办单位名称或法定代表人一致。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@09243389:product/域名与网站/网站备案/备案准备/各省管局要求/西北各省管局要求/陕西管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("shaanxi-domain-min-validity"), province: ProvinceSlug::Shaanxi, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainMinValidity { months: Some(3), days: None, }, text: st("Each domain must stay registered for more than 3 months when you file (Shaanxi; Alibaba's 2019 province page)."), text_zh: Some(st("备案时每个域名的剩余有效期须大于 3 个月（陕西；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/西北各省管局规则/陕西备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("shaanxi-document-min-validity"), province: ProvinceSlug::Shaanxi, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DocumentMinValidity { months: 3, }, text: st("An ID card used in the filing must stay valid for more than 3 months (Shaanxi; Alibaba's 2019 province page)."), text_zh: Some(st("备案所用身份证的剩余有效期须大于 3 个月（陕西；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/西北各省管局规则/陕西备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ]
}

#[inline(never)]
fn province_rules_gansu() -> Vec<ProvinceRule> {
    vec![ProvinceRule { id: st("gansu-authorization-letter"), province: ProvinceSlug::Gansu, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::AuthorizationLetter, text: st("If the person in charge is not the legal representative, provide a letter of authorization and say so in the remarks."), text_zh: Some(st("主体负责人如不是法定代表人，须提供授权书，并在备注中说明。")), zh: Some(st("授权书")), provenance: Provenance { source: st("tencentyun/qcloud-documents@1400501b:product/域名与网站/网站备案/备案准备/各省管局要求/西北各省管局要求/甘肃省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S32"), ], }, }, ProvinceRule { id: st("gansu-leader-legal-representative"), province: ProvinceSlug::Gansu, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::LeaderLegalRepresentative { letter_allowed: true, }, text: st("The person in charge may be someone other than the legal representative only with a letter of authorization."), text_zh: Some(st("主体负责人不是法定代表人的，须提供授权书。")), zh: Some(st("授权书")), provenance: Provenance { source: st("tencentyun/qcloud-documents@1400501b:product/域名与网站/网站备案/备案准备/各省管局要求/西北各省管局要求/甘肃省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("gansu-organisation-notes"), province: ProvinceSlug::Gansu, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("Enterprises choose the business licence; other organisations choose the organisation code certificate."), text_zh: Some(st("企业必须选择工商营业执照，其他单位必须选择组织机构代码证。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1400501b:product/域名与网站/网站备案/备案准备/各省管局要求/西北各省管局要求/甘肃省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("gansu-local-id-only"), province: ProvinceSlug::Gansu, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::CrossProvince { outcome: CrossProvinceOutcome::LocalIdOnly, extra_proof: None, }, text: st("Individuals can file only with an ID card whose address is in Gansu; cross-province filing is not supported."), text_zh: Some(st("个人备案证件地址必须是甘肃省；不支持跨省备案。")), zh: None, provenance: Provenance { source: st("huaweicloud/huaweicloud-skills:skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/faq/备案政策咨询.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S38"), ], }, }, ProvinceRule { id: st("gansu-individual-remark"), province: ProvinceSlug::Gansu, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("Add the personal-site declaration and the planned opening date in the remarks."), text_zh: Some(st("个人备案须在备注中加上个人网站声明及计划开通日期。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1400501b:product/域名与网站/网站备案/备案准备/各省管局要求/西北各省管局要求/甘肃省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("gansu-domain-holder"), province: ProvinceSlug::Gansu, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainHolder { holders: vec![Holder::Entity, Holder::PersonInCharge, ], certificate_cures: false, }, text: st("Each domain must be held by the organisation or by its legal representative."), text_zh: Some(st("域名所有者须与主办单位名称或法定代表人一致。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1400501b:product/域名与网站/网站备案/备案准备/各省管局要求/西北各省管局要求/甘肃省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("gansu-domain-min-validity"), province: ProvinceSlug::Gansu, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainMinValidity { months: Some(3), days: None, }, text: st("Each domain must stay registered for more than 3 months when you file (Gansu; Alibaba's 2019 province page)."), text_zh: Some(st("备案时每个域名的剩余有效期须大于 3 个月（甘肃；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/西北各省管局规则/甘肃备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("gansu-document-min-validity"), province: ProvinceSlug::Gansu, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DocumentMinValidity { months: 3, }, text: st("An ID card used in the filing must stay valid for more than 3 months (Gansu; Alibaba's 2019 province page)."), text_zh: Some(st("备案所用身份证的剩余有效期须大于 3 个月（甘肃；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/西北各省管局规则/甘肃备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ]
}

#[inline(never)]
fn province_rules_qinghai() -> Vec<ProvinceRule> {
    vec![ProvinceRule { id: st("qinghai-leader-legal-representative"), province: ProvinceSlug::Qinghai, applies_to: AppliesTo::Organisation, entity_types: Some(vec![EntityType::Enterprise, EntityType::SocialOrganization, EntityType::OtherOrganization, ]), residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::LeaderLegalRepresentative { letter_allowed: false, }, text: st("Except public institutions and government agencies (which may use the legal person's letter of authorization), the person in charge must be the legal representative."), text_zh: Some(st("非事业单位或政府机关，主体负责人必须是法定代表人（事业单位、政府机关可使用法人授权书）。")), zh: None, provenance: Provenance { source: st("https://alibabacloud.com/help/en/icp-filing/basic-icp-service/user-guide/icp-filing-regulations-for-qinghai"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }, ProvinceRule { id: st("qinghai-domain-min-validity"), province: ProvinceSlug::Qinghai, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainMinValidity { months: Some(3), days: None, }, text: st("Each domain must stay registered for more than 3 months."), text_zh: Some(st("域名有效期需大于 3 个月。")), zh: None, provenance: Provenance { source: st("https://alibabacloud.com/help/en/icp-filing/basic-icp-service/user-guide/icp-filing-regulations-for-qinghai"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }, ProvinceRule { id: st("qinghai-min-age"), province: ProvinceSlug::Qinghai, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: Some(st("qinghai-organisation-age")), material: None, kind: ProvinceRuleKind::MinAge { years: 14, with_proof_from: None, }, text: st("Reading of Alibaba's current Qinghai page: the person in charge must be at least 14."), text_zh: Some(st("阿里云现行青海页面：主体负责人须年满 14 周岁。")), zh: None, provenance: Provenance { source: st("https://alibabacloud.com/help/en/icp-filing/basic-icp-service/user-guide/icp-filing-regulations-for-qinghai"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }, ProvinceRule { id: st("qinghai-min-age-tencent"), province: ProvinceSlug::Qinghai, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: Some(st("qinghai-organisation-age")), material: None, kind: ProvinceRuleKind::MinAge { years: 18, with_proof_from: None, }, text: st("Reading of Tencent Cloud's Qinghai page: the person in charge must be at least 18."), text_zh: Some(st("腾讯云青海管局要求：负责人需年满 18 周岁。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@0b3137b5:product/域名与网站/网站备案/备案准备/各省管局要求/西北各省管局要求/青海管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("qinghai-document-min-validity"), province: ProvinceSlug::Qinghai, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DocumentMinValidity { months: 3, }, text: st("An ID card used in the filing must stay valid for more than 3 months."), text_zh: Some(st("身份证有效期须大于 3 个月。")), zh: None, provenance: Provenance { source: st("https://alibabacloud.com/help/en/icp-filing/basic-icp-service/user-guide/icp-filing-regulations-for-qinghai"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }, ProvinceRule { id: st("qinghai-organisation-notes"), province: ProvinceSlug::Qinghai, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("A first filing needs a valid business licence; upload colour photos of the originals."), text_zh: Some(st("首次备案须提供有效的营业执照；请上传原件的彩色照片。")), zh: None, provenance: Provenance { source: st("https://alibabacloud.com/help/en/icp-filing/basic-icp-service/user-guide/icp-filing-regulations-for-qinghai"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }, ProvinceRule { id: st("qinghai-domain-holder"), province: ProvinceSlug::Qinghai, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: Some(st("qinghai-domain-holder")), material: None, kind: ProvinceRuleKind::DomainHolder { holders: vec![Holder::Entity, Holder::PersonInCharge, ], certificate_cures: false, }, text: st("Reading of Alibaba's current Qinghai page: each domain must be held by the organisation or by its legal representative."), text_zh: Some(st("阿里云现行青海页面：域名须由单位或其法定代表人持有。")), zh: None, provenance: Provenance { source: st("https://alibabacloud.com/help/en/icp-filing/basic-icp-service/user-guide/icp-filing-regulations-for-qinghai"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }, ProvinceRule { id: st("qinghai-domain-holder-tencent"), province: ProvinceSlug::Qinghai, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: Some(st("qinghai-domain-holder")), material: None, kind: ProvinceRuleKind::DomainHolder { holders: vec![Holder::Entity, ], certificate_cures: false, }, text: st("Reading of Tencent Cloud's Qinghai page: each domain must be held in the organisation's name."), text_zh: Some(st("腾讯云青海管局要求：域名所有者须与主办单位名称一致。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@0b3137b5:product/域名与网站/网站备案/备案准备/各省管局要求/西北各省管局要求/青海管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("qinghai-local-id-only"), province: ProvinceSlug::Qinghai, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::CrossProvince { outcome: CrossProvinceOutcome::LocalIdOnly, extra_proof: None, }, text: st("Individuals must file with an ID card issued in Qinghai."), text_zh: Some(st("个人备案必须使用本省身份证进行备案。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@0b3137b5:product/域名与网站/网站备案/备案准备/各省管局要求/西北各省管局要求/青海管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S38"), ], }, }, ProvinceRule { id: st("qinghai-individual-remark"), province: ProvinceSlug::Qinghai, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("Describe in detail in the remarks what the site will contain or be used for."), text_zh: Some(st("个人备案须在网站备注中详细说明网站开办后的内容或用途。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@0b3137b5:product/域名与网站/网站备案/备案准备/各省管局要求/西北各省管局要求/青海管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("qinghai-individual-min-age"), province: ProvinceSlug::Qinghai, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::MinAge { years: 18, with_proof_from: None, }, text: st("Individuals must be at least 18; under 22 add a valid student card or proof of employment."), text_zh: Some(st("个人须年满 18 周岁；22 岁以下须提供有效的学习证明或工作证明。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@0b3137b5:product/域名与网站/网站备案/备案准备/各省管局要求/西北各省管局要求/青海管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("qinghai-young-individual-proof"), province: ProvinceSlug::Qinghai, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("An individual under 22 provides a valid proof of study (student card) or proof of employment."), text_zh: Some(st("22 岁以下的个人必须提供有效的学习证明或者工作证明。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@0b3137b5:product/域名与网站/网站备案/备案准备/各省管局要求/西北各省管局要求/青海管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ]
}

#[inline(never)]
fn province_rules_ningxia() -> Vec<ProvinceRule> {
    vec![ProvinceRule { id: st("ningxia-investor-field"), province: ProvinceSlug::Ningxia, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("In the investor or superior unit field, enterprises give the legal representative and other organisations the full name of their superior unit."), text_zh: Some(st("投资人或主管单位名称：企业必须写法定代表人；其他单位写上级主管单位全称。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@176bb3d2:product/域名与网站/网站备案/备案准备/各省管局要求/西北各省管局要求/宁夏管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("ningxia-local-id-only"), province: ProvinceSlug::Ningxia, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: Some(st("ningxia-cross-province")), material: None, kind: ProvinceRuleKind::CrossProvince { outcome: CrossProvinceOutcome::LocalIdOnly, extra_proof: None, }, text: st("Reading of Huawei's 2025 summary: individuals cannot file across provinces in Ningxia."), text_zh: Some(st("华为云 2025 年汇总：宁夏个人不支持跨省备案。")), zh: None, provenance: Provenance { source: st("huaweicloud/huaweicloud-skills:skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/topics/备案管局咨询.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S38"), ], }, }, ProvinceRule { id: st("ningxia-lease-or-purchase"), province: ProvinceSlug::Ningxia, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: Some(st("ningxia-cross-province")), material: Some(MaterialId::LeaseOrPurchaseContract), kind: ProvinceRuleKind::CrossProvince { outcome: CrossProvinceOutcome::ResidencePermitPlus, extra_proof: Some((st("A house lease of at least one year, or proof of a house purchase, in Ningxia."), st("宁夏的房屋租赁协议（1 年以上）或房屋购买证明。"))), }, text: st("Reading of Tencent Cloud's Ningxia page: with an ID card from elsewhere, provide a house lease of at least one year or proof of a house purchase in Ningxia."), text_zh: Some(st("腾讯云宁夏管局要求：非本省证件须提供房屋租赁协议（1 年以上）或房屋购买证明。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@176bb3d2:product/域名与网站/网站备案/备案准备/各省管局要求/西北各省管局要求/宁夏管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S38"), ], }, }, ProvinceRule { id: st("ningxia-leader-legal-representative"), province: ProvinceSlug::Ningxia, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::LeaderLegalRepresentative { letter_allowed: false, }, text: st("The entity's person in charge must be its legal representative."), text_zh: Some(st("主体负责人必须是法定代表人。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@176bb3d2:product/域名与网站/网站备案/备案准备/各省管局要求/西北各省管局要求/宁夏管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("ningxia-min-age"), province: ProvinceSlug::Ningxia, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::MinAge { years: 18, with_proof_from: None, }, text: st("The person in charge (and an individual filer) must be at least 18."), text_zh: Some(st("负责人（含个人备案者）须年满 18 周岁。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@176bb3d2:product/域名与网站/网站备案/备案准备/各省管局要求/西北各省管局要求/宁夏管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("ningxia-authorization-letter"), province: ProvinceSlug::Ningxia, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::AuthorizationLetter, text: st("If the website administrator is not the legal representative, provide a letter of authorization."), text_zh: Some(st("网站负责人不是法人的，须提供授权书。")), zh: Some(st("授权书")), provenance: Provenance { source: st("tencentyun/qcloud-documents@176bb3d2:product/域名与网站/网站备案/备案准备/各省管局要求/西北各省管局要求/宁夏管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S32"), ], }, }, ProvinceRule { id: st("ningxia-domain-holder"), province: ProvinceSlug::Ningxia, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainHolder { holders: vec![Holder::Entity, ], certificate_cures: false, }, text: st("Each domain must be held in the organisation's name, not by the legal representative."), text_zh: Some(st("域名所有人必须与主办单位名称一致，不能是法定代表人。")), zh: None, provenance: Provenance { source: st("huaweicloud/huaweicloud-skills:skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/topics/备案管局咨询.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("ningxia-religion"), province: ProvinceSlug::Ningxia, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::Note, text: st("Religious content needs the approval of the autonomous region's religious affairs bureau."), text_zh: Some(st("涉及宗教内容的，须获得自治区宗教事务局审批同意。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@176bb3d2:product/域名与网站/网站备案/备案准备/各省管局要求/西北各省管局要求/宁夏管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("ningxia-domain-min-validity"), province: ProvinceSlug::Ningxia, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainMinValidity { months: Some(3), days: None, }, text: st("Each domain must stay registered for more than 3 months when you file (Ningxia; Alibaba's 2019 province page)."), text_zh: Some(st("备案时每个域名的剩余有效期须大于 3 个月（宁夏；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/西北各省管局规则/宁夏备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("ningxia-document-min-validity"), province: ProvinceSlug::Ningxia, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DocumentMinValidity { months: 3, }, text: st("An ID card used in the filing must stay valid for more than 3 months (Ningxia; Alibaba's 2019 province page)."), text_zh: Some(st("备案所用身份证的剩余有效期须大于 3 个月（宁夏；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/西北各省管局规则/宁夏备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ]
}

#[inline(never)]
fn province_rules_xinjiang() -> Vec<ProvinceRule> {
    vec![ProvinceRule { id: st("xinjiang-domain-holder-entity"), province: ProvinceSlug::Xinjiang, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainHolder { holders: vec![Holder::Entity, ], certificate_cures: true, }, text: st("Each domain must be held in the organisation's name (Alibaba's 2019 page). A domain held by a person needs a domain name holder certificate, or transfer it."), text_zh: Some(st("域名持有者须与主办单位名称一致（阿里云 2019 年规则）。个人持有的域名须提供域名注册人证明，或将域名过户。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/西北各省管局规则/新疆备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S34"), ], }, }, ProvinceRule { id: st("xinjiang-local-id-only"), province: ProvinceSlug::Xinjiang, applies_to: AppliesTo::Individual, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::CrossProvince { outcome: CrossProvinceOutcome::LocalIdOnly, extra_proof: None, }, text: st("Individuals must file with an ID card issued in Xinjiang."), text_zh: Some(st("个人备案必须使用本自治区身份证进行备案。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1418f3d6:product/域名与网站/网站备案/备案准备/各省管局要求/西北各省管局要求/新疆管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: vec![st("S38"), ], }, }, ProvinceRule { id: st("xinjiang-leader-legal-representative"), province: ProvinceSlug::Xinjiang, applies_to: AppliesTo::Organisation, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::LeaderLegalRepresentative { letter_allowed: false, }, text: st("The entity's person in charge must be its legal representative; letters of authorization are not accepted."), text_zh: Some(st("主体负责人必须是法定代表人，不接受授权书。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1418f3d6:product/域名与网站/网站备案/备案准备/各省管局要求/西北各省管局要求/新疆管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("xinjiang-min-age"), province: ProvinceSlug::Xinjiang, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::MinAge { years: 18, with_proof_from: None, }, text: st("The person in charge (and an individual filer) must be at least 18."), text_zh: Some(st("负责人（含个人备案者）须年满 18 周岁。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1418f3d6:product/域名与网站/网站备案/备案准备/各省管局要求/西北各省管局要求/新疆管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("xinjiang-party-building-confirmation"), province: ProvinceSlug::Xinjiang, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: Some(MaterialId::PartyGovernmentConfirmation), kind: ProvinceRuleKind::RequiredMaterial, text: st("First filings and new websites need the 网站党建备案信息确认函 (confirmation letter from a Party or government body)."), text_zh: Some(st("首次备案及新增网站备案，须提供《网站党建备案信息确认函》。")), zh: Some(st("网站党建备案信息确认函")), provenance: Provenance { source: st("tencentyun/qcloud-documents@1418f3d6:product/域名与网站/网站备案/备案准备/各省管局要求/西北各省管局要求/新疆管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("xinjiang-one-domain-per-website"), province: ProvinceSlug::Xinjiang, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::FilingCap(FilingCap::MaxDomainsPerWebsite(1)), text: st("One website may carry only one domain: file each further domain as its own website."), text_zh: Some(st("一个网站只能对应一个域名：其余域名请分别作为网站备案。")), zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents@1418f3d6:product/域名与网站/网站备案/备案准备/各省管局要求/西北各省管局要求/新疆管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("xinjiang-domain-min-validity"), province: ProvinceSlug::Xinjiang, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DomainMinValidity { months: Some(3), days: None, }, text: st("Each domain must stay registered for more than 3 months when you file (Xinjiang; Alibaba's 2019 province page)."), text_zh: Some(st("备案时每个域名的剩余有效期须大于 3 个月（新疆；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/西北各省管局规则/新疆备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ProvinceRule { id: st("xinjiang-document-min-validity"), province: ProvinceSlug::Xinjiang, applies_to: AppliesTo::All, entity_types: None, residency: None, conflict_group: None, material: None, kind: ProvinceRuleKind::DocumentMinValidity { months: 3, }, text: st("An ID card used in the filing must stay valid for more than 3 months (Xinjiang; Alibaba's 2019 province page)."), text_zh: Some(st("备案所用身份证的剩余有效期须大于 3 个月（新疆；阿里云 2019 年管局规则页面）。")), zh: None, provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/西北各省管局规则/新疆备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ]
}

#[inline(never)]
fn file_provinces() -> RuleFile {
    RuleFile {
        built_provinces: Some(Parts::built(&BUILT_PROVINCES_PROVINCES)),
        built_province_rules: Some(Parts::built(&BUILT_PROVINCE_RULES_PROVINCES)),
        ..RuleFile::default()
    }
}

#[inline(never)]
fn rules_domain_domains() -> Rule {
    Rule { id: st("domain.domains"), section: Section::Domain, text: st("You must specify the domain name of your website when you apply for an ICP filing."), text_zh: Some(st("申请ICP备案时必须填写网站的域名。")), zh: Some(st("备案域名")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("https://help.aliyun.com/en/icp-filing/basic-icp-service/user-guide/prepare-and-check-the-domain-name"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S02"), ], }, }
}

#[inline(never)]
fn rules_domain_name() -> Rule {
    Rule { id: st("domain.name"), section: Section::Domain, text: st("A filing names the registrable (first-level) domain; sub-domains such as www. are covered by it."), text_zh: Some(st("备案填写可注册的主域名（一级域名）；www. 等子域名都包含在内。")), zh: Some(st("一级域名")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("huaweicloud/huaweicloud-skills:skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/procedures/备案域名咨询.md"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Dated, seed: Vec::new(), }, }
}

#[inline(never)]
fn rules_domain_suffix() -> Rule {
    Rule { id: st("domain.suffix"), section: Section::Domain, text: st("The top-level domain must be approved by MIIT (the list on domain.miit.gov.cn is a whitelist)."), text_zh: Some(st("顶级域名必须是工信部批准的（domain.miit.gov.cn 上的名单是白名单）。")), zh: Some(st("工信部批准的顶级域")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("https://help.aliyun.com/en/icp-filing/basic-icp-service/user-guide/prepare-and-check-the-domain-name"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn rules_domain_registrar() -> Rule {
    Rule { id: st("domain.registrar"), section: Section::Domain, text: st("The registrar must be approved by MIIT. Domains registered on the Alibaba Cloud international site (alibabacloud.com) cannot be filed; register or transfer them to the China site (aliyun.com)."), text_zh: Some(st("域名注册商必须获工信部批准。在阿里云国际站（alibabacloud.com）注册的域名无法备案；请在中国站（aliyun.com）注册或转入中国站。")), zh: Some(st("域名注册服务机构")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("https://www.alibabacloud.com/help/en/icp-filing/latest/prepare-and-check-the-domain-name"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S03"), st("S06"), ], }, }
}

#[inline(never)]
fn rules_domain_real_name() -> Rule {
    Rule { id: st("domain.real-name"), section: Section::Domain, text: st("Real-name verification of the domain name must be complete."), text_zh: Some(st("域名必须已完成实名认证。")), zh: Some(st("域名实名认证")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("https://help.aliyun.com/document_detail/35881.html"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S08"), ], }, }
}

#[inline(never)]
fn rules_domain_real_name_delay() -> Rule {
    Rule { id: st("domain.real-name-delay"), section: Section::Domain, text: st("Real-name data takes 3–5 working days to reach the bureau; wait at least 3 working days after verification before you submit."), text_zh: Some(st("实名信息同步到管局需要 3–5 个工作日；实名认证完成后至少等待 3 个工作日再提交。")), zh: Some(st("实名信息同步至管局")), threshold: Some(3), params: BTreeMap::from([(st("range"), Param::Text(st("3–5"))), ]), provenance: Provenance { source: st("huaweicloud/huaweicloud-skills:skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/procedures/备案域名咨询.md"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Dated, seed: Vec::new(), }, }
}

#[inline(never)]
fn rules_domain_holder() -> Rule {
    Rule { id: st("domain.holder"), section: Section::Domain, text: st("Individuals must own the domain. For organisations the holder may be the organisation, a shareholder, a senior executive or the person in charge."), text_zh: Some(st("个人备案的域名必须归本人所有。单位备案的域名持有者可以是单位本身、股东、高管或主体负责人。")), zh: Some(st("域名持有者")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("https://help.aliyun.com/en/icp-filing/basic-icp-service/user-guide/prepare-and-check-the-domain-name"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S07"), ], }, }
}

#[inline(never)]
fn rules_domain_holder_match() -> Rule {
    Rule { id: st("domain.holder-match"), section: Section::Domain, text: st("The entity information in the filing must equal the domain's real-name record — name, certificate type and certificate number."), text_zh: Some(st("备案中的主办单位信息必须与域名实名信息一致：名称、证件类型和证件号码。")), zh: Some(st("域名实名信息与备案主体一致")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("https://help.aliyun.com/en/icp-filing/basic-icp-service/user-guide/prepare-and-check-the-domain-name"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S09"), ], }, }
}

#[inline(never)]
fn rules_domain_expiry() -> Rule {
    Rule { id: st("domain.expiry"), section: Section::Domain, text: st("The domain name must be valid (registered and not expired); a domain close to expiry is better renewed first."), text_zh: Some(st("域名必须在有效期内（已注册且未过期）；快到期的域名最好先续费。")), zh: Some(st("域名有效期")), threshold: Some(3), params: BTreeMap::new(), provenance: Provenance { source: st("https://help.aliyun.com/en/icp-filing/basic-icp-service/user-guide/prepare-and-check-the-domain-name"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S05"), ], }, }
}

#[inline(never)]
fn rules_domain_duplicate() -> Rule {
    Rule { id: st("domain.duplicate"), section: Section::Domain, text: st("Each registrable domain is filed once."), text_zh: Some(st("每个可注册的主域名只备案一次。")), zh: Some(st("重复域名")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("https://help.aliyun.com/en/icp-filing/basic-icp-service/user-guide/prepare-and-check-the-domain-name"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn rules_domain_one_domain_per_website() -> Rule {
    Rule { id: st("domain.one-domain-per-website"), section: Section::Domain, text: st("Alibaba's 2019 limits page: since 2019-04-22 each website files one domain; several domains need several websites. No current Alibaba page was found that confirms or drops it, so several domains under one website are a question for Alibaba's pre-check, not a block."), text_zh: Some(st("阿里云 2019 年限制说明：2019年4月22日起，每个网站只能备案一个域名，多个域名需备案多个网站。未找到确认或取消此规定的阿里云现行页面，因此多个域名共用一个网站时请在备案初审时确认，而不视为受阻。")), zh: Some(st("每个网站只能备案一个域名")), threshold: None, params: BTreeMap::from([(st("since"), Param::Text(st("2019-04-22"))), ]), provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/产品简介/限制说明.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }
}

#[inline(never)]
fn file_domain() -> RuleFile {
    RuleFile {
        built_rules: Some(Parts::built(&BUILT_RULES_DOMAIN)),
        ..RuleFile::default()
    }
}

#[inline(never)]
fn tlds_cn() -> Tld {
    Tld { suffix: st("cn"), unicode: st("cn"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("CNNIC")), evidence: Evidence::Official, sources: vec![st("MIIT-7"), st("TC-A"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("http://zenchang.cn/law/law_view.asp?id=610720"), last_verified: const { date(2020, 7, 24) }, confidence: Confidence::Confirmed, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_xn_fiqs8s() -> Tld {
    Tld { suffix: st("xn--fiqs8s"), unicode: st("中国"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("CNNIC")), evidence: Evidence::Official, sources: vec![st("MIIT-7"), st("TC-A"), st("V2-CN"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("http://zenchang.cn/law/law_view.asp?id=610720"), last_verified: const { date(2025, 8, 19) }, confidence: Confidence::Confirmed, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_xn_fiqz9s() -> Tld {
    Tld { suffix: st("xn--fiqz9s"), unicode: st("中國"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("CNNIC")), evidence: Evidence::ThirdParty, sources: vec![st("V2-CN"), ], notes: Some(st("traditional form; only in MIIT-derived v2fly list")), notes_zh: Some(st("繁体形式；仅见于源自工信部的 v2fly 名单")), provenance: Provenance { source: st("v2fly/domain-list-community:data/tld-cn"), last_verified: const { date(2025, 8, 19) }, confidence: Confidence::Unconfirmed, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_com_cn() -> Tld {
    Tld { suffix: st("com.cn"), unicode: st("com.cn"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("CNNIC")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), ], notes: Some(st("remark: enterprises")), notes_zh: Some(st("备注：企业")), provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2020, 7, 24) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_net_cn() -> Tld {
    Tld { suffix: st("net.cn"), unicode: st("net.cn"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("CNNIC")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), ], notes: Some(st("remark: internet service orgs")), notes_zh: Some(st("备注：互联网服务机构")), provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2020, 7, 24) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_org_cn() -> Tld {
    Tld { suffix: st("org.cn"), unicode: st("org.cn"), status: TldStatus::Restricted, restricted_to: vec![EntityType::PublicInstitution, EntityType::SocialOrganization, EntityType::OtherOrganization, ], soft_restriction: true, registry: Some(st("CNNIC")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), ], notes: Some(st("remark: non-profit organisations")), notes_zh: Some(st("备注：非营利组织")), provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2020, 7, 24) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_ac_cn() -> Tld {
    Tld { suffix: st("ac.cn"), unicode: st("ac.cn"), status: TldStatus::Restricted, restricted_to: vec![EntityType::PublicInstitution, ], soft_restriction: false, registry: Some(st("CNNIC")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2020, 7, 24) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_mil_cn() -> Tld {
    Tld { suffix: st("mil.cn"), unicode: st("mil.cn"), status: TldStatus::Restricted, restricted_to: vec![EntityType::Government, ], soft_restriction: false, registry: Some(st("CNNIC")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2020, 7, 24) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_edu_cn() -> Tld {
    Tld { suffix: st("edu.cn"), unicode: st("edu.cn"), status: TldStatus::Restricted, restricted_to: vec![EntityType::PublicInstitution, ], soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2020, 7, 24) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_gov_cn() -> Tld {
    Tld { suffix: st("gov.cn"), unicode: st("gov.cn"), status: TldStatus::Restricted, restricted_to: vec![EntityType::Government, ], soft_restriction: false, registry: Some(st("CNNIC")), evidence: Evidence::Official, sources: vec![st("GOV-18"), st("TC-A"), st("TC-B"), ], notes: Some(st("non-administrative public institutions should not use it (GOV-18)")), notes_zh: Some(st("非行政类事业单位不应使用（GOV-18）")), provenance: Provenance { source: st("http://www.ibaoshan.net/idcnews/Article/20180906/14423"), last_verified: const { date(2020, 7, 24) }, confidence: Confidence::Confirmed, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_bj_cn() -> Tld {
    Tld { suffix: st("bj.cn"), unicode: st("bj.cn"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("CNNIC")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2020, 7, 24) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_tj_cn() -> Tld {
    Tld { suffix: st("tj.cn"), unicode: st("tj.cn"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("CNNIC")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2020, 7, 24) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_sh_cn() -> Tld {
    Tld { suffix: st("sh.cn"), unicode: st("sh.cn"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("CNNIC")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2020, 7, 24) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_cq_cn() -> Tld {
    Tld { suffix: st("cq.cn"), unicode: st("cq.cn"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("CNNIC")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2020, 7, 24) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_he_cn() -> Tld {
    Tld { suffix: st("he.cn"), unicode: st("he.cn"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("CNNIC")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2020, 7, 24) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_sx_cn() -> Tld {
    Tld { suffix: st("sx.cn"), unicode: st("sx.cn"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("CNNIC")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2020, 7, 24) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_nm_cn() -> Tld {
    Tld { suffix: st("nm.cn"), unicode: st("nm.cn"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("CNNIC")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2020, 7, 24) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_ln_cn() -> Tld {
    Tld { suffix: st("ln.cn"), unicode: st("ln.cn"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("CNNIC")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2020, 7, 24) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_jl_cn() -> Tld {
    Tld { suffix: st("jl.cn"), unicode: st("jl.cn"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("CNNIC")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2020, 7, 24) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_hl_cn() -> Tld {
    Tld { suffix: st("hl.cn"), unicode: st("hl.cn"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("CNNIC")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2020, 7, 24) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_js_cn() -> Tld {
    Tld { suffix: st("js.cn"), unicode: st("js.cn"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("CNNIC")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2020, 7, 24) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_zj_cn() -> Tld {
    Tld { suffix: st("zj.cn"), unicode: st("zj.cn"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("CNNIC")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2020, 7, 24) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_ah_cn() -> Tld {
    Tld { suffix: st("ah.cn"), unicode: st("ah.cn"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("CNNIC")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2020, 7, 24) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_fj_cn() -> Tld {
    Tld { suffix: st("fj.cn"), unicode: st("fj.cn"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("CNNIC")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2020, 7, 24) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_jx_cn() -> Tld {
    Tld { suffix: st("jx.cn"), unicode: st("jx.cn"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("CNNIC")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2020, 7, 24) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_sd_cn() -> Tld {
    Tld { suffix: st("sd.cn"), unicode: st("sd.cn"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("CNNIC")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2020, 7, 24) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_ha_cn() -> Tld {
    Tld { suffix: st("ha.cn"), unicode: st("ha.cn"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("CNNIC")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2020, 7, 24) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_hb_cn() -> Tld {
    Tld { suffix: st("hb.cn"), unicode: st("hb.cn"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("CNNIC")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2020, 7, 24) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_hn_cn() -> Tld {
    Tld { suffix: st("hn.cn"), unicode: st("hn.cn"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("CNNIC")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2020, 7, 24) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_gd_cn() -> Tld {
    Tld { suffix: st("gd.cn"), unicode: st("gd.cn"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("CNNIC")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2020, 7, 24) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_gx_cn() -> Tld {
    Tld { suffix: st("gx.cn"), unicode: st("gx.cn"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("CNNIC")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2020, 7, 24) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_hi_cn() -> Tld {
    Tld { suffix: st("hi.cn"), unicode: st("hi.cn"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("CNNIC")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2020, 7, 24) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_sc_cn() -> Tld {
    Tld { suffix: st("sc.cn"), unicode: st("sc.cn"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("CNNIC")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2020, 7, 24) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_gz_cn() -> Tld {
    Tld { suffix: st("gz.cn"), unicode: st("gz.cn"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("CNNIC")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2020, 7, 24) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_yn_cn() -> Tld {
    Tld { suffix: st("yn.cn"), unicode: st("yn.cn"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("CNNIC")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2020, 7, 24) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_xz_cn() -> Tld {
    Tld { suffix: st("xz.cn"), unicode: st("xz.cn"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("CNNIC")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2020, 7, 24) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_sn_cn() -> Tld {
    Tld { suffix: st("sn.cn"), unicode: st("sn.cn"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("CNNIC")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2020, 7, 24) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_gs_cn() -> Tld {
    Tld { suffix: st("gs.cn"), unicode: st("gs.cn"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("CNNIC")), evidence: Evidence::ThirdParty, sources: vec![st("YUN-21"), st("GIST"), ], notes: Some(st("missing from Tencent table, present in others")), notes_zh: Some(st("腾讯云表中没有，其他名单中有")), provenance: Provenance { source: st("yunionio/dashboard:src/utils/utils.js"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Unconfirmed, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_qh_cn() -> Tld {
    Tld { suffix: st("qh.cn"), unicode: st("qh.cn"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("CNNIC")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2020, 7, 24) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_nx_cn() -> Tld {
    Tld { suffix: st("nx.cn"), unicode: st("nx.cn"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("CNNIC")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2020, 7, 24) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_xj_cn() -> Tld {
    Tld { suffix: st("xj.cn"), unicode: st("xj.cn"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("CNNIC")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2020, 7, 24) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_tw_cn() -> Tld {
    Tld { suffix: st("tw.cn"), unicode: st("tw.cn"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("CNNIC")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2020, 7, 24) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_hk_cn() -> Tld {
    Tld { suffix: st("hk.cn"), unicode: st("hk.cn"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("CNNIC")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2020, 7, 24) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_mo_cn() -> Tld {
    Tld { suffix: st("mo.cn"), unicode: st("mo.cn"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("CNNIC")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2020, 7, 24) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_xn_zfr164b_cn() -> Tld {
    Tld { suffix: st("xn--zfr164b.cn"), unicode: st("政务.cn"), status: TldStatus::Restricted, restricted_to: vec![EntityType::Government, ], soft_restriction: false, registry: Some(st("CONAC")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("CONAC-08"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2020, 7, 24) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_xn_55qw42g_cn() -> Tld {
    Tld { suffix: st("xn--55qw42g.cn"), unicode: st("公益.cn"), status: TldStatus::Restricted, restricted_to: vec![EntityType::PublicInstitution, EntityType::SocialOrganization, ], soft_restriction: false, registry: Some(st("CONAC")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("CONAC-08"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2020, 7, 24) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_xn_zfr164b() -> Tld {
    Tld { suffix: st("xn--zfr164b"), unicode: st("政务"), status: TldStatus::Restricted, restricted_to: vec![EntityType::Government, ], soft_restriction: false, registry: Some(st("CONAC")), evidence: Evidence::Official, sources: vec![st("MIIT-7"), st("GOV-18"), st("TC-A"), st("V2-CN"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("http://zenchang.cn/law/law_view.asp?id=610720"), last_verified: const { date(2025, 8, 19) }, confidence: Confidence::Confirmed, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_xn_55qw42g() -> Tld {
    Tld { suffix: st("xn--55qw42g"), unicode: st("公益"), status: TldStatus::Restricted, restricted_to: vec![EntityType::PublicInstitution, EntityType::SocialOrganization, ], soft_restriction: false, registry: Some(st("CONAC")), evidence: Evidence::Official, sources: vec![st("MIIT-7"), st("TC-A"), st("V2-CN"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("http://zenchang.cn/law/law_view.asp?id=610720"), last_verified: const { date(2025, 8, 19) }, confidence: Confidence::Confirmed, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_xn_55qx5d() -> Tld {
    Tld { suffix: st("xn--55qx5d"), unicode: st("公司"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("CNNIC")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("V2-CN"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2025, 8, 19) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_xn_io0a7i() -> Tld {
    Tld { suffix: st("xn--io0a7i"), unicode: st("网络"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("CNNIC")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("V2-CN"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2025, 8, 19) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_xn_ses554g() -> Tld {
    Tld { suffix: st("xn--ses554g"), unicode: st("网址"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("V2-CN"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2025, 8, 19) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_xn_czru2d() -> Tld {
    Tld { suffix: st("xn--czru2d"), unicode: st("商城"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("V2-CN"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2025, 8, 19) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_xn_hxt814e() -> Tld {
    Tld { suffix: st("xn--hxt814e"), unicode: st("网店"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("V2-CN"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2025, 8, 19) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_xn_fiq64b() -> Tld {
    Tld { suffix: st("xn--fiq64b"), unicode: st("中信"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("V2-CN"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2025, 8, 19) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_xn_czr694b() -> Tld {
    Tld { suffix: st("xn--czr694b"), unicode: st("商标"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("V2-CN"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2025, 8, 19) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_xn_xhq521b() -> Tld {
    Tld { suffix: st("xn--xhq521b"), unicode: st("广东"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("V2-CN"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2025, 8, 19) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_xn_1qqw23a() -> Tld {
    Tld { suffix: st("xn--1qqw23a"), unicode: st("佛山"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("V2-CN"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2025, 8, 19) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_xn_vuq861b() -> Tld {
    Tld { suffix: st("xn--vuq861b"), unicode: st("信息"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("V2-CN"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2025, 8, 19) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_xn_kput3i() -> Tld {
    Tld { suffix: st("xn--kput3i"), unicode: st("手机"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("V2-CN"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2025, 8, 19) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_xn_3ds443g() -> Tld {
    Tld { suffix: st("xn--3ds443g"), unicode: st("在线"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("V2-CN"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2025, 8, 19) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_xn_fiq228c5hs() -> Tld {
    Tld { suffix: st("xn--fiq228c5hs"), unicode: st("中文网"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("V2-CN"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2025, 8, 19) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_xn_3bst00m() -> Tld {
    Tld { suffix: st("xn--3bst00m"), unicode: st("集团"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("V2-CN"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2025, 8, 19) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_xn_6qq986b3xl() -> Tld {
    Tld { suffix: st("xn--6qq986b3xl"), unicode: st("我爱你"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("V2-CN"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2025, 8, 19) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_xn_czrs0t() -> Tld {
    Tld { suffix: st("xn--czrs0t"), unicode: st("商店"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("V2-CN"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2025, 8, 19) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_xn_vhquv() -> Tld {
    Tld { suffix: st("xn--vhquv"), unicode: st("企业"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("V2-CN"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2025, 8, 19) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_xn_fjq720a() -> Tld {
    Tld { suffix: st("xn--fjq720a"), unicode: st("娱乐"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("V2-CN"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2025, 8, 19) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_xn_unup4y() -> Tld {
    Tld { suffix: st("xn--unup4y"), unicode: st("游戏"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("V2-CN"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2025, 8, 19) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_xn_g2xx48c() -> Tld {
    Tld { suffix: st("xn--g2xx48c"), unicode: st("购物"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("V2-CN"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2025, 8, 19) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_xn_imr513n() -> Tld {
    Tld { suffix: st("xn--imr513n"), unicode: st("餐厅"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("V2-CN"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2025, 8, 19) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_xn_otu796d() -> Tld {
    Tld { suffix: st("xn--otu796d"), unicode: st("招聘"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("V2-CN"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2025, 8, 19) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_xn_9et52u() -> Tld {
    Tld { suffix: st("xn--9et52u"), unicode: st("时尚"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("V2-CN"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2025, 8, 19) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_xn_6frz82g() -> Tld {
    Tld { suffix: st("xn--6frz82g"), unicode: st("移动"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("V2-CN"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2025, 8, 19) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_xn_5tzm5g() -> Tld {
    Tld { suffix: st("xn--5tzm5g"), unicode: st("网站"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("V2-CN"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2025, 8, 19) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_xn_8y0a063a() -> Tld {
    Tld { suffix: st("xn--8y0a063a"), unicode: st("联通"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-B"), st("V2-CN"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents:product/域名与网站/网站备案/备案准备/备案域名.md"), last_verified: const { date(2025, 8, 19) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_xn_rhqv96g() -> Tld {
    Tld { suffix: st("xn--rhqv96g"), unicode: st("世界"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::ThirdParty, sources: vec![st("V2-CN"), ], notes: Some(st("added to MIIT-derived list 2023-12")), notes_zh: Some(st("2023年12月加入源自工信部的名单")), provenance: Provenance { source: st("v2fly/domain-list-community:data/tld-cn"), last_verified: const { date(2025, 8, 19) }, confidence: Confidence::Unconfirmed, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_xn_nyqy26a() -> Tld {
    Tld { suffix: st("xn--nyqy26a"), unicode: st("健康"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::ThirdParty, sources: vec![st("V2-CN"), ], notes: Some(st("added to MIIT-derived list 2023-12")), notes_zh: Some(st("2023年12月加入源自工信部的名单")), provenance: Provenance { source: st("v2fly/domain-list-community:data/tld-cn"), last_verified: const { date(2025, 8, 19) }, confidence: Confidence::Unconfirmed, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_xn_j6w193g() -> Tld {
    Tld { suffix: st("xn--j6w193g"), unicode: st("香港"), status: TldStatus::Unknown, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::ThirdParty, sources: vec![st("V2-OFFICE"), ], notes: Some(st("registry has a mainland office per MIIT page; v2fly excludes it as non-mainland; no filing confirmation")), notes_zh: Some(st("据工信部页面，该注册管理机构在中国内地设有机构；v2fly 将其归为非中国内地后缀；未见可备案的确认")), provenance: Provenance { source: st("https://github.com/v2fly/domain-list-community/pull/2286"), last_verified: const { date(2024, 8, 17) }, confidence: Confidence::Unconfirmed, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_xn_estv75g() -> Tld {
    Tld { suffix: st("xn--estv75g"), unicode: st("工行"), status: TldStatus::NotApproved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::ThirdParty, sources: vec![st("V2-CN"), ], notes: Some(st("TLD terminated; removed 2024")), notes_zh: Some(st("该顶级域名已终止；2024年移除")), provenance: Provenance { source: st("v2fly/domain-list-community:data/tld-cn"), last_verified: const { date(2024, 4, 22) }, confidence: Confidence::Unconfirmed, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_ren() -> Tld {
    Tld { suffix: st("ren"), unicode: st("ren"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), st("BJ-2019"), st("OLD-2016"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_wang() -> Tld {
    Tld { suffix: st("wang"), unicode: st("wang"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), st("BJ-2019"), st("OLD-2016"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_citic() -> Tld {
    Tld { suffix: st("citic"), unicode: st("citic"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), st("BJ-2019"), st("OLD-2016"), ], notes: Some(st("brand TLD (closed registration)")), notes_zh: Some(st("品牌顶级域名（不对外开放注册）")), provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_top() -> Tld {
    Tld { suffix: st("top"), unicode: st("top"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st(".top Registry (Jiangsu Bangning)")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), st("BJ-2019"), st("OLD-2016"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_sohu() -> Tld {
    Tld { suffix: st("sohu"), unicode: st("sohu"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), st("OLD-2016"), ], notes: Some(st("brand TLD (closed registration)")), notes_zh: Some(st("品牌顶级域名（不对外开放注册）")), provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_xin() -> Tld {
    Tld { suffix: st("xin"), unicode: st("xin"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("Elegant Leader (Alibaba)")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), st("OLD-2016"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_com() -> Tld {
    Tld { suffix: st("com"), unicode: st("com"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("VeriSign")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), st("BJ-2019"), st("OLD-2016"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_net() -> Tld {
    Tld { suffix: st("net"), unicode: st("net"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("VeriSign")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), st("BJ-2019"), st("OLD-2016"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_club() -> Tld {
    Tld { suffix: st("club"), unicode: st("club"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_xyz() -> Tld {
    Tld { suffix: st("xyz"), unicode: st("xyz"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_vip() -> Tld {
    Tld { suffix: st("vip"), unicode: st("vip"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_site() -> Tld {
    Tld { suffix: st("site"), unicode: st("site"), status: TldStatus::Unknown, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), st("N26"), ], notes: Some(st("Radix TLD: on registrar lists 2020-2022, but a 2026-08 note says Tencent shows .tech as not fileable pending Radix's qualification - unknown until re-verified")), notes_zh: Some(st("Radix 旗下后缀：2020至2022年的注册商名单均列出，但2026年8月的记录称腾讯云显示 .tech 在 Radix 取得资质前暂不可备案——重新核实前按“未知”处理")), provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_shop() -> Tld {
    Tld { suffix: st("shop"), unicode: st("shop"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_ink() -> Tld {
    Tld { suffix: st("ink"), unicode: st("ink"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: Some(st("2026 third-party note claims not fileable (N26)")), notes_zh: Some(st("2026年的第三方记录称不可备案（N26）")), provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_info() -> Tld {
    Tld { suffix: st("info"), unicode: st("info"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), st("OLD-2016"), ], notes: Some(st("SEO page KMIDC claims not fileable")), notes_zh: Some(st("SEO 页面 KMIDC 称不可备案")), provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_mobi() -> Tld {
    Tld { suffix: st("mobi"), unicode: st("mobi"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), st("BJ-2019"), st("OLD-2016"), ], notes: Some(st("SEO page KMIDC claims not fileable")), notes_zh: Some(st("SEO 页面 KMIDC 称不可备案")), provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_red() -> Tld {
    Tld { suffix: st("red"), unicode: st("red"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_pro() -> Tld {
    Tld { suffix: st("pro"), unicode: st("pro"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), st("OLD-2016"), ], notes: Some(st("SEO page KMIDC claims not fileable")), notes_zh: Some(st("SEO 页面 KMIDC 称不可备案")), provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_kim() -> Tld {
    Tld { suffix: st("kim"), unicode: st("kim"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_ltd() -> Tld {
    Tld { suffix: st("ltd"), unicode: st("ltd"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_group() -> Tld {
    Tld { suffix: st("group"), unicode: st("group"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_biz() -> Tld {
    Tld { suffix: st("biz"), unicode: st("biz"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), st("OLD-2016"), ], notes: Some(st("Beijing refused it in 2017 (TC-2017); SEO page KMIDC claims not fileable")), notes_zh: Some(st("北京2017年曾不予受理（TC-2017）；SEO 页面 KMIDC 称不可备案")), provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_auto() -> Tld {
    Tld { suffix: st("auto"), unicode: st("auto"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_link() -> Tld {
    Tld { suffix: st("link"), unicode: st("link"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_work() -> Tld {
    Tld { suffix: st("work"), unicode: st("work"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_law() -> Tld {
    Tld { suffix: st("law"), unicode: st("law"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_beer() -> Tld {
    Tld { suffix: st("beer"), unicode: st("beer"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_store() -> Tld {
    Tld { suffix: st("store"), unicode: st("store"), status: TldStatus::Unknown, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), st("N26"), ], notes: Some(st("Radix TLD: on registrar lists 2020-2022, but a 2026-08 note says Tencent shows .tech as not fileable pending Radix's qualification - unknown until re-verified")), notes_zh: Some(st("Radix 旗下后缀：2020至2022年的注册商名单均列出，但2026年8月的记录称腾讯云显示 .tech 在 Radix 取得资质前暂不可备案——重新核实前按“未知”处理")), provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_tech() -> Tld {
    Tld { suffix: st("tech"), unicode: st("tech"), status: TldStatus::Unknown, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), st("N26"), ], notes: Some(st("Radix TLD: on registrar lists 2020-2022, but a 2026-08 note says Tencent shows .tech as not fileable pending Radix's qualification - unknown until re-verified")), notes_zh: Some(st("Radix 旗下后缀：2020至2022年的注册商名单均列出，但2026年8月的记录称腾讯云显示 .tech 在 Radix 取得资质前暂不可备案——重新核实前按“未知”处理")), provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_fun() -> Tld {
    Tld { suffix: st("fun"), unicode: st("fun"), status: TldStatus::Unknown, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), st("N26"), ], notes: Some(st("Radix TLD: on registrar lists 2020-2022, but a 2026-08 note says Tencent shows .tech as not fileable pending Radix's qualification - unknown until re-verified")), notes_zh: Some(st("Radix 旗下后缀：2020至2022年的注册商名单均列出，但2026年8月的记录称腾讯云显示 .tech 在 Radix 取得资质前暂不可备案——重新核实前按“未知”处理")), provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_online() -> Tld {
    Tld { suffix: st("online"), unicode: st("online"), status: TldStatus::Unknown, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), st("N26"), ], notes: Some(st("Radix TLD: on registrar lists 2020-2022, but a 2026-08 note says Tencent shows .tech as not fileable pending Radix's qualification - unknown until re-verified")), notes_zh: Some(st("Radix 旗下后缀：2020至2022年的注册商名单均列出，但2026年8月的记录称腾讯云显示 .tech 在 Radix 取得资质前暂不可备案——重新核实前按“未知”处理")), provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_art() -> Tld {
    Tld { suffix: st("art"), unicode: st("art"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_design() -> Tld {
    Tld { suffix: st("design"), unicode: st("design"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_wiki() -> Tld {
    Tld { suffix: st("wiki"), unicode: st("wiki"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_love() -> Tld {
    Tld { suffix: st("love"), unicode: st("love"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_center() -> Tld {
    Tld { suffix: st("center"), unicode: st("center"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_video() -> Tld {
    Tld { suffix: st("video"), unicode: st("video"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_social() -> Tld {
    Tld { suffix: st("social"), unicode: st("social"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_team() -> Tld {
    Tld { suffix: st("team"), unicode: st("team"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_show() -> Tld {
    Tld { suffix: st("show"), unicode: st("show"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_cool() -> Tld {
    Tld { suffix: st("cool"), unicode: st("cool"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_zone() -> Tld {
    Tld { suffix: st("zone"), unicode: st("zone"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_world() -> Tld {
    Tld { suffix: st("world"), unicode: st("world"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_today() -> Tld {
    Tld { suffix: st("today"), unicode: st("today"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_city() -> Tld {
    Tld { suffix: st("city"), unicode: st("city"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_chat() -> Tld {
    Tld { suffix: st("chat"), unicode: st("chat"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), st("V2-OFFICE"), ], notes: Some(st("registry office listed by MIIT 2024 (V2-OFFICE)")), notes_zh: Some(st("2024年工信部名单列出了该注册管理机构的境内机构（V2-OFFICE）")), provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_company() -> Tld {
    Tld { suffix: st("company"), unicode: st("company"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_live() -> Tld {
    Tld { suffix: st("live"), unicode: st("live"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_fund() -> Tld {
    Tld { suffix: st("fund"), unicode: st("fund"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_gold() -> Tld {
    Tld { suffix: st("gold"), unicode: st("gold"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_plus() -> Tld {
    Tld { suffix: st("plus"), unicode: st("plus"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_guru() -> Tld {
    Tld { suffix: st("guru"), unicode: st("guru"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_run() -> Tld {
    Tld { suffix: st("run"), unicode: st("run"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_pub() -> Tld {
    Tld { suffix: st("pub"), unicode: st("pub"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_email() -> Tld {
    Tld { suffix: st("email"), unicode: st("email"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_life() -> Tld {
    Tld { suffix: st("life"), unicode: st("life"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_co() -> Tld {
    Tld { suffix: st("co"), unicode: st("co"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), st("V2-1607"), ], notes: Some(st("Beijing refused it in 2017 (TC-2017); later lists include it")), notes_zh: Some(st("北京2017年曾不予受理（TC-2017）；后来的名单包含它")), provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_fashion() -> Tld {
    Tld { suffix: st("fashion"), unicode: st("fashion"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_fit() -> Tld {
    Tld { suffix: st("fit"), unicode: st("fit"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_luxe() -> Tld {
    Tld { suffix: st("luxe"), unicode: st("luxe"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_yoga() -> Tld {
    Tld { suffix: st("yoga"), unicode: st("yoga"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_baidu() -> Tld {
    Tld { suffix: st("baidu"), unicode: st("baidu"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: Some(st("brand TLD (closed registration)")), notes_zh: Some(st("品牌顶级域名（不对外开放注册）")), provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_cloud() -> Tld {
    Tld { suffix: st("cloud"), unicode: st("cloud"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_host() -> Tld {
    Tld { suffix: st("host"), unicode: st("host"), status: TldStatus::Unknown, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), st("N26"), ], notes: Some(st("Radix TLD: on registrar lists 2020-2022, but a 2026-08 note says Tencent shows .tech as not fileable pending Radix's qualification - unknown until re-verified")), notes_zh: Some(st("Radix 旗下后缀：2020至2022年的注册商名单均列出，但2026年8月的记录称腾讯云显示 .tech 在 Radix 取得资质前暂不可备案——重新核实前按“未知”处理")), provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_space() -> Tld {
    Tld { suffix: st("space"), unicode: st("space"), status: TldStatus::Unknown, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), st("N26"), ], notes: Some(st("Radix TLD: on registrar lists 2020-2022, but a 2026-08 note says Tencent shows .tech as not fileable pending Radix's qualification - unknown until re-verified")), notes_zh: Some(st("Radix 旗下后缀：2020至2022年的注册商名单均列出，但2026年8月的记录称腾讯云显示 .tech 在 Radix 取得资质前暂不可备案——重新核实前按“未知”处理")), provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_press() -> Tld {
    Tld { suffix: st("press"), unicode: st("press"), status: TldStatus::Unknown, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), st("N26"), ], notes: Some(st("Radix TLD: on registrar lists 2020-2022, but a 2026-08 note says Tencent shows .tech as not fileable pending Radix's qualification - unknown until re-verified")), notes_zh: Some(st("Radix 旗下后缀：2020至2022年的注册商名单均列出，但2026年8月的记录称腾讯云显示 .tech 在 Radix 取得资质前暂不可备案——重新核实前按“未知”处理")), provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_website() -> Tld {
    Tld { suffix: st("website"), unicode: st("website"), status: TldStatus::Unknown, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), st("N26"), ], notes: Some(st("Radix TLD: on registrar lists 2020-2022, but a 2026-08 note says Tencent shows .tech as not fileable pending Radix's qualification - unknown until re-verified")), notes_zh: Some(st("Radix 旗下后缀：2020至2022年的注册商名单均列出，但2026年8月的记录称腾讯云显示 .tech 在 Radix 取得资质前暂不可备案——重新核实前按“未知”处理")), provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_archi() -> Tld {
    Tld { suffix: st("archi"), unicode: st("archi"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_asia() -> Tld {
    Tld { suffix: st("asia"), unicode: st("asia"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), st("V2-OFFICE"), st("OLD-2016"), ], notes: Some(st("Beijing refused it in 2017 (TC-2017); registry office listed by MIIT 2024 (V2-OFFICE)")), notes_zh: Some(st("北京2017年曾不予受理（TC-2017）；2024年工信部名单列出了该注册管理机构的境内机构（V2-OFFICE）")), provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_bio() -> Tld {
    Tld { suffix: st("bio"), unicode: st("bio"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_black() -> Tld {
    Tld { suffix: st("black"), unicode: st("black"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_blue() -> Tld {
    Tld { suffix: st("blue"), unicode: st("blue"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_green() -> Tld {
    Tld { suffix: st("green"), unicode: st("green"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_lotto() -> Tld {
    Tld { suffix: st("lotto"), unicode: st("lotto"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_organic() -> Tld {
    Tld { suffix: st("organic"), unicode: st("organic"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_pet() -> Tld {
    Tld { suffix: st("pet"), unicode: st("pet"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_pink() -> Tld {
    Tld { suffix: st("pink"), unicode: st("pink"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_poker() -> Tld {
    Tld { suffix: st("poker"), unicode: st("poker"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), st("V2-OFFICE"), ], notes: Some(st("registry office listed by MIIT 2024 (V2-OFFICE)")), notes_zh: Some(st("2024年工信部名单列出了该注册管理机构的境内机构（V2-OFFICE）")), provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_promo() -> Tld {
    Tld { suffix: st("promo"), unicode: st("promo"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_ski() -> Tld {
    Tld { suffix: st("ski"), unicode: st("ski"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_vote() -> Tld {
    Tld { suffix: st("vote"), unicode: st("vote"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_voto() -> Tld {
    Tld { suffix: st("voto"), unicode: st("voto"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_icu() -> Tld {
    Tld { suffix: st("icu"), unicode: st("icu"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_fans() -> Tld {
    Tld { suffix: st("fans"), unicode: st("fans"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_tv() -> Tld {
    Tld { suffix: st("tv"), unicode: st("tv"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("VeriSign")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), st("V2-OFFICE"), st("BJ-2019"), ], notes: Some(st("registry office listed by MIIT 2024 (V2-OFFICE)")), notes_zh: Some(st("2024年工信部名单列出了该注册管理机构的境内机构（V2-OFFICE）")), provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_cc() -> Tld {
    Tld { suffix: st("cc"), unicode: st("cc"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("VeriSign")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("YUN-21"), st("GIST"), st("V2-1607"), st("BJ-2019"), ], notes: Some(st("2026 third-party note claims not fileable (N26); Huawei does not sell it (HW-REG)")), notes_zh: Some(st("2026年的第三方记录称不可备案（N26）；华为云不销售此后缀（HW-REG）")), provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_unicom() -> Tld {
    Tld { suffix: st("unicom"), unicode: st("unicom"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-B"), st("YUN-21"), st("GIST"), ], notes: Some(st("brand TLD (closed registration)")), notes_zh: Some(st("品牌顶级域名（不对外开放注册）")), provenance: Provenance { source: st("tencentyun/qcloud-documents:product/域名与网站/网站备案/备案准备/备案域名.md"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_jpmorgan() -> Tld {
    Tld { suffix: st("jpmorgan"), unicode: st("jpmorgan"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-B"), st("YUN-21"), st("GIST"), st("V2-OFFICE"), ], notes: Some(st("brand TLD (closed registration)")), notes_zh: Some(st("品牌顶级域名（不对外开放注册）")), provenance: Provenance { source: st("tencentyun/qcloud-documents:product/域名与网站/网站备案/备案准备/备案域名.md"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_chase() -> Tld {
    Tld { suffix: st("chase"), unicode: st("chase"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-B"), st("YUN-21"), st("GIST"), st("V2-OFFICE"), ], notes: Some(st("brand TLD (closed registration)")), notes_zh: Some(st("品牌顶级域名（不对外开放注册）")), provenance: Provenance { source: st("tencentyun/qcloud-documents:product/域名与网站/网站备案/备案准备/备案域名.md"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_band() -> Tld {
    Tld { suffix: st("band"), unicode: st("band"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents:product/域名与网站/网站备案/备案准备/备案域名.md"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_cab() -> Tld {
    Tld { suffix: st("cab"), unicode: st("cab"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents:product/域名与网站/网站备案/备案准备/备案域名.md"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_cafe() -> Tld {
    Tld { suffix: st("cafe"), unicode: st("cafe"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents:product/域名与网站/网站备案/备案准备/备案域名.md"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_cash() -> Tld {
    Tld { suffix: st("cash"), unicode: st("cash"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents:product/域名与网站/网站备案/备案准备/备案域名.md"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_fan() -> Tld {
    Tld { suffix: st("fan"), unicode: st("fan"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents:product/域名与网站/网站备案/备案准备/备案域名.md"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_fyi() -> Tld {
    Tld { suffix: st("fyi"), unicode: st("fyi"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents:product/域名与网站/网站备案/备案准备/备案域名.md"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_games() -> Tld {
    Tld { suffix: st("games"), unicode: st("games"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents:product/域名与网站/网站备案/备案准备/备案域名.md"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_market() -> Tld {
    Tld { suffix: st("market"), unicode: st("market"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents:product/域名与网站/网站备案/备案准备/备案域名.md"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_mba() -> Tld {
    Tld { suffix: st("mba"), unicode: st("mba"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents:product/域名与网站/网站备案/备案准备/备案域名.md"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_news() -> Tld {
    Tld { suffix: st("news"), unicode: st("news"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents:product/域名与网站/网站备案/备案准备/备案域名.md"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_media() -> Tld {
    Tld { suffix: st("media"), unicode: st("media"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents:product/域名与网站/网站备案/备案准备/备案域名.md"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_sale() -> Tld {
    Tld { suffix: st("sale"), unicode: st("sale"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents:product/域名与网站/网站备案/备案准备/备案域名.md"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_shopping() -> Tld {
    Tld { suffix: st("shopping"), unicode: st("shopping"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents:product/域名与网站/网站备案/备案准备/备案域名.md"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_studio() -> Tld {
    Tld { suffix: st("studio"), unicode: st("studio"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents:product/域名与网站/网站备案/备案准备/备案域名.md"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_tax() -> Tld {
    Tld { suffix: st("tax"), unicode: st("tax"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents:product/域名与网站/网站备案/备案准备/备案域名.md"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_technology() -> Tld {
    Tld { suffix: st("technology"), unicode: st("technology"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents:product/域名与网站/网站备案/备案准备/备案域名.md"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_vin() -> Tld {
    Tld { suffix: st("vin"), unicode: st("vin"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-B"), st("YUN-21"), st("GIST"), ], notes: None, notes_zh: None, provenance: Provenance { source: st("tencentyun/qcloud-documents:product/域名与网站/网站备案/备案准备/备案域名.md"), last_verified: const { date(2021, 1, 23) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_baby() -> Tld {
    Tld { suffix: st("baby"), unicode: st("baby"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-B"), st("GIST"), st("V2-OFFICE"), ], notes: Some(st("added to Tencent table after 2021-01")), notes_zh: Some(st("2021年1月后加入腾讯云可备案后缀表")), provenance: Provenance { source: st("tencentyun/qcloud-documents:product/域名与网站/网站备案/备案准备/备案域名.md"), last_verified: const { date(2024, 8, 17) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_college() -> Tld {
    Tld { suffix: st("college"), unicode: st("college"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-B"), st("GIST"), ], notes: Some(st("added to Tencent table after 2021-01")), notes_zh: Some(st("2021年1月后加入腾讯云可备案后缀表")), provenance: Provenance { source: st("tencentyun/qcloud-documents:product/域名与网站/网站备案/备案准备/备案域名.md"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_monster() -> Tld {
    Tld { suffix: st("monster"), unicode: st("monster"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-B"), st("GIST"), ], notes: Some(st("added to Tencent table after 2021-01")), notes_zh: Some(st("2021年1月后加入腾讯云可备案后缀表")), provenance: Provenance { source: st("tencentyun/qcloud-documents:product/域名与网站/网站备案/备案准备/备案域名.md"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_protection() -> Tld {
    Tld { suffix: st("protection"), unicode: st("protection"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-B"), st("GIST"), ], notes: Some(st("added to Tencent table after 2021-01")), notes_zh: Some(st("2021年1月后加入腾讯云可备案后缀表")), provenance: Provenance { source: st("tencentyun/qcloud-documents:product/域名与网站/网站备案/备案准备/备案域名.md"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_rent() -> Tld {
    Tld { suffix: st("rent"), unicode: st("rent"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-B"), st("GIST"), ], notes: Some(st("added to Tencent table after 2021-01")), notes_zh: Some(st("2021年1月后加入腾讯云可备案后缀表")), provenance: Provenance { source: st("tencentyun/qcloud-documents:product/域名与网站/网站备案/备案准备/备案域名.md"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_security() -> Tld {
    Tld { suffix: st("security"), unicode: st("security"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-B"), st("GIST"), ], notes: Some(st("added to Tencent table after 2021-01")), notes_zh: Some(st("2021年1月后加入腾讯云可备案后缀表")), provenance: Provenance { source: st("tencentyun/qcloud-documents:product/域名与网站/网站备案/备案准备/备案域名.md"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_storage() -> Tld {
    Tld { suffix: st("storage"), unicode: st("storage"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-B"), st("GIST"), ], notes: Some(st("added to Tencent table after 2021-01")), notes_zh: Some(st("2021年1月后加入腾讯云可备案后缀表")), provenance: Provenance { source: st("tencentyun/qcloud-documents:product/域名与网站/网站备案/备案准备/备案域名.md"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_theatre() -> Tld {
    Tld { suffix: st("theatre"), unicode: st("theatre"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-B"), st("GIST"), ], notes: Some(st("added to Tencent table after 2021-01")), notes_zh: Some(st("2021年1月后加入腾讯云可备案后缀表")), provenance: Provenance { source: st("tencentyun/qcloud-documents:product/域名与网站/网站备案/备案准备/备案域名.md"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_bond() -> Tld {
    Tld { suffix: st("bond"), unicode: st("bond"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-DOM"), st("GIST"), ], notes: Some(st("on Tencent's fileable list updated 2022-08-30 (TC-DOM)")), notes_zh: Some(st("见于腾讯云2022年8月30日更新的可备案后缀表（TC-DOM）")), provenance: Provenance { source: st("tencentyun/qcloud-documents@00e307c7:product/域名与网站/网站备案/备案准备/备案域名.md"), last_verified: const { date(2022, 8, 30) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_cyou() -> Tld {
    Tld { suffix: st("cyou"), unicode: st("cyou"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-DOM"), st("GIST"), ], notes: Some(st("on Tencent's fileable list updated 2022-08-30 (TC-DOM)")), notes_zh: Some(st("见于腾讯云2022年8月30日更新的可备案后缀表（TC-DOM）")), provenance: Provenance { source: st("tencentyun/qcloud-documents@00e307c7:product/域名与网站/网站备案/备案准备/备案域名.md"), last_verified: const { date(2022, 8, 30) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_school() -> Tld {
    Tld { suffix: st("school"), unicode: st("school"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-DOM"), st("GIST"), ], notes: Some(st("on Tencent's fileable list updated 2022-08-30 (TC-DOM)")), notes_zh: Some(st("见于腾讯云2022年8月30日更新的可备案后缀表（TC-DOM）")), provenance: Provenance { source: st("tencentyun/qcloud-documents@00e307c7:product/域名与网站/网站备案/备案准备/备案域名.md"), last_verified: const { date(2022, 8, 30) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_uno() -> Tld {
    Tld { suffix: st("uno"), unicode: st("uno"), status: TldStatus::Unknown, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-DOM"), st("GIST"), st("N26"), ], notes: Some(st("Radix TLD: on registrar lists 2020-2022, but a 2026-08 note says Tencent shows .tech as not fileable pending Radix's qualification - unknown until re-verified")), notes_zh: Some(st("Radix 旗下后缀：2020至2022年的注册商名单均列出，但2026年8月的记录称腾讯云显示 .tech 在 Radix 取得资质前暂不可备案——重新核实前按“未知”处理")), provenance: Provenance { source: st("tencentyun/qcloud-documents@00e307c7:product/域名与网站/网站备案/备案准备/备案域名.md"), last_verified: const { date(2022, 8, 30) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_pw() -> Tld {
    Tld { suffix: st("pw"), unicode: st("pw"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::ThirdParty, sources: vec![st("V2-1607"), st("TWEET-25"), ], notes: Some(st("ccTLD (Palau); no registrar table seen")), notes_zh: Some(st("国家和地区顶级域名（帕劳）；未见注册商的可备案后缀表")), provenance: Provenance { source: st("https://github.com/v2fly/domain-list-community/pull/1607"), last_verified: const { date(2025, 1, 4) }, confidence: Confidence::Unconfirmed, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_quest() -> Tld {
    Tld { suffix: st("quest"), unicode: st("quest"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::ThirdParty, sources: vec![st("V2-OFFICE"), ], notes: Some(st("registry office listed on MIIT page; no registrar table seen")), notes_zh: Some(st("工信部页面列出了该注册管理机构的境内机构；未见注册商的可备案后缀表")), provenance: Provenance { source: st("https://github.com/v2fly/domain-list-community/pull/2286"), last_verified: const { date(2024, 8, 17) }, confidence: Confidence::Unconfirmed, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_me() -> Tld {
    Tld { suffix: st("me"), unicode: st("me"), status: TldStatus::Unknown, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-DOM"), st("ALI-SKILL"), st("V2-1607"), st("V2-ME"), st("TC-2017"), st("N26"), ], notes: Some(st("on Tencent's fileable list updated 2022-08-30 (TC-DOM), but Alibaba's advisory (ALI-SKILL, 2025-26) says .me cannot be filed: unknown until re-verified")), notes_zh: Some(st("见于腾讯云2022年8月30日更新的可备案后缀表（TC-DOM），但阿里云的咨询说明（ALI-SKILL，2025-26年）称 .me 不能备案：重新核实前按“未知”处理")), provenance: Provenance { source: st("tencentyun/qcloud-documents@00e307c7:product/域名与网站/网站备案/备案准备/备案域名.md"), last_verified: const { date(2022, 8, 30) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_name() -> Tld {
    Tld { suffix: st("name"), unicode: st("name"), status: TldStatus::Unknown, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("VeriSign")), evidence: Evidence::ThirdParty, sources: vec![st("OLD-2016"), st("KMIDC"), ], notes: Some(st("in the 2016 filing-system gTLD list; absent from Tencent/QingCloud tables")), notes_zh: Some(st("见于2016年备案系统的通用顶级域名名单；腾讯云、青云的表中没有")), provenance: Provenance { source: st("http://www.miitbeian.gov.cn/publish/query/indexFirst.action"), last_verified: const { date(2016, 8, 8) }, confidence: Confidence::Unconfirmed, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_tel() -> Tld {
    Tld { suffix: st("tel"), unicode: st("tel"), status: TldStatus::Unknown, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::ThirdParty, sources: vec![st("OLD-2016"), st("BJ-2019"), ], notes: Some(st("Beijing accepted it in 2019; absent from Tencent tables")), notes_zh: Some(st("北京2019年受理过；腾讯云表中没有")), provenance: Provenance { source: st("http://www.miitbeian.gov.cn/publish/query/indexFirst.action"), last_verified: const { date(2019, 10, 24) }, confidence: Confidence::Unconfirmed, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_hk() -> Tld {
    Tld { suffix: st("hk"), unicode: st("hk"), status: TldStatus::Unknown, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::ThirdParty, sources: vec![st("V2-OFFICE"), st("TC-2017"), st("EE-2018"), ], notes: Some(st("refused in 2017/2018; registry office listed by MIIT by 2024; no filing confirmation")), notes_zh: Some(st("2017/2018年曾不予受理；2024年前工信部已列出该注册管理机构的境内机构；未见可备案的确认")), provenance: Provenance { source: st("https://github.com/v2fly/domain-list-community/pull/2286"), last_verified: const { date(2024, 8, 17) }, confidence: Confidence::Unconfirmed, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_saxo() -> Tld {
    Tld { suffix: st("saxo"), unicode: st("saxo"), status: TldStatus::Unknown, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::ThirdParty, sources: vec![st("V2-OFFICE"), ], notes: Some(st("brand TLD; registry office listed")), notes_zh: Some(st("品牌顶级域名；已列出注册管理机构的境内机构")), provenance: Provenance { source: st("https://github.com/v2fly/domain-list-community/pull/2286"), last_verified: const { date(2024, 8, 17) }, confidence: Confidence::Unconfirmed, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_org() -> Tld {
    Tld { suffix: st("org"), unicode: st("org"), status: TldStatus::NotApproved, restricted_to: Vec::new(), soft_restriction: false, registry: Some(st("Public Interest Registry")), evidence: Evidence::Registrar, sources: vec![st("TC-A"), st("TC-B"), st("TC-BJ"), st("ORG-X"), st("QC-BJ"), ], notes: Some(st("not fileable for new filings since 2018; pre-2018 .org filings are grandfathered in some provinces (Beijing still accepts access filings for them, TC-BJ); was fileable before 2018 (OLD-2016, BJ-2019 list)")), notes_zh: Some(st("自2018年起不可新增备案；部分省份保留2018年前的 .org 备案（北京仍受理其接入备案，TC-BJ）；2018年前可以备案（OLD-2016、BJ-2019 名单）")), provenance: Provenance { source: st("https://cloud.tencent.com/document/product/243/18905"), last_verified: const { date(2024, 5, 8) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_io() -> Tld {
    Tld { suffix: st("io"), unicode: st("io"), status: TldStatus::NotApproved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("ALI-SKILL"), st("V2-NCN"), st("TC-2017"), ], notes: Some(st("ccTLD")), notes_zh: Some(st("国家和地区顶级域名")), provenance: Provenance { source: st("aliyun/alibabacloud-aiops-skills:skills/computing/ecs/alibabacloud-opc-advisor/references/domain-and-icp.md"), last_verified: const { date(2026, 8, 19) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_ai() -> Tld {
    Tld { suffix: st("ai"), unicode: st("ai"), status: TldStatus::NotApproved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::ThirdParty, sources: vec![st("V2-NCN"), st("AI-X"), ], notes: Some(st("ccTLD (Anguilla); no approval seen up to 2026-08-31")), notes_zh: Some(st("国家和地区顶级域名（安圭拉）；截至2026年8月31日未见获批")), provenance: Provenance { source: st("v2fly/domain-list-community:data/tld-!cn"), last_verified: const { date(2026, 8, 19) }, confidence: Confidence::Unconfirmed, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_app() -> Tld {
    Tld { suffix: st("app"), unicode: st("app"), status: TldStatus::NotApproved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("ALI-SKILL"), st("V2-NCN"), st("TWEET-25"), ], notes: Some(st("Google Registry")), notes_zh: Some(st("Google 注册局")), provenance: Provenance { source: st("aliyun/alibabacloud-aiops-skills:skills/computing/ecs/alibabacloud-opc-advisor/references/domain-and-icp.md"), last_verified: const { date(2026, 8, 19) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_dev() -> Tld {
    Tld { suffix: st("dev"), unicode: st("dev"), status: TldStatus::NotApproved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("ALI-SKILL"), st("V2-NCN"), st("ORG-X"), ], notes: Some(st("Google Registry")), notes_zh: Some(st("Google 注册局")), provenance: Provenance { source: st("aliyun/alibabacloud-aiops-skills:skills/computing/ecs/alibabacloud-opc-advisor/references/domain-and-icp.md"), last_verified: const { date(2026, 8, 19) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_tw() -> Tld {
    Tld { suffix: st("tw"), unicode: st("tw"), status: TldStatus::NotApproved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-2017"), st("V2-NCN"), ], notes: Some(st("ccTLD")), notes_zh: Some(st("国家和地区顶级域名")), provenance: Provenance { source: st("tencentyun/qcloud-documents:product/域名与网站/网站备案/0.弃用文档/各省管局要求20170605.md"), last_verified: const { date(2026, 8, 19) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_us() -> Tld {
    Tld { suffix: st("us"), unicode: st("us"), status: TldStatus::NotApproved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::ThirdParty, sources: vec![st("V2-NCN"), ], notes: Some(st("ccTLD; absent from every fileable list")), notes_zh: Some(st("国家和地区顶级域名；不在任何可备案名单上")), provenance: Provenance { source: st("v2fly/domain-list-community:data/tld-!cn"), last_verified: const { date(2026, 8, 19) }, confidence: Confidence::Unconfirmed, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_moe() -> Tld {
    Tld { suffix: st("moe"), unicode: st("moe"), status: TldStatus::NotApproved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::ThirdParty, sources: vec![st("V2-NCN"), ], notes: Some(st("maintainer states not on MIIT list (2024-02)")), notes_zh: Some(st("维护者称不在工信部名单上（2024年2月）")), provenance: Provenance { source: st("v2fly/domain-list-community:data/tld-!cn"), last_verified: const { date(2026, 8, 19) }, confidence: Confidence::Unconfirmed, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_gg() -> Tld {
    Tld { suffix: st("gg"), unicode: st("gg"), status: TldStatus::NotApproved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::ThirdParty, sources: vec![st("V2-NCN"), st("N26"), ], notes: Some(st("ccTLD")), notes_zh: Some(st("国家和地区顶级域名")), provenance: Provenance { source: st("v2fly/domain-list-community:data/tld-!cn"), last_verified: const { date(2026, 8, 19) }, confidence: Confidence::Unconfirmed, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_jp() -> Tld {
    Tld { suffix: st("jp"), unicode: st("jp"), status: TldStatus::NotApproved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-2017"), ], notes: Some(st("ccTLD")), notes_zh: Some(st("国家和地区顶级域名")), provenance: Provenance { source: st("tencentyun/qcloud-documents:product/域名与网站/网站备案/0.弃用文档/各省管局要求20170605.md"), last_verified: const { date(2017, 6, 5) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_so() -> Tld {
    Tld { suffix: st("so"), unicode: st("so"), status: TldStatus::NotApproved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-2017"), ], notes: Some(st("ccTLD")), notes_zh: Some(st("国家和地区顶级域名")), provenance: Provenance { source: st("tencentyun/qcloud-documents:product/域名与网站/网站备案/0.弃用文档/各省管局要求20170605.md"), last_verified: const { date(2017, 6, 5) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_ee() -> Tld {
    Tld { suffix: st("ee"), unicode: st("ee"), status: TldStatus::NotApproved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::ThirdParty, sources: vec![st("EE-2018"), ], notes: Some(st("ccTLD")), notes_zh: Some(st("国家和地区顶级域名")), provenance: Provenance { source: st("https://github.com/willin/beian-domain/issues/2"), last_verified: const { date(2018, 7, 17) }, confidence: Confidence::Unconfirmed, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tlds_global() -> Tld {
    Tld { suffix: st("global"), unicode: st("global"), status: TldStatus::Approved, restricted_to: Vec::new(), soft_restriction: false, registry: None, evidence: Evidence::Registrar, sources: vec![st("TC-DOM"), ], notes: Some(st("on Tencent's fileable list updated 2022-08-30 (TC-DOM)")), notes_zh: Some(st("见于腾讯云2022年8月30日更新的可备案后缀表（TC-DOM）")), provenance: Provenance { source: st("tencentyun/qcloud-documents@00e307c7:product/域名与网站/网站备案/备案准备/备案域名.md"), last_verified: const { date(2022, 8, 30) }, confidence: Confidence::Dated, seed: vec![st("S04"), ], }, }
}

#[inline(never)]
fn tld_sources_sources() -> Vec<TldSource> {
    vec![TldSource { id: st("MIIT-7"), what: st("MIIT Announcement 2018 No. 7: the Chinese domain-name system; .政务/.公益 reserved for government and non-profit bodies"), url: st("http://zenchang.cn/law/law_view.asp?id=610720"), date: Some(const { date(2018, 1, 29) }), evidence: Evidence::Official, }, TldSource { id: st("MIIT-SITE"), what: st("MIIT domain-industry site: approved TLDs, registries and registrars (not retrieved; known through copies)"), url: st("https://domain.miit.gov.cn"), date: None, evidence: Evidence::Official, }, TldSource { id: st("GOV-18"), what: st("State Council General Office notice 国办函〔2018〕55号: government sites use only .gov.cn and .政务"), url: st("http://www.ibaoshan.net/idcnews/Article/20180906/14423"), date: Some(const { date(2018, 9, 6) }), evidence: Evidence::Official, }, TldSource { id: st("CONAC-08"), what: st("CONAC registry notice (Nov 2008): who may hold .政务/.公益 and 政务.cn/公益.cn"), url: st("https://zunmi.cn/news/200811/6966.html"), date: None, evidence: Evidence::Official, }, TldSource { id: st("TC-A"), what: st("Tencent Cloud fileable-suffix table, version updated 2020-07-24 (copy in errata-ai/vale:fixtures/i18n/zh.md)"), url: st("https://cloud.tencent.com/document/product/243/18905"), date: Some(const { date(2020, 7, 24) }), evidence: Evidence::Registrar, }, TldSource { id: st("TC-B"), what: st("Tencent Cloud fileable-suffix table, later version (content after 2021-01)"), url: st("tencentyun/qcloud-documents:product/域名与网站/网站备案/备案准备/备案域名.md"), date: None, evidence: Evidence::Registrar, }, TldSource { id: st("TC-DOM"), what: st("Tencent Cloud fileable-suffix table, version updated 2022-08-30 (adds .global .me .bond .cyou .uno .school)"), url: st("tencentyun/qcloud-documents@00e307c7:product/域名与网站/网站备案/备案准备/备案域名.md"), date: Some(const { date(2022, 8, 30) }), evidence: Evidence::Registrar, }, TldSource { id: st("TC-BJ"), what: st("Tencent Cloud Beijing bureau rules: Beijing's own suffix list; pre-2018 .org filings may still be accessed"), url: st("tencentyun/qcloud-documents:product/域名与网站/网站备案/备案准备/各省管局要求/华北各省管局要求/北京管局要求.md"), date: None, evidence: Evidence::Registrar, }, TldSource { id: st("TC-2017"), what: st("Tencent Cloud provincial rules of 2017-06-05 (deprecated document)"), url: st("tencentyun/qcloud-documents:product/域名与网站/网站备案/0.弃用文档/各省管局要求20170605.md"), date: Some(const { date(2017, 6, 5) }), evidence: Evidence::Registrar, }, TldSource { id: st("QC-BJ"), what: st("QingCloud filing limits: Beijing-fileable suffix list"), url: st("yunify/qingcloud-docs:content/site/record/intro/limit.md"), date: None, evidence: Evidence::Registrar, }, TldSource { id: st("YUN-21"), what: st("Cloudpods dashboard domain validator, suffix list copied from the MIIT site"), url: st("yunionio/dashboard:src/utils/utils.js"), date: Some(const { date(2021, 1, 23) }), evidence: Evidence::ThirdParty, }, TldSource { id: st("GIST"), what: st("Flat list of fileable suffixes (undated)"), url: st("https://gist.github.com/yueim/70dcbaa5ec5a13f2841893dfcf60a826"), date: None, evidence: Evidence::ThirdParty, }, TldSource { id: st("V2-CN"), what: st("v2fly tld-cn: Chinese IDN TLDs with reference to domain.miit.gov.cn"), url: st("v2fly/domain-list-community:data/tld-cn"), date: Some(const { date(2025, 8, 19) }), evidence: Evidence::ThirdParty, }, TldSource { id: st("V2-OFFICE"), what: st("v2fly PR #2286: registries with a mainland office per domain.miit.gov.cn/managerdns/index"), url: st("https://github.com/v2fly/domain-list-community/pull/2286"), date: Some(const { date(2024, 8, 17) }), evidence: Evidence::ThirdParty, }, TldSource { id: st("V2-1607"), what: st("v2fly PR #1607: .cc .co .me .pw said to be on MIIT's fileable list"), url: st("https://github.com/v2fly/domain-list-community/pull/1607"), date: Some(const { date(2023, 4, 10) }), evidence: Evidence::ThirdParty, }, TldSource { id: st("V2-ME"), what: st("v2fly discussion of .me: not fileable (2023-04), re-listed and reverted (2023-12 to 2024-01)"), url: st("https://github.com/v2fly/domain-list-community/issues/1606"), date: Some(const { date(2024, 1, 1) }), evidence: Evidence::ThirdParty, }, TldSource { id: st("V2-NCN"), what: st("v2fly tld-!cn: ai, io, app, dev, tw, us, gg, moe classed as non-China"), url: st("v2fly/domain-list-community:data/tld-!cn"), date: Some(const { date(2026, 8, 19) }), evidence: Evidence::ThirdParty, }, TldSource { id: st("BJ-2019"), what: st("Beijing-bureau fileable lists reproduced by resellers (2019)"), url: st("http://www.chinaweld.net/website/articleDetailA.html?articleId=218&categoryId=81"), date: Some(const { date(2019, 10, 24) }), evidence: Evidence::ThirdParty, }, TldSource { id: st("OLD-2016"), what: st("Blog quoting the old MIIT filing system's gTLD list"), url: st("http://www.miitbeian.gov.cn/publish/query/indexFirst.action"), date: Some(const { date(2016, 8, 8) }), evidence: Evidence::ThirdParty, }, TldSource { id: st("OLD-2018"), what: st("Crawl of the old filing system's suffix table: what it could record, not an approval list"), url: st("willin/beian-domain:README.md"), date: Some(const { date(2018, 5, 8) }), evidence: Evidence::Official, }, TldSource { id: st("EE-2018"), what: st("Users report .ee and .hk refused by providers"), url: st("https://github.com/willin/beian-domain/issues/2"), date: Some(const { date(2018, 7, 17) }), evidence: Evidence::ThirdParty, }, TldSource { id: st("ORG-X"), what: st(".org not fileable: community reports 2018-2026"), url: st("https://github.com/goplus/builder/issues/468"), date: Some(const { date(2024, 5, 8) }), evidence: Evidence::ThirdParty, }, TldSource { id: st("AI-X"), what: st(".ai not approved, citing Aliyun/Tencent filing docs and domain.miit.gov.cn"), url: st("https://github.com/0xnicholas/agent009/issues/10"), date: Some(const { date(2026, 8, 31) }), evidence: Evidence::ThirdParty, }, TldSource { id: st("TWEET-25"), what: st("Post: .pw fileable, .app not; registries need a China entity approved by MIIT (date from the post id)"), url: st("https://x.com/TooooooBug/status/1875539868463591879"), date: Some(const { date(2025, 1, 4) }), evidence: Evidence::ThirdParty, }, TldSource { id: st("N26"), what: st("Assorted 2026 project notes on .cc .ink .me .fun .gg .game .tech (conflicting)"), url: st("https://github.com/0xnicholas/agent009/issues/10"), date: Some(const { date(2026, 8, 31) }), evidence: Evidence::ThirdParty, }, TldSource { id: st("KMIDC"), what: st("SEO article claiming .biz .name .pro .info .mobi not fileable (low quality)"), url: st("http://www.kmidc.net/news/2617.html"), date: None, evidence: Evidence::ThirdParty, }, TldSource { id: st("ALI-SKILL"), what: st("Alibaba Cloud advisory skill: .io .dev .app .me do not support mainland filing"), url: st("aliyun/alibabacloud-aiops-skills:skills/computing/ecs/alibabacloud-opc-advisor/references/domain-and-icp.md"), date: None, evidence: Evidence::Registrar, }, TldSource { id: st("HW-REG"), what: st("Huawei Cloud domain sales coverage (not filing status)"), url: st("huaweicloudDocs/domains:cn.zh-cn/用户指南/如何挑选及命名域名.md"), date: None, evidence: Evidence::Registrar, }, ]
}

#[inline(never)]
fn file_tlds() -> RuleFile {
    RuleFile {
        built_tlds: Some(Parts::built(&BUILT_TLDS_TLDS)),
        built_tld_sources: Some(Parts::built(&BUILT_TLD_SOURCES_TLDS)),
        ..RuleFile::default()
    }
}

#[inline(never)]
fn products_instance() -> Vec<Product> {
    vec![Product { id: ProductId::Ecs, en: st("Elastic Compute Service (ECS)"), zh: st("云服务器 ECS"), term_basis: TermBasis::Remaining, min_months: 3, quota: 5, quota_scope: QuotaScope::Instance, requires_mainland: true, requires_public_bandwidth: true, min_order_rmb: None, purchase_url: st("https://help.aliyun.com/document_detail/87190.html"), provenance: Provenance { source: st("https://help.aliyun.com/document_detail/87190.html"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S11"), ], }, }, Product { id: ProductId::WebHosting, en: st("Web Hosting"), zh: st("云虚拟主机"), term_basis: TermBasis::Bought, min_months: 3, quota: 5, quota_scope: QuotaScope::Instance, requires_mainland: true, requires_public_bandwidth: false, min_order_rmb: None, purchase_url: st("https://help.aliyun.com/knowledge_detail/36189.html"), provenance: Provenance { source: st("https://help.aliyun.com/knowledge_detail/36189.html"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S13"), ], }, }, Product { id: ProductId::SimpleApplicationServer, en: st("Simple Application Server"), zh: st("轻量应用服务器"), term_basis: TermBasis::Bought, min_months: 3, quota: 5, quota_scope: QuotaScope::Instance, requires_mainland: true, requires_public_bandwidth: false, min_order_rmb: None, purchase_url: st("https://help.aliyun.com/document_detail/59072.html"), provenance: Provenance { source: st("https://help.aliyun.com/document_detail/59072.html"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S14"), ], }, }, Product { id: ProductId::ElasticWebHosting, en: st("Elastic Web Hosting"), zh: st("弹性Web托管"), term_basis: TermBasis::Remaining, min_months: 6, quota: 5, quota_scope: QuotaScope::Account, requires_mainland: true, requires_public_bandwidth: false, min_order_rmb: None, purchase_url: st("https://help.aliyun.com/document_detail/66271.html"), provenance: Provenance { source: st("https://help.aliyun.com/document_detail/66271.html"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S15"), ], }, }, Product { id: ProductId::Marketplace, en: st("Alibaba Cloud Marketplace website-building product"), zh: st("云市场建站产品"), term_basis: TermBasis::FirstOrder, min_months: 12, quota: 1, quota_scope: QuotaScope::Instance, requires_mainland: false, requires_public_bandwidth: false, min_order_rmb: Some(99.0_f64), purchase_url: st("https://market.aliyun.com/"), provenance: Provenance { source: st("https://market.aliyun.com/"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S16"), ], }, }, Product { id: ProductId::NatGateway, en: st("NAT Gateway"), zh: st("NAT网关"), term_basis: TermBasis::Bought, min_months: 1, quota: 2, quota_scope: QuotaScope::Instance, requires_mainland: true, requires_public_bandwidth: false, min_order_rmb: None, purchase_url: st("https://help.aliyun.com/document_detail/65158.html"), provenance: Provenance { source: st("https://help.aliyun.com/document_detail/65158.html"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S17"), ], }, }, Product { id: ProductId::Ipv6Translation, en: st("IPv6 Translation Service"), zh: st("IPv6转换服务"), term_basis: TermBasis::Bought, min_months: 1, quota: 2, quota_scope: QuotaScope::Instance, requires_mainland: true, requires_public_bandwidth: false, min_order_rmb: None, purchase_url: st("https://help.aliyun.com/document_detail/85799.html"), provenance: Provenance { source: st("https://help.aliyun.com/document_detail/85799.html"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S18"), ], }, }, Product { id: ProductId::Ens, en: st("Edge Node Service (ENS)"), zh: st("边缘节点服务 ENS"), term_basis: TermBasis::Bought, min_months: 3, quota: 5, quota_scope: QuotaScope::Instance, requires_mainland: true, requires_public_bandwidth: false, min_order_rmb: None, purchase_url: st("https://help.aliyun.com/document_detail/100677.html"), provenance: Provenance { source: st("https://help.aliyun.com/document_detail/100677.html"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S19"), ], }, }, Product { id: ProductId::IotBandwidthPackage, en: st("IoT bandwidth package"), zh: st("物联网带宽包"), term_basis: TermBasis::Bought, min_months: 6, quota: 5, quota_scope: QuotaScope::Instance, requires_mainland: true, requires_public_bandwidth: false, min_order_rmb: Some(90.0_f64), purchase_url: st("https://www.alibabacloud.com/help/faq-detail/86396.htm"), provenance: Provenance { source: st("https://www.alibabacloud.com/help/faq-detail/86396.htm"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ]
}

#[inline(never)]
fn rules_instance_product() -> Rule {
    Rule { id: st("instance.product"), section: Section::Instance, text: st("To apply through the Alibaba Cloud ICP Filing system you need a supported Alibaba Cloud instance."), text_zh: Some(st("通过阿里云ICP代备案管理系统申请备案，需要一个支持备案的阿里云实例。")), zh: Some(st("备案服务器（接入资源）")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("https://help.aliyun.com/en/icp-filing/basic-icp-service/product-overview/limits"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S10"), ], }, }
}

#[inline(never)]
fn rules_instance_region() -> Rule {
    Rule { id: st("instance.region"), section: Section::Instance, text: st("The instance must be located in Mainland China; servers elsewhere need no filing and cannot get one."), text_zh: Some(st("实例必须位于中国内地；其他地域的服务器无需备案，也无法备案。")), zh: Some(st("中国内地地域")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("https://www.alibabacloud.com/help/en/icp-filing/product-overview/what-is-an-icp-filing"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S10"), ], }, }
}

#[inline(never)]
fn rules_instance_billing() -> Rule {
    Rule { id: st("instance.billing"), section: Section::Instance, text: st("You cannot apply for service identification numbers for pay-as-you-go instances; a subscription is needed."), text_zh: Some(st("按量付费的实例无法申请备案服务号；需要包年包月实例。")), zh: Some(st("包年包月")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("https://help.aliyun.com/document_detail/87190.html"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S12"), ], }, }
}

#[inline(never)]
fn rules_instance_remaining_term() -> Rule {
    Rule { id: st("instance.remaining-term"), section: Section::Instance, text: st("If the remaining duration of your ECS or Elastic Web Hosting subscription does not meet the minimum, renew it before you apply."), text_zh: Some(st("如果云服务器 ECS 或弹性Web托管的剩余时长达不到最低要求，请在申请前续费。")), zh: Some(st("剩余有效期")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("https://help.aliyun.com/en/icp-filing/basic-icp-service/product-overview/limits"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S20"), ], }, }
}

#[inline(never)]
fn rules_instance_term() -> Rule {
    Rule { id: st("instance.term"), section: Section::Instance, text: st("The subscription duration bought must reach the product's minimum."), text_zh: Some(st("购买的包年包月时长必须达到该产品的最低要求。")), zh: Some(st("购买时长")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("https://help.aliyun.com/en/icp-filing/basic-icp-service/product-overview/limits"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn rules_instance_expiry() -> Rule {
    Rule { id: st("instance.expiry"), section: Section::Instance, text: st("The instance must be running and paid for; an expired instance cannot back a filing and a filing whose instance lapses may be cancelled."), text_zh: Some(st("实例必须在运行且在付费期内；已到期的实例不能用于备案，实例到期的备案可能会被注销。")), zh: Some(st("实例到期")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("https://www.alibabacloud.com/help/en/icp-filing/latest/prepare-and-check-the-instance-and-access-information"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn rules_instance_order_amount() -> Rule {
    Rule { id: st("instance.order-amount"), section: Section::Instance, text: st("A Marketplace website-building product qualifies when its order amount is RMB 99 or more."), text_zh: Some(st("云市场建站产品的订单金额达到 99 元及以上才符合备案条件。")), zh: Some(st("订单金额")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("https://market.aliyun.com/"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S16"), ], }, }
}

#[inline(never)]
fn rules_instance_public_bandwidth() -> Rule {
    Rule { id: st("instance.public-bandwidth"), section: Section::Instance, text: st("An ECS instance needs public network bandwidth (a public IP) to get a service identification number."), text_zh: Some(st("ECS 实例需要公网带宽（公网 IP）才能申请备案服务号。")), zh: Some(st("公网带宽")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("https://help.aliyun.com/document_detail/25437.html"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S11"), ], }, }
}

#[inline(never)]
fn rules_instance_quota() -> Rule {
    Rule { id: st("instance.quota"), section: Section::Instance, text: st("Each instance gives a fixed number of service identification numbers; renewing does not raise it. When it is used up, buy a new instance."), text_zh: Some(st("每个实例提供固定数量的备案服务号，续费不会增加。用完后请购买新实例。")), zh: Some(st("备案服务号数量")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("https://help.aliyun.com/en/icp-filing/basic-icp-service/product-overview/limits"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S21"), ], }, }
}

#[inline(never)]
fn file_instance() -> RuleFile {
    RuleFile {
        products: products_instance(),
        built_rules: Some(Parts::built(&BUILT_RULES_INSTANCE)),
        ..RuleFile::default()
    }
}

#[inline(never)]
fn residency_documents_materials() -> Vec<ResidencyDocuments> {
    vec![ResidencyDocuments { residency: Residency::Mainland, documents: vec![CertificateType::ResidentId, ], provenance: Provenance { source: st("https://www.alibabacloud.com/help/doc-detail/36962.htm"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S24"), ], }, }, ResidencyDocuments { residency: Residency::HongKong, documents: vec![CertificateType::HkMacaoResidencePermit, CertificateType::HkMacaoTravelPermit, ], provenance: Provenance { source: st("https://www.alibabacloud.com/help/doc-detail/36962.htm"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S27"), ], }, }, ResidencyDocuments { residency: Residency::Macao, documents: vec![CertificateType::HkMacaoResidencePermit, CertificateType::HkMacaoTravelPermit, ], provenance: Provenance { source: st("https://www.alibabacloud.com/help/doc-detail/36962.htm"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S27"), ], }, }, ResidencyDocuments { residency: Residency::Taiwan, documents: vec![CertificateType::TaiwanResidencePermit, CertificateType::TaiwanTravelPermit, ], provenance: Provenance { source: st("https://www.alibabacloud.com/help/doc-detail/36962.htm"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S28"), ], }, }, ResidencyDocuments { residency: Residency::Foreign, documents: vec![CertificateType::Passport, ], provenance: Provenance { source: st("https://www.alibabacloud.com/help/doc-detail/36962.htm"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S29"), ], }, }, ]
}

#[inline(never)]
fn certificate_names_materials() -> Vec<CertificateName> {
    vec![CertificateName { id: CertificateType::ResidentId, en: st("Resident Identity Card"), zh: st("居民身份证"), personal: true, }, CertificateName { id: CertificateType::HkMacaoResidencePermit, en: st("Residence Permit for Hong Kong and Macao Residents"), zh: st("港澳居民居住证"), personal: true, }, CertificateName { id: CertificateType::HkMacaoTravelPermit, en: st("Mainland Travel Permit for Hong Kong and Macao Residents"), zh: st("港澳居民来往内地通行证"), personal: true, }, CertificateName { id: CertificateType::TaiwanResidencePermit, en: st("Residence Permit for Taiwan Residents"), zh: st("台湾居民居住证"), personal: true, }, CertificateName { id: CertificateType::TaiwanTravelPermit, en: st("Mainland Travel Permit for Taiwan Residents"), zh: st("台湾居民来往大陆通行证"), personal: true, }, CertificateName { id: CertificateType::Passport, en: st("Passport"), zh: st("护照"), personal: true, }, CertificateName { id: CertificateType::BusinessLicense, en: st("Business licence"), zh: st("营业执照"), personal: false, }, CertificateName { id: CertificateType::OrganizationCode, en: st("Organisation code certificate"), zh: st("组织机构代码证"), personal: false, }, CertificateName { id: CertificateType::PublicInstitutionCertificate, en: st("Public institution legal person certificate"), zh: st("事业单位法人证书"), personal: false, }, CertificateName { id: CertificateType::SocialOrganizationCertificate, en: st("Social organisation legal person registration certificate"), zh: st("社会团体法人登记证书"), personal: false, }, CertificateName { id: CertificateType::Other, en: st("Other certificate"), zh: st("其他证件"), personal: false, }, ]
}

#[inline(never)]
fn entity_types_materials() -> Vec<EntityTypeInfo> {
    vec![EntityTypeInfo { id: EntityType::Individual, en: st("Individual"), zh: st("个人"), certificates: vec![CertificateType::ResidentId, CertificateType::HkMacaoResidencePermit, CertificateType::HkMacaoTravelPermit, CertificateType::TaiwanResidencePermit, CertificateType::TaiwanTravelPermit, CertificateType::Passport, ], provenance: Provenance { source: st("https://www.alibabacloud.com/help/doc-detail/36962.htm"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S26"), ], }, }, EntityTypeInfo { id: EntityType::Enterprise, en: st("Enterprise"), zh: st("企业"), certificates: vec![CertificateType::BusinessLicense, CertificateType::OrganizationCode, CertificateType::Other, ], provenance: Provenance { source: st("https://www.alibabacloud.com/help/doc-detail/36962.htm"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S26"), ], }, }, EntityTypeInfo { id: EntityType::Government, en: st("Government agency"), zh: st("政府机关"), certificates: vec![CertificateType::OrganizationCode, CertificateType::Other, ], provenance: Provenance { source: st("tencentyun/qcloud-documents:product/域名与网站/网站备案/0.弃用文档/各省管局要求20170605.md"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Unconfirmed, seed: Vec::new(), }, }, EntityTypeInfo { id: EntityType::PublicInstitution, en: st("Public institution"), zh: st("事业单位"), certificates: vec![CertificateType::PublicInstitutionCertificate, CertificateType::OrganizationCode, CertificateType::Other, ], provenance: Provenance { source: st("tencentyun/qcloud-documents:product/域名与网站/网站备案/0.弃用文档/各省管局要求20170605.md"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Unconfirmed, seed: Vec::new(), }, }, EntityTypeInfo { id: EntityType::SocialOrganization, en: st("Social organisation"), zh: st("社会团体"), certificates: vec![CertificateType::SocialOrganizationCertificate, CertificateType::OrganizationCode, CertificateType::Other, ], provenance: Provenance { source: st("tencentyun/qcloud-documents:product/域名与网站/网站备案/0.弃用文档/各省管局要求20170605.md"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Unconfirmed, seed: Vec::new(), }, }, EntityTypeInfo { id: EntityType::OtherOrganization, en: st("Other organisation"), zh: st("其他组织"), certificates: vec![CertificateType::BusinessLicense, CertificateType::OrganizationCode, CertificateType::Other, ], provenance: Provenance { source: st("tencentyun/qcloud-documents:product/域名与网站/网站备案/0.弃用文档/各省管局要求20170605.md"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Unconfirmed, seed: Vec::new(), }, }, ]
}

#[inline(never)]
fn rules_materials_upload_format() -> Rule {
    Rule { id: st("materials.upload-format"), section: Section::Materials, text: st("Upload photos or scanned colour copies of the original materials; Alibaba now has them captured live in the Alibaba Cloud app."), text_zh: Some(st("请上传原件的照片或彩色扫描件；阿里云现在通过阿里云 App 现场采集。")), zh: Some(st("彩色扫描件或照片")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("https://www.alibabacloud.com/help/doc-detail/36962.htm"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S22"), ], }, }
}

#[inline(never)]
fn rules_materials_upload_limits() -> Rule {
    Rule { id: st("materials.upload-limits"), section: Section::Materials, text: st("Upload images in jpg, jpeg, png or gif format, each smaller than 4 MB (Alibaba's 2019 upload page; Huawei's 2025 material guide says jpg/png up to 4 MB)."), text_zh: Some(st("上传图片支持 jpg、jpeg、png、gif 格式，每张图片应小于 4 MB（阿里云 2019 年上传资料页面；华为云 2025 年材料说明为 jpg/png、不超过 4 MB）。")), zh: Some(st("上传图片格式与大小")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案流程（PC端）/上传资料.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }
}

#[inline(never)]
fn rules_materials_splicing() -> Rule {
    Rule { id: st("materials.splicing"), section: Section::Materials, text: st("If there is no separate upload button for an auxiliary material, splice its photo and the entity's certificate into one image and upload that image."), text_zh: Some(st("如果某项辅助材料没有单独的上传按钮，请将其照片与主办单位证件拼接成一张图片后上传。")), zh: Some(st("拼接上传")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("https://www.alibabacloud.com/help/doc-detail/36962.htm"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S41"), ], }, }
}

#[inline(never)]
fn rules_materials_individual_once() -> Rule {
    Rule { id: st("materials.individual-once"), section: Section::Materials, text: st("For an individual, the certificates of the entity, the website administrator and the organisation are the individual's own identity document, uploaded once."), text_zh: Some(st("个人备案时，主办单位证件、网站负责人证件和主体负责人证件都是本人的身份证件，只需上传一次。")), zh: Some(st("个人备案证件只需上传一次")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("https://www.alibabacloud.com/help/doc-detail/36962.htm"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S23"), ], }, }
}

#[inline(never)]
fn rules_materials_document_residency() -> Rule {
    Rule { id: st("materials.document-residency"), section: Section::Materials, text: st("People who are not Mainland China residents use the documents their residency allows (Hong Kong/Macao and Taiwan permits, or a passport)."), text_zh: Some(st("非中国内地居民使用其居民身份所允许的证件（港澳、台湾居民的居住证或通行证，或护照）。")), zh: Some(st("非中国内地居民证件")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("https://www.alibabacloud.com/help/doc-detail/36962.htm"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S27"), st("S28"), st("S29"), ], }, }
}

#[inline(never)]
fn rules_materials_number() -> Rule {
    Rule { id: st("materials.number"), section: Section::Materials, text: st("Certificate numbers must be typed exactly as printed; the bureau rejects a number that does not match the document."), text_zh: Some(st("证件号码必须与证件上印的完全一致；号码与证件不符会被管局驳回。")), zh: Some(st("证件号码")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("https://help.aliyun.com/en/icp-filing/basic-icp-service/user-guide/upload-data-and-authenticity-verification"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn rules_materials_validity() -> Rule {
    Rule { id: st("materials.validity"), section: Section::Materials, text: st("Certificates must be valid when you file; an expired document is rejected."), text_zh: Some(st("备案时证件必须在有效期内；过期的证件会被驳回。")), zh: Some(st("证件有效期")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("https://help.aliyun.com/en/icp-filing/basic-icp-service/user-guide/upload-data-and-authenticity-verification"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn rules_materials_certificate_changed() -> Rule {
    Rule { id: st("materials.certificate-changed"), section: Section::Materials, text: st("If the entity's certificate changed (for example a new business licence with a new number), a certificate of change from the issuing authority is required."), text_zh: Some(st("如果主办单位证件发生过变更（例如换发了号码不同的新营业执照），需要提供发证机关出具的变更证明。")), zh: Some(st("证件变更")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("https://www.alibabacloud.com/help/doc-detail/36962.htm"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S40"), ], }, }
}

#[inline(never)]
fn rules_materials_prepared() -> Rule {
    Rule { id: st("materials.prepared"), section: Section::Materials, text: st("Prepare each required material as a colour scan or photo before you open the filing order."), text_zh: Some(st("提交备案订单前，请准备好每份所需材料的彩色扫描件或照片。")), zh: Some(st("备案材料准备")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("https://www.alibabacloud.com/help/doc-detail/36962.htm"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S22"), ], }, }
}

#[inline(never)]
fn materials_entity_certificate() -> Material {
    Material { id: MaterialId::EntityCertificate, kind: MaterialKind::Basic, en: st("Certificate of the organisation (entity certificate)"), zh: st("主办单位证件"), when: st("Always. Individual — the person's identity document; organisation — business licence or other registration certificate."), provenance: Provenance { source: st("https://www.alibabacloud.com/help/doc-detail/36962.htm"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S26"), ], }, }
}

#[inline(never)]
fn materials_leader_certificate() -> Material {
    Material { id: MaterialId::LeaderCertificate, kind: MaterialKind::Basic, en: st("Certificate of the person in charge of the entity"), zh: st("主体负责人证件"), when: st("Always. Individual — the person's identity document; organisation — the legal representative's (or person in charge's) identity document."), provenance: Provenance { source: st("https://www.alibabacloud.com/help/doc-detail/36962.htm"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S24"), ], }, }
}

#[inline(never)]
fn materials_admin_certificate() -> Material {
    Material { id: MaterialId::AdminCertificate, kind: MaterialKind::Basic, en: st("Certificate of the website administrator"), zh: st("网站负责人证件"), when: st("Always; verifies the identity of the website administrator (for an individual, the same document)."), provenance: Provenance { source: st("https://www.alibabacloud.com/help/doc-detail/36962.htm"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S25"), ], }, }
}

#[inline(never)]
fn materials_face_photo_with_id() -> Material {
    Material { id: MaterialId::FacePhotoWithId, kind: MaterialKind::Auxiliary, en: st("Photo of the website administrator holding their identity document"), zh: st("手持证件照"), when: st("Individual filings, in some provinces."), provenance: Provenance { source: st("https://www.alibabacloud.com/help/doc-detail/36962.htm"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S30"), ], }, }
}

#[inline(never)]
fn materials_face_photo_with_org_certificate() -> Material {
    Material { id: MaterialId::FacePhotoWithOrgCertificate, kind: MaterialKind::Auxiliary, en: st("Photo of the website administrator holding the organisation's certificate"), zh: st("手持单位证件照"), when: st("Organisation filings, in some provinces."), provenance: Provenance { source: st("https://www.alibabacloud.com/help/doc-detail/36962.htm"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S31"), ], }, }
}

#[inline(never)]
fn materials_authorization_letter() -> Material {
    Material { id: MaterialId::AuthorizationLetter, kind: MaterialKind::Auxiliary, en: st("Letter of authorization"), zh: st("授权书"), when: st("Some provinces, when the person in charge or the website administrator is not the legal representative."), provenance: Provenance { source: st("https://www.alibabacloud.com/help/doc-detail/36962.htm"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S32"), ], }, }
}

#[inline(never)]
fn materials_beijing_domain_confirmation() -> Material {
    Material { id: MaterialId::BeijingDomainConfirmation, kind: MaterialKind::Auxiliary, en: st("Domain name confirmation (Beijing)"), zh: st("北京备案域名确认书"), when: st("Beijing, when not every domain fits in the authenticity statement."), provenance: Provenance { source: st("https://www.alibabacloud.com/help/doc-detail/36962.htm"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S33"), ], }, }
}

#[inline(never)]
fn materials_domain_holder_certificate() -> Material {
    Material { id: MaterialId::DomainHolderCertificate, kind: MaterialKind::Auxiliary, en: st("Domain name holder certificate"), zh: st("域名注册人证明"), when: st("Provinces that require the domain under the organisation's name, when it is held by a person."), provenance: Provenance { source: st("https://www.alibabacloud.com/help/doc-detail/36962.htm"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S34"), ], }, }
}

#[inline(never)]
fn materials_guangdong_finance_commitment() -> Material {
    Material { id: MaterialId::GuangdongFinanceCommitment, kind: MaterialKind::Auxiliary, en: st("Commitment letter for finance-related websites (Guangdong)"), zh: st("广东金融类网站承诺书"), when: st("Guangdong, when the website carries finance-industry information."), provenance: Provenance { source: st("https://www.alibabacloud.com/help/faq-detail/56177.htm"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S35"), ], }, }
}

#[inline(never)]
fn materials_guangdong_construction_plan() -> Material {
    Material { id: MaterialId::GuangdongConstructionPlan, kind: MaterialKind::Auxiliary, en: st("Website construction plan"), zh: st("网站建设方案书"), when: st("Guangdong (many domains with different prefixes), and Jiangsu, Shanghai, Chongqing when an entity files many websites; see the province's rules."), provenance: Provenance { source: st("https://www.huaweicloud.com/guide/productsdesc-bms_f7e104d677767156cbda3e0152851873support1"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S36"), ], }, }
}

#[inline(never)]
fn materials_domain_certificate() -> Material {
    Material { id: MaterialId::DomainCertificate, kind: MaterialKind::Auxiliary, en: st("Domain name certificate"), zh: st("域名证书"), when: st("Some provinces; see the province's rules."), provenance: Provenance { source: st("https://www.alibabacloud.com/help/doc-detail/36962.htm"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S37"), ], }, }
}

#[inline(never)]
fn materials_residence_permit() -> Material {
    Material { id: MaterialId::ResidencePermit, kind: MaterialKind::Auxiliary, en: st("Temporary or permanent residence permit"), zh: st("居住证"), when: st("Some provinces (for example Fujian), when the domicile on the ID differs from the filing province."), provenance: Provenance { source: st("https://www.alibabacloud.com/help/doc-detail/36962.htm"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S38"), ], }, }
}

#[inline(never)]
fn materials_superior_authorization() -> Material {
    Material { id: MaterialId::SuperiorAuthorization, kind: MaterialKind::Auxiliary, en: st("Certificate of authorization from the upper-level authority"), zh: st("上级主管单位授权证明"), when: st("Yunnan, Inner Mongolia, Heilongjiang and Jiangxi, for public institutions and government agencies."), provenance: Provenance { source: st("https://www.alibabacloud.com/help/doc-detail/36962.htm"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S39"), ], }, }
}

#[inline(never)]
fn materials_certificate_of_change() -> Material {
    Material { id: MaterialId::CertificateOfChange, kind: MaterialKind::Auxiliary, en: st("Certificate of change"), zh: st("变更证明"), when: st("When the entity's certificate changed (for example a new business licence with a new number)."), provenance: Provenance { source: st("https://www.alibabacloud.com/help/doc-detail/36962.htm"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S40"), ], }, }
}

#[inline(never)]
fn materials_guangdong_filing_commitment() -> Material {
    Material { id: MaterialId::GuangdongFilingCommitment, kind: MaterialKind::Auxiliary, en: st("Guangdong website filing commitment letter (organisation or individual version)"), zh: st("广东省单位/个人网站备案承诺书"), when: st("Guangdong, every filing: the 单位 version sealed by the organisation, the 个人 version signed with a fingerprint; dated and signed by hand."), provenance: Provenance { source: st("tencentyun/qcloud-documents@1a421bcb:product/域名与网站/网站备案/备案准备/各省管局要求/华南各省管局要求/广东省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }
}

#[inline(never)]
fn materials_party_government_confirmation() -> Material {
    Material { id: MaterialId::PartyGovernmentConfirmation, kind: MaterialKind::Auxiliary, en: st("Confirmation letter from a Party or government body"), zh: st("党政机关确认函（新疆：网站党建备案信息确认函）"), when: st("Tibet, every filing (A19-XZ 2019); Xinjiang, first filings and new websites (网站党建备案信息确认函)."), provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/管局规则/西南各省管局规则/西藏备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }
}

#[inline(never)]
fn materials_staffing_office_approval() -> Material {
    Material { id: MaterialId::StaffingOfficeApproval, kind: MaterialKind::Auxiliary, en: st("Staffing office certificate or pre-approval for the website"), zh: st("机构编制部门证明（编办证明/编办前置审批）"), when: st("Inner Mongolia (first filing) and Jiangxi, for government agencies and public institutions."), provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/常见问题/备案场景及基本概念FAQ/省管局规则FAQ.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }
}

#[inline(never)]
fn materials_heilongjiang_site_qualification_form() -> Material {
    Material { id: MaterialId::HeilongjiangSiteQualificationForm, kind: MaterialKind::Auxiliary, en: st("Website opening qualification application form, approved by the staffing office"), zh: st("网站开办资格申请表"), when: st("Heilongjiang, for Party and government bodies and public institutions."), provenance: Provenance { source: st("tencentyun/qcloud-documents@098f863a:product/域名与网站/网站备案/备案准备/各省管局要求/东北各省管局要求/黑龙江省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }
}

#[inline(never)]
fn materials_anhui_no_preapproval_commitment() -> Material {
    Material { id: MaterialId::AnhuiNoPreapprovalCommitment, kind: MaterialKind::Auxiliary, en: st("Commitment that the website involves no pre-approval topic (Anhui)"), zh: st("不涉及前置审批承诺书"), when: st("Anhui, when the name or business scope has a pre-approval keyword but the website does not involve it."), provenance: Provenance { source: st("tencentyun/qcloud-documents@1d710ca0:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/安徽省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }
}

#[inline(never)]
fn materials_jiangxi_culture_commitment() -> Material {
    Material { id: MaterialId::JiangxiCultureCommitment, kind: MaterialKind::Auxiliary, en: st("Culture commitment letter (Jiangxi)"), zh: st("文化承诺书"), when: st("Jiangxi, when the name or business scope has a culture keyword."), provenance: Provenance { source: st("tencentyun/qcloud-documents@15f8b1a8:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/江西管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }
}

#[inline(never)]
fn materials_jiangxi_no_tutoring_commitment() -> Material {
    Material { id: MaterialId::JiangxiNoTutoringCommitment, kind: MaterialKind::Auxiliary, en: st("Commitment that no off-campus tutoring is offered (Jiangxi)"), zh: st("不涉及校外培训承诺书"), when: st("Jiangxi, when the name or business scope has an education, sports or art keyword."), provenance: Provenance { source: st("tencentyun/qcloud-documents@15f8b1a8:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/江西管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }
}

#[inline(never)]
fn materials_shandong_finance_commitment() -> Material {
    Material { id: MaterialId::ShandongFinanceCommitment, kind: MaterialKind::Auxiliary, en: st("Finance commitment letter (Shandong)"), zh: st("金融类承诺书（山东）"), when: st("Shandong, when the business scope has finance wording such as 以自有资金对外投资."), provenance: Provenance { source: st("tencentyun/qcloud-documents@1a421bcb:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/山东管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }
}

#[inline(never)]
fn materials_zhejiang_finance_commitment() -> Material {
    Material { id: MaterialId::ZhejiangFinanceCommitment, kind: MaterialKind::Auxiliary, en: st("Finance commitment letters (Zhejiang)"), zh: st("金融类承诺书（浙江）"), when: st("Zhejiang, when the name or scope has finance keywords and the website carries no finance content."), provenance: Provenance { source: st("tencentyun/qcloud-documents@1c76b454:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/浙江管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }
}

#[inline(never)]
fn materials_proof_of_employment_or_income() -> Material {
    Material { id: MaterialId::ProofOfEmploymentOrIncome, kind: MaterialKind::Auxiliary, en: st("Proof of employment or income (for a person in charge under 18)"), zh: st("就业证明或收入证明"), when: st("Provinces that accept a person in charge or individual filer under 18 with proof (e.g. Guangdong, Jiangsu, Liaoning, Yunnan, Chongqing)."), provenance: Provenance { source: st("tencentyun/qcloud-documents@1a421bcb:product/域名与网站/网站备案/备案准备/各省管局要求/华南各省管局要求/广东省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }
}

#[inline(never)]
fn materials_guardian_documents() -> Material {
    Material { id: MaterialId::GuardianDocuments, kind: MaterialKind::Auxiliary, en: st("Guardian's identity document and statement (for minors)"), zh: st("监护人身份证明及监护人声明"), when: st("Provinces that accept minors with a guardian (e.g. Henan, Fujian; Tianjin and Shandong per Tencent's pages)."), provenance: Provenance { source: st("tencentyun/qcloud-documents@1c76b454:product/域名与网站/网站备案/备案准备/各省管局要求/华中各省管局要求/河南省管局要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }
}

#[inline(never)]
fn materials_residence_permit_status_proof() -> Material {
    Material { id: MaterialId::ResidencePermitStatusProof, kind: MaterialKind::Auxiliary, en: st("Residence permit status proof (Shanghai)"), zh: st("居住证状态证明"), when: st("Shanghai, non-local individuals: the status proof of the residence permit from the citizen service site (962222.net)."), provenance: Provenance { source: st("tencentyun/qcloud-documents@0b751f36:product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/上海管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }
}

#[inline(never)]
fn materials_lease_or_purchase_contract() -> Material {
    Material { id: MaterialId::LeaseOrPurchaseContract, kind: MaterialKind::Auxiliary, en: st("House lease (at least one year) or house purchase proof"), zh: st("房屋租赁协议（1年以上）或房屋购买证明"), when: st("Ningxia, non-local individuals, per Tencent's Ningxia page (Huawei 2025 says non-locals cannot file)."), provenance: Provenance { source: st("tencentyun/qcloud-documents@176bb3d2:product/域名与网站/网站备案/备案准备/各省管局要求/西北各省管局要求/宁夏管局备案要求.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }
}

#[inline(never)]
fn materials_phone_bills() -> Material {
    Material { id: MaterialId::PhoneBills, kind: MaterialKind::Auxiliary, en: st("Phone bills of the last 3 months"), zh: st("近三个月的话费交费单据或月结账单"), when: st("Heilongjiang: for the mobile and office phone numbers given (Alibaba's 2019 page)."), provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/东北各省管局规则/黑龙江备案规则.md"), last_verified: const { date(2026, 11, 30) }, confidence: Confidence::Dated, seed: Vec::new(), }, }
}

#[inline(never)]
fn file_materials() -> RuleFile {
    RuleFile {
        residency_documents: residency_documents_materials(),
        certificate_names: certificate_names_materials(),
        entity_types: entity_types_materials(),
        built_rules: Some(Parts::built(&BUILT_RULES_MATERIALS)),
        built_materials: Some(Parts::built(&BUILT_MATERIALS_MATERIALS)),
        ..RuleFile::default()
    }
}

#[inline(never)]
fn rules_account_exists() -> Rule {
    Rule { id: st("account.exists"), section: Section::Account, text: st("Before you apply in the Alibaba Cloud ICP Filing system you must register an Alibaba Cloud account."), text_zh: Some(st("在阿里云ICP代备案管理系统提交申请前，必须先注册阿里云账号。")), zh: Some(st("阿里云账号")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("https://beian.aliyun.com/order/index.htm"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S42"), ], }, }
}

#[inline(never)]
fn rules_account_site() -> Rule {
    Rule { id: st("account.site"), section: Section::Account, text: st("Filing applications are accepted only from China-site (aliyun.com) accounts; the international site (alibabacloud.com) does not accept them."), text_zh: Some(st("只受理阿里云中国站（aliyun.com）账号的备案申请；国际站（alibabacloud.com）不受理。")), zh: Some(st("阿里云中国站")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("https://www.alibabacloud.com/help/en/icp-filing/product-overview/what-is-an-icp-filing"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn rules_account_real_name() -> Rule {
    Rule { id: st("account.real-name"), section: Section::Account, text: st("The account must complete Alibaba Cloud real-name (identity) verification."), text_zh: Some(st("账号必须完成阿里云实名认证。")), zh: Some(st("账号实名认证")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("https://help.aliyun.com/zh/icp-filing/basic-icp-service/user-guide/icp-filing-application-overview"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn rules_account_one_entity() -> Rule {
    Rule { id: st("account.one-entity"), section: Section::Account, text: st("One Alibaba Cloud account may carry the filing of at most one entity (主体)."), text_zh: Some(st("一个阿里云账号最多只能备案一个主体。")), zh: Some(st("一个账号仅能备案一个主体")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("https://help.aliyun.com/zh/icp-filing/basic-icp-service/user-guide/icp-filing-application-overview"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn file_account() -> RuleFile {
    RuleFile {
        built_rules: Some(Parts::built(&BUILT_RULES_ACCOUNT)),
        ..RuleFile::default()
    }
}

#[inline(never)]
fn rules_preapproval_industries() -> Rule {
    Rule { id: st("preapproval.industries"), section: Section::Preapproval, text: st("If your website involves special industries such as news, publishing, medicine and medical devices, you must complete the pre-approval process before applying, and provide the pre-approval document."), text_zh: Some(st("如果网站涉及新闻、出版、药品和医疗器械等特殊行业，必须在申请备案前完成前置审批，并提供前置审批文件。")), zh: Some(st("前置审批")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("https://help.aliyun.com/document_detail/113602.html"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S43"), ], }, }
}

#[inline(never)]
fn rules_preapproval_approvals() -> Rule {
    Rule { id: st("preapproval.approvals"), section: Section::Preapproval, text: st("Each pre-approval industry needs its approval document in hand when you file."), text_zh: Some(st("每个需要前置审批的行业，备案时都须持有相应的审批文件。")), zh: Some(st("前置审批文件")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("https://help.aliyun.com/document_detail/113602.html"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S43"), ], }, }
}

#[inline(never)]
fn industries_news() -> Industry {
    Industry { id: IndustryId::News, en: st("News"), zh: st("新闻"), body: Some(st("State Council Information Office or the provincial government information office")), body_zh: Some(st("国务院新闻办公室或省级政府新闻办公室")), document: Some(st("Internet News Information Service Licence")), document_zh: Some(st("互联网新闻信息服务许可证")), abolished: false, still_required_in: Vec::new(), provenance: Provenance { source: st("https://help.aliyun.com/document_detail/113602.html"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S43"), ], }, }
}

#[inline(never)]
fn industries_publishing() -> Industry {
    Industry { id: IndustryId::Publishing, en: st("Publishing"), zh: st("出版"), body: Some(st("National press and publication authority (SAPPRFT in the 2017 table)")), body_zh: Some(st("国家新闻出版署（原国家新闻出版广电总局）")), document: Some(st("Internet Publishing Licence")), document_zh: Some(st("互联网出版许可证")), abolished: false, still_required_in: Vec::new(), provenance: Provenance { source: st("https://help.aliyun.com/document_detail/113602.html"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S43"), ], }, }
}

#[inline(never)]
fn industries_medicine() -> Industry {
    Industry { id: IndustryId::Medicine, en: st("Medicine (drugs)"), zh: st("药品"), body: Some(st("Provincial drug administration (provincial food and drug administration in the 2017 table)")), body_zh: Some(st("省级药品监督管理部门")), document: Some(st("Internet Drug Information Service Qualification Certificate")), document_zh: Some(st("互联网药品信息服务资格证书")), abolished: false, still_required_in: Vec::new(), provenance: Provenance { source: st("https://help.aliyun.com/document_detail/113602.html"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S43"), ], }, }
}

#[inline(never)]
fn industries_medical_devices() -> Industry {
    Industry { id: IndustryId::MedicalDevices, en: st("Medical devices"), zh: st("医疗器械"), body: Some(st("Provincial drug administration (provincial food and drug administration in the 2017 table)")), body_zh: Some(st("省级药品监督管理部门")), document: Some(st("Internet Drug Information Service Qualification Certificate (medical devices)")), document_zh: Some(st("互联网药品信息服务资格证书（医疗器械）")), abolished: false, still_required_in: Vec::new(), provenance: Provenance { source: st("https://help.aliyun.com/document_detail/113602.html"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: vec![st("S43"), ], }, }
}

#[inline(never)]
fn industries_culture() -> Industry {
    Industry { id: IndustryId::Culture, en: st("Culture"), zh: st("文化"), body: Some(st("Provincial culture department")), body_zh: Some(st("省级文化主管部门")), document: Some(st("Online Culture Business Licence")), document_zh: Some(st("网络文化经营许可证")), abolished: false, still_required_in: Vec::new(), provenance: Provenance { source: st("https://help.zzy.cn/app/right_homepage_page.php?type=1&level=2&id=43&aid=733"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn industries_radio_film_tv() -> Industry {
    Industry { id: IndustryId::RadioFilmTv, en: st("Radio, film and television programmes"), zh: st("广播电影电视节目"), body: Some(st("National radio and television administration (SAPPRFT in the 2017 table)")), body_zh: Some(st("国家广播电视总局（原国家新闻出版广电总局）")), document: Some(st("Licence for Online Transmission of Audio-Visual Programmes")), document_zh: Some(st("信息网络传播视听节目许可证")), abolished: false, still_required_in: Vec::new(), provenance: Provenance { source: st("https://help.zzy.cn/app/right_homepage_page.php?type=1&level=2&id=43&aid=733"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn industries_education() -> Industry {
    Industry { id: IndustryId::Education, en: st("Education"), zh: st("教育"), body: Some(st("Provincial education department")), body_zh: Some(st("省级教育主管部门")), document: None, document_zh: None, abolished: true, still_required_in: vec![ProvinceSlug::Zhejiang, ProvinceSlug::Qinghai, ProvinceSlug::Tibet, ], provenance: Provenance { source: st("https://help.zzy.cn/app/right_homepage_page.php?type=1&level=2&id=43&aid=733"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Dated, seed: Vec::new(), }, }
}

#[inline(never)]
fn industries_medical_health() -> Industry {
    Industry { id: IndustryId::MedicalHealth, en: st("Medical and health care"), zh: st("医疗保健"), body: Some(st("Provincial health department")), body_zh: Some(st("省级卫生健康主管部门")), document: None, document_zh: None, abolished: true, still_required_in: vec![ProvinceSlug::Hebei, ProvinceSlug::Tibet, ], provenance: Provenance { source: st("https://help.zzy.cn/app/right_homepage_page.php?type=1&level=2&id=43&aid=733"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Dated, seed: Vec::new(), }, }
}

#[inline(never)]
fn industries_ride_hailing() -> Industry {
    Industry { id: IndustryId::RideHailing, en: st("Online ride-hailing"), zh: st("网络预约出租汽车"), body: Some(st("Transport authority where the company is registered")), body_zh: Some(st("企业注册地交通运输主管部门")), document: Some(st("Online Ride-Hailing Business Licence")), document_zh: Some(st("网络预约出租汽车经营许可证")), abolished: false, still_required_in: Vec::new(), provenance: Provenance { source: st("https://help.zzy.cn/app/right_homepage_page.php?type=1&level=2&id=43&aid=733"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn industries_bbs() -> Industry {
    Industry { id: IndustryId::Bbs, en: st("Bulletin board services (BBS)"), zh: st("电子公告服务"), body: Some(st("Provincial communications administration")), body_zh: Some(st("省通信管理局")), document: None, document_zh: None, abolished: true, still_required_in: Vec::new(), provenance: Provenance { source: st("https://help.zzy.cn/app/right_homepage_page.php?type=1&level=2&id=43&aid=733"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn industries_finance() -> Industry {
    Industry { id: IndustryId::Finance, en: st("Finance"), zh: st("金融"), body: None, body_zh: None, document: None, document_zh: None, abolished: false, still_required_in: Vec::new(), provenance: Provenance { source: st("https://help.aliyun.com/zh/icp-filing/basic-icp-service/user-guide/icp-filing-application-overview"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn industries_religion() -> Industry {
    Industry { id: IndustryId::Religion, en: st("Religion"), zh: st("宗教"), body: None, body_zh: None, document: None, document_zh: None, abolished: false, still_required_in: Vec::new(), provenance: Provenance { source: st("https://help.aliyun.com/zh/icp-filing/basic-icp-service/user-guide/icp-filing-application-overview"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn industries_online_games() -> Industry {
    Industry { id: IndustryId::OnlineGames, en: st("Online games"), zh: st("网络游戏"), body: Some(st("Culture and publishing authorities (unconfirmed)")), body_zh: Some(st("文化和出版主管部门（未经确认）")), document: None, document_zh: None, abolished: false, still_required_in: Vec::new(), provenance: Provenance { source: st("https://help.aliyun.com/zh/icp-filing/basic-icp-service/user-guide/icp-filing-application-overview"), last_verified: const { date(2026, 11, 28) }, confidence: Confidence::Unconfirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn file_preapproval() -> RuleFile {
    RuleFile {
        built_rules: Some(Parts::built(&BUILT_RULES_PREAPPROVAL)),
        built_industries: Some(Parts::built(&BUILT_INDUSTRIES_PREAPPROVAL)),
        ..RuleFile::default()
    }
}

#[inline(never)]
fn icp_prefix_alternates_websites() -> Vec<IcpPrefixAlternate> {
    vec![IcpPrefixAlternate { province: ProvinceSlug::Sichuan, prefix: st("川"), provenance: Provenance { source: st("https://beian.miit.gov.cn/"), last_verified: const { date(2026, 12, 1) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, IcpPrefixAlternate { province: ProvinceSlug::Guizhou, prefix: st("贵"), provenance: Provenance { source: st("https://beian.miit.gov.cn/"), last_verified: const { date(2026, 12, 1) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, IcpPrefixAlternate { province: ProvinceSlug::Yunnan, prefix: st("云"), provenance: Provenance { source: st("https://beian.miit.gov.cn/"), last_verified: const { date(2026, 12, 1) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, IcpPrefixAlternate { province: ProvinceSlug::Gansu, prefix: st("甘"), provenance: Provenance { source: st("https://beian.miit.gov.cn/"), last_verified: const { date(2026, 12, 1) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ]
}

#[inline(never)]
fn rules_filing_type() -> Rule {
    Rule { id: st("filing.type"), section: Section::Regulations, text: st("Alibaba works out the kind of filing from the entity and the website: a first filing (首次备案), a new website for an entity that already holds an ICP number (新增网站), or adding Alibaba Cloud as the access provider of a site filed elsewhere (新增接入). The checklist differs for each."), text_zh: Some(st("阿里云会根据主体和网站信息自动判断备案类型：首次备案、为已有ICP备案号的主体新增网站，或为已在别处备案的网站新增阿里云接入。不同类型的准备清单不同。")), zh: Some(st("备案类型")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("https://help.aliyun.com/zh/icp-filing/basic-icp-service/user-guide/icp-filing-application-overview"), last_verified: const { date(2026, 12, 1) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn rules_filing_entity_icp_number() -> Rule {
    Rule { id: st("filing.entity-icp-number"), section: Section::Regulations, text: st("A new website or new access is filed under the entity's existing ICP number, in the province where the entity first filed."), text_zh: Some(st("新增网站或新增接入在主体已有的ICP备案号下办理，并在主体首次备案的省份办理。")), zh: Some(st("主体备案号")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("https://help.aliyun.com/zh/icp-filing/basic-icp-service/user-guide/icp-filing-application-overview"), last_verified: const { date(2026, 12, 1) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn rules_filing_not_reachable() -> Rule {
    Rule { id: st("filing.not-reachable"), section: Section::Regulations, text: st("A website may not be opened to visitors before it has its ICP number: stop its DNS resolution or close it until the filing is approved."), text_zh: Some(st("网站在取得备案号之前不得开启访问：在备案通过前请暂停域名解析或关闭网站。")), zh: Some(st("未备案网站不得开启访问")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("tencentyun/qcloud-documents@2fc548457cdb3c3c211b7f131443ddb4b0af8f39:product/域名与网站/网站备案/常见问题/备案流程/常见驳回原因及其处理.md"), last_verified: const { date(2026, 12, 1) }, confidence: Confidence::Dated, seed: Vec::new(), }, }
}

#[inline(never)]
fn rules_filing_filed_sites_open() -> Rule {
    Rule { id: st("filing.filed-sites-open"), section: Section::Regulations, text: st("Websites the entity has already filed must be reachable, match the entity's nature, and show their ICP number at the bottom of the page linked to beian.miit.gov.cn; otherwise a new filing is sent back."), text_zh: Some(st("主体已备案的网站必须能正常访问、内容与主体性质相符，并在网站底部注明备案号且链接到 beian.miit.gov.cn；否则新的备案申请会被驳回。")), zh: Some(st("已备案网站必须开站")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("tencentyun/qcloud-documents@2fc548457cdb3c3c211b7f131443ddb4b0af8f39:product/域名与网站/网站备案/常见问题/备案流程/常见驳回原因及其处理.md"), last_verified: const { date(2026, 12, 1) }, confidence: Confidence::Dated, seed: Vec::new(), }, }
}

#[inline(never)]
fn rules_filing_domains_verified() -> Rule {
    Rule { id: st("filing.domains-verified"), section: Section::Regulations, text: st("A first filing verifies every domain; a new website verifies only the domains it adds; new access does not verify the domains again."), text_zh: Some(st("首次备案核验全部域名；新增网站只核验新增的域名；新增接入不再重新核验域名。")), zh: Some(st("域名信息核验范围")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("https://help.aliyun.com/en/icp-filing/basic-icp-service/user-guide/prepare-and-check-the-domain-name"), last_verified: const { date(2026, 12, 1) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn rules_website_name() -> Rule {
    Rule { id: st("website.name"), section: Section::Domain, text: st("Each website is filed with a name (网站名称) that describes its content and follows the naming rules."), text_zh: Some(st("每个网站备案时都要填写与网站内容相符、符合命名规则的网站名称。")), zh: Some(st("网站名称")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("tencentyun/qcloud-documents@2fc548457cdb3c3c211b7f131443ddb4b0af8f39:product/域名与网站/网站备案/常见问题/备案流程/常见驳回原因及其处理.md"), last_verified: const { date(2026, 12, 1) }, confidence: Confidence::Dated, seed: Vec::new(), }, }
}

#[inline(never)]
fn rules_website_features() -> Rule {
    Rule { id: st("website.features"), section: Section::Domain, text: st("A personal website (filed by an individual) may not offer commercial, news, forum, comment, login, download or similar interactive services; those need an organisation filing (and some a pre-approval)."), text_zh: Some(st("个人网站不得提供经营性、新闻、论坛、评论、登录、下载等交互类服务；这些需要以单位性质备案（部分还需前置审批）。")), zh: Some(st("网站服务内容")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("yunify/qingcloud-docs@81f216873d8f89f4ac4851da215309e1075d3464:content/site/record/policy/site_name.md"), last_verified: const { date(2026, 12, 1) }, confidence: Confidence::Dated, seed: Vec::new(), }, }
}

#[inline(never)]
fn rules_website_icp_number() -> Rule {
    Rule { id: st("website.icp-number"), section: Section::Domain, text: st("For new access each website is named by its existing ICP number (the entity's number with -n)."), text_zh: Some(st("新增接入时，每个网站都以其已有的网站备案号（主体备案号加 -n）标识。")), zh: Some(st("网站备案号")), threshold: None, params: BTreeMap::new(), provenance: Provenance { source: st("https://help.aliyun.com/zh/icp-filing/basic-icp-service/user-guide/icp-filing-application-overview"), last_verified: const { date(2026, 12, 1) }, confidence: Confidence::Confirmed, seed: Vec::new(), }, }
}

#[inline(never)]
fn website_rules_websites() -> Vec<WebsiteRule> {
    vec![WebsiteRule { id: st("name-latin-or-digits"), kind: WebsiteRuleKind::LatinOrDigitsOnly, applies_to: AppliesTo::All, province: None, except_provinces: Vec::new(), except_entity_types: Vec::new(), words: Vec::new(), allowed_phrases: Vec::new(), allowed_symbols: None, features: Vec::new(), min: None, status: HitStatus::Blocked, text: st("A site name may not be only Latin letters or digits: name it in Chinese."), text_zh: st("网站名称不能是纯英文字母或纯数字：请使用中文命名。"), fix: st("Give the site a Chinese name that says what it is about, e.g. 张三的摄影笔记."), fix_zh: st("请使用能说明网站内容的中文名称，例如“张三的摄影笔记”。"), provenance: Provenance { source: st("tencentyun/qcloud-documents@2fc548457cdb3c3c211b7f131443ddb4b0af8f39:product/域名与网站/网站备案/常见问题/备案流程/常见驳回原因及其处理.md"), last_verified: const { date(2026, 12, 1) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, WebsiteRule { id: st("name-min-han"), kind: WebsiteRuleKind::MinHan, applies_to: AppliesTo::All, province: None, except_provinces: Vec::new(), except_entity_types: Vec::new(), words: Vec::new(), allowed_phrases: Vec::new(), allowed_symbols: None, features: Vec::new(), min: Some(3), status: HitStatus::Blocked, text: st("A site name has three or more Chinese characters."), text_zh: st("网站名称须为三个或三个以上汉字。"), fix: st("Lengthen the name to at least three Chinese characters that describe the content."), fix_zh: st("请将名称改为至少三个汉字，并说明网站内容。"), provenance: Provenance { source: st("tencentyun/qcloud-documents@2fc548457cdb3c3c211b7f131443ddb4b0af8f39:product/域名与网站/网站备案/常见问题/备案流程/常见驳回原因及其处理.md"), last_verified: const { date(2026, 12, 1) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, WebsiteRule { id: st("name-symbols"), kind: WebsiteRuleKind::Symbols, applies_to: AppliesTo::All, province: None, except_provinces: Vec::new(), except_entity_types: Vec::new(), words: Vec::new(), allowed_phrases: Vec::new(), allowed_symbols: Some(st(" ·-")), features: Vec::new(), min: None, status: HitStatus::Blocked, text: st("A site name may not contain special symbols."), text_zh: st("网站名称不能包含特殊符号。"), fix: st("Remove the symbol from the name."), fix_zh: st("请删除名称中的符号。"), provenance: Provenance { source: st("tencentyun/qcloud-documents@2fc548457cdb3c3c211b7f131443ddb4b0af8f39:product/域名与网站/网站备案/常见问题/备案流程/常见驳回原因及其处理.md"), last_verified: const { date(2026, 12, 1) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, WebsiteRule { id: st("name-is-domain"), kind: WebsiteRuleKind::NotTheDomain, applies_to: AppliesTo::All, province: None, except_provinces: Vec::new(), except_entity_types: Vec::new(), words: Vec::new(), allowed_phrases: Vec::new(), allowed_symbols: None, features: Vec::new(), min: None, status: HitStatus::Blocked, text: st("A site may not be named after its domain."), text_zh: st("不得直接以网站域名作为网站名称。"), fix: st("Name the site for its content, not its address."), fix_zh: st("请按网站内容命名，而不是用网址命名。"), provenance: Provenance { source: st("tencentyun/qcloud-documents@2fc548457cdb3c3c211b7f131443ddb4b0af8f39:product/域名与网站/网站备案/常见问题/备案流程/常见驳回原因及其处理.md"), last_verified: const { date(2026, 12, 1) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, WebsiteRule { id: st("name-is-person"), kind: WebsiteRuleKind::NotThePerson, applies_to: AppliesTo::Individual, province: None, except_provinces: Vec::new(), except_entity_types: Vec::new(), words: Vec::new(), allowed_phrases: Vec::new(), allowed_symbols: None, features: Vec::new(), min: None, status: HitStatus::Blocked, text: st("A personal site may not be named with just the person's name."), text_zh: st("个人网站不能直接以个人姓名作为网站名称。"), fix: st("Say what the site is about, e.g. 张三的摄影笔记 rather than 张三."), fix_zh: st("请说明网站内容，例如用“张三的摄影笔记”而不是“张三”。"), provenance: Provenance { source: st("https://intl.cloud.tencent.com/document/product/1022/31666"), last_verified: const { date(2026, 12, 1) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, WebsiteRule { id: st("name-state-prefix"), kind: WebsiteRuleKind::StartsWith, applies_to: AppliesTo::Organisation, province: None, except_provinces: Vec::new(), except_entity_types: vec![EntityType::Government, ], words: vec![st("中国"), st("中华"), st("中央"), st("全国"), st("国家"), st("人民"), st("人大"), ], allowed_phrases: Vec::new(), allowed_symbols: None, features: Vec::new(), min: None, status: HitStatus::Blocked, text: st("Only national-level bodies may start a site name with 中国, 中华, 中央, 全国, 国家, 人民 or 人大."), text_zh: st("只有国家级单位才能以“中国”“中华”“中央”“全国”“国家”“人民”“人大”等字头命名网站。"), fix: st("Rename the site without the word (a national-level body may keep it with its proof documents)."), fix_zh: st("请去掉该字头后重新命名（国家级单位可提交证明材料后保留）。"), provenance: Provenance { source: st("yunify/qingcloud-docs@81f216873d8f89f4ac4851da215309e1075d3464:content/site/record/policy/site_name.md"), last_verified: const { date(2026, 12, 1) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, WebsiteRule { id: st("name-state-words"), kind: WebsiteRuleKind::Contains, applies_to: AppliesTo::Individual, province: None, except_provinces: Vec::new(), except_entity_types: Vec::new(), words: vec![st("中国"), st("中央"), st("国家"), st("中华"), st("人大"), st("人民"), st("反腐"), st("纪检"), st("监察"), st("信访"), st("维权"), st("投诉"), ], allowed_phrases: Vec::new(), allowed_symbols: None, features: Vec::new(), min: None, status: HitStatus::Blocked, text: st("A personal site name may not contain words of a state or public-interest nature (中国, 中央, 国家, 中华, 人大, 人民, 反腐, 纪检, 监察, 信访, 维权, 投诉)."), text_zh: st("个人网站名称不得含有“中国”“中央”“国家”“中华”“人大”“人民”等政治性词汇，以及“反腐”“纪检”“监察”“信访”“维权”“投诉”等词汇。"), fix: st("Remove the word from the name."), fix_zh: st("请从名称中删除该词。"), provenance: Provenance { source: st("yunify/qingcloud-docs@81f216873d8f89f4ac4851da215309e1075d3464:content/site/record/policy/site_name.md"), last_verified: const { date(2026, 12, 1) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, WebsiteRule { id: st("name-sensitive-words"), kind: WebsiteRuleKind::Contains, applies_to: AppliesTo::All, province: None, except_provinces: Vec::new(), except_entity_types: Vec::new(), words: vec![st("反腐"), st("赌博"), st("廉政"), st("色情"), ], allowed_phrases: Vec::new(), allowed_symbols: None, features: Vec::new(), min: None, status: HitStatus::Blocked, text: st("A site name may not use sensitive words such as 反腐, 赌博, 廉政 or 色情."), text_zh: st("网站名称不得使用“反腐”“赌博”“廉政”“色情”等敏感词。"), fix: st("Rename the site."), fix_zh: st("请修改网站名称。"), provenance: Provenance { source: st("tencentyun/qcloud-documents@2fc548457cdb3c3c211b7f131443ddb4b0af8f39:product/域名与网站/网站备案/常见问题/备案流程/常见驳回原因及其处理.md"), last_verified: const { date(2026, 12, 1) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, WebsiteRule { id: st("name-personal-words"), kind: WebsiteRuleKind::Contains, applies_to: AppliesTo::Individual, province: None, except_provinces: vec![ProvinceSlug::Jiangsu, ], except_entity_types: Vec::new(), words: vec![st("博客"), st("论坛"), st("在线"), st("社区"), st("交流"), st("个人空间"), st("爱好者"), st("导航"), st("工作室"), st("平台"), st("热线"), st("社团"), st("网络"), st("网站"), st("网址"), st("主页"), st("资讯"), st("作品展示"), st("商城"), st("官网"), st("公司"), st("企业"), st("集团"), ], allowed_phrases: Vec::new(), allowed_symbols: None, features: Vec::new(), min: None, status: HitStatus::Blocked, text: st("A personal site name may not use words that suggest an organisation, a service or interaction (博客, 论坛, 在线, 社区, 交流, 个人空间, 爱好者, 导航, 工作室, 平台, 热线, 社团, 网络, 网站, 网址, 主页, 资讯, 作品展示 …), nor company words."), text_zh: st("个人网站名称不得使用“博客”“论坛”“在线”“社区”“交流”“个人空间”“爱好者”“导航”“工作室”“平台”“热线”“社团”“网络”“网站”“网址”“主页”“资讯”“作品展示”等词汇，也不得含有企业类词汇。"), fix: st("Rename the site for its content (e.g. 张三的摄影笔记), or file it as an organisation."), fix_zh: st("请按内容重新命名（例如“张三的摄影笔记”），或改为以单位性质备案。"), provenance: Provenance { source: st("yunify/qingcloud-docs@81f216873d8f89f4ac4851da215309e1075d3464:content/site/record/policy/site_name.md"), last_verified: const { date(2026, 12, 1) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, WebsiteRule { id: st("name-personal-words-jiangsu"), kind: WebsiteRuleKind::Contains, applies_to: AppliesTo::Individual, province: Some(ProvinceSlug::Jiangsu), except_provinces: Vec::new(), except_entity_types: Vec::new(), words: vec![st("博客"), st("论坛"), st("在线"), st("社区"), st("交流"), st("个人空间"), st("爱好者"), st("导航"), st("工作室"), st("平台"), st("热线"), st("社团"), st("网络"), st("网站"), st("网址"), st("主页"), st("资讯"), st("作品展示"), st("商城"), st("官网"), st("公司"), st("企业"), st("集团"), ], allowed_phrases: vec![st("的个人博客"), st("的个人主页"), ], allowed_symbols: None, features: Vec::new(), min: None, status: HitStatus::Blocked, text: st("A personal site name may not use words that suggest an organisation, a service or interaction; in Jiangsu the required forms XX的个人博客 and XX的个人主页 are the exception."), text_zh: st("个人网站名称不得使用表示单位、服务或交互的词汇；江苏要求的“某某的个人博客”“某某的个人主页”两种写法除外。"), fix: st("Name the site XX的个人博客 or XX的个人主页, or file it as an organisation."), fix_zh: st("请命名为“某某的个人博客”或“某某的个人主页”，或改为以单位性质备案。"), provenance: Provenance { source: st("yunify/qingcloud-docs@81f216873d8f89f4ac4851da215309e1075d3464:content/site/record/policy/site_name.md"), last_verified: const { date(2026, 12, 1) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, WebsiteRule { id: st("name-jiangsu-form"), kind: WebsiteRuleKind::EndsWithOneOf, applies_to: AppliesTo::Individual, province: Some(ProvinceSlug::Jiangsu), except_provinces: Vec::new(), except_entity_types: Vec::new(), words: vec![st("的个人博客"), st("的个人主页"), ], allowed_phrases: Vec::new(), allowed_symbols: None, features: Vec::new(), min: None, status: HitStatus::Blocked, text: st("Jiangsu accepts a personal site only as XX的个人博客 or XX的个人主页 (Alibaba's 2019 Jiangsu page)."), text_zh: st("江苏个人网站名称只能为“某某的个人博客”或“某某的个人主页”（阿里云2019年江苏管局规则）。"), fix: st("Rename the site to XX的个人博客 or XX的个人主页, with your name for XX."), fix_zh: st("请将网站名称改为“某某的个人博客”或“某某的个人主页”，某某为您的姓名。"), provenance: Provenance { source: st("alipannu12121/icp@4755ecf:cn.zh-CN/ICP备案前准备/学习管局规则/华东各省管局规则/江苏备案规则.md"), last_verified: const { date(2026, 12, 1) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, WebsiteRule { id: st("name-tianjin-words"), kind: WebsiteRuleKind::Contains, applies_to: AppliesTo::Individual, province: Some(ProvinceSlug::Tianjin), except_provinces: Vec::new(), except_entity_types: Vec::new(), words: vec![st("博客"), st("论坛"), st("在线"), st("社区"), st("交流"), ], allowed_phrases: Vec::new(), allowed_symbols: None, features: Vec::new(), min: None, status: HitStatus::Blocked, text: st("Tianjin: a site name may not carry 博客, 论坛, 在线, 社区 or 交流 (Tencent Cloud's Tianjin page)."), text_zh: st("天津：网站名称不能带有“博客”“论坛”“在线”“社区”“交流”等字样（腾讯云天津管局要求页面）。"), fix: st("Rename the site without the word."), fix_zh: st("请去掉该词后重新命名。"), provenance: Provenance { source: st("tencentyun/qcloud-documents@1d710ca0:product/域名与网站/网站备案/备案准备/各省管局要求/华北各省管局要求/天津管局备案要求.md"), last_verified: const { date(2026, 12, 1) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, WebsiteRule { id: st("name-sichuan-preapproval-words"), kind: WebsiteRuleKind::Contains, applies_to: AppliesTo::All, province: Some(ProvinceSlug::Sichuan), except_provinces: Vec::new(), except_entity_types: Vec::new(), words: vec![st("论坛"), st("空间"), st("社区"), st("电子商务"), st("新闻"), st("医药"), st("广播"), st("视频"), ], allowed_phrases: Vec::new(), allowed_symbols: None, features: Vec::new(), min: None, status: HitStatus::Todo, text: st("Sichuan: a site name with 论坛, 空间, 社区, 电子商务, 新闻, 医药, 广播 or 视频 needs the matching pre-approval (Tencent Cloud's Sichuan page)."), text_zh: st("四川：网站名称含“论坛”“空间”“社区”“电子商务”“新闻”“医药”“广播”“视频”的，需要办理相应的前置审批（腾讯云四川管局要求页面）。"), fix: st("Prepare the pre-approval for that content, or rename the site."), fix_zh: st("请办理相应内容的前置审批，或修改网站名称。"), provenance: Provenance { source: st("tencentyun/qcloud-documents@0263ecf4:product/域名与网站/网站备案/备案准备/各省管局要求/西南各省管局要求/四川管局备案要求.md"), last_verified: const { date(2026, 12, 1) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, WebsiteRule { id: st("name-related-to-entity"), kind: WebsiteRuleKind::RelatedToEntity, applies_to: AppliesTo::Organisation, province: None, except_provinces: Vec::new(), except_entity_types: Vec::new(), words: vec![st("有限责任公司"), st("股份有限公司"), st("有限公司"), st("公司"), st("集团"), st("股份"), ], allowed_phrases: Vec::new(), allowed_symbols: None, features: Vec::new(), min: Some(2), status: HitStatus::Todo, text: st("An organisation's site name should use its full or short name; a name unrelated to the organisation needs proof, usually a trademark certificate."), text_zh: st("单位网站名称应使用单位全称或简称；与单位名称无关的网站名称需要提供证明，通常为商标注册证。"), fix: st("Use the organisation's full or short name in the site name, or prepare a trademark certificate for the name (and say in the remark that the site is the organisation's project or product)."), fix_zh: st("请在网站名称中使用单位全称或简称，或准备该名称的商标注册证（并在网站备注中说明“XXXX为本公司的项目/产品”）。"), provenance: Provenance { source: st("tencentyun/qcloud-documents@2fc548457cdb3c3c211b7f131443ddb4b0af8f39:product/域名与网站/网站备案/常见问题/备案流程/常见驳回原因及其处理.md"), last_verified: const { date(2026, 12, 1) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, WebsiteRule { id: st("personal-features"), kind: WebsiteRuleKind::Features, applies_to: AppliesTo::Individual, province: None, except_provinces: Vec::new(), except_entity_types: Vec::new(), words: Vec::new(), allowed_phrases: Vec::new(), allowed_symbols: None, features: vec![WebsiteFeature::Comments, WebsiteFeature::Login, WebsiteFeature::Forum, WebsiteFeature::Shop, WebsiteFeature::Payments, WebsiteFeature::Downloads, WebsiteFeature::News, WebsiteFeature::Ads, WebsiteFeature::LiveVideo, ], min: None, status: HitStatus::Blocked, text: st("A personal site may not offer comments, log-in, a forum, a shop, payments, downloads, news, advertising or live video: individuals may file only non-commercial sites without interactive services."), text_zh: st("个人网站不得提供评论、登录、论坛、商城、支付、下载、新闻、广告或直播等功能：个人只能备案不含交互服务的非经营性网站。"), fix: st("File as an organisation, or remove the feature before you file."), fix_zh: st("请改为以单位性质备案，或在备案前去掉该功能。"), provenance: Provenance { source: st("yunify/qingcloud-docs@81f216873d8f89f4ac4851da215309e1075d3464:content/site/record/policy/site_name.md"), last_verified: const { date(2026, 12, 1) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, WebsiteRule { id: st("remark"), kind: WebsiteRuleKind::Remark, applies_to: AppliesTo::Individual, province: Some(ProvinceSlug::Beijing), except_provinces: Vec::new(), except_entity_types: Vec::new(), words: Vec::new(), allowed_phrases: Vec::new(), allowed_symbols: None, features: Vec::new(), min: None, status: HitStatus::Todo, text: st("Beijing: a personal site's remark (网站备注) must describe its content (Tencent Cloud's Beijing page)."), text_zh: st("北京：个人网站须在网站备注中说明网站内容（腾讯云北京管局要求页面）。"), fix: st("Write a remark that says what the site contains, e.g. 记录本人周末拍摄的照片，无评论和交易功能."), fix_zh: st("请填写说明网站内容的备注，例如“记录本人周末拍摄的照片，无评论和交易功能”。"), provenance: Provenance { source: st("tencentyun/qcloud-documents@1f450e16:product/域名与网站/网站备案/备案准备/各省管局要求/华北各省管局要求/北京管局要求.md"), last_verified: const { date(2026, 12, 1) }, confidence: Confidence::Dated, seed: Vec::new(), }, }, ]
}

#[inline(never)]
fn file_websites() -> RuleFile {
    RuleFile {
        icp_prefix_alternates: icp_prefix_alternates_websites(),
        built_rules: Some(Parts::built(&BUILT_RULES_WEBSITES)),
        built_website_rules: Some(Parts::built(&BUILT_WEBSITE_RULES_WEBSITES)),
        ..RuleFile::default()
    }
}

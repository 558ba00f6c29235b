//! Section "pre-approval" (前置审批): special industries need an approval before filing.

use super::checklist::Status;
use super::context::Ctx;
use crate::knowledge::Section;

pub(crate) fn check(cx: &mut Ctx) {
    let pre = cx.session.preapproval.clone().unwrap_or_default();
    let Some(industries) = pre.industries else {
        return cx.item(
            "preapproval.industries",
            Status::Todo,
            "preapproval.industries.ask",
            "preapproval.industries.ask.fix",
            &[],
        );
    };
    if industries.is_empty() {
        return cx.item(
            "preapproval.industries",
            Status::Done,
            "preapproval.industries.none",
            "",
            &[],
        );
    }
    let names = industries
        .iter()
        .map(|i| {
            cx.k.industry(*i)
                .map(|x| cx.name(&x.en, &x.zh))
                .unwrap_or(i.to_string())
        })
        .collect::<Vec<_>>();
    let names = cx.list(&names);
    cx.item(
        "preapproval.industries",
        Status::Done,
        "preapproval.industries.some",
        "",
        &[("industries", names)],
    );
    let ready = pre.approvals_ready;
    let province = cx.province();
    for id in industries {
        let Some(ind) = cx.k.industry(id).cloned() else {
            continue;
        };
        let unconfirmed = cx.t("preapproval.unconfirmed", &[]);
        let args = vec![
            ("industry", cx.name(&ind.en, &ind.zh)),
            (
                "body",
                ind.body
                    .as_deref()
                    .map(|b| cx.name(b, ind.body_zh.as_deref().unwrap_or_default()))
                    .unwrap_or(unconfirmed.clone()),
            ),
            (
                "document",
                ind.document
                    .as_deref()
                    .map(|d| cx.name(d, ind.document_zh.as_deref().unwrap_or_default()))
                    .unwrap_or(cx.t("preapproval.no-document", &[])),
            ),
            (
                "province",
                province.map(|p| cx.province_name(p)).unwrap_or_default(),
            ),
        ];
        let still_required = province.is_some_and(|p| ind.still_required_in.contains(&p));
        let (status, key) = if ind.abolished && !still_required {
            (Status::Info, "abolished")
        } else if !approval_needed(&ind, province) {
            (Status::Info, "unconfirmed-industry")
        } else {
            match &ready {
                Some(list) if list.contains(&id) => (Status::Done, "ready"),
                Some(_) => (Status::Blocked, "missing"),
                None => (Status::Todo, "ask"),
            }
        };
        let title = cx.t("preapproval.industry.title", &args);
        let detail = cx.t(&format!("preapproval.industry.{key}"), &args);
        let fix = if status == Status::Done {
            String::new()
        } else {
            cx.t(&format!("preapproval.industry.{key}.fix"), &args)
        };
        cx.push(
            Section::Preapproval,
            format!("preapproval.{id}"),
            status,
            &ind.provenance,
            title,
            detail,
            fix,
        );
    }
}

/// Whether an industry's approval is checked here: not abolished (or still required in this
/// province), and backed by a source that may block.
pub(crate) fn approval_needed(
    ind: &crate::knowledge::Industry,
    province: Option<crate::session::ProvinceSlug>,
) -> bool {
    let still_required = province.is_some_and(|p| ind.still_required_in.contains(&p));
    (still_required || !ind.abolished) && ind.provenance.confidence.may_block()
}

//! The kind of filing (首次备案, 新增网站, 新增接入) and the ICP numbers an existing entity and its
//! websites already carry. Items `filing.*` belong to the regulations section (asked first);
//! a website's own number is `website.<label>.icp-number` in the domain section.

use super::checklist::Status;
use super::context::Ctx;
use crate::knowledge::{Knowledge, Section};
use crate::session::{FilingType, ProvinceSlug};
use crate::validate::icp_number::{self, IcpKind, IcpNumber, IcpProblem};
use crate::validate::{Explain, MessageArgs};

pub(crate) fn check(cx: &mut Ctx) {
    let filing = cx.session.filing.clone().unwrap_or_default();
    let kind = match filing.kind {
        None => {
            cx.item(
                "filing.type",
                Status::Info,
                "filing.type.assumed",
                "filing.type.assumed.fix",
                &[],
            );
            FilingType::FirstFiling
        }
        Some(kind) => {
            let args = [("type", cx.t(&format!("filing.type.{kind}"), &[]))];
            cx.item("filing.type", Status::Done, "filing.type.done", "", &args);
            kind
        }
    };
    match kind {
        FilingType::FirstFiling => {
            cx.item(
                "filing.not-reachable",
                Status::Info,
                "filing.not-reachable.detail",
                "filing.not-reachable.fix",
                &[],
            );
        }
        FilingType::NewWebsite | FilingType::NewAccess => {
            entity_number(cx, filing.entity_icp_number.as_deref());
            cx.item(
                "filing.filed-sites-open",
                Status::Info,
                "filing.filed-sites-open.detail",
                "filing.filed-sites-open.fix",
                &[],
            );
        }
    }
    cx.item(
        "filing.domains-verified",
        Status::Info,
        &format!("filing.domains-verified.{kind}"),
        "",
        &[],
    );
}

/// Why a typed ICP number does not fit this filing.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum IcpIssue {
    /// Not an ICP filing number of the expected kind.
    Form(IcpProblem),
    /// The entity's number was issued in another province than the one filed in.
    OtherProvince {
        number: IcpNumber,
        filing: ProvinceSlug,
    },
    /// A site's number that is not under the entity's number.
    OtherEntity { number: IcpNumber, entity: String },
}

/// The entity's existing number against the filing province: the one check the checklist and
/// the wizard's inline check make.
pub(crate) fn entity_number_check(
    k: &Knowledge,
    province: Option<ProvinceSlug>,
    typed: &str,
) -> Result<IcpNumber, IcpIssue> {
    let number =
        icp_number::validate(typed, &k.icp_prefixes(), IcpKind::Entity).map_err(IcpIssue::Form)?;
    match province {
        Some(filing) if filing != number.province => {
            Err(IcpIssue::OtherProvince { number, filing })
        }
        _ => Ok(number),
    }
}

/// A website's existing number against the entity's (when that one reads).
pub(crate) fn site_number_check(
    k: &Knowledge,
    entity_typed: Option<&str>,
    typed: &str,
) -> Result<IcpNumber, IcpIssue> {
    let prefixes = k.icp_prefixes();
    let number = icp_number::validate(typed, &prefixes, IcpKind::Site).map_err(IcpIssue::Form)?;
    let entity =
        entity_typed.and_then(|t| icp_number::validate(t, &prefixes, IcpKind::Entity).ok());
    match entity {
        Some(e) if e.entity != number.entity => Err(IcpIssue::OtherEntity {
            number,
            entity: e.entity,
        }),
        _ => Ok(number),
    }
}

/// A form problem's message and fix, ready to show.
fn explain(cx: &Ctx, p: &IcpProblem) -> (String, String) {
    let (id, args): (&str, MessageArgs) = p.message();
    let args: Vec<(&str, String)> = args.into_iter().collect();
    let fix = p.fix().map(|f| cx.t(f, &args)).unwrap_or_default();
    (cx.t(id, &args), fix)
}

/// A number that is not an ICP filing number: blocked, with the validator's reason and fix.
fn invalid(cx: &mut Ctx, id: String, rule: &str, args: &[(&str, String)], fix: String) {
    let provenance = cx.rule(rule);
    let title = cx.t(&format!("{rule}.title"), args);
    let detail = cx.t("filing.icp-number.invalid", args);
    let section =
        cx.k.rule(rule)
            .map(|r| r.section)
            .unwrap_or(Section::Regulations);
    cx.push(
        section,
        id,
        Status::Blocked,
        &provenance,
        title,
        detail,
        fix,
    );
}

fn entity_number(cx: &mut Ctx, typed: Option<&str>) {
    let id = "filing.entity-icp-number";
    let Some(typed) = typed.map(str::trim).filter(|t| !t.is_empty()) else {
        return cx.item(
            id,
            Status::Todo,
            "filing.entity-icp-number.ask",
            "filing.entity-icp-number.ask.fix",
            &[],
        );
    };
    match entity_number_check(cx.k, cx.province(), typed) {
        Err(IcpIssue::Form(p)) => {
            let (why, fix) = explain(cx, &p);
            let args = [("number", typed.to_string()), ("why", why)];
            invalid(cx, id.to_string(), id, &args, fix)
        }
        Err(IcpIssue::OtherProvince { number, filing }) => {
            let args = [
                ("number", number.number.clone()),
                ("issued", cx.province_name(number.province)),
                ("province", cx.province_name(filing)),
            ];
            cx.item(
                id,
                Status::Blocked,
                "filing.entity-icp-number.province",
                "filing.entity-icp-number.province.fix",
                &args,
            );
        }
        Err(IcpIssue::OtherEntity { .. }) => {}
        Ok(number) => {
            let args = [
                ("number", number.number.clone()),
                ("issued", cx.province_name(number.province)),
            ];
            cx.item(id, Status::Done, "filing.entity-icp-number.done", "", &args);
        }
    }
}

/// New access: every website names its existing number, which belongs to the entity's.
pub(crate) fn site_numbers(cx: &mut Ctx) {
    let filing = cx.session.filing.clone().unwrap_or_default();
    if filing.kind != Some(FilingType::NewAccess) {
        return;
    }
    for site in super::websites::sites(cx) {
        let id = format!("website.{}.icp-number", site.label);
        let args = vec![("site", site.display.clone())];
        let Some(typed) = site
            .icp_number
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
        else {
            cx.item_as(
                id,
                "website.icp-number",
                Status::Todo,
                "website.icp-number.ask",
                "website.icp-number.ask.fix",
                &args,
            );
            continue;
        };
        let mut args = args;
        args.push(("number", typed.to_string()));
        match site_number_check(cx.k, filing.entity_icp_number.as_deref(), typed) {
            Err(IcpIssue::Form(p)) => {
                let (why, fix) = explain(cx, &p);
                args.push(("why", why));
                invalid(cx, id, "website.icp-number", &args, fix);
            }
            Err(IcpIssue::OtherEntity { entity, .. }) => {
                args.push(("entity", entity));
                cx.item_as(
                    id,
                    "website.icp-number",
                    Status::Blocked,
                    "website.icp-number.other-entity",
                    "website.icp-number.other-entity.fix",
                    &args,
                );
            }
            Err(IcpIssue::OtherProvince { .. }) => {}
            Ok(n) => {
                args[1].1 = n.number;
                cx.item_as(
                    id,
                    "website.icp-number",
                    Status::Done,
                    "website.icp-number.done",
                    "",
                    &args,
                );
            }
        }
    }
}

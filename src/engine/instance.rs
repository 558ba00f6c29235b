//! Section "instance": the Alibaba Cloud product that gives the service identification number,
//! judged by the product's own terms (DESIGN.md §2 "Instance terms").

use std::collections::HashSet;

use super::checklist::Status;
use super::context::Ctx;
use crate::knowledge::{Product, QuotaScope, TermBasis};
use crate::session::{Billing, Instance};
use crate::validate::dates;

pub(crate) fn check(cx: &mut Ctx) {
    let inst = cx.session.instance.clone().unwrap_or_default();
    let Some(id) = inst.product else {
        // the products are data: the fix lists what the product table holds
        let names: Vec<String> =
            cx.k.products
                .iter()
                .map(|p| crate::knowledge::pick(cx.lang, &p.en, Some(&p.zh)).to_string())
                .collect();
        return cx.item(
            "instance.product",
            Status::Todo,
            "instance.product.ask",
            "instance.product.ask.fix",
            &[("products", cx.list(&names))],
        );
    };
    let Some(product) = cx.k.product(id).cloned() else {
        return;
    };
    let mut args = vec![
        ("product", cx.name(&product.en, &product.zh)),
        ("min", product.min_months.to_string()),
        ("quota", product.quota.to_string()),
        ("url", product.purchase_url.clone()),
    ];
    cx.item(
        "instance.product",
        Status::Done,
        "instance.product.done",
        "",
        &args,
    );
    if product.requires_mainland {
        cx.yes_no(
            "instance.region".into(),
            "instance.region",
            inst.region_mainland,
            Status::Blocked,
            &args,
        );
    }
    match inst.billing {
        None => cx.item(
            "instance.billing",
            Status::Todo,
            "instance.billing.ask",
            "instance.billing.ask.fix",
            &args,
        ),
        Some(Billing::PayAsYouGo) => cx.item(
            "instance.billing",
            Status::Blocked,
            "instance.billing.payg",
            "instance.billing.payg.fix",
            &args,
        ),
        Some(Billing::Subscription) => cx.item(
            "instance.billing",
            Status::Done,
            "instance.billing.done",
            "",
            &args,
        ),
    }
    if term_checked(&inst) {
        term(cx, &product, &inst, &mut args);
    }
    if product.requires_public_bandwidth {
        cx.yes_no(
            "instance.public-bandwidth".into(),
            "instance.public-bandwidth",
            inst.public_bandwidth,
            Status::Blocked,
            &args,
        );
    }
    if let Some(min) = product.min_order_rmb {
        order_amount(cx, min, inst.order_amount_rmb, &mut args);
    }
    quota(cx, &product, inst.service_numbers_used, &mut args);
}

fn term(cx: &mut Ctx, product: &Product, inst: &Instance, args: &mut Vec<(&'static str, String)>) {
    let min = i64::from(product.min_months);
    match product.term_basis {
        TermBasis::Remaining => {
            let Some(expires) = inst.expires_on else {
                return cx.item(
                    "instance.remaining-term",
                    Status::Todo,
                    "instance.remaining-term.ask",
                    "instance.remaining-term.ask.fix",
                    args,
                );
            };
            let months = dates::full_months_between(cx.today, expires);
            args.push(("expires", crate::messages::date(cx.lang, expires)));
            args.push(("months", months.max(0).to_string()));
            let (status, key) = if expires < cx.today {
                (Status::Blocked, "expired")
            } else if months < min {
                (Status::Blocked, "short")
            } else {
                (Status::Done, "done")
            };
            let fix = if status == Status::Done {
                ""
            } else {
                "instance.remaining-term.short.fix"
            };
            cx.item(
                "instance.remaining-term",
                status,
                &format!("instance.remaining-term.{key}"),
                fix,
                args,
            );
        }
        TermBasis::Bought | TermBasis::FirstOrder => {
            let first = product.term_basis == TermBasis::FirstOrder;
            match inst.subscription_months {
                None => cx.item(
                    "instance.term",
                    Status::Todo,
                    "instance.term.ask",
                    "instance.term.ask.fix",
                    args,
                ),
                Some(m) => {
                    args.push(("bought", m.to_string()));
                    let short = i64::from(m) < min;
                    let (status, detail) = match (short, first) {
                        (false, _) => (Status::Done, "instance.term.done"),
                        (true, false) => (Status::Blocked, "instance.term.short"),
                        (true, true) => (Status::Blocked, "instance.term.first-order-short"),
                    };
                    let fix = if short { "instance.term.short.fix" } else { "" };
                    cx.item("instance.term", status, detail, fix, args);
                }
            }
            expiry(cx, inst, min, args);
        }
    }
}

/// Products judged on the term bought: an end date already past blocks; a short remainder is
/// advice to renew.
fn expiry(cx: &mut Ctx, inst: &Instance, min: i64, args: &mut Vec<(&'static str, String)>) {
    let Some(expires) = inst.expires_on else {
        return cx.item(
            "instance.expiry",
            Status::Todo,
            "instance.expiry.ask",
            "instance.expiry.ask.fix",
            args,
        );
    };
    let months = dates::full_months_between(cx.today, expires);
    args.push(("expires", crate::messages::date(cx.lang, expires)));
    args.push(("months", months.max(0).to_string()));
    if expires < cx.today {
        cx.item(
            "instance.expiry",
            Status::Blocked,
            "instance.expiry.expired",
            "instance.expiry.expired.fix",
            args,
        );
    } else if months < min {
        cx.item(
            "instance.expiry",
            Status::Info,
            "instance.expiry.soon",
            "instance.expiry.soon.fix",
            args,
        );
    } else {
        cx.item(
            "instance.expiry",
            Status::Done,
            "instance.expiry.done",
            "",
            args,
        );
    }
}

fn order_amount(
    cx: &mut Ctx,
    min: f64,
    amount: Option<f64>,
    args: &mut Vec<(&'static str, String)>,
) {
    args.push(("min_rmb", format_rmb(min)));
    match amount {
        None => cx.item(
            "instance.order-amount",
            Status::Todo,
            "instance.order-amount.ask",
            "instance.order-amount.ask.fix",
            args,
        ),
        Some(a) => {
            args.push(("amount", format_rmb(a)));
            if a < min {
                cx.item(
                    "instance.order-amount",
                    Status::Blocked,
                    "instance.order-amount.short",
                    "instance.order-amount.short.fix",
                    args,
                );
            } else {
                cx.item(
                    "instance.order-amount",
                    Status::Done,
                    "instance.order-amount.done",
                    "",
                    args,
                );
            }
        }
    }
}

fn format_rmb(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.2}")
    }
}

/// Websites in this filing: domains with the same `website` label are one website; a domain
/// without a label is a website of its own. At least one website is being filed.
pub(crate) fn websites(cx: &Ctx) -> usize {
    let mut labels = HashSet::new();
    let mut unlabelled = 0;
    for d in &cx.domains {
        match d.entry.website.as_deref().map(str::trim) {
            Some(l) if !l.is_empty() => {
                labels.insert(l.to_string());
            }
            _ => unlabelled += 1,
        }
    }
    (labels.len() + unlabelled).max(1)
}

fn quota(
    cx: &mut Ctx,
    product: &Product,
    used: Option<u32>,
    args: &mut Vec<(&'static str, String)>,
) {
    let scope = match product.quota_scope {
        QuotaScope::Instance => "instance.quota.per-instance",
        QuotaScope::Account => "instance.quota.per-account",
    };
    args.push(("scope", cx.t(scope, &[])));
    let Some(used) = used else {
        return cx.item(
            "instance.quota",
            Status::Todo,
            "instance.quota.ask",
            "instance.quota.ask.fix",
            args,
        );
    };
    let left = product.quota.saturating_sub(used);
    let sites = websites(cx);
    args.push(("used", used.to_string()));
    args.push(("left", left.to_string()));
    args.push(("sites", sites.to_string()));
    if sites as u64 > u64::from(left) {
        cx.item(
            "instance.quota",
            Status::Blocked,
            "instance.quota.exceeded",
            "instance.quota.exceeded.fix",
            args,
        );
    } else {
        cx.item(
            "instance.quota",
            Status::Done,
            "instance.quota.done",
            "",
            args,
        );
    }
}

/// Pay-as-you-go ignores the term fields: the product cannot be used as it is anyway.
pub(crate) fn term_checked(inst: &Instance) -> bool {
    inst.billing != Some(Billing::PayAsYouGo)
}

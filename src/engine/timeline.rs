//! The dates that matter for a filing, for the calendar export: when a domain's real-name data
//! reaches the bureau, the SMS check, the bureau's review and the public-security filing planned
//! from the earliest day the order can be submitted, and the expiries of the instance, the
//! domains and the identity documents with the day their minimum term is crossed. The numbers
//! come from the rule data (thresholds, product minimums, province minimums); like `evaluate`,
//! this is pure: `today` is a parameter.

use chrono::{Days, Months, NaiveDate};

use super::context::Ctx;
use crate::knowledge::{Knowledge, Provenance, ProvinceRuleKind, TermBasis};
use crate::session::{Answer, Billing, Language, MaterialId, Session};
use crate::validate::dates;

/// A task with a due date (iCalendar VTODO) or a day to mark (VEVENT).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MilestoneKind {
    Task,
    Event,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Milestone {
    /// Stable across exports of the same session: the calendar's UID is made from it.
    pub id: String,
    pub kind: MilestoneKind,
    /// When the task can start, or the event's first day.
    pub start: NaiveDate,
    /// When the task is due, or the event's last day (inclusive).
    pub end: NaiveDate,
    /// The day to be reminded on: before the minimum-term line of an expiry is crossed.
    pub remind_on: Option<NaiveDate>,
    pub title: String,
    /// Why the date matters, in the session's language.
    pub detail: String,
    pub source: String,
    pub last_verified: NaiveDate,
}

/// How long before a minimum-term line the reminder comes: time to renew or replace. A choice
/// of this program (a planning margin), not a rule of the bureau.
pub const REMINDER_DAYS: u64 = 14;

/// The last day on which at least `months` full calendar months remain until `end` (the day
/// after it, the engine's term check fails).
pub fn last_day_with_months(end: NaiveDate, months: u32) -> NaiveDate {
    let need = i64::from(months);
    let mut day = end
        .checked_sub_months(Months::new(months))
        .unwrap_or(NaiveDate::MIN);
    // Month-end clamping can land a day or two off the line: step onto it.
    while let Some(next) = day.succ_opt()
        && dates::full_months_between(next, end) >= need
    {
        day = next;
    }
    while let Some(prev) = day.pred_opt()
        && dates::full_months_between(day, end) < need
    {
        day = prev;
    }
    day
}

fn minus_days(date: NaiveDate, n: u64) -> NaiveDate {
    date.checked_sub_days(Days::new(n))
        .unwrap_or(NaiveDate::MIN)
}

fn plus_days(date: NaiveDate, n: u64) -> NaiveDate {
    date.checked_add_days(Days::new(n))
        .unwrap_or(NaiveDate::MAX)
}

fn threshold(k: &Knowledge, rule: &str) -> u32 {
    k.rule(rule).and_then(|r| r.threshold).unwrap_or(0)
}

struct Builder<'c, 'a> {
    cx: &'c Ctx<'a>,
    out: Vec<Milestone>,
}

impl Builder<'_, '_> {
    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        id: String,
        kind: MilestoneKind,
        (start, end): (NaiveDate, NaiveDate),
        remind_on: Option<NaiveDate>,
        title: String,
        detail: String,
        provenance: &Provenance,
    ) {
        self.out.push(Milestone {
            id,
            kind,
            start,
            end,
            remind_on,
            title,
            detail,
            source: provenance.source.clone(),
            last_verified: provenance.last_verified,
        });
    }

    fn date(&self, d: NaiveDate) -> String {
        crate::messages::date(self.cx.lang, d)
    }
}

/// The milestones of a session, in the order of the filing: real-name delays, the steps after
/// submitting, then the expiries.
pub fn timeline(
    session: &Session,
    k: &Knowledge,
    today: NaiveDate,
    lang: Language,
) -> Vec<Milestone> {
    let cx = Ctx::new(session, k, today, lang);
    let mut b = Builder {
        cx: &cx,
        out: Vec::new(),
    };
    let submit = real_name(&mut b);
    after_submitting(&mut b, submit);
    instance(&mut b);
    domains(&mut b);
    documents(&mut b);
    b.out
}

/// Each verified domain's real-name data reaching the bureau; returns the first day the order
/// can go in (today, or later when a domain's data is still on its way).
fn real_name(b: &mut Builder) -> NaiveDate {
    let cx = b.cx;
    let days = threshold(cx.k, "domain.real-name-delay");
    let provenance = cx.rule("domain.real-name-delay");
    let mut submit = cx.today;
    for d in &cx.domains {
        let (Some(Answer::Yes), Some(on)) =
            (d.entry.real_name_verified, d.entry.real_name_verified_on)
        else {
            continue;
        };
        let from = dates::add_working_days(on, days);
        submit = submit.max(from);
        let args = [
            ("domain", d.display()),
            ("verified", b.date(on)),
            ("days", days.to_string()),
            ("from", b.date(from)),
        ];
        b.push(
            format!("domain.{}.real-name", d.key()),
            MilestoneKind::Task,
            (on, from),
            None,
            cx.t("timeline.real-name.title", &args),
            cx.t("timeline.real-name.detail", &args),
            &provenance,
        );
    }
    submit
}

fn after_submitting(b: &mut Builder, submit: NaiveDate) {
    let cx = b.cx;
    let hours = threshold(cx.k, "regulations.sms-check");
    let review = threshold(cx.k, "regulations.bureau-review");
    let public = threshold(cx.k, "regulations.public-security");
    let sms_due = plus_days(submit, u64::from(hours.div_ceil(24)).max(1));
    let decided = dates::add_working_days(submit, review);
    let public_due = plus_days(decided, u64::from(public));
    let args = [
        ("submit", b.date(submit)),
        ("hours", hours.to_string()),
        ("days", review.to_string()),
        ("until", b.date(decided)),
        ("approved", b.date(decided)),
        ("public", public.to_string()),
    ];
    b.push(
        "filing.sms-check".into(),
        MilestoneKind::Task,
        (submit, sms_due),
        None,
        cx.t("timeline.sms.title", &args),
        cx.t("timeline.sms.detail", &args),
        &cx.rule("regulations.sms-check"),
    );
    b.push(
        "filing.bureau-review".into(),
        MilestoneKind::Event,
        (submit, decided),
        None,
        cx.t("timeline.review.title", &args),
        cx.t("timeline.review.detail", &args),
        &cx.rule("regulations.bureau-review"),
    );
    b.push(
        "filing.public-security".into(),
        MilestoneKind::Task,
        (decided, public_due),
        None,
        cx.t("timeline.public-security.title", &args),
        cx.t("timeline.public-security.detail", &args),
        &cx.rule("regulations.public-security"),
    );
}

/// An expiry on `expires` whose minimum-term line is `line`: an event on the expiry day, with a
/// reminder `REMINDER_DAYS` before the line.
#[allow(clippy::too_many_arguments)]
fn expiry(
    b: &mut Builder,
    id: String,
    expires: NaiveDate,
    line: NaiveDate,
    title: String,
    detail: String,
    provenance: &Provenance,
) {
    let remind = minus_days(line, REMINDER_DAYS);
    b.push(
        id,
        MilestoneKind::Event,
        (expires, expires),
        Some(remind),
        title,
        detail,
        provenance,
    );
}

fn instance(b: &mut Builder) {
    let cx = b.cx;
    let Some(inst) = cx.session.instance.as_ref() else {
        return;
    };
    let (Some(id), Some(expires)) = (inst.product, inst.expires_on) else {
        return;
    };
    if inst.billing == Some(Billing::PayAsYouGo) {
        return;
    }
    let Some(product) = cx.k.product(id) else {
        return;
    };
    let line = last_day_with_months(expires, product.min_months);
    let rule = match product.term_basis {
        TermBasis::Remaining => "instance.remaining-term",
        TermBasis::Bought | TermBasis::FirstOrder => "instance.expiry",
    };
    let args = [
        ("product", cx.name(&product.en, &product.zh)),
        ("expires", b.date(expires)),
        ("line", b.date(line)),
        (
            "need",
            cx.t(
                "timeline.need.months",
                &[("n", product.min_months.to_string())],
            ),
        ),
    ];
    expiry(
        b,
        "instance.expiry".into(),
        expires,
        line,
        cx.t("timeline.instance.title", &args),
        cx.t("timeline.instance.detail", &args),
        &cx.rule(rule),
    );
}

fn domains(b: &mut Builder) {
    let cx = b.cx;
    let province = cx.enforced(|k| matches!(k, ProvinceRuleKind::DomainMinValidity { .. }));
    for d in &cx.domains {
        let Some(expires) = d.entry.expires_on else {
            continue;
        };
        // The province's minimum where it may block, else the general advice (domain.expiry).
        let (line, need, provenance) = match province.map(|r| (&r.kind, r)) {
            Some((
                ProvinceRuleKind::DomainMinValidity {
                    months: Some(m), ..
                },
                r,
            )) => (
                last_day_with_months(expires, *m),
                cx.t("timeline.need.months", &[("n", m.to_string())]),
                r.provenance.clone(),
            ),
            Some((ProvinceRuleKind::DomainMinValidity { days: Some(n), .. }, r)) => (
                // The engine wants more than `n` days left.
                minus_days(expires, u64::from(*n) + 1),
                cx.t("timeline.need.days", &[("n", n.to_string())]),
                r.provenance.clone(),
            ),
            _ => {
                let m = threshold(cx.k, "domain.expiry");
                (
                    last_day_with_months(expires, m),
                    cx.t("timeline.need.months", &[("n", m.to_string())]),
                    cx.rule("domain.expiry"),
                )
            }
        };
        let args = [
            ("domain", d.display()),
            ("expires", b.date(expires)),
            ("line", b.date(line)),
            ("need", need),
        ];
        expiry(
            b,
            format!("domain.{}.expiry", d.key()),
            expires,
            line,
            cx.t("timeline.domain.title", &args),
            cx.t("timeline.domain.detail", &args),
            &provenance,
        );
    }
}

fn documents(b: &mut Builder) {
    let cx = b.cx;
    let m = &cx.materials;
    let people = [
        (
            MaterialId::EntityCertificate,
            m.entity_certificate.as_ref().and_then(|c| c.valid_until),
        ),
        (
            MaterialId::LeaderCertificate,
            m.leader.as_ref().and_then(|p| p.valid_until),
        ),
        (
            MaterialId::AdminCertificate,
            m.admin.as_ref().and_then(|p| p.valid_until),
        ),
    ];
    let province = cx.enforced(|k| matches!(k, ProvinceRuleKind::DocumentMinValidity { .. }));
    for (id, until) in people {
        let Some(until) = until else { continue };
        let Some(material) = cx.k.material(id) else {
            continue;
        };
        let document = cx.name(&material.en, &material.zh);
        let (line, detail, provenance) = match province.map(|r| (&r.kind, r)) {
            Some((ProvinceRuleKind::DocumentMinValidity { months }, r)) => {
                let line = last_day_with_months(until, *months);
                let need = cx.t("timeline.need.months", &[("n", months.to_string())]);
                let args = [
                    ("document", document.clone()),
                    ("until", b.date(until)),
                    ("line", b.date(line)),
                    ("need", need),
                ];
                (
                    line,
                    cx.t("timeline.document.detail-min", &args),
                    r.provenance.clone(),
                )
            }
            _ => {
                let args = [("document", document.clone()), ("until", b.date(until))];
                (
                    until,
                    cx.t("timeline.document.detail", &args),
                    cx.rule("materials.validity"),
                )
            }
        };
        let title = cx.t("timeline.document.title", &[("document", document)]);
        expiry(
            b,
            format!("materials.{}.expiry", id.as_str()),
            until,
            line,
            title,
            detail,
            &provenance,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn the_line_is_the_last_day_with_the_full_months_left() {
        for (end, months) in [
            (d(2027, 5, 31), 3),
            (d(2027, 3, 30), 1),
            (d(2027, 3, 28), 1),
            (d(2028, 5, 29), 3),
            (d(2027, 11, 20), 6),
            (d(2027, 1, 1), 12),
        ] {
            let line = last_day_with_months(end, months);
            let m = i64::from(months);
            assert!(dates::full_months_between(line, end) >= m, "{end} {months}");
            let next = line.succ_opt().unwrap();
            assert!(dates::full_months_between(next, end) < m, "{end} {months}");
        }
    }
}

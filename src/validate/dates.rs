//! Calendar arithmetic for the rules: subscription terms in calendar months, real-name
//! verification delays in working days, and ages.
//!
//! Everything saturates at chrono's date range instead of panicking: the inputs come from
//! people, and a year 262143 is an input problem for someone else to report, not a crash.

use chrono::{Datelike, Months, NaiveDate, Weekday};

/// `date` plus `n` calendar months; a day that does not exist in the target month is clamped
/// to its last day (Jan 31 + 1 month = Feb 28, or Feb 29 in a leap year).
pub fn add_months(date: NaiveDate, n: u32) -> NaiveDate {
    date.checked_add_months(Months::new(n))
        .unwrap_or(NaiveDate::MAX)
}

/// The number of full calendar months from `from` to `to`: the largest `n ≥ 0` with
/// `add_months(from, n) <= to`.
///
/// When `to` is before `from` the result is negative: `-(1 + full_months_between(to, from))`,
/// so one day before gives `-1`. Callers read `< 0` as "already past".
pub fn full_months_between(from: NaiveDate, to: NaiveDate) -> i64 {
    if to < from {
        return -1 - full_months_between(to, from);
    }
    let estimate =
        i64::from(to.year() - from.year()) * 12 + i64::from(to.month()) - i64::from(from.month());
    // `estimate` lands in `to`'s month, so it is at most one too many (when the day of month
    // has not been reached yet); the month before is always ≤ `to`.
    let reaches = u32::try_from(estimate)
        .map(|n| add_months(from, n) <= to)
        .unwrap_or(false);
    if reaches { estimate } else { estimate - 1 }
}

fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

fn add_days(date: NaiveDate, days: u64) -> NaiveDate {
    date.checked_add_days(chrono::Days::new(days))
        .unwrap_or(NaiveDate::MAX)
}

/// `date` plus `n` working days, where a working day is Monday to Friday.
///
/// Public holidays (and the make-up working weekends China schedules around them) are out of
/// scope: they change every year and need a dated calendar, so results around Spring Festival
/// or National Day can be early. Starting on a weekend, the first working day is the Monday.
/// `n = 0` returns `date` unchanged.
pub fn add_working_days(date: NaiveDate, n: u32) -> NaiveDate {
    if n == 0 {
        return date;
    }
    // From a weekend, counting forward gives the same days as from the Friday before it, and
    // from a weekday every 5 working days is exactly one week.
    let start = match date.weekday() {
        Weekday::Sat => date.pred_opt().unwrap_or(date),
        Weekday::Sun => date.pred_opt().and_then(|d| d.pred_opt()).unwrap_or(date),
        _ => date,
    };
    let weeks = u64::from(n / 5);
    let mut day = add_days(start, weeks * 7);
    let mut left = n % 5;
    while left > 0 && day < NaiveDate::MAX {
        day = add_days(day, 1);
        if !is_weekend(day) {
            left -= 1;
        }
    }
    day
}

/// The number of working days (Monday to Friday) in `(from, to]`: the days after `from` up to
/// and including `to`. So `working_days_between(d, add_working_days(d, n)) == n`.
/// Negative when `to` is before `from`. Public holidays are not counted specially (see
/// [`add_working_days`]).
pub fn working_days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    if to < from {
        return -working_days_between(to, from);
    }
    let days = (to - from).num_days();
    let mut count = days / 7 * 5;
    let mut day = add_days(from, (days / 7 * 7).unsigned_abs());
    while day < to {
        day = add_days(day, 1);
        if !is_weekend(day) {
            count += 1;
        }
    }
    count
}

/// Age in completed years on `today`; 0 if `today` is before `birth`.
///
/// Someone born on 29 February turns a year older on 1 March in common years.
pub fn age_on(birth: NaiveDate, today: NaiveDate) -> u32 {
    if today < birth {
        return 0;
    }
    let mut years = today.year() - birth.year();
    if (today.month(), today.day()) < (birth.month(), birth.day()) {
        years -= 1;
    }
    u32::try_from(years).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn add_months_clamps_to_month_end() {
        assert_eq!(add_months(d(2027, 1, 31), 1), d(2027, 2, 28));
        assert_eq!(add_months(d(2028, 1, 31), 1), d(2028, 2, 29));
        assert_eq!(add_months(d(2026, 8, 31), 1), d(2026, 9, 30));
        assert_eq!(add_months(d(2026, 11, 28), 3), d(2027, 2, 28));
        assert_eq!(add_months(d(2026, 11, 28), 0), d(2026, 11, 28));
        assert_eq!(add_months(d(2028, 2, 29), 12), d(2029, 2, 28));
        assert_eq!(add_months(d(2028, 2, 29), 48), d(2032, 2, 29));
    }

    #[test]
    fn add_months_saturates_instead_of_panicking() {
        assert_eq!(add_months(NaiveDate::MAX, 1), NaiveDate::MAX);
    }

    #[test]
    fn full_months_required_examples() {
        assert_eq!(full_months_between(d(2026, 11, 28), d(2027, 2, 28)), 3);
        assert_eq!(full_months_between(d(2026, 11, 28), d(2027, 2, 27)), 2);
        assert_eq!(full_months_between(d(2026, 11, 28), d(2026, 11, 28)), 0);
        assert_eq!(full_months_between(d(2027, 1, 31), d(2027, 2, 28)), 1);
    }

    #[test]
    fn full_months_at_boundaries() {
        assert_eq!(full_months_between(d(2027, 1, 31), d(2027, 2, 27)), 0);
        assert_eq!(full_months_between(d(2028, 1, 31), d(2028, 2, 28)), 0);
        assert_eq!(full_months_between(d(2028, 1, 31), d(2028, 2, 29)), 1);
        assert_eq!(full_months_between(d(2026, 12, 1), d(2026, 12, 20)), 0);
        assert_eq!(full_months_between(d(2026, 11, 28), d(2027, 11, 28)), 12);
        assert_eq!(full_months_between(d(2026, 11, 28), d(2027, 11, 27)), 11);
    }

    #[test]
    fn full_months_negative_when_already_past() {
        assert_eq!(full_months_between(d(2026, 11, 28), d(2026, 11, 27)), -1);
        assert_eq!(full_months_between(d(2026, 11, 28), d(2026, 10, 28)), -2);
        assert_eq!(full_months_between(d(2026, 11, 28), d(2026, 10, 29)), -1);
    }

    #[test]
    fn working_days_skip_weekends() {
        // 2026-11-27 is a Friday.
        let friday = d(2026, 11, 27);
        assert_eq!(friday.weekday(), Weekday::Fri);
        assert_eq!(add_working_days(friday, 1), d(2026, 11, 30));
        assert_eq!(add_working_days(friday, 3), d(2026, 12, 2));
        assert_eq!(add_working_days(friday, 5), d(2026, 12, 4));
        assert_eq!(add_working_days(friday, 0), friday);
        assert_eq!(add_working_days(d(2026, 11, 28), 1), d(2026, 11, 30));
        assert_eq!(add_working_days(d(2026, 11, 29), 5), d(2026, 12, 4));
        assert_eq!(add_working_days(d(2026, 11, 23), 4), d(2026, 11, 27));
        assert_eq!(add_working_days(d(2026, 11, 23), 10), d(2026, 12, 7));
    }

    #[test]
    fn working_days_between_counts_days_after_from() {
        let friday = d(2026, 11, 27);
        assert_eq!(working_days_between(friday, friday), 0);
        assert_eq!(working_days_between(friday, d(2026, 11, 29)), 0);
        assert_eq!(working_days_between(friday, d(2026, 11, 30)), 1);
        assert_eq!(working_days_between(friday, d(2026, 12, 2)), 3);
        assert_eq!(working_days_between(d(2026, 12, 2), friday), -3);
        assert_eq!(working_days_between(d(2026, 11, 2), d(2026, 11, 30)), 20);
    }

    #[test]
    fn age_counts_completed_years() {
        assert_eq!(age_on(d(1990, 6, 15), d(2026, 6, 14)), 35);
        assert_eq!(age_on(d(1990, 6, 15), d(2026, 6, 15)), 36);
        assert_eq!(age_on(d(2008, 2, 29), d(2026, 2, 28)), 17);
        assert_eq!(age_on(d(2008, 2, 29), d(2026, 3, 1)), 18);
        assert_eq!(age_on(d(2008, 2, 29), d(2028, 2, 29)), 20);
        assert_eq!(age_on(d(2030, 1, 1), d(2026, 1, 1)), 0);
    }

    fn any_date() -> impl Strategy<Value = NaiveDate> {
        (0i64..60_000).prop_map(|n| d(1950, 1, 1) + chrono::Duration::days(n))
    }

    proptest! {
        #[test]
        fn full_months_is_the_largest_n(from in any_date(), to in any_date()) {
            let n = full_months_between(from, to);
            if to < from {
                prop_assert!(n < 0);
            } else {
                let n = u32::try_from(n).unwrap();
                prop_assert!(add_months(from, n) <= to);
                prop_assert!(add_months(from, n + 1) > to);
            }
        }

        #[test]
        fn working_days_round_trip(from in any_date(), n in 0u32..400) {
            let to = add_working_days(from, n);
            prop_assert!(to >= from);
            prop_assert!(n == 0 || !is_weekend(to));
            prop_assert_eq!(working_days_between(from, to), i64::from(n));
        }

        #[test]
        fn working_days_match_day_by_day_count(from in any_date(), n in 0u32..40) {
            let mut day = from;
            for _ in 0..n {
                day = day.succ_opt().unwrap();
                while is_weekend(day) {
                    day = day.succ_opt().unwrap();
                }
            }
            prop_assert_eq!(add_working_days(from, n), day);
        }
    }
}

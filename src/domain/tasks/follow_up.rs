//! When to get back to someone: stay-in-touch intervals, birthdays and reorders.

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};

/// Days after a customer's last order until the reorder reminder, unless the contact
/// sets its own.
pub const DEFAULT_REORDER_DAYS: u16 = 30;

/// "Stay in touch every N days": due N days after the last logged interaction of any
/// kind, or after the contact was added when nothing is logged yet.
pub fn stay_in_touch_due(
    every_days: u16,
    last_interaction: Option<DateTime<Utc>>,
    added: DateTime<Utc>,
) -> DateTime<Utc> {
    last_interaction.unwrap_or(added) + Duration::days(i64::from(every_days))
}

/// The next birthday on or after `today`. People born on 29 February celebrate on
/// 28 February in other years.
pub fn next_birthday(birthday: NaiveDate, today: NaiveDate) -> NaiveDate {
    let in_year = |year: i32| {
        NaiveDate::from_ymd_opt(year, birthday.month(), birthday.day())
            .or_else(|| NaiveDate::from_ymd_opt(year, 2, 28))
            .expect("28 February exists every year")
    };
    let this_year = in_year(today.year());
    if this_year >= today {
        this_year
    } else {
        in_year(today.year() + 1)
    }
}

/// When a customer is due to reorder.
pub fn reorder_due(last_order: NaiveDate, after_days: Option<u16>) -> NaiveDate {
    last_order + Duration::days(i64::from(after_days.unwrap_or(DEFAULT_REORDER_DAYS)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(y: i32, m: u32, d: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, 9, 30, 0).unwrap()
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn stay_in_touch_restarts_from_the_last_interaction() {
        let added = at(2026, 1, 1);
        assert_eq!(stay_in_touch_due(30, None, added), at(2026, 1, 31));
        assert_eq!(
            stay_in_touch_due(30, Some(at(2026, 3, 10)), added),
            at(2026, 4, 9)
        );
        assert_eq!(
            stay_in_touch_due(14, Some(at(2026, 12, 25)), added),
            at(2027, 1, 8)
        );
    }

    #[test]
    fn birthdays_come_round_each_year() {
        assert_eq!(
            next_birthday(day(1980, 12, 3), day(2026, 11, 27)),
            day(2026, 12, 3)
        );
        assert_eq!(
            next_birthday(day(1980, 11, 27), day(2026, 11, 27)),
            day(2026, 11, 27),
            "today counts"
        );
        assert_eq!(
            next_birthday(day(1980, 1, 5), day(2026, 11, 27)),
            day(2027, 1, 5)
        );
        assert_eq!(
            next_birthday(day(1996, 2, 29), day(2026, 1, 10)),
            day(2026, 2, 28)
        );
        assert_eq!(
            next_birthday(day(1996, 2, 29), day(2027, 3, 1)),
            day(2028, 2, 29)
        );
    }

    #[test]
    fn reorders_fall_due_after_the_default_or_the_contact_s_own_interval() {
        assert_eq!(reorder_due(day(2026, 11, 1), None), day(2026, 12, 1));
        assert_eq!(reorder_due(day(2026, 11, 1), Some(60)), day(2026, 12, 31));
    }
}

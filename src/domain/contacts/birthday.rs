//! Birthdays whose year nobody knows. Phones store them with the year 1604 (Apple's
//! convention, which others read too: a leap year, so 29 February fits), and so does
//! Teamline; reminders only look at the day, and the year is not shown.

use chrono::{Datelike, NaiveDate};

pub const YEAR_UNKNOWN: i32 = 1604;

pub fn without_year(month: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(YEAR_UNKNOWN, month, day)
}

pub fn year_known(birthday: NaiveDate) -> bool {
    birthday.year() != YEAR_UNKNOWN
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_without_a_year_is_any_day_of_a_leap_year() {
        let leap_day = without_year(2, 29).unwrap();
        assert!(!year_known(leap_day));
        assert!(year_known(NaiveDate::from_ymd_opt(1980, 2, 29).unwrap()));
        assert_eq!(without_year(2, 30), None);
    }
}

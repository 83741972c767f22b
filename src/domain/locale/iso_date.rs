//! Dates and times in the ISO forms that date inputs and files use: `2026-11-27`,
//! `2026-11-27T09:30`, `2026-11-27T09:30:00.000Z`. Written out by hand because chrono's
//! general formatting and parsing would add about 15 KB to the compressed app.

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Utc};

pub fn format_date(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// `YYYY-MM-DD`, nothing else.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let year = number(&text[0..4])?;
    let month = number(&text[5..7])?;
    let day = number(&text[8..10])?;
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
}

/// `YYYY-MM-DDTHH:MM`, as a `datetime-local` input shows it.
pub fn format_date_time(at: NaiveDateTime) -> String {
    format!(
        "{}T{:02}:{:02}",
        format_date(at.date()),
        at.hour(),
        at.minute()
    )
}

/// `YYYY-MM-DDTHH:MM`, optionally with `:SS` as some browsers send it.
pub fn parse_date_time(text: &str) -> Option<NaiveDateTime> {
    let text = text.trim();
    let (date, time) = text.split_once('T')?;
    let date = parse_date(date)?;
    let mut parts = time.split(':');
    let hour = number(parts.next()?)?;
    let minute = number(parts.next()?)?;
    let second = match parts.next() {
        Some(s) => number(s)?,
        None => 0,
    };
    if parts.next().is_some() {
        return None;
    }
    Some(date.and_time(NaiveTime::from_hms_opt(hour, minute, second)?))
}

/// RFC 3339 in UTC with milliseconds: `2026-11-27T09:30:00.000Z`.
pub fn format_utc(at: DateTime<Utc>) -> String {
    let naive = at.naive_utc();
    format!(
        "{}:{:02}.{:03}Z",
        format_date_time(naive),
        naive.second(),
        at.timestamp_subsec_millis()
    )
}

fn number(digits: &str) -> Option<u32> {
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn dates_and_times_round_trip_and_garbage_is_refused() {
        let day = NaiveDate::from_ymd_opt(2026, 2, 28).unwrap();
        assert_eq!(format_date(day), "2026-02-28");
        assert_eq!(parse_date("2026-02-28"), Some(day));
        let at = day.and_hms_opt(9, 5, 0).unwrap();
        assert_eq!(format_date_time(at), "2026-02-28T09:05");
        assert_eq!(parse_date_time("2026-02-28T09:05"), Some(at));
        assert_eq!(parse_date_time("2026-02-28T09:05:00"), Some(at));
        for bad in [
            "",
            "2026-2-28",
            "2026-02-30",
            "28.02.2026",
            "2026-02-28T25:00",
            "2026-02-28T09",
            "+026-02-28",
        ] {
            assert_eq!(
                parse_date(bad)
                    .and(Some(()))
                    .or(parse_date_time(bad).map(|_| ())),
                None,
                "{bad}"
            );
        }
        let utc = Utc.with_ymd_and_hms(2026, 11, 27, 9, 30, 7).unwrap()
            + chrono::Duration::milliseconds(42);
        assert_eq!(format_utc(utc), "2026-11-27T09:30:07.042Z");
    }
}

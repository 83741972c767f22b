//! The current moment with the device's offset from UTC, so that "today" and "at 9
//! o'clock" mean the rep's own day while records keep UTC.

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Utc};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalClock {
    pub now: DateTime<Utc>,
    pub offset: FixedOffset,
}

impl LocalClock {
    /// `minutes_east` as JavaScript's `-Date.getTimezoneOffset()` gives it.
    pub fn new(now: DateTime<Utc>, minutes_east: i32) -> Self {
        let offset = FixedOffset::east_opt(minutes_east.clamp(-18 * 60, 18 * 60) * 60)
            .unwrap_or(FixedOffset::east_opt(0).expect("UTC is an offset"));
        LocalClock { now, offset }
    }

    pub fn utc(now: DateTime<Utc>) -> Self {
        LocalClock::new(now, 0)
    }

    pub fn today(&self) -> NaiveDate {
        self.local(self.now).date()
    }

    pub fn local(&self, at: DateTime<Utc>) -> NaiveDateTime {
        (at + self.offset_duration()).naive_utc()
    }

    /// The UTC moment of a local date and time.
    pub fn to_utc(&self, local: NaiveDateTime) -> DateTime<Utc> {
        local.and_utc() - self.offset_duration()
    }

    pub fn start_of(&self, day: NaiveDate) -> DateTime<Utc> {
        self.to_utc(day.and_time(NaiveTime::MIN))
    }

    fn offset_duration(&self) -> Duration {
        Duration::seconds(i64::from(self.offset.local_minus_utc()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn a_german_evening_is_already_tomorrow_in_utc_terms_of_the_day() {
        // 23:30 UTC on 27 November is 00:30 on 28 November in Berlin (UTC+1).
        let clock = LocalClock::new(Utc.with_ymd_and_hms(2026, 11, 27, 23, 30, 0).unwrap(), 60);
        assert_eq!(
            clock.today(),
            NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
        );
        assert_eq!(
            clock.start_of(clock.today()),
            Utc.with_ymd_and_hms(2026, 11, 27, 23, 0, 0).unwrap()
        );
        let nine = clock.today().and_hms_opt(9, 0, 0).unwrap();
        assert_eq!(clock.local(clock.to_utc(nine)), nine);
    }
}

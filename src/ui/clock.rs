//! The device's clock and time zone, and the text form of `datetime-local` inputs.

use crate::domain::local_clock::LocalClock;
use crate::domain::iso_date::{format_date_time, parse_date_time};
use chrono::{DateTime, Utc};

pub fn local_clock() -> LocalClock {
    let minutes_west = js_sys::Date::new_0().get_timezone_offset();
    LocalClock::new(Utc::now(), -(minutes_west as i32))
}

/// `2026-11-27T09:30`, as a `datetime-local` input shows it.
pub fn to_input(clock: &LocalClock, at: DateTime<Utc>) -> String {
    format_date_time(clock.local(at))
}

pub fn from_input(clock: &LocalClock, typed: &str) -> Option<DateTime<Utc>> {
    parse_date_time(typed)
        .map(|local| clock.to_utc(local))
}

/// A stored moment as the rep reads it, in their time zone and language.
pub fn show(clock: &LocalClock, lang: crate::domain::locale::Language, at: DateTime<Utc>) -> String {
    lang.format_date_time(clock.local(at))
}

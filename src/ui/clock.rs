//! The device's clock and time zone, and the text form of `datetime-local` inputs.

use crate::domain::locale::iso_date::{format_date_time, parse_date_time};
use crate::domain::locale::local_clock::LocalClock;
use chrono::{DateTime, Utc};

/// The seed "try with sample data" uses: the page's `sample-seed` parameter, which the
/// end-to-end tests set so that a failure can be reproduced, else the clock.
pub fn sample_seed() -> u64 {
    let chosen = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|search| {
            search
                .trim_start_matches('?')
                .split('&')
                .find_map(|pair| pair.strip_prefix("sample-seed=")?.parse::<u64>().ok())
        });
    chosen.unwrap_or_else(|| Utc::now().timestamp_millis() as u64)
}

pub fn local_clock() -> LocalClock {
    let minutes_west = js_sys::Date::new_0().get_timezone_offset();
    LocalClock::new(Utc::now(), -(minutes_west as i32))
}

/// `2026-11-27T09:30`, as a `datetime-local` input shows it.
pub fn to_input(clock: &LocalClock, at: DateTime<Utc>) -> String {
    format_date_time(clock.local(at))
}

pub fn from_input(clock: &LocalClock, typed: &str) -> Option<DateTime<Utc>> {
    parse_date_time(typed).map(|local| clock.to_utc(local))
}

/// A stored moment as the rep reads it, in their time zone and language.
pub fn show(
    clock: &LocalClock,
    lang: crate::domain::locale::language::Language,
    at: DateTime<Utc>,
) -> String {
    lang.format_date_time(clock.local(at))
}

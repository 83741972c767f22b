//! Events as an iCalendar file (RFC 5545) that a phone's own calendar imports and then
//! rings by itself, with no server: times in UTC, and an alarm for every event that
//! still takes place.
//!
//! Importing the file again updates the events instead of doubling them: an event's
//! `UID` is stable, and its `SEQUENCE` grows with the event's last change, which is how
//! calendars tell the newer version of an event. A cancelled event is written with
//! `STATUS:CANCELLED` and no alarm, so a calendar that imported it before drops it or at
//! least stops ringing it.
//!
//! Written by hand rather than with the `icalendar` crate (0.17): that one brings
//! `iso8601` (and with it `nom`) even without its parser, and chrono's general
//! formatting (about 15 KB compressed, see `domain/locale/iso_date.rs`), for the few
//! properties needed here. The content-line rules (escaping, folding) are
//! vCard's too, in `content_line.rs`.

use crate::io::content_line::{escape, fold_into};
use chrono::{DateTime, Datelike, Duration, Timelike, Utc};

/// The file type to hand the file over with.
pub const MIME: &str = "text/calendar";

/// One event of the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalendarEvent {
    /// The same for the same thing in every export, so a calendar recognises it.
    pub uid: String,
    pub summary: String,
    pub description: Option<String>,
    pub starts_at: DateTime<Utc>,
    pub minutes: u32,
    /// How long before the start the alarm rings.
    pub alarm_before_minutes: u32,
    pub cancelled: bool,
    /// When what the event shows last changed; gives its `SEQUENCE`.
    pub last_modified: DateTime<Utc>,
}

/// 2024-01-01T00:00:00Z, before Teamline's first record: `SEQUENCE` counts seconds from
/// here, so it stays positive and fits the 32-bit integer RFC 5545 allows until 2092.
const SEQUENCE_EPOCH: i64 = 1_704_067_200;

/// The event's revision number, higher for every later change. Counted from the time
/// of the change so that no counter has to be stored with the record.
pub fn sequence(last_modified: DateTime<Utc>) -> i64 {
    (last_modified.timestamp() - SEQUENCE_EPOCH).clamp(0, i64::from(i32::MAX))
}

/// The calendar named `name`, made at `stamp`, with CRLF line ends.
pub fn write_calendar(name: &str, events: &[CalendarEvent], stamp: DateTime<Utc>) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Teamline//Teamline//DE".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        format!("X-WR-CALNAME:{}", escape(name)),
    ];
    let stamp = utc_time(stamp);
    for event in events {
        event_lines(event, &stamp, &mut lines);
    }
    lines.push("END:VCALENDAR".to_owned());
    let mut out = String::new();
    for line in &lines {
        fold_into(&mut out, line);
    }
    out
}

fn event_lines(event: &CalendarEvent, stamp: &str, lines: &mut Vec<String>) {
    let ends_at = event.starts_at + Duration::minutes(i64::from(event.minutes));
    let summary = escape(&event.summary);
    lines.extend([
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{}", escape(&event.uid)),
        format!("DTSTAMP:{stamp}"),
        format!("DTSTART:{}", utc_time(event.starts_at)),
        format!("DTEND:{}", utc_time(ends_at)),
        format!("SUMMARY:{summary}"),
    ]);
    if let Some(description) = event.description.as_deref().filter(|d| !d.is_empty()) {
        lines.push(format!("DESCRIPTION:{}", escape(description)));
    }
    lines.extend([
        format!("LAST-MODIFIED:{}", utc_time(event.last_modified)),
        format!("SEQUENCE:{}", sequence(event.last_modified)),
    ]);
    if event.cancelled {
        lines.push("STATUS:CANCELLED".to_owned());
    } else {
        lines.extend([
            "STATUS:CONFIRMED".to_owned(),
            "BEGIN:VALARM".to_owned(),
            "ACTION:DISPLAY".to_owned(),
            format!("TRIGGER:-PT{}M", event.alarm_before_minutes),
            format!("DESCRIPTION:{summary}"),
            "END:VALARM".to_owned(),
        ]);
    }
    lines.push("END:VEVENT".to_owned());
}

/// `20260617T100000Z`: RFC 5545's form of a UTC time, to the second.
fn utc_time(at: DateTime<Utc>) -> String {
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        at.year(),
        at.month(),
        at.day(),
        at.hour(),
        at.minute(),
        at.second()
    )
}

#[cfg(test)]
mod tests;

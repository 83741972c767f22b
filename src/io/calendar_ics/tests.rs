use super::*;
use chrono::TimeZone;

fn at(day: u32, hour: u32, minute: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 6, day, hour, minute, 0).unwrap()
}

fn event(uid: &str, summary: &str) -> CalendarEvent {
    CalendarEvent {
        uid: uid.into(),
        summary: summary.into(),
        description: None,
        starts_at: at(18, 7, 0),
        minutes: 30,
        alarm_before_minutes: 15,
        cancelled: false,
        last_modified: at(17, 9, 30),
    }
}

/// The logical lines: folds undone, line ends taken off.
fn unfolded(file: &str) -> Vec<String> {
    let text = file.replace("\r\n ", "");
    let text = text
        .strip_suffix("\r\n")
        .expect("the last line ends with CRLF");
    text.split("\r\n").map(str::to_owned).collect()
}

/// The values of every line of property `name`, in order.
fn values(file: &str, name: &str) -> Vec<String> {
    let prefix = format!("{name}:");
    unfolded(file)
        .into_iter()
        .filter_map(|line| line.strip_prefix(&prefix).map(str::to_owned))
        .collect()
}

#[test]
fn a_calendar_has_its_header_and_each_event_its_times_in_utc() {
    let file = write_calendar(
        "Teamline-Aufgaben",
        &[event("a@teamline", "Anrufen")],
        at(17, 10, 0),
    );
    let lines = unfolded(&file);
    assert_eq!(
        lines[..6],
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Teamline//Teamline//DE",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:Teamline-Aufgaben",
        ]
    );
    assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
    assert!(
        !file.replace("\r\n", "").contains(['\r', '\n']),
        "CRLF only"
    );
    assert_eq!(values(&file, "UID"), ["a@teamline"]);
    assert_eq!(values(&file, "DTSTAMP"), ["20260617T100000Z"]);
    assert_eq!(values(&file, "DTSTART"), ["20260618T070000Z"]);
    assert_eq!(values(&file, "DTEND"), ["20260618T073000Z"]);
    assert_eq!(values(&file, "LAST-MODIFIED"), ["20260617T093000Z"]);
    assert_eq!(values(&file, "STATUS"), ["CONFIRMED"]);
    assert!(values(&file, "DESCRIPTION").iter().all(|d| d == "Anrufen"));
}

#[test]
fn a_long_german_text_is_folded_within_75_octets_and_unfolds_to_itself() {
    let summary = "Frau Müller-Lüdenscheidt wegen der Größe der Bestellung anrufen 😀 – \
                   Grüße von Jürgen ausrichten, Öl und Ähnliches nachfragen 👍🏽"
        .repeat(3);
    let mut long = event("b@teamline", &summary);
    long.description = Some(format!("Übermorgen: {summary}"));
    let file = write_calendar("Teamline-Aufgaben", &[long], at(17, 10, 0));
    for line in file.as_bytes().split(|&b| b == b'\n') {
        assert!(line.len() <= 76, "75 octets and the CR: {}", line.len());
        assert!(std::str::from_utf8(line).is_ok(), "no character is cut");
    }
    let escaped = summary.replace(',', "\\,");
    assert_eq!(values(&file, "SUMMARY"), std::slice::from_ref(&escaped));
    assert_eq!(
        values(&file, "DESCRIPTION"),
        [format!("Übermorgen: {escaped}"), escaped]
    );
}

#[test]
fn text_is_escaped_in_every_text_property() {
    let mut odd = event("c@teamline", "Probe; Tee, Kaffee\\Kakao\nund mehr");
    odd.description = Some("Zeile eins\r\nZeile zwei".into());
    let file = write_calendar("Lenas Aufgaben; privat", &[odd], at(17, 10, 0));
    assert_eq!(values(&file, "X-WR-CALNAME"), ["Lenas Aufgaben\\; privat"]);
    assert_eq!(
        values(&file, "SUMMARY"),
        ["Probe\\; Tee\\, Kaffee\\\\Kakao\\nund mehr"]
    );
    assert_eq!(values(&file, "DESCRIPTION")[0], "Zeile eins\\nZeile zwei");
}

#[test]
fn a_changed_event_keeps_its_uid_with_a_higher_sequence() {
    let first = event("d@teamline", "Anrufen");
    let mut changed = first.clone();
    changed.starts_at = at(19, 7, 0);
    changed.last_modified = at(17, 11, 0);
    let before = write_calendar("T", &[first], at(17, 10, 0));
    let after = write_calendar("T", &[changed], at(17, 12, 0));
    assert_eq!(values(&before, "UID"), values(&after, "UID"));
    let number = |file: &str| values(file, "SEQUENCE")[0].parse::<i64>().unwrap();
    assert!(number(&after) > number(&before));
    assert_eq!(number(&before), sequence(at(17, 9, 30)));
    assert_eq!(
        sequence(at(1, 0, 0) - Duration::days(3000)),
        0,
        "never negative"
    );
}

#[test]
fn every_event_that_takes_place_rings_and_a_cancelled_one_does_not() {
    let mut gone = event("e@teamline", "Erledigt");
    gone.cancelled = true;
    let mut early = event("f@teamline", "Geburtstag");
    early.alarm_before_minutes = 60;
    let events = [event("g@teamline", "Anrufen"), gone, early];
    let file = write_calendar("T", &events, at(17, 10, 0));
    assert_eq!(
        values(&file, "STATUS"),
        ["CONFIRMED", "CANCELLED", "CONFIRMED"]
    );
    let lines = unfolded(&file);
    let alarms: Vec<&[String]> = lines
        .split(|line| line == "BEGIN:VEVENT")
        .skip(1)
        .map(|event| {
            let start = event.iter().position(|l| l == "BEGIN:VALARM");
            start.map_or(&event[..0], |s| &event[s..])
        })
        .collect();
    assert_eq!(
        alarms[1],
        &[] as &[String],
        "a cancelled event has no alarm"
    );
    for (alarm, (trigger, summary)) in [&alarms[0], &alarms[2]]
        .into_iter()
        .zip([("-PT15M", "Anrufen"), ("-PT60M", "Geburtstag")])
    {
        assert_eq!(
            alarm[..5],
            [
                "BEGIN:VALARM".to_owned(),
                "ACTION:DISPLAY".to_owned(),
                format!("TRIGGER:{trigger}"),
                format!("DESCRIPTION:{summary}"),
                "END:VALARM".to_owned(),
            ]
        );
    }
}

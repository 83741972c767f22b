use super::*;
use crate::app::storage::{MemoryStorage, fixed_clock};
use crate::app::tasks::{TaskChange, change_task};
use crate::domain::dataset::DataSet;
use crate::domain::record::RecordMeta;
use crate::domain::tasks::agenda::complete;
use crate::store::write_batch::WriteBatch;
use futures::executor::block_on;

fn words() -> CalendarWords {
    CalendarWords::new(
        "Teamline-Aufgaben".into(),
        "teamline-aufgaben".into(),
        |kind| {
            match kind {
                TaskKind::FollowUp => "Wiedervorlage",
                TaskKind::StayInTouch => "In Kontakt bleiben",
                TaskKind::Birthday => "Geburtstag",
                TaskKind::Reorder => "Nachbestellung",
            }
            .to_owned()
        },
    )
}

fn task(title: &str, kind: TaskKind, contact: Option<&Contact>, due_in_hours: i64) -> Task {
    let now = fixed_clock().now;
    Task {
        meta: RecordMeta::new(now - Duration::days(100)),
        kind,
        title: title.into(),
        due_at: now + Duration::hours(due_in_hours),
        contact_id: contact.map(|c| c.meta.id),
        lead_id: None,
        done_at: None,
    }
}

/// Writes the records as they are: no reminder is planned on top.
fn put(storage: &MemoryStorage, data: DataSet) {
    let mut batch = WriteBatch::new();
    batch.put_all(data);
    block_on(storage.commit(batch)).unwrap();
}

fn stored(data: DataSet) -> MemoryStorage {
    let storage = MemoryStorage::default();
    put(&storage, data);
    storage
}

/// Each event's own properties (its alarm's left out), by name, from the file's text.
fn events(file: &CalendarFile) -> Vec<Vec<(String, String)>> {
    let text = String::from_utf8(file.bytes.clone()).unwrap();
    let text = text.replace("\r\n ", "");
    let mut events = Vec::new();
    let mut current: Option<Vec<(String, String)>> = None;
    let mut in_alarm = false;
    for line in text.split("\r\n") {
        match line {
            "BEGIN:VEVENT" => current = Some(Vec::new()),
            "END:VEVENT" => events.extend(current.take()),
            "BEGIN:VALARM" => in_alarm = true,
            "END:VALARM" => in_alarm = false,
            _ if in_alarm => {}
            _ => {
                if let (Some(event), Some((name, value))) = (&mut current, line.split_once(':')) {
                    event.push((name.to_owned(), value.to_owned()));
                }
            }
        }
    }
    events
}

fn value<'a>(event: &'a [(String, String)], name: &str) -> Option<&'a str> {
    event
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

/// (summary, status) of each event, in the file's order.
fn summaries(file: &CalendarFile) -> Vec<(String, String)> {
    events(file)
        .iter()
        .map(|e| {
            let get = |name| value(e, name).unwrap_or_default().to_owned();
            (get("SUMMARY"), get("STATUS"))
        })
        .collect()
}

#[test]
fn open_tasks_ring_and_recently_ended_ones_are_cancelled() {
    let clock = fixed_clock();
    let now = clock.now;
    let anna = Contact::new("Anna", "Lutz", now);
    let mut bert = Contact::new("Bert", "Brandt", now);
    bert.meta.mark_deleted(now - Duration::days(10));
    let follow_up = task("Probe nachfragen", TaskKind::FollowUp, Some(&anna), 23);
    let birthday = task("", TaskKind::Birthday, Some(&anna), 47);
    let own = task("Steuer, Belege", TaskKind::FollowUp, None, 71);
    let of_deleted_contact = task("Anrufen", TaskKind::FollowUp, Some(&bert), 5);
    let done_lately = complete(
        &task("Katalog bringen", TaskKind::FollowUp, None, -300),
        now - Duration::days(10),
    );
    let done_long_ago = complete(
        &task("Alt", TaskKind::FollowUp, None, -2400),
        now - Duration::days(90),
    );
    let mut deleted = task("Gelöscht", TaskKind::Reorder, Some(&anna), 2);
    deleted.meta.mark_deleted(now - Duration::days(5));
    let storage = stored(DataSet {
        contacts: vec![anna, bert],
        tasks: vec![
            follow_up,
            birthday,
            own,
            of_deleted_contact,
            done_lately,
            done_long_ago,
            deleted,
        ],
        ..DataSet::default()
    });

    let file = calendar_file(&storage, &words(), &clock);
    assert_eq!(file.name, "teamline-aufgaben-2026-06-17.ics");
    assert_eq!(file.open, 3);
    let pair = |summary: &str, status: &str| (summary.to_owned(), status.to_owned());
    assert_eq!(
        summaries(&file),
        [
            pair("Katalog bringen", "CANCELLED"),
            pair("Gelöscht: Anna Lutz", "CANCELLED"),
            pair("Anrufen", "CANCELLED"),
            pair("Probe nachfragen: Anna Lutz", "CONFIRMED"),
            pair("Geburtstag: Anna Lutz", "CONFIRMED"),
            pair("Steuer\\, Belege", "CONFIRMED"),
        ],
        "by start; the deleted contact's name left out; the task done 90 days ago too"
    );
    let events = events(&file);
    let follow_up = &events[3];
    assert_eq!(value(follow_up, "DESCRIPTION"), Some("Wiedervorlage"));
    assert_eq!(value(follow_up, "DTSTART"), Some("20260618T090000Z"));
    assert_eq!(value(follow_up, "DTEND"), Some("20260618T093000Z"));
    assert_eq!(value(&events[4], "DESCRIPTION"), None, "its title says it");
    let text = String::from_utf8(file.bytes).unwrap();
    assert_eq!(text.matches("BEGIN:VALARM").count(), 3);
    assert_eq!(text.matches("TRIGGER:-PT15M").count(), 3);
}

#[test]
fn exporting_again_after_a_change_updates_the_same_events() {
    let clock = fixed_clock();
    let anna = Contact::new("Anna", "Lutz", clock.now);
    let anna_id = anna.meta.id;
    let call = task("Anrufen", TaskKind::FollowUp, Some(&anna), 23);
    let visit = task("Besuchen", TaskKind::FollowUp, Some(&anna), 47);
    let storage = stored(DataSet {
        contacts: vec![anna],
        tasks: vec![call.clone(), visit],
        ..DataSet::default()
    });
    let uids = |file: &CalendarFile| -> Vec<String> {
        let mut uids: Vec<String> = events(file)
            .iter()
            .filter_map(|e| value(e, "UID").map(str::to_owned))
            .collect();
        uids.sort();
        uids
    };
    let of_call = |file: &CalendarFile| {
        let events = events(file);
        let uid = format!("{}@teamline", call.meta.id);
        let event = events
            .into_iter()
            .find(|e| value(e, "UID") == Some(uid.as_str()))
            .unwrap();
        let sequence: i64 = value(&event, "SEQUENCE").unwrap().parse().unwrap();
        let get = |name| value(&event, name).unwrap().to_owned();
        (get("DTSTART"), get("STATUS"), sequence)
    };
    let first = calendar_file(&storage, &words(), &clock);
    assert_eq!(
        first,
        calendar_file(&storage, &words(), &clock),
        "the same file"
    );

    let later = LocalClock::utc(clock.now + Duration::hours(1));
    let moved_to = clock.now + Duration::days(3);
    block_on(change_task(
        &storage,
        call.meta.id,
        TaskChange::MoveTo(moved_to),
        &later,
    ))
    .unwrap();
    let moved = calendar_file(&storage, &words(), &later);
    assert_eq!(uids(&moved), uids(&first));
    let (before, after) = (of_call(&first), of_call(&moved));
    assert_eq!(after.0, "20260620T100000Z");
    assert!(after.2 > before.2, "{after:?} newer than {before:?}");

    // Anna renamed: the summaries change, so the events are newer too.
    let mut anna = storage.read(|all| all.contacts.get(&anna_id).cloned().unwrap());
    anna.family_name = "Lutz-Berg".into();
    anna.meta.touch(clock.now + Duration::minutes(90));
    put(
        &storage,
        DataSet {
            contacts: vec![anna],
            ..DataSet::default()
        },
    );
    let renamed = calendar_file(&storage, &words(), &later);
    assert_eq!(uids(&renamed), uids(&first));
    assert!(of_call(&renamed).2 > after.2);
    assert!(
        summaries(&renamed)
            .iter()
            .all(|(s, _)| s.ends_with("Anna Lutz-Berg"))
    );

    let even_later = LocalClock::utc(clock.now + Duration::hours(2));
    block_on(change_task(
        &storage,
        call.meta.id,
        TaskChange::Done,
        &even_later,
    ))
    .unwrap();
    let done = calendar_file(&storage, &words(), &even_later);
    assert_eq!(uids(&done), uids(&first));
    let done_call = of_call(&done);
    assert_eq!(done_call.1, "CANCELLED");
    assert!(done_call.2 > after.2);
    assert_eq!(done.open, 1);
}

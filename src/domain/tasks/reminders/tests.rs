use super::*;
use crate::domain::contacts::interaction::{Direction, InteractionKind};
use crate::domain::locale::money::Cents;
use crate::domain::tasks::agenda::{complete, snooze};
use chrono::TimeZone;

fn clock(day: u32) -> LocalClock {
    LocalClock::new(Utc.with_ymd_and_hms(2026, 11, day, 8, 0, 0).unwrap(), 60)
}

fn nine_local(month: u32, day: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, month, day, 8, 0, 0).unwrap()
}

fn contact(created_day: u32) -> Contact {
    Contact::new("Erika", "Mustermann", clock(created_day).now)
}

fn call(contact: &Contact, at: DateTime<Utc>, logged: DateTime<Utc>) -> Interaction {
    Interaction {
        meta: RecordMeta::new(logged),
        contact_id: contact.meta.id,
        kind: InteractionKind::Call,
        direction: Direction::Outgoing,
        at,
        summary: String::new(),
        outcome: None,
    }
}

/// Plans, and applies the plan to `tasks` the way a write would.
fn run(
    contact: &Contact,
    interactions: &[Interaction],
    orders: &[Order],
    tasks: &mut Vec<Task>,
    clock: &LocalClock,
) -> Vec<Task> {
    let planned = plan([contact], interactions, orders, tasks.iter(), clock);
    for task in &planned {
        match tasks.iter_mut().find(|t| t.meta.id == task.meta.id) {
            Some(old) => *old = task.clone(),
            None => tasks.push(task.clone()),
        }
    }
    planned
}

#[test]
fn stay_in_touch_is_raised_and_restarts_from_the_last_interaction() {
    let mut erika = contact(1);
    erika.stay_in_touch_days = Some(14);
    let mut tasks = Vec::new();
    let today = clock(10);
    let planned = run(&erika, &[], &[], &mut tasks, &today);
    assert_eq!(planned.len(), 1);
    assert_eq!(planned[0].kind, TaskKind::StayInTouch);
    assert_eq!(
        planned[0].due_at,
        erika.meta.created_at + Duration::days(14)
    );
    assert!(
        run(&erika, &[], &[], &mut tasks, &today).is_empty(),
        "planning twice changes nothing"
    );

    // A call logged on the 12th moves the reminder to 14 days after the call.
    let later = clock(12);
    let logged = call(&erika, later.now - Duration::hours(1), later.now);
    let moved = run(
        &erika,
        std::slice::from_ref(&logged),
        &[],
        &mut tasks,
        &later,
    );
    assert_eq!(moved.len(), 1);
    assert_eq!(moved[0].meta.id, planned[0].meta.id, "the same task moves");
    assert_eq!(moved[0].due_at, logged.at + Duration::days(14));
    assert_eq!(tasks.len(), 1);

    // Snoozed, it stays snoozed.
    let snoozed = snooze(&tasks[0], clock(13).now);
    tasks[0] = snoozed.clone();
    assert!(
        run(
            &erika,
            std::slice::from_ref(&logged),
            &[],
            &mut tasks,
            &clock(14)
        )
        .is_empty()
    );

    // Done without logging anything: the next one counts from when it was done.
    let done_at = clock(27).now;
    tasks[0] = complete(&tasks[0], done_at);
    let next = run(
        &erika,
        std::slice::from_ref(&logged),
        &[],
        &mut tasks,
        &clock(27),
    );
    assert_eq!(next.len(), 1);
    assert_eq!(next[0].due_at, done_at + Duration::days(14));
    assert_ne!(next[0].meta.id, planned[0].meta.id);

    // Switching the rhythm off drops the open reminder.
    erika.stay_in_touch_days = None;
    erika.meta.touch(clock(28).now);
    let dropped = run(&erika, &[logged], &[], &mut tasks, &clock(28));
    assert!(dropped[0].meta.is_deleted());
}

#[test]
fn birthdays_are_raised_two_weeks_ahead_once_a_year() {
    let mut erika = contact(1);
    erika.birthday = NaiveDate::from_ymd_opt(1980, 12, 3);
    let mut tasks = Vec::new();
    assert!(
        run(&erika, &[], &[], &mut tasks, &clock(10)).is_empty(),
        "23 days ahead is too early"
    );
    let raised = run(&erika, &[], &[], &mut tasks, &clock(20));
    assert_eq!(raised.len(), 1);
    assert_eq!(raised[0].due_at, nine_local(12, 3));
    let done = complete(
        &tasks[0],
        Utc.with_ymd_and_hms(2026, 12, 3, 9, 0, 0).unwrap(),
    );
    tasks[0] = done;
    let on_the_day = LocalClock::new(Utc.with_ymd_and_hms(2026, 12, 3, 12, 0, 0).unwrap(), 60);
    assert!(run(&erika, &[], &[], &mut tasks, &on_the_day).is_empty());
    let next_year = LocalClock::new(Utc.with_ymd_and_hms(2027, 11, 25, 12, 0, 0).unwrap(), 60);
    let again = run(&erika, &[], &[], &mut tasks, &next_year);
    assert_eq!(again.len(), 1);
    assert_eq!(
        again[0].due_at,
        Utc.with_ymd_and_hms(2027, 12, 3, 8, 0, 0).unwrap()
    );
}

#[test]
fn reorders_follow_the_last_order_of_a_customer() {
    let mut erika = contact(1);
    erika.roles = vec![Role::Customer];
    let erika_id = erika.meta.id;
    let order = |day: u32| Order {
        meta: RecordMeta::new(clock(day).now),
        contact_id: erika_id,
        date: NaiveDate::from_ymd_opt(2026, 11, day).unwrap(),
        amount: Cents(3_990),
        volume_centipoints: 2_000,
    };
    let mut tasks = Vec::new();
    let first = order(2);
    let raised = run(
        &erika,
        &[],
        std::slice::from_ref(&first),
        &mut tasks,
        &clock(20),
    );
    assert_eq!(raised.len(), 1);
    assert_eq!(raised[0].kind, TaskKind::Reorder);
    assert_eq!(raised[0].due_at, nine_local(12, 2), "30 days by default");

    // A new order moves the reminder on.
    let second = order(21);
    let moved = run(
        &erika,
        &[],
        &[first.clone(), second.clone()],
        &mut tasks,
        &clock(21),
    );
    assert_eq!(moved[0].due_at, nine_local(12, 21));

    // An own interval for this customer.
    erika.reorder_after_days = Some(10);
    erika.meta.touch(clock(22).now);
    let shorter = run(&erika, &[], &[first, second], &mut tasks, &clock(22));
    assert_eq!(shorter[0].due_at, nine_local(12, 1));

    // Prospects get no reorder reminders, and old history raises none either.
    let mut prospect = contact(1);
    prospect.roles = vec![Role::Prospect];
    let prospects_order = Order {
        contact_id: prospect.meta.id,
        ..order(2)
    };
    let mut none = Vec::new();
    assert!(run(&prospect, &[], &[prospects_order], &mut none, &clock(20)).is_empty());
    let old = Order {
        date: NaiveDate::from_ymd_opt(2025, 1, 5).unwrap(),
        ..order(2)
    };
    assert!(run(&erika, &[], &[old], &mut none, &clock(20)).is_empty());
}

#[test]
fn two_runs_anywhere_make_the_same_reminder_id() {
    let mut erika = contact(1);
    erika.stay_in_touch_days = Some(30);
    let a = plan([&erika], [], [], [], &clock(20));
    let b = plan([&erika], [], [], [], &clock(21));
    assert_eq!(a[0].meta.id, b[0].meta.id);
}

#[test]
fn planning_the_sample_data_twice_changes_nothing_the_second_time() {
    use crate::domain::sample::{Owner, SampleSize, generate};
    let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    let mut data = generate(6, SampleSize::DEMO, today, &Owner { name: "Anna" }).data;
    let clock = LocalClock::new(today.and_hms_opt(7, 0, 0).unwrap().and_utc(), 60);
    let first = plan(
        &data.contacts,
        &data.interactions,
        &data.orders,
        &data.tasks,
        &clock,
    );
    assert!(!first.is_empty());
    for task in first {
        match data.tasks.iter_mut().find(|t| t.meta.id == task.meta.id) {
            Some(old) => *old = task,
            None => data.tasks.push(task),
        }
    }
    let later = LocalClock::new(clock.now + Duration::minutes(5), 60);
    let second = plan(
        &data.contacts,
        &data.interactions,
        &data.orders,
        &data.tasks,
        &later,
    );
    assert!(
        second.is_empty(),
        "{} reminders changed again: {:?}",
        second.len(),
        second.first()
    );
}

//! Open tasks sorted into the lists the rep works through: overdue, today and upcoming.

use crate::domain::locale::local_clock::LocalClock;
use crate::domain::ordering::{order_by, order_by_text};
use crate::domain::tasks::task::Task;
use chrono::{DateTime, Duration, Utc};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Agenda<'a> {
    /// Due before today, oldest first.
    pub overdue: Vec<&'a Task>,
    pub today: Vec<&'a Task>,
    pub upcoming: Vec<&'a Task>,
}

impl<'a> Agenda<'a> {
    /// Open tasks only; `is_live_contact` leaves out tasks of deleted contacts.
    pub fn of(
        tasks: impl IntoIterator<Item = &'a Task>,
        clock: &LocalClock,
        is_live_contact: impl Fn(&uuid::Uuid) -> bool,
    ) -> Self {
        let today = clock.today();
        let start_of_today = clock.start_of(today);
        let start_of_tomorrow = clock.start_of(today + Duration::days(1));
        let mut agenda = Agenda::default();
        for task in tasks {
            if !task.is_open()
                || task
                    .contact_id
                    .as_ref()
                    .is_some_and(|c| !is_live_contact(c))
            {
                continue;
            }
            let list = if task.due_at < start_of_today {
                &mut agenda.overdue
            } else if task.due_at < start_of_tomorrow {
                &mut agenda.today
            } else {
                &mut agenda.upcoming
            };
            list.push(task);
        }
        for list in [&mut agenda.overdue, &mut agenda.today, &mut agenda.upcoming] {
            order_by_text(list, |t| t.meta.id.to_string());
            order_by(list, |t| t.due_at.timestamp_millis());
        }
        agenda
    }

    /// What the Contacts tab's badge counts: due today and overdue.
    pub fn due_count(&self) -> usize {
        self.overdue.len() + self.today.len()
    }
}

/// The task done now.
pub fn complete(task: &Task, now: DateTime<Utc>) -> Task {
    let mut done = task.clone();
    done.done_at = Some(crate::domain::record::stored_precision(now));
    done.meta.touch(now);
    done
}

/// The task put off by a day: from its due time, or from now when that has passed.
pub fn snooze(task: &Task, now: DateTime<Utc>) -> Task {
    reschedule(task, task.due_at.max(now) + Duration::days(1), now)
}

pub fn reschedule(task: &Task, due_at: DateTime<Utc>, now: DateTime<Utc>) -> Task {
    let mut moved = task.clone();
    moved.due_at = crate::domain::record::stored_precision(due_at);
    moved.meta.touch(now);
    moved
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::record::RecordMeta;
    use crate::domain::tasks::task::TaskKind;
    use chrono::TimeZone;
    use uuid::Uuid;

    fn task(due_at: DateTime<Utc>, contact: Option<Uuid>) -> Task {
        Task {
            meta: RecordMeta::new(due_at - Duration::days(3)),
            kind: TaskKind::FollowUp,
            title: "Nachfassen".into(),
            due_at,
            contact_id: contact,
            lead_id: None,
            done_at: None,
        }
    }

    #[test]
    fn tasks_fall_into_overdue_today_and_upcoming_by_the_local_day() {
        // 08:00 in Berlin on 27 November.
        let clock = LocalClock::new(Utc.with_ymd_and_hms(2026, 11, 27, 7, 0, 0).unwrap(), 60);
        let yesterday_late = task(Utc.with_ymd_and_hms(2026, 11, 26, 22, 30, 0).unwrap(), None);
        let just_after_midnight =
            task(Utc.with_ymd_and_hms(2026, 11, 26, 23, 30, 0).unwrap(), None);
        let tonight = task(Utc.with_ymd_and_hms(2026, 11, 27, 20, 0, 0).unwrap(), None);
        let tomorrow = task(Utc.with_ymd_and_hms(2026, 11, 28, 9, 0, 0).unwrap(), None);
        let mut done = task(Utc.with_ymd_and_hms(2026, 11, 20, 9, 0, 0).unwrap(), None);
        done.done_at = Some(clock.now);
        let gone_contact = Uuid::new_v4();
        let of_deleted_contact = task(clock.now, Some(gone_contact));
        let tasks = [
            tomorrow.clone(),
            tonight.clone(),
            yesterday_late.clone(),
            just_after_midnight.clone(),
            done,
            of_deleted_contact,
        ];
        let agenda = Agenda::of(&tasks, &clock, |c| *c != gone_contact);
        assert_eq!(agenda.overdue, [&yesterday_late]);
        assert_eq!(agenda.today, [&just_after_midnight, &tonight]);
        assert_eq!(agenda.upcoming, [&tomorrow]);
        assert_eq!(agenda.due_count(), 3);
    }

    #[test]
    fn done_snoozed_and_rescheduled_tasks() {
        let now = Utc.with_ymd_and_hms(2026, 11, 27, 10, 0, 0).unwrap();
        let overdue = task(now - Duration::days(2), None);
        assert_eq!(snooze(&overdue, now).due_at, now + Duration::days(1));
        let later = task(now + Duration::hours(5), None);
        assert_eq!(
            snooze(&later, now).due_at,
            now + Duration::hours(5) + Duration::days(1)
        );
        let moved = reschedule(&later, now + Duration::days(9), now);
        assert_eq!(moved.due_at, now + Duration::days(9));
        assert_eq!(moved.meta.updated_at, now);
        let done = complete(&later, now);
        assert!(!done.is_open());
        assert!(later.is_open());
    }
}

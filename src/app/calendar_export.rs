//! Follow-ups and reminders as a calendar file for the phone's own calendar, which then
//! rings them by itself: no server is needed, and nothing leaves the device unless the
//! rep opens the file. The file format is `io/calendar_ics.rs`.
//!
//! Every task keeps its event from one export to the next (the task's id in the `UID`),
//! so importing a newer file moves and renames events instead of doubling them. A task
//! done or deleted since, or one whose contact was deleted, is written once more as a
//! cancelled event for a while, so that the calendar drops it too.

use crate::app::storage::Storage;
use crate::domain::contacts::contact::Contact;
use crate::domain::locale::iso_date::format_date;
use crate::domain::locale::local_clock::LocalClock;
use crate::domain::tasks::task::{Task, TaskKind, task_label};
use crate::io::calendar_ics::{CalendarEvent, write_calendar};
use chrono::{DateTime, Duration, Utc};

/// How long an event lasts in the calendar: long enough to be seen in a day's view.
pub const EVENT_MINUTES: u32 = 30;
/// How long before a task is due the phone rings.
pub const ALARM_BEFORE_MINUTES: u32 = 15;
/// How long a task done or deleted stays in the file as a cancelled event. A calendar
/// imported more than this long ago may keep it; left in for ever, every file would
/// carry the whole history of done tasks.
pub const CANCELLED_KEPT_DAYS: i64 = 60;

/// The words of the file, in the rep's language.
#[derive(Clone, Debug, PartialEq)]
pub struct CalendarWords {
    pub calendar_name: String,
    /// The file's name before its date: `teamline-aufgaben`.
    pub file_prefix: String,
    follow_up: String,
    stay_in_touch: String,
    birthday: String,
    reorder: String,
}

impl CalendarWords {
    /// `kind_title` names a task kind: the title of a reminder, which has none of its own.
    pub fn new(
        calendar_name: String,
        file_prefix: String,
        kind_title: impl Fn(TaskKind) -> String,
    ) -> Self {
        CalendarWords {
            calendar_name,
            file_prefix,
            follow_up: kind_title(TaskKind::FollowUp),
            stay_in_touch: kind_title(TaskKind::StayInTouch),
            birthday: kind_title(TaskKind::Birthday),
            reorder: kind_title(TaskKind::Reorder),
        }
    }

    fn kind_title(&self, kind: TaskKind) -> &str {
        match kind {
            TaskKind::FollowUp => &self.follow_up,
            TaskKind::StayInTouch => &self.stay_in_touch,
            TaskKind::Birthday => &self.birthday,
            TaskKind::Reorder => &self.reorder,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct CalendarFile {
    /// `teamline-aufgaben-2026-06-17.ics`.
    pub name: String,
    pub bytes: Vec<u8>,
    /// The events that will ring: the open tasks.
    pub open: usize,
}

/// The calendar file of the tasks as they are stored now.
pub fn calendar_file(
    storage: &impl Storage,
    words: &CalendarWords,
    clock: &LocalClock,
) -> CalendarFile {
    let kept_since = clock.now - Duration::days(CANCELLED_KEPT_DAYS);
    let mut events: Vec<CalendarEvent> = storage.read(|all| {
        all.tasks
            .iter_including_deleted()
            .filter_map(|task| {
                let contact = task
                    .contact_id
                    .map(|id| all.contacts.get_including_deleted(&id));
                let ended_at = ended_at(task, contact);
                if ended_at.is_some_and(|at| at < kept_since) {
                    return None;
                }
                let contact = contact.flatten();
                // The contact's name is in the summary, so renaming them changes the event.
                let last_modified = [ended_at, contact.map(|c| c.meta.updated_at)]
                    .into_iter()
                    .flatten()
                    .fold(task.meta.updated_at, DateTime::max);
                // The name of a deleted contact is not written, even in a cancelled event.
                let name = contact.filter(|c| !c.meta.is_deleted());
                Some(event(task, name, ended_at.is_some(), last_modified, words))
            })
            .collect()
    });
    events.sort_by(|a, b| (a.starts_at, &a.uid).cmp(&(b.starts_at, &b.uid)));
    let open = events.iter().filter(|e| !e.cancelled).count();
    CalendarFile {
        name: format!("{}-{}.ics", words.file_prefix, format_date(clock.today())),
        bytes: write_calendar(&words.calendar_name, &events, clock.now).into_bytes(),
        open,
    }
}

/// When the task stopped being one to do: done, deleted, or its contact deleted or
/// missing altogether (the tasks page leaves those out too); `None` while it is open.
/// `contact` is `None` for a task of no contact, `Some(None)` when it cannot be found.
fn ended_at(task: &Task, contact: Option<Option<&Contact>>) -> Option<DateTime<Utc>> {
    let contact_gone = contact.and_then(|c| match c {
        Some(c) => c.meta.deleted_at,
        None => Some(task.meta.updated_at),
    });
    [task.done_at, task.meta.deleted_at, contact_gone]
        .into_iter()
        .flatten()
        .max()
}

fn event(
    task: &Task,
    contact: Option<&Contact>,
    cancelled: bool,
    last_modified: DateTime<Utc>,
    words: &CalendarWords,
) -> CalendarEvent {
    let kind = words.kind_title(task.kind);
    // Named as on the tasks page; the kind is said again below a title of its own.
    let name = contact.map(Contact::display_name);
    let summary = task_label(task, kind, name.as_deref());
    let description = (!task.title.is_empty()).then(|| kind.to_owned());
    CalendarEvent {
        uid: format!("{}@teamline", task.meta.id),
        summary,
        description,
        starts_at: task.due_at,
        minutes: EVENT_MINUTES,
        alarm_before_minutes: ALARM_BEFORE_MINUTES,
        cancelled,
        last_modified,
    }
}

#[cfg(test)]
mod tests;

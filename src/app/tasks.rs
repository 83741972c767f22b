//! Follow-ups and reminders: the agenda (overdue, today, upcoming), the count of what is
//! due for the navigation badge, a new follow-up, and done, snoozed or moved.

use crate::app::storage::Storage;
use crate::app::undo::{Undo, write_with_undo};
use crate::domain::contacts::contact::Contact;
use crate::domain::dataset::DataSet;
use crate::domain::locale::local_clock::LocalClock;
use crate::domain::record::{RecordMeta, stored_precision};
use crate::domain::tasks::agenda::{self, Agenda};
use crate::domain::tasks::task::{Task, TaskKind};
use crate::store::error::StoreError;
use chrono::{DateTime, Utc};
use uuid::Uuid;

/// A task with the name of its contact, if any.
pub type NamedTask = (Task, Option<String>);

#[derive(Clone, Debug, PartialEq)]
pub struct AgendaPage {
    pub overdue: Vec<NamedTask>,
    pub today: Vec<NamedTask>,
    pub upcoming: Vec<NamedTask>,
}

/// The open tasks of live contacts (and those of no contact), by when they are due.
pub fn agenda(storage: &impl Storage, clock: &LocalClock) -> AgendaPage {
    storage.read(|all| {
        let agenda = Agenda::of(all.tasks.iter(), clock, |id| all.contacts.get(id).is_some());
        let named = |tasks: &[&Task]| {
            tasks
                .iter()
                .map(|t| {
                    let name = t
                        .contact_id
                        .and_then(|id| all.contacts.get(&id))
                        .map(Contact::display_name);
                    ((*t).clone(), name)
                })
                .collect()
        };
        AgendaPage {
            overdue: named(&agenda.overdue),
            today: named(&agenda.today),
            upcoming: named(&agenda.upcoming),
        }
    })
}

/// Tasks due today or overdue.
pub fn due_count(storage: &impl Storage, clock: &LocalClock) -> usize {
    storage.read(|all| {
        Agenda::of(all.tasks.iter(), clock, |id| all.contacts.get(id).is_some()).due_count()
    })
}

/// A follow-up the rep sets, for a contact or for no one.
pub async fn add_follow_up(
    storage: &impl Storage,
    contact_id: Option<Uuid>,
    title: String,
    due_at: DateTime<Utc>,
    clock: &LocalClock,
) -> Result<Undo, StoreError> {
    let task = Task {
        meta: RecordMeta::new(clock.now),
        kind: TaskKind::FollowUp,
        title,
        due_at: stored_precision(due_at),
        contact_id,
        lead_id: None,
        done_at: None,
    };
    write_task(storage, task, clock).await
}

/// What can be done to an open task.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum TaskChange {
    Done,
    /// A day later than it was due, or than now if it is overdue.
    Snooze,
    MoveTo(DateTime<Utc>),
}

/// Changes a task as it is stored now; `Ok(None)` if it is gone.
pub async fn change_task(
    storage: &impl Storage,
    id: Uuid,
    change: TaskChange,
    clock: &LocalClock,
) -> Result<Option<Undo>, StoreError> {
    let Some(task) = storage.read(|all| all.tasks.get(&id).cloned()) else {
        return Ok(None);
    };
    let changed = match change {
        TaskChange::Done => agenda::complete(&task, clock.now),
        TaskChange::Snooze => agenda::snooze(&task, clock.now),
        TaskChange::MoveTo(at) => agenda::reschedule(&task, at, clock.now),
    };
    write_task(storage, changed, clock).await.map(Some)
}

async fn write_task(
    storage: &impl Storage,
    task: Task,
    clock: &LocalClock,
) -> Result<Undo, StoreError> {
    let writes = DataSet {
        tasks: vec![task],
        ..DataSet::default()
    };
    write_with_undo(storage, writes, clock).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::storage::{MemoryStorage, fixed_clock};
    use chrono::Duration;
    use futures::executor::block_on;

    #[test]
    fn a_follow_up_moves_through_the_agenda_and_is_done() {
        let storage = MemoryStorage::default();
        let clock = fixed_clock();
        let anna = Contact::new("Anna", "Lutz", clock.now);
        let data = DataSet {
            contacts: vec![anna.clone()],
            ..DataSet::default()
        };
        block_on(write_with_undo(&storage, data, &clock)).unwrap();
        let call_back = clock.now - Duration::days(2);
        block_on(add_follow_up(
            &storage,
            Some(anna.meta.id),
            "Anrufen".into(),
            call_back,
            &clock,
        ))
        .unwrap();
        let shown = agenda(&storage, &clock);
        assert_eq!(shown.overdue.len(), 1);
        assert_eq!(shown.overdue[0].1.as_deref(), Some("Anna Lutz"));
        assert_eq!(due_count(&storage, &clock), 1);
        let id = shown.overdue[0].0.meta.id;

        block_on(change_task(&storage, id, TaskChange::Snooze, &clock)).unwrap();
        let shown = agenda(&storage, &clock);
        assert_eq!(
            (shown.overdue.len(), shown.upcoming.len()),
            (0, 1),
            "due tomorrow"
        );
        assert_eq!(shown.upcoming[0].0.due_at, clock.now + Duration::days(1));

        block_on(change_task(&storage, id, TaskChange::Done, &clock)).unwrap();
        assert_eq!(agenda(&storage, &clock).upcoming.len(), 0);
        assert_eq!(
            block_on(change_task(&storage, Uuid::nil(), TaskChange::Done, &clock)),
            Ok(None)
        );
    }
}

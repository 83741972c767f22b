//! Every command writes through [`commit`]: the batch in one transaction, then the
//! reminder tasks brought in line with what changed.

use crate::app::storage::Storage;
use crate::domain::locale::local_clock::LocalClock;
use crate::domain::pace::{DynPace, Progress, WorkStep};
use crate::domain::tasks::reminders;
use crate::domain::tasks::task::Task;
use crate::store::collection::Collections;
use crate::store::error::StoreError;
use crate::store::index::{IndexName, Query};
use crate::store::write_batch::WriteBatch;
use uuid::Uuid;

/// Commits `batch`, then plans the reminders of `contacts` (the contacts whose
/// reminders it may change) again.
pub async fn commit(
    storage: &impl Storage,
    batch: WriteBatch,
    contacts: &[Uuid],
    clock: &LocalClock,
) -> Result<(), StoreError> {
    storage.read(|all| crate::app::campaign_guard::check(all, batch.pending(), clock.now))?;
    storage.commit(batch).await?;
    // Reminders are derived data: if this second write fails, the next start plans them
    // again, so it need not share the first transaction.
    let reminders = storage.read(|all| reminder_batch(all, Some(contacts), clock));
    if reminders.is_empty() {
        return Ok(());
    }
    storage.commit(reminders).await
}

/// Contacts whose reminders are planned between two turns of the page.
const REMINDER_SLICE: usize = 250;

/// Plans the reminders of many `contacts` after a big write, a slice of them at a time,
/// telling `pace` how many are planned; then writes them at once. Returns whether it
/// wrote any.
pub async fn plan_reminders_of(
    storage: &impl Storage,
    contacts: &[Uuid],
    clock: &LocalClock,
    pace: &mut dyn DynPace,
) -> Result<bool, StoreError> {
    let mut batch = WriteBatch::new();
    let mut done = 0;
    for slice in contacts.chunks(REMINDER_SLICE) {
        for task in storage.read(|all| reminder_tasks(all, Some(slice), clock)) {
            batch.put(task);
        }
        done += slice.len();
        let progress = Progress {
            step: WorkStep::Writing,
            done,
            total: contacts.len(),
        };
        pace.after_dyn(progress).await;
    }
    if batch.is_empty() {
        return Ok(false);
    }
    storage.commit(batch).await.map(|()| true)
}

/// Plans the reminders of every contact, as at start-up. Returns whether it wrote any.
pub async fn plan_all_reminders(
    storage: &impl Storage,
    clock: &LocalClock,
) -> Result<bool, StoreError> {
    let batch = storage.read(|all| reminder_batch(all, None, clock));
    if batch.is_empty() {
        return Ok(false);
    }
    storage.commit(batch).await.map(|()| true)
}

fn reminder_batch(all: &Collections, contacts: Option<&[Uuid]>, clock: &LocalClock) -> WriteBatch {
    let mut batch = WriteBatch::new();
    for task in reminder_tasks(all, contacts, clock) {
        batch.put(task);
    }
    batch
}

fn reminder_tasks(all: &Collections, contacts: Option<&[Uuid]>, clock: &LocalClock) -> Vec<Task> {
    match contacts {
        None => reminders::plan(
            all.contacts.iter(),
            all.interactions.iter(),
            all.orders.iter(),
            all.tasks.iter(),
            clock,
        ),
        Some(ids) => {
            let of = |id: &Uuid| Query::Equals(IndexName::Contact, (*id).into());
            reminders::plan(
                ids.iter().filter_map(|id| all.contacts.get(id)),
                ids.iter().flat_map(|id| all.interactions.query(of(id))),
                ids.iter().flat_map(|id| all.orders.query(of(id))),
                ids.iter().flat_map(|id| all.tasks.query(of(id))),
                clock,
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::storage::{MemoryStorage, fixed_clock};
    use crate::domain::contacts::contact::Contact;
    use crate::domain::tasks::task::TaskKind;
    use chrono::NaiveDate;

    #[test]
    fn a_write_plans_the_reminders_of_its_contacts() {
        let storage = MemoryStorage::default();
        let clock = fixed_clock();
        let mut rita = Contact::new("Rita", "Rhythmus", clock.now);
        rita.birthday = NaiveDate::from_ymd_opt(1975, 6, 24);
        let id = rita.meta.id;
        let mut batch = WriteBatch::new();
        batch.put(rita);
        futures::executor::block_on(commit(&storage, batch, &[id], &clock)).unwrap();
        let kinds: Vec<TaskKind> = storage.read(|all| all.tasks.iter().map(|t| t.kind).collect());
        assert_eq!(kinds, [TaskKind::Birthday]);
        assert_eq!(storage.commits.get(), 2, "the contact, then its reminder");
        assert!(!futures::executor::block_on(plan_all_reminders(&storage, &clock)).unwrap());
    }
}

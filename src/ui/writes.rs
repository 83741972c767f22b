//! Every write the pages make goes through [`save`]: it commits the batch, brings the
//! reminder tasks in line with it, and tells the views to read again. Errors go to the
//! notice bar in the user's language.

use crate::domain::dataset::DataSet;
use crate::domain::record::Record;
use crate::domain::tasks::reminders;
use crate::store::collection::Collections;
use crate::store::index::{IndexName, Query};
use crate::store::write_batch::WriteBatch;
use crate::ui::app_state::AppState;
use crate::ui::clock::local_clock;
use crate::ui::i18n::Msg;
use crate::ui::store_handle::store;
use chrono::Utc;
use leptos::prelude::*;
use uuid::Uuid;

/// What an undo puts back: the records as they were before a change.
#[derive(Clone, Debug, PartialEq)]
pub struct Undo {
    pub message: Msg,
    pub subject: String,
    pub restore: DataSet,
}

/// Commits `batch`; `contacts` are the contacts whose reminders it may change. Returns
/// whether the batch was saved.
pub async fn save(state: AppState, batch: WriteBatch, contacts: &[Uuid]) -> bool {
    if let Err(error) = store().commit(batch).await {
        state.error.set(Some(error));
        return false;
    }
    // Reminders are derived data: if this second write fails, the next start plans them
    // again, so it need not share the first transaction.
    let reminders = store().read(|all| reminder_batch(all, Some(contacts)));
    if let Err(error) = store().commit(reminders).await {
        state.error.set(Some(error));
    }
    state.data_changed();
    true
}

/// Plans the reminders of every contact, as at start-up.
pub async fn sync_all_reminders(state: AppState) {
    let batch = store().read(|all| reminder_batch(all, None));
    if batch.is_empty() {
        return;
    }
    match store().commit(batch).await {
        Ok(()) => state.data_changed(),
        Err(error) => state.error.set(Some(error)),
    }
}

fn reminder_batch(all: &Collections, contacts: Option<&[Uuid]>) -> WriteBatch {
    let clock = local_clock();
    let planned = match contacts {
        None => reminders::plan(
            all.contacts.iter(),
            all.interactions.iter(),
            all.orders.iter(),
            all.tasks.iter(),
            &clock,
        ),
        Some(ids) => {
            let of = |id: &Uuid| Query::Equals(IndexName::Contact, (*id).into());
            reminders::plan(
                ids.iter().filter_map(|id| all.contacts.get(id)),
                ids.iter().flat_map(|id| all.interactions.query(of(id))),
                ids.iter().flat_map(|id| all.orders.query(of(id))),
                ids.iter().flat_map(|id| all.tasks.query(of(id))),
                &clock,
            )
        }
    };
    let mut batch = WriteBatch::new();
    for task in planned {
        batch.put(task);
    }
    batch
}

/// The records `writes` would replace, as they are now. A record the write adds comes
/// back as a tombstone, so undoing removes it again.
pub fn restore_point(writes: &DataSet) -> DataSet {
    fn before<T: Record>(records: &[T], stored: impl Fn(&Uuid) -> Option<T>) -> Vec<T> {
        records
            .iter()
            .map(|record| {
                stored(&record.id()).unwrap_or_else(|| {
                    let mut gone = record.clone();
                    gone.meta_mut().mark_deleted(Utc::now());
                    gone
                })
            })
            .collect()
    }
    store().read(|all| DataSet {
        contacts: before(&writes.contacts, |id| {
            all.contacts.get_including_deleted(id).cloned()
        }),
        members: before(&writes.members, |id| {
            all.members.get_including_deleted(id).cloned()
        }),
        volumes: before(&writes.volumes, |id| {
            all.volumes.get_including_deleted(id).cloned()
        }),
        ..DataSet::default()
    })
}

/// Offers to undo a change: `restore` holds the records as they were.
pub fn offer_undo(state: AppState, message: Msg, subject: String, restore: DataSet) {
    state.undo.set(Some(Undo {
        message,
        subject,
        restore,
    }));
}

/// Puts the records of an undo back, newer than the change they undo.
pub async fn undo(state: AppState, undo: Undo) {
    let now = Utc::now();
    let mut restore = undo.restore.clone();
    let contacts: Vec<Uuid> = restore.contacts.iter().map(|c| c.meta.id).collect();
    fn refresh<T: Record>(records: &mut [T], now: chrono::DateTime<Utc>) {
        for record in records {
            record.meta_mut().touch(now);
        }
    }
    refresh(&mut restore.contacts, now);
    refresh(&mut restore.interactions, now);
    refresh(&mut restore.tasks, now);
    refresh(&mut restore.orders, now);
    refresh(&mut restore.leads, now);
    refresh(&mut restore.members, now);
    refresh(&mut restore.volumes, now);
    refresh(&mut restore.campaign_touches, now);
    let mut batch = WriteBatch::new();
    batch.put_all(restore);
    if save(state, batch, &contacts).await {
        state.undo.update(|shown| {
            if shown.as_ref() == Some(&undo) {
                *shown = None;
            }
        });
        state.merges.update(|merges| merges.retain(|m| *m != undo));
    }
}

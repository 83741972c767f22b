//! Undo, one mechanism for every command: before it writes, a command keeps the records
//! its batch replaces; undoing writes them back, newer than the change. A record the
//! command added comes back as a tombstone, so undoing removes it again.

use crate::app::storage::Storage;
use crate::app::writes::commit;
use crate::domain::dataset::DataSet;
use crate::domain::leads::lead_settings::LeadSettings;
use crate::domain::locale::local_clock::LocalClock;
use crate::domain::record::Record;
use crate::store::collection::{Collection, for_each_collection};
use crate::store::error::StoreError;
use crate::store::stored::Stored;
use crate::store::write_batch::WriteBatch;
use chrono::{DateTime, Utc};

/// The records as they were before a command, to put back.
#[derive(Clone, Debug, PartialEq)]
pub struct Undo {
    pub restore: DataSet,
    /// The lead settings before a command that changed them.
    pub lead_settings: Option<LeadSettings>,
}

impl Undo {
    /// The records `writes` would replace, as they are now.
    pub fn before(storage: &impl Storage, writes: &DataSet, now: DateTime<Utc>) -> Undo {
        fn before<T: Stored>(records: &[T], stored: &Collection<T>, now: DateTime<Utc>) -> Vec<T> {
            records
                .iter()
                .map(|record| {
                    stored
                        .get_including_deleted(&record.id())
                        .cloned()
                        .unwrap_or_else(|| record.tombstone(now))
                })
                .collect()
        }
        let restore = storage.read(|all| {
            let mut restore = DataSet::default();
            macro_rules! each {
                ($($field:ident: $t:ty),* $(,)?) => {$(
                    restore.$field = before(&writes.$field, &all.$field, now);
                )*};
            }
            for_each_collection!(each);
            restore
        });
        Undo {
            restore,
            lead_settings: None,
        }
    }

    /// The contacts the undo touches, whose reminders it may change.
    pub fn contacts(&self) -> Vec<uuid::Uuid> {
        self.restore.contacts.iter().map(|c| c.meta.id).collect()
    }
}

/// Writes a command's batch and returns the undo for it.
pub async fn write_with_undo(
    storage: &impl Storage,
    writes: DataSet,
    clock: &LocalClock,
) -> Result<Undo, StoreError> {
    let undo = Undo::before(storage, &writes, clock.now);
    let mut contacts: Vec<uuid::Uuid> = writes.contacts.iter().map(|c| c.meta.id).collect();
    contacts.extend(writes.interactions.iter().map(|i| i.contact_id));
    contacts.extend(writes.orders.iter().map(|o| o.contact_id));
    contacts.extend(writes.tasks.iter().filter_map(|t| t.contact_id));
    let mut batch = WriteBatch::new();
    batch.put_all(writes);
    commit(storage, batch, &contacts, clock).await?;
    Ok(undo)
}

/// Puts an undo's records back, newer than the change they undo.
pub async fn undo(
    storage: &impl Storage,
    undo: &Undo,
    clock: &LocalClock,
) -> Result<(), StoreError> {
    let mut restore = undo.restore.clone();
    fn refresh<T: Record>(records: &mut [T], now: DateTime<Utc>) {
        for record in records {
            record.meta_mut().touch(now);
        }
    }
    macro_rules! each {
        ($($field:ident: $t:ty),* $(,)?) => {$( refresh(&mut restore.$field, clock.now); )*};
    }
    for_each_collection!(each);
    let contacts = undo.contacts();
    let mut batch = WriteBatch::new();
    batch.put_all(restore);
    if let Some(settings) = &undo.lead_settings {
        batch.set_lead_settings(settings.clone());
    }
    commit(storage, batch, &contacts, clock).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::storage::{MemoryStorage, fixed_clock};
    use crate::domain::contacts::contact::Contact;

    use futures::executor::block_on;

    #[test]
    fn undo_puts_back_what_a_write_replaced_and_removes_what_it_added() {
        let storage = MemoryStorage::default();
        let clock = fixed_clock();
        let anna = Contact::new("Anna", "Lutz", clock.now);
        let first = DataSet {
            contacts: vec![anna.clone()],
            ..DataSet::default()
        };
        block_on(write_with_undo(&storage, first, &clock)).unwrap();

        let mut renamed = anna.clone();
        renamed.family_name = "Berg".into();
        let ben = Contact::new("Ben", "Kurz", clock.now);
        let change = DataSet {
            contacts: vec![renamed, ben.clone()],
            ..DataSet::default()
        };
        let later = LocalClock::utc(clock.now + chrono::Duration::minutes(1));
        let undo_it = block_on(write_with_undo(&storage, change, &later)).unwrap();
        assert_eq!(storage.read(|all| all.contacts.len()), 2);

        let last = LocalClock::utc(clock.now + chrono::Duration::minutes(2));
        block_on(undo(&storage, &undo_it, &last)).unwrap();
        storage.read(|all| {
            assert_eq!(all.contacts.get(&anna.meta.id).unwrap().family_name, "Lutz");
            assert!(
                all.contacts.get(&ben.meta.id).is_none(),
                "Ben is gone again"
            );
            assert_eq!(
                all.contacts.get(&anna.meta.id).unwrap().meta.updated_at,
                last.now
            );
            let ben_left = all.contacts.get_including_deleted(&ben.meta.id).unwrap();
            assert_eq!(
                (ben_left.given_name.as_str(), ben_left.family_name.as_str()),
                ("", ""),
                "what is left of Ben says only that he was removed"
            );
        });
    }

    #[test]
    fn a_failed_write_changes_nothing() {
        let storage = MemoryStorage::default();
        let clock = fixed_clock();
        storage.fail_next_write(StoreError::QuotaExceeded);
        let anna = DataSet {
            contacts: vec![Contact::new("Anna", "Lutz", clock.now)],
            ..DataSet::default()
        };
        assert_eq!(
            block_on(write_with_undo(&storage, anna, &clock)),
            Err(StoreError::QuotaExceeded)
        );
        assert_eq!(storage.read(|all| all.contacts.len()), 0);
    }
}

//! The person's rights: a copy of everything stored about them (right of access, GDPR
//! Art. 15) and erasure from every store (Art. 17). Erasure has no undo: an undo would
//! keep the very data the person asked to have removed.

use crate::app::storage::Storage;
use crate::app::writes::commit;
use crate::domain::contacts::erasure::erase;
use crate::domain::contacts::person::PersonRecords;
use crate::domain::locale::local_clock::LocalClock;
use crate::io::person_export::{file_name, person_to_json};
use crate::store::error::StoreError;
use crate::store::person_records::person_records;
use crate::store::write_batch::WriteBatch;
use uuid::Uuid;

/// The access file: its name (starting with `prefix`, in the rep's language) and JSON.
#[derive(Clone, Debug, PartialEq)]
pub struct AccessFile {
    pub name: String,
    pub json: String,
}

pub fn access_file(
    storage: &impl Storage,
    id: Uuid,
    prefix: &str,
    clock: &LocalClock,
) -> Option<AccessFile> {
    let person = person(storage, id)?;
    Some(access_file_of(&person, prefix, clock))
}

/// Everything stored about one person, if they are there.
pub fn person(storage: &impl Storage, id: Uuid) -> Option<PersonRecords> {
    storage.read(|all| person_records(all, id))
}

/// The access file of records already read: pure work, which the pages load only when a
/// copy is asked for.
pub fn access_file_of(person: &PersonRecords, prefix: &str, clock: &LocalClock) -> AccessFile {
    AccessFile {
        name: file_name(person, prefix, clock.now),
        json: person_to_json(person, clock.now),
    }
}

/// Removes the person from every store (right to erasure); `false` when they are gone.
pub async fn erase_person(
    storage: &impl Storage,
    id: Uuid,
    clock: &LocalClock,
) -> Result<bool, StoreError> {
    let Some(person) = storage.read(|all| person_records(all, id)) else {
        return Ok(false);
    };
    let mut batch = WriteBatch::new();
    batch.put_all(erase(person, clock.now));
    commit(storage, batch, &[], clock).await.map(|()| true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::storage::{MemoryStorage, fixed_clock};
    use crate::app::undo::write_with_undo;
    use crate::domain::contacts::contact::Contact;
    use crate::domain::dataset::DataSet;

    use futures::executor::block_on;

    #[test]
    fn the_access_file_names_the_person_and_erasure_leaves_nothing_of_them() {
        let storage = MemoryStorage::default();
        let clock = fixed_clock();
        let mut anna = Contact::new("Anna", "Lutz", clock.now);
        anna.notes = "Mag Pfefferminztee".into();
        let data = DataSet {
            contacts: vec![anna.clone()],
            ..DataSet::default()
        };
        block_on(write_with_undo(&storage, data, &clock)).unwrap();

        let file = access_file(&storage, anna.meta.id, "Auskunft", &clock).unwrap();
        assert!(file.name.starts_with("Auskunft"), "{}", file.name);
        assert!(file.json.contains("Mag Pfefferminztee"));

        assert_eq!(
            block_on(erase_person(&storage, anna.meta.id, &clock)),
            Ok(true)
        );
        storage.read(|all| {
            let left = all.contacts.get_including_deleted(&anna.meta.id);
            assert!(left.is_none_or(|c| c.notes.is_empty() && c.given_name.is_empty()));
        });
        assert!(access_file(&storage, anna.meta.id, "Auskunft", &clock).is_none());
    }
}

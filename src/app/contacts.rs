//! Contacts as a whole: the list (searchable, filtered, sorted), one contact, the form
//! checked and saved, deleting with undo, and the contacts an export writes.

use crate::app::referral_invites::with_referral_named_in;
use crate::app::storage::Storage;
use crate::app::undo::{Undo, write_with_undo};
use crate::domain::contacts::contact::Contact;
use crate::domain::contacts::directory::ContactDirectory;
use crate::domain::contacts::draft::{CheckContext, ContactDraft, FieldError};
use crate::domain::contacts::referral::Referrals;
use crate::domain::dataset::DataSet;
use crate::domain::locale::local_clock::LocalClock;
use crate::domain::record::Record;
use crate::store::collection::Collections;
use crate::store::error::StoreError;
use uuid::Uuid;

/// Every live contact with their last contact and next follow-up, for the list; not yet
/// searchable (see [`with_search_texts`]).
pub fn directory(storage: &impl Storage) -> ContactDirectory {
    storage.read(|all| {
        ContactDirectory::unsearched(
            all.contacts.iter(),
            all.interactions.iter(),
            all.tasks.iter(),
        )
    })
}

/// The list made searchable.
pub fn with_search_texts(
    storage: &impl Storage,
    mut directory: ContactDirectory,
) -> ContactDirectory {
    storage.read(|all| directory.add_search_texts(|id| all.contacts.get(id)));
    directory
}

/// The list's rows given their last contact, once start-up has read the interactions.
pub fn with_last_contacts(
    storage: &impl Storage,
    mut directory: ContactDirectory,
) -> ContactDirectory {
    storage.read(|all| directory.set_last_contacts(all.interactions.iter()));
    directory
}

/// Every live contact by name only, for picking one in a form.
pub fn name_directory(storage: &impl Storage) -> ContactDirectory {
    storage.read(|all| ContactDirectory::new(all.contacts.iter(), [], []))
}

pub fn contact(storage: &impl Storage, id: Uuid) -> Option<Contact> {
    storage.read(|all| all.contacts.get(&id).cloned())
}

pub fn name(storage: &impl Storage, id: Uuid) -> Option<String> {
    storage.read(|all| all.contacts.get(&id).map(Contact::display_name))
}

/// The contacts to export: `only` these, or all of them.
pub fn for_export(storage: &impl Storage, only: Option<&[Uuid]>) -> Vec<Contact> {
    storage.read(|all| match only {
        Some(ids) => ids
            .iter()
            .filter_map(|id| all.contacts.get(id).cloned())
            .collect(),
        None => all.contacts.iter().cloned().collect(),
    })
}

/// Who referred whom, among the live contacts.
pub(crate) fn referral_links(all: &Collections) -> Referrals {
    Referrals::new(
        all.contacts
            .iter()
            .filter_map(|c| c.referred_by.map(|r| (c.meta.id, r))),
    )
}

/// The contact form checked against what is stored (a referral may not go round in a
/// circle): the contact to save, or every problem.
pub fn check_contact_form(
    storage: &impl Storage,
    draft: &ContactDraft,
    editing: Option<&Contact>,
    calling_code: &str,
    clock: &LocalClock,
) -> Result<Contact, Vec<FieldError>> {
    let referrals = storage.read(referral_links);
    draft.check(
        editing,
        &CheckContext {
            calling_code,
            now: clock.now,
            referrals: &referrals,
        },
    )
}

/// Saves a contact; a new one whose notes carry a customer's referral code (the friend
/// turned up with it) is saved as referred by that customer.
pub async fn save_contact(
    storage: &impl Storage,
    mut contact: Contact,
    clock: &LocalClock,
) -> Result<Undo, StoreError> {
    let referred = storage.read(|all| {
        let new = all
            .contacts
            .get_including_deleted(&contact.meta.id)
            .is_none();
        new.then(|| with_referral_named_in(all, &contact, &contact.notes))
            .flatten()
    });
    if let Some(referred) = referred {
        contact = referred;
    }
    let writes = DataSet {
        contacts: vec![contact],
        ..DataSet::default()
    };
    write_with_undo(storage, writes, clock).await
}

/// Deletes a contact (its history stays, for undoing). Returns its name and the undo;
/// `None` if it is already gone.
pub async fn delete_contact(
    storage: &impl Storage,
    id: Uuid,
    clock: &LocalClock,
) -> Result<Option<(String, Undo)>, StoreError> {
    let Some(mut gone) = storage.read(|all| all.contacts.get(&id).cloned()) else {
        return Ok(None);
    };
    let name = gone.display_name();
    gone.meta_mut().mark_deleted(clock.now);
    let writes = DataSet {
        contacts: vec![gone],
        ..DataSet::default()
    };
    let undo = write_with_undo(storage, writes, clock).await?;
    Ok(Some((name, undo)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::storage::{MemoryStorage, fixed_clock};
    use crate::app::undo::undo;
    use crate::domain::contacts::draft::Field;

    use futures::executor::block_on;

    #[test]
    fn a_deleted_contact_comes_back_with_undo() {
        let storage = MemoryStorage::default();
        let clock = fixed_clock();
        let anna = Contact::new("Anna", "Lutz", clock.now);
        let data = DataSet {
            contacts: vec![anna.clone()],
            ..DataSet::default()
        };
        block_on(write_with_undo(&storage, data, &clock)).unwrap();

        let (name, undo_it) = block_on(delete_contact(&storage, anna.meta.id, &clock))
            .unwrap()
            .unwrap();
        assert_eq!(name, "Anna Lutz");
        assert!(storage.read(|all| all.contacts.get(&anna.meta.id).is_none()));
        assert_eq!(
            block_on(delete_contact(&storage, anna.meta.id, &clock)),
            Ok(None)
        );

        block_on(undo(&storage, &undo_it, &clock)).unwrap();
        assert!(storage.read(|all| all.contacts.get(&anna.meta.id).is_some()));
    }

    #[test]
    fn a_referral_that_goes_round_in_a_circle_is_refused_at_the_field() {
        let storage = MemoryStorage::default();
        let clock = fixed_clock();
        let anna = Contact::new("Anna", "Lutz", clock.now);
        let mut ben = Contact::new("Ben", "Kurz", clock.now);
        ben.referred_by = Some(anna.meta.id);
        block_on(save_contact(&storage, anna.clone(), &clock)).unwrap();
        block_on(save_contact(&storage, ben.clone(), &clock)).unwrap();

        let mut draft = ContactDraft::of(&anna);
        draft.referred_by = Some(ben.meta.id);
        let refused = check_contact_form(&storage, &draft, Some(&anna), "49", &clock).unwrap_err();
        assert!(
            refused.iter().any(|e| e.field == Field::ReferredBy),
            "{refused:?}"
        );

        draft.referred_by = None;
        draft.notes = "Kommt zur Party".into();
        let checked = check_contact_form(&storage, &draft, Some(&anna), "49", &clock).unwrap();
        block_on(save_contact(&storage, checked, &clock)).unwrap();
        assert_eq!(
            contact(&storage, anna.meta.id).unwrap().notes,
            "Kommt zur Party"
        );
        assert_eq!(for_export(&storage, Some(&[ben.meta.id])).len(), 1);
        assert_eq!(for_export(&storage, None).len(), 2);
    }
}

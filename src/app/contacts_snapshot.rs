//! The stored contacts as they are now, for long work that gives the page turns while it
//! runs (the import's check, the search for duplicates): the store may be written in
//! those turns, so the work cannot hold on to it. The store keeps each contact behind an
//! `Rc` and a write puts a new one in its place, so the snapshot shares the contacts
//! instead of copying them, and taking it is quick even for 10,000. A write while the
//! work runs changes the data's revision, and the page starts the work again.

use crate::app::storage::Storage;
use crate::domain::contacts::contact::Contact;
use std::rc::Rc;

/// Every stored contact, deleted ones included.
pub fn contacts_snapshot(storage: &impl Storage) -> Vec<Rc<Contact>> {
    storage.read(|all| all.contacts.shared_including_deleted().collect())
}

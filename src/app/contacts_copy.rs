//! A copy of the stored contacts for long work that gives the page turns while it runs
//! (the import's check, the search for duplicates): the store may be written in those
//! turns, so the work cannot hold on to it. The copy is taken a slice at a time, so
//! that taking it does not hold up the page either; a write between two slices changes
//! the data's revision, and the page starts the work again.

use crate::app::storage::Storage;
use crate::domain::contacts::contact::Contact;
use crate::domain::pace::{Pace, Progress};

const SLICE: usize = 1000;

/// Every stored contact, deleted ones included; `pace` hears `progress` between slices.
pub async fn contacts_copy(
    storage: &impl Storage,
    pace: &mut impl Pace,
    progress: Progress,
) -> Vec<Contact> {
    let mut copy = Vec::new();
    loop {
        let taken = storage.read(|all| {
            let before = copy.len();
            let slice = all
                .contacts
                .iter_including_deleted()
                .skip(before)
                .take(SLICE);
            copy.extend(slice.cloned());
            copy.len() - before
        });
        if taken < SLICE {
            return copy;
        }
        pace.after(progress).await;
    }
}

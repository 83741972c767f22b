//! One import flow for every kind of file: read the bytes (refused with the reason, or
//! rows), check them against what is stored and show the preview, then write all of it
//! in one transaction with one undo. Each kind plugs in its reader and planner: contact
//! files in [`crate::app::contact_import`], back-office team lists in
//! [`crate::app::team_list`].

use crate::app::storage::Storage;
use crate::app::undo::{Undo, write_with_undo};
use crate::domain::dataset::DataSet;
use crate::domain::locale::local_clock::LocalClock;
use crate::store::error::StoreError;

/// How an import counts what it added and updated for its summary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Counting {
    /// The contacts written: new ones were not stored before.
    ContactsWritten,
    /// As the plan counted its rows (a team list also numbers the rep's own member,
    /// which is no row of the list).
    Planned { added: usize, updated: usize },
}

/// What an import wrote, for its summary ("3 neu, 1 aktualisiert") and its undo.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    pub added: usize,
    pub updated: usize,
    pub undo: Undo,
}

/// Writes an import's records in one transaction.
pub async fn write_import(
    storage: &impl Storage,
    writes: DataSet,
    counting: Counting,
    clock: &LocalClock,
) -> Result<Imported, StoreError> {
    let undo = write_with_undo(storage, writes, clock).await?;
    let (added, updated) = match counting {
        Counting::ContactsWritten => {
            // What was there before is what the import updated; a tombstone means new.
            let before = &undo.restore.contacts;
            let added = before.iter().filter(|c| c.meta.is_deleted()).count();
            (added, before.len() - added)
        }
        Counting::Planned { added, updated } => (added, updated),
    };
    Ok(Imported {
        added,
        updated,
        undo,
    })
}

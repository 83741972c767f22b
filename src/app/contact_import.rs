//! Importing contacts, through the one import flow ([`crate::app::import`]): a vCard or
//! CSV file (or contacts picked on the phone) read into rows, planned against the stored
//! contacts (new, updated, unchanged, likely duplicates, deleted before, wrong), then
//! written in one transaction with undo.

use crate::app::contacts_snapshot::contacts_snapshot;
use crate::app::import::{Counting, Imported, write_import};
use crate::app::storage::Storage;
use crate::domain::contacts::contact::Contact;
use crate::domain::contacts::draft::ContactDraft;
use crate::domain::contacts::import_plan::{
    BatchChoice, DuplicateChoice, ImportPlan, plan_import_paced,
};
use crate::domain::dataset::DataSet;
use crate::domain::locale::local_clock::LocalClock;
use crate::domain::pace::{Pace, Progress, WorkStep};
use crate::io::contact_file::{
    ContactFile, FileProblem, Format, ImportRow, ReadOptions, read_contact_file_paced,
};
use crate::io::vcard::text::Charsets;
use crate::store::error::StoreError;
use std::rc::Rc;
use uuid::Uuid;

/// Reads a contact file, telling `pace` after each card or row; `charsets` decodes the
/// rare character sets (the browser's `TextDecoder`).
pub async fn read(
    bytes: &[u8],
    options: &ReadOptions,
    charsets: &dyn Charsets,
    pace: &mut impl Pace,
) -> Result<ContactFile, FileProblem> {
    read_contact_file_paced(bytes, options, charsets, pace).await
}

/// Contacts picked on the phone, as a file of rows.
pub fn picked(drafts: &[ContactDraft]) -> ContactFile {
    ContactFile {
        format: Format::Vcard,
        rows: drafts
            .iter()
            .enumerate()
            .map(|(i, draft)| ImportRow {
                line: i + 1,
                uid: None,
                draft: draft.clone(),
                problem: None,
            })
            .collect(),
        layout: None,
        leftovers: Vec::new(),
    }
}

/// An import's plan with what each choice for the likely duplicates would write.
#[derive(Clone, Debug, PartialEq)]
pub struct PlannedImport {
    pub plan: ImportPlan,
    /// Contacts written when the duplicates are skipped, joined, added as new.
    writes: [usize; 3],
}

const CHOICES: [DuplicateChoice; 3] = [
    DuplicateChoice::Skip,
    DuplicateChoice::Join,
    DuplicateChoice::AddAsNew,
];

impl PlannedImport {
    /// How many contacts the import writes with this choice for the likely duplicates.
    pub fn contacts_written(&self, duplicates: DuplicateChoice) -> usize {
        CHOICES
            .iter()
            .position(|&choice| choice == duplicates)
            .map_or(0, |at| self.writes[at])
    }
}

/// What importing the file would do, writing nothing; `pace` hears after each row.
pub async fn plan(
    storage: &impl Storage,
    file: &ContactFile,
    batch: &BatchChoice,
    calling_code: &str,
    clock: &LocalClock,
    pace: &mut impl Pace,
) -> PlannedImport {
    let rows: Vec<_> = file
        .rows
        .iter()
        .filter(|row| row.problem.is_none())
        .map(ImportRow::incoming)
        .collect();
    let waiting = Progress {
        step: WorkStep::Checking,
        done: 0,
        total: rows.len(),
    };
    let stored = contacts_snapshot(storage);
    let stored: Vec<&Contact> = stored.iter().map(Rc::as_ref).collect();
    let plan = plan_import_paced(&stored, rows, batch, calling_code, clock.now, pace).await;
    let done = Progress {
        done: waiting.total,
        ..waiting
    };
    let mut writes = [0; 3];
    for (count, choice) in writes.iter_mut().zip(CHOICES) {
        *count = plan.count_to_write(choice);
        pace.after(done).await;
    }
    PlannedImport { plan, writes }
}

/// The name of a contact a plan mentions, from the plan or the stored contacts.
pub fn name_of(storage: &impl Storage, plan: &ImportPlan, id: Uuid) -> String {
    plan.rows
        .iter()
        .filter_map(|r| r.contact.as_ref())
        .find(|c| c.meta.id == id)
        .map(Contact::display_name)
        .or_else(|| storage.read(|all| all.contacts.get(&id).map(Contact::display_name)))
        .unwrap_or_default()
}

/// What the plan writes with the user's choice for likely duplicates: taken from the
/// plan before the write, so that the write does not need a copy of the whole plan.
pub fn to_write(plan: &ImportPlan, duplicates: DuplicateChoice) -> DataSet {
    DataSet {
        contacts: plan.contacts_to_write(duplicates),
        ..DataSet::default()
    }
}

/// Writes what [`to_write`] took from a plan.
pub async fn write(
    storage: &impl Storage,
    writes: DataSet,
    clock: &LocalClock,
) -> Result<Imported, StoreError> {
    write_import(storage, writes, Counting::ContactsWritten, clock).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::storage::{MemoryStorage, fixed_clock};
    use crate::app::undo::undo;
    use crate::domain::pace::{Unpaced, unpaced};
    use crate::io::vcard::text::BuiltInCharsets;

    use futures::executor::block_on;

    #[test]
    fn a_file_imports_once_updates_later_and_undoes() {
        let storage = MemoryStorage::default();
        let clock = fixed_clock();
        let cards = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:a-1\r\nN:Lutz;Anna;;;\r\nTEL:0171 2345678\r\nEND:VCARD\r\n\
                     BEGIN:VCARD\r\nVERSION:3.0\r\nN:Kurz;Ben;;;\r\nEND:VCARD\r\n";
        let file = unpaced(read(
            cards.as_bytes(),
            &ReadOptions::default(),
            &BuiltInCharsets,
            &mut Unpaced,
        ))
        .unwrap();
        let batch = BatchChoice::default();
        let first = unpaced(plan(&storage, &file, &batch, "49", &clock, &mut Unpaced));
        assert_eq!(first.contacts_written(DuplicateChoice::Skip), 2);
        let first = first.plan;
        let imported = block_on(write(
            &storage,
            to_write(&first, DuplicateChoice::Skip),
            &clock,
        ))
        .unwrap();
        assert_eq!((imported.added, imported.updated), (2, 0));
        let again = unpaced(plan(&storage, &file, &batch, "49", &clock, &mut Unpaced));
        assert!(
            again
                .plan
                .contacts_to_write(DuplicateChoice::AddAsNew)
                .is_empty()
        );
        assert_eq!(again.contacts_written(DuplicateChoice::AddAsNew), 0);

        let changed = cards.replace(
            "TEL:0171 2345678",
            "TEL:0171 2345678\r\nEMAIL:anna@example.de",
        );
        let file = unpaced(read(
            changed.as_bytes(),
            &ReadOptions::default(),
            &BuiltInCharsets,
            &mut Unpaced,
        ))
        .unwrap();
        let update = unpaced(plan(&storage, &file, &batch, "49", &clock, &mut Unpaced)).plan;
        let imported = block_on(write(
            &storage,
            to_write(&update, DuplicateChoice::Skip),
            &clock,
        ))
        .unwrap();
        assert_eq!((imported.added, imported.updated), (0, 1));
        block_on(undo(&storage, &imported.undo, &clock)).unwrap();
        let anna = storage.read(|all| {
            all.contacts
                .iter()
                .find(|c| c.given_name == "Anna")
                .cloned()
        });
        assert!(anna.unwrap().emails.is_empty(), "the update is undone");
    }
}

//! A full backup: one compressed file with every record (tombstones included), the
//! settings, the plan, the pipelines and the pairs marked as different people, made on
//! the device and restored on it. The file is checked whole before anything is replaced.
//! The format is described in `docs/backup-format.md`.

use crate::app::storage::Storage;
use crate::app::writes::plan_reminders_of;
use crate::domain::locale::local_clock::LocalClock;
use crate::domain::pace::{DynPace, Pace, PartOf, Progress, WHOLE, WorkStep};
use crate::domain::settings::preferences::Settings;
use crate::domain::sync::record_merge::{MergeCounts, merge_records};
use crate::io::backup_file::{
    Contents, EnvelopeError, FileKind, Section, read_file_paced, write_file_paced,
};
use crate::store::backup_values::{Everything, everything_from};
use crate::store::chunk::FORMAT_VERSION;
use crate::store::collection::for_each_collection;
use crate::store::error::StoreError;
use crate::store::index::{IndexKey, IndexName};
use crate::store::kind::CollectionKind;
use crate::store::stored::Stored;
use crate::store::write_batch::WriteBatch;
use chrono::{DateTime, Utc};
use std::collections::BTreeSet;
use uuid::Uuid;

/// Records merged between two turns of the page.
const MERGE_SLICE: usize = 2000;

/// Why a file cannot be restored; nothing stored has changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BackupRefused {
    File(EnvelopeError),
    /// Written by a newer Teamline, whose data this version cannot read.
    NewerData {
        format: u8,
    },
    /// A part of the file that cannot be read, by its key (`contacts/07`, `settings`).
    Unreadable {
        part: String,
        problem: String,
    },
}

/// A backup read and checked, ready to restore, with what it holds for the preview.
pub struct CheckedBackup {
    pub made_at: Option<DateTime<Utc>>,
    /// Live records per collection.
    pub counts: Vec<(CollectionKind, usize)>,
    everything: Everything,
}

/// The backup file of everything stored now, telling `pace` how far it is.
pub async fn make_backup(
    storage: &impl Storage,
    clock: &LocalClock,
    pace: &mut dyn DynPace,
) -> Result<Vec<u8>, StoreError> {
    // Packing takes about twice as long as gathering the records.
    let sections = storage
        .backup_values(&mut PartOf::new(pace, WorkStep::Packing, 0, 350))
        .await?
        .into_iter()
        .map(|(key, bytes)| Section { key, bytes })
        .collect();
    let contents = Contents {
        made_at_ms: clock.now.timestamp_millis(),
        data_format: FORMAT_VERSION,
        sections,
    };
    let mut packing = PartOf::new(pace, WorkStep::Packing, 350, 650);
    Ok(write_file_paced(FileKind::Backup, &contents, &mut packing).await)
}

/// Reads a backup file and every record in it, through the migrations older versions'
/// data needs; refuses it whole at the first part that cannot be read. Tells `pace` how
/// far it is.
pub async fn check_backup(
    file: &[u8],
    pace: &mut dyn DynPace,
) -> Result<CheckedBackup, BackupRefused> {
    let mut unpacking = PartOf::new(pace, WorkStep::Unpacking, 0, 400);
    let contents = read_file_paced(file, FileKind::Backup, &mut unpacking)
        .await
        .map_err(BackupRefused::File)?;
    if contents.data_format > FORMAT_VERSION {
        return Err(BackupRefused::NewerData {
            format: contents.data_format,
        });
    }
    let values: Vec<(String, Vec<u8>)> = contents
        .sections
        .into_iter()
        .map(|s| (s.key, s.bytes))
        .collect();
    let mut reading = PartOf::new(pace, WorkStep::Unpacking, 400, 600);
    let everything = everything_from(&values, &mut reading).await;
    let everything = everything.map_err(|error| match error {
        StoreError::Unreadable { chunk, problem } => BackupRefused::Unreadable {
            part: chunk,
            problem,
        },
        other => BackupRefused::Unreadable {
            part: String::new(),
            problem: format!("{other:?}"),
        },
    })?;
    let data = &everything.data;
    let counts = vec![
        (CollectionKind::Contacts, data.contacts.len()),
        (CollectionKind::Interactions, data.interactions.len()),
        (CollectionKind::Tasks, data.tasks.len()),
        (CollectionKind::Leads, data.leads.len()),
        (CollectionKind::Orders, data.orders.len()),
        (CollectionKind::Members, data.members.len()),
        (CollectionKind::Volumes, data.volumes.len()),
        (CollectionKind::Campaigns, data.campaigns.len()),
        (CollectionKind::CampaignTouches, data.campaign_touches.len()),
        (CollectionKind::SavedSegments, data.saved_segments.len()),
    ];
    Ok(CheckedBackup {
        made_at: DateTime::from_timestamp_millis(contents.made_at_ms),
        counts,
        everything,
    })
}

/// Replaces everything stored with the backup, in one transaction: if it fails, what
/// was stored stays as it was. Returns the settings now in effect. Tells `pace` how far
/// it is.
pub async fn restore_backup(
    storage: &impl Storage,
    backup: CheckedBackup,
    pace: &mut dyn DynPace,
) -> Result<Settings, StoreError> {
    let mut writing = PartOf::new(pace, WorkStep::Writing, 0, WHOLE);
    storage
        .replace_everything(backup.everything, &mut writing)
        .await?;
    // The data is now as safe as that backup: its date is the last backup's.
    let mut settings = storage.settings();
    if backup.made_at.is_some() {
        settings.backups.last_backup_at = backup.made_at;
        storage.save_settings(settings.clone()).await?;
    }
    Ok(settings)
}

/// Brings the backup's records together with the ones on the device instead of
/// replacing them: record by record, the newer version wins (see `record_merge`), so
/// nothing changed on the device since the backup is lost, and merging the same backup
/// twice changes nothing. The device keeps its own settings, plan and pipelines.
/// Restored records are history, not new messages, so the consent guard for new sends
/// does not judge them; the reminders are planned again afterwards. Tells `pace` how far
/// it is.
pub async fn merge_backup(
    storage: &impl Storage,
    backup: CheckedBackup,
    clock: &LocalClock,
    pace: &mut dyn DynPace,
) -> Result<MergeCounts, StoreError> {
    let incoming = backup.everything.data;
    let mut batch = WriteBatch::new();
    let mut counts = MergeCounts::default();
    let mut total = 0;
    macro_rules! count_each {
        ($($field:ident: $t:ty),* $(,)?) => {$(
            total += incoming.$field.iter_including_deleted().count();
        )*};
    }
    for_each_collection!(count_each);
    let mut merging = PartOf::new(pace, WorkStep::Merging, 0, 600);
    let mut touched = BTreeSet::new();
    let mut done = 0;
    macro_rules! merge_each {
        ($($field:ident: $t:ty),* $(,)?) => {$(
            let records: Vec<_> = incoming.$field.iter_including_deleted().cloned().collect();
            // A backup's records come from collections keyed by id, so no id comes in
            // two slices: merging slice by slice is merging them all at once.
            for slice in records.chunks(MERGE_SLICE) {
                let merged = storage.read(|all| merge_records(
                    |id| all.$field.get_including_deleted(id),
                    slice.iter().cloned(),
                ));
                counts += merged.counts;
                for record in merged.writes {
                    touched.extend(contacts_of(&record));
                    batch.put(record);
                }
                done += slice.len();
                merging.after(Progress { step: WorkStep::Merging, done, total }).await;
            }
        )*};
    }
    for_each_collection!(merge_each);
    let mut writing = PartOf::new(pace, WorkStep::Merging, 600, 300);
    storage.commit_paced(batch, &mut writing).await?;
    let touched: Vec<Uuid> = touched.into_iter().collect();
    let mut planning = PartOf::new(pace, WorkStep::Merging, 900, 90);
    plan_reminders_of(storage, &touched, clock, &mut planning).await?;
    let written = Progress {
        step: WorkStep::Merging,
        done: WHOLE,
        total: WHOLE,
    };
    pace.after_dyn(written).await;
    Ok(counts)
}

/// The contacts whose reminders a merged record may change: a contact itself, or the
/// contact an interaction, order or task is about.
fn contacts_of<T: Stored>(record: &T) -> impl Iterator<Item = Uuid> {
    let own = (T::KIND == CollectionKind::Contacts).then(|| record.id());
    let about = record
        .index_entries()
        .into_iter()
        .filter_map(|entry| match entry {
            (IndexName::Contact, IndexKey::Id(id)) => Some(id),
            _ => None,
        });
    own.into_iter().chain(about)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::settings::{Start, first_start, sample};
    use crate::app::storage::{MemoryStorage, fixed_clock};
    use crate::app::writes::plan_all_reminders;
    use crate::domain::pace::{Recorded, Unpaced};
    use crate::domain::settings::preferences::ThemePreference;
    use crate::io::backup_file::write_file;
    use crate::store::collection::{Collections, for_each_collection};
    use futures::executor::block_on;

    /// Every record of every collection, tombstones included, in a comparable order.
    fn every_record(all: &Collections) -> Vec<String> {
        let mut lines = Vec::new();
        macro_rules! each {
            ($($field:ident: $t:ty),* $(,)?) => {$(
                for bucket in 0..crate::store::collection::BUCKETS {
                    lines.extend(all.$field.bucket(bucket).map(|r| format!("{r:?}")));
                }
            )*};
        }
        for_each_collection!(each);
        lines.sort();
        lines
    }

    fn sample_storage() -> MemoryStorage {
        let clock = fixed_clock();
        let storage = MemoryStorage::default();
        let start = Start::Sample(Box::new(sample(7, "Maren Ohm", &clock)));
        block_on(first_start(&storage, "Maren Ohm", "DE", start, &clock)).unwrap();
        let mut settings = storage.settings();
        settings.theme = ThemePreference::Dark;
        block_on(storage.save_settings(settings)).unwrap();
        block_on(storage.mark_not_duplicate(uuid::Uuid::from_u128(1), uuid::Uuid::from_u128(2)))
            .unwrap();
        let someone = storage.read(|all| all.contacts.iter().nth(3).unwrap().meta.id);
        block_on(crate::app::contacts::delete_contact(
            &storage, someone, &clock,
        ))
        .unwrap();
        storage
    }

    #[test]
    fn back_up_delete_everything_restore_and_every_record_and_setting_is_back() {
        let clock = fixed_clock();
        let storage = sample_storage();
        let before = storage.read(every_record);
        assert!(before.len() > 500, "{} records", before.len());
        let settings = storage.settings();
        let file = block_on(make_backup(&storage, &clock, &mut Unpaced)).unwrap();

        block_on(storage.delete_everything()).unwrap();
        assert!(storage.read(every_record).is_empty());
        let backup = block_on(check_backup(&file, &mut Unpaced)).unwrap();
        assert_eq!(backup.made_at, Some(clock.now));
        let contacts = backup.counts[0];
        assert_eq!(contacts.0, CollectionKind::Contacts);
        assert!(contacts.1 > 50);
        let restored = block_on(restore_backup(&storage, backup, &mut Unpaced)).unwrap();
        assert_eq!(
            restored.backups.last_backup_at,
            Some(clock.now),
            "as safe as the backup"
        );
        let settings = Settings {
            backups: restored.backups.clone(),
            ..settings
        };
        assert_eq!(restored, settings);

        assert_eq!(storage.read(every_record), before);
        assert_eq!(storage.settings(), settings);
        assert_eq!(storage.not_duplicates().len(), 1);
    }

    /// The steps a pace heard of, and whether its bar only ever moved forward to the end.
    fn bar_of(recorded: &Recorded) -> (Vec<WorkStep>, bool) {
        let mut steps: Vec<_> = recorded.0.iter().map(|p| p.step).collect();
        steps.dedup();
        let forward = recorded.0.windows(2).all(|w| w[0].done <= w[1].done);
        let ends = recorded.0.last().is_some_and(|p| p.done == p.total);
        (steps, forward && ends)
    }

    #[test]
    fn making_checking_restoring_and_merging_each_move_one_bar_to_its_end() {
        let clock = fixed_clock();
        let storage = sample_storage();
        let mut making = Recorded::default();
        let file = block_on(make_backup(&storage, &clock, &mut making)).unwrap();
        assert_eq!(bar_of(&making), (vec![WorkStep::Packing], true));
        assert!(making.0.len() > 100, "{} turns", making.0.len());

        let mut checking = Recorded::default();
        let backup = block_on(check_backup(&file, &mut checking)).unwrap();
        assert_eq!(bar_of(&checking), (vec![WorkStep::Unpacking], true));

        // Restoring's bar is the device store's (tests/browser/backup.rs).
        let mut merging = Recorded::default();
        block_on(merge_backup(&storage, backup, &clock, &mut merging)).unwrap();
        assert_eq!(bar_of(&merging), (vec![WorkStep::Merging], true));
    }

    #[test]
    fn a_backup_merged_into_the_device_adds_what_is_missing_and_keeps_what_is_newer() {
        let clock = fixed_clock();
        let storage = sample_storage();
        let file = block_on(make_backup(&storage, &clock, &mut Unpaced)).unwrap();
        let later = LocalClock::utc(clock.now + chrono::Duration::hours(2));
        // Since the backup: one contact renamed, one deleted.
        let (renamed, deleted) = storage.read(|all| {
            let mut ids = all.contacts.iter().map(|c| c.meta.id).skip(10);
            (ids.next().unwrap(), ids.next().unwrap())
        });
        let mut contact = storage.read(|all| all.contacts.get(&renamed).unwrap().clone());
        contact.given_name = "Neuer Name".into();
        contact.meta.touch(later.now);
        let mut batch = WriteBatch::new();
        batch.put(contact);
        block_on(storage.commit(batch)).unwrap();
        block_on(crate::app::contacts::delete_contact(
            &storage, deleted, &later,
        ))
        .unwrap();

        let counts = block_on(merge_backup(
            &storage,
            block_on(check_backup(&file, &mut Unpaced)).unwrap(),
            &later,
            &mut Unpaced,
        ))
        .unwrap();
        assert_eq!(counts.changes(), 0, "{counts:?}");
        assert!(counts.kept_newer >= 2, "the rename and the deletion stay");
        storage.read(|all| {
            assert_eq!(all.contacts.get(&renamed).unwrap().given_name, "Neuer Name");
            assert!(all.contacts.get(&deleted).is_none());
        });

        // Another phone with data of its own: the backup's records join it.
        let other = MemoryStorage::default();
        block_on(first_start(&other, "Maren Ohm", "DE", Start::Empty, &clock)).unwrap();
        let own = other.read(|all| all.contacts.len());
        let backup = block_on(check_backup(&file, &mut Unpaced)).unwrap();
        let in_backup = backup.counts[0].1;
        let counts = block_on(merge_backup(&other, backup, &later, &mut Unpaced)).unwrap();
        assert!(counts.added > in_backup, "{counts:?}");
        assert_eq!(other.read(|all| all.contacts.len()), own + in_backup);
        let again = block_on(merge_backup(
            &other,
            block_on(check_backup(&file, &mut Unpaced)).unwrap(),
            &later,
            &mut Unpaced,
        ))
        .unwrap();
        assert_eq!(
            again.changes(),
            0,
            "merging the same backup twice changes nothing"
        );
    }

    #[test]
    fn the_merged_contacts_get_their_reminders_planned() {
        let clock = fixed_clock();
        let storage = sample_storage();
        let file = block_on(make_backup(&storage, &clock, &mut Unpaced)).unwrap();
        let weeks_later = LocalClock::utc(clock.now + chrono::Duration::days(20));
        let due_since = block_on(plan_all_reminders(&storage, &weeks_later)).unwrap();
        assert!(
            due_since,
            "reminders fall due in the 20 days after the backup"
        );

        let other = MemoryStorage::default();
        block_on(first_start(&other, "Maren Ohm", "DE", Start::Empty, &clock)).unwrap();
        let backup = block_on(check_backup(&file, &mut Unpaced)).unwrap();
        block_on(merge_backup(&other, backup, &weeks_later, &mut Unpaced)).unwrap();
        let left = block_on(plan_all_reminders(&other, &weeks_later)).unwrap();
        assert!(!left, "the merge planned every reminder its contacts need");
    }

    #[test]
    fn a_file_that_cannot_be_restored_changes_nothing() {
        let clock = fixed_clock();
        let storage = sample_storage();
        let before = storage.read(every_record);
        let file = block_on(make_backup(&storage, &clock, &mut Unpaced)).unwrap();
        let refused = |file: &[u8]| block_on(check_backup(file, &mut Unpaced)).err();
        assert_eq!(
            refused(&file[..file.len() / 2]),
            Some(BackupRefused::File(EnvelopeError::Damaged))
        );
        assert_eq!(
            refused(b"Vorname;Nachname\nAnna;Berg\n"),
            Some(BackupRefused::File(EnvelopeError::NotTeamline))
        );
        // A part inside that is not what its key says: named by its key.
        let contents = Contents {
            made_at_ms: 0,
            data_format: FORMAT_VERSION,
            sections: vec![Section {
                key: "contacts/07".into(),
                bytes: vec![b'T', FORMAT_VERSION, 1, 7, 9, 9, 9],
            }],
        };
        let broken = write_file(FileKind::Backup, &contents);
        assert!(matches!(
            refused(&broken),
            Some(BackupRefused::Unreadable { part, .. }) if part == "contacts/07"
        ));
        let newer = Contents {
            data_format: FORMAT_VERSION + 1,
            ..contents
        };
        assert_eq!(
            refused(&write_file(FileKind::Backup, &newer)),
            Some(BackupRefused::NewerData {
                format: FORMAT_VERSION + 1
            })
        );
        assert_eq!(storage.read(every_record), before);
    }
}

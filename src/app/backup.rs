//! A full backup: one compressed file with every record (tombstones included), the
//! settings, the plan, the pipelines and the pairs marked as different people, made on
//! the device and restored on it. The file is checked whole before anything is replaced.
//! The format is described in `docs/backup-format.md`.

use crate::app::storage::Storage;
use crate::app::writes::plan_all_reminders;
use crate::domain::locale::local_clock::LocalClock;
use crate::domain::settings::preferences::Settings;
use crate::domain::sync::record_merge::{MergeCounts, merge_records};
use crate::io::backup_file::{Contents, EnvelopeError, FileKind, Section, read_file, write_file};
use crate::store::backup_values::{Everything, everything_from};
use crate::store::chunk::FORMAT_VERSION;
use crate::store::collection::for_each_collection;
use crate::store::error::StoreError;
use crate::store::kind::CollectionKind;
use crate::store::write_batch::WriteBatch;
use chrono::{DateTime, Utc};

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

/// The backup file of everything stored now.
pub async fn make_backup(
    storage: &impl Storage,
    clock: &LocalClock,
) -> Result<Vec<u8>, StoreError> {
    let sections = storage
        .backup_values()
        .await?
        .into_iter()
        .map(|(key, bytes)| Section { key, bytes })
        .collect();
    let contents = Contents {
        made_at_ms: clock.now.timestamp_millis(),
        data_format: FORMAT_VERSION,
        sections,
    };
    Ok(write_file(FileKind::Backup, &contents))
}

/// Reads a backup file and every record in it, through the migrations older versions'
/// data needs; refuses it whole at the first part that cannot be read.
pub fn check_backup(file: &[u8]) -> Result<CheckedBackup, BackupRefused> {
    let contents = read_file(file, FileKind::Backup).map_err(BackupRefused::File)?;
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
    let everything = everything_from(&values).map_err(|error| match error {
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
/// was stored stays as it was. Returns the settings now in effect.
pub async fn restore_backup(
    storage: &impl Storage,
    backup: CheckedBackup,
) -> Result<Settings, StoreError> {
    storage.replace_everything(backup.everything).await?;
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
/// does not judge them; the reminders are planned again afterwards.
pub async fn merge_backup(
    storage: &impl Storage,
    backup: CheckedBackup,
    clock: &LocalClock,
) -> Result<MergeCounts, StoreError> {
    let incoming = backup.everything.data;
    let mut batch = WriteBatch::new();
    let mut counts = MergeCounts::default();
    storage.read(|all| {
        macro_rules! merge_each {
            ($($field:ident: $t:ty),* $(,)?) => {$(
                let merged = merge_records(
                    |id| all.$field.get_including_deleted(id),
                    incoming.$field.iter_including_deleted().cloned(),
                );
                counts += merged.counts;
                for record in merged.writes {
                    batch.put(record);
                }
            )*};
        }
        for_each_collection!(merge_each);
    });
    storage.commit(batch).await?;
    plan_all_reminders(storage, clock).await?;
    Ok(counts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::settings::{Start, first_start, sample};
    use crate::app::storage::{MemoryStorage, fixed_clock};
    use crate::domain::settings::preferences::ThemePreference;
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
        let file = block_on(make_backup(&storage, &clock)).unwrap();

        block_on(storage.delete_everything()).unwrap();
        assert!(storage.read(every_record).is_empty());
        let backup = check_backup(&file).unwrap();
        assert_eq!(backup.made_at, Some(clock.now));
        let contacts = backup.counts[0];
        assert_eq!(contacts.0, CollectionKind::Contacts);
        assert!(contacts.1 > 50);
        let restored = block_on(restore_backup(&storage, backup)).unwrap();
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

    #[test]
    fn a_backup_merged_into_the_device_adds_what_is_missing_and_keeps_what_is_newer() {
        let clock = fixed_clock();
        let storage = sample_storage();
        let file = block_on(make_backup(&storage, &clock)).unwrap();
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

        let counts =
            block_on(merge_backup(&storage, check_backup(&file).unwrap(), &later)).unwrap();
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
        let backup = check_backup(&file).unwrap();
        let in_backup = backup.counts[0].1;
        let counts = block_on(merge_backup(&other, backup, &later)).unwrap();
        assert!(counts.added > in_backup, "{counts:?}");
        assert_eq!(other.read(|all| all.contacts.len()), own + in_backup);
        let again = block_on(merge_backup(&other, check_backup(&file).unwrap(), &later)).unwrap();
        assert_eq!(
            again.changes(),
            0,
            "merging the same backup twice changes nothing"
        );
    }

    #[test]
    fn a_file_that_cannot_be_restored_changes_nothing() {
        let clock = fixed_clock();
        let storage = sample_storage();
        let before = storage.read(every_record);
        let file = block_on(make_backup(&storage, &clock)).unwrap();
        let refused = |file: &[u8]| check_backup(file).err();
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

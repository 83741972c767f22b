//! When the last backup was made and the gentle reminder when it gets old: browsers
//! may delete a site's data, and a backup is the only copy outside the browser.

use crate::app::storage::Storage;
use crate::domain::locale::local_clock::LocalClock;
use crate::domain::record::stored_precision;
use crate::domain::settings::preferences::Settings;
use crate::store::error::StoreError;

/// Notes that a backup file was just handed to the user. Returns the settings now.
pub async fn backup_saved(
    storage: &impl Storage,
    clock: &LocalClock,
) -> Result<Settings, StoreError> {
    let mut settings = storage.settings();
    settings.backups.last_backup_at = Some(stored_precision(clock.now));
    storage.save_settings(settings.clone()).await?;
    Ok(settings)
}

/// Remind after `days` without a backup; 0 never.
pub async fn set_backup_reminder(
    storage: &impl Storage,
    days: u16,
) -> Result<Settings, StoreError> {
    let mut settings = storage.settings();
    settings.backups.remind_after_days = days;
    storage.save_settings(settings.clone()).await?;
    Ok(settings)
}

/// The backup reminder, for the banner: whole days since the last backup (or since the
/// rep started, before their first) once that is past the chosen number.
pub fn backup_overdue_days(storage: &impl Storage, clock: &LocalClock) -> Option<i64> {
    let settings = storage.settings();
    let profile = settings.profile.as_ref()?;
    let started = storage.read(|all| {
        all.contacts
            .get(&profile.contact_id)
            .map(|c| c.meta.created_at)
    })?;
    settings.backups.overdue_days(started, clock.now)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::settings::{Start, first_start, sample};
    use crate::app::storage::{MemoryStorage, fixed_clock};
    use futures::executor::block_on;

    fn sample_storage() -> MemoryStorage {
        let clock = fixed_clock();
        let storage = MemoryStorage::default();
        let start = Start::Sample(Box::new(sample(7, "Maren Ohm", &clock)));
        block_on(first_start(&storage, "Maren Ohm", "DE", start, &clock)).unwrap();
        storage
    }

    #[test]
    fn the_reminder_counts_from_the_start_then_from_the_last_backup() {
        let clock = fixed_clock();
        let storage = sample_storage();
        assert_eq!(backup_overdue_days(&storage, &clock), None, "started today");
        let later = LocalClock::utc(clock.now + chrono::Duration::days(9));
        assert_eq!(backup_overdue_days(&storage, &later), Some(9));
        block_on(backup_saved(&storage, &later)).unwrap();
        assert_eq!(backup_overdue_days(&storage, &later), None);
        let much_later = LocalClock::utc(later.now + chrono::Duration::days(7));
        assert_eq!(backup_overdue_days(&storage, &much_later), Some(7));
        block_on(set_backup_reminder(&storage, 14)).unwrap();
        assert_eq!(backup_overdue_days(&storage, &much_later), None);
        assert_eq!(storage.settings().backups.remind_after_days, 14);
    }
}

//! The rep's settings and the data as a whole: the first start (empty, or with sample
//! data), the sample loaded later, saving settings, and deleting everything.

use crate::app::storage::Storage;
use crate::app::writes::commit;
use crate::domain::dataset::DataSet;
use crate::domain::locale::local_clock::LocalClock;
use crate::domain::record::stored_precision;
use crate::domain::sample::{Owner, Sample, SampleSize, generate_at};
use crate::domain::settings::first_start::start_empty;
use crate::domain::settings::preferences::Settings;
use crate::store::error::StoreError;
use crate::store::write_batch::WriteBatch;

pub fn settings(storage: &impl Storage) -> Settings {
    storage.settings()
}

pub async fn save_settings(storage: &impl Storage, settings: Settings) -> Result<(), StoreError> {
    storage.save_settings(settings).await
}

/// How the rep starts: with only themselves, or with a sample made by [`sample`].
#[derive(Clone, Debug, PartialEq)]
pub enum Start {
    Empty,
    Sample(Box<Sample>),
}

/// The demo sample drawn from `seed`, with the rep (`owner`) at its top. Pure work, and
/// the bulk of the generator's code: the pages load it only when asked for.
pub fn sample(seed: u64, owner: &str, clock: &LocalClock) -> Sample {
    generate_at(
        seed,
        SampleSize::DEMO,
        clock.today(),
        clock.now,
        &Owner { name: owner },
    )
}

/// Writes the rep's own contact and member (and the sample, if chosen), then the
/// settings with their profile. Returns the settings.
pub async fn first_start(
    storage: &impl Storage,
    name: &str,
    country: &str,
    start: Start,
    clock: &LocalClock,
) -> Result<Settings, StoreError> {
    let (data, profile) = match start {
        Start::Empty => start_empty(name, country, clock.now),
        Start::Sample(sample) => {
            let sample = *sample;
            let profile = sample.owner_profile(name, country);
            (sample.data, profile)
        }
    };
    write_all(storage, data, clock).await?;
    let mut settings = Settings {
        profile: Some(profile),
        ..storage.settings()
    };
    settings.backups.started_at = Some(stored_precision(clock.now));
    storage.save_settings(settings.clone()).await?;
    Ok(settings)
}

/// Whether the rep has no contacts but themselves, so that the sample is offered.
pub fn only_own_contact(storage: &impl Storage) -> bool {
    storage.read(|all| all.contacts.len() <= 1)
}

/// Adds a sample (from [`sample`]) under the rep's own contact and member.
pub async fn load_sample(
    storage: &impl Storage,
    sample: Sample,
    clock: &LocalClock,
) -> Result<(), StoreError> {
    let data = match storage.settings().profile.as_ref() {
        Some(profile) => sample.adopted_by(profile.contact_id, profile.member_id),
        None => sample.data,
    };
    write_all(storage, data, clock).await
}

/// The rep's name, as the sample's top member carries it.
pub fn owner_name(storage: &impl Storage) -> String {
    storage
        .settings()
        .profile
        .map(|p| p.name)
        .unwrap_or_default()
}

async fn write_all(
    storage: &impl Storage,
    data: DataSet,
    clock: &LocalClock,
) -> Result<(), StoreError> {
    let contacts: Vec<uuid::Uuid> = data.contacts.iter().map(|c| c.meta.id).collect();
    let mut batch = WriteBatch::new();
    batch.put_all(data);
    commit(storage, batch, &contacts, clock).await
}

/// Removes every record, the settings and the plan.
pub async fn delete_everything(storage: &impl Storage) -> Result<(), StoreError> {
    storage.delete_everything().await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::storage::{MemoryStorage, fixed_clock};

    use futures::executor::block_on;

    fn clock() -> LocalClock {
        fixed_clock()
    }

    #[test]
    fn an_empty_start_holds_the_rep_and_the_sample_comes_in_under_them() {
        let storage = MemoryStorage::default();
        let settings = block_on(first_start(
            &storage,
            "Eva Roth",
            "DE",
            Start::Empty,
            &clock(),
        ))
        .unwrap();
        let profile = settings.profile.clone().unwrap();
        assert_eq!(storage.settings(), settings);
        assert!(only_own_contact(&storage));
        storage.read(|all| {
            assert_eq!(
                all.contacts
                    .get(&profile.contact_id)
                    .unwrap()
                    .display_name(),
                "Eva Roth"
            );
            assert!(all.members.get(&profile.member_id).is_some());
        });

        let drawn = sample(7, &owner_name(&storage), &clock());
        block_on(load_sample(&storage, drawn, &clock())).unwrap();
        assert!(!only_own_contact(&storage));
        storage.read(|all| {
            let owner = all
                .contacts
                .iter()
                .filter(|c| c.display_name() == "Eva Roth")
                .count();
            assert_eq!(
                owner, 1,
                "the sample adopts the rep instead of adding a second one"
            );
            let under_rep = all
                .members
                .iter()
                .filter(|m| m.sponsor_id == Some(profile.member_id));
            assert!(under_rep.count() > 0, "the sample team hangs under the rep");
        });

        block_on(delete_everything(&storage)).unwrap();
        assert_eq!(storage.settings(), Settings::default());
        assert_eq!(storage.read(|all| all.contacts.len()), 0);
    }
}

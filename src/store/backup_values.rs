//! Everything the store keeps, as named values for a backup file, and back: each
//! collection's chunks as the database stores them (header and format version included)
//! and the settings' values. Reading a backup goes through the same loading as opening the
//! database, so a backup from an older version is upgraded by the same migrations.

use crate::domain::leads::lead_settings::LeadSettings;
use crate::domain::pace::{DynPace, Pace, PartOf, Progress, WorkStep};
use crate::domain::settings::preferences::Settings;
use crate::domain::team::plan::CompPlan;
use crate::store::chunk::{self, decode_meta};
use crate::store::collection::{BUCKETS, Collections, LoadingCollections};
use crate::store::error::StoreError;
use crate::store::kind::CollectionKind;
use crate::store::migration::{
    LEAD_SETTINGS_KEY, Loaded, NOT_DUPLICATES_KEY, PLAN_KEY, SETTINGS_KEY, load_value,
};
use crate::store::older_settings::decode_settings;
use crate::store::write_batch::ChunkWrite;
use uuid::Uuid;

/// Every record and setting, as a backup holds them.
#[derive(Default)]
pub struct Everything {
    pub data: Collections,
    pub settings: Settings,
    pub plan: Option<CompPlan>,
    pub lead_settings: Option<LeadSettings>,
    pub not_duplicates: Vec<(Uuid, Uuid)>,
}

/// What a backup's values are made from, borrowed from the store.
pub struct Kept<'a> {
    /// Encodes one bucket of one collection. Called once per bucket, so that a store's
    /// records need only be borrowed while one bucket is encoded, not while the page has
    /// its turns in between.
    pub bucket: &'a dyn Fn(CollectionKind, u8) -> ChunkWrite,
    pub settings: &'a Settings,
    pub plan: Option<&'a CompPlan>,
    pub lead_settings: Option<&'a LeadSettings>,
    pub not_duplicates: &'a [(Uuid, Uuid)],
}

/// The values, keyed as in the database: `contacts/07`, `settings`, … Buckets without
/// records are left out. Tombstones are records and go along. Tells `pace` after each
/// bucket.
pub async fn values_of(kept: &Kept<'_>, pace: &mut dyn DynPace) -> Vec<(String, Vec<u8>)> {
    let mut values = vec![(SETTINGS_KEY.to_string(), chunk::encode_meta(kept.settings))];
    if !kept.not_duplicates.is_empty() {
        let pairs = chunk::encode_meta(&kept.not_duplicates);
        values.push((NOT_DUPLICATES_KEY.to_string(), pairs));
    }
    if let Some(plan) = kept.plan {
        values.push((PLAN_KEY.to_string(), chunk::encode_meta(plan)));
    }
    if let Some(lead_settings) = kept.lead_settings {
        values.push((
            LEAD_SETTINGS_KEY.to_string(),
            chunk::encode_meta(lead_settings),
        ));
    }
    let total = CollectionKind::ALL.len() * usize::from(BUCKETS);
    for (index, kind) in CollectionKind::ALL.into_iter().enumerate() {
        for bucket in 0..BUCKETS {
            let chunk = (kept.bucket)(kind, bucket);
            if !is_empty_chunk(&chunk.bytes) {
                values.push((chunk.key, chunk.bytes));
            }
            pace.after_dyn(Progress {
                step: WorkStep::Packing,
                done: index * usize::from(BUCKETS) + usize::from(bucket) + 1,
                total,
            })
            .await;
        }
    }
    values
}

/// A chunk of no records: the header and postcard's zero length.
fn is_empty_chunk(bytes: &[u8]) -> bool {
    bytes.len() <= 5 && bytes.last() == Some(&0)
}

/// Reads the values back, refusing the whole set at the first one that cannot be read
/// (named by its key). Values of keys this version does not know are left out. Tells
/// `pace` after each value.
pub async fn everything_from(
    values: &[(String, Vec<u8>)],
    pace: &mut dyn DynPace,
) -> Result<Everything, StoreError> {
    let mut data = LoadingCollections::default();
    let mut everything = Everything::default();
    // Building the indexes at the end takes about a sixth of the time.
    let mut decoding = PartOf::new(pace, WorkStep::Unpacking, 0, 850);
    for (done, (key, bytes)) in values.iter().enumerate() {
        match key.as_str() {
            SETTINGS_KEY => everything.settings = decode_settings(key, bytes)?,
            NOT_DUPLICATES_KEY => everything.not_duplicates = decode_meta(key, bytes)?,
            PLAN_KEY => everything.plan = Some(decode_meta(key, bytes)?),
            LEAD_SETTINGS_KEY => everything.lead_settings = Some(decode_meta(key, bytes)?),
            _ if key.contains('/') => match load_value(&mut data, bytes) {
                Ok(Loaded::Chunk { .. }) => {}
                Ok(Loaded::Settings { .. }) => {
                    return Err(StoreError::unreadable(key, chunk::ChunkError::NotAChunk));
                }
                Err(StoreError::Unreadable { problem, .. }) => {
                    return Err(StoreError::Unreadable {
                        chunk: key.clone(),
                        problem,
                    });
                }
                Err(other) => return Err(other),
            },
            _ => {}
        }
        decoding
            .after(Progress {
                step: WorkStep::Unpacking,
                done: done + 1,
                total: values.len(),
            })
            .await;
    }
    let mut indexing = PartOf::new(pace, WorkStep::Unpacking, 850, 150);
    everything.data = data.finish_paced(&mut indexing).await;
    Ok(everything)
}

//! Several writes that land together or not at all.

use crate::domain::dataset::DataSet;
use crate::domain::leads::lead_settings::LeadSettings;
use crate::domain::pace::{DynPace, Progress, Unpaced, WorkStep, unpaced};
use crate::store::chunk;
use crate::store::collection::{Collections, Pending, bucket_of, for_each_collection};
use crate::store::kind::CollectionKind;
use crate::store::stored::Stored;
use chrono::{DateTime, Utc};
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use uuid::Uuid;

/// One chunk to write: its key in the `chunks` store and its new bytes.
#[derive(Clone)]
pub struct ChunkWrite {
    pub key: String,
    pub bytes: Vec<u8>,
}

#[derive(Default)]
pub struct WriteBatch {
    pending: Pending,
    len: usize,
    abort_after: Option<usize>,
    /// New lead settings, written in the same transaction as the records (a removed
    /// stage and the leads that leave it land together), and their stored bytes.
    lead_settings: Option<(LeadSettings, Vec<u8>)>,
}

impl WriteBatch {
    pub fn new() -> Self {
        WriteBatch::default()
    }

    /// Adds or replaces a record. A later put of the same id wins.
    pub fn put<T: Stored>(&mut self, record: T) -> &mut Self {
        T::pending_mut(&mut self.pending).push(record);
        self.len += 1;
        self
    }

    /// Deletes a record by leaving a tombstone, if it exists.
    pub fn delete<T: Stored>(
        &mut self,
        all: &Collections,
        id: Uuid,
        now: DateTime<Utc>,
    ) -> &mut Self {
        if let Some(record) = T::collection(all).get(&id) {
            let mut tombstone = record.clone();
            tombstone.meta_mut().mark_deleted(now);
            self.put(tombstone);
        }
        self
    }

    /// Every record of a data set, such as the sample data or an import.
    pub fn put_all(&mut self, data: DataSet) -> &mut Self {
        macro_rules! put_all {
            ($($field:ident: $t:ty),* $(,)?) => {$(
                for record in data.$field {
                    self.put(record);
                }
            )*};
        }
        for_each_collection!(put_all);
        self
    }

    /// Replaces the stored lead settings along with the records.
    pub fn set_lead_settings(&mut self, settings: LeadSettings) -> &mut Self {
        // Encoded here, by the leads area that edits them, so that the encoder does not
        // load with the first screen (see `lazy_meta.rs`).
        let bytes = crate::store::chunk::encode_meta(&settings);
        self.lead_settings = Some((settings, bytes));
        self
    }

    /// The records put so far, for checks that must see a batch before it is written.
    pub fn pending(&self) -> &Pending {
        &self.pending
    }

    pub fn lead_settings(&self) -> Option<&LeadSettings> {
        self.lead_settings.as_ref().map(|(settings, _)| settings)
    }

    /// The new lead settings as stored.
    pub fn lead_settings_bytes(&self) -> Option<&[u8]> {
        self.lead_settings
            .as_ref()
            .map(|(_, bytes)| bytes.as_slice())
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0 && self.lead_settings.is_none()
    }

    /// Makes the storage transaction abort after this many chunk writes, the way a
    /// quota or disk error would abort it half-way. Used to prove that nothing of an
    /// aborted write is left behind.
    #[doc(hidden)]
    pub fn abort_after_chunk_writes(&mut self, writes: usize) -> &mut Self {
        self.abort_after = Some(writes);
        self
    }

    pub fn abort_after(&self) -> Option<usize> {
        self.abort_after
    }

    /// The chunks this batch changes, encoded with the batch applied, without changing
    /// anything in memory yet.
    pub fn plan(&self, all: &Collections) -> Vec<ChunkWrite> {
        self.chunk_plans()
            .iter()
            .map(|encode| encode(all))
            .collect()
    }

    /// One plan per chunk this batch changes, each encoding its chunk with the batch
    /// applied, so that a big batch can be encoded a chunk at a time.
    pub fn chunk_plans(&self) -> Vec<ChunkPlan<'_>> {
        let mut plans = Vec::new();
        macro_rules! plan {
            ($($field:ident: $t:ty),* $(,)?) => {$(
                plan_collection(&self.pending.$field, &mut plans);
            )*};
        }
        for_each_collection!(plan);
        plans
    }

    /// Applies the batch's records to memory, once storage has committed it; returns
    /// its lead settings, for the storage to keep.
    pub fn apply(self, all: &mut Collections) -> Option<LeadSettings> {
        let cell = RefCell::new(std::mem::take(all));
        let settings = unpaced(self.apply_paced(&cell, &mut Unpaced));
        *all = cell.into_inner();
        settings
    }

    /// Applies the batch a slice of records at a time, telling `pace` after each. Memory
    /// is borrowed only while a slice goes in: in between, the page may read it.
    pub async fn apply_paced(
        self,
        all: &RefCell<Collections>,
        pace: &mut dyn DynPace,
    ) -> Option<LeadSettings> {
        let mut kinds: Vec<Box<dyn Applied>> = Vec::new();
        macro_rules! each {
            ($($field:ident: $t:ty),* $(,)?) => {$(
                kinds.push(Box::new(self.pending.$field.into_iter()));
            )*};
        }
        for_each_collection!(each);
        let (mut done, total) = (0, self.len);
        for mut records in kinds {
            loop {
                let put = records.apply_some(&mut all.borrow_mut(), APPLY_SLICE);
                if put == 0 {
                    break;
                }
                done += put;
                let progress = Progress {
                    step: WorkStep::Writing,
                    done,
                    total,
                };
                pace.after_dyn(progress).await;
            }
        }
        self.lead_settings.map(|(settings, _)| settings)
    }
}

/// A batch's records of one kind, going into memory, behind one pointer: the loop that
/// paces them exists once in the wasm rather than once per record type.
trait Applied {
    /// Puts up to `most` records into memory; returns how many.
    fn apply_some(&mut self, all: &mut Collections, most: usize) -> usize;
}

impl<T: Stored> Applied for std::vec::IntoIter<T> {
    fn apply_some(&mut self, all: &mut Collections, most: usize) -> usize {
        let collection = T::collection_mut(all);
        let mut put = 0;
        for record in self.by_ref().take(most) {
            collection.insert(record);
            put += 1;
        }
        put
    }
}

/// Encodes one chunk of a batch from memory as it is before the batch.
pub type ChunkPlan<'b> = Box<dyn Fn(&Collections) -> ChunkWrite + 'b>;

/// Records put into memory between two turns of the page.
const APPLY_SLICE: usize = 2000;

fn plan_collection<'b, T: Stored>(pending: &'b [T], plans: &mut Vec<ChunkPlan<'b>>) {
    let mut by_bucket: BTreeMap<u8, HashMap<Uuid, &T>> = BTreeMap::new();
    for record in pending {
        by_bucket
            .entry(bucket_of(&record.id()))
            .or_default()
            .insert(record.id(), record);
    }
    for (bucket, changed) in by_bucket {
        plans.push(Box::new(move |all: &Collections| {
            let mut records: Vec<&T> = T::collection(all)
                .bucket(bucket)
                .filter(|r| !changed.contains_key(&r.id()))
                .collect();
            records.extend(changed.values());
            ChunkWrite {
                key: T::KIND.chunk_key(bucket),
                bytes: chunk::encode(T::KIND, bucket, &records),
            }
        }));
    }
}

/// One bucket as memory holds it now, for rewriting chunks in the current format.
pub fn encode_bucket(all: &Collections, kind: CollectionKind, bucket: u8) -> ChunkWrite {
    let mut bytes = Vec::new();
    macro_rules! encode {
        ($($field:ident: $t:ty),* $(,)?) => {$(
            if kind == <$t as Stored>::KIND {
                let records: Vec<&$t> = all.$field.bucket(bucket).collect();
                bytes = chunk::encode(kind, bucket, &records);
            }
        )*};
    }
    use crate::domain::{
        campaigns::campaign::*, campaigns::saved_segment::*, contacts::contact::*,
        contacts::interaction::*, contacts::order::*, leads::lead::*, sync::reported::*,
        tasks::task::*, team::member::*, team::volume::*,
    };
    for_each_collection!(encode);
    ChunkWrite {
        key: kind.chunk_key(bucket),
        bytes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contacts::contact::Contact;
    use crate::domain::contacts::interaction::{Direction, Interaction, InteractionKind};
    use crate::domain::record::RecordMeta;
    use crate::store::collection::LoadingCollections;
    use crate::store::migration::{Loaded, load_value};

    /// What storage would hold after `writes`, read back as start-up reads it.
    fn reload(writes: &[ChunkWrite]) -> Collections {
        let mut loading = LoadingCollections::default();
        for w in writes {
            assert!(matches!(
                load_value(&mut loading, &w.bytes),
                Ok(Loaded::Chunk {
                    outdated: false,
                    ..
                })
            ));
        }
        loading.finish()
    }

    #[test]
    fn planned_chunks_hold_old_and_new_records_and_memory_waits_for_apply() {
        let now = Utc::now();
        let mut all = Collections::default();
        let mut first = WriteBatch::new();
        let anna = Contact::new("Anna", "Müller", now);
        first.put(anna.clone());
        let writes = first.plan(&all);
        assert_eq!(writes.len(), 1);
        assert!(all.contacts.is_empty(), "planning changes nothing");
        first.apply(&mut all);

        let mut second = WriteBatch::new();
        let mut same_bucket = Contact::new("Ben", "Braun", now);
        while bucket_of(&same_bucket.meta.id) != bucket_of(&anna.meta.id) {
            same_bucket.meta = RecordMeta::new(now);
        }
        second.put(same_bucket.clone()).put(Interaction {
            meta: RecordMeta::new(now),
            contact_id: anna.meta.id,
            kind: InteractionKind::Call,
            direction: Direction::Outgoing,
            at: now,
            summary: "Anruf".into(),
            outcome: None,
        });
        let writes = second.plan(&all);
        assert_eq!(
            writes.len(),
            2,
            "one contact chunk and one interaction chunk"
        );

        // What storage would hold after this write is exactly both contacts.
        let stored = reload(&writes);
        assert_eq!(stored.contacts.len(), 2);
        assert_eq!(stored.contacts.get(&anna.meta.id), Some(&anna));
        assert_eq!(stored.interactions.len(), 1);
    }

    #[test]
    fn delete_leaves_a_tombstone_in_the_chunk() {
        let now = Utc::now();
        let mut all = Collections::default();
        let anna = Contact::new("Anna", "Müller", now);
        let mut batch = WriteBatch::new();
        batch.put(anna.clone());
        batch.apply(&mut all);
        let mut delete = WriteBatch::new();
        delete.delete::<Contact>(&all, anna.meta.id, now);
        let writes = delete.plan(&all);
        let stored = reload(&writes);
        assert!(stored.contacts.get(&anna.meta.id).is_none());
        assert!(
            stored
                .contacts
                .get_including_deleted(&anna.meta.id)
                .unwrap()
                .meta
                .is_deleted()
        );
    }
}

//! One collection of records in memory, split into buckets by id. A bucket is what one
//! stored chunk holds.
//!
//! Each record sits behind an `Rc`, for two reasons. Long work that gives the page turns
//! (an import's check, the search for duplicates) takes a snapshot of the contacts that
//! a write in those turns cannot change, and sharing them costs a pointer each where a
//! copy cost every contact twice. And a hash table keeps room for up to twice the
//! records it holds: room for a pointer is cheap, room for a contact is not.

use crate::domain::campaigns::campaign::{Campaign, CampaignTouch};
use crate::domain::campaigns::saved_segment::SavedSegment;
use crate::domain::contacts::contact::Contact;
use crate::domain::contacts::interaction::Interaction;
use crate::domain::contacts::order::Order;
use crate::domain::leads::lead::Lead;
use crate::domain::pace::{DynPace, Progress, Unpaced, WorkStep, unpaced};
use crate::domain::sync::reported::{RepReport, ReportedMember, ReportedVolume};
use crate::domain::tasks::task::Task;
use crate::domain::team::member::Member;
use crate::domain::team::volume::Volume;
use crate::store::index::{IndexKey, IndexName, Query};
use crate::store::kind::CollectionKind;
use crate::store::stored::Stored;
use std::collections::{BTreeSet, HashMap};
use std::ops::Bound;
use std::rc::Rc;
use uuid::Uuid;

/// Buckets per collection. With the benchmark's 50,000 interactions a bucket holds about
/// 800 records (about 40 KB), so one write rewrites little, and start-up reads at most
/// 64 chunks per collection.
pub const BUCKETS: u8 = 64;

pub fn bucket_of(id: &Uuid) -> u8 {
    let hash = id
        .as_bytes()
        .iter()
        .fold(0u32, |h, &b| h.wrapping_mul(31).wrapping_add(u32::from(b)));
    (hash % u32::from(BUCKETS)) as u8
}

pub struct Collection<T> {
    buckets: Vec<HashMap<Uuid, Rc<T>>>,
    index: BTreeSet<(IndexName, IndexKey, Uuid)>,
    live: usize,
}

impl<T: Stored> Default for Collection<T> {
    fn default() -> Self {
        Collection {
            buckets: (0..BUCKETS).map(|_| HashMap::new()).collect(),
            index: BTreeSet::new(),
            live: 0,
        }
    }
}

impl<T: Stored> Collection<T> {
    /// A live (not deleted) record.
    pub fn get(&self, id: &Uuid) -> Option<&T> {
        self.get_including_deleted(id)
            .filter(|r| !r.meta().is_deleted())
    }

    pub fn get_including_deleted(&self, id: &Uuid) -> Option<&T> {
        self.buckets[usize::from(bucket_of(id))]
            .get(id)
            .map(Rc::as_ref)
    }

    /// Live records, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = &T> {
        self.iter_including_deleted()
            .filter(|r| !r.meta().is_deleted())
    }

    /// Every record, tombstones too, in no particular order.
    pub fn iter_including_deleted(&self) -> impl Iterator<Item = &T> {
        self.buckets
            .iter()
            .flat_map(HashMap::values)
            .map(Rc::as_ref)
    }

    /// Every record, tombstones too, shared: a write after this leaves them as they are.
    pub fn shared_including_deleted(&self) -> impl Iterator<Item = Rc<T>> + '_ {
        self.buckets.iter().flat_map(HashMap::values).cloned()
    }

    pub fn len(&self) -> usize {
        self.live
    }

    pub fn is_empty(&self) -> bool {
        self.live == 0
    }

    /// Records held, deleted ones included.
    pub fn len_including_deleted(&self) -> usize {
        self.buckets.iter().map(HashMap::len).sum()
    }

    /// Live records that match the query, in index order.
    pub fn query(&self, query: Query) -> Vec<&T> {
        let (name, low, high) = match query {
            Query::Equals(name, key) => (name, Bound::Included(key), Bound::Included(key)),
            Query::Range(name, low, high) => (name, Bound::Included(low), Bound::Excluded(high)),
        };
        let lower = match low {
            Bound::Included(k) => Bound::Included((name, k, Uuid::nil())),
            _ => Bound::Unbounded,
        };
        let upper = match high {
            Bound::Included(k) => Bound::Included((name, k, Uuid::max())),
            Bound::Excluded(k) => Bound::Excluded((name, k, Uuid::nil())),
            Bound::Unbounded => Bound::Unbounded,
        };
        self.index
            .range((lower, upper))
            .filter_map(|(_, _, id)| self.get(id))
            .collect()
    }

    /// Adds or replaces a record, keeping the indexes and counts right.
    pub fn insert(&mut self, record: T) {
        let id = record.id();
        let bucket = &mut self.buckets[usize::from(bucket_of(&id))];
        if let Some(old) = bucket.get(&id).filter(|old| !old.meta().is_deleted()) {
            self.live -= 1;
            for (name, key) in old.index_entries() {
                self.index.remove(&(name, key, id));
            }
        }
        if !record.meta().is_deleted() {
            self.live += 1;
            for (name, key) in record.index_entries() {
                self.index.insert((name, key, id));
            }
        }
        bucket.insert(id, Rc::new(record));
    }

    /// Every record of one bucket, tombstones included: what its chunk stores.
    pub fn bucket(&self, bucket: u8) -> impl Iterator<Item = &T> {
        self.buckets[usize::from(bucket)].values().map(Rc::as_ref)
    }

    /// Adds or replaces a record read from storage, leaving the index and the count for
    /// [`Reindexed`].
    fn put_unindexed(&mut self, record: T) {
        self.buckets[usize::from(bucket_of(&record.id()))].insert(record.id(), Rc::new(record));
    }
}

/// One entry of a collection's index: which index, the key, and the record's id.
type IndexEntry = (IndexName, IndexKey, Uuid);

/// Building a collection's index afresh, behind one pointer, so that the paced loop that
/// drives it exists once in the wasm rather than once per record type.
trait Reindexed {
    /// Adds the index entries of one bucket's live records.
    fn gather_entries(&self, bucket: u8, entries: &mut Vec<IndexEntry>);
    /// Puts the gathered entries in place of the index, and counts the live records.
    /// Sorting all entries and building the tree in one go is several times faster than
    /// inserting them one by one, which was most of what start-up spent on 100,000
    /// records.
    fn set_index(&mut self, entries: Vec<IndexEntry>);
}

impl<T: Stored> Reindexed for Collection<T> {
    fn gather_entries(&self, bucket: u8, entries: &mut Vec<IndexEntry>) {
        let live = self.bucket(bucket).filter(|r| !r.meta().is_deleted());
        entries.extend(live.flat_map(|record| {
            let id = record.id();
            record
                .index_entries()
                .into_iter()
                .map(move |(name, key)| (name, key, id))
        }));
    }

    fn set_index(&mut self, entries: Vec<IndexEntry>) {
        self.live = self.iter().count();
        self.index = entries.into_iter().collect();
    }
}

/// The collections as they are read from storage: the records go in chunk by chunk, and
/// the indexes are built once all are in.
#[derive(Default)]
pub struct LoadingCollections(Collections);

impl LoadingCollections {
    /// Records of one chunk; a record replaces one with its id read before.
    pub fn add<T: Stored>(&mut self, records: Vec<T>) {
        let collection = T::collection_mut(&mut self.0);
        for record in records {
            collection.put_unindexed(record);
        }
    }

    pub fn finish(self) -> Collections {
        unpaced(self.finish_paced(&mut Unpaced))
    }

    /// Builds the indexes, telling `pace` after each collection's.
    pub async fn finish_paced(mut self, pace: &mut dyn DynPace) -> Collections {
        self.0.reindex_all(pace).await;
        self.0
    }
}

macro_rules! define_collections {
    ($($field:ident: $t:ty),* $(,)?) => {
        /// Every collection of the store, in memory.
        #[derive(Default)]
        pub struct Collections {
            $(pub $field: Collection<$t>,)*
        }

        impl Collections {
            /// Live records of every kind.
            pub fn live_count(&self) -> usize {
                0 $(+ self.$field.len())*
            }

            /// Builds every index afresh, a bucket at a time, telling `pace` after each.
            async fn reindex_all(&mut self, pace: &mut dyn DynPace) {
                let collections: Vec<&mut dyn Reindexed> = vec![$(&mut self.$field),*];
                let total = collections.len() * usize::from(BUCKETS);
                let mut done = 0;
                for collection in collections {
                    let mut entries = Vec::new();
                    for bucket in 0..BUCKETS {
                        collection.gather_entries(bucket, &mut entries);
                        done += 1;
                        let progress = Progress { step: WorkStep::Reading, done, total };
                        pace.after_dyn(progress).await;
                    }
                    collection.set_index(entries);
                }
            }

            /// Puts `from`'s collections of `kinds` in place of these ones: the records
            /// read after the first screen join those read before it.
            pub fn take_kinds(&mut self, from: Collections, kinds: &[CollectionKind]) {
                $(if kinds.contains(&<$t as Stored>::KIND) {
                    self.$field = from.$field;
                })*
            }
        }

        /// Records waiting to be written, per collection.
        #[derive(Default)]
        pub struct Pending {
            $(pub $field: Vec<$t>,)*
        }
    };
}

/// Calls `$m!` with every collection field and its record type: the one list of them.
macro_rules! for_each_collection {
    ($m:ident) => {
        $m! {
            contacts: Contact,
            interactions: Interaction,
            tasks: Task,
            leads: Lead,
            orders: Order,
            members: Member,
            volumes: Volume,
            campaigns: Campaign,
            campaign_touches: CampaignTouch,
            saved_segments: SavedSegment,
            report_members: ReportedMember,
            report_volumes: ReportedVolume,
            rep_reports: RepReport,
        }
    };
}
pub(crate) use for_each_collection;

for_each_collection!(define_collections);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::record::RecordMeta;
    use crate::domain::tasks::task::TaskKind;
    use chrono::{Duration, TimeZone, Utc};

    fn task(id: u128, contact: u128, due_day: u32) -> Task {
        let due_at = Utc.with_ymd_and_hms(2026, 11, due_day, 9, 0, 0).unwrap();
        Task {
            meta: RecordMeta::with_id(Uuid::from_u128(id), due_at - Duration::days(3)),
            kind: TaskKind::FollowUp,
            title: format!("task {id}"),
            due_at,
            contact_id: Some(Uuid::from_u128(contact)),
            lead_id: None,
            done_at: None,
        }
    }

    fn ids(records: Vec<&Task>) -> Vec<u128> {
        records.iter().map(|t| t.meta.id.as_u128()).collect()
    }

    #[test]
    fn queries_follow_inserts_updates_and_tombstones() {
        let mut tasks = Collection::<Task>::default();
        tasks.insert(task(1, 100, 3));
        tasks.insert(task(2, 100, 10));
        tasks.insert(task(3, 200, 5));
        assert_eq!(tasks.len(), 3);
        let by_contact = |c: &Collection<Task>, contact| {
            let mut found = ids(c.query(Query::Equals(
                IndexName::Contact,
                Uuid::from_u128(contact).into(),
            )));
            found.sort();
            found
        };
        assert_eq!(by_contact(&tasks, 100), vec![1, 2]);

        let day = |d| {
            IndexKey::Int(
                Utc.with_ymd_and_hms(2026, 11, d, 0, 0, 0)
                    .unwrap()
                    .timestamp_millis(),
            )
        };
        assert_eq!(
            ids(tasks.query(Query::Range(IndexName::DueAt, day(1), day(6)))),
            vec![1, 3]
        );

        let mut moved = task(2, 200, 10);
        moved.title = "moved".into();
        tasks.insert(moved);
        assert_eq!(by_contact(&tasks, 100), vec![1]);
        assert_eq!(by_contact(&tasks, 200), vec![2, 3]);

        let mut gone = task(3, 200, 5);
        gone.meta.mark_deleted(Utc::now());
        tasks.insert(gone);
        assert_eq!(tasks.len(), 2);
        assert_eq!(by_contact(&tasks, 200), vec![2]);
        assert!(tasks.get(&Uuid::from_u128(3)).is_none());
        assert!(tasks.get_including_deleted(&Uuid::from_u128(3)).is_some());
        assert_eq!(tasks.iter().count(), 2);
    }

    #[test]
    fn loading_from_storage_gives_what_inserting_one_by_one_gives() {
        // As chunks hold them: a record, a later version of it, a tombstone of another.
        let mut moved = task(2, 200, 10);
        moved.title = "moved".into();
        let mut gone = task(3, 200, 5);
        gone.meta.mark_deleted(Utc::now());
        let chunks = vec![
            vec![task(1, 100, 3), task(2, 100, 10)],
            vec![task(3, 200, 5), task(4, 300, 20)],
            vec![moved, gone],
        ];

        let mut inserted = Collection::<Task>::default();
        for record in chunks.iter().flatten() {
            inserted.insert(record.clone());
        }
        let mut loading = LoadingCollections::default();
        for chunk in chunks {
            loading.add(chunk);
        }
        let loaded = loading.finish().tasks;

        assert_eq!(loaded.len(), 3);
        assert_eq!(loaded.len(), inserted.len());
        assert_eq!(loaded.index, inserted.index);
        let by_contact = |c: &Collection<Task>, contact| {
            ids(c.query(Query::Equals(
                IndexName::Contact,
                Uuid::from_u128(contact).into(),
            )))
        };
        assert_eq!(by_contact(&loaded, 200), vec![2]);
        assert_eq!(loaded.get(&Uuid::from_u128(2)).unwrap().title, "moved");
        assert!(loaded.get_including_deleted(&Uuid::from_u128(3)).is_some());
    }

    #[test]
    fn buckets_spread_evenly() {
        let mut counts = [0usize; BUCKETS as usize];
        for _ in 0..64_000 {
            counts[usize::from(bucket_of(&Uuid::new_v4()))] += 1;
        }
        assert!(
            counts.iter().all(|&c| (800..1200).contains(&c)),
            "{counts:?}"
        );
    }
}

//! The merge rule for one record that exists in two versions: the later `updated_at`
//! wins; at the same moment a tombstone wins over a live record, and then the version
//! whose encoding sorts last, so that every device, in any order, keeps the same one.
//! The merge is therefore idempotent (the same file twice changes nothing), commutative
//! and associative (reports from several reps give one picture whatever order they come
//! in), and an older file never overwrites anything newer.

use crate::domain::record::Record;
use std::cmp::Ordering;
use std::collections::HashMap;
use uuid::Uuid;

/// How `theirs` compares with `ours` under the merge rule.
pub fn compare_versions<R: Record>(ours: &R, theirs: &R) -> Ordering {
    let key = |r: &R| (r.meta().updated_at, r.meta().is_deleted());
    key(theirs).cmp(&key(ours)).then_with(|| {
        // Two different versions stamped at the same millisecond: rare, but two devices
        // must still agree, so the bytes decide.
        let bytes = |r: &R| postcard::to_allocvec(r).unwrap_or_default();
        bytes(theirs).cmp(&bytes(ours))
    })
}

/// What a merge would do to one collection, for the preview before anything is written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MergeCounts {
    /// Records the device does not have yet.
    pub added: usize,
    /// Records the incoming version replaces.
    pub updated: usize,
    /// Records an incoming tombstone deletes.
    pub deleted: usize,
    /// Incoming records the device already has, as they are.
    pub unchanged: usize,
    /// Incoming records older than the device's: the device's stay.
    pub kept_newer: usize,
}

impl MergeCounts {
    pub fn changes(&self) -> usize {
        self.added + self.updated + self.deleted
    }
}

/// Counts of several collections together.
impl std::ops::AddAssign for MergeCounts {
    fn add_assign(&mut self, other: MergeCounts) {
        self.added += other.added;
        self.updated += other.updated;
        self.deleted += other.deleted;
        self.unchanged += other.unchanged;
        self.kept_newer += other.kept_newer;
    }
}

/// The records to write and what they do.
#[derive(Clone, Debug, PartialEq)]
pub struct Merged<R> {
    pub writes: Vec<R>,
    pub counts: MergeCounts,
}

/// Merges `incoming` into what `stored` finds by id (tombstones included). An id that
/// comes twice in `incoming` is first merged with itself by the same rule.
pub fn merge_records<'s, R: Record + 's>(
    stored: impl Fn(&Uuid) -> Option<&'s R>,
    incoming: impl IntoIterator<Item = R>,
) -> Merged<R> {
    let mut latest: HashMap<Uuid, R> = HashMap::new();
    let mut order = Vec::new();
    for record in incoming {
        match latest.get(&record.id()) {
            None => {
                order.push(record.id());
                latest.insert(record.id(), record);
            }
            Some(seen) if compare_versions(seen, &record) == Ordering::Greater => {
                latest.insert(record.id(), record);
            }
            Some(_) => {}
        }
    }
    let mut counts = MergeCounts::default();
    let mut writes = Vec::new();
    for id in order {
        let Some(theirs) = latest.remove(&id) else {
            continue;
        };
        match stored(&id) {
            // Kept, so that an older live version arriving later cannot bring it back.
            None if theirs.meta().is_deleted() => {
                counts.unchanged += 1;
                writes.push(theirs);
            }
            None => {
                counts.added += 1;
                writes.push(theirs);
            }
            Some(ours) => match compare_versions(ours, &theirs) {
                Ordering::Greater => {
                    if theirs.meta().is_deleted() && !ours.meta().is_deleted() {
                        counts.deleted += 1;
                    } else {
                        counts.updated += 1;
                    }
                    writes.push(theirs);
                }
                Ordering::Equal => counts.unchanged += 1,
                Ordering::Less => counts.kept_newer += 1,
            },
        }
    }
    Merged { writes, counts }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::record::RecordMeta;
    use crate::domain::team::volume::{Period, Volume};
    use chrono::{DateTime, Utc};
    use proptest::prelude::*;

    fn at(ms: i64) -> DateTime<Utc> {
        DateTime::from_timestamp_millis(1_780_000_000_000 + ms).unwrap()
    }

    fn volume(id: u128, updated: i64, points: u32, deleted: bool) -> Volume {
        let mut meta = RecordMeta::with_id(Uuid::from_u128(id), at(0));
        meta.updated_at = at(updated);
        if deleted {
            meta.deleted_at = Some(at(updated));
        }
        Volume {
            meta,
            member_id: Uuid::from_u128(1),
            period: Period {
                year: 2026,
                month: 11,
            },
            personal_centipoints: points,
        }
    }

    /// What a store holding `into` holds after merging `incoming`, in id order.
    fn merged(into: &[Volume], incoming: &[Volume]) -> Vec<Volume> {
        let mut all: HashMap<Uuid, Volume> = into.iter().map(|v| (v.id(), v.clone())).collect();
        let result = merge_records(|id| all.get(id), incoming.iter().cloned());
        for v in result.writes {
            all.insert(v.id(), v);
        }
        let mut out: Vec<Volume> = all.into_values().collect();
        out.sort_by_key(|v| v.id());
        out
    }

    #[test]
    fn the_later_version_wins_and_an_older_file_overwrites_nothing() {
        let stored = [volume(1, 10, 100, false), volume(2, 10, 200, false)];
        let file = [
            volume(1, 20, 150, false),
            volume(2, 5, 999, false),
            volume(3, 7, 300, false),
        ];
        let result = merge_records(|id| stored.iter().find(|v| v.id() == *id), file.clone());
        assert_eq!(
            result.counts,
            MergeCounts {
                added: 1,
                updated: 1,
                kept_newer: 1,
                ..MergeCounts::default()
            }
        );
        assert_eq!(result.writes, [file[0].clone(), file[2].clone()]);
    }

    #[test]
    fn a_tombstone_deletes_and_wins_a_tie() {
        let stored = [volume(1, 10, 100, false), volume(2, 10, 200, false)];
        let file = [
            volume(1, 11, 100, true),
            volume(2, 10, 200, true),
            volume(4, 3, 1, true),
        ];
        let result = merge_records(|id| stored.iter().find(|v| v.id() == *id), file.clone());
        assert_eq!(result.counts.deleted, 2);
        assert_eq!(
            result.counts.unchanged, 1,
            "a tombstone of a record never seen"
        );
        assert_eq!(result.counts.changes(), 2);
        assert_eq!(result.writes, file, "the unseen tombstone is kept as well");
        // The deleted record arriving later in an older version stays deleted.
        let late = merge_records(
            |id| file.iter().find(|v| v.id() == *id),
            [volume(4, 2, 1, false)],
        );
        assert_eq!(late.counts.kept_newer, 1);
    }

    #[test]
    fn the_same_file_twice_changes_nothing_the_second_time() {
        let file = [volume(1, 20, 150, false), volume(3, 7, 300, false)];
        let first = merge_records(|_| None, file.clone());
        let stored = first.writes;
        let again = merge_records(|id| stored.iter().find(|v| v.id() == *id), file);
        assert!(again.writes.is_empty());
        assert_eq!(again.counts.unchanged, 2);
        assert_eq!(again.counts.changes(), 0);
    }

    fn drawn_file() -> impl Strategy<Value = Vec<Volume>> {
        // Few ids and few moments, so versions clash: same id, same moment, other content.
        prop::collection::vec(
            (0u128..5, 0i64..4, 0u32..3, any::<bool>())
                .prop_map(|(id, updated, points, deleted)| volume(id, updated, points, deleted)),
            0..8,
        )
    }

    proptest! {
        #[test]
        fn merging_is_idempotent_commutative_and_associative(
            a in drawn_file(), b in drawn_file(), c in drawn_file()
        ) {
            let empty: [Volume; 0] = [];
            let set = |file: &[Volume]| merged(&empty, file);
            let (a, b, c) = (set(&a), set(&b), set(&c));
            prop_assert_eq!(merged(&a, &a), a.clone(), "idempotent");
            prop_assert_eq!(merged(&a, &b), merged(&b, &a), "commutative");
            prop_assert_eq!(
                merged(&merged(&a, &b), &c),
                merged(&a, &merged(&b, &c)),
                "associative"
            );
        }
    }
}

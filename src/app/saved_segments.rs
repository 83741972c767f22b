//! Audiences the rep keeps under a name: saved from the segment builder, offered there
//! again with how many contacts each matches today, and deleted with an undo.

use crate::app::campaign_audience::AudienceFacts;
use crate::app::storage::Storage;
use crate::app::undo::{Undo, write_with_undo};
use crate::domain::campaigns::saved_segment::{SavedSegment, SegmentNameProblem, checked_name};
use crate::domain::campaigns::segment::Segment;
use crate::domain::dataset::DataSet;
use crate::domain::locale::local_clock::LocalClock;
use crate::domain::locale::text_fold::fold;
use crate::domain::ordering::order_by_text;
use crate::store::error::StoreError;
use uuid::Uuid;

#[derive(Clone, Debug, PartialEq)]
pub struct SavedSegmentChoice {
    pub id: Uuid,
    pub name: String,
    pub segment: Segment,
    /// The contacts it matches now: a saved segment keeps its rule, not its members.
    pub matching: usize,
}

/// The saved segments by name, each counted against `facts`.
pub fn saved_segment_choices(
    storage: &impl Storage,
    facts: &AudienceFacts,
) -> Vec<SavedSegmentChoice> {
    let mut saved: Vec<SavedSegment> =
        storage.read(|all| all.saved_segments.iter().cloned().collect());
    order_by_text(&mut saved, |s| fold(&s.name));
    saved
        .into_iter()
        .map(|s| SavedSegmentChoice {
            id: s.meta.id,
            matching: facts.matching(&s.segment).len(),
            name: s.name,
            segment: s.segment,
        })
        .collect()
}

/// Keeps `segment` under `name`, which no other saved segment may have.
pub async fn save_segment(
    storage: &impl Storage,
    name: &str,
    segment: Segment,
    clock: &LocalClock,
) -> Result<Result<(Uuid, Undo), SegmentNameProblem>, StoreError> {
    let name = match storage.read(|all| checked_name(name, all.saved_segments.iter())) {
        Ok(name) => name,
        Err(problem) => return Ok(Err(problem)),
    };
    let saved = SavedSegment::new(name, segment, clock.now);
    let id = saved.meta.id;
    let writes = DataSet {
        saved_segments: vec![saved],
        ..DataSet::default()
    };
    let undo = write_with_undo(storage, writes, clock).await?;
    Ok(Ok((id, undo)))
}

/// Deletes a saved segment; campaigns aimed with it keep their own copy of the rule.
pub async fn delete_segment(
    storage: &impl Storage,
    id: Uuid,
    clock: &LocalClock,
) -> Result<Option<Undo>, StoreError> {
    let Some(mut gone) = storage.read(|all| all.saved_segments.get(&id).cloned()) else {
        return Ok(None);
    };
    gone.meta.mark_deleted(clock.now);
    let writes = DataSet {
        saved_segments: vec![gone],
        ..DataSet::default()
    };
    write_with_undo(storage, writes, clock).await.map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::campaigns::tests::person;
    use crate::app::storage::{MemoryStorage, fixed_clock};
    use crate::app::undo::undo;
    use crate::domain::campaigns::segment::Condition;
    use crate::domain::contacts::contact::Role;
    use futures::executor::block_on;

    fn customers() -> Segment {
        Segment::Is(Condition::Role(Role::Customer))
    }

    #[test]
    fn a_saved_segment_is_offered_by_name_and_counted_again_when_used() {
        let clock = fixed_clock();
        let storage = MemoryStorage::with_contacts(vec![
            person("Anna", Role::Customer, &clock),
            person("Dora", Role::Prospect, &clock),
        ]);
        let saved = |name: &str, segment| block_on(save_segment(&storage, name, segment, &clock));
        let prospects = Segment::Is(Condition::Role(Role::Prospect));
        saved(" Stammkundinnen ", customers()).unwrap().unwrap();
        saved("interessenten", prospects).unwrap().unwrap();
        assert_eq!(
            saved("STAMMKUNDINNEN", customers()).unwrap(),
            Err(SegmentNameProblem::Taken)
        );
        let offered = |storage: &MemoryStorage| {
            let facts = AudienceFacts::gather(storage, &clock);
            saved_segment_choices(storage, &facts)
                .into_iter()
                .map(|s| (s.name, s.matching))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            offered(&storage),
            [("interessenten".into(), 1), ("Stammkundinnen".into(), 1)],
            "by name, whatever the case"
        );
        // A customer who comes in later is in the saved segment without saving it again.
        let berta = person("Berta", Role::Customer, &clock);
        let writes = DataSet {
            contacts: vec![berta],
            ..DataSet::default()
        };
        block_on(write_with_undo(&storage, writes, &clock)).unwrap();
        assert_eq!(offered(&storage)[1], ("Stammkundinnen".into(), 2));
    }

    #[test]
    fn deleting_a_saved_segment_can_be_undone() {
        let clock = fixed_clock();
        let storage = MemoryStorage::default();
        let (id, _) = block_on(save_segment(
            &storage,
            "Alle Kundinnen",
            customers(),
            &clock,
        ))
        .unwrap()
        .unwrap();
        let names = || {
            storage.read(|all| {
                all.saved_segments
                    .iter()
                    .map(|s| s.name.clone())
                    .collect::<Vec<_>>()
            })
        };
        let deleted = block_on(delete_segment(&storage, id, &clock))
            .unwrap()
            .unwrap();
        assert!(names().is_empty());
        block_on(undo(&storage, &deleted, &clock)).unwrap();
        assert_eq!(names(), ["Alle Kundinnen"]);
        assert_eq!(
            block_on(delete_segment(&storage, Uuid::nil(), &clock)).unwrap(),
            None
        );
    }
}

//! Likely duplicates and merging them: the pairs to look at, two contacts side by side
//! with the fields where they differ, the merge (with its undo) and "not the same
//! person", which the list remembers.

use crate::app::contacts_snapshot::contacts_snapshot;
use crate::app::storage::Storage;
use crate::app::undo::{Undo, write_with_undo};
use crate::domain::contacts::duplicates::{DuplicatePair, find_duplicates_paced};
use crate::domain::contacts::merge::{
    MergeField, differing_fields, merge, newest_choices, survivor_first,
};
use crate::domain::contacts::person::PersonRecords;
use crate::domain::locale::local_clock::LocalClock;
use crate::domain::ordering::order_by_text;
use crate::domain::pace::Pace;
use crate::store::error::StoreError;
use crate::store::person_records::person_records;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;
use uuid::Uuid;

/// A pair to look at, named "Anna Lutz ↔ Anna Lutz".
#[derive(Clone, Debug, PartialEq)]
pub struct NamedPair {
    pub names: String,
    pub pair: DuplicatePair,
}

/// The likely duplicates the rep has not yet called different people, by name; `pace`
/// hears how far the search is.
pub async fn pairs(storage: &impl Storage, pace: &mut impl Pace) -> Vec<NamedPair> {
    let different: HashSet<(Uuid, Uuid)> = storage.not_duplicates().into_iter().collect();
    let contacts = contacts_snapshot(storage);
    let found = find_duplicates_paced(contacts.iter().map(Rc::as_ref), |_| true, pace).await;
    let names: HashMap<Uuid, String> = contacts
        .iter()
        .map(|c| (c.meta.id, c.display_name()))
        .collect();
    let name = |id: Uuid| names.get(&id).cloned().unwrap_or_default();
    let mut pairs: Vec<NamedPair> = found
        .into_iter()
        .filter(|pair| !different.contains(&pair.ids()))
        .map(|pair| NamedPair {
            names: format!("{} ↔ {}", name(pair.first), name(pair.second)),
            pair,
        })
        .collect();
    order_by_text(&mut pairs, |pair| pair.names.to_lowercase());
    pairs
}

/// Two contacts side by side: the one that stays first, the fields where they differ and
/// the fields whose value the other gives at first (the newer one's).
#[derive(Clone, Debug, PartialEq)]
pub struct MergeChoice {
    pub keep: PersonRecords,
    pub gone: PersonRecords,
    pub differing: Vec<MergeField>,
    pub newest_from_gone: Vec<MergeField>,
    /// The names of the people who referred either of them, for showing that field.
    pub referrer_names: Vec<(Uuid, String)>,
}

pub fn merge_choice(storage: &impl Storage, first: Uuid, second: Uuid) -> Option<MergeChoice> {
    storage.read(|all| {
        let (a, b) = (person_records(all, first)?, person_records(all, second)?);
        let (keep, gone) = if survivor_first(&a.contact, &b.contact) {
            (a, b)
        } else {
            (b, a)
        };
        let referrer_names = [keep.contact.referred_by, gone.contact.referred_by]
            .into_iter()
            .flatten()
            .filter_map(|id| all.contacts.get(&id).map(|c| (id, c.display_name())))
            .collect();
        Some(MergeChoice {
            differing: differing_fields(&keep.contact, &gone.contact),
            newest_from_gone: newest_choices(&keep.contact, &gone.contact),
            referrer_names,
            keep,
            gone,
        })
    })
}

/// Merges the second contact of `choice` into the first; `from_gone` are the fields
/// whose value the second gives. Returns the name that stays and the undo.
pub async fn merge_contacts(
    storage: &impl Storage,
    choice: MergeChoice,
    from_gone: &[MergeField],
    clock: &LocalClock,
) -> Result<(String, Undo), StoreError> {
    let writes = merge(choice.keep, choice.gone, from_gone, clock.now);
    let name = writes.contacts[0].display_name();
    let undo = write_with_undo(storage, writes, clock).await?;
    Ok((name, undo))
}

/// Remembers that two contacts are different people, so the pair is not offered again.
pub async fn mark_different(
    storage: &impl Storage,
    first: Uuid,
    second: Uuid,
) -> Result<(), StoreError> {
    storage.mark_not_duplicate(first, second).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::storage::MemoryStorage;
    use crate::app::undo::undo;
    use crate::domain::contacts::contact::Contact;
    use crate::domain::contacts::contact::Labeled;
    use crate::domain::contacts::interaction::{Direction, Interaction, InteractionKind};
    use crate::domain::dataset::DataSet;
    use crate::domain::pace::{Unpaced, unpaced};
    use crate::domain::record::RecordMeta;
    use chrono::{TimeZone, Utc};
    use futures::executor::block_on;

    fn clock(minute: u32) -> LocalClock {
        LocalClock::utc(Utc.with_ymd_and_hms(2026, 6, 17, 10, minute, 0).unwrap())
    }

    fn mobile(number: &str) -> Labeled {
        Labeled {
            label: "mobile".into(),
            value: number.into(),
        }
    }

    fn two_annas(storage: &MemoryStorage) -> (Contact, Contact) {
        let mut first = Contact::new("Anna", "Lutz", clock(0).now);
        first.phones.push(mobile("+49 171 1234567"));
        let mut second = Contact::new("Anna", "Lutz", clock(1).now);
        second.phones.push(mobile("+49 171 1234567"));
        second.notes = "Mag Tee.".into();
        let call = Interaction {
            meta: RecordMeta::new(clock(1).now),
            contact_id: second.meta.id,
            kind: InteractionKind::Call,
            direction: Direction::Outgoing,
            at: clock(1).now,
            summary: "Rückruf".into(),
            outcome: None,
        };
        let data = DataSet {
            contacts: vec![first.clone(), second.clone()],
            interactions: vec![call],
            ..DataSet::default()
        };
        block_on(write_with_undo(storage, data, &clock(1))).unwrap();
        (first, second)
    }

    #[test]
    fn a_merge_keeps_one_contact_with_both_histories_and_its_undo_brings_both_back() {
        let storage = MemoryStorage::default();
        let (first, second) = two_annas(&storage);
        let before: Vec<Contact> = storage.read(|all| all.contacts.iter().cloned().collect());
        assert_eq!(unpaced(pairs(&storage, &mut Unpaced)).len(), 1);

        let choice = merge_choice(&storage, first.meta.id, second.meta.id).unwrap();
        let (name, undo_merge) =
            block_on(merge_contacts(&storage, choice, &[], &clock(2))).unwrap();
        assert_eq!(name, "Anna Lutz");
        storage.read(|all| {
            assert_eq!(all.contacts.len(), 1);
            let kept = all.contacts.iter().next().unwrap();
            assert!(kept.notes.contains("Mag Tee."));
            assert!(
                all.interactions
                    .iter()
                    .all(|i| i.contact_id == kept.meta.id)
            );
        });
        assert!(unpaced(pairs(&storage, &mut Unpaced)).is_empty());

        block_on(undo(&storage, &undo_merge, &clock(3))).unwrap();
        storage.read(|all| {
            assert_eq!(all.contacts.len(), 2);
            for contact in &before {
                let back = all.contacts.get(&contact.meta.id).unwrap();
                assert_eq!(
                    (&back.notes, &back.phones),
                    (&contact.notes, &contact.phones)
                );
            }
            let call = all.interactions.iter().next().unwrap();
            assert_eq!(
                call.contact_id, second.meta.id,
                "the call is Anna's second card's again"
            );
        });
    }

    #[test]
    fn a_pair_called_different_people_is_not_offered_again() {
        let storage = MemoryStorage::default();
        let (first, second) = two_annas(&storage);
        block_on(mark_different(&storage, second.meta.id, first.meta.id)).unwrap();
        assert!(unpaced(pairs(&storage, &mut Unpaced)).is_empty());
    }
}

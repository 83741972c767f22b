//! Gathers everything stored about one person, for the access export and for erasure.

use crate::domain::contacts::person::PersonRecords;
use crate::store::collection::Collections;
use crate::store::index::{IndexName, Query};
use crate::store::stored::Stored;
use uuid::Uuid;

pub fn person_records(all: &Collections, id: Uuid) -> Option<PersonRecords> {
    let contact = all.contacts.get(&id)?.clone();
    fn of<T: Stored>(all: &Collections, name: IndexName, id: Uuid) -> Vec<T> {
        T::collection(all)
            .query(Query::Equals(name, id.into()))
            .into_iter()
            .cloned()
            .collect()
    }
    Some(PersonRecords {
        contact,
        interactions: of(all, IndexName::Contact, id),
        orders: of(all, IndexName::Contact, id),
        leads: of(all, IndexName::Contact, id),
        tasks: of(all, IndexName::Contact, id),
        campaign_touches: of(all, IndexName::Contact, id),
        memberships: of(all, IndexName::Contact, id),
        referred: of(all, IndexName::ReferredBy, id),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::sample::{Owner, SampleSize, generate};
    use crate::store::write_batch::WriteBatch;
    use chrono::NaiveDate;

    #[test]
    fn a_person_s_records_are_all_found() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        let data = generate(8, SampleSize::TINY, today, &Owner { name: "Anna" }).data;
        let mut all = Collections::default();
        let mut batch = WriteBatch::new();
        batch.put_all(data.clone());
        batch.apply(&mut all);
        for contact in &data.contacts {
            let id = contact.meta.id;
            let person = person_records(&all, id).unwrap();
            assert_eq!(
                person.interactions.len(),
                data.interactions
                    .iter()
                    .filter(|i| i.contact_id == id)
                    .count()
            );
            assert_eq!(
                person.orders.len(),
                data.orders.iter().filter(|o| o.contact_id == id).count()
            );
            assert_eq!(
                person.tasks.len(),
                data.tasks
                    .iter()
                    .filter(|t| t.contact_id == Some(id))
                    .count()
            );
            assert_eq!(
                person.referred.len(),
                data.contacts
                    .iter()
                    .filter(|c| c.referred_by == Some(id))
                    .count()
            );
        }
        assert!(person_records(&all, Uuid::new_v4()).is_none());
    }
}

//! Erasure of a person (GDPR Art. 17): every trace of them goes, while the figures the
//! rep's business is measured by (counts and sums of interactions, orders, leads, team
//! volume) survive without them.

use crate::domain::consent::ledger::ConsentLedger;
use crate::domain::contacts::contact::Contact;
use crate::domain::contacts::person::PersonRecords;
use crate::domain::dataset::DataSet;
use crate::domain::record::RecordMeta;
use chrono::{DateTime, Utc};
use uuid::Uuid;

/// Where records that belonged to an erased person point afterwards.
pub const NOBODY: Uuid = Uuid::nil();

/// The records to write so that the person is erased: the contact becomes an empty
/// tombstone (so a later merge or import knows it is gone), their tasks become empty
/// tombstones, and what counts towards figures is kept with the person cut out.
pub fn erase(person: PersonRecords, now: DateTime<Utc>) -> DataSet {
    let mut data = DataSet::default();
    let mut tombstone = Contact::new("", "", now);
    tombstone.meta = RecordMeta {
        id: person.contact.meta.id,
        ..tombstone.meta
    };
    tombstone.meta.mark_deleted(now);
    tombstone.consent = ConsentLedger::default();
    data.contacts.push(tombstone);

    data.contacts
        .extend(person.referred.into_iter().map(|mut contact| {
            contact.referred_by = None;
            contact.meta.touch(now);
            contact
        }));
    data.interactions
        .extend(person.interactions.into_iter().map(|mut i| {
            i.contact_id = NOBODY;
            i.summary.clear();
            i.meta.touch(now);
            i
        }));
    data.orders.extend(person.orders.into_iter().map(|mut o| {
        o.contact_id = NOBODY;
        o.meta.touch(now);
        o
    }));
    data.leads.extend(person.leads.into_iter().map(|mut l| {
        l.contact_id = NOBODY;
        l.title.clear();
        if let Some(lost) = &mut l.lost {
            lost.details.clear();
        }
        l.meta.touch(now);
        l
    }));
    data.tasks.extend(person.tasks.into_iter().map(|mut t| {
        t.contact_id = None;
        t.title.clear();
        t.meta.mark_deleted(now);
        t
    }));
    data.campaign_touches
        .extend(person.campaign_touches.into_iter().map(|mut t| {
            t.forget_person(NOBODY);
            t.meta.touch(now);
            t
        }));
    data.members
        .extend(person.memberships.into_iter().map(|mut m| {
            m.contact_id = NOBODY;
            m.external_id = None;
            m.meta.touch(now);
            m
        }));
    data
}

#[cfg(test)]
mod tests;

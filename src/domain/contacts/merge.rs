//! Merging two contacts that are the same person. Nothing is lost: numbers, addresses,
//! roles, tags, notes and the consent history are joined; interactions, orders, leads,
//! follow-ups, campaign touches, team memberships and the people they referred move to
//! the contact that stays. Where a field differs, the user picks the value; by default
//! it comes from the contact changed last.

use crate::domain::contacts::contact::Contact;
use crate::domain::contacts::person::PersonRecords;
use crate::domain::dataset::DataSet;
use crate::domain::ordering::order_by;
use crate::domain::tasks::task::TaskKind;
use chrono::{DateTime, Utc};

/// A field the user chooses when the two contacts hold different values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MergeField {
    /// Given and family name, and the nickname.
    Name,
    /// Company, department and job title.
    Work,
    Address,
    Birthday,
    Language,
    Source,
    ReferredBy,
    StayInTouch,
    ReorderAfter,
}

pub const MERGE_FIELDS: [MergeField; 9] = [
    MergeField::Name,
    MergeField::Work,
    MergeField::Address,
    MergeField::Birthday,
    MergeField::Language,
    MergeField::Source,
    MergeField::ReferredBy,
    MergeField::StayInTouch,
    MergeField::ReorderAfter,
];

fn same(field: MergeField, a: &Contact, b: &Contact) -> bool {
    match field {
        MergeField::Name => {
            (&a.given_name, &a.family_name, &a.nickname)
                == (&b.given_name, &b.family_name, &b.nickname)
        }
        MergeField::Work => {
            (&a.company, &a.department, &a.job_title) == (&b.company, &b.department, &b.job_title)
        }
        MergeField::Address => a.address == b.address,
        MergeField::Birthday => a.birthday == b.birthday,
        MergeField::Language => a.language == b.language,
        MergeField::Source => a.source == b.source,
        MergeField::ReferredBy => a.referred_by == b.referred_by,
        MergeField::StayInTouch => a.stay_in_touch_days == b.stay_in_touch_days,
        MergeField::ReorderAfter => a.reorder_after_days == b.reorder_after_days,
    }
}

fn take(field: MergeField, into: &mut Contact, from: &Contact) {
    match field {
        MergeField::Name => {
            into.given_name = from.given_name.clone();
            into.family_name = from.family_name.clone();
            into.nickname = from.nickname.clone();
        }
        MergeField::Work => {
            into.company = from.company.clone();
            into.department = from.department.clone();
            into.job_title = from.job_title.clone();
        }
        MergeField::Address => into.address = from.address.clone(),
        MergeField::Birthday => into.birthday = from.birthday,
        MergeField::Language => into.language = from.language.clone(),
        MergeField::Source => into.source = from.source.clone(),
        MergeField::ReferredBy => into.referred_by = from.referred_by,
        MergeField::StayInTouch => into.stay_in_touch_days = from.stay_in_touch_days,
        MergeField::ReorderAfter => into.reorder_after_days = from.reorder_after_days,
    }
}

/// The fields whose values differ, in the order a form lists them.
pub fn differing_fields(a: &Contact, b: &Contact) -> Vec<MergeField> {
    MERGE_FIELDS
        .into_iter()
        .filter(|&field| !same(field, a, b))
        .collect()
}

/// Which of the two contacts stays: the older one, so that links to it stay put.
pub fn survivor_first(a: &Contact, b: &Contact) -> bool {
    (a.meta.created_at, a.meta.id) <= (b.meta.created_at, b.meta.id)
}

/// The differing fields whose value comes from `gone` by default: all of them when
/// `gone` was changed last, else none.
pub fn newest_choices(keep: &Contact, gone: &Contact) -> Vec<MergeField> {
    if gone.meta.updated_at > keep.meta.updated_at {
        differing_fields(keep, gone)
    } else {
        Vec::new()
    }
}

/// Merges `gone` into `keep`: the records to write. `from_gone` are the fields whose
/// value `gone` gives.
pub fn merge(
    keep: PersonRecords,
    gone: PersonRecords,
    from_gone: &[MergeField],
    now: DateTime<Utc>,
) -> DataSet {
    let keep_id = keep.contact.meta.id;
    let gone_id = gone.contact.meta.id;
    let mut write = DataSet::default();

    let mut contact = keep.contact.clone();
    for &field in from_gone {
        take(field, &mut contact, &gone.contact);
    }
    contact.join_lists(&gone.contact);
    contact.add_notes(&gone.contact.notes);
    contact
        .consent
        .changes
        .extend(gone.contact.consent.changes.iter().cloned());
    order_by(&mut contact.consent.changes, |c| c.at.timestamp_millis());
    if contact.referred_by == Some(gone_id) || contact.referred_by == Some(keep_id) {
        contact.referred_by = None;
    }
    contact.meta.touch(now);
    let mut tombstone = gone.contact.clone();
    tombstone.meta.mark_deleted(now);
    write.contacts.extend([contact, tombstone]);

    for referred in gone.referred.into_iter().filter(|c| c.meta.id != keep_id) {
        let mut moved = referred;
        moved.referred_by = Some(keep_id);
        moved.meta.touch(now);
        write.contacts.push(moved);
    }

    macro_rules! move_all {
        ($list:ident, $records:expr) => {
            for record in $records {
                let mut moved = record;
                moved.contact_id = keep_id;
                moved.meta.touch(now);
                write.$list.push(moved);
            }
        };
    }
    move_all!(interactions, gone.interactions);
    move_all!(orders, gone.orders);
    move_all!(leads, gone.leads);
    move_all!(campaign_touches, gone.campaign_touches);
    move_all!(members, gone.memberships);
    for task in gone.tasks {
        let mut moved = task;
        // Open reminders are planned again for the contact that stays; they would only
        // double the ones it has.
        if moved.kind != TaskKind::FollowUp && moved.is_open() {
            moved.meta.mark_deleted(now);
        } else {
            moved.contact_id = Some(keep_id);
            moved.meta.touch(now);
        }
        write.tasks.push(moved);
    }
    write
}

#[cfg(test)]
mod tests;

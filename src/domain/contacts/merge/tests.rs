use super::*;
use crate::domain::consent::ledger::{Channel, ConsentChange, ConsentMethod, ConsentState};
use crate::domain::contacts::contact::Address;
use crate::domain::sample::{Owner, SampleSize, generate};
use chrono::{Duration, NaiveDate, TimeZone};
use uuid::Uuid;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 27, 10, 0, 0).unwrap()
}

fn sample() -> DataSet {
    let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    generate(5, SampleSize::TINY, today, &Owner { name: "Maren Ohm" }).data
}

/// The two sample contacts with the most records between them.
fn busiest_pair(data: &DataSet) -> (Uuid, Uuid) {
    let weight = |id: Uuid| {
        let p = PersonRecords::gather(data, id);
        p.interactions.len()
            + p.orders.len()
            + p.tasks.len()
            + p.referred.len()
            + p.memberships.len()
    };
    let mut ids: Vec<Uuid> = data.contacts.iter().map(|c| c.meta.id).collect();
    order_by(&mut ids, |id| -(weight(*id) as i64));
    (ids[0], ids[1])
}

fn consent(channel: Channel, state: ConsentState, at: DateTime<Utc>) -> ConsentChange {
    ConsentChange {
        channel,
        state,
        at,
        method: ConsentMethod::Written,
        proof: "Formular".into(),
    }
}

#[test]
fn a_merge_moves_every_record_and_joins_what_both_hold() {
    let mut data = sample();
    let (keep_id, gone_id) = busiest_pair(&data);
    let earlier = now() - Duration::days(30);
    {
        let contacts = &mut data.contacts;
        let keep = contacts.iter_mut().find(|c| c.meta.id == keep_id).unwrap();
        keep.consent.changes = vec![consent(Channel::Email, ConsentState::Granted, earlier)];
        keep.tags = vec!["VIP".into()];
        keep.notes = "Mag Rosenduft.".into();
        let gone = contacts.iter_mut().find(|c| c.meta.id == gone_id).unwrap();
        gone.consent.changes = vec![
            consent(
                Channel::Email,
                ConsentState::Refused,
                earlier + Duration::days(1),
            ),
            consent(
                Channel::Phone,
                ConsentState::Granted,
                earlier - Duration::days(1),
            ),
        ];
        gone.tags = vec!["vip".into(), "Messe".into()];
        gone.notes = "Ruft abends zurück.".into();
        gone.address = Some(Address {
            street: "Ring 2".into(),
            postal_code: "50667".into(),
            city: "Köln".into(),
            country: "DE".into(),
            ..Address::default()
        });
    }
    let keep = PersonRecords::gather(&data, keep_id);
    let gone = PersonRecords::gather(&data, gone_id);
    let records_before = |p: &PersonRecords| {
        p.interactions.len()
            + p.orders.len()
            + p.leads.len()
            + p.campaign_touches.len()
            + p.memberships.len()
    };
    let moving = records_before(&keep) + records_before(&gone);
    let follow_ups = keep.tasks.len()
        + gone
            .tasks
            .iter()
            .filter(|t| t.kind == TaskKind::FollowUp || !t.is_open())
            .count();
    let phones: Vec<String> = keep
        .contact
        .phones
        .iter()
        .chain(&gone.contact.phones)
        .map(|p| p.value.clone())
        .collect();
    let referred_by_gone = gone
        .referred
        .iter()
        .filter(|c| c.meta.id != keep_id)
        .count();

    let merged = merge(keep.clone(), gone.clone(), &[MergeField::Address], now());
    let mut after = data.clone();
    after.overwrite_with(&merged);

    let stays = PersonRecords::gather(&after, keep_id);
    assert_eq!(
        records_before(&stays),
        moving,
        "interactions, orders, leads, touches, memberships"
    );
    assert_eq!(
        stays.tasks.iter().filter(|t| !t.meta.is_deleted()).count(),
        follow_ups,
        "open reminders of the merged contact are planned again, nothing else goes"
    );
    assert_eq!(PersonRecords::gather(&after, gone_id).interactions.len(), 0);
    assert!(
        after
            .contacts
            .iter()
            .find(|c| c.meta.id == gone_id)
            .unwrap()
            .meta
            .is_deleted()
    );
    assert_eq!(
        after
            .contacts
            .iter()
            .filter(|c| c.referred_by == Some(keep_id) && !c.meta.is_deleted())
            .count(),
        keep.referred
            .iter()
            .filter(|c| c.meta.id != gone_id)
            .count()
            + referred_by_gone
    );

    let contact = &stays.contact;
    assert_eq!(
        contact.address.as_ref().unwrap().city,
        "Köln",
        "chosen from the other"
    );
    assert_eq!(contact.given_name, keep.contact.given_name, "kept");
    assert_eq!(contact.tags, ["VIP", "Messe"]);
    assert_eq!(contact.notes, "Mag Rosenduft.\n\nRuft abends zurück.");
    for phone in phones {
        assert!(contact.phones.iter().any(|p| p.value == phone), "{phone}");
    }
    let history: Vec<(Channel, ConsentState)> = contact
        .consent
        .changes
        .iter()
        .map(|c| (c.channel, c.state))
        .collect();
    assert_eq!(
        history,
        [
            (Channel::Phone, ConsentState::Granted),
            (Channel::Email, ConsentState::Granted),
            (Channel::Email, ConsentState::Refused),
        ]
    );
    assert_eq!(
        contact.consent.state(Channel::Email),
        ConsentState::Refused,
        "the latest change counts"
    );
}

#[test]
fn by_default_the_values_of_the_contact_changed_last_win() {
    let mut older = Contact::new("Anna", "Mueller", now() - Duration::days(10));
    older.birthday = NaiveDate::from_ymd_opt(1980, 1, 2);
    let mut newer = Contact::new("Anna", "Müller", now() - Duration::days(2));
    newer.birthday = NaiveDate::from_ymd_opt(1980, 2, 1);
    newer.source = older.source.clone();
    assert!(survivor_first(&older, &newer));
    assert_eq!(
        differing_fields(&older, &newer),
        [MergeField::Name, MergeField::Birthday]
    );
    assert_eq!(
        newest_choices(&older, &newer),
        [MergeField::Name, MergeField::Birthday]
    );
    older.meta.touch(now());
    assert!(newest_choices(&older, &newer).is_empty());
}

#[test]
fn merging_someone_with_the_person_who_referred_them_leaves_no_self_referral() {
    let mut data = sample();
    let referrer = data.contacts[1].meta.id;
    data.contacts[2].referred_by = Some(referrer);
    let keep = PersonRecords::gather(&data, data.contacts[2].meta.id);
    let gone = PersonRecords::gather(&data, referrer);
    let merged = merge(keep, gone, &[], now());
    assert_eq!(merged.contacts[0].referred_by, None);
    assert!(
        merged
            .contacts
            .iter()
            .all(|c| c.referred_by != Some(referrer)),
        "nobody points at the merged contact"
    );
}

use super::*;
use crate::domain::consent::ledger::{Channel, ConsentChange, ConsentMethod, ConsentState};
use crate::domain::sample::{Owner, SampleSize, generate};
use chrono::NaiveDate;

#[test]
fn erasure_leaves_no_personal_data_and_keeps_the_figures() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    let mut data = generate(5, SampleSize::DEMO, today, &Owner { name: "Anna" }).data;
    // The busiest customer who also referred someone and is in the team.
    let id = data
        .contacts
        .iter()
        .filter(|c| {
            data.contacts
                .iter()
                .any(|o| o.referred_by == Some(c.meta.id))
        })
        .filter(|c| data.members.iter().any(|m| m.contact_id == c.meta.id))
        .max_by_key(|c| {
            data.orders
                .iter()
                .filter(|o| o.contact_id == c.meta.id)
                .count()
        })
        .expect("the sample has a rep who referred someone")
        .meta
        .id;
    let index = data.contacts.iter().position(|c| c.meta.id == id).unwrap();
    data.contacts[index].consent.record(ConsentChange {
        channel: Channel::Email,
        state: ConsentState::Granted,
        at: Utc::now(),
        method: ConsentMethod::Written,
        proof: "Unterschrift auf dem Bestellschein".into(),
    });
    data.contacts[index].notes = "wohnt neben der Bäckerei".into();
    let person = data.contacts[index].clone();
    let before = PersonRecords::gather(&data, id);
    assert!(!before.orders.is_empty() && !before.interactions.is_empty());
    let order_sum: i64 = data.orders.iter().map(|o| o.amount.0).sum();
    let counts = (data.interactions.len(), data.orders.len(), data.leads.len());

    let erased = erase(before, Utc::now());
    data.overwrite_with(&erased);

    let everything = serde_json::to_string(&data).unwrap();
    let mut traces: Vec<String> = vec![
        person.given_name.clone(),
        person.family_name.clone(),
        person.notes.clone(),
        "Unterschrift auf dem Bestellschein".into(),
    ];
    traces.extend(person.phones.iter().map(|p| p.value.clone()));
    traces.extend(person.emails.iter().map(|e| e.value.clone()));
    if let Some(address) = &person.address {
        traces.push(address.street.clone());
    }
    for trace in traces.iter().filter(|t| t.len() > 3) {
        // Common first names occur in other people's records; look for the whole name.
        let whole = format!("\"{trace}\"");
        let other_holders = data
            .contacts
            .iter()
            .filter(|c| c.meta.id != id)
            .any(|c| serde_json::to_string(c).unwrap().contains(&whole));
        if !other_holders {
            assert!(!everything.contains(&whole), "{trace} survived the erasure");
        }
    }
    assert_eq!(
        everything.matches(&id.to_string()).count(),
        1,
        "only the empty tombstone keeps the id"
    );
    let tombstone = data.contacts.iter().find(|c| c.meta.id == id).unwrap();
    assert!(tombstone.meta.is_deleted() && tombstone.consent.changes.is_empty());
    assert_eq!(
        data.orders.iter().map(|o| o.amount.0).sum::<i64>(),
        order_sum,
        "sales figures survive"
    );
    assert_eq!(
        (data.interactions.len(), data.orders.len(), data.leads.len()),
        counts
    );
}

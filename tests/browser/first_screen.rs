//! Opening for the contact list reads contacts and tasks first and the other records
//! after the list shows. Nothing may be lost or overwritten in between: not by a write
//! of this tab, nor by another tab's.

use crate::fresh_name;
use chrono::{Duration, NaiveDate, TimeZone, Utc};
use teamline::domain::contacts::contact::Contact;
use teamline::domain::contacts::interaction::{Direction, Interaction, InteractionKind};
use teamline::domain::pace::Unpaced;
use teamline::domain::record::Record;
use teamline::domain::record::RecordMeta;
use teamline::domain::sample::{Owner, SampleSize, generate};
use teamline::domain::tasks::task::Task;
use teamline::domain::team::member::Member;
use teamline::store::device_store::Store;
use teamline::store::kind::CollectionKind;
use teamline::store::stored::Stored;
use wasm_bindgen_test::wasm_bindgen_test;

const CONTACT_LIST: [CollectionKind; 2] = [CollectionKind::Contacts, CollectionKind::Tasks];

/// A database holding the tiny sample data; returns its record count.
async fn database_with_sample(name: &str) -> usize {
    let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    let sample = generate(5, SampleSize::TINY, today, &Owner { name: "Ida Roth" });
    let store = Store::open(name).await.unwrap();
    store.import(sample.data).await.unwrap();
    let count = store.read(|all| all.live_count());
    store.close();
    count
}

/// Records in id order, to compare (memory holds them in no order).
fn by_id<T: Stored>(mut records: Vec<T>) -> Vec<T> {
    records.sort_by_key(Record::id);
    records
}

fn call_with(contact: &Contact) -> Interaction {
    let at = Utc.with_ymd_and_hms(2026, 11, 30, 15, 0, 0).unwrap();
    Interaction {
        meta: RecordMeta::new(at),
        contact_id: contact.meta.id,
        kind: InteractionKind::Call,
        direction: Direction::Outgoing,
        at,
        summary: "Nachbestellung besprochen".into(),
        outcome: None,
    }
}

#[wasm_bindgen_test]
async fn the_contact_list_opens_with_contacts_and_tasks_and_the_rest_follows() {
    let name = fresh_name("first-screen");
    let stored = database_with_sample(&name).await;
    let full = Store::open(&name).await.unwrap();

    let store = Store::open_first(&name, &CONTACT_LIST).await.unwrap();
    assert!(!store.is_loaded());
    assert!(by_id(store.all::<Contact>()) == by_id(full.all::<Contact>()));
    assert!(by_id(store.all::<Task>()) == by_id(full.all::<Task>()));
    assert!(full.count::<Interaction>() > 0 && full.count::<Member>() > 0);
    assert_eq!(
        store.count::<Interaction>(),
        0,
        "interactions are read later"
    );
    assert_eq!(store.count::<Member>(), 0, "members are read later");

    store.finish_loading(&mut Unpaced).await.unwrap();
    assert!(store.is_loaded());
    assert_eq!(store.read(|all| all.live_count()), stored);
    assert_eq!(store.all::<Member>().len(), full.count::<Member>());
    full.close();
    store.close();
}

#[wasm_bindgen_test]
async fn a_write_before_the_rest_is_read_reads_it_first_and_overwrites_nothing() {
    let name = fresh_name("first-screen-write");
    let stored = database_with_sample(&name).await;
    let store = Store::open_first(&name, &CONTACT_LIST).await.unwrap();
    let contact = store.all::<Contact>().remove(0);

    // The interaction's chunk holds others' interactions, which memory lacks so far.
    store.put(call_with(&contact)).await.unwrap();
    assert!(store.is_loaded(), "the write read the rest first");
    assert_eq!(store.read(|all| all.live_count()), stored + 1);
    store.close();

    let reopened = Store::open(&name).await.unwrap();
    assert_eq!(reopened.read(|all| all.live_count()), stored + 1);
}

#[wasm_bindgen_test]
async fn another_tab_writing_between_the_two_reads_is_seen() {
    let name = fresh_name("first-screen-other-tab");
    let stored = database_with_sample(&name).await;
    let store = Store::open_first(&name, &CONTACT_LIST).await.unwrap();

    let other_tab = Store::open(&name).await.unwrap();
    let mut renamed = other_tab.all::<Contact>().remove(0);
    renamed.given_name = "Renate".into();
    renamed.meta.updated_at += Duration::seconds(1);
    let call = call_with(&renamed);
    other_tab.put(renamed.clone()).await.unwrap();
    other_tab.put(call.clone()).await.unwrap();
    other_tab.close();

    store.finish_loading(&mut Unpaced).await.unwrap();
    assert_eq!(store.get::<Contact>(renamed.meta.id), Some(renamed));
    assert_eq!(store.get::<Interaction>(call.meta.id), Some(call));
    assert_eq!(store.read(|all| all.live_count()), stored + 1);
}

//! Databases as older versions left them open with today's code, every record intact
//! and upgraded. Format 2 is the bytes a real build wrote (kept in
//! `tests/fixtures/store/format-2`); no build ever wrote format 1 (the first commit
//! already wrote format 2), so its bytes are made from the old type `migration.rs` keeps.

use crate::{fresh_name, raw_idb};
use chrono::NaiveDate;
use std::collections::BTreeMap;
use teamline::domain::contacts::contact::Contact;
use teamline::domain::contacts::interaction::Interaction;
use teamline::domain::locale::language::Language;
use teamline::domain::pace::Unpaced;
use teamline::domain::sample::{Owner, SampleSize, generate};
use teamline::domain::settings::preferences::{Settings, ThemePreference};
use teamline::store::chunk::{FORMAT_VERSION, encode_with_format};
use teamline::store::collection::bucket_of;
use teamline::store::device_store::Store;
use teamline::store::kind::CollectionKind;
use teamline::store::migration::{CHUNKS_STORE, META_STORE, SETTINGS_KEY};
use teamline::store::older_records::{AddressV2, ContactV1, ContactV2};
use wasm_bindgen_test::wasm_bindgen_test;

fn as_v1(c: &Contact) -> ContactV1 {
    ContactV1 {
        meta: c.meta.clone(),
        given_name: c.given_name.clone(),
        family_name: c.family_name.clone(),
        phones: c.phones.clone(),
        emails: c.emails.clone(),
        address: c.address.clone().map(|a| AddressV2 {
            street: a.street,
            postal_code: a.postal_code,
            city: a.city,
            country: a.country,
        }),
        birthday: c.birthday,
        language: c.language.clone(),
        roles: c.roles.clone(),
        tags: c.tags.clone(),
        source: c.source.clone(),
        notes: c.notes.clone(),
        referred_by: c.referred_by,
        consent: c.consent.clone(),
    }
}

fn chunks_of<T: serde::Serialize>(
    kind: CollectionKind,
    records: &[(uuid::Uuid, T)],
) -> Vec<(String, Vec<u8>)> {
    let mut buckets: BTreeMap<u8, Vec<&T>> = BTreeMap::new();
    for (id, record) in records {
        buckets.entry(bucket_of(id)).or_default().push(record);
    }
    buckets
        .into_iter()
        .map(|(b, recs)| (kind.chunk_key(b), encode_with_format(1, kind, b, &recs)))
        .collect()
}

#[wasm_bindgen_test]
async fn schema_one_database_opens_intact_and_upgraded() {
    schema_one_database_opens_with(&CollectionKind::ALL).await;
}

/// Opened on the contact list, the first read finds the settings where schema 1 kept
/// them, and the upgrade is written once everything is read.
#[wasm_bindgen_test]
async fn schema_one_database_opened_for_the_contact_list_opens_intact_and_upgraded() {
    schema_one_database_opens_with(&[CollectionKind::Contacts, CollectionKind::Tasks]).await;
}

/// Writes a schema-1 database, opens it reading `first` before the rest, and checks
/// every record and the settings, in memory and on disk.
async fn schema_one_database_opens_with(first: &[CollectionKind]) {
    let name = fresh_name("migration");
    let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    let data = generate(
        41,
        SampleSize::TINY,
        today,
        &Owner {
            name: "Björn Böhm"
        },
    )
    .data;
    let old_contacts: Vec<(uuid::Uuid, ContactV1)> = data
        .contacts
        .iter()
        .map(|c| (c.meta.id, as_v1(c)))
        .collect();
    let old_interactions: Vec<(uuid::Uuid, Interaction)> = data
        .interactions
        .iter()
        .map(|i| (i.meta.id, i.clone()))
        .collect();
    let settings = Settings {
        language: Some(Language::En),
        theme: ThemePreference::Light,
        profile: None,
        backups: Default::default(),
    };
    let mut old_settings = vec![b'S', 1];
    old_settings.extend(postcard::to_allocvec(&settings).unwrap());

    // Schema 1: only the chunks store, settings kept as a chunk.
    let old = raw_idb::open(&name, 1, &[CHUNKS_STORE]).await;
    for (key, bytes) in chunks_of(CollectionKind::Contacts, &old_contacts)
        .into_iter()
        .chain(chunks_of(CollectionKind::Interactions, &old_interactions))
    {
        raw_idb::put(&old, CHUNKS_STORE, &key, &bytes).await;
    }
    raw_idb::put(&old, CHUNKS_STORE, SETTINGS_KEY, &old_settings).await;
    old.close();

    let store = Store::open_first(&name, first).await.unwrap();
    assert_eq!(store.count::<Contact>(), data.contacts.len());
    assert_eq!(store.settings(), settings);
    store.finish_loading(&mut Unpaced).await.unwrap();
    for (id, v1) in &old_contacts {
        let now = store.get::<Contact>(*id).expect("contact survived");
        assert_eq!(now, Contact::from(ContactV2::from(v1.clone())));
        assert_eq!(now.stay_in_touch_days, None);
    }
    for (id, interaction) in &old_interactions {
        assert_eq!(store.get::<Interaction>(*id).as_ref(), Some(interaction));
    }
    assert_eq!(store.settings(), settings);
    store.close();

    // On disk: every chunk rewritten in the current format, settings moved to `meta`.
    let db = raw_idb::open(&name, 2, &[CHUNKS_STORE, META_STORE]).await;
    let chunks = raw_idb::entries(&db, CHUNKS_STORE).await;
    assert!(
        !chunks.iter().any(|(k, _)| k == SETTINGS_KEY),
        "legacy settings chunk removed"
    );
    assert!(
        chunks.iter().all(|(_, bytes)| bytes[1] == FORMAT_VERSION),
        "all chunks upgraded"
    );
    let meta = raw_idb::entries(&db, META_STORE).await;
    assert!(meta.iter().any(|(k, _)| k == SETTINGS_KEY));
    db.close();

    // And it opens again with nothing lost.
    let again = Store::open(&name).await.unwrap();
    assert_eq!(again.count::<Contact>(), data.contacts.len());
    assert_eq!(again.count::<Interaction>(), data.interactions.len());
    assert_eq!(again.settings(), settings);
}

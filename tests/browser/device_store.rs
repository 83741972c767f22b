use crate::fresh_name;
use chrono::{Duration, NaiveDate};
use teamline::domain::contacts::contact::Contact;
use teamline::domain::contacts::interaction::Interaction;
use teamline::domain::leads::lead::{Lead, LeadKind};
use teamline::domain::leads::stages::StandardStage;
use teamline::domain::locale::language::Language;
use teamline::domain::sample::{Owner, SampleSize, generate};
use teamline::domain::settings::preferences::{Settings, ThemePreference};
use teamline::domain::tasks::task::Task;
use teamline::domain::team::member::Member;
use teamline::store::collection::Collections;
use teamline::store::database::decode_generation;
use teamline::store::device_store::Store;
use teamline::store::index::{IndexKey, IndexName, Query};
use teamline::store::migration::{CHUNKS_STORE, META_STORE};
use teamline::store::write_batch::WriteBatch;
use wasm_bindgen_test::wasm_bindgen_test;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 27).unwrap()
}

/// Every record of every collection, tombstones included, in a comparable order.
pub fn snapshot(all: &Collections) -> String {
    let mut lines = Vec::new();
    macro_rules! dump {
        ($($field:ident),*) => {$(
            for bucket in 0..teamline::store::collection::BUCKETS {
                for record in all.$field.bucket(bucket) {
                    lines.push(format!("{record:?}"));
                }
            }
        )*};
    }
    dump!(
        contacts,
        interactions,
        tasks,
        leads,
        orders,
        members,
        volumes,
        campaigns,
        campaign_touches,
        saved_segments
    );
    lines.sort();
    lines.join("\n")
}

#[wasm_bindgen_test]
async fn records_read_back_exactly_after_reopening() {
    let name = fresh_name("reopen");
    let sample = generate(
        21,
        SampleSize::TINY,
        today(),
        &Owner {
            name: "Käthe Groß"
        },
    );
    let expected_count = sample.data.record_count();
    let store = Store::open(&name).await.unwrap();
    store.import(sample.data.clone()).await.unwrap();
    let settings = Settings {
        language: Some(Language::En),
        theme: ThemePreference::Dark,
        profile: None,
        backups: Default::default(),
    };
    store.save_settings(settings.clone()).await.unwrap();
    let first_contact = sample.data.contacts[3].meta.id;
    store.delete::<Contact>(first_contact).await.unwrap();
    let before = store.read(snapshot);
    store.close();

    let reopened = Store::open(&name).await.unwrap();
    assert_eq!(
        reopened.read(snapshot),
        before,
        "every record, tombstones included, reads back exactly"
    );
    assert_eq!(reopened.settings(), settings);
    assert_eq!(
        reopened.count::<Contact>() + reopened.count::<Interaction>(),
        sample.data.contacts.len() - 1 + sample.data.interactions.len()
    );
    assert!(reopened.get::<Contact>(first_contact).is_none());
    assert!(reopened.read(|all| {
        all.contacts
            .get_including_deleted(&first_contact)
            .is_some_and(|c| c.meta.is_deleted())
    }));
    let total = reopened.read(|all| all.live_count());
    assert_eq!(total, expected_count - 1);
}

#[wasm_bindgen_test]
async fn get_put_delete_and_queries() {
    let store = Store::open(&fresh_name("queries")).await.unwrap();
    let data = generate(22, SampleSize::TINY, today(), &Owner { name: "Jürgen" }).data;
    store.import(data.clone()).await.unwrap();

    // get and put
    let mut contact = data.contacts[5].clone();
    assert_eq!(
        store.get::<Contact>(contact.meta.id).as_ref(),
        Some(&contact)
    );
    contact.notes = "Ruft lieber abends an".into();
    store.put(contact.clone()).await.unwrap();
    assert_eq!(
        store.get::<Contact>(contact.meta.id).unwrap().notes,
        "Ruft lieber abends an"
    );

    // by contact
    let busiest = data.interactions[0].contact_id;
    let expected = data
        .interactions
        .iter()
        .filter(|i| i.contact_id == busiest)
        .count();
    let found = store.query::<Interaction>(Query::Equals(IndexName::Contact, busiest.into()));
    assert_eq!(found.len(), expected);
    assert!(found.iter().all(|i| i.contact_id == busiest));

    // by sponsor
    let root = data
        .members
        .iter()
        .find(|m| m.sponsor_id.is_none())
        .unwrap()
        .meta
        .id;
    let children = store.query::<Member>(Query::Equals(IndexName::Sponsor, root.into()));
    assert_eq!(
        children.len(),
        data.members
            .iter()
            .filter(|m| m.sponsor_id == Some(root))
            .count()
    );
    assert!(!children.is_empty());

    // by stage
    let won_sale = StandardStage::Won.id(LeadKind::Sale);
    let won = store.query::<Lead>(Query::Equals(IndexName::Stage, won_sale.into()));
    assert_eq!(
        won.len(),
        data.leads.iter().filter(|l| l.stage == won_sale).count()
    );
    assert!(!won.is_empty(), "the sample has won leads to find");

    // by due date: open tasks due in the next month
    let now = today().and_hms_opt(12, 0, 0).unwrap().and_utc();
    let month = Query::Range(
        IndexName::DueAt,
        IndexKey::Int(now.timestamp_millis()),
        IndexKey::Int((now + Duration::days(30)).timestamp_millis()),
    );
    let due = store.query::<Task>(month);
    let expected_due = data
        .tasks
        .iter()
        .filter(|t| t.done_at.is_none() && t.due_at >= now && t.due_at < now + Duration::days(30))
        .count();
    assert_eq!(due.len(), expected_due);
    assert!(
        expected_due >= 2,
        "enough tasks to have an order ({expected_due})"
    );
    assert!(
        due.windows(2).all(|w| w[0].due_at <= w[1].due_at),
        "in due order"
    );

    // delete leaves a tombstone and disappears from queries
    let gone = found[0].meta.id;
    store.delete::<Interaction>(gone).await.unwrap();
    assert!(store.get::<Interaction>(gone).is_none());
    assert_eq!(
        store
            .query::<Interaction>(Query::Equals(IndexName::Contact, busiest.into()))
            .len(),
        expected - 1
    );
}

#[wasm_bindgen_test]
async fn several_writes_in_one_transaction() {
    let name = fresh_name("batch");
    let store = Store::open(&name).await.unwrap();
    let generation = || async {
        let db = crate::raw_idb::open(&name, 2, &[CHUNKS_STORE, META_STORE]).await;
        let meta = crate::raw_idb::entries(&db, META_STORE).await;
        db.close();
        meta.iter()
            .find(|(key, _)| key == "generation")
            .map_or(0, |(_, bytes)| decode_generation(bytes))
    };
    let before = generation().await;
    let data = generate(23, SampleSize::TINY, today(), &Owner { name: "Ole" }).data;
    let mut batch = WriteBatch::new();
    batch
        .put(data.contacts[0].clone())
        .put(data.interactions[0].clone())
        .put(data.leads[0].clone());
    store.commit(batch).await.unwrap();
    assert_eq!(
        (
            store.count::<Contact>(),
            store.count::<Interaction>(),
            store.count::<Lead>()
        ),
        (1, 1, 1)
    );
    assert_eq!(
        generation().await,
        before + 1,
        "one committed transaction wrote all three"
    );
}

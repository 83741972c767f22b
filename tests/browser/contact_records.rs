//! A contact's consent history, interactions, orders and follow-ups persist across
//! reopening, edits keep the history, and erasure leaves nothing of the person stored.
use crate::fresh_name;
use chrono::{Duration, Utc};
use teamline::domain::consent::ledger::{Channel, ConsentChange, ConsentMethod, ConsentState};
use teamline::domain::contacts::contact::{Contact, Labeled, Role};
use teamline::domain::contacts::draft::{CheckContext, ContactDraft};
use teamline::domain::contacts::erasure::erase;
use teamline::domain::contacts::interaction::{Direction, Interaction, InteractionKind, Outcome};
use teamline::domain::contacts::order::Order;
use teamline::domain::contacts::referral::Referrals;
use teamline::domain::locale::money::Cents;
use teamline::domain::record::{RecordMeta, stored_precision};
use teamline::domain::tasks::task::{Task, TaskKind};
use teamline::store::device_store::Store;
use teamline::store::index::{IndexName, Query};
use teamline::store::migration::{CHUNKS_STORE, META_STORE};
use teamline::store::person_records::person_records;
use teamline::store::write_batch::WriteBatch;
use wasm_bindgen_test::wasm_bindgen_test;

fn consent(channel: Channel, state: ConsentState, minutes_ago: i64, proof: &str) -> ConsentChange {
    ConsentChange {
        channel,
        state,
        at: stored_precision(Utc::now() - Duration::minutes(minutes_ago)),
        method: ConsentMethod::DoubleOptIn,
        proof: proof.into(),
    }
}

#[wasm_bindgen_test]
async fn consent_history_and_interactions_survive_reopening_and_edits() {
    let name = fresh_name("contact-records");
    let store = Store::open(&name).await.unwrap();
    let now = Utc::now();
    let mut zoe = Contact::new("Zoë", "Strauß", now);
    zoe.roles = vec![Role::Customer];
    zoe.phones.push(Labeled {
        label: "mobil".into(),
        value: "+491712345678".into(),
    });
    zoe.consent.record(consent(
        Channel::Email,
        ConsentState::Granted,
        30,
        "„Ja, per E-Mail“",
    ));
    zoe.consent.record(consent(
        Channel::Email,
        ConsentState::Refused,
        10,
        "Widerruf per Telefon",
    ));
    let id = zoe.meta.id;
    let call = Interaction {
        meta: RecordMeta::new(now),
        contact_id: id,
        kind: InteractionKind::Call,
        direction: Direction::Incoming,
        at: stored_precision(now - Duration::hours(2)),
        summary: "Fragt nach dem Adventskalender 🎄".into(),
        outcome: Some(Outcome::FollowUpAgreed),
    };
    let order = Order {
        meta: RecordMeta::new(now),
        contact_id: id,
        date: now.date_naive(),
        amount: Cents(4_990),
        volume_centipoints: 2_500,
    };
    let follow_up = Task {
        meta: RecordMeta::new(now),
        kind: TaskKind::FollowUp,
        title: "Kalender vorbeibringen".into(),
        due_at: stored_precision(now + Duration::days(1)),
        contact_id: Some(id),
        lead_id: None,
        done_at: None,
    };
    let mut batch = WriteBatch::new();
    batch
        .put(zoe.clone())
        .put(call.clone())
        .put(order.clone())
        .put(follow_up.clone());
    store.commit(batch).await.unwrap();

    // Edit through the form, as the UI does: the consent history must stay.
    let mut draft = ContactDraft::of(&zoe);
    draft.notes = "mag Tee".into();
    let edited = draft
        .check(
            Some(&zoe),
            &CheckContext {
                calling_code: "49",
                now: Utc::now(),
                referrals: &Referrals::new([]),
            },
        )
        .unwrap();
    store.put(edited).await.unwrap();
    store.close();

    let reopened = Store::open(&name).await.unwrap();
    let stored = reopened.get::<Contact>(id).unwrap();
    assert_eq!(stored.notes, "mag Tee");
    assert_eq!(
        stored.consent, zoe.consent,
        "the whole consent history, in order"
    );
    assert_eq!(stored.consent.state(Channel::Email), ConsentState::Refused);
    assert_eq!(
        stored.consent.state(Channel::WhatsApp),
        ConsentState::Unknown
    );
    let of = Query::Equals(IndexName::Contact, id.into());
    assert_eq!(reopened.query::<Interaction>(of), vec![call]);
    assert_eq!(reopened.query::<Order>(of), vec![order]);
    assert_eq!(reopened.query::<Task>(of), vec![follow_up]);

    // Erasure: written, reopened, and not a trace of Zoë left.
    let person = reopened.read(|all| person_records(all, id)).unwrap();
    let mut batch = WriteBatch::new();
    batch.put_all(erase(person, Utc::now()));
    reopened.commit(batch).await.unwrap();
    reopened.close();
    let after = Store::open(&name).await.unwrap();
    assert!(after.get::<Contact>(id).is_none());
    assert!(after.query::<Interaction>(of).is_empty());
    assert!(after.query::<Task>(of).is_empty());
    // Every record, tombstones included, and the bytes IndexedDB holds.
    let text = after.read(|all| {
        let every = |b: u8| {
            format!(
                "{:?}{:?}{:?}{:?}",
                all.contacts.bucket(b).collect::<Vec<_>>(),
                all.interactions.bucket(b).collect::<Vec<_>>(),
                all.orders.bucket(b).collect::<Vec<_>>(),
                all.tasks.bucket(b).collect::<Vec<_>>(),
            )
        };
        (0..64).map(every).collect::<String>()
    });
    let db = crate::raw_idb::open(&name, 2, &[CHUNKS_STORE, META_STORE]).await;
    let stored: Vec<u8> = crate::raw_idb::entries(&db, CHUNKS_STORE)
        .await
        .into_iter()
        .flat_map(|(_, bytes)| bytes)
        .collect();
    db.close();
    let stored = String::from_utf8_lossy(&stored);
    for trace in [
        "Zoë",
        "Strauß",
        "491712345678",
        "Adventskalender",
        "Ja, per E-Mail",
        "mag Tee",
    ] {
        assert!(!text.contains(trace), "{trace} is still in a record");
        assert!(!stored.contains(trace), "{trace} is still in IndexedDB");
    }
    assert_eq!(after.count::<Order>(), 1, "the sale still counts");
    assert_eq!(after.count::<Interaction>(), 1, "the call still counts");
    after.close();
}

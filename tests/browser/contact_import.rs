use crate::fresh_name;
use chrono::Utc;
use teamline::domain::contacts::contact::Contact;
use teamline::domain::contacts::import_plan::{
    BatchChoice, DuplicateChoice, ImportPlan, plan_import,
};
use teamline::io::contact_file::{ImportRow, ReadOptions, read_contact_file};
use teamline::io::vcard::text::BuiltInCharsets;
use teamline::store::device_store::Store;
use teamline::store::write_batch::WriteBatch;
use wasm_bindgen_test::wasm_bindgen_test;

/// A phone's export: a real file made by other software, and 300 generated cards.
fn file() -> Vec<u8> {
    let mut bytes =
        include_bytes!("../fixtures/contacts/vcard40/mixed_4_0_2_1_3_0_multi_de_umlauts.vcf")
            .to_vec();
    for i in 0..300 {
        bytes.extend(
            format!(
                "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:card-{i}\r\nN:Nachname{i};Vorname;;;\r\n\
                 TEL;TYPE=CELL:0171 {:07}\r\nADR;TYPE=HOME:;;Weg {i};Ort {i};;{:05};DE\r\nEND:VCARD\r\n",
                1_000_000 + i,
                10_000 + i
            )
            .as_bytes(),
        );
    }
    bytes
}

fn plan(store: &Store) -> ImportPlan {
    let file = read_contact_file(&file(), &ReadOptions::default(), &BuiltInCharsets).unwrap();
    store.read(|all| {
        let stored: Vec<&Contact> = all.contacts.iter().collect();
        plan_import(
            &stored,
            file.rows.iter().map(ImportRow::incoming),
            &BatchChoice::default(),
            "49",
            Utc::now(),
        )
    })
}

fn batch(plan: &ImportPlan) -> WriteBatch {
    let mut batch = WriteBatch::new();
    for contact in plan.contacts_to_write(DuplicateChoice::Skip) {
        batch.put(contact);
    }
    batch
}

#[wasm_bindgen_test]
async fn an_import_lands_whole_or_not_at_all_and_a_second_one_adds_nothing() {
    let name = fresh_name("import");
    let store = Store::open(&name).await.unwrap();
    let first = plan(&store);
    assert_eq!(first.counts().new, 301, "300 cards and Erika once");

    let mut failing = batch(&first);
    assert!(failing.plan(&Default::default()).len() > 3);
    failing.abort_after_chunk_writes(3);
    assert_eq!(
        store.commit(failing).await,
        Err(teamline::store::error::StoreError::Failed(
            "the write was aborted after 3 chunk writes (the last one written)".into()
        ))
    );
    assert_eq!(store.count::<Contact>(), 0);
    store.close();
    let store = Store::open(&name).await.unwrap();
    assert_eq!(store.count::<Contact>(), 0, "nothing after reopening");

    store.commit(batch(&first)).await.unwrap();
    store.close();
    let store = Store::open(&name).await.unwrap();
    assert_eq!(store.count::<Contact>(), 301);
    let again = plan(&store);
    assert_eq!(again.counts().new, 0);
    assert_eq!(again.counts().unchanged, 301);
    assert!(again.contacts_to_write(DuplicateChoice::Skip).is_empty());
}

#[wasm_bindgen_test]
async fn pairs_marked_as_different_people_stay_marked() {
    let name = fresh_name("not-duplicates");
    let store = Store::open(&name).await.unwrap();
    let (a, b) = (uuid::Uuid::new_v4(), uuid::Uuid::new_v4());
    store.mark_not_duplicate(b, a).await.unwrap();
    store.mark_not_duplicate(a, b).await.unwrap();
    assert_eq!(store.not_duplicates(), [(a.min(b), a.max(b))]);
    store.close();
    let reopened = Store::open(&name).await.unwrap();
    assert_eq!(reopened.not_duplicates(), [(a.min(b), a.max(b))]);
    reopened.delete_everything().await.unwrap();
    assert!(reopened.not_duplicates().is_empty());
}

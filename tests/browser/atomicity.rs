use crate::fresh_name;
use chrono::NaiveDate;
use teamline::domain::contacts::contact::Contact;
use teamline::domain::contacts::interaction::Interaction;
use teamline::domain::sample::{Owner, SampleSize, generate};
use teamline::store::device_store::Store;
use teamline::store::error::StoreError;
use teamline::store::write_batch::WriteBatch;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
async fn a_write_that_fails_half_way_leaves_nothing_behind() {
    let name = fresh_name("atomic");
    let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    let data = generate(31, SampleSize::TINY, today, &Owner { name: "Uwe" }).data;
    let store = Store::open(&name).await.unwrap();
    let mut first = WriteBatch::new();
    for c in &data.contacts[..10] {
        first.put(c.clone());
    }
    store.commit(first).await.unwrap();

    // A change to a stored contact plus many new records, spread over many chunks,
    // aborted after three chunk writes went out.
    let mut changed = data.contacts[0].clone();
    changed.notes = "must not survive".into();
    let mut failing = WriteBatch::new();
    failing.put(changed.clone());
    for c in &data.contacts[10..] {
        failing.put(c.clone());
    }
    for i in &data.interactions {
        failing.put(i.clone());
    }
    assert!(failing.plan(&Default::default()).len() > 3);
    failing.abort_after_chunk_writes(3);
    assert_eq!(
        store.commit(failing).await,
        Err(StoreError::Failed(
            "the write was aborted after 3 chunk writes (the last one written)".into()
        )),
        "three chunks were in the transaction when it was rolled back"
    );

    let check = |store: &Store| {
        assert_eq!(store.count::<Contact>(), 10);
        assert_eq!(store.count::<Interaction>(), 0);
        assert_eq!(
            store.get::<Contact>(changed.meta.id).unwrap().notes,
            data.contacts[0].notes
        );
    };
    check(&store);
    store.close();
    let reopened = Store::open(&name).await.unwrap();
    check(&reopened);

    // The store still works after the failed write.
    reopened.put(changed.clone()).await.unwrap();
    assert_eq!(
        reopened.get::<Contact>(changed.meta.id).unwrap().notes,
        "must not survive"
    );
}

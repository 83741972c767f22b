//! When another tab opens a newer schema, this tab's store closes its connection and
//! refuses further writes instead of writing stale data.

use crate::{fresh_name, raw_idb};
use std::cell::Cell;
use std::rc::Rc;
use teamline::domain::contacts::contact::Contact;
use teamline::store::device_store::Store;
use teamline::store::error::StoreError;
use teamline::store::migration::{CHUNKS_STORE, META_STORE};
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
async fn a_newer_schema_in_another_tab_closes_this_store() {
    let name = fresh_name("versionchange");
    let store = Store::open(&name).await.unwrap();
    let told = Rc::new(Cell::new(false));
    let flag = told.clone();
    store.on_upgraded_elsewhere(move || flag.set(true));
    store
        .put(Contact::new("Anna", "Alt", chrono::Utc::now()))
        .await
        .unwrap();

    // "Another tab": a newer version opens the same database. It is not blocked,
    // because the store lets go of its connection.
    let newer = raw_idb::open(&name, 3, &[CHUNKS_STORE, META_STORE, "future"]).await;
    assert!(told.get(), "the UI was told to ask for a reload");
    let write = store
        .put(Contact::new("Ben", "Neu", chrono::Utc::now()))
        .await;
    assert_eq!(write, Err(StoreError::UpgradedElsewhere));
    newer.close();

    // Today's code refuses to open a database a newer version made, with a clear error.
    match Store::open(&name).await {
        Err(StoreError::Failed(message)) => assert!(message.contains("newer version"), "{message}"),
        Err(other) => panic!("unexpected error {other:?}"),
        Ok(_) => panic!("opened a newer database"),
    }
}

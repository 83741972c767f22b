//! Direct IndexedDB access for tests: building databases as older versions left them,
//! and looking at what is really stored.

use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::TransactionMode;
use js_sys::Uint8Array;
use wasm_bindgen::JsValue;

pub async fn open(name: &str, version: u32, stores: &'static [&'static str]) -> Database {
    Database::open(name)
        .with_version(version)
        .with_on_upgrade_needed(move |_, db| {
            let existing: Vec<String> = db.object_store_names().collect();
            for store in stores {
                if !existing.iter().any(|s| s == store) {
                    db.create_object_store(*store).build()?;
                }
            }
            Ok(())
        })
        .await
        .expect("raw open")
}

pub async fn put(db: &Database, store: &str, key: &str, bytes: &[u8]) {
    let tx = db
        .transaction(store)
        .with_mode(TransactionMode::Readwrite)
        .build()
        .unwrap();
    let object_store = tx.object_store(store).unwrap();
    let value: JsValue = Uint8Array::from(bytes).into();
    object_store.put(value).with_key(key).build().unwrap();
    drop(object_store);
    tx.commit().await.unwrap();
}

/// Every key and value of a store.
pub async fn entries(db: &Database, store: &str) -> Vec<(String, Vec<u8>)> {
    let tx = db.transaction(store).build().unwrap();
    let object_store = tx.object_store(store).unwrap();
    let keys: Vec<String> = object_store
        .get_all_keys::<String>()
        .await
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let values: Vec<Vec<u8>> = object_store
        .get_all::<JsValue>()
        .await
        .unwrap()
        .map(|v| Uint8Array::new(&v.unwrap()).to_vec())
        .collect();
    keys.into_iter().zip(values).collect()
}

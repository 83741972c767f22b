//! The IndexedDB database itself: opening and upgrading the schema, reading every
//! chunk at start-up, and writing chunks in one transaction.

use crate::store::error::StoreError;
use crate::store::idb_error::{open_error, storage_error};
use crate::store::kind::CollectionKind;
use crate::store::migration::{
    CHUNKS_STORE, GENERATION_KEY, META_STORE, SCHEMA_VERSION, SETTINGS_KEY,
};
use crate::store::write_batch::ChunkWrite;
use indexed_db_futures::database::Database as IdbDatabase;
use indexed_db_futures::error::Error;
use indexed_db_futures::internals::SystemRepr;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::TransactionMode;
use js_sys::Uint8Array;
use wasm_bindgen::{JsCast, JsValue};

#[derive(Clone)]
pub struct Database {
    db: IdbDatabase,
}

/// Everything the database holds. Chunks stay in JavaScript memory until each is
/// decoded, so that wasm memory never holds all raw chunks at once (it never shrinks).
pub struct Contents {
    pub chunks: Vec<Uint8Array>,
    pub meta: Vec<(String, Vec<u8>)>,
}

fn to_bytes(value: &JsValue) -> Vec<u8> {
    Uint8Array::new(value).to_vec()
}

impl Database {
    pub async fn open(name: &str) -> Result<Database, StoreError> {
        let db = IdbDatabase::open(name)
            .with_version(SCHEMA_VERSION)
            .with_on_upgrade_needed(|event, db| {
                let old = event.old_version() as u32;
                if old < 1 {
                    db.create_object_store(CHUNKS_STORE).build()?;
                }
                if old < 2 {
                    db.create_object_store(META_STORE).build()?;
                }
                Ok(())
            })
            .await
            .map_err(open_error)?;
        Ok(Database { db })
    }

    pub fn handle(&self) -> &IdbDatabase {
        &self.db
    }

    pub fn close(self) {
        self.db.close();
    }

    /// Reads the meta store and the chunks of `kinds`, or of every kind when `None`, in
    /// one transaction. Reading only some kinds also reads the settings where schema 1
    /// kept them, among the chunks.
    pub async fn read(&self, kinds: Option<&[CollectionKind]>) -> Result<Contents, StoreError> {
        let tx = self
            .db
            .transaction([CHUNKS_STORE, META_STORE])
            .build()
            .map_err(storage_error)?;
        let chunks_store = tx.object_store(CHUNKS_STORE).map_err(storage_error)?;
        let chunks = match kinds {
            None => get_all(chunks_store.get_all::<JsValue>().await)?,
            Some(kinds) => {
                let mut chunks = Vec::new();
                for kind in kinds {
                    // Keys are `name/07`; `0` is the character after `/`.
                    let range = format!("{}/", kind.name())..format!("{}0", kind.name());
                    let of_kind = chunks_store.get_all::<JsValue>().with_query(range).await;
                    chunks.extend(get_all(of_kind)?);
                }
                let legacy: Option<JsValue> = chunks_store
                    .get(SETTINGS_KEY)
                    .await
                    .map_err(storage_error)?;
                chunks.extend(legacy.map(|value| Uint8Array::new(&value)));
                chunks
            }
        };
        let meta_store = tx.object_store(META_STORE).map_err(storage_error)?;
        let keys = meta_store
            .get_all_keys::<String>()
            .await
            .map_err(storage_error)?
            .collect::<Result<Vec<_>, _>>()
            .map_err(storage_error)?;
        let values = meta_store
            .get_all::<JsValue>()
            .await
            .map_err(storage_error)?
            .map(|v| v.map(|v| to_bytes(&v)))
            .collect::<Result<Vec<_>, _>>()
            .map_err(storage_error)?;
        Ok(Contents {
            chunks,
            meta: keys.into_iter().zip(values).collect(),
        })
    }

    /// Applies one [`Write`] in one transaction: all of it lands, or none of it. Returns
    /// the new generation. Fails with [`StoreError::ChangedElsewhere`], changing
    /// nothing, when another connection (another tab) wrote since `expected_generation`.
    pub async fn write(&self, write: Write<'_>) -> Result<u64, StoreError> {
        let tx = self
            .db
            .transaction([CHUNKS_STORE, META_STORE])
            .with_mode(TransactionMode::Readwrite)
            .build()
            .map_err(storage_error)?;
        // Keep a handle on the transaction: the library's commit error says only that it
        // aborted, while the transaction itself says why (such as QuotaExceededError).
        let raw: web_sys::IdbTransaction = tx.as_sys().clone().unchecked_into();
        let generation = {
            let chunks = tx.object_store(CHUNKS_STORE).map_err(storage_error)?;
            let meta = tx.object_store(META_STORE).map_err(storage_error)?;
            let stored: Option<JsValue> = meta.get(GENERATION_KEY).await.map_err(storage_error)?;
            let current = stored.map_or(0, |v| decode_generation(&to_bytes(&v)));
            if current != write.expected_generation {
                drop((chunks, meta));
                tx.abort().await.map_err(storage_error)?;
                return Err(StoreError::ChangedElsewhere);
            }
            if write.clear_first {
                chunks.clear().map_err(storage_error)?;
                meta.clear().map_err(storage_error)?;
            }
            for (written, chunk) in write.chunks.iter().enumerate() {
                if write.abort_after == Some(written) {
                    // The tests' hook: say how many chunks were written, and whether the
                    // last of them is there inside the transaction, before rolling back.
                    let visible = match written.checked_sub(1).map(|i| &write.chunks[i]) {
                        Some(last) => chunks
                            .get::<JsValue, _, _>(last.key.as_str())
                            .await
                            .map_err(storage_error)?
                            .is_some_and(|value| to_bytes(&value) == last.bytes),
                        None => false,
                    };
                    drop((chunks, meta));
                    tx.abort().await.map_err(storage_error)?;
                    return Err(StoreError::Failed(format!(
                        "the write was aborted after {written} chunk writes (the last one {})",
                        if visible { "written" } else { "missing" }
                    )));
                }
                chunks
                    .put(bytes_value(&chunk.bytes))
                    .with_key(chunk.key.as_str())
                    .build()
                    .map_err(storage_error)?;
            }
            for key in write.delete_chunks {
                chunks.delete(*key).build().map_err(storage_error)?;
            }
            for (key, bytes) in write.meta {
                meta.put(bytes_value(bytes))
                    .with_key(*key)
                    .build()
                    .map_err(storage_error)?;
            }
            let next = current + 1;
            meta.put(bytes_value(&next.to_le_bytes()))
                .with_key(GENERATION_KEY)
                .build()
                .map_err(storage_error)?;
            next
        };
        tx.commit().await.map_err(|error| match raw.error() {
            Some(reason) if reason.name() == "QuotaExceededError" => StoreError::QuotaExceeded,
            Some(reason) => StoreError::Failed(format!("{}: {}", reason.name(), reason.message())),
            None => storage_error(error),
        })?;
        Ok(generation)
    }
}

impl Database {
    /// Puts one value of the meta store that the data only caches (the lead models), in a
    /// transaction of its own and without counting it as a write: other tabs need not
    /// read everything again for it, as they compute the same from the same data.
    pub async fn put_cache(&self, key: &str, bytes: &[u8]) -> Result<(), StoreError> {
        let tx = self
            .db
            .transaction(META_STORE)
            .with_mode(TransactionMode::Readwrite)
            .build()
            .map_err(storage_error)?;
        tx.object_store(META_STORE)
            .map_err(storage_error)?
            .put(bytes_value(bytes))
            .with_key(key)
            .build()
            .map_err(storage_error)?;
        tx.commit().await.map_err(storage_error)
    }
}

/// One write transaction's content.
#[derive(Default)]
pub struct Write<'a> {
    pub chunks: &'a [ChunkWrite],
    pub meta: &'a [(&'a str, Vec<u8>)],
    pub delete_chunks: &'a [&'a str],
    /// Empties both stores first, as "delete all data" does.
    pub clear_first: bool,
    /// The generation this connection last read or wrote.
    pub expected_generation: u64,
    pub abort_after: Option<usize>,
}

/// The values of a `getAll`, kept as JavaScript bytes.
fn get_all(
    values: Result<impl Iterator<Item = Result<JsValue, Error>>, Error>,
) -> Result<Vec<Uint8Array>, StoreError> {
    values
        .map_err(storage_error)?
        .map(|v| v.map(|v| Uint8Array::new(&v)))
        .collect::<Result<Vec<_>, _>>()
        .map_err(storage_error)
}

fn bytes_value(bytes: &[u8]) -> JsValue {
    Uint8Array::from(bytes).into()
}

/// The generation counts committed writes, from any tab; stored as 8 bytes, little-endian.
pub fn decode_generation(bytes: &[u8]) -> u64 {
    bytes.try_into().map(u64::from_le_bytes).unwrap_or(0)
}

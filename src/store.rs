//! IndexedDB storage: the only layer that touches `indexed_db_futures`.
//!
//! Records live in memory, grouped per collection into [`BUCKETS`](collection::BUCKETS)
//! buckets by id. Each bucket is stored as one binary IndexedDB record (a *chunk*), so
//! start-up reads a few hundred records instead of one per domain record, and a write
//! rewrites only the chunks it touches, all in one transaction. `docs/storage.md` gives
//! the measurements behind this layout.

pub mod backup_values;
pub mod chunk;
pub mod collection;
pub mod error;
pub mod index;
pub mod kind;
pub mod lazy_meta;
pub mod migration;
pub mod older_campaigns;
pub mod older_records;
pub mod older_settings;
pub mod person_records;
pub mod stored;
pub mod write_batch;

#[cfg(target_arch = "wasm32")]
pub mod database;
#[cfg(target_arch = "wasm32")]
pub mod device_store;
#[cfg(target_arch = "wasm32")]
pub mod idb_error;
#[cfg(target_arch = "wasm32")]
pub mod storage_estimate;
#[cfg(target_arch = "wasm32")]
pub mod tab_channel;

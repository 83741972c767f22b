//! The typed repository the UI uses: reads from memory, writes through to IndexedDB.

use crate::domain::dataset::DataSet;
use crate::domain::settings::Settings;
use crate::store::chunk::{self, ChunkError};
use crate::store::collection::Collections;
use crate::store::database::Database;
use crate::store::error::StoreError;
use crate::store::index::Query;
use crate::store::kind::CollectionKind;
use crate::store::migration::{Loaded, SETTINGS_KEY, load_value};
use crate::store::stored::Stored;
use crate::store::write_batch::{WriteBatch, encode_bucket};
use chrono::Utc;
use futures::lock::Mutex;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use uuid::Uuid;

pub const DATABASE_NAME: &str = "teamline";

pub struct Store {
    db: RefCell<Option<Database>>,
    data: RefCell<Collections>,
    settings: RefCell<Settings>,
    /// Writes plan their chunks from memory, so they must not interleave.
    write_lock: Mutex<()>,
    upgraded_elsewhere: Cell<bool>,
    on_upgraded_elsewhere: RefCell<Vec<Box<dyn Fn()>>>,
}

impl Store {
    /// Opens the database, upgrading it and its data if an older version wrote them, and
    /// loads everything into memory.
    pub async fn open(name: &str) -> Result<Rc<Store>, StoreError> {
        let db = Database::open(name).await?;
        let contents = db.read_all().await?;
        let mut data = Collections::default();
        let mut outdated = Vec::new();
        let mut legacy_settings = None;
        for chunk in &contents.chunks {
            match load_value(&mut data, &chunk.to_vec())? {
                Loaded::Chunk {
                    key,
                    outdated: true,
                } => outdated.push(key),
                Loaded::Chunk { .. } => {}
                Loaded::Settings { payload, .. } => legacy_settings = Some(payload),
            }
        }
        let meta_settings = contents
            .meta
            .iter()
            .find(|(k, _)| k == SETTINGS_KEY)
            .map(|(_, v)| v.clone());
        let settings = match (&meta_settings, &legacy_settings) {
            (Some(bytes), _) => decode_settings(bytes)?,
            (None, Some(payload)) => {
                chunk::decode(payload).map_err(|e| StoreError::unreadable(SETTINGS_KEY, e))?
            }
            (None, None) => Settings::default(),
        };
        if !outdated.is_empty() || legacy_settings.is_some() {
            let rewrites: Vec<_> = outdated
                .iter()
                .filter_map(|key| parse_chunk_key(key))
                .map(|(kind, bucket)| encode_bucket(&data, kind, bucket))
                .collect();
            let meta = [(SETTINGS_KEY, chunk::encode_settings(&settings))];
            let delete: &[&str] = if legacy_settings.is_some() {
                &[SETTINGS_KEY]
            } else {
                &[]
            };
            db.write(&rewrites, &meta, delete, None).await?;
        }
        let store = Rc::new(Store {
            db: RefCell::new(Some(db)),
            data: RefCell::new(data),
            settings: RefCell::new(settings),
            write_lock: Mutex::new(()),
            upgraded_elsewhere: Cell::new(false),
            on_upgraded_elsewhere: RefCell::new(Vec::new()),
        });
        store.watch_for_upgrades();
        Ok(store)
    }

    /// When another tab opens a newer schema, close this connection so its upgrade can
    /// proceed, and tell the UI to ask for a reload instead of writing stale data.
    fn watch_for_upgrades(self: &Rc<Self>) {
        let Some(listener) = self
            .db
            .borrow()
            .as_ref()
            .and_then(|db| db.handle().version_changes().ok())
        else {
            return;
        };
        let weak = Rc::downgrade(self);
        wasm_bindgen_futures::spawn_local(async move {
            let mut listener = listener;
            if listener.recv().await.is_some() {
                drop(listener);
                if let Some(store) = weak.upgrade() {
                    store.close_for_upgrade();
                }
            }
        });
    }

    fn close_for_upgrade(&self) {
        self.upgraded_elsewhere.set(true);
        if let Some(db) = self.db.borrow_mut().take() {
            db.close();
        }
        for callback in self.on_upgraded_elsewhere.borrow().iter() {
            callback();
        }
    }

    pub fn on_upgraded_elsewhere(&self, callback: impl Fn() + 'static) {
        self.on_upgraded_elsewhere
            .borrow_mut()
            .push(Box::new(callback));
    }

    /// Closes the connection, as a page does when it goes away.
    pub fn close(&self) {
        if let Some(db) = self.db.borrow_mut().take() {
            db.close();
        }
    }

    /// Reads from memory.
    pub fn read<R>(&self, f: impl FnOnce(&Collections) -> R) -> R {
        f(&self.data.borrow())
    }

    pub fn get<T: Stored>(&self, id: Uuid) -> Option<T> {
        self.read(|all| T::collection(all).get(&id).cloned())
    }

    pub fn count<T: Stored>(&self) -> usize {
        self.read(|all| T::collection(all).len())
    }

    pub fn all<T: Stored>(&self) -> Vec<T> {
        self.read(|all| T::collection(all).iter().cloned().collect())
    }

    pub fn query<T: Stored>(&self, query: Query) -> Vec<T> {
        self.read(|all| {
            T::collection(all)
                .query(query)
                .into_iter()
                .cloned()
                .collect()
        })
    }

    pub fn settings(&self) -> Settings {
        self.settings.borrow().clone()
    }

    pub async fn put<T: Stored>(&self, record: T) -> Result<(), StoreError> {
        let mut batch = WriteBatch::new();
        batch.put(record);
        self.commit(batch).await
    }

    /// Deletes by leaving a tombstone.
    pub async fn delete<T: Stored>(&self, id: Uuid) -> Result<(), StoreError> {
        let mut batch = WriteBatch::new();
        self.read(|all| {
            batch.delete::<T>(all, id, Utc::now());
        });
        self.commit(batch).await
    }

    /// Writes every record of the batch in one transaction, then updates memory. If the
    /// transaction fails, neither storage nor memory holds any of it.
    pub async fn commit(&self, batch: WriteBatch) -> Result<(), StoreError> {
        if batch.is_empty() {
            return Ok(());
        }
        let _guard = self.write_lock.lock().await;
        let plan = self.read(|all| batch.plan(all));
        self.connection()?
            .write(&plan, &[], &[], batch.abort_after())
            .await?;
        batch.apply(&mut self.data.borrow_mut());
        Ok(())
    }

    /// Writes a whole data set, such as the sample data, in one transaction.
    pub async fn import(&self, data: DataSet) -> Result<(), StoreError> {
        let mut batch = WriteBatch::new();
        let DataSet {
            contacts,
            interactions,
            tasks,
            leads,
            orders,
            members,
            volumes,
            campaigns,
            campaign_touches,
        } = data;
        contacts.into_iter().for_each(|r| _ = batch.put(r));
        interactions.into_iter().for_each(|r| _ = batch.put(r));
        tasks.into_iter().for_each(|r| _ = batch.put(r));
        leads.into_iter().for_each(|r| _ = batch.put(r));
        orders.into_iter().for_each(|r| _ = batch.put(r));
        members.into_iter().for_each(|r| _ = batch.put(r));
        volumes.into_iter().for_each(|r| _ = batch.put(r));
        campaigns.into_iter().for_each(|r| _ = batch.put(r));
        campaign_touches.into_iter().for_each(|r| _ = batch.put(r));
        self.commit(batch).await
    }

    pub async fn save_settings(&self, settings: Settings) -> Result<(), StoreError> {
        let _guard = self.write_lock.lock().await;
        let bytes = chunk::encode_settings(&settings);
        self.connection()?
            .write(&[], &[(SETTINGS_KEY, bytes)], &[], None)
            .await?;
        *self.settings.borrow_mut() = settings;
        Ok(())
    }

    /// Deletes every record and the settings, as "delete all data" in Settings does.
    pub async fn delete_everything(&self) -> Result<(), StoreError> {
        let _guard = self.write_lock.lock().await;
        self.connection()?.clear().await?;
        *self.data.borrow_mut() = Collections::default();
        *self.settings.borrow_mut() = Settings::default();
        Ok(())
    }

    /// The open connection, unless another tab's upgrade closed it.
    fn connection(&self) -> Result<Database, StoreError> {
        if self.upgraded_elsewhere.get() {
            return Err(StoreError::UpgradedElsewhere);
        }
        self.db
            .borrow()
            .clone()
            .ok_or_else(|| StoreError::Failed("the database is closed".into()))
    }
}

fn decode_settings(bytes: &[u8]) -> Result<Settings, StoreError> {
    match chunk::classify(bytes) {
        Ok(chunk::StoredValue::Settings(_, payload)) => {
            chunk::decode(payload).map_err(|e| StoreError::unreadable(SETTINGS_KEY, e))
        }
        Ok(_) => Err(StoreError::unreadable(SETTINGS_KEY, ChunkError::NotAChunk)),
        Err(e) => Err(StoreError::unreadable(SETTINGS_KEY, e)),
    }
}

fn parse_chunk_key(key: &str) -> Option<(CollectionKind, u8)> {
    let (name, bucket) = key.split_once('/')?;
    let kind = CollectionKind::ALL.into_iter().find(|k| k.name() == name)?;
    Some((kind, bucket.parse().ok()?))
}

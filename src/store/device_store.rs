//! The records on this device: held in memory for reading, written through to IndexedDB
//! in chunks. The application layer (`app/`) reads and writes through it.

use crate::domain::dataset::DataSet;
use crate::domain::leads::lead_settings::LeadSettings;
use crate::domain::leads::stored_models::StoredModels;
use crate::domain::pace::{DynPace, Pace, PartOf, Progress, Unpaced, WorkStep};
use crate::domain::settings::preferences::Settings;
use crate::domain::team::plan::CompPlan;
use crate::store::backup_values::{Everything, Kept, values_of};
use crate::store::chunk::{self, ChunkHeader, decode_meta};
use crate::store::collection::{Collections, LoadingCollections};
use crate::store::database::{Database, Write, decode_generation};
use crate::store::error::StoreError;
use crate::store::index::Query;
use crate::store::kind::CollectionKind;
use crate::store::lazy_meta::LazyMeta;
use crate::store::migration::{
    GENERATION_KEY, LEAD_MODELS_KEY, LEAD_SETTINGS_KEY, Loaded, NOT_DUPLICATES_KEY, PLAN_KEY,
    SETTINGS_KEY, load_value,
};
use crate::store::older_settings::{decode_settings, settings_from_payload};
use crate::store::stored::Stored;
use crate::store::tab_channel::TabChannel;
use crate::store::write_batch::{ChunkWrite, WriteBatch, encode_bucket};
use chrono::Utc;
use futures::lock::Mutex;
use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use uuid::Uuid;

pub const DATABASE_NAME: &str = "teamline";

pub struct Store {
    db: RefCell<Option<Database>>,
    data: RefCell<Collections>,
    settings: RefCell<Settings>,
    not_duplicates: RefCell<Vec<(Uuid, Uuid)>>,
    plan: RefCell<Option<CompPlan>>,
    /// The stored plan could not be read (a newer version's, or damaged); the presets
    /// apply until the rep saves a plan again.
    plan_unreadable: Cell<bool>,
    /// The rep's pipelines and reasons for losing; `None` until edited, or when the
    /// stored ones cannot be read (the defaults apply then).
    lead_settings: LazyMeta<LeadSettings>,
    lead_models: LazyMeta<StoredModels>,
    /// The last generation this store read or wrote; see [`Write::expected_generation`].
    generation: Cell<u64>,
    /// Kinds of records still only in storage: opening read the first screen's kinds,
    /// and [`Store::finish_loading`] reads these.
    unloaded: RefCell<Vec<CollectionKind>>,
    /// Chunks read in an older format, to write back in the current one once every
    /// record is in memory.
    outdated: RefCell<Vec<ChunkHeader>>,
    /// Settings were found where schema 1 kept them, to move once everything is read.
    legacy_settings: Cell<bool>,
    /// Writes plan their chunks from memory, so they must not interleave.
    write_lock: Mutex<()>,
    upgraded_elsewhere: Cell<bool>,
    on_upgraded_elsewhere: RefCell<Vec<Box<dyn Fn()>>>,
    on_changed_elsewhere: RefCell<Vec<Box<dyn Fn()>>>,
    /// Tells this app's other tabs that the data changed, so they read it again.
    tabs: Option<TabChannel>,
}

/// Everything read from the database at once.
struct Snapshot {
    data: Collections,
    settings: Settings,
    not_duplicates: Vec<(Uuid, Uuid)>,
    plan: Option<CompPlan>,
    plan_unreadable: bool,
    /// As stored: only the leads area decodes them (see `lazy_meta.rs`).
    lead_settings: Option<Vec<u8>>,
    lead_models: Option<Vec<u8>>,
    generation: u64,
    /// Chunks in an older format, to write back in the current one.
    outdated: Vec<ChunkHeader>,
    /// Settings found where schema 1 kept them.
    legacy_settings: bool,
}

/// What one write transaction puts down, before memory follows.
#[derive(Default)]
struct Planned {
    chunks: Vec<ChunkWrite>,
    meta: Vec<(&'static str, Vec<u8>)>,
    delete_chunks: Vec<&'static str>,
    clear_first: bool,
    abort_after: Option<usize>,
}

/// Reads the settings and the records of `kinds` (every kind when `None`), handing the
/// page back between chunks as `pace` says.
async fn read_snapshot(
    db: &Database,
    kinds: Option<&[CollectionKind]>,
    pace: &mut dyn DynPace,
) -> Result<Snapshot, StoreError> {
    let contents = db.read(kinds).await?;
    let mut data = LoadingCollections::default();
    let mut outdated = Vec::new();
    let mut legacy_settings = None;
    let total = contents.chunks.len();
    for (done, chunk) in contents.chunks.iter().enumerate() {
        match load_value(&mut data, &chunk.to_vec())? {
            Loaded::Chunk {
                header,
                outdated: true,
            } => outdated.push(header),
            Loaded::Chunk { .. } => {}
            Loaded::Settings { payload } => legacy_settings = Some(payload),
        }
        pace.after_dyn(Progress {
            step: WorkStep::Reading,
            done: done + 1,
            total,
        })
        .await;
    }
    let meta = |key: &str| {
        contents
            .meta
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_slice())
    };
    let settings = match (meta(SETTINGS_KEY), &legacy_settings) {
        (Some(bytes), _) => decode_settings(SETTINGS_KEY, bytes)?,
        (None, Some(payload)) => {
            settings_from_payload(payload).map_err(|e| StoreError::unreadable(SETTINGS_KEY, e))?
        }
        (None, None) => Settings::default(),
    };
    let not_duplicates = match meta(NOT_DUPLICATES_KEY) {
        Some(bytes) => decode_meta(NOT_DUPLICATES_KEY, bytes)?,
        None => Vec::new(),
    };
    // Unlike the settings, a plan that cannot be read does not keep the app from
    // opening: the team pages say so and use a preset.
    let plan = meta(PLAN_KEY).map(|bytes| decode_meta::<CompPlan>(PLAN_KEY, bytes));
    let plan_unreadable = matches!(plan, Some(Err(_)));
    let plan = plan.and_then(Result::ok);
    let lead_settings = meta(LEAD_SETTINGS_KEY).map(<[u8]>::to_vec);
    let lead_models = meta(LEAD_MODELS_KEY).map(<[u8]>::to_vec);
    Ok(Snapshot {
        data: data.finish_paced(pace).await,
        settings,
        not_duplicates,
        plan,
        plan_unreadable,
        lead_settings,
        lead_models,
        generation: meta(GENERATION_KEY).map_or(0, decode_generation),
        outdated,
        legacy_settings: legacy_settings.is_some(),
    })
}

impl Store {
    /// Opens the database, upgrading it and its data if an older version wrote them, and
    /// loads everything into memory.
    pub async fn open(name: &str) -> Result<Rc<Store>, StoreError> {
        Store::open_first(name, &CollectionKind::ALL).await
    }

    /// Opens the database and loads the settings and the records of `first`, what the
    /// first screen shows; [`Store::finish_loading`] reads the others. Until it has, the
    /// other collections are empty, and a write first reads them.
    pub async fn open_first(name: &str, first: &[CollectionKind]) -> Result<Rc<Store>, StoreError> {
        let db = Database::open(name).await?;
        let everything = CollectionKind::ALL.iter().all(|kind| first.contains(kind));
        let snapshot = read_snapshot(&db, (!everything).then_some(first), &mut Unpaced).await?;
        let unloaded = CollectionKind::ALL
            .into_iter()
            .filter(|kind| !first.contains(kind))
            .collect();
        let store = Rc::new(Store {
            db: RefCell::new(Some(db)),
            data: RefCell::new(snapshot.data),
            settings: RefCell::new(snapshot.settings),
            not_duplicates: RefCell::new(snapshot.not_duplicates),
            plan: RefCell::new(snapshot.plan),
            plan_unreadable: Cell::new(snapshot.plan_unreadable),
            lead_settings: LazyMeta::stored(snapshot.lead_settings),
            lead_models: LazyMeta::stored(snapshot.lead_models),
            generation: Cell::new(snapshot.generation),
            unloaded: RefCell::new(unloaded),
            outdated: RefCell::new(snapshot.outdated),
            legacy_settings: Cell::new(snapshot.legacy_settings),
            write_lock: Mutex::new(()),
            upgraded_elsewhere: Cell::new(false),
            on_upgraded_elsewhere: RefCell::new(Vec::new()),
            on_changed_elsewhere: RefCell::new(Vec::new()),
            tabs: TabChannel::open(name),
        });
        if everything {
            let _guard = store.write_lock.lock().await;
            store.rewrite_outdated().await?;
        }
        store.watch_for_upgrades();
        store.listen_to_other_tabs();
        Ok(store)
    }

    /// Reads the records that opening left in storage, handing the page back between
    /// chunks as `pace` says. Does nothing once everything is in memory.
    pub async fn finish_loading(&self, pace: &mut dyn DynPace) -> Result<(), StoreError> {
        let _guard = self.write_lock.lock().await;
        self.load_unloaded(pace).await
    }

    /// Whether every record is in memory.
    pub fn is_loaded(&self) -> bool {
        self.unloaded.borrow().is_empty()
    }

    /// The caller holds `write_lock`, so that no write plans its chunks from a memory
    /// that lacks some records.
    ///
    /// Boxed, so that its code exists once for the write and the start-up that call it.
    fn load_unloaded<'a>(
        &'a self,
        pace: &'a mut dyn DynPace,
    ) -> Pin<Box<dyn Future<Output = Result<(), StoreError>> + 'a>> {
        Box::pin(async move {
            let unloaded = self.unloaded.borrow().clone();
            if unloaded.is_empty() {
                return self.rewrite_outdated().await;
            }
            let snapshot = read_snapshot(&self.connection()?, Some(&unloaded), pace).await?;
            if snapshot.generation == self.generation.get() {
                self.data.borrow_mut().take_kinds(snapshot.data, &unloaded);
                self.unloaded.borrow_mut().clear();
                self.outdated.borrow_mut().extend(snapshot.outdated);
            } else {
                // Another tab wrote since the first screen's records were read.
                self.reload().await?;
            }
            self.rewrite_outdated().await
        })
    }

    /// Writes chunks read in an older format back in the current one, and moves
    /// settings from where schema 1 kept them. The caller holds `write_lock`.
    async fn rewrite_outdated(&self) -> Result<(), StoreError> {
        let outdated = self.outdated.take();
        let legacy = self.legacy_settings.replace(false);
        if outdated.is_empty() && !legacy {
            return Ok(());
        }
        self.write_through(|all, settings| Planned {
            chunks: outdated
                .iter()
                .map(|h| encode_bucket(all, h.kind, h.bucket))
                .collect(),
            meta: vec![(SETTINGS_KEY, chunk::encode_meta(settings))],
            delete_chunks: if legacy { vec![SETTINGS_KEY] } else { vec![] },
            ..Planned::default()
        })
        .await
    }

    /// Writes what `plan` makes from the current memory, in one transaction. When another
    /// tab wrote in between, reads everything again and plans anew, so that no tab
    /// overwrites another tab's records with a stale chunk. The caller holds `write_lock`.
    async fn write_through(
        &self,
        plan: impl Fn(&Collections, &Settings) -> Planned,
    ) -> Result<(), StoreError> {
        const ATTEMPTS: usize = 3;
        for _ in 0..ATTEMPTS {
            let planned = plan(&self.data.borrow(), &self.settings.borrow());
            let write = Write {
                chunks: &planned.chunks,
                meta: &planned.meta,
                delete_chunks: &planned.delete_chunks,
                clear_first: planned.clear_first,
                expected_generation: self.generation.get(),
                abort_after: planned.abort_after,
            };
            match self.connection()?.write(write).await {
                Ok(generation) => {
                    self.generation.set(generation);
                    if let Some(tabs) = &self.tabs {
                        tabs.announce(generation);
                    }
                    return Ok(());
                }
                Err(StoreError::ChangedElsewhere) => self.reload().await?,
                Err(error) => return Err(error),
            }
        }
        Err(StoreError::ChangedElsewhere)
    }

    /// Reads everything again after another tab wrote, and tells the UI.
    async fn reload(&self) -> Result<(), StoreError> {
        let snapshot = read_snapshot(&self.connection()?, None, &mut Unpaced).await?;
        *self.data.borrow_mut() = snapshot.data;
        self.unloaded.borrow_mut().clear();
        *self.settings.borrow_mut() = snapshot.settings;
        *self.not_duplicates.borrow_mut() = snapshot.not_duplicates;
        *self.plan.borrow_mut() = snapshot.plan;
        self.plan_unreadable.set(snapshot.plan_unreadable);
        self.lead_settings.restore(snapshot.lead_settings);
        self.lead_models.restore(snapshot.lead_models);
        self.generation.set(snapshot.generation);
        for callback in self.on_changed_elsewhere.borrow().iter() {
            callback();
        }
        Ok(())
    }

    fn listen_to_other_tabs(self: &Rc<Self>) {
        let Some(tabs) = &self.tabs else { return };
        let weak = Rc::downgrade(self);
        tabs.on_announcement(move |generation| {
            let Some(store) = weak.upgrade() else { return };
            if generation == store.generation.get() {
                return;
            }
            wasm_bindgen_futures::spawn_local(async move {
                // Reading waits for any write of this tab; failures show at the next write.
                let _guard = store.write_lock.lock().await;
                let _ = store.reload().await;
            });
        });
    }

    /// Called after this store read in what another tab wrote.
    pub fn on_changed_elsewhere(&self, callback: impl Fn() + 'static) {
        self.on_changed_elsewhere
            .borrow_mut()
            .push(Box::new(callback));
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
        self.commit_paced(batch, &mut Unpaced).await
    }

    /// [`Store::commit`] for a big batch: encodes its chunks and puts its records into
    /// memory a part at a time, telling `pace` how far it is.
    pub async fn commit_paced(
        &self,
        batch: WriteBatch,
        pace: &mut dyn DynPace,
    ) -> Result<(), StoreError> {
        if batch.is_empty() {
            return Ok(());
        }
        let _guard = self.write_lock.lock().await;
        self.load_unloaded(pace).await?;
        let lead_settings = batch
            .lead_settings_bytes()
            .map(|bytes| (LEAD_SETTINGS_KEY, bytes.to_vec()));
        let plans = batch.chunk_plans();
        let mut encoding = PartOf::new(pace, WorkStep::Writing, 0, 600);
        let mut encoded = Vec::with_capacity(plans.len());
        for (done, encode) in plans.iter().enumerate() {
            encoded.push(encode(&self.data.borrow()));
            let progress = Progress {
                step: WorkStep::Writing,
                done: done + 1,
                total: plans.len(),
            };
            encoding.after(progress).await;
        }
        let encoded = RefCell::new(Some(encoded));
        self.write_through(|all, _| Planned {
            // Encoded anew only when another tab wrote in between.
            chunks: encoded
                .take()
                .unwrap_or_else(|| plans.iter().map(|encode| encode(all)).collect()),
            meta: lead_settings.clone().into_iter().collect(),
            abort_after: batch.abort_after(),
            ..Planned::default()
        })
        .await?;
        drop(plans);
        let mut applying = PartOf::new(pace, WorkStep::Writing, 600, 400);
        if let Some(settings) = batch.apply_paced(&self.data, &mut applying).await {
            self.lead_settings.set(Some(settings));
        }
        Ok(())
    }

    /// Writes a whole data set, such as the sample data, in one transaction.
    pub async fn import(&self, data: DataSet) -> Result<(), StoreError> {
        let mut batch = WriteBatch::new();
        batch.put_all(data);
        self.commit(batch).await
    }

    pub async fn save_settings(&self, settings: Settings) -> Result<(), StoreError> {
        let _guard = self.write_lock.lock().await;
        self.write_meta(SETTINGS_KEY, chunk::encode_meta(&settings))
            .await?;
        *self.settings.borrow_mut() = settings;
        Ok(())
    }

    /// Deletes every record and the settings, as "delete all data" in Settings does.
    pub async fn delete_everything(&self) -> Result<(), StoreError> {
        let _guard = self.write_lock.lock().await;
        self.write_through(|_, _| Planned {
            clear_first: true,
            ..Planned::default()
        })
        .await?;
        *self.data.borrow_mut() = Collections::default();
        self.unloaded.borrow_mut().clear();
        self.outdated.borrow_mut().clear();
        *self.settings.borrow_mut() = Settings::default();
        self.not_duplicates.borrow_mut().clear();
        *self.plan.borrow_mut() = None;
        self.plan_unreadable.set(false);
        self.lead_settings.set(None);
        self.lead_models.set(None);
        Ok(())
    }

    /// Every record (tombstones included) and setting as a backup's values. Reads what
    /// start-up left in storage first.
    /// Tells `pace` after each bucket.
    pub async fn backup_values(
        &self,
        pace: &mut dyn DynPace,
    ) -> Result<Vec<(String, Vec<u8>)>, StoreError> {
        let _guard = self.write_lock.lock().await;
        self.load_unloaded(pace).await?;
        let (plan, lead_settings) = (self.plan(), self.lead_settings());
        let (settings, not_duplicates) = (self.settings(), self.not_duplicates());
        let kept = Kept {
            bucket: &|kind, bucket| encode_bucket(&self.data.borrow(), kind, bucket),
            settings: &settings,
            plan: plan.as_ref(),
            lead_settings: lead_settings.as_ref(),
            not_duplicates: &not_duplicates,
        };
        Ok(values_of(&kept, pace).await)
    }

    /// Puts `everything` in place of every record and setting, in one transaction: a
    /// restored backup. The kept lead models go; they are trained again.
    /// Tells `pace` after each bucket it encodes.
    pub async fn replace_everything(
        &self,
        everything: Everything,
        pace: &mut dyn DynPace,
    ) -> Result<(), StoreError> {
        let _guard = self.write_lock.lock().await;
        let kept = Kept {
            bucket: &|kind, bucket| encode_bucket(&everything.data, kind, bucket),
            settings: &everything.settings,
            plan: everything.plan.as_ref(),
            lead_settings: everything.lead_settings.as_ref(),
            not_duplicates: &everything.not_duplicates,
        };
        let values = values_of(&kept, pace).await;
        let mut chunks = Vec::new();
        let mut meta = Vec::new();
        for (key, bytes) in values {
            match [
                SETTINGS_KEY,
                NOT_DUPLICATES_KEY,
                PLAN_KEY,
                LEAD_SETTINGS_KEY,
            ]
            .into_iter()
            .find(|k| *k == key)
            {
                Some(meta_key) => meta.push((meta_key, bytes)),
                None => chunks.push(ChunkWrite { key, bytes }),
            }
        }
        self.write_through(|_, _| Planned {
            chunks: chunks.clone(),
            meta: meta.clone(),
            clear_first: true,
            ..Planned::default()
        })
        .await?;
        *self.data.borrow_mut() = everything.data;
        self.unloaded.borrow_mut().clear();
        self.outdated.borrow_mut().clear();
        *self.settings.borrow_mut() = everything.settings;
        *self.not_duplicates.borrow_mut() = everything.not_duplicates;
        *self.plan.borrow_mut() = everything.plan;
        self.plan_unreadable.set(false);
        self.lead_settings.set(everything.lead_settings);
        self.lead_models.set(None);
        Ok(())
    }

    /// Pairs of contacts the user said are not the same person, the smaller id first.
    pub fn not_duplicates(&self) -> Vec<(Uuid, Uuid)> {
        self.not_duplicates.borrow().clone()
    }

    /// Remembers that two contacts are not the same person.
    pub async fn mark_not_duplicate(&self, a: Uuid, b: Uuid) -> Result<(), StoreError> {
        let _guard = self.write_lock.lock().await;
        let pair = (a.min(b), a.max(b));
        let mut pairs = self.not_duplicates();
        if pairs.contains(&pair) {
            return Ok(());
        }
        pairs.push(pair);
        self.write_meta(NOT_DUPLICATES_KEY, chunk::encode_meta(&pairs))
            .await?;
        *self.not_duplicates.borrow_mut() = pairs;
        Ok(())
    }

    /// The plan the rep saved; `None` until they do.
    pub fn plan(&self) -> Option<CompPlan> {
        self.plan.borrow().clone()
    }

    pub fn plan_unreadable(&self) -> bool {
        self.plan_unreadable.get()
    }

    pub async fn save_plan(&self, plan: CompPlan) -> Result<(), StoreError> {
        let _guard = self.write_lock.lock().await;
        self.write_meta(PLAN_KEY, chunk::encode_meta(&plan)).await?;
        *self.plan.borrow_mut() = Some(plan);
        self.plan_unreadable.set(false);
        Ok(())
    }

    /// The rep's pipelines and reasons for losing, as stored; `None` until edited.
    pub fn lead_settings(&self) -> Option<LeadSettings> {
        // Lead settings that cannot be read do not keep the app from working: the
        // standard pipelines apply, and the leads keep their stages (an unknown stage
        // shows in the first column).
        self.lead_settings
            .get(|bytes| decode_meta(LEAD_SETTINGS_KEY, bytes).ok())
    }

    pub async fn save_lead_settings(&self, settings: LeadSettings) -> Result<(), StoreError> {
        let _guard = self.write_lock.lock().await;
        self.write_meta(LEAD_SETTINGS_KEY, chunk::encode_meta(&settings))
            .await?;
        self.lead_settings.set(Some(settings));
        Ok(())
    }

    /// The lead models as last trained, if stored by this version and readable.
    pub fn lead_models(&self) -> Option<StoredModels> {
        // Models an older version stored, or damaged ones, are trained anew.
        self.lead_models.get(|bytes| {
            decode_meta::<StoredModels>(LEAD_MODELS_KEY, bytes)
                .ok()
                .filter(StoredModels::fit_this_version)
        })
    }

    /// Keeps the lead models for the next opening; not a change of the data (see
    /// [`LEAD_MODELS_KEY`]).
    pub async fn save_lead_models(&self, models: StoredModels) -> Result<(), StoreError> {
        // In turn with this tab's writes, so that "delete all data" cannot be followed by
        // models trained on what it deleted.
        let _guard = self.write_lock.lock().await;
        self.connection()?
            .put_cache(LEAD_MODELS_KEY, &chunk::encode_meta(&models))
            .await?;
        self.lead_models.set(Some(models));
        Ok(())
    }

    /// Writes one value of the meta store. The caller holds `write_lock`.
    async fn write_meta(&self, key: &'static str, bytes: Vec<u8>) -> Result<(), StoreError> {
        self.write_through(|_, _| Planned {
            meta: vec![(key, bytes.clone())],
            ..Planned::default()
        })
        .await
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

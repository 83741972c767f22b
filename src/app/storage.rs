//! What the application layer needs from storage. The browser's [`Store`] (IndexedDB,
//! in `store/`) is one implementation; [`MemoryStorage`] keeps everything in memory for
//! the native tests of the use cases.

use crate::domain::leads::lead_settings::LeadSettings;
use crate::domain::leads::stored_models::StoredModels;
use crate::domain::pace::{DynPace, Unpaced};
use crate::domain::settings::preferences::Settings;
use crate::domain::team::plan::CompPlan;
use crate::store::backup_values::Everything;
use crate::store::collection::Collections;
use crate::store::error::StoreError;
use crate::store::write_batch::WriteBatch;
use std::future::Future;
use uuid::Uuid;

pub trait Storage {
    /// Runs `f` on every record, as memory holds them.
    fn read<R>(&self, f: impl FnOnce(&Collections) -> R) -> R;
    /// Writes the batch: all of it or, failing, none of it.
    fn commit(&self, batch: WriteBatch) -> impl Future<Output = Result<(), StoreError>> {
        async move { self.commit_paced(batch, &mut Unpaced).await }
    }
    /// [`Storage::commit`] for a big batch, telling `pace` how far it is.
    fn commit_paced(
        &self,
        batch: WriteBatch,
        pace: &mut dyn DynPace,
    ) -> impl Future<Output = Result<(), StoreError>>;
    fn settings(&self) -> Settings;
    fn save_settings(&self, settings: Settings) -> impl Future<Output = Result<(), StoreError>>;
    /// The rep's compensation plan, once saved.
    fn plan(&self) -> Option<CompPlan>;
    /// Whether a stored plan could not be read.
    fn plan_unreadable(&self) -> bool;
    fn save_plan(&self, plan: CompPlan) -> impl Future<Output = Result<(), StoreError>>;
    /// The rep's pipelines and reasons for losing a lead, as stored; `None` until edited.
    fn lead_settings(&self) -> Option<LeadSettings>;
    fn save_lead_settings(
        &self,
        settings: LeadSettings,
    ) -> impl Future<Output = Result<(), StoreError>>;
    /// The lead models as last trained, if kept and usable by this version.
    fn lead_models(&self) -> Option<StoredModels>;
    /// Keeps the lead models for the next opening; a cache, not a change of the data.
    fn save_lead_models(
        &self,
        models: StoredModels,
    ) -> impl Future<Output = Result<(), StoreError>>;
    /// Pairs of contacts the rep said are different people.
    fn not_duplicates(&self) -> Vec<(Uuid, Uuid)>;
    fn mark_not_duplicate(&self, a: Uuid, b: Uuid) -> impl Future<Output = Result<(), StoreError>>;
    /// Removes every record, the settings, the plan and the lead settings.
    fn delete_everything(&self) -> impl Future<Output = Result<(), StoreError>>;
    /// Every record (tombstones included) and setting as a backup's values, once every
    /// record is in memory.
    fn backup_values(
        &self,
        pace: &mut dyn DynPace,
    ) -> impl Future<Output = Result<Vec<(String, Vec<u8>)>, StoreError>>;
    /// Puts `everything` in place of all that is stored, in one transaction.
    fn replace_everything(
        &self,
        everything: Everything,
        pace: &mut dyn DynPace,
    ) -> impl Future<Output = Result<(), StoreError>>;
}

#[cfg(target_arch = "wasm32")]
mod device {
    use super::*;
    use crate::store::device_store::Store;

    impl Storage for Store {
        fn read<R>(&self, f: impl FnOnce(&Collections) -> R) -> R {
            Store::read(self, f)
        }
        async fn commit_paced(
            &self,
            batch: WriteBatch,
            pace: &mut dyn DynPace,
        ) -> Result<(), StoreError> {
            Store::commit_paced(self, batch, pace).await
        }
        fn settings(&self) -> Settings {
            Store::settings(self)
        }
        async fn save_settings(&self, settings: Settings) -> Result<(), StoreError> {
            Store::save_settings(self, settings).await
        }
        fn plan(&self) -> Option<CompPlan> {
            Store::plan(self)
        }
        fn plan_unreadable(&self) -> bool {
            Store::plan_unreadable(self)
        }
        async fn save_plan(&self, plan: CompPlan) -> Result<(), StoreError> {
            Store::save_plan(self, plan).await
        }
        fn lead_settings(&self) -> Option<LeadSettings> {
            Store::lead_settings(self)
        }
        async fn save_lead_settings(&self, settings: LeadSettings) -> Result<(), StoreError> {
            Store::save_lead_settings(self, settings).await
        }
        fn lead_models(&self) -> Option<StoredModels> {
            Store::lead_models(self)
        }
        async fn save_lead_models(&self, models: StoredModels) -> Result<(), StoreError> {
            Store::save_lead_models(self, models).await
        }
        fn not_duplicates(&self) -> Vec<(Uuid, Uuid)> {
            Store::not_duplicates(self)
        }
        async fn mark_not_duplicate(&self, a: Uuid, b: Uuid) -> Result<(), StoreError> {
            Store::mark_not_duplicate(self, a, b).await
        }
        async fn delete_everything(&self) -> Result<(), StoreError> {
            Store::delete_everything(self).await
        }
        async fn backup_values(
            &self,
            pace: &mut dyn DynPace,
        ) -> Result<Vec<(String, Vec<u8>)>, StoreError> {
            Store::backup_values(self, pace).await
        }
        async fn replace_everything(
            &self,
            everything: Everything,
            pace: &mut dyn DynPace,
        ) -> Result<(), StoreError> {
            Store::replace_everything(self, everything, pace).await
        }
    }
}

#[cfg(test)]
pub use memory::{MemoryStorage, fixed_clock};

#[cfg(test)]
mod memory {
    use super::*;
    use std::cell::RefCell;

    /// Storage in memory for the native tests: the same records and the same batches,
    /// without IndexedDB. A test can make the next write fail.
    #[derive(Default)]
    pub struct MemoryStorage {
        data: RefCell<Collections>,
        settings: RefCell<Settings>,
        plan: RefCell<Option<CompPlan>>,
        lead_settings: RefCell<Option<LeadSettings>>,
        lead_models: RefCell<Option<StoredModels>>,
        not_duplicates: RefCell<Vec<(Uuid, Uuid)>>,
        fail_next: RefCell<Option<StoreError>>,
        pub commits: std::cell::Cell<usize>,
    }

    /// The app tests' clock: 17 June 2026, 10:00 UTC, whatever day the tests run.
    pub fn fixed_clock() -> crate::domain::locale::local_clock::LocalClock {
        use chrono::TimeZone;
        let now = chrono::Utc.with_ymd_and_hms(2026, 6, 17, 10, 0, 0).unwrap();
        crate::domain::locale::local_clock::LocalClock::utc(now)
    }

    impl MemoryStorage {
        /// Storage that holds `contacts` and nothing else, as most use cases start.
        pub fn with_contacts(contacts: Vec<crate::domain::contacts::contact::Contact>) -> Self {
            let storage = MemoryStorage::default();
            let mut batch = WriteBatch::new();
            for contact in contacts {
                batch.put(contact);
            }
            futures::executor::block_on(storage.commit(batch)).expect("memory takes every write");
            storage
        }

        /// Makes the next write fail with `error`, as a full disk would.
        pub fn fail_next_write(&self, error: StoreError) {
            *self.fail_next.borrow_mut() = Some(error);
        }

        fn written(&self) -> Result<(), StoreError> {
            match self.fail_next.borrow_mut().take() {
                Some(error) => Err(error),
                None => {
                    self.commits.set(self.commits.get() + 1);
                    Ok(())
                }
            }
        }
    }

    impl Storage for MemoryStorage {
        fn read<R>(&self, f: impl FnOnce(&Collections) -> R) -> R {
            f(&self.data.borrow())
        }
        async fn commit_paced(
            &self,
            batch: WriteBatch,
            pace: &mut dyn DynPace,
        ) -> Result<(), StoreError> {
            self.written()?;
            if let Some(settings) = batch.apply_paced(&self.data, pace).await {
                *self.lead_settings.borrow_mut() = Some(settings);
            }
            Ok(())
        }
        fn settings(&self) -> Settings {
            self.settings.borrow().clone()
        }
        async fn save_settings(&self, settings: Settings) -> Result<(), StoreError> {
            self.written()?;
            *self.settings.borrow_mut() = settings;
            Ok(())
        }
        fn plan(&self) -> Option<CompPlan> {
            self.plan.borrow().clone()
        }
        fn plan_unreadable(&self) -> bool {
            false
        }
        async fn save_plan(&self, plan: CompPlan) -> Result<(), StoreError> {
            self.written()?;
            *self.plan.borrow_mut() = Some(plan);
            Ok(())
        }
        fn lead_settings(&self) -> Option<LeadSettings> {
            self.lead_settings.borrow().clone()
        }
        async fn save_lead_settings(&self, settings: LeadSettings) -> Result<(), StoreError> {
            self.written()?;
            *self.lead_settings.borrow_mut() = Some(settings);
            Ok(())
        }
        fn lead_models(&self) -> Option<StoredModels> {
            self.lead_models.borrow().clone()
        }
        async fn save_lead_models(&self, models: StoredModels) -> Result<(), StoreError> {
            self.written()?;
            *self.lead_models.borrow_mut() = Some(models);
            Ok(())
        }
        fn not_duplicates(&self) -> Vec<(Uuid, Uuid)> {
            self.not_duplicates.borrow().clone()
        }
        async fn mark_not_duplicate(&self, a: Uuid, b: Uuid) -> Result<(), StoreError> {
            self.written()?;
            self.not_duplicates.borrow_mut().push((a.min(b), a.max(b)));
            Ok(())
        }
        async fn delete_everything(&self) -> Result<(), StoreError> {
            self.written()?;
            *self.data.borrow_mut() = Collections::default();
            *self.settings.borrow_mut() = Settings::default();
            *self.plan.borrow_mut() = None;
            *self.lead_settings.borrow_mut() = None;
            *self.lead_models.borrow_mut() = None;
            self.not_duplicates.borrow_mut().clear();
            Ok(())
        }
        async fn backup_values(
            &self,
            pace: &mut dyn DynPace,
        ) -> Result<Vec<(String, Vec<u8>)>, StoreError> {
            let (plan, lead_settings) = (self.plan(), self.lead_settings());
            let (settings, not_duplicates) = (self.settings(), self.not_duplicates());
            let kept = crate::store::backup_values::Kept {
                bucket: &|kind, bucket| {
                    crate::store::write_batch::encode_bucket(&self.data.borrow(), kind, bucket)
                },
                settings: &settings,
                plan: plan.as_ref(),
                lead_settings: lead_settings.as_ref(),
                not_duplicates: &not_duplicates,
            };
            Ok(crate::store::backup_values::values_of(&kept, pace).await)
        }
        async fn replace_everything(
            &self,
            everything: Everything,
            _pace: &mut dyn DynPace,
        ) -> Result<(), StoreError> {
            self.written()?;
            *self.data.borrow_mut() = everything.data;
            *self.settings.borrow_mut() = everything.settings;
            *self.plan.borrow_mut() = everything.plan;
            *self.lead_settings.borrow_mut() = everything.lead_settings;
            *self.lead_models.borrow_mut() = None;
            *self.not_duplicates.borrow_mut() = everything.not_duplicates;
            Ok(())
        }
    }
}

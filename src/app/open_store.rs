//! The one open store of this page. The UI is single-threaded, so a thread-local
//! holds it; components reach it through [`store`] and hand it to the use cases.

use crate::domain::settings::preferences::Settings;
use crate::store::device_store::{DATABASE_NAME, Store};
use crate::store::error::StoreError;
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    static STORE: RefCell<Option<Rc<Store>>> = const { RefCell::new(None) };
}

/// Opens the app's database and keeps it for the pages; returns the stored settings.
/// `changed_elsewhere` runs when another tab of the app wrote (with its settings now),
/// `upgraded_elsewhere` when a newer version of the app opened the database.
pub async fn open(
    upgraded_elsewhere: impl Fn() + 'static,
    changed_elsewhere: impl Fn(Settings) + 'static,
) -> Result<Settings, StoreError> {
    let store = Store::open(DATABASE_NAME).await?;
    store.on_upgraded_elsewhere(upgraded_elsewhere);
    store.on_changed_elsewhere(move || {
        if let Some(store) = try_store() {
            changed_elsewhere(store.settings());
        }
    });
    let settings = store.settings();
    STORE.with(|s| *s.borrow_mut() = Some(store));
    Ok(settings)
}

/// The open store. Components below the app shell only render once it is open.
pub fn store() -> Rc<Store> {
    STORE
        .with(|s| s.borrow().clone())
        .expect("the store is opened before any page renders")
}

fn try_store() -> Option<Rc<Store>> {
    STORE.with(|s| s.borrow().clone())
}

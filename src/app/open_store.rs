//! The one open store of this page. The UI is single-threaded, so a thread-local
//! holds it; components reach it through [`store`] and hand it to the use cases.

use crate::domain::pace::Pace;
use crate::domain::settings::preferences::Settings;
use crate::store::device_store::{DATABASE_NAME, Store};
use crate::store::error::StoreError;
use crate::store::kind::CollectionKind;
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    static STORE: RefCell<Option<Rc<Store>>> = const { RefCell::new(None) };
}

/// The screen the app opens on, which decides what is read before it shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FirstScreen {
    /// Contacts and their follow-ups are enough; the other records (the interactions
    /// above all, half of the stored bytes) are read after the list shows.
    ContactList,
    /// Everything is read first.
    Other,
}

/// What the contact list reads from the store (see `contacts::directory`), but the
/// interactions: until they are in, its rows lack their last contact.
const CONTACT_LIST_RECORDS: [CollectionKind; 2] = [CollectionKind::Contacts, CollectionKind::Tasks];

/// Opens the app's database and keeps it for the pages; returns the stored settings.
/// `changed_elsewhere` runs when another tab of the app wrote (with its settings now),
/// `upgraded_elsewhere` when a newer version of the app opened the database. Unless
/// [`is_loaded`], [`finish_loading`] reads the records the first screen does not show.
pub async fn open(
    first_screen: FirstScreen,
    upgraded_elsewhere: impl Fn() + 'static,
    changed_elsewhere: impl Fn(Settings) + 'static,
) -> Result<Settings, StoreError> {
    let store = match first_screen {
        FirstScreen::ContactList => Store::open_first(DATABASE_NAME, &CONTACT_LIST_RECORDS).await?,
        FirstScreen::Other => Store::open(DATABASE_NAME).await?,
    };
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

/// Whether every record is in memory, so that every page can show.
pub fn is_loaded() -> bool {
    try_store().is_some_and(|store| store.is_loaded())
}

/// Reads the records opening left in storage, handing the page back as `pace` says.
pub async fn finish_loading(pace: &mut impl Pace) -> Result<(), StoreError> {
    match try_store() {
        Some(store) => store.finish_loading(pace).await,
        None => Ok(()),
    }
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

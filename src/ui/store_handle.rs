//! The one open store of this page. The UI is single-threaded, so a thread-local
//! holds it; components reach it through [`store`].

use crate::store::repository::Store;
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    static STORE: RefCell<Option<Rc<Store>>> = const { RefCell::new(None) };
}

pub fn set_store(store: Rc<Store>) {
    STORE.with(|s| *s.borrow_mut() = Some(store));
}

/// The open store. Components below the app shell only render once it is open.
pub fn store() -> Rc<Store> {
    STORE
        .with(|s| s.borrow().clone())
        .expect("the store is opened before any page renders")
}

pub fn try_store() -> Option<Rc<Store>> {
    STORE.with(|s| s.borrow().clone())
}

//! Two tabs of the app, each with its own store on the same database, never lose each
//! other's writes, and each comes to see the other's.

use crate::fresh_name;
use std::cell::Cell;
use std::rc::Rc;
use teamline::domain::contacts::contact::Contact;
use teamline::store::collection::bucket_of;
use teamline::store::device_store::Store;
use wasm_bindgen_test::wasm_bindgen_test;

fn contact_in_bucket(name: &str, bucket: u8) -> Contact {
    loop {
        let contact = Contact::new(name, "Tab", chrono::Utc::now());
        if bucket_of(&contact.meta.id) == bucket {
            return contact;
        }
    }
}

#[wasm_bindgen_test]
async fn writes_from_two_tabs_into_the_same_chunk_both_survive() {
    let name = fresh_name("two-tabs");
    let first = Store::open(&name).await.unwrap();
    let second = Store::open(&name).await.unwrap();
    let reloads = Rc::new(Cell::new(0));
    let counter = reloads.clone();
    second.on_changed_elsewhere(move || counter.set(counter.get() + 1));

    // Same bucket, so the second tab's chunk, planned from stale memory, would drop
    // the first tab's contact if the store did not notice.
    let anna = contact_in_bucket("Anna", 5);
    let ben = contact_in_bucket("Ben", 5);
    first.put(anna.clone()).await.unwrap();
    second.put(ben.clone()).await.unwrap();
    assert!(
        reloads.get() >= 1,
        "the second tab read the first tab's write"
    );
    assert_eq!(second.get::<Contact>(anna.meta.id).as_ref(), Some(&anna));

    // The first tab hears of the second tab's write without writing itself; a busy
    // machine may take a while, so it waits up to ten seconds.
    for _ in 0..500 {
        if first.get::<Contact>(ben.meta.id).is_some() {
            break;
        }
        gloo_timers::future::TimeoutFuture::new(20).await;
    }
    assert_eq!(first.get::<Contact>(ben.meta.id).as_ref(), Some(&ben));

    first.close();
    second.close();
    let reopened = Store::open(&name).await.unwrap();
    assert_eq!(reopened.count::<Contact>(), 2);
}

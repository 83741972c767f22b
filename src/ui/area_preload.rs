//! Once the installed app has started and is idle, the lazily loaded areas are fetched
//! from the service worker's cache and compiled in the background, one after another,
//! so that opening a page of one the first time costs only its rendering. Only once a
//! service worker controls the page: on a first visit the new worker is still
//! downloading the same files, and fetching them twice would cost a phone's data; when it
//! has stored them all it takes the page over, and the areas then come from its cache.

use wasm_bindgen::JsCast;

/// Fetches and compiles the areas; sets `html[data-areas-loaded]` when done, for the
/// benchmark and the tests.
pub async fn preload_areas() {
    preload_each_area().await;
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-areas-loaded", "true");
    }
}

/// The areas in the order a rep most likely opens them, each in a turn of its own. The
/// sample generator is left out: only the first-run screen uses it.
#[cfg(feature = "split")]
async fn preload_each_area() {
    use super::lazy_pages::{PAGE_AREAS, preload};
    use super::lazy_work::preload_files;
    use crate::ui::page_pace::next_turn;
    for area in PAGE_AREAS {
        let _ = preload(area).await;
        next_turn().await;
    }
    let _ = preload_files().await;
}

/// Without the split there is nothing to load.
#[cfg(not(feature = "split"))]
async fn preload_each_area() {}

/// The page's `navigator.serviceWorker`, where the browser has one.
fn service_worker_container() -> Option<web_sys::EventTarget> {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w.navigator(), &"serviceWorker".into()).ok())
        .filter(|container| container.is_truthy())
        .map(JsCast::unchecked_into)
}

/// Waits until a service worker controls the page: at once when one served the page
/// load (the app was installed before), or, on a first visit, when the new worker has
/// stored the build and taken the page over. Returns `false` at once where there are no
/// service workers.
pub async fn service_worker_in_control() -> bool {
    let Some(container) = service_worker_container() else {
        return false;
    };
    if js_sys::Reflect::get(&container, &"controller".into()).is_ok_and(|c| c.is_truthy()) {
        return true;
    }
    let (taken_over, taken) = futures::channel::oneshot::channel::<()>();
    let mut taken_over = Some(taken_over);
    // Kept for the page's life: a later update takes the page over again, and a dropped
    // listener would then throw.
    let listener = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
        if let Some(sender) = taken_over.take() {
            let _ = sender.send(());
        }
    });
    let listening = container
        .add_event_listener_with_callback("controllerchange", listener.as_ref().unchecked_ref());
    listener.forget();
    listening.is_ok() && taken.await.is_ok()
}

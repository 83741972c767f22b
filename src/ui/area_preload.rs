//! Once the installed app has started and is idle, the lazily loaded areas are fetched
//! from the service worker's cache and compiled in the background, one after another,
//! so that opening a page of one the first time costs only its rendering. Only when a
//! service worker served the page load: on a first visit the worker is still downloading
//! the same files, and fetching them twice would cost a phone's data.

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

/// The areas in the order a rep most likely opens them. The sample generator is left
/// out: only the first-run screen uses it. A failed load is not kept, so the page that
/// needs the area tries again when opened.
#[cfg(feature = "split")]
async fn preload_each_area() {
    use super::lazy_pages::{
        preload_campaigns, preload_contact, preload_contact_tools, preload_leads, preload_settings,
        preload_team,
    };
    use super::lazy_work::preload_files;
    use crate::ui::page_pace::next_turn;
    let _ = preload_contact().await;
    next_turn().await;
    let _ = preload_settings().await;
    next_turn().await;
    let _ = preload_team().await;
    next_turn().await;
    let _ = preload_leads().await;
    next_turn().await;
    let _ = preload_campaigns().await;
    next_turn().await;
    let _ = preload_contact_tools().await;
    next_turn().await;
    let _ = preload_files().await;
}

/// Without the split there is nothing to load.
#[cfg(not(feature = "split"))]
async fn preload_each_area() {}

/// Whether a service worker served this page load, i.e. the app was installed before.
/// Asked at start-up: on a first visit the new worker takes the page over later.
pub fn served_by_service_worker() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    js_sys::Reflect::get(&window.navigator(), &"serviceWorker".into())
        .and_then(|container| js_sys::Reflect::get(&container, &"controller".into()))
        .is_ok_and(|controller| controller.is_truthy())
}

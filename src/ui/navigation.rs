//! The app's own small router: history URLs such as `/contacts/<id>`, links that
//! navigate without reloading, and the back button. It replaces `leptos_router`, which
//! cost about 25 KB of the compressed app for the few routes Teamline has.

use crate::ui::lazy_pages::start_loading;
use leptos::prelude::*;
use std::cell::Cell;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

/// The current path, for views to follow.
#[derive(Clone, Copy)]
pub struct Location {
    pub path: RwSignal<String>,
}

pub fn current_path() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| "/".into())
}

/// Starts following the address bar: link clicks and the back and forward buttons.
pub fn provide_router() -> Location {
    let location = Location {
        path: RwSignal::new(current_path()),
    };
    LOCATION.with(|l| l.set(Some(location)));
    let Some(window) = web_sys::window() else {
        return location;
    };
    let on_pop = Closure::<dyn Fn()>::new(move || {
        let path = current_path();
        start_loading(&path);
        location.path.set(path);
    });
    let _ = window.add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
    on_pop.forget();
    let on_click =
        Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |event: web_sys::MouseEvent| {
            if let Some(path) = in_app_link(&event) {
                event.prevent_default();
                navigate(&path);
            }
        });
    // A tap's press comes a tenth of a second or more before its click: time enough to
    // start fetching a lazily loaded page's files.
    let on_press =
        Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |event: web_sys::MouseEvent| {
            if let Some(path) = in_app_link(&event) {
                start_loading(&path);
            }
        });
    if let Some(document) = window.document() {
        let _ =
            document.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
        let _ = document
            .add_event_listener_with_callback("pointerdown", on_press.as_ref().unchecked_ref());
    }
    on_click.forget();
    on_press.forget();
    location
}

/// The path a click should open inside the app, if it is a plain click on a link to
/// this app; links to other apps (`tel:`, `mailto:`), new tabs and downloads are left
/// to the browser.
fn in_app_link(event: &web_sys::MouseEvent) -> Option<String> {
    if event.default_prevented()
        || event.button() != 0
        || event.ctrl_key()
        || event.meta_key()
        || event.shift_key()
        || event.alt_key()
    {
        return None;
    }
    let target: web_sys::Element = event.target()?.dyn_into().ok()?;
    let link: web_sys::HtmlAnchorElement = target.closest("a[href]").ok()??.dyn_into().ok()?;
    if link.has_attribute("download") || !link.target().is_empty() {
        return None;
    }
    let own_origin = web_sys::window()?.location().origin().ok()?;
    (link.origin() == own_origin).then(|| link.pathname())
}

thread_local! {
    static LOCATION: Cell<Option<Location>> = const { Cell::new(None) };
}

/// Opens `path` inside the app and adds it to the history.
pub fn navigate(path: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    start_loading(path);
    if let Ok(history) = window.history() {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path));
    }
    if let Some(location) = LOCATION.with(Cell::get) {
        location.path.set(path.to_owned());
    }
    window.scroll_to_with_x_and_y(0.0, 0.0);
}

//! Offers to reload when the service worker has a new build waiting.
//! `sw-register.js` announces it with the `teamline-update-ready` event and a flag, and
//! provides `teamlineApplyUpdate()`, which activates the new worker and reloads.

use crate::ui::app_state::tr;
use crate::ui::messages::Msg;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn window_flag(name: &str) -> bool {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &name.into()).ok())
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

fn apply_update() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let apply = js_sys::Reflect::get(&window, &"teamlineApplyUpdate".into()).unwrap_or_default();
    if let Some(apply) = apply.dyn_ref::<js_sys::Function>() {
        let _ = apply.call0(&window);
    }
}

#[component]
pub fn UpdateBanner() -> impl IntoView {
    let ready = RwSignal::new(window_flag("teamlineUpdateReady"));
    let handle = window_event_listener_untyped("teamline-update-ready", move |_| ready.set(true));
    on_cleanup(move || handle.remove());
    view! {
        {move || (ready.get()).then(|| view! {
            <div class="notice" role="status">
                <span>{tr(Msg::UpdateReady)}</span>
                <button class="button button--primary" on:click=move |_| apply_update()>
                    {tr(Msg::Reload)}
                </button>
            </div>
        })}
    }
}

//! Messages across the top of every page: a new version, an upgrade in another tab,
//! and storage errors.

use crate::ui::app_state::app_state;
use crate::ui::i18n::Msg;
use crate::ui::update_banner::UpdateBanner;
use leptos::prelude::*;

#[component]
pub fn Notices() -> impl IntoView {
    let state = app_state();
    view! {
        <UpdateBanner/>
        <Show when=move || state.upgraded_elsewhere.get()>
            <div class="notice notice--warning" role="alert">
                <span>{move || state.t(Msg::UpgradedElsewhere)}</span>
                <button class="button" on:click=move |_| reload()>{move || state.t(Msg::Reload)}</button>
            </div>
        </Show>
        <StoreErrorNotice/>
    }
}

/// The last storage error, in the user's language, until dismissed.
#[component]
pub fn StoreErrorNotice() -> impl IntoView {
    let state = app_state();
    move || {
        state.error.get().map(|error| {
            view! {
                <div class="notice notice--error" role="alert">
                    <span>{state.error_text(&error)}</span>
                    <button class="button" on:click=move |_| state.error.set(None)>{move || state.t(Msg::Dismiss)}</button>
                </div>
            }
        })
    }
}

pub fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

//! Messages across the top of every page: a new version, an upgrade in another tab,
//! storage errors and an old backup.

use crate::ui::app_state::{app_state, tr};
use crate::ui::backup_banner::BackupBanner;
use crate::ui::messages::Msg;
use crate::ui::spawn::spawn;
use crate::ui::undo_notice::UndoNotice;
use crate::ui::update_banner::UpdateBanner;
use leptos::prelude::*;

#[component]
pub fn Notices() -> impl IntoView {
    let state = app_state();
    view! {
        <UpdateBanner/>
        {move || (state.upgraded_elsewhere.get()).then(|| view! {
            <div class="notice notice--warning" role="alert">
                <span>{tr(Msg::UpgradedElsewhere)}</span>
                <button class="button" on:click=move |_| reload()>{tr(Msg::Reload)}</button>
            </div>
        })}
        <StoreErrorNotice/>
        <BackupBanner/>
        <UndoNotice/>
    }
}

/// The last change that can be undone, such as a deleted contact.
#[component]
fn UndoNotice() -> impl IntoView {
    let state = app_state();
    let undo_now = move |undo: UndoNotice| spawn(crate::ui::command::undo(state, undo));
    move || {
        state.undo.get().map(|undo| {
            let text = state.t_with(undo.message, &[&undo.subject]);
            view! {
                <div class="notice" role="status" data-testid="undo-notice">
                    <span>{text}</span>
                    <button class="button" data-testid="undo" on:click=move |_| { undo_now(undo.clone()); }>{tr(Msg::Undo)}</button>
                    <button class="button button--quiet" on:click=move |_| state.undo.set(None)>{tr(Msg::Dismiss)}</button>
                </div>
            }
        })
    }
}

/// The last storage error, in the user's language, until dismissed; and the same for a
/// part of the app that could not be fetched.
#[component]
pub fn StoreErrorNotice() -> impl IntoView {
    let state = app_state();
    let store_error = move || {
        state.error.get().map(|error| {
            view! {
                <div class="notice notice--error" role="alert">
                    <span>{state.error_text(&error)}</span>
                    <button class="button" on:click=move |_| state.error.set(None)>{tr(Msg::Dismiss)}</button>
                </div>
            }
        })
    };
    let part_unavailable = move || {
        state.part_unavailable.get().then(|| {
            view! {
                <div class="notice notice--error" role="alert" data-testid="part-unavailable">
                    <span>{tr(Msg::PartUnavailable)}</span>
                    <button class="button" on:click=move |_| state.part_unavailable.set(false)>{tr(Msg::Dismiss)}</button>
                </div>
            }
        })
    };
    view! { {store_error} {part_unavailable} }
}

pub fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

//! The root component: opens the store, then shows the first-run screen or the app.

use crate::app::open_store::{self, FirstScreen};
use crate::store::error::StoreError;
use crate::ui::addresses::Page;
use crate::ui::app_state::{AppState, browser_language, sync_document_language, tr};
use crate::ui::area_preload::{preload_areas, service_worker_in_control};
use crate::ui::first_run::FirstRun;
use crate::ui::messages::Msg;
use crate::ui::navigation::current_path;
use crate::ui::page_pace::QuietPace;
use crate::ui::shell::Shell;
use crate::ui::spawn::spawn;
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new(browser_language());
    provide_context(state);
    Effect::new(move |_| sync_document_language(state.lang.get()));

    let first_screen = match Page::of(&current_path()) {
        Page::Contacts => FirstScreen::ContactList,
        _ => FirstScreen::Other,
    };
    let opened = LocalResource::new(move || async move {
        let settings = open_store::open(
            first_screen,
            move || state.upgraded_elsewhere.set(true),
            move |settings| {
                state.apply_settings(settings);
                state.data_changed();
            },
        )
        .await?;
        state.apply_settings(settings);
        state.all_read.set(open_store::is_loaded());
        Ok::<(), StoreError>(())
    });

    move || match opened.get() {
        None => view! { <div class="splash" role="status">{tr(Msg::Loading)}</div> }.into_any(),
        Some(Err(error)) => {
            view! { <div class="fatal" role="alert">{move || state.error_text(&error)}</div> }
                .into_any()
        }
        Some(Ok(())) => view! { <Started/> }.into_any(),
    }
}

#[component]
fn Started() -> impl IntoView {
    let state = expect_context::<AppState>();
    let has_profile = Memo::new(move |_| state.settings.with(|s| s.profile.is_some()));
    Effect::new(move |_| mark_start_up("data-ready", "__teamlineReadyAt"));
    if !state.all_read.get_untracked() {
        spawn(read_other_records(state));
    }
    // Reminders for today are planned after the first screen is up and every record is
    // in, not before; the start-up work is over when they are.
    Effect::new(move |_| {
        if state.all_read.get() && has_profile.get() {
            spawn(async move {
                crate::ui::command::plan_all_reminders(state).await;
                mark_start_up("data-idle", "__teamlineIdleAt");
                if service_worker_in_control().await {
                    preload_areas().await;
                }
            });
        } else if state.all_read.get() || state.read_error.with(Option::is_some) {
            mark_start_up("data-idle", "__teamlineIdleAt");
        }
    });
    move || {
        if has_profile.get() {
            view! { <Shell/> }.into_any()
        } else {
            view! { <FirstRun/> }.into_any()
        }
    }
}

/// Reads the records the first screen did not need, in slices, so that the list stays
/// responsive meanwhile.
async fn read_other_records(state: AppState) {
    match open_store::finish_loading(&mut QuietPace::new()).await {
        Ok(()) => state.all_read.set(true),
        Err(error) => state.read_error.set(Some(error)),
    }
}

/// Tells tests and the benchmark that a start-up step is done: the first screen with its
/// data (`data-ready`), then the start-up work after it (`data-idle`), with the time.
fn mark_start_up(attribute: &str, time_property: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let now = window.performance().map(|p| p.now()).unwrap_or_default();
    let _ = js_sys::Reflect::set(&window, &time_property.into(), &now.into());
    if let Some(root) = window.document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute(attribute, "true");
    }
}

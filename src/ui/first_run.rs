//! The first-run screen: the rep's name and country, then an empty start or sample data;
//! or a backup from another device restored.

use crate::app::open_store::store;
use crate::app::settings::{Start, first_start};
use crate::domain::settings::first_start::clean_name;
use crate::store::error::StoreError;
use crate::store::storage_estimate::request_persistence;
use crate::ui::app_state::{app_state, tr};
use crate::ui::clock::{local_clock, sample_seed};
use crate::ui::lazy_pages::lazy_restore;
use crate::ui::lazy_work::sample_data;
use crate::ui::messages::Msg;
use crate::ui::notices::StoreErrorNotice;
use crate::ui::profile_fields::{CountrySelect, NameField};
use leptos::prelude::*;

/// The button the rep pressed.
#[derive(Clone, Copy, PartialEq)]
enum Begin {
    Empty,
    Sample,
}

#[component]
pub fn FirstRun() -> impl IntoView {
    let state = app_state();
    let name = RwSignal::new(String::new());
    let country = RwSignal::new("DE".to_string());
    let name_missing = RwSignal::new(false);
    let restore_opened = RwSignal::new(false);

    let begin = Action::new_local(move |start: &Begin| {
        let start = *start;
        let typed_name = clean_name(&name.get_untracked());
        let country = country.get_untracked();
        async move {
            state.error.set(None);
            let Some(name) = typed_name else {
                name_missing.set(true);
                return Ok(());
            };
            let start = match start {
                Begin::Empty => Start::Empty,
                Begin::Sample => {
                    let drawn = sample_data(sample_seed(), name.clone(), local_clock()).await;
                    let Ok(sample) = drawn else {
                        state.part_unavailable.set(true);
                        return Ok(());
                    };
                    Start::Sample(Box::new(sample))
                }
            };
            let store = store();
            let settings = first_start(&*store, &name, &country, start, &local_clock()).await?;
            state.apply_settings(settings);
            state.data_changed();
            // Ask early that the browser keep the data; Settings shows the answer.
            let _ = request_persistence().await;
            Ok::<(), StoreError>(())
        }
    });
    Effect::new(move |_| {
        if let Some(Err(error)) = begin.value().get() {
            state.error.set(Some(error));
        }
    });
    let busy = begin.pending();

    view! {
        <main class="first-run">
            <img class="first-run__logo" src="/icons/icon-192.png" alt="" width="72" height="72"/>
            <h1>{tr(Msg::WelcomeTitle)}</h1>
            <p>{tr(Msg::WelcomeIntro)}</p>
            <StoreErrorNotice/>
            <form class="card form" on:submit=move |ev| { ev.prevent_default(); begin.dispatch(Begin::Empty); }>
                <NameField id="owner-name" label=Msg::YourName value=name missing=name_missing/>
                <CountrySelect id="owner-country" label=Msg::YourCountry value=country/>
                <div class="actions">
                    <button type="submit" class="button" disabled=move || busy.get()>
                        {tr(Msg::StartEmpty)}
                    </button>
                    <button type="button" class="button button--primary" disabled=move || busy.get()
                        on:click=move |_| { begin.dispatch(Begin::Sample); }>
                        {tr(Msg::TrySample)}
                    </button>
                </div>
                <p class="muted" role="status">{move || busy.get().then(|| state.t(Msg::LoadingSample))}</p>
            </form>
            <details class="card first-run__restore" data-testid="first-run-restore" on:toggle=move |_| restore_opened.set(true)>
                <summary>{tr(Msg::RestoreInstead)}</summary>
                {move || restore_opened.get().then(lazy_restore)}
            </details>
        </main>
    }
}

//! The person's rights: a copy of everything stored about them (right of access), and
//! erasure from every store (right to erasure).

use crate::domain::contacts::contact::Contact;
use crate::domain::contacts::erasure::erase;
use crate::io::person_export::{file_name, person_to_json};
use crate::store::person_records::person_records;
use crate::store::write_batch::WriteBatch;
use crate::ui::app_state::{app_state, tr};
use crate::ui::download::download;
use crate::ui::i18n::Msg;
use crate::ui::router::navigate;
use crate::ui::spawn::spawn;
use crate::ui::store_handle::store;
use crate::ui::writes::save;
use chrono::Utc;
use leptos::prelude::*;

#[component]
pub fn PrivacyCard(contact: Contact) -> impl IntoView {
    let state = app_state();
    let id = contact.meta.id;
    let name = contact.display_name();
    let confirming = RwSignal::new(false);
    let exported = RwSignal::new(false);

    let export = move |_| {
        let Some(person) = store().read(|all| person_records(all, id)) else {
            return;
        };
        let now = Utc::now();
        let name = file_name(&person, state.t(Msg::AccessFilePrefix), now);
        match download(
            &name,
            "application/json",
            person_to_json(&person, now).as_bytes(),
        ) {
            Ok(()) => exported.set(true),
            Err(detail) => state
                .error
                .set(Some(crate::store::error::StoreError::Failed(detail))),
        }
    };
    let erase_now = move || {
        spawn(async move {
            let Some(person) = store().read(|all| person_records(all, id)) else {
                return;
            };
            let mut batch = WriteBatch::new();
            batch.put_all(erase(person, Utc::now()));
            if save(state, batch, &[]).await {
                state.undo.set(None);
                navigate("/contacts");
            }
        });
    };

    view! {
        <section class="card" aria-labelledby="privacy-heading">
            <h2 id="privacy-heading">{tr(Msg::PrivacyHeading)}</h2>
            <p class="muted">{tr(Msg::AccessExplain)}</p>
            <div class="actions">
                <button type="button" class="button" data-testid="export-person" on:click=export>
                    {tr(Msg::ExportPerson)}
                </button>
                <span role="status">{move || exported.get().then(|| state.t(Msg::ExportStarted))}</span>
            </div>
            <p class="muted">{tr(Msg::ErasureExplain)}</p>
            {move || if confirming.get() {
                let name = name.clone();
                view! {
                <div class="notice notice--warning" role="alert">
                    <span>{state.t_with(Msg::EraseConfirm, &[&name])}</span>
                    <button type="button" class="button button--danger" data-testid="erase-confirm" on:click=move |_| { erase_now(); }>
                        {tr(Msg::EraseForever)}
                    </button>
                    <button type="button" class="button" on:click=move |_| confirming.set(false)>{tr(Msg::Cancel)}</button>
                </div>
                }.into_any()
            } else {
                view! {
                <button type="button" class="button button--danger" data-testid="erase-person" on:click=move |_| confirming.set(true)>
                    {tr(Msg::ErasePerson)}
                </button>
                }.into_any()
            }}
        </section>
    }
}

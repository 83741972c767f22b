//! The person's rights: a copy of everything stored about them (right of access), and
//! erasure from every store (right to erasure).

use crate::app::open_store::store;
use crate::app::privacy::{erase_person, person};
use crate::domain::contacts::contact::Contact;
use crate::ui::app_state::{app_state, tr};
use crate::ui::clock::local_clock;
use crate::ui::command::run;
use crate::ui::download::download;
use crate::ui::lazy_work;
use crate::ui::messages::Msg;
use crate::ui::navigation::navigate;
use crate::ui::spawn::spawn;
use leptos::prelude::*;

#[component]
pub fn PrivacyCard(contact: Contact) -> impl IntoView {
    let state = app_state();
    let id = contact.meta.id;
    let name = contact.display_name();
    let confirming = RwSignal::new(false);
    let exported = RwSignal::new(false);

    let export = move |_| {
        let Some(records) = person(&*store(), id) else {
            return;
        };
        let prefix = state.t(Msg::AccessFilePrefix).to_owned();
        spawn(async move {
            let Ok(file) = lazy_work::access_file(records, prefix, local_clock()).await else {
                return state.part_unavailable.set(true);
            };
            match download(&file.name, "application/json", file.json.as_bytes()) {
                Ok(()) => exported.set(true),
                Err(detail) => state
                    .error
                    .set(Some(crate::store::error::StoreError::Failed(detail))),
            }
        });
    };
    let erase_now = move || {
        spawn(async move {
            let (store, clock) = (store(), local_clock());
            if run(state, erase_person(&*store, id, &clock))
                .await
                .is_some()
            {
                // An undo or a merge of this session would bring the person back.
                state.undo.set(None);
                state.merges.set(Vec::new());
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

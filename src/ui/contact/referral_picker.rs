//! Picks who referred a contact from the existing contacts, by typing part of a name.

use crate::domain::contact::Contact;
use crate::domain::contact_directory::ContactDirectory;
use crate::ui::app_state::tr;
use crate::ui::i18n::Msg;
use crate::ui::store_handle::store;
use leptos::prelude::*;
use uuid::Uuid;

/// Suggestions shown at once; typing more narrows them.
const SUGGESTIONS: usize = 6;

#[component]
pub fn ReferralPicker(
    own_id: Option<Uuid>,
    value: Signal<Option<Uuid>>,
    on_change: Callback<Option<Uuid>>,
) -> impl IntoView {
    let typed = RwSignal::new(String::new());
    // Built when the rep first types, not for every form.
    let directory = StoredValue::new_local(None::<ContactDirectory>);
    let suggestions = Memo::new(move |_| {
        let typed = typed.get();
        if typed.trim().is_empty() {
            return Vec::new();
        }
        if directory.with_value(Option::is_none) {
            let built = store().read(|all| ContactDirectory::new(all.contacts.iter(), [], []));
            directory.set_value(Some(built));
        }
        directory.with_value(|d| {
            let Some(d) = d else { return Vec::new() };
            d.search(&typed)
                .into_iter()
                .filter_map(|i| d.row(i))
                .filter(|row| Some(row.id) != own_id)
                .take(SUGGESTIONS)
                .map(|row| (row.id, row.name.clone(), row.detail.clone()))
                .collect::<Vec<_>>()
        })
    });
    let chosen_name = move || {
        value
            .get()
            .and_then(|id| store().get::<Contact>(id))
            .map(|c| c.display_name())
    };
    view! {
        <div class="picker">
            {move || chosen_name().map(|name| view! {
                <p class="picker__chosen">
                    <span data-testid="referrer-name">{name}</span>
                    <button type="button" class="button button--quiet" on:click=move |_| on_change.run(None)>
                        {tr(Msg::Remove)}
                    </button>
                </p>
            })}
            <label for="referrer-search">{tr(Msg::FindReferrer)}</label>
            <input id="referrer-search" type="search" autocomplete="off" aria-describedby="referrer-search-error"
                prop:value=move || typed.get()
                on:input=move |ev| typed.set(event_target_value(&ev))/>
            <ul class="picker__options" data-testid="referrer-options">
                {move || suggestions.get().into_iter().map(|(id, name, detail)| view! {
                    <li>
                        <button type="button" class="picker__option" on:click=move |_| {
                            on_change.run(Some(id));
                            typed.set(String::new());
                        }>
                            <span>{name}</span>
                            <span class="muted">{detail}</span>
                        </button>
                    </li>
                }).collect_view()}
            </ul>
        </div>
    }
}

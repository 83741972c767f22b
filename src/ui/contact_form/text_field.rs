//! A plain text field of the contact draft, with its label.

use crate::domain::contacts::draft::ContactDraft;
use crate::ui::app_state::tr;
use crate::ui::contact_form::form_state::FormState;
use crate::ui::messages::Msg;
use leptos::prelude::*;

#[component]
pub fn TextField(
    form: FormState,
    id: &'static str,
    label: Msg,
    get: fn(&ContactDraft) -> &String,
    set: fn(&mut ContactDraft, String),
    #[prop(default = "off")] autocomplete: &'static str,
) -> impl IntoView {
    let draft = form.draft;
    view! {
        <label for=id>{tr(label)}</label>
        <input id=id autocomplete=autocomplete prop:value=move || draft.with(|d| get(d).clone())
            on:input=move |ev| draft.update(|d| set(d, event_target_value(&ev)))/>
    }
}

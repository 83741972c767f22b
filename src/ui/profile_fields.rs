//! The rep's name and country fields, shared by the first-run screen and Settings.

use crate::domain::locale::country::COUNTRIES;
use crate::ui::app_state::{app_state, tr};
use crate::ui::messages::Msg;
use leptos::prelude::*;

/// A required name with its message next to it while `missing` is set.
#[component]
pub fn NameField(
    id: &'static str,
    label: Msg,
    value: RwSignal<String>,
    missing: RwSignal<bool>,
) -> impl IntoView {
    let state = app_state();
    let error_id = format!("{id}-error");
    view! {
        <label for=id>{tr(label)}</label>
        <input id=id name="name" autocomplete="name" required
            aria-invalid=move || missing.get().to_string()
            aria-describedby=error_id.clone()
            prop:value=move || value.get()
            on:input=move |ev| { value.set(event_target_value(&ev)); missing.set(false); }/>
        <p id=error_id class="field-error" aria-live="polite">
            {move || missing.get().then(|| state.t(Msg::NameRequired))}
        </p>
    }
}

/// The country whose calling code phone numbers default to, by ISO code.
#[component]
pub fn CountrySelect(id: &'static str, label: Msg, value: RwSignal<String>) -> impl IntoView {
    let state = app_state();
    view! {
        <label for=id>{tr(label)}</label>
        <select id=id name="country" on:change=move |ev| value.set(event_target_value(&ev))>
            {COUNTRIES.iter().map(|c| {
                let code = c.code;
                view! {
                    <option value=code selected=move || value.get() == code>
                        {move || format!("{} (+{})", c.name(state.lang.get()), c.calling_code)}
                    </option>
                }
            }).collect_view()}
        </select>
    }
}

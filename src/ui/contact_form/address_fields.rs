//! The postal address, with the country chosen from its name in the user's language.

use crate::domain::locale::country::COUNTRIES;
use crate::ui::app_state::{app_state, tr};
use crate::ui::contact_form::form_state::FormState;
use crate::ui::contact_form::text_field::TextField;
use crate::ui::messages::Msg;
use leptos::prelude::*;

#[component]
pub fn AddressFields(form: FormState) -> impl IntoView {
    let state = app_state();
    let draft = form.draft;
    view! {
        <fieldset>
            <legend>{tr(Msg::AddressLabel)}</legend>
            <TextField form=form id="street" label=Msg::Street autocomplete="street-address"
                get=|d| &d.street set=|d, v| d.street = v/>
            <TextField form=form id="po-box" label=Msg::PoBox
                get=|d| &d.po_box set=|d, v| d.po_box = v/>
            <div class="form-row">
                <div><TextField form=form id="postal-code" label=Msg::PostalCode autocomplete="postal-code"
                    get=|d| &d.postal_code set=|d, v| d.postal_code = v/></div>
                <div><TextField form=form id="city" label=Msg::City autocomplete="address-level2"
                    get=|d| &d.city set=|d, v| d.city = v/></div>
            </div>
            <div class="form-row">
                <div><TextField form=form id="region" label=Msg::Region autocomplete="address-level1"
                    get=|d| &d.region set=|d, v| d.region = v/></div>
                <div>
                    <label for="country">{tr(Msg::CountryLabel)}</label>
                    <input id="country" list="country-names" autocomplete="country-name"
                        prop:value=move || draft.with(|d| d.country.clone())
                        on:input=move |ev| draft.update(|d| d.country = event_target_value(&ev))/>
                    <datalist id="country-names">
                        {move || {
                            let lang = state.lang.get();
                            COUNTRIES.iter().map(|c| view! { <option value=c.name(lang)/> }).collect_view()
                        }}
                    </datalist>
                </div>
            </div>
        </fieldset>
    }
}

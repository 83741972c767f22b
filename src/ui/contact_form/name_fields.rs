//! Who the contact is: their name, and where they work.

use crate::domain::contacts::draft::Field;
use crate::ui::app_state::tr;
use crate::ui::contact_form::form_state::{ErrorLine, FormState};
use crate::ui::contact_form::text_field::TextField;
use crate::ui::messages::Msg;
use leptos::prelude::*;

#[component]
pub fn NameFields(form: FormState) -> impl IntoView {
    let draft = form.draft;
    view! {
        <fieldset>
            <legend>{tr(Msg::NameLegend)}</legend>
            <label for="given-name">{tr(Msg::GivenName)}</label>
            <input id="given-name" autocomplete="off" aria-describedby="given-name-error"
                aria-invalid=form.invalid(Field::Name)
                prop:value=move || draft.with(|d| d.given_name.clone())
                on:input=move |ev| draft.update(|d| d.given_name = event_target_value(&ev))/>
            <ErrorLine form=form field=Field::Name/>
            <TextField form=form id="family-name" label=Msg::FamilyName
                get=|d| &d.family_name set=|d, v| d.family_name = v/>
            <TextField form=form id="nickname" label=Msg::Nickname
                get=|d| &d.nickname set=|d, v| d.nickname = v/>
        </fieldset>

        <fieldset>
            <legend>{tr(Msg::WorkLegend)}</legend>
            <TextField form=form id="company" label=Msg::Company
                get=|d| &d.company set=|d, v| d.company = v/>
            <div class="form-row">
                <div><TextField form=form id="department" label=Msg::Department
                    get=|d| &d.department set=|d, v| d.department = v/></div>
                <div><TextField form=form id="job-title" label=Msg::JobTitle
                    get=|d| &d.job_title set=|d, v| d.job_title = v/></div>
            </div>
        </fieldset>
    }
}

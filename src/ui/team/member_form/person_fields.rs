//! Who joins the team: a contact already in the list, or a new person by name.

use crate::domain::team::member_draft::MemberField;
use crate::ui::app_state::tr;
use crate::ui::contact::contact_picker::ContactPicker;
use crate::ui::messages::Msg;
use crate::ui::team::member_form::member_form_state::{MemberErrorLine, MemberFormState};
use leptos::prelude::*;

#[component]
pub fn PersonFields(form: MemberFormState) -> impl IntoView {
    let draft = form.draft;
    view! {
        <fieldset>
            <legend>{tr(Msg::PersonLegend)}</legend>
            <ContactPicker input_id="member-contact" label=Msg::ChooseContact error_id="member-given-error"
                own_id=None
                value=Signal::derive(move || draft.with(|d| d.contact))
                on_change=Callback::new(move |id| draft.update(|d| d.contact = id))/>
            {move || draft.with(|d| d.contact.is_none()).then(|| view! {
                <p class="muted">{tr(Msg::OrNewPerson)}</p>
                <label for="member-given">{tr(Msg::GivenName)}</label>
                <input id="member-given" autocomplete="off" aria-describedby="member-given-error"
                    aria-invalid=form.invalid(MemberField::Name)
                    prop:value=move || draft.with(|d| d.given_name.clone())
                    on:input=move |ev| { let v = event_target_value(&ev); draft.update(|d| d.given_name = v) }/>
                <label for="member-family">{tr(Msg::FamilyName)}</label>
                <input id="member-family" autocomplete="off"
                    prop:value=move || draft.with(|d| d.family_name.clone())
                    on:input=move |ev| { let v = event_target_value(&ev); draft.update(|d| d.family_name = v) }/>
            })}
            <MemberErrorLine form=form field=MemberField::Name/>
        </fieldset>
    }
}

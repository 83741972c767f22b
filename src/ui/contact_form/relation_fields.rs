//! What the contact is to the rep (customer, prospect, rep, host) and who referred them.

use crate::domain::contacts::draft::Field;
use crate::ui::app_state::tr;
use crate::ui::contact::contact_picker::ContactPicker;
use crate::ui::contact_form::form_state::{ErrorLine, FormState};
use crate::ui::messages::Msg;
use crate::ui::role_choices::RoleChoices;
use leptos::prelude::*;
use uuid::Uuid;

/// `own_id` keeps a contact from being chosen as their own referrer.
#[component]
pub fn RelationFields(form: FormState, own_id: Option<Uuid>) -> impl IntoView {
    let draft = form.draft;
    view! {
        <fieldset>
            <legend>{tr(Msg::RolesLegend)}</legend>
            <RoleChoices name="role"
                chosen=move |role| draft.with(|d| d.roles.contains(&role))
                choose=move |role, on| draft.update(|d| {
                    d.roles.retain(|r| *r != role);
                    if on { d.roles.push(role); }
                })/>
        </fieldset>

        <fieldset>
            <legend>{tr(Msg::ReferredByLabel)}</legend>
            <ContactPicker input_id="referrer-search" label=Msg::FindReferrer
                error_id="referrer-search-error" own_id=own_id
                value=Signal::derive(move || draft.with(|d| d.referred_by))
                on_change=Callback::new(move |id| draft.update(|d| d.referred_by = id))/>
            <ErrorLine form=form field=Field::ReferredBy/>
        </fieldset>
    }
}

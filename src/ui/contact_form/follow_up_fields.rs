//! How often to get in touch, and when a customer usually orders again.

use crate::domain::contacts::draft::{ContactDraft, Field};
use crate::domain::tasks::follow_up::DEFAULT_REORDER_DAYS;
use crate::ui::app_state::tr;
use crate::ui::contact_form::form_state::{ErrorLine, FormState, field_id};
use crate::ui::messages::Msg;
use leptos::prelude::*;

#[component]
pub fn FollowUpFields(form: FormState) -> impl IntoView {
    view! {
        <fieldset>
            <legend>{tr(Msg::FollowUpLegend)}</legend>
            <DaysField form=form field=Field::StayInTouchDays label=Msg::StayInTouchDays placeholder=""
                get=|d| &d.stay_in_touch_days set=|d, v| d.stay_in_touch_days = v/>
            <DaysField form=form field=Field::ReorderAfterDays label=Msg::ReorderAfterDays
                placeholder=DEFAULT_REORDER_DAYS.to_string()
                get=|d| &d.reorder_after_days set=|d, v| d.reorder_after_days = v/>
        </fieldset>
    }
}

/// A number of days, checked with the rest of the form.
#[component]
fn DaysField(
    form: FormState,
    field: Field,
    label: Msg,
    #[prop(into)] placeholder: String,
    get: fn(&ContactDraft) -> &String,
    set: fn(&mut ContactDraft, String),
) -> impl IntoView {
    let draft = form.draft;
    let id = field_id(field);
    let error_id = format!("{id}-error");
    view! {
        <label for=id.clone()>{tr(label)}</label>
        <input id=id inputmode="numeric" aria-describedby=error_id
            aria-invalid=form.invalid(field)
            placeholder=(!placeholder.is_empty()).then_some(placeholder)
            prop:value=move || draft.with(|d| get(d).clone())
            on:input=move |ev| draft.update(|d| set(d, event_target_value(&ev)))/>
        <ErrorLine form=form field=field/>
    }
}

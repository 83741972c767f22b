//! The membership record: join date, the company's member number, and whether the member
//! is inactive.

use crate::domain::team::member_draft::MemberField;
use crate::ui::app_state::tr;
use crate::ui::messages::Msg;
use crate::ui::team::member_form::member_form_state::{MemberErrorLine, MemberFormState};
use leptos::prelude::*;

#[component]
pub fn RecordFields(form: MemberFormState) -> impl IntoView {
    let draft = form.draft;
    view! {
        <label for="member-joined">{tr(Msg::JoinedLabel)}</label>
        <input id="member-joined" type="date" aria-describedby="member-joined-error"
            aria-invalid=form.invalid(MemberField::Joined)
            prop:value=move || draft.with(|d| d.joined.clone())
            on:input=move |ev| { let v = event_target_value(&ev); draft.update(|d| d.joined = v) }/>
        <MemberErrorLine form=form field=MemberField::Joined/>
        <label for="member-number">{tr(Msg::MemberNumberField)}</label>
        <input id="member-number" autocomplete="off" aria-describedby="member-number-error"
            aria-invalid=form.invalid(MemberField::ExternalId)
            prop:value=move || draft.with(|d| d.external_id.clone())
            on:input=move |ev| { let v = event_target_value(&ev); draft.update(|d| d.external_id = v) }/>
        <MemberErrorLine form=form field=MemberField::ExternalId/>
        <label class="choice">
            <input type="checkbox" prop:checked=move || draft.with(|d| d.inactive)
                on:change=move |ev| { let on = event_target_checked(&ev); draft.update(|d| d.inactive = on) }/>
            {tr(Msg::InactiveField)}
        </label>
    }
}

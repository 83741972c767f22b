//! Where the member sits in the team: their sponsor, and their placement with its leg.

use crate::domain::team::member_draft::MemberField;
use crate::ui::app_state::tr;
use crate::ui::messages::Msg;
use crate::ui::team::member_form::member_form_state::{MemberErrorLine, MemberFormState};
use crate::ui::team::member_picker::MemberPicker;
use leptos::prelude::*;
use uuid::Uuid;

/// `editing` is the member being changed, who cannot be their own sponsor or placement.
#[component]
pub fn PlaceFields(form: MemberFormState, editing: Option<Uuid>) -> impl IntoView {
    let draft = form.draft;
    let legs = [
        (None, Msg::NotSet),
        (Some(0), Msg::LegLeft),
        (Some(1), Msg::LegRight),
    ];
    view! {
        <fieldset>
            <legend>{tr(Msg::SponsorLabel)}</legend>
            <MemberPicker input_id="member-sponsor" label=Msg::FindSponsor error_id="member-sponsor-error"
                except=editing
                value=Signal::derive(move || draft.with(|d| d.sponsor))
                on_change=Callback::new(move |id| draft.update(|d| d.sponsor = id))/>
            <MemberErrorLine form=form field=MemberField::Sponsor/>
        </fieldset>
        <fieldset>
            <legend>{tr(Msg::PlacementLabel)}</legend>
            <MemberPicker input_id="member-placement" label=Msg::FindPlacement error_id="member-placement-error"
                except=editing
                value=Signal::derive(move || draft.with(|d| d.placement))
                on_change=Callback::new(move |id| draft.update(|d| d.placement = id))/>
            <MemberErrorLine form=form field=MemberField::Placement/>
            <label for="member-leg">{tr(Msg::LegLabel)}</label>
            <select id="member-leg" on:change=move |ev| {
                let leg = event_target_value(&ev).parse::<u8>().ok();
                draft.update(|d| d.leg = leg);
            }>
                {legs.into_iter().map(|(leg, msg)| view! {
                    <option value=leg.map_or_else(String::new, |l: u8| l.to_string())
                        selected=move || draft.with(|d| d.leg == leg)>{tr(msg)}</option>
                }).collect_view()}
            </select>
        </fieldset>
    }
}

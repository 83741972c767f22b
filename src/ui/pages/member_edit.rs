//! Adding a member by hand, promoting a contact into the team, and changing a member's
//! sponsor, placement, join date, member ID or status. Nothing is written until every
//! field checks out; a wrong field says what is wrong next to it.

use crate::app::open_store::store;
use crate::app::team;
use crate::domain::locale::iso_date::format_date;
use crate::domain::team::member::{Member, MemberStatus};
use crate::domain::team::member_draft::{MemberDraft, MemberField, MemberIssue};
use crate::ui::app_state::{app_state, tr};
use crate::ui::clock::local_clock;
use crate::ui::command::{offer_undo, run};
use crate::ui::contact::contact_picker::ContactPicker;
use crate::ui::focus::focus_by_id;
use crate::ui::messages::Msg;
use crate::ui::navigation::navigate;
use crate::ui::spawn::spawn;
use crate::ui::team::member_picker::MemberPicker;
use crate::ui::team::team_data::{provide_team, root_member};
use crate::ui::team::team_messages::member_problem;
use leptos::prelude::*;
use uuid::Uuid;

fn field_id(field: MemberField) -> &'static str {
    match field {
        MemberField::Name => "member-given",
        MemberField::Sponsor => "member-sponsor",
        MemberField::Placement => "member-placement",
        MemberField::Joined => "member-joined",
        MemberField::ExternalId => "member-number",
    }
}

fn error_id(field: MemberField) -> &'static str {
    match field {
        MemberField::Name => "member-given-error",
        MemberField::Sponsor => "member-sponsor-error",
        MemberField::Placement => "member-placement-error",
        MemberField::Joined => "member-joined-error",
        MemberField::ExternalId => "member-number-error",
    }
}

/// `editing` names the member to change; `contact` the contact to promote.
#[component]
pub fn MemberEditPage(editing: Option<Option<Uuid>>, contact: Option<Uuid>) -> impl IntoView {
    let state = app_state();
    provide_team();
    let existing: Option<Member> = editing.flatten().and_then(|id| team::member(&*store(), id));
    if editing.is_some() && existing.is_none() {
        return view! {
            <p class="back"><a href="/team">{tr(Msg::BackToTeam)}</a></p>
            <p class="card empty-state">{tr(Msg::MemberNotFound)}</p>
        }
        .into_any();
    }
    let today = local_clock().today();
    let draft = RwSignal::new(match &existing {
        Some(m) => MemberDraft {
            contact: Some(m.contact_id),
            sponsor: m.sponsor_id,
            placement: m.placement_parent_id,
            leg: m.placement_leg,
            joined: format_date(m.joined_on),
            external_id: m.external_id.clone().unwrap_or_default(),
            inactive: m.status != MemberStatus::Active,
            ..MemberDraft::default()
        },
        None => MemberDraft {
            contact,
            sponsor: Some(root_member(state)),
            joined: format_date(today),
            ..MemberDraft::default()
        },
    });
    let issues = RwSignal::new(Vec::<MemberIssue>::new());
    let error_line = move |field: MemberField| {
        view! {
            <p id=error_id(field) class="field-error" aria-live="polite">
                {move || issues.with(|all| all.iter().find(|i| i.field == field).map(|i| state.t(member_problem(i.problem))))}
            </p>
        }
    };
    let invalid = move |field: MemberField| {
        move || {
            issues
                .with(|all| all.iter().any(|i| i.field == field))
                .to_string()
        }
    };
    let editing_id = existing.as_ref().map(|m| m.meta.id);
    let is_root = editing_id == Some(root_member(state));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let form = draft.get_untracked();
        let clock = local_clock();
        let checked =
            team::check_member_form(&*store(), &form, editing_id, root_member(state), &clock);
        match checked {
            Err(found) => {
                if let Some(first) = found.first() {
                    focus_by_id(field_id(first.field));
                }
                issues.set(found);
            }
            Ok(change) => {
                issues.set(Vec::new());
                let id = change.member.meta.id;
                let name = team::change_name(&*store(), &change);
                let message = if editing_id.is_some() {
                    Msg::MemberSaved
                } else {
                    Msg::MemberAdded
                };
                spawn(async move {
                    if let Some(undo) =
                        run(state, team::save_member(&*store(), change, &clock)).await
                    {
                        offer_undo(state, message, name, undo);
                        navigate(&format!("/team/{id}"));
                    }
                });
            }
        }
    };
    let title = if existing.is_some() {
        Msg::EditMemberTitle
    } else {
        Msg::NewMemberTitle
    };
    let back = editing_id.map_or_else(|| "/team".to_owned(), |id| format!("/team/{id}"));
    let choosing_person = existing.is_none();
    view! {
        <p class="back"><a href=back>{tr(Msg::Cancel)}</a></p>
        <h1>{tr(title)}</h1>
        <form class="card form" novalidate on:submit=submit data-testid="member-form">
            {move || (!issues.with(Vec::is_empty)).then(|| view! {
                <p class="notice notice--error" role="alert">{tr(Msg::FixMarkedFields)}</p>
            })}
            {choosing_person.then(|| view! {
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
                            aria-invalid=invalid(MemberField::Name)
                            prop:value=move || draft.with(|d| d.given_name.clone())
                            on:input=move |ev| { let v = event_target_value(&ev); draft.update(|d| d.given_name = v) }/>
                        <label for="member-family">{tr(Msg::FamilyName)}</label>
                        <input id="member-family" autocomplete="off"
                            prop:value=move || draft.with(|d| d.family_name.clone())
                            on:input=move |ev| { let v = event_target_value(&ev); draft.update(|d| d.family_name = v) }/>
                    })}
                    {error_line(MemberField::Name)}
                </fieldset>
            })}
            {(!is_root).then(|| view! {
                <fieldset>
                    <legend>{tr(Msg::SponsorLabel)}</legend>
                    <MemberPicker input_id="member-sponsor" label=Msg::FindSponsor error_id="member-sponsor-error"
                        except=editing_id
                        value=Signal::derive(move || draft.with(|d| d.sponsor))
                        on_change=Callback::new(move |id| draft.update(|d| d.sponsor = id))/>
                    {error_line(MemberField::Sponsor)}
                </fieldset>
                <fieldset>
                    <legend>{tr(Msg::PlacementLabel)}</legend>
                    <MemberPicker input_id="member-placement" label=Msg::FindPlacement error_id="member-placement-error"
                        except=editing_id
                        value=Signal::derive(move || draft.with(|d| d.placement))
                        on_change=Callback::new(move |id| draft.update(|d| d.placement = id))/>
                    {error_line(MemberField::Placement)}
                    <label for="member-leg">{tr(Msg::LegLabel)}</label>
                    <select id="member-leg" on:change=move |ev| {
                        let leg = event_target_value(&ev).parse::<u8>().ok();
                        draft.update(|d| d.leg = leg);
                    }>
                        <option value="" selected=move || draft.with(|d| d.leg.is_none())>{tr(Msg::NotSet)}</option>
                        <option value="0" selected=move || draft.with(|d| d.leg == Some(0))>{tr(Msg::LegLeft)}</option>
                        <option value="1" selected=move || draft.with(|d| d.leg == Some(1))>{tr(Msg::LegRight)}</option>
                    </select>
                </fieldset>
            })}
            <label for="member-joined">{tr(Msg::JoinedLabel)}</label>
            <input id="member-joined" type="date" aria-describedby="member-joined-error"
                aria-invalid=invalid(MemberField::Joined)
                prop:value=move || draft.with(|d| d.joined.clone())
                on:input=move |ev| { let v = event_target_value(&ev); draft.update(|d| d.joined = v) }/>
            {error_line(MemberField::Joined)}
            <label for="member-number">{tr(Msg::MemberNumberField)}</label>
            <input id="member-number" autocomplete="off" aria-describedby="member-number-error"
                aria-invalid=invalid(MemberField::ExternalId)
                prop:value=move || draft.with(|d| d.external_id.clone())
                on:input=move |ev| { let v = event_target_value(&ev); draft.update(|d| d.external_id = v) }/>
            {error_line(MemberField::ExternalId)}
            <label class="choice">
                <input type="checkbox" prop:checked=move || draft.with(|d| d.inactive)
                    on:change=move |ev| { let on = event_target_checked(&ev); draft.update(|d| d.inactive = on) }/>
                {tr(Msg::InactiveField)}
            </label>
            <div class="actions">
                <button type="submit" class="button button--primary" data-testid="save-member">{tr(Msg::Save)}</button>
            </div>
        </form>
    }
    .into_any()
}

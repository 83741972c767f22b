//! Adding a member by hand, promoting a contact into the team, and changing a member's
//! sponsor, placement, join date, member ID or status. Nothing is written until every
//! field checks out; a wrong field says what is wrong next to it.

use crate::app::open_store::store;
use crate::app::team;
use crate::domain::locale::iso_date::format_date;
use crate::domain::team::member::{Member, MemberStatus};
use crate::domain::team::member_draft::{MemberDraft, MemberIssue};
use crate::ui::app_state::{app_state, tr};
use crate::ui::clock::local_clock;
use crate::ui::command::{offer_undo, run};
use crate::ui::focus::focus_by_id;
use crate::ui::messages::Msg;
use crate::ui::navigation::navigate;
use crate::ui::spawn::spawn;
use crate::ui::team::member_form::member_form_state::{MemberFormState, field_id};
use crate::ui::team::member_form::person_fields::PersonFields;
use crate::ui::team::member_form::place_fields::PlaceFields;
use crate::ui::team::member_form::record_fields::RecordFields;
use crate::ui::team::team_data::{provide_team, root_member};
use leptos::prelude::*;
use uuid::Uuid;

/// The form's start: the member as stored, or a new member sponsored by the rep and
/// joining today.
fn draft_of(existing: Option<&Member>, contact: Option<Uuid>, root: Uuid) -> MemberDraft {
    match existing {
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
            sponsor: Some(root),
            joined: format_date(local_clock().today()),
            ..MemberDraft::default()
        },
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
    let form = MemberFormState {
        draft: RwSignal::new(draft_of(existing.as_ref(), contact, root_member(state))),
        issues: RwSignal::new(Vec::<MemberIssue>::new()),
    };
    let editing_id = existing.as_ref().map(|m| m.meta.id);
    let is_root = editing_id == Some(root_member(state));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let draft = form.draft.get_untracked();
        let clock = local_clock();
        let checked =
            team::check_member_form(&*store(), &draft, editing_id, root_member(state), &clock);
        match checked {
            Err(found) => {
                if let Some(first) = found.first() {
                    focus_by_id(field_id(first.field));
                }
                form.issues.set(found);
            }
            Ok(change) => {
                form.issues.set(Vec::new());
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
            {move || (!form.issues.with(Vec::is_empty)).then(|| view! {
                <p class="notice notice--error" role="alert">{tr(Msg::FixMarkedFields)}</p>
            })}
            {choosing_person.then(|| view! { <PersonFields form=form/> })}
            {(!is_root).then(|| view! { <PlaceFields form=form editing=editing_id/> })}
            <RecordFields form=form/>
            <div class="actions">
                <button type="submit" class="button button--primary" data-testid="save-member">{tr(Msg::Save)}</button>
            </div>
        </form>
    }
    .into_any()
}

//! What every field of the member form shares: the draft and the problems the last check
//! found, so each field can show its own message next to it.

use crate::domain::team::member_draft::{MemberDraft, MemberField, MemberIssue};
use crate::ui::app_state::app_state;
use crate::ui::team::team_messages::member_problem;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct MemberFormState {
    pub draft: RwSignal<MemberDraft>,
    pub issues: RwSignal<Vec<MemberIssue>>,
}

impl MemberFormState {
    /// `aria-invalid` for the input of `field`.
    pub fn invalid(self, field: MemberField) -> impl Fn() -> String + Copy {
        move || {
            self.issues
                .with(|all| all.iter().any(|i| i.field == field))
                .to_string()
        }
    }
}

/// The id of the input a field's message belongs to, so the first wrong field gets focus.
pub fn field_id(field: MemberField) -> &'static str {
    match field {
        MemberField::Name => "member-given",
        MemberField::Sponsor => "member-sponsor",
        MemberField::Placement => "member-placement",
        MemberField::Joined => "member-joined",
        MemberField::ExternalId => "member-number",
    }
}

pub fn error_id(field: MemberField) -> &'static str {
    match field {
        MemberField::Name => "member-given-error",
        MemberField::Sponsor => "member-sponsor-error",
        MemberField::Placement => "member-placement-error",
        MemberField::Joined => "member-joined-error",
        MemberField::ExternalId => "member-number-error",
    }
}

/// The line under a field where its message appears, read aloud when it changes.
#[component]
pub fn MemberErrorLine(form: MemberFormState, field: MemberField) -> impl IntoView {
    let state = app_state();
    let issues = form.issues;
    view! {
        <p id=error_id(field) class="field-error" aria-live="polite">
            {move || issues.with(|all| all.iter().find(|i| i.field == field).map(|i| state.t(member_problem(i.problem))))}
        </p>
    }
}

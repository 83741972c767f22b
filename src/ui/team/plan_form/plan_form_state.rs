//! What every field of the plan form shares: the draft, the problems the last check found,
//! and a text field that edits one of the plan's or one rank's texts.

use crate::domain::team::plan::PlanKind;
use crate::domain::team::plan_draft::{PlanDraft, PlanField, PlanIssue, RankDraft};
use crate::ui::app_state::{app_state, tr};
use crate::ui::messages::Msg;
use crate::ui::team::team_messages::plan_problem;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct PlanFormState {
    pub draft: RwSignal<PlanDraft>,
    pub issues: RwSignal<Vec<PlanIssue>>,
    /// The plan's kind on its own, so switching it redraws only what depends on it.
    pub kind: Memo<PlanKind>,
}

impl PlanFormState {
    pub fn new(draft: PlanDraft) -> Self {
        let draft = RwSignal::new(draft);
        PlanFormState {
            draft,
            issues: RwSignal::new(Vec::new()),
            kind: Memo::new(move |_| draft.with(|d| d.kind)),
        }
    }

    fn problem(self, rank: Option<usize>, field: PlanField) -> Option<Msg> {
        self.issues.with(|all| {
            all.iter()
                .find(|i| i.rank == rank && i.field == field)
                .map(|i| plan_problem(i.problem))
        })
    }
}

/// The id of a field's input, so the first wrong field gets focus.
pub fn field_id(rank: Option<usize>, field: PlanField) -> String {
    let name = match field {
        PlanField::ActiveFrom => "active-from",
        PlanField::GroupLevels => "group-levels",
        PlanField::Ladder => "add-rank",
        PlanField::Name => "name",
        PlanField::MinPersonal => "pv",
        PlanField::MinGroup => "gv",
        PlanField::MinActiveLegs => "legs",
        PlanField::MinSponsoredActive => "sponsored",
        PlanField::MaxLegPercent => "max-leg",
    };
    match rank {
        Some(at) => format!("rank-{at}-{name}"),
        None => format!("plan-{name}"),
    }
}

pub type RankText = fn(&mut RankDraft) -> &mut String;
pub type PlanText = fn(&mut PlanDraft) -> &mut String;

/// The text a field edits: one of the plan's, or one of a rank's.
#[derive(Clone, Copy)]
pub enum Text {
    Plan(PlanText),
    Rank(usize, RankText),
}

impl Text {
    fn rank(self) -> Option<usize> {
        match self {
            Text::Plan(_) => None,
            Text::Rank(at, _) => Some(at),
        }
    }

    fn of(self, draft: &mut PlanDraft) -> Option<&mut String> {
        match self {
            Text::Plan(get) => Some(get(draft)),
            Text::Rank(at, get) => draft.ranks.get_mut(at).map(get),
        }
    }
}

/// The line under a field where its message appears, read aloud when it changes.
#[component]
pub fn PlanErrorLine(form: PlanFormState, rank: Option<usize>, field: PlanField) -> impl IntoView {
    let state = app_state();
    view! {
        <p id=format!("{}-error", field_id(rank, field)) class="field-error" aria-live="polite">
            {move || form.problem(rank, field).map(|msg| state.t(msg))}
        </p>
    }
}

#[component]
pub fn PlanTextField(
    form: PlanFormState,
    text: Text,
    field: PlanField,
    label: Msg,
) -> impl IntoView {
    let draft = form.draft;
    let rank = text.rank();
    let id = field_id(rank, field);
    view! {
        <div class="plan-field">
            <label for=id.clone()>{tr(label)}</label>
            <input id=id.clone() autocomplete="off" aria-describedby=format!("{id}-error")
                aria-invalid=move || form.problem(rank, field).is_some().to_string()
                prop:value=move || draft.with(|d| text.of(&mut d.clone()).cloned().unwrap_or_default())
                on:input=move |ev| {
                    let typed = event_target_value(&ev);
                    draft.update(|d| if let Some(slot) = text.of(d) { *slot = typed });
                }/>
            <PlanErrorLine form=form rank=rank field=field/>
        </div>
    }
}

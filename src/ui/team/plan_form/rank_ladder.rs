//! The rank ladder: one set of rules per rank, in order, added and removed one by one.

use crate::domain::team::plan::PlanKind;
use crate::domain::team::plan_draft::{PlanField, RankDraft};
use crate::ui::app_state::{app_state, tr};
use crate::ui::messages::Msg;
use crate::ui::team::plan_form::plan_form_state::{
    PlanErrorLine, PlanFormState, PlanTextField, RankText, Text,
};
use leptos::prelude::*;

const RANK_FIELDS: [(PlanField, Msg, RankText); 6] = [
    (PlanField::Name, Msg::RankName, |r| &mut r.name),
    (PlanField::MinPersonal, Msg::MinPv, |r| &mut r.min_personal),
    (PlanField::MinGroup, Msg::MinGv, |r| &mut r.min_group),
    (PlanField::MinActiveLegs, Msg::MinActiveLegs, |r| {
        &mut r.min_active_legs
    }),
    (PlanField::MinSponsoredActive, Msg::MinSponsored, |r| {
        &mut r.min_sponsored_active
    }),
    (PlanField::MaxLegPercent, Msg::MaxLegShare, |r| {
        &mut r.max_leg_percent
    }),
];

#[component]
pub fn RankLadder(form: PlanFormState) -> impl IntoView {
    let state = app_state();
    let PlanFormState {
        draft,
        issues,
        kind,
    } = form;
    let rank_count = Memo::new(move |_| draft.with(|d| d.ranks.len()));
    view! {
        <h2>{tr(Msg::LadderHeading)}</h2>
        {move || (0..rank_count.get()).map(|at| view! {
            <fieldset class="rank-rule" data-testid="rank-rule">
                <legend>{move || state.t_with(Msg::RankNumber, &[&(at + 1).to_string()])}</legend>
                // A binary plan counts the weaker leg, so it has no share per leg.
                {move || RANK_FIELDS.into_iter()
                    .filter(|(field, _, _)| kind.get() != PlanKind::Binary || *field != PlanField::MaxLegPercent)
                    .map(|(field, label, get)| view! { <PlanTextField form=form text=Text::Rank(at, get) field=field label=label/> })
                    .collect_view()}
                <button type="button" class="button button--quiet" on:click=move |_| { issues.set(Vec::new()); draft.update(|d| d.remove_rank(at)); }>{tr(Msg::Remove)}</button>
            </fieldset>
        }).collect_view()}
        <PlanErrorLine form=form rank=None field=PlanField::Ladder/>
    }
}

/// The button that adds a rank at the end of the ladder.
#[component]
pub fn AddRankButton(form: PlanFormState) -> impl IntoView {
    let draft = form.draft;
    view! {
        <button type="button" class="button" id="plan-add-rank" on:click=move |_| draft.update(|d| d.ranks.push(RankDraft::default()))>{tr(Msg::AddRank)}</button>
    }
}

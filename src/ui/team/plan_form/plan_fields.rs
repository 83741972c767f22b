//! The plan's own rules: its kind, what makes a member active, how many levels group
//! volume counts (not in a binary plan) and the breakaway rank (a stairstep plan only).

use crate::domain::team::plan::PlanKind;
use crate::domain::team::plan_draft::PlanField;
use crate::ui::app_state::tr;
use crate::ui::messages::Msg;
use crate::ui::team::plan_form::plan_form_state::{PlanFormState, PlanTextField, Text};
use crate::ui::team::team_messages::plan_kind;
use crate::ui::value_names;
use leptos::prelude::*;

#[component]
pub fn PlanFields(form: PlanFormState) -> impl IntoView {
    let PlanFormState { draft, kind, .. } = form;
    view! {
        <label for="plan-kind">{tr(Msg::PlanKindLabel)}</label>
        <select id="plan-kind" on:change=move |ev| {
            if let Some(chosen) = value_names::chosen(&PlanKind::ALL, &event_target_value(&ev)) { draft.update(|d| d.kind = chosen) }
        }>
            {PlanKind::ALL.into_iter().enumerate().map(|(i, k)| view! {
                <option value=i.to_string() selected=move || kind.get() == k>{tr(plan_kind(k))}</option>
            }).collect_view()}
        </select>
        <PlanTextField form=form text=Text::Plan(|d| &mut d.active_from) field=PlanField::ActiveFrom label=Msg::ActiveFrom/>
        {move || (kind.get() != PlanKind::Binary).then(|| view! {
            <PlanTextField form=form text=Text::Plan(|d| &mut d.group_levels) field=PlanField::GroupLevels label=Msg::GroupLevels/>
        })}
        {move || (kind.get() == PlanKind::Stairstep).then(|| view! {
            <label for="plan-breakaway">{tr(Msg::BreakawayRank)}</label>
            <select id="plan-breakaway" on:change=move |ev| {
                let at = event_target_value(&ev).parse::<usize>().ok();
                draft.update(|d| d.breakaway_rank = at);
            }>
                <option value="" selected=move || draft.with(|d| d.breakaway_rank.is_none())>{tr(Msg::NotSet)}</option>
                {move || draft.with(|d| d.ranks.iter().map(|r| r.name.clone()).collect::<Vec<_>>()).into_iter().enumerate().map(|(at, name)| view! {
                    <option value=at.to_string() selected=move || draft.with(|d| d.breakaway_rank == Some(at))>{name}</option>
                }).collect_view()}
            </select>
        })}
    }
}

//! The compensation plan: plan type, what makes a member active, how many levels GV
//! counts, and the rank ladder with each rank's rules. Two presets start the rep off.

use crate::app::open_store::store;
use crate::domain::team::plan::{CompPlan, PlanKind};
use crate::domain::team::plan_draft::{PlanDraft, PlanField, PlanIssue, RankDraft};
use crate::ui::app_state::{app_state, tr};
use crate::ui::focus::focus_by_id;
use crate::ui::messages::Msg;
use crate::ui::spawn::spawn;
use crate::ui::team::team_data::{current_plan, plan_unreadable_notice};
use crate::ui::team::team_messages::{plan_kind, plan_problem};
use crate::ui::value_names;
use leptos::prelude::*;

fn field_id(rank: Option<usize>, field: PlanField) -> String {
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

type RankText = fn(&mut RankDraft) -> &mut String;
type PlanText = fn(&mut PlanDraft) -> &mut String;

/// The text a field edits: one of the plan's, or one of a rank's.
#[derive(Clone, Copy)]
enum Text {
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
pub fn PlanSettingsPage() -> impl IntoView {
    let state = app_state();
    let draft = RwSignal::new(PlanDraft::of(
        &current_plan(state),
        state.lang.get_untracked(),
    ));
    let issues = RwSignal::new(Vec::<PlanIssue>::new());
    let status = RwSignal::new(None::<Msg>);
    let problem = move |rank: Option<usize>, field: PlanField| {
        issues.with(|all| {
            all.iter()
                .find(|i| i.rank == rank && i.field == field)
                .map(|i| plan_problem(i.problem))
        })
    };
    let error_line = move |rank: Option<usize>, field: PlanField| {
        view! {
            <p id=format!("{}-error", field_id(rank, field)) class="field-error" aria-live="polite">
                {move || problem(rank, field).map(|msg| state.t(msg))}
            </p>
        }
    };
    let text_field = move |text: Text, field: PlanField, label: Msg| {
        let rank = text.rank();
        let id = field_id(rank, field);
        view! {
            <div class="plan-field">
                <label for=id.clone()>{tr(label)}</label>
                <input id=id.clone() autocomplete="off" aria-describedby=format!("{id}-error")
                    aria-invalid=move || problem(rank, field).is_some().to_string()
                    prop:value=move || draft.with(|d| text.of(&mut d.clone()).cloned().unwrap_or_default())
                    on:input=move |ev| {
                        let typed = event_target_value(&ev);
                        draft.update(|d| if let Some(slot) = text.of(d) { *slot = typed });
                    }/>
                {error_line(rank, field)}
            </div>
        }
    };
    let rank_count = Memo::new(move |_| draft.with(|d| d.ranks.len()));
    let load = move |plan: CompPlan| {
        draft.set(PlanDraft::of(&plan, state.lang.get_untracked()));
        issues.set(Vec::new());
        status.set(Some(Msg::PresetLoaded));
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match draft.get_untracked().check() {
            Err(found) => {
                if let Some(first) = found.first() {
                    focus_by_id(&field_id(first.rank, first.field));
                }
                issues.set(found);
                status.set(None);
            }
            Ok(plan) => {
                issues.set(Vec::new());
                spawn(async move {
                    match crate::app::team::save_plan(&*store(), plan).await {
                        Ok(()) => {
                            state.data_changed();
                            status.set(Some(Msg::PlanSaved));
                        }
                        Err(error) => state.error.set(Some(error)),
                    }
                });
            }
        }
    };
    let kind_memo = Memo::new(move |_| draft.with(|d| d.kind));
    let kind = move || kind_memo.get();
    view! {
        <p class="back"><a href="/team">{tr(Msg::BackToTeam)}</a></p>
        <h1>{tr(Msg::PlanLink)}</h1>
        <p>{tr(Msg::PlanIntro)}</p>
        {plan_unreadable_notice()}
        <div class="actions">
            <button type="button" class="button" data-testid="load-unilevel" on:click=move |_| load(CompPlan::unilevel_preset(state.lang.get_untracked()))>{tr(Msg::LoadUnilevel)}</button>
            <button type="button" class="button" data-testid="load-binary" on:click=move |_| load(CompPlan::binary_preset(state.lang.get_untracked()))>{tr(Msg::LoadBinary)}</button>
        </div>
        <form class="card form" novalidate on:submit=submit data-testid="plan-form">
            {move || (!issues.with(Vec::is_empty)).then(|| view! {
                <p class="notice notice--error" role="alert">{tr(Msg::FixMarkedFields)}</p>
            })}
            <label for="plan-kind">{tr(Msg::PlanKindLabel)}</label>
            <select id="plan-kind" on:change=move |ev| {
                if let Some(chosen) = value_names::chosen(&PlanKind::ALL, &event_target_value(&ev)) { draft.update(|d| d.kind = chosen) }
            }>
                {PlanKind::ALL.into_iter().enumerate().map(|(i, k)| view! {
                    <option value=i.to_string() selected=move || kind() == k>{tr(plan_kind(k))}</option>
                }).collect_view()}
            </select>
            {text_field(Text::Plan(|d| &mut d.active_from), PlanField::ActiveFrom, Msg::ActiveFrom)}
            {move || (kind() != PlanKind::Binary).then(|| text_field(Text::Plan(|d| &mut d.group_levels), PlanField::GroupLevels, Msg::GroupLevels))}
            {move || (kind() == PlanKind::Stairstep).then(|| view! {
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
            <h2>{tr(Msg::LadderHeading)}</h2>
            {move || (0..rank_count.get()).map(|at| view! {
                <fieldset class="rank-rule" data-testid="rank-rule">
                    <legend>{move || state.t_with(Msg::RankNumber, &[&(at + 1).to_string()])}</legend>
                    // A binary plan counts the weaker leg, so it has no share per leg.
                    {move || RANK_FIELDS.into_iter()
                        .filter(|(field, _, _)| kind() != PlanKind::Binary || *field != PlanField::MaxLegPercent)
                        .map(|(field, label, get)| text_field(Text::Rank(at, get), field, label)).collect_view()}
                    <button type="button" class="button button--quiet" on:click=move |_| { issues.set(Vec::new()); draft.update(|d| d.remove_rank(at)); }>{tr(Msg::Remove)}</button>
                </fieldset>
            }).collect_view()}
            {error_line(None, PlanField::Ladder)}
            <div class="actions">
                <button type="button" class="button" id="plan-add-rank" on:click=move |_| draft.update(|d| d.ranks.push(RankDraft::default()))>{tr(Msg::AddRank)}</button>
                <button type="submit" class="button button--primary" data-testid="save-plan">{tr(Msg::Save)}</button>
            </div>
            <p role="status" data-testid="plan-status">{move || status.get().map(|msg| state.t(msg))}</p>
        </form>
    }
}

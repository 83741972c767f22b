//! The compensation plan: plan type, what makes a member active, how many levels GV
//! counts, and the rank ladder with each rank's rules. Two presets start the rep off.

use crate::app::open_store::store;
use crate::app::team;
use crate::domain::team::plan::CompPlan;
use crate::domain::team::plan_draft::PlanDraft;
use crate::ui::app_state::{app_state, tr};
use crate::ui::focus::focus_by_id;
use crate::ui::messages::Msg;
use crate::ui::spawn::spawn;
use crate::ui::team::plan_form::plan_fields::PlanFields;
use crate::ui::team::plan_form::plan_form_state::{PlanFormState, field_id};
use crate::ui::team::plan_form::rank_ladder::{AddRankButton, RankLadder};
use crate::ui::team::team_data::{current_plan, plan_unreadable_notice};
use leptos::prelude::*;

#[component]
pub fn PlanSettingsPage() -> impl IntoView {
    let state = app_state();
    let form = PlanFormState::new(PlanDraft::of(
        &current_plan(state),
        state.lang.get_untracked(),
    ));
    let PlanFormState { draft, issues, .. } = form;
    let status = RwSignal::new(None::<Msg>);
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
                    match team::save_plan(&*store(), plan).await {
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
            <PlanFields form=form/>
            <RankLadder form=form/>
            <div class="actions">
                <AddRankButton form=form/>
                <button type="submit" class="button button--primary" data-testid="save-plan">{tr(Msg::Save)}</button>
            </div>
            <p role="status" data-testid="plan-status">{move || status.get().map(|msg| state.t(msg))}</p>
        </form>
    }
}

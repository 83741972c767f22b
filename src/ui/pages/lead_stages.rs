//! The rep's stages for each kind of lead (rename, reorder, remove with a place for the
//! leads in it, add) and the reasons for losing a lead. Every change is saved at once
//! and can be undone.

use crate::app::lead_stages::{ReasonEdit, StageEdit, edit_reasons, edit_stages, lead_settings};
use crate::app::open_store::store;
use crate::domain::leads::lead::LeadKind;
use crate::domain::leads::lead_settings::ReasonEditError;
use crate::domain::leads::stage_edits::StageEditError;
use crate::domain::leads::stages::{StageOutcome, outcome_of};
use crate::ui::app_state::{AppState, app_state, tr};
use crate::ui::clock::local_clock;
use crate::ui::command::{offer_undo, run};
use crate::ui::leads::lost_form::reason_name;
use crate::ui::messages::Msg;
use crate::ui::pages::leads::stage_name;
use crate::ui::spawn::spawn;
use crate::ui::value_names;
use leptos::prelude::*;
use uuid::Uuid;

fn stage_problem(problem: &StageEditError) -> Msg {
    match problem {
        StageEditError::EmptyName => Msg::ProblemStageEmpty,
        StageEditError::NameTaken(_) => Msg::ProblemStageTaken,
        StageEditError::LastOpenStage => Msg::ProblemStageLast,
        StageEditError::ClosingStage
        | StageEditError::UnknownStage
        | StageEditError::NoPlaceForLeads => Msg::ProblemStageClosing,
    }
}

/// Saves a stage edit; a refusal shows in `problem`.
fn save_stage(state: AppState, kind: LeadKind, edit: StageEdit, problem: RwSignal<Option<Msg>>) {
    spawn(async move {
        let clock = local_clock();
        let shown = |stage| state.t(value_names::standard_stage(stage)).to_string();
        match run(state, edit_stages(&*store(), kind, edit, &shown, &clock)).await {
            Some(Ok(undo)) => {
                problem.set(None);
                offer_undo(state, Msg::StagesSaved, String::new(), undo);
            }
            Some(Err(refused)) => problem.set(Some(stage_problem(&refused))),
            None => {}
        }
    });
}

#[component]
pub fn LeadStagesPage() -> impl IntoView {
    view! {
        <p class="back"><a href="/leads">{tr(Msg::BackToLeads)}</a></p>
        <h1>{tr(Msg::StagesTitle)}</h1>
        <KindStages kind=LeadKind::Sale label=Msg::LeadKindSale/>
        <KindStages kind=LeadKind::Recruit label=Msg::LeadKindRecruit/>
        <LostReasons/>
    }
}

#[component]
fn KindStages(kind: LeadKind, label: Msg) -> impl IntoView {
    let state = app_state();
    let stages = Memo::new(move |_| {
        state.revision.track();
        state.lang.track();
        lead_settings(&*store())
            .pipeline(kind)
            .board()
            .map(|s| (s.id, stage_name(state, &s.name)))
            .collect::<Vec<_>>()
    });
    let problem = RwSignal::new(None::<Msg>);
    let removing = RwSignal::new(None::<Uuid>);
    let new_name = RwSignal::new(String::new());
    let prefix = format!("{kind:?}").to_lowercase();
    let error_id = format!("{prefix}-stages-error");
    let add_id = format!("{prefix}-new-stage");
    view! {
        <section class="card" data-testid=format!("{prefix}-stages")>
            <h2>{move || state.t_with(Msg::StagesOf, &[state.t(label)])}</h2>
            <p id=error_id.clone() class="field-error" aria-live="polite">{move || problem.get().map(|p| state.t(p))}</p>
            <ol class="stage-list">
                {move || {
                    let all = stages.get();
                    let open_count = all.iter().filter(|(id, _)| outcome_of(kind, *id) == StageOutcome::Open).count();
                    all.iter().enumerate().map(|(at, (id, name))| {
                        let (id, name) = (*id, name.clone());
                        let open = outcome_of(kind, id) == StageOutcome::Open;
                        let typed = RwSignal::new(name.clone());
                        let input_id = format!("stage-{id}");
                        let targets: Vec<(Uuid, String)> = all.iter().filter(|(t, _)| *t != id).cloned().collect();
                        let target = RwSignal::new(targets.first().map(|(t, _)| *t));
                        let rename = move |ev: leptos::ev::SubmitEvent| {
                            ev.prevent_default();
                            save_stage(state, kind, StageEdit::Rename { stage: id, name: typed.get_untracked() }, problem);
                        };
                        view! {
                            <li data-testid="stage-row">
                                <form class="stage-row" on:submit=rename>
                                    <label class="visually-hidden" for=input_id.clone()>{state.t_with(Msg::StageNameLabel, &[&name])}</label>
                                    <input id=input_id type="text" maxlength="40" prop:value=move || typed.get()
                                        on:input=move |ev| typed.set(event_target_value(&ev))/>
                                    <button type="submit" class="button">{tr(Msg::RenameStage)}</button>
                                    {open.then(|| view! {
                                        <button type="button" class="button button--quiet" disabled={at == 0}
                                            aria-label=state.t_with(Msg::MoveStageUp, &[&name])
                                            on:click=move |_| save_stage(state, kind, StageEdit::Move { stage: id, position: at.saturating_sub(1) }, problem)>"↑"</button>
                                        <button type="button" class="button button--quiet" disabled={at + 1 >= open_count}
                                            aria-label=state.t_with(Msg::MoveStageDown, &[&name])
                                            on:click=move |_| save_stage(state, kind, StageEdit::Move { stage: id, position: at + 1 }, problem)>"↓"</button>
                                        <button type="button" class="button button--quiet" data-testid="remove-stage"
                                            aria-expanded=move || (removing.get() == Some(id)).to_string()
                                            on:click=move |_| removing.update(|r| *r = if *r == Some(id) { None } else { Some(id) })>
                                            {tr(Msg::RemoveStage)}
                                        </button>
                                    })}
                                </form>
                                {move || (removing.get() == Some(id)).then(|| {
                                    let select_id = format!("remove-into-{id}");
                                    let options = targets.clone();
                                    let name = name.clone();
                                    view! {
                                        <div class="stage-remove">
                                            <label for=select_id.clone()>{state.t_with(Msg::RemoveStageInto, &[&name])}</label>
                                            <select id=select_id on:change=move |ev| target.set(Uuid::parse_str(&event_target_value(&ev)).ok())>
                                                {options.into_iter().map(|(t, n)| view! { <option value=t.to_string()>{n}</option> }).collect_view()}
                                            </select>
                                            <button type="button" class="button button--danger" data-testid="confirm-remove-stage"
                                                on:click=move |_| {
                                                    if let Some(leads_to) = target.get_untracked() {
                                                        removing.set(None);
                                                        save_stage(state, kind, StageEdit::Remove { stage: id, leads_to }, problem);
                                                    }
                                                }>{tr(Msg::ConfirmRemoveStage)}</button>
                                        </div>
                                    }
                                })}
                            </li>
                        }
                    }).collect_view()
                }}
            </ol>
            <form class="stage-row" on:submit=move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                let position = stages.with_untracked(|all| all.iter().filter(|(id, _)| outcome_of(kind, *id) == StageOutcome::Open).count());
                save_stage(state, kind, StageEdit::Add { name: new_name.get_untracked(), position }, problem);
                new_name.set(String::new());
            }>
                <label for=add_id.clone()>{tr(Msg::NewStageLabel)}</label>
                <input id=add_id type="text" maxlength="40" aria-describedby=error_id
                    prop:value=move || new_name.get() on:input=move |ev| new_name.set(event_target_value(&ev))/>
                <button type="submit" class="button" data-testid=format!("{prefix}-add-stage")>{tr(Msg::AddStage)}</button>
            </form>
        </section>
    }
}

#[component]
fn LostReasons() -> impl IntoView {
    let state = app_state();
    let reasons = Memo::new(move |_| {
        state.revision.track();
        state.lang.track();
        lead_settings(&*store())
            .lost_reasons
            .iter()
            .map(|r| reason_name(state, r))
            .collect::<Vec<_>>()
    });
    let problem = RwSignal::new(None::<Msg>);
    let new_reason = RwSignal::new(String::new());
    let save = move |edit: ReasonEdit| {
        spawn(async move {
            let clock = local_clock();
            match run(state, edit_reasons(&*store(), edit, &clock)).await {
                Some(Ok(undo)) => {
                    problem.set(None);
                    offer_undo(state, Msg::ReasonsSaved, String::new(), undo);
                }
                Some(Err(ReasonEditError::EmptyName)) => problem.set(Some(Msg::ProblemStageEmpty)),
                Some(Err(ReasonEditError::NameTaken(_))) => {
                    problem.set(Some(Msg::ProblemStageTaken))
                }
                None => {}
            }
        });
    };
    view! {
        <section class="card" data-testid="lost-reasons">
            <h2>{tr(Msg::LostReasonsHeading)}</h2>
            <ul class="stage-list">
                {move || reasons.get().into_iter().enumerate().map(|(at, name)| view! {
                    <li class="stage-row">
                        <span>{name.clone()}</span>
                        <button type="button" class="button button--quiet"
                            aria-label=state.t_with(Msg::RemoveReason, &[&name])
                            on:click=move |_| save(ReasonEdit::Remove(at))>"✕"</button>
                    </li>
                }).collect_view()}
            </ul>
            <p id="new-reason-error" class="field-error" aria-live="polite">{move || problem.get().map(|p| state.t(p))}</p>
            <form class="stage-row" on:submit=move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                save(ReasonEdit::Add(new_reason.get_untracked()));
                new_reason.set(String::new());
            }>
                <label for="new-reason">{tr(Msg::NewReasonLabel)}</label>
                <input id="new-reason" type="text" maxlength="60" aria-describedby="new-reason-error"
                    prop:value=move || new_reason.get() on:input=move |ev| new_reason.set(event_target_value(&ev))/>
                <button type="submit" class="button" data-testid="add-reason">{tr(Msg::AddReason)}</button>
            </form>
        </section>
    }
}

//! The builder's saved audiences: choose one to fill the conditions with its rule, save
//! the conditions under a name, delete one. Each is shown with how many contacts it
//! matches today.

use crate::app::open_store::store;
use crate::app::saved_segments::{delete_segment, save_segment, saved_segment_choices};
use crate::domain::campaigns::campaign_form::CampaignForm;
use crate::domain::campaigns::saved_segment::{MAX_NAME_CHARS, SegmentNameProblem};
use crate::domain::campaigns::segment_form::SegmentForm;
use crate::ui::app_state::{app_state, tr};
use crate::ui::campaigns::audience_facts::AudienceFactsAfterPaint;
use crate::ui::clock::local_clock;
use crate::ui::command::{offer_undo, run};
use crate::ui::messages::{Counted, Msg};
use crate::ui::spawn::spawn;
use leptos::prelude::*;
use uuid::Uuid;

/// Why the name field is marked: a problem with the name, or rows that do not check.
#[derive(Clone, Copy, PartialEq, Eq)]
enum SaveProblem {
    Name(SegmentNameProblem),
    Rows,
}

fn problem_text(problem: SaveProblem) -> Msg {
    match problem {
        SaveProblem::Name(SegmentNameProblem::Empty) => Msg::ProblemSegmentNameEmpty,
        SaveProblem::Name(SegmentNameProblem::TooLong) => Msg::ProblemSegmentNameLong,
        SaveProblem::Name(SegmentNameProblem::Taken) => Msg::ProblemSegmentNameTaken,
        SaveProblem::Rows => Msg::ProblemSegmentRows,
    }
}

#[component]
pub fn SavedSegmentPicker(
    form: RwSignal<CampaignForm>,
    facts: AudienceFactsAfterPaint,
) -> impl IntoView {
    let state = app_state();
    let choices = Memo::new(move |_| {
        state.revision.track();
        facts.with(|facts| {
            facts
                .as_ref()
                .map(|facts| saved_segment_choices(&*store(), facts))
                .unwrap_or_default()
        })
    });
    let chosen = RwSignal::new(None::<Uuid>);
    let used = RwSignal::new(None::<String>);
    let name = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<SaveProblem>);
    let chosen_one = move || {
        let id = chosen.get()?;
        choices.with(|all| all.iter().find(|c| c.id == id).cloned())
    };
    let use_chosen = move |_| {
        if let Some(choice) = chosen_one() {
            form.update(|f| f.segment = SegmentForm::of(&choice.segment));
            used.set(Some(choice.name));
        }
    };
    let delete_chosen = move |_| {
        let Some(choice) = chosen_one() else { return };
        spawn(async move {
            let (store, clock) = (store(), local_clock());
            if let Some(Some(undo)) = run(state, delete_segment(&*store, choice.id, &clock)).await {
                chosen.set(None);
                offer_undo(state, Msg::SegmentDeleted, choice.name, undo);
            }
        });
    };
    let save = move |_| {
        let Ok(segment) = form.with_untracked(|f| f.segment.check()) else {
            problem.set(Some(SaveProblem::Rows));
            return;
        };
        let typed = name.get_untracked();
        spawn(async move {
            let (store, clock) = (store(), local_clock());
            match run(state, save_segment(&*store, &typed, segment, &clock)).await {
                Some(Ok((id, undo))) => {
                    problem.set(None);
                    name.set(String::new());
                    chosen.set(Some(id));
                    offer_undo(state, Msg::SegmentSaved, typed.trim().to_string(), undo);
                }
                Some(Err(wrong)) => problem.set(Some(SaveProblem::Name(wrong))),
                None => {}
            }
        });
    };
    view! {
        <div class="saved-segments" data-testid="saved-segments">
            {move || (!choices.with(Vec::is_empty)).then(|| view! {
                <label for="saved-segment">{tr(Msg::SavedSegmentsLabel)}</label>
                <div class="saved-segments__row">
                    <select id="saved-segment" data-testid="saved-segment"
                        on:change=move |ev| chosen.set(Uuid::parse_str(&event_target_value(&ev)).ok())>
                        <option value="" selected=move || chosen.get().is_none()>{tr(Msg::SavedSegmentNone)}</option>
                        {choices.get().into_iter().map(|choice| {
                            let count = state.count(Counted::Contacts, choice.matching);
                            let id = choice.id;
                            view! {
                                <option value=id.to_string() selected=move || chosen.get() == Some(id)>
                                    {state.t_with(Msg::SavedSegmentOption, &[&choice.name, &count])}
                                </option>
                            }
                        }).collect_view()}
                    </select>
                    <button type="button" class="button" data-testid="use-saved-segment"
                        disabled=move || chosen.get().is_none() on:click=use_chosen>
                        {tr(Msg::UseSavedSegment)}
                    </button>
                    <button type="button" class="button button--quiet" data-testid="delete-saved-segment"
                        aria-label=move || state.t(Msg::DeleteSavedSegment)
                        disabled=move || chosen.get().is_none() on:click=delete_chosen>
                        "×"
                    </button>
                </div>
            })}
            <p class="muted" role="status" data-testid="saved-segment-used">
                {move || used.get().map(|n| state.t_with(Msg::SavedSegmentUsed, &[&n]))}
            </p>
            <label for="segment-name">{tr(Msg::SaveSegmentAsLabel)}</label>
            <div class="saved-segments__row">
                <input id="segment-name" type="text" maxlength=MAX_NAME_CHARS.to_string() data-testid="segment-name"
                    aria-describedby="segment-name-error"
                    aria-invalid=move || problem.get().is_some().to_string()
                    prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
                <button type="button" class="button" data-testid="save-segment" on:click=save>
                    {tr(Msg::SaveSegment)}
                </button>
            </div>
            <p id="segment-name-error" class="field-error" aria-live="polite">
                {move || problem.get().map(|p| state.t(problem_text(p)))}
            </p>
        </div>
    }
}

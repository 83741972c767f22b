//! What a team list would do: how many lines, new and known members, the lines matched
//! to members added by hand, every problem with its line, and the buttons that import
//! the whole list (only when all of it is valid) or only its valid lines.

use crate::app::team_list::{ListProblem, TeamListPreview};
use crate::ui::app_state::{app_state, tr};
use crate::ui::messages::{Counted, Msg};
use crate::ui::team::team_messages::{cell_problem, tree_problem};
use leptos::prelude::*;

#[component]
pub fn TeamListPreviewCard(
    preview: TeamListPreview,
    busy: RwSignal<bool>,
    import: impl Fn(bool) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let state = app_state();
    let lang = state.lang.get_untracked();
    let TeamListPreview {
        rows,
        known,
        matched_by_name,
        problems,
        check,
    } = preview;
    let importable = check.importable_lines.len();
    let all_valid = problems.is_empty();
    let problems = problems
        .iter()
        .map(|problem| match problem {
            ListProblem::Cell(problem) => cell_problem(state, problem),
            ListProblem::Tree(problem) => tree_problem(state, problem),
        })
        .map(|text| view! { <li>{text}</li> })
        .collect_view();
    view! {
        <section class="card" data-testid="team-preview">
            <p data-testid="team-counts">{state.t_with(Msg::TeamRows, &[
                &state.count(Counted::Lines, rows),
                &state.count(Counted::NewMembers, rows.saturating_sub(known)),
                &lang.format_integer(known as i64),
            ])}</p>
            {(!matched_by_name.is_empty()).then(|| view! {
                <ul class="import-list" data-testid="team-matched-by-name">
                    {matched_by_name.iter().map(|(line, name)| view! {
                        <li>{state.t_with(Msg::MatchedByName, &[&line.to_string(), name])}</li>
                    }).collect_view()}
                </ul>
            })}
            {(!all_valid).then(|| view! {
                <h2>{tr(Msg::ImportProblems)}</h2>
                <ul class="import-list" data-testid="team-problems">{problems}</ul>
                {(check.waiting > 0).then(|| view! {
                    <p class="muted">{state.count(Counted::UnderRefused, check.waiting)}</p>
                })}
            })}
            <div class="actions">
                <button type="button" class="button button--primary" data-testid="import-all-rows"
                    disabled=move || !all_valid || busy.get() on:click=move |_| import(false)>
                    {state.count(Counted::ImportAllRows, rows)}
                </button>
                {(!all_valid && importable > 0).then(|| view! {
                    <button type="button" class="button" data-testid="import-valid-rows"
                        disabled=move || busy.get() on:click=move |_| import(true)>
                        {state.count(Counted::ImportValidRows, importable)}
                    </button>
                })}
            </div>
            {(!all_valid && importable == 0).then(|| view! { <p class="muted">{tr(Msg::NothingValid)}</p> })}
        </section>
    }
}

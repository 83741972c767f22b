//! The team: a month to look at, a search that jumps to any member, and the team as a
//! tree or level by level.

use crate::app::open_store::store;
use crate::app::team_figures::team_count;
use crate::ui::app_state::{app_state, tr};
use crate::ui::messages::{Counted, Msg};
use crate::ui::search_picker::SearchSuggestions;
use crate::ui::team::level_list::LevelList;
use crate::ui::team::member_picker::member_suggestions;
use crate::ui::team::period_select::PeriodSelect;
use crate::ui::team::team_data::{plan_unreadable_notice, provide_team};
use crate::ui::team::team_messages::{member_name, month};
use crate::ui::team::tree_view::TreeView;
use leptos::prelude::*;
use uuid::Uuid;

#[component]
pub fn TeamPage() -> impl IntoView {
    let state = app_state();
    let team = provide_team();
    let not_in_tree = RwSignal::new(None::<Uuid>);
    let jump_to = Callback::new(move |id: Uuid| {
        let path = team.tree.with_untracked(|tree| tree.path_to(id));
        not_in_tree.set(path.is_none().then_some(id));
        let Some(path) = path else { return };
        let first_open = team.tree.with_untracked(|t| t.first_open());
        state.team_view.update(|v| {
            v.by_level = false;
            v.open
                .get_or_insert(first_open)
                .extend(path.iter().take(path.len() - 1).copied());
            v.found = Some(id);
        });
    });
    let summary = move || {
        let lang = state.lang.get();
        let count = team
            .tree
            .with(|tree| team.month.with(|m| team_count(tree, m, tree.root())));
        state.t_with(
            Msg::TeamSummary,
            &[
                &state.count(Counted::Members, count.members),
                &lang.format_integer(count.active as i64),
                &month(lang, team.period.get()),
            ],
        )
    };
    let detached = move || {
        state.revision.track();
        let outside = team
            .tree
            .with(|tree| crate::app::team::members_outside(&*store(), tree));
        (outside > 0).then(|| state.count(Counted::DetachedMembers, outside))
    };
    // Only a change from no team to a team (or back) rebuilds the views below.
    let has_team = Memo::new(move |_| {
        team.tree
            .with(|tree| !tree.children(tree.root()).is_empty())
    });
    // A memo, so that opening a node or changing the month (also kept in `team_view`)
    // does not build the tree or the level list anew.
    let by_level_memo = Memo::new(move |_| state.team_view.with(|v| v.by_level));
    let by_level = move || by_level_memo.get();
    let set_view = move |levels: bool| state.team_view.update(|v| v.by_level = levels);
    view! {
        <div class="page-heading">
            <h1>{tr(Msg::TeamTitle)}</h1>
            <div class="actions actions--tight">
                <a class="button button--primary" href="/team/new" data-testid="add-member">{tr(Msg::AddMember)}</a>
                // Used now and then, so on a phone they wait behind one button.
                <details class="menu">
                    <summary class="button" data-testid="team-menu">{tr(Msg::MoreActions)}</summary>
                    <div class="menu__items">
                        <a class="button" href="/team/import" data-testid="team-import-link">{tr(Msg::ImportTeam)}</a>
                        <a class="button" href="/team/plan" data-testid="plan-link">{tr(Msg::PlanLink)}</a>
                        <a class="button" href="/team/reports" data-testid="reports-link">{tr(Msg::ReportsLink)}</a>
                    </div>
                </details>
            </div>
        </div>
        {plan_unreadable_notice()}
        <div class="team-toolbar">
            <PeriodSelect/>
            <SearchSuggestions input_id="member-search" label=Msg::FindMember
                suggest=member_suggestions(None) on_pick=jump_to
                no_match=Callback::new(move |typed: String| state.t_with(Msg::NoMemberMatches, &[&typed]))/>
        </div>
        {move || not_in_tree.get().map(|id| view! {
            <p class="notice notice--warning" role="status">
                {move || state.t_with(Msg::NotInTree, &[&team.names.with(|n| member_name(state, n, id))])}
                " "<a href=format!("/team/{id}")>{tr(Msg::OpenMember)}</a>
            </p>
        })}
        <p class="muted" role="status" data-testid="team-summary">{summary}</p>
        <p class="muted">{detached}</p>
        {move || if has_team.get() {
            view! {
                <div class="segmented" role="group" aria-label=tr(Msg::TeamViewLabel)>
                    <button type="button" class="button" aria-pressed=move || (!by_level()).to_string()
                        on:click=move |_| set_view(false)>{tr(Msg::TreeTab)}</button>
                    <button type="button" class="button" aria-pressed=move || by_level().to_string()
                        data-testid="levels-tab" on:click=move |_| set_view(true)>{tr(Msg::LevelsTab)}</button>
                </div>
                {move || if by_level() { view! { <LevelList/> }.into_any() } else { view! { <TreeView/> }.into_any() }}
            }.into_any()
        } else {
            view! { <p class="card empty-state" data-testid="no-team">{tr(Msg::NoTeamYet)}</p> }.into_any()
        }}
    }
}

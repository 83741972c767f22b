//! The team level by level: how many members and actives each level holds, and who they
//! are, a page of names at a time.

use crate::app::team_figures::level_counts;
use crate::ui::app_state::{app_state, text, tr};
use crate::ui::messages::Msg;
use crate::ui::team::team_data::team;
use crate::ui::team::team_messages::{level_counts_text, name_text, points, rank_name};
use leptos::prelude::*;
use uuid::Uuid;

const PAGE: usize = 100;

#[component]
pub fn LevelList() -> impl IntoView {
    let state = app_state();
    let team = team();
    let levels = Memo::new_owning(move |_| {
        let levels = team.tree.with(|tree| tree.levels_below(tree.root()));
        (levels, true)
    });
    // Kept outside the rows, so a level stays filled when the month changes.
    let shown = RwSignal::new(Vec::<usize>::new());
    let shown_in = move |at: usize| shown.with(|s| s.get(at).copied().unwrap_or(0));
    let show_more = move |at: usize| {
        shown.update(|s| {
            if s.len() <= at {
                s.resize(at + 1, 0);
            }
            s[at] += PAGE;
        })
    };
    let counts = Memo::new(move |_| {
        team.tree.with(|tree| {
            team.month
                .with(|month| level_counts(tree, month, tree.root()))
        })
    });
    view! {
        <div class="level-list" data-testid="level-list">
            {move || counts.get().into_iter().enumerate().map(|(at, count)| {
                let members = move || levels.with(|l| l.get(at).map(|level| level[..shown_in(at).min(level.len())].to_vec()).unwrap_or_default());
                let more = move || count.members.saturating_sub(shown_in(at));
                view! {
                    <details class="card level" data-testid="level"
                        on:toggle=move |_| if shown.with_untracked(|s| s.get(at).copied().unwrap_or(0)) == 0 { show_more(at) }>
                        <summary>
                            <span class="level__name">{text(move || state.t_with(Msg::LevelHeading, &[&(at + 1).to_string()]))}</span>
                            <span class="muted" data-testid="level-counts">{text(move || level_counts_text(state, count.members, count.active))}</span>
                        </summary>
                        <ul class="level__members">
                            {move || members().into_iter().map(|id| view! { <LevelMember id=id/> }).collect_view()}
                        </ul>
                        {move || (shown_in(at) > 0 && more() > 0).then(|| view! {
                            <button type="button" class="button" on:click=move |_| show_more(at)>
                                {tr(Msg::ShowMore)}
                            </button>
                        })}
                    </details>
                }
            }).collect_view()}
        </div>
    }
}

#[component]
fn LevelMember(id: Uuid) -> impl IntoView {
    let state = app_state();
    let team = team();
    let line = move || {
        let lang = state.lang.get();
        let figures = team
            .month
            .with(|m| m.figures(id).cloned().unwrap_or_default());
        let rank = team
            .plan
            .with(|plan| rank_name(state, plan, team.month.with(|m| m.rank(id))));
        format!(
            "{rank} · {}",
            state.t_with(
                Msg::NodeFigures,
                &[
                    &points(lang, figures.personal),
                    &points(lang, figures.group)
                ]
            )
        )
    };
    view! {
        <li>
            <a href=format!("/team/{id}")>{name_text(id)}</a>
            <span class="muted">{text(line)}</span>
        </li>
    }
}

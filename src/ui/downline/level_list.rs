//! The team level by level: how many members and actives each level holds, and who they
//! are, a page of names at a time.

use crate::domain::team_summary::level_counts;
use crate::ui::app_state::{app_state, text, tr};
use crate::ui::downline::team_data::team;
use crate::ui::downline::texts::{name_text, points, rank_name};
use crate::ui::i18n::Msg;
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
    let counts = Memo::new(move |_| {
        team.tree.with(|tree| team.month.with(|month| level_counts(tree, month, tree.root())))
    });
    view! {
        <div class="level-list" data-testid="level-list">
            {move || counts.get().into_iter().enumerate().map(|(at, count)| {
                let shown = RwSignal::new(0usize);
                let members = move || levels.with(|l| l.get(at).map(|level| level[..shown.get().min(level.len())].to_vec()).unwrap_or_default());
                let more = move || count.members.saturating_sub(shown.get());
                view! {
                    <details class="card level" data-testid="level"
                        on:toggle=move |_| if shown.get_untracked() == 0 { shown.set(PAGE) }>
                        <summary>
                            <span class="level__name">{text(move || state.t_with(Msg::LevelHeading, &[&(at + 1).to_string()]))}</span>
                            <span class="muted" data-testid="level-counts">{text(move || state.t_with(Msg::LevelCounts, &[
                                &state.lang.get().format_integer(count.members as i64),
                                &state.lang.get().format_integer(count.active as i64),
                            ]))}</span>
                        </summary>
                        <ul class="level__members">
                            {move || members().into_iter().map(|id| view! { <LevelMember id=id/> }).collect_view()}
                        </ul>
                        {move || (shown.get() > 0 && more() > 0).then(|| view! {
                            <button type="button" class="button" on:click=move |_| shown.update(|s| *s += PAGE)>
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
        let figures = team.month.with(|m| m.figures(id).cloned().unwrap_or_default());
        let rank = team.plan.with(|plan| rank_name(state, plan, team.month.with(|m| m.rank(id))));
        format!("{rank} · {}", state.t_with(Msg::NodeFigures, &[&points(lang, figures.personal), &points(lang, figures.group)]))
    };
    view! {
        <li>
            <a href=format!("/downline/{id}")>{name_text(id)}</a>
            <span class="muted">{text(line)}</span>
        </li>
    }
}

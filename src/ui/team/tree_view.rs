//! The genealogy tree: the rep on top, two levels open at first, a node opens its
//! members on a tap. However many rows are open, only those on screen are rendered.

use crate::domain::team::tree::TreeRow;
use crate::ui::app_state::{app_state, text, tr};
use crate::ui::focus::focus_by_id;
use crate::ui::messages::{Counted, Msg};
use crate::ui::team::team_data::team;
use crate::ui::team::team_messages::{member_name, points, rank_name};
use crate::ui::virtual_window::VirtualWindow;
use leptos::prelude::*;
use uuid::Uuid;

const ROW_HEIGHT: i32 = 60;
/// Deeper levels are indented no further, so names keep their room on a phone.
const MAX_INDENT_LEVELS: usize = 8;
const INDENT_PX: usize = 14;

fn toggle_id(member: Uuid) -> String {
    format!("toggle-{member}")
}

#[component]
pub fn TreeView() -> impl IntoView {
    let state = app_state();
    let team = team();
    let rows = Memo::new_owning(move |_| {
        let open = state.team_view.with(|v| v.open.clone());
        let rows = team.tree.with(|tree| {
            let open = open.unwrap_or_else(|| tree.first_open());
            tree.rows(&open)
        });
        (rows, true)
    });
    let window = VirtualWindow::new(ROW_HEIGHT);
    let found = Memo::new(move |_| state.team_view.with(|v| v.found));
    Effect::new(move |_| {
        if let Some(id) = found.get()
            && let Some(index) = rows.with_untracked(|r| r.iter().position(|row| row.id == id))
        {
            window.reveal(index);
        }
    });
    let toggle = move |id: Uuid| {
        let first_open = team.tree.with_untracked(|t| t.first_open());
        state.team_view.update(|v| {
            let open = v.open.get_or_insert(first_open);
            if !open.remove(&id) {
                open.insert(id);
            }
        });
        // The row is drawn anew with its new state; the keyboard stays on its button.
        request_animation_frame(move || focus_by_id(&toggle_id(id)));
    };
    let visible = move || {
        rows.with(|rows| {
            let shown = window.range(rows.len());
            rows[shown.clone()]
                .iter()
                .copied()
                .zip(shown)
                .collect::<Vec<(TreeRow, usize)>>()
        })
    };
    view! {
        <div class="tree" node_ref=window.node on:scroll=move |_| window.measure() tabindex="0"
            role="list" aria-label=tr(Msg::TreeLabel) data-testid="team-tree">
            <div class="tree__spacer" style:height=move || window.spacer_height(rows.with(Vec::len))>
                <For each=visible key=|(row, index)| (*index, row.id, row.open, row.children) let((row, index))>
                    <TreeNode row=row index=index offset=window.row_offset(index) on_toggle=Callback::new(toggle)/>
                </For>
            </div>
        </div>
    }
}

#[component]
fn TreeNode(
    row: TreeRow,
    index: usize,
    offset: String,
    on_toggle: Callback<Uuid>,
) -> impl IntoView {
    let state = app_state();
    let team = team();
    let id = row.id;
    let name = move || team.names.with(|names| member_name(state, names, id));
    let figures = move || {
        team.month
            .with(|m| m.figures(id).cloned().unwrap_or_default())
    };
    let active = move || figures().active;
    let rank = move || {
        team.plan
            .with(|plan| rank_name(state, plan, team.month.with(|m| m.rank(id))))
    };
    let detail = move || {
        let lang = state.lang.get();
        let f = figures();
        let level = (row.depth > MAX_INDENT_LEVELS)
            .then(|| state.t_with(Msg::LevelHeading, &[&row.depth.to_string()]) + " · ");
        format!(
            "{}{} · {}",
            level.unwrap_or_default(),
            rank(),
            state.t_with(
                Msg::NodeFigures,
                &[&points(lang, f.personal), &points(lang, f.group)]
            )
        )
    };
    let indent = format!("{}px", row.depth.min(MAX_INDENT_LEVELS) * INDENT_PX);
    let is_found = move || state.team_view.with(|v| v.found == Some(id));
    view! {
        <div class="tree-row" role="listitem" data-row=index data-member=id.to_string()
            class:tree-row--inactive=move || !active() class:tree-row--found=is_found
            style:transform=offset>
            <div class="tree-row__inner" style:padding-left=indent>
                {(row.children > 0).then(|| view! {
                    <button type="button" class="tree-toggle" data-testid="tree-toggle" id=toggle_id(id)
                        aria-expanded=row.open.to_string()
                        on:click=move |_| on_toggle.run(id)>
                        <span aria-hidden="true">{if row.open { "▾" } else { "▸" }}</span>
                        // The visible count starts the button's name, as speech input expects.
                        <span class="tree-toggle__count">{row.children}</span>
                        <span class="visually-hidden">
                            {text(move || if row.open {
                                Counted::CloseNode.label(state.lang.get(), row.children, &[&name()])
                            } else {
                                Counted::OpenNode.label(state.lang.get(), row.children, &[&name()])
                            })}
                        </span>
                    </button>
                })}
                <a class="tree-row__link" href=format!("/team/{id}")
                    on:click=move |_| state.team_view.update(|v| v.found = Some(id))>
                    <span class="tree-row__name">
                        {text(name)}
                        <span class="badge" class:badge--inactive=move || !active() data-testid="active-badge">
                            {text(move || state.t(if active() { Msg::ActiveBadge } else { Msg::InactiveBadge }).to_owned())}
                        </span>
                    </span>
                    <span class="tree-row__detail" data-testid="node-figures">{text(detail)}</span>
                </a>
            </div>
        </div>
    }
}

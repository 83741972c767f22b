//! The org chart of a member's team as an SVG picture, which the rep can save as an image
//! file to show in a meeting or send to their upline. Colours are written into the
//! picture, so the saved file looks the same outside the app.

use crate::domain::team::org_chart::{BOX_HEIGHT, BOX_WIDTH, org_chart};
use crate::ui::app_state::{app_state, tr};
use crate::ui::download::download;
use crate::ui::messages::{Counted, Msg};
use crate::ui::team::team_data::team;
use crate::ui::team::team_messages::{member_name, points, rank_name};
use leptos::prelude::*;
use uuid::Uuid;

const MAX_MEMBERS: usize = 60;
const LEVEL_CHOICES: [usize; 4] = [1, 2, 3, 4];
/// Characters of a name that fit a box.
const NAME_CHARS: usize = 20;

fn shortened(text: &str) -> String {
    if text.chars().count() <= NAME_CHARS {
        return text.to_owned();
    }
    text.chars().take(NAME_CHARS - 1).chain(['…']).collect()
}

#[component]
pub fn OrgChart(member: Uuid, name: Signal<String>) -> impl IntoView {
    let state = app_state();
    let team = team();
    let levels = RwSignal::new(2usize);
    let chart = Memo::new(move |_| {
        team.tree
            .with(|tree| org_chart(tree, member, levels.get(), MAX_MEMBERS))
    });
    let picture = NodeRef::<leptos::svg::Svg>::new();
    let save = move |_| {
        let Some(svg) = picture.get_untracked() else {
            return;
        };
        let file = format!(
            "{}-{}.svg",
            state.t(Msg::OrgChartFilePrefix),
            name.get_untracked().replace(' ', "-")
        );
        if let Err(detail) = download(&file, "image/svg+xml", svg.outer_html().as_bytes()) {
            state
                .error
                .set(Some(crate::store::error::StoreError::Failed(detail)));
        }
    };
    let boxes = move || {
        let lang = state.lang.get();
        let chart = chart.get();
        let lines = chart.links.iter().map(|&(from, to)| {
            let (a, b) = (chart.boxes[from], chart.boxes[to]);
            view! {
                <line x1=(a.x + BOX_WIDTH / 2).to_string() y1=(a.y + BOX_HEIGHT).to_string()
                    x2=(b.x + BOX_WIDTH / 2).to_string() y2=b.y.to_string() stroke="#8aa19d" stroke-width="1.5"/>
            }
        }).collect_view();
        let nodes = chart.boxes.iter().map(|b| {
            let id = b.member;
            let figures = team.month.with(|m| m.figures(id).cloned().unwrap_or_default());
            let title = team.names.with(|n| member_name(state, n, id));
            let rank = team.plan.with(|p| rank_name(state, p, team.month.with(|m| m.rank(id))));
            let detail = format!("{rank} · {}", state.t_with(Msg::NodeFigures, &[&points(lang, figures.personal), &points(lang, figures.group)]));
            let (fill, stroke) = if figures.active { ("#d9f2ee", "#0f766e") } else { ("#f1f3f3", "#8aa19d") };
            view! {
                <g>
                    <rect x=b.x.to_string() y=b.y.to_string() width=BOX_WIDTH.to_string() height=BOX_HEIGHT.to_string()
                        rx="6" fill=fill stroke=stroke/>
                    <text x=(b.x + 8).to_string() y=(b.y + 20).to_string() font-size="13" font-weight="600" fill="#14201f">{shortened(&title)}</text>
                    <text x=(b.x + 8).to_string() y=(b.y + 38).to_string() font-size="11" fill="#4b5b59">{shortened(&detail)}</text>
                </g>
            }
        }).collect_view();
        view! { {lines} {nodes} }
    };
    view! {
        <section class="card" data-testid="org-chart">
            <h2>{tr(Msg::OrgChartHeading)}</h2>
            <div class="form form--inline">
                <label for="org-chart-levels">{tr(Msg::OrgChartLevels)}</label>
                <select id="org-chart-levels" on:change=move |ev| {
                    if let Some(chosen) = crate::ui::value_names::chosen(&LEVEL_CHOICES, &event_target_value(&ev)) { levels.set(chosen) }
                }>
                    {LEVEL_CHOICES.into_iter().enumerate().map(|(i, n)| view! {
                        <option value=i.to_string() selected=move || levels.get() == n>{n}</option>
                    }).collect_view()}
                </select>
                <button type="button" class="button" data-testid="save-org-chart" on:click=save>{tr(Msg::SaveImage)}</button>
            </div>
            {move || (chart.with(|c| c.left_out) > 0).then(|| view! {
                <p class="muted">{move || state.count(Counted::OrgChartTrimmed, MAX_MEMBERS)}</p>
            })}
            <div class="org-chart" tabindex="0" role="region" aria-label=tr(Msg::OrgChartHeading)>
                <svg node_ref=picture xmlns="http://www.w3.org/2000/svg" role="img" aria-label=tr(Msg::OrgChartHeading)
                    width=move || chart.with(|c| c.width).to_string() height=move || chart.with(|c| c.height).to_string()
                    viewBox=move || chart.with(|c| format!("0 0 {} {}", c.width, c.height))
                    font-family="system-ui, sans-serif">
                    <rect width="100%" height="100%" fill="#ffffff"/>
                    {boxes}
                </svg>
            </div>
        </section>
    }
}

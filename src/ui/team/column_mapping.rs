//! The columns of a team list as Teamline recognised them, each changeable: the rep can
//! say which column holds the member number, the sponsor, a month's PV…

use crate::io::team_csv::{TeamColumn, recognise};
use crate::ui::app_state::{AppState, app_state, tr};
use crate::ui::messages::Msg;
use crate::ui::team::team_messages::month;
use leptos::prelude::*;

const COLUMN_KINDS: [TeamColumn; 9] = [
    TeamColumn::Ignore,
    TeamColumn::MemberId,
    TeamColumn::Name,
    TeamColumn::GivenName,
    TeamColumn::FamilyName,
    TeamColumn::SponsorId,
    TeamColumn::PlacementId,
    TeamColumn::Leg,
    TeamColumn::Joined,
];

fn column_label(state: AppState, column: TeamColumn) -> String {
    let msg = match column {
        TeamColumn::Ignore => Msg::TargetIgnore,
        TeamColumn::MemberId => Msg::ColMemberId,
        TeamColumn::Name => Msg::ColName,
        TeamColumn::GivenName => Msg::GivenName,
        TeamColumn::FamilyName => Msg::FamilyName,
        TeamColumn::SponsorId => Msg::ColSponsor,
        TeamColumn::PlacementId => Msg::ColPlacement,
        TeamColumn::Leg => Msg::ColLeg,
        TeamColumn::Joined => Msg::ColJoined,
        TeamColumn::Personal(period) => {
            return state.t_with(Msg::ColPv, &[&month(state.lang.get(), period)]);
        }
    };
    state.t(msg).to_owned()
}

/// One select per header; a change gives `columns` the whole new mapping.
#[component]
pub fn ColumnMapping(
    headers: Vec<String>,
    current: Vec<TeamColumn>,
    columns: RwSignal<Option<Vec<TeamColumn>>>,
) -> impl IntoView {
    let state = app_state();
    let selects = headers
        .into_iter()
        .enumerate()
        .map(|(at, header)| {
            let mut kinds = COLUMN_KINDS.to_vec();
            if let TeamColumn::Personal(period) = recognise(&header) {
                kinds.push(TeamColumn::Personal(period));
            }
            let chosen_now = current.get(at).copied().unwrap_or(TeamColumn::Ignore);
            let id = format!("team-column-{at}");
            let options = kinds.clone();
            let current = current.clone();
            view! {
                <div class="column-map">
                    <label for=id.clone()>{header}</label>
                    <select id=id on:change=move |ev| {
                        let Some(kind) = crate::ui::value_names::chosen(&options, &event_target_value(&ev)) else { return };
                        let mut all = current.clone();
                        if let Some(slot) = all.get_mut(at) { *slot = kind; }
                        columns.set(Some(all));
                    }>
                        {kinds.into_iter().enumerate().map(|(i, kind)| view! {
                            <option value=i.to_string() selected=kind == chosen_now>{move || column_label(state, kind)}</option>
                        }).collect_view()}
                    </select>
                </div>
            }
        })
        .collect_view();
    view! {
        <details class="card">
            <summary>{tr(Msg::CsvColumns)}</summary>
            <div class="column-maps">{selects}</div>
        </details>
    }
}

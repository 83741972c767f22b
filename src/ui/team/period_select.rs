//! Picks the month the team pages show: this month and the two years before it.

use crate::domain::team::volume::Period;
use crate::ui::app_state::{app_state, tr};
use crate::ui::messages::Msg;
use crate::ui::team::team_data::{team, this_month};
use crate::ui::team::team_messages::month;
use crate::ui::value_names;
use leptos::prelude::*;

const MONTHS_BACK: usize = 24;

#[component]
pub fn PeriodSelect() -> impl IntoView {
    let state = app_state();
    let team = team();
    let periods: Vec<Period> = std::iter::successors(Some(this_month()), |p| Some(p.previous()))
        .take(MONTHS_BACK)
        .collect();
    let choices = periods.clone();
    view! {
        <div class="period-select">
            <label for="team-period">{tr(Msg::PeriodLabel)}</label>
            <select id="team-period" data-testid="team-period" on:change=move |ev| {
                let chosen = value_names::chosen(&choices, &event_target_value(&ev));
                state.team_view.update(|v| v.period = chosen.filter(|&p| p != this_month()));
            }>
                {periods.into_iter().enumerate().map(|(i, period)| view! {
                    <option value=i.to_string() selected=move || team.period.get() == period>
                        {move || month(state.lang.get(), period)}
                    </option>
                }).collect_view()}
            </select>
        </div>
    }
}

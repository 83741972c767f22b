//! A lead's score: its chance, its band, what it is based on, and the strongest reasons
//! for and against.

use crate::domain::leads::lead_model::LeadScore;
use crate::ui::app_state::{app_state, tr};
use crate::ui::leads::lead_words::{band_class, band_name, percent, reason_text};
use crate::ui::messages::{Counted, Msg};
use leptos::prelude::*;

/// "42 % · mittel", as a card on the board shows it.
#[component]
pub fn ScoreBadge(score: LeadScore) -> impl IntoView {
    let state = app_state();
    let text = format!(
        "{} · {}",
        percent(state, score.probability),
        state.t(band_name(score.band))
    );
    view! { <span class=band_class(score.band) data-testid="lead-score">{text}</span> }
}

#[component]
pub fn ScoreSummary(score: LeadScore) -> impl IntoView {
    let state = app_state();
    let chance = state.t_with(Msg::ChanceOfClosing, &[&percent(state, score.probability)]);
    let based_on = if score.based_on == 0 {
        state.t(Msg::BasedOnStartingModel).to_string()
    } else {
        state.count(Counted::BasedOnClosed, score.based_on)
    };
    let reasons = |list: &[(crate::domain::leads::score_inputs::Input, f64)]| {
        if list.is_empty() {
            return view! { <p class="muted">{tr(Msg::ReasonNone)}</p> }.into_any();
        }
        let items: Vec<String> = list
            .iter()
            .map(|(input, points)| reason_text(state, *input, *points, &score.facts))
            .collect();
        view! { <ul class="reasons">{items.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul> }
            .into_any()
    };
    view! {
        <section class="card" aria-labelledby="outlook-heading" data-testid="lead-outlook">
            <h2 id="outlook-heading">{tr(Msg::OutlookHeading)}</h2>
            <p class="score-line">
                <strong data-testid="lead-probability">{chance}</strong>
                " "<span class=band_class(score.band) data-testid="lead-band">{state.t(band_name(score.band))}</span>
            </p>
            <p class="muted" data-testid="lead-based-on">{based_on}</p>
            <div class="reasons-columns">
                <div data-testid="reasons-for">
                    <h3>{tr(Msg::ReasonsFor)}</h3>
                    {reasons(&score.reasons_for)}
                </div>
                <div data-testid="reasons-against">
                    <h3>{tr(Msg::ReasonsAgainst)}</h3>
                    {reasons(&score.reasons_against)}
                </div>
            </div>
        </section>
    }
}

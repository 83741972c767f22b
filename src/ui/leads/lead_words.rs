//! A score's reasons in plain words: "empfohlen +12 Prozentpunkte", "seit 21 Tagen kein
//! Kontakt −9 Prozentpunkte".

use crate::domain::leads::lead::{LeadKind, LeadSource};
use crate::domain::leads::lead_facts::LeadFacts;
use crate::domain::leads::lead_model::Band;
use crate::domain::leads::score_inputs::Input;
use crate::ui::app_state::AppState;
use crate::ui::messages::{Counted, Msg};
use leptos::prelude::*;

/// What an input says about this lead; `raises` tells the two sides of a yes/no apart.
fn what(state: AppState, input: Input, raises: bool, facts: &LeadFacts) -> String {
    let either = |yes: Msg, no: Msg, holds: bool| state.t(if holds { yes } else { no }).to_string();
    let days = |d: f64| d.round().max(0.0) as usize;
    let source = |s: LeadSource| facts.source == s;
    match input {
        Input::Referred => either(Msg::WhyReferred, Msg::WhyNotReferred, facts.referred),
        Input::WarmMarket => either(
            Msg::WhyWarmMarket,
            Msg::WhyNotWarmMarket,
            source(LeadSource::WarmMarket),
        ),
        Input::Event => either(Msg::WhyEvent, Msg::WhyNotEvent, source(LeadSource::Event)),
        Input::SocialMedia => either(
            Msg::WhySocialMedia,
            Msg::WhyNotSocialMedia,
            source(LeadSource::SocialMedia),
        ),
        Input::Progress => either(Msg::WhyFarAlong, Msg::WhyEarly, raises),
        Input::TimeInStage => state.count(Counted::WhyDaysInStage, days(facts.days_in_stage)),
        Input::Interactions => state.count(Counted::WhyContacts, facts.interactions as usize),
        Input::PositiveShare => state.t_with(
            Msg::WhyShareGood,
            &[&state
                .lang
                .get()
                .format_integer(facts.positive_percent().into())],
        ),
        Input::Declined => either(Msg::WhyDeclined, Msg::WhyNotDeclined, facts.declined),
        Input::SinceContact => state.count(Counted::WhySilence, days(facts.days_since_contact)),
        Input::Trend => either(Msg::WhyTrendUp, Msg::WhyTrendDown, raises),
        Input::CampaignReplies => either(
            Msg::WhyCampaignReplies,
            Msg::WhyNoCampaignReplies,
            facts.campaign_replies > 0,
        ),
        Input::Consent => either(Msg::WhyConsent, Msg::WhyNoConsent, facts.consent_granted),
        Input::OrderedBefore => either(Msg::WhyOrdered, Msg::WhyNeverOrdered, facts.ordered_before),
    }
}

/// "empfohlen +12 Prozentpunkte".
pub fn reason_text(state: AppState, input: Input, points: f64, facts: &LeadFacts) -> String {
    let whole = points.round() as i64;
    let sign = if whole >= 0 { "+" } else { "\u{2212}" };
    let amount = state.count(Counted::PercentagePoints, whole.unsigned_abs() as usize);
    format!("{} {sign}{amount}", what(state, input, points > 0.0, facts))
}

/// "42 %".
pub fn percent(state: AppState, probability: f64) -> String {
    let whole = (probability * 100.0).round() as i64;
    format!("{}\u{a0}%", state.lang.get().format_integer(whole))
}

pub fn lead_kind_name(kind: LeadKind) -> Msg {
    match kind {
        LeadKind::Sale => Msg::LeadKindSale,
        LeadKind::Recruit => Msg::LeadKindRecruit,
    }
}

pub fn band_name(band: Band) -> Msg {
    match band {
        Band::High => Msg::BandHigh,
        Band::Medium => Msg::BandMedium,
        Band::Low => Msg::BandLow,
    }
}

pub fn band_class(band: Band) -> &'static str {
    match band {
        Band::High => "score score--high",
        Band::Medium => "score score--medium",
        Band::Low => "score score--low",
    }
}

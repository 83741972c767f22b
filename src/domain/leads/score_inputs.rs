//! The inputs of the lead score, made from a lead's facts. Counts and day spans enter
//! as logarithms: the tenth call says less than the second, and the difference between
//! 60 and 90 days of silence matters less than between 3 and 33.

use crate::domain::leads::lead::LeadSource;
use crate::domain::leads::lead_facts::LeadFacts;
use crate::domain::leads::scoring::scaling::InputKind;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Input {
    Referred,
    WarmMarket,
    Event,
    SocialMedia,
    Progress,
    TimeInStage,
    Interactions,
    PositiveShare,
    Declined,
    SinceContact,
    Trend,
    CampaignReplies,
    Consent,
    OrderedBefore,
}

pub const INPUT_COUNT: usize = 14;

/// Every input, in the order of a row.
pub const INPUTS: [Input; INPUT_COUNT] = [
    Input::Referred,
    Input::WarmMarket,
    Input::Event,
    Input::SocialMedia,
    Input::Progress,
    Input::TimeInStage,
    Input::Interactions,
    Input::PositiveShare,
    Input::Declined,
    Input::SinceContact,
    Input::Trend,
    Input::CampaignReplies,
    Input::Consent,
    Input::OrderedBefore,
];

pub type Row = [f64; INPUT_COUNT];

impl Input {
    pub fn kind(self) -> InputKind {
        match self {
            Input::Referred
            | Input::WarmMarket
            | Input::Event
            | Input::SocialMedia
            | Input::Declined
            | Input::Consent
            | Input::OrderedBefore => InputKind::Binary,
            _ => InputKind::Numeric,
        }
    }

    pub fn index(self) -> usize {
        INPUTS.iter().position(|i| *i == self).unwrap_or(0)
    }
}

pub fn input_kinds() -> [InputKind; INPUT_COUNT] {
    INPUTS.map(Input::kind)
}

/// The row of inputs for these facts.
pub fn row_of(facts: &LeadFacts) -> Row {
    let flag = |b: bool| if b { 1.0 } else { 0.0 };
    let log_count = |n: u32| (1.0 + f64::from(n)).ln();
    let log_days = |d: f64| (1.0 + d.max(0.0)).ln();
    INPUTS.map(|input| match input {
        Input::Referred => flag(facts.referred),
        Input::WarmMarket => flag(facts.source == LeadSource::WarmMarket),
        Input::Event => flag(facts.source == LeadSource::Event),
        Input::SocialMedia => flag(facts.source == LeadSource::SocialMedia),
        Input::Progress => facts.progress,
        Input::TimeInStage => log_days(facts.days_in_stage),
        Input::Interactions => log_count(facts.interactions),
        Input::PositiveShare => {
            if facts.interactions == 0 {
                0.0
            } else {
                f64::from(facts.positive) / f64::from(facts.interactions)
            }
        }
        Input::Declined => flag(facts.declined),
        Input::SinceContact => log_days(facts.days_since_contact),
        Input::Trend => log_count(facts.recent) - log_count(facts.before_recent),
        Input::CampaignReplies => log_count(facts.campaign_replies),
        Input::Consent => flag(facts.consent_granted),
        Input::OrderedBefore => flag(facts.ordered_before),
    })
}

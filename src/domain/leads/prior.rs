//! The starting model: what Teamline believes about leads before a rep has closed any.
//! Every weight and its reason is in `docs/lead-scoring.md`; keep the two in step.

use crate::domain::leads::lead::LeadKind;
use crate::domain::leads::score_inputs::{INPUTS, Input, Row};
use crate::domain::leads::scoring::model::PriorModel;
use crate::domain::leads::scoring::scaling::Scaling;

/// The share of leads won, for a typical lead of each kind (the reference lead below).
pub fn prior_base_rate(kind: LeadKind) -> f64 {
    match kind {
        LeadKind::Sale => 0.35,
        LeadKind::Recruit => 0.15,
    }
}

/// Log-odds per natural unit of each input.
fn weight(kind: LeadKind, input: Input) -> f64 {
    match input {
        Input::Referred => 0.8,
        Input::WarmMarket => 0.3,
        Input::Event => 0.4,
        Input::SocialMedia => -0.3,
        Input::Progress => 1.6,
        Input::TimeInStage => -0.35,
        Input::Interactions => 0.5,
        Input::PositiveShare => 1.2,
        Input::Declined => -1.8,
        Input::SinceContact => -0.5,
        Input::Trend => 0.4,
        Input::CampaignReplies => 0.4,
        Input::Consent => 0.3,
        Input::OrderedBefore => match kind {
            LeadKind::Sale => 0.8,
            LeadKind::Recruit => 0.4,
        },
    }
}

/// A typical open lead's inputs, and how far they usually spread (two standard
/// deviations for numbers, 1 for yes/no): the scaling when the rep's leads are too few
/// to give their own.
fn reference(input: Input) -> (f64, f64) {
    let ln = |x: f64| (1.0 + x).ln();
    match input {
        Input::Referred => (0.3, 1.0),
        Input::WarmMarket => (0.3, 1.0),
        Input::Event => (0.15, 1.0),
        Input::SocialMedia => (0.2, 1.0),
        Input::Progress => (0.4, 0.7),
        Input::TimeInStage => (ln(10.0), 2.0),
        Input::Interactions => (ln(3.0), 1.4),
        Input::PositiveShare => (0.5, 0.6),
        Input::Declined => (0.05, 1.0),
        Input::SinceContact => (ln(7.0), 2.0),
        Input::Trend => (0.0, 1.2),
        Input::CampaignReplies => (0.0, 1.0),
        Input::Consent => (0.5, 1.0),
        Input::OrderedBefore => (0.4, 1.0),
    }
}

/// The reference lead's inputs.
pub fn reference_row() -> Row {
    INPUTS.map(|input| reference(input).0)
}

pub fn prior_model(kind: LeadKind) -> PriorModel {
    let weights: Vec<f64> = INPUTS.iter().map(|i| weight(kind, *i)).collect();
    let centre: Vec<f64> = reference_row().to_vec();
    let at_reference: f64 = weights.iter().zip(&centre).map(|(w, x)| w * x).sum();
    let base = prior_base_rate(kind);
    PriorModel {
        intercept: (base / (1.0 - base)).ln() - at_reference,
        weights,
        reference: Scaling {
            centre,
            scale: INPUTS.iter().map(|i| reference(*i).1).collect(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::leads::scoring::model::Model;

    #[test]
    fn the_reference_lead_scores_the_prior_base_rate() {
        for kind in LeadKind::ALL {
            let prior = prior_model(kind);
            let model = Model::from_prior(&prior, prior.reference.clone());
            let p = model.probability(&reference_row());
            assert!((p - prior_base_rate(kind)).abs() < 1e-12, "{kind:?}: {p}");
        }
    }
}

//! The model of one kind of lead, trained on the rep's closed leads of that kind, and the
//! scores it gives the open ones: a probability, a band and the reasons.

use crate::domain::leads::lead::LeadKind;
use crate::domain::leads::lead_facts::LeadFacts;
use crate::domain::leads::lead_rows::LeadRow;
use crate::domain::leads::prior::prior_model;
use crate::domain::leads::score_inputs::{INPUTS, Input, input_kinds};
use crate::domain::leads::scoring::fit::fit;
use crate::domain::leads::scoring::model::{Model, Penalty};
use crate::domain::leads::scoring::scaling::Scaling;
use uuid::Uuid;

/// How many reasons for and against a score shows.
pub const REASONS_SHOWN: usize = 3;

/// Fixed bands, so that a lead's band changes only when its own chance does. The
/// thresholds apply to the whole percentage the rep reads, so that a lead shown at
/// "20 %" is never called low.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Band {
    Low,
    Medium,
    High,
}

impl Band {
    pub const ALL: [Band; 3] = [Band::High, Band::Medium, Band::Low];

    pub fn of(probability: f64) -> Band {
        let percent = (probability * 100.0).round();
        if percent >= 50.0 {
            Band::High
        } else if percent >= 20.0 {
            Band::Medium
        } else {
            Band::Low
        }
    }
}

/// Fits the model of `kind` on the closed leads among `rows`; the scaling comes from all
/// the rows of that kind, open ones included.
pub fn train(kind: LeadKind, rows: &[LeadRow]) -> Model {
    let prior = prior_model(kind);
    let of_kind: Vec<&LeadRow> = rows.iter().filter(|r| r.kind == kind).collect();
    let all: Vec<&[f64]> = of_kind.iter().map(|r| &r.row[..]).collect();
    let scaling = Scaling::from_rows(&input_kinds(), &all, &prior.reference);
    let closed: Vec<(&[f64], bool)> = of_kind
        .iter()
        .filter_map(|r| r.won.map(|won| (&r.row[..], won)))
        .collect();
    fit(&prior, scaling, &closed, Penalty::default())
}

#[derive(Clone, Debug, PartialEq)]
pub struct LeadScore {
    pub lead_id: Uuid,
    pub probability: f64,
    pub band: Band,
    /// The closed leads the model learned from; 0 when it is the starting model alone.
    pub based_on: usize,
    /// The chance of the average lead of the kind, which the reasons start from.
    pub base_rate: f64,
    /// The strongest inputs that raise the chance, strongest first, in percentage points.
    pub reasons_for: Vec<(Input, f64)>,
    /// The strongest inputs that lower it, strongest first (negative points).
    pub reasons_against: Vec<(Input, f64)>,
    /// What the reasons say in words: the lead's facts.
    pub facts: LeadFacts,
}

/// The score of one lead's row.
pub fn score(model: &Model, row: &LeadRow) -> LeadScore {
    let explanation = model.explain(&row.row);
    let mut points: Vec<(Input, f64)> = INPUTS
        .iter()
        .copied()
        .zip(explanation.points.iter().copied())
        .collect();
    // Ties keep the order of the inputs: the same lead always shows the same reasons.
    // Under half a point a reason would read "+0 points", so it is left out.
    points.sort_by(|a, b| b.1.abs().total_cmp(&a.1.abs()));
    let strongest = |raises: bool| {
        points
            .iter()
            .filter(|(_, p)| if raises { *p >= 0.5 } else { *p <= -0.5 })
            .take(REASONS_SHOWN)
            .copied()
            .collect()
    };
    LeadScore {
        lead_id: row.lead_id,
        probability: explanation.probability,
        band: Band::of(explanation.probability),
        based_on: model.outcomes,
        base_rate: explanation.base_rate,
        reasons_for: strongest(true),
        reasons_against: strongest(false),
        facts: row.facts.clone(),
    }
}

#[cfg(test)]
mod tests;

//! The prior a scoring starts from, the penalty that holds a fit near it, and the fitted
//! model that turns a lead's inputs into a probability of winning.

use super::explanation::Explanation;
use super::logistic::sigmoid;
use super::scaling::Scaling;

/// The starting model, in NATURAL units (log-odds per unit of each input), as
/// documented, so that a person can read and argue with it without knowing any scaling.
#[derive(Clone, Debug, PartialEq)]
pub struct PriorModel {
    /// Log-odds when every input is 0, in natural units.
    pub intercept: f64,
    /// Log-odds per natural unit of each input.
    pub weights: Vec<f64>,
    /// Centre and scale used when the rep's own leads cannot give them.
    pub reference: Scaling,
}

/// How strongly a fit is held to the prior: `weights` is λ in λ‖w − w₀‖² on the scaled
/// weights, `intercept` is λ in λ(b − b₀)².
///
/// λ is a Gaussian prior of standard deviation 1/√(2λ) on each parameter. A closed lead
/// adds about p(1 − p)·var(x) ≈ 0.2 · 0.25 = 0.05 of curvature to a scaled weight (its
/// inputs have sd 0.5) and p(1 − p) ≈ 0.2 to the intercept, against 2λ from the penalty:
/// the data weigh as much as the prior once they add up to 2λ.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Penalty {
    pub weights: f64,
    pub intercept: f64,
}

impl Default for Penalty {
    /// `weights: 2.0` (sd 0.5 around each prior weight): the rep's outcomes weigh as much
    /// as the prior after about 80 closed leads, so 3 outcomes move a weight by a few
    /// percent of the way and 3,000 by about 97 %. An sd of 0.5 on a weight per two sd of
    /// input still lets the data halve or double a typical prior effect.
    ///
    /// `intercept: 0.5` (sd 1 in log-odds): the rep's own win rate differs from the
    /// prior's more than anything else and is one number the data learn cheaply, so it
    /// follows the data after about 5 closed leads.
    fn default() -> Self {
        Penalty {
            weights: 2.0,
            intercept: 0.5,
        }
    }
}

/// A logistic regression on scaled inputs.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Model {
    pub scaling: Scaling,
    /// Log-odds of the average lead (every scaled input 0).
    pub intercept: f64,
    /// Log-odds per scaled unit of each input.
    pub weights: Vec<f64>,
    /// Closed leads it learned from (0 = the prior alone).
    pub outcomes: usize,
}

impl Model {
    /// The prior expressed on `scaling`: the same predictions as the prior in natural
    /// units, with w_scaled = w_natural · scale and the intercept moved to the centre
    /// (b + Σ w_natural · centre). The fit measures its penalty from here, so that the
    /// penalty pulls toward the prior's predictions whatever scaling the data give.
    ///
    /// # Panics
    /// When the prior and `scaling` do not have the same number of inputs.
    pub fn from_prior(prior: &PriorModel, scaling: Scaling) -> Model {
        assert_eq!(
            prior.weights.len(),
            scaling.inputs(),
            "prior weight per input"
        );
        let intercept = prior.intercept
            + prior
                .weights
                .iter()
                .zip(&scaling.centre)
                .map(|(weight, centre)| weight * centre)
                .sum::<f64>();
        let weights = prior
            .weights
            .iter()
            .zip(&scaling.scale)
            .map(|(weight, scale)| weight * scale)
            .collect();
        Model {
            scaling,
            intercept,
            weights,
            outcomes: 0,
        }
    }

    /// Log-odds of winning for a row in natural units.
    pub fn log_odds(&self, row: &[f64]) -> f64 {
        self.intercept + self.contributions(row).sum::<f64>()
    }

    pub fn probability(&self, row: &[f64]) -> f64 {
        sigmoid(self.log_odds(row))
    }

    /// σ(intercept): the probability of the average lead.
    pub fn base_rate(&self) -> f64 {
        sigmoid(self.intercept)
    }

    /// What each input adds to this lead's score; see [`Explanation`].
    pub fn explain(&self, row: &[f64]) -> Explanation {
        Explanation::of(self, row)
    }

    /// Each input's log-odds above the average lead, w_i · x_scaled_i, in input order.
    /// [`Self::log_odds`] and [`Explanation`] both sum these in this order, so the
    /// probability an explanation shows is the very one the score shows.
    pub(super) fn contributions<'a>(&'a self, row: &'a [f64]) -> impl Iterator<Item = f64> + 'a {
        debug_assert_eq!(row.len(), self.weights.len());
        row.iter()
            .zip(&self.weights)
            .zip(self.scaling.centre.iter().zip(&self.scaling.scale))
            .map(|((value, weight), (centre, scale))| weight * ((value - centre) / scale))
    }
}

#[cfg(test)]
mod tests {
    use super::{Model, PriorModel};
    use crate::domain::leads::scoring::logistic::sigmoid;
    use crate::domain::leads::scoring::scaling::{InputKind, Scaling};

    fn prior() -> PriorModel {
        PriorModel {
            intercept: -1.2,
            weights: vec![0.9, -0.04, 0.3],
            reference: Scaling {
                centre: vec![0.5, 20.0, 1.0],
                scale: vec![1.0, 30.0, 2.0],
            },
        }
    }

    fn natural_probability(prior: &PriorModel, row: &[f64]) -> f64 {
        sigmoid(
            prior.intercept
                + prior
                    .weights
                    .iter()
                    .zip(row)
                    .map(|(w, x)| w * x)
                    .sum::<f64>(),
        )
    }

    const ROWS: [[f64; 3]; 5] = [
        [0.0, 0.0, 0.0],
        [1.0, 14.0, 3.0],
        [0.0, 90.0, 0.0],
        [1.0, 2.0, 7.5],
        [0.0, 35.5, 1.0],
    ];

    #[test]
    fn the_prior_on_any_scaling_predicts_as_the_prior_in_natural_units() {
        let kinds = [InputKind::Binary, InputKind::Numeric, InputKind::Numeric];
        let rows: Vec<&[f64]> = ROWS.iter().map(|row| &row[..]).collect();
        let from_data = Scaling::from_rows(&kinds, &rows, &prior().reference);
        assert_ne!(
            from_data,
            prior().reference,
            "the data give their own scaling"
        );
        for scaling in [prior().reference, from_data] {
            let model = Model::from_prior(&prior(), scaling);
            assert_eq!(model.outcomes, 0);
            for row in &ROWS {
                let expected = natural_probability(&prior(), row);
                assert!((model.probability(row) - expected).abs() < 1e-12, "{row:?}");
            }
        }
    }

    #[test]
    fn scaled_weights_are_natural_weights_times_scale() {
        let model = Model::from_prior(&prior(), prior().reference);
        assert_eq!(model.weights, vec![0.9, -0.04 * 30.0, 0.6]);
        assert!((model.intercept - (-1.2 + 0.45 - 0.8 + 0.3)).abs() < 1e-12);
    }

    #[test]
    fn the_base_rate_is_the_probability_of_a_lead_at_every_centre() {
        let model = Model::from_prior(&prior(), prior().reference);
        assert_eq!(model.base_rate(), model.probability(&[0.5, 20.0, 1.0]));
        assert!((model.base_rate() - sigmoid(-1.25)).abs() < 1e-12);
    }
}

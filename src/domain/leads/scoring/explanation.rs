//! Why a lead scores what it does, in the units a rep sees: percentage points that each
//! input adds to or takes from the average lead's chance, adding up to this lead's score.
//!
//! Log-odds add up but mean little to a rep; probabilities mean something but do not add
//! up, because σ bends. Scaling every input's log-odds by one shared factor, the secant
//! slope of σ between the average lead and this lead, gives numbers that do both: each
//! keeps the sign and the relative size of its log-odds, and together they are exactly
//! the distance from the base rate. Inputs are not reordered or given a share of each
//! other's effect, so the split needs no arbitrary choice.

use super::logistic::sigmoid;
use super::model::Model;

#[derive(Clone, Debug, PartialEq)]
pub struct Explanation {
    /// This lead's chance of being won (what [`Model::probability`] gives).
    pub probability: f64,
    /// The average lead's chance ([`Model::base_rate`]).
    pub base_rate: f64,
    /// Per input (same index as the row): percentage points (0..100 scale), summing
    /// EXACTLY (to 1e-9) to 100·(probability − base_rate). Each is the input's log-odds
    /// w_i·x_scaled_i times the secant slope (σ(z) − σ(z₀))/(z − z₀), or σ'(z₀) when z is
    /// within [`Explanation::TANGENT_WITHIN`] of z₀. Where both the lead and the average
    /// lead are so certain that σ(z) = σ(z₀) in floating point, every input shows 0.
    pub points: Vec<f64>,
}

impl Explanation {
    /// Below this distance in log-odds the secant is replaced by the tangent: the secant
    /// would divide rounding noise by a tiny number, while the tangent differs from it by
    /// at most |z − z₀| / 2 relatively, and from the exact sum by far less than 1e-9 points.
    pub const TANGENT_WITHIN: f64 = 1e-9;

    /// The explanation of `row` (natural units) under `model`.
    pub fn of(model: &Model, row: &[f64]) -> Explanation {
        let log_odds: Vec<f64> = model.contributions(row).collect();
        // The same sum in the same order as Model::log_odds, so `probability` is the
        // score itself, bit for bit.
        let shift = log_odds.iter().sum::<f64>();
        let base_rate = model.base_rate();
        let probability = sigmoid(model.intercept + shift);
        let slope = if shift.abs() > Self::TANGENT_WITHIN {
            (probability - base_rate) / shift
        } else {
            base_rate * (1.0 - base_rate)
        };
        let points = log_odds.iter().map(|&part| 100.0 * slope * part).collect();
        Explanation {
            probability,
            base_rate,
            points,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::leads::scoring::model::Model;
    use crate::domain::leads::scoring::scaling::Scaling;
    use crate::domain::sample::rng::Rng;

    fn random_model(rng: &mut Rng, inputs: usize) -> Model {
        Model {
            scaling: Scaling {
                centre: (0..inputs).map(|_| rng.unit() * 10.0 - 5.0).collect(),
                scale: (0..inputs).map(|_| 0.2 + rng.unit() * 5.0).collect(),
            },
            intercept: rng.unit() * 6.0 - 3.0,
            weights: (0..inputs).map(|_| rng.unit() * 4.0 - 2.0).collect(),
            outcomes: 10,
        }
    }

    fn random_row(rng: &mut Rng, inputs: usize) -> Vec<f64> {
        (0..inputs).map(|_| rng.unit() * 30.0 - 15.0).collect()
    }

    #[test]
    fn points_add_up_to_the_distance_from_the_base_rate() {
        let mut rng = Rng::new(11);
        for _ in 0..200 {
            let inputs = 1 + rng.below(15);
            let model = random_model(&mut rng, inputs);
            for _ in 0..20 {
                let row = random_row(&mut rng, inputs);
                let explanation = model.explain(&row);
                let total: f64 = explanation.points.iter().sum();
                let distance = 100.0 * (explanation.probability - explanation.base_rate);
                assert!((total - distance).abs() < 1e-9, "{total} vs {distance}");
                assert_eq!(explanation.probability, model.probability(&row));
                assert_eq!(explanation.base_rate, model.base_rate());
                assert_eq!(explanation.points.len(), inputs);
            }
        }
    }

    #[test]
    fn points_keep_the_sign_of_each_inputs_log_odds() {
        let mut rng = Rng::new(12);
        for _ in 0..2000 {
            let inputs = 1 + rng.below(8);
            let model = random_model(&mut rng, inputs);
            let row = random_row(&mut rng, inputs);
            let explanation = model.explain(&row);
            for (input, points) in explanation.points.iter().enumerate() {
                let scaled =
                    (row[input] - model.scaling.centre[input]) / model.scaling.scale[input];
                let log_odds = model.weights[input] * scaled;
                if log_odds.abs() > 1e-12
                    && (explanation.probability - explanation.base_rate).abs() > 1e-12
                {
                    assert_eq!(points.signum(), log_odds.signum(), "input {input}");
                }
            }
        }
    }

    #[test]
    fn points_are_proportional_to_log_odds() {
        let model = Model {
            scaling: Scaling {
                centre: vec![0.0, 0.0, 0.0],
                scale: vec![1.0, 1.0, 1.0],
            },
            intercept: -1.0,
            weights: vec![1.0, -0.5, 2.0],
            outcomes: 0,
        };
        let explanation = model.explain(&[1.0, 1.0, 0.25]);
        // Log-odds 1, −0.5, 0.5: the first input counts twice as much as each other one.
        let points = &explanation.points;
        assert!((points[0] - 2.0 * points[2]).abs() < 1e-12);
        assert!((points[1] + points[2]).abs() < 1e-12);
        // z = 0, z₀ = −1: σ(0) − σ(−1) over a log-odds distance of 1.
        let expected_total = 100.0 * (0.5 - 0.268_941_421_369_995_1);
        assert!((points.iter().sum::<f64>() - expected_total).abs() < 1e-9);
        assert!((points[0] - expected_total).abs() < 1e-9);
    }

    #[test]
    fn an_input_at_its_centre_contributes_nothing() {
        let mut rng = Rng::new(13);
        let model = random_model(&mut rng, 5);
        let mut row = random_row(&mut rng, 5);
        row[2] = model.scaling.centre[2];
        assert_eq!(model.explain(&row).points[2], 0.0);
        let explanation = model.explain(&model.scaling.centre);
        assert!(explanation.points.iter().all(|&points| points == 0.0));
        assert_eq!(explanation.probability, explanation.base_rate);
    }

    #[test]
    fn a_lead_next_to_the_average_uses_the_tangent_and_still_adds_up() {
        let model = Model {
            scaling: Scaling {
                centre: vec![0.0, 0.0],
                scale: vec![1.0, 1.0],
            },
            intercept: 0.8,
            weights: vec![1.0, 1.0],
            outcomes: 0,
        };
        let explanation = model.explain(&[3e-10, -1e-10]);
        let total: f64 = explanation.points.iter().sum();
        assert!((total - 100.0 * (explanation.probability - explanation.base_rate)).abs() < 1e-9);
        assert!(explanation.points[0] > 0.0 && explanation.points[1] < 0.0);
        assert!((explanation.points[0] + 3.0 * explanation.points[1]).abs() < 1e-20);
    }
}

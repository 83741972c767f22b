//! Learning from the rep's closed leads without forgetting the prior: a penalised
//! maximum-likelihood fit whose penalty pulls toward the prior's weights rather than
//! toward zero. With few outcomes the penalty dominates and the model stays the prior;
//! with many the likelihood dominates and the model becomes the rep's own.
//!
//! The objective is convex (strictly, when the penalty is positive), so Newton's method
//! from the prior reaches its single minimum in a handful of steps; a backtracking line
//! search keeps every step downhill, so even outcomes that one input separates perfectly
//! cannot make it diverge.

use super::linear_algebra::solve_positive_definite;
use super::logistic::{sigmoid, softplus};
use super::model::{Model, Penalty, PriorModel};
use super::scaling::Scaling;

/// A bound, not a target: Newton usually stops after 4 to 8 steps. Only a near-zero
/// penalty with outcomes that one input separates perfectly uses them all (its minimum
/// lies at infinity), and then the weights just stop, large and finite.
const MAX_STEPS: usize = 50;

/// Stop once a step moves no parameter by more than this, relative to the largest one:
/// Newton converges quadratically, so the next step would be far below what any score or
/// explanation can show.
const STEP_TOLERANCE: f64 = 1e-10;

/// Halvings of a step before the search gives up (the step is then below rounding).
const MAX_HALVINGS: usize = 60;

/// Fits by Newton's method on −loglik + penalty.weights·‖w − w₀‖² +
/// penalty.intercept·(b − b₀)², where w₀, b₀ are the prior on `scaling`
/// ([`Model::from_prior`]). `closed` are natural-unit rows with the outcome (true = won).
/// With no closed rows it returns the prior (outcomes 0).
///
/// Converges to a tolerance with an iteration cap; deterministic (rows are visited in the
/// given order, every sum runs in one fixed order); never NaN: `exp` never overflows, and
/// with a positive penalty the Newton matrix has at least 2λ on its diagonal, so its
/// Cholesky succeeds. A zero penalty is allowed (the calibration slope uses it): should
/// the matrix then be singular, a tiny ridge is added for that step. A step whose
/// objective is not a finite improvement is never taken, so even absurd inputs
/// (1e300) leave the parameters finite, at worst at the prior.
///
/// # Panics
/// When a row, the prior or `scaling` disagree on the number of inputs, or a penalty is
/// negative or not finite.
pub fn fit(
    prior: &PriorModel,
    scaling: Scaling,
    closed: &[(&[f64], bool)],
    penalty: Penalty,
) -> Model {
    assert!(
        penalty.weights.is_finite() && penalty.weights >= 0.0,
        "penalty on the weights must be finite and not negative"
    );
    assert!(
        penalty.intercept.is_finite() && penalty.intercept >= 0.0,
        "penalty on the intercept must be finite and not negative"
    );
    let start = Model::from_prior(prior, scaling);
    if closed.is_empty() {
        return start;
    }
    let objective = Objective::new(&start, closed, penalty);
    let parameters = objective.minimise();
    Model {
        intercept: parameters[0],
        weights: parameters[1..].to_vec(),
        outcomes: closed.len(),
        scaling: start.scaling,
    }
}

/// The penalised negative log-likelihood over parameters laid out as
/// `[intercept, weight₁, …, weightₖ]`.
struct Objective {
    parameters: usize,
    /// The closed rows scaled once, each led by a 1 for the intercept, one after another:
    /// every Newton step then runs over one flat slice and allocates nothing.
    design: Vec<f64>,
    won: Vec<bool>,
    /// The prior's parameters on this scaling: where the penalty pulls.
    anchor: Vec<f64>,
    /// λ per parameter.
    strength: Vec<f64>,
}

impl Objective {
    fn new(start: &Model, closed: &[(&[f64], bool)], penalty: Penalty) -> Objective {
        let inputs = start.weights.len();
        let parameters = inputs + 1;
        let mut design = vec![0.0; closed.len() * parameters];
        for ((row, _), scaled) in closed.iter().zip(design.chunks_exact_mut(parameters)) {
            assert_eq!(row.len(), inputs, "one value per input in every closed row");
            scaled[0] = 1.0;
            start.scaling.apply(row, &mut scaled[1..]);
        }
        let mut anchor = Vec::with_capacity(parameters);
        anchor.push(start.intercept);
        anchor.extend_from_slice(&start.weights);
        let mut strength = vec![penalty.weights; parameters];
        strength[0] = penalty.intercept;
        Objective {
            parameters,
            design,
            won: closed.iter().map(|&(_, won)| won).collect(),
            anchor,
            strength,
        }
    }

    fn rows(&self) -> impl Iterator<Item = (&[f64], bool)> {
        self.design
            .chunks_exact(self.parameters)
            .zip(self.won.iter().copied())
    }

    fn value(&self, parameters: &[f64]) -> f64 {
        let loss: f64 = self
            .rows()
            .map(|(row, won)| log_loss(dot(row, parameters), won))
            .sum();
        loss + self.penalty(parameters)
    }

    fn penalty(&self, parameters: &[f64]) -> f64 {
        parameters
            .iter()
            .zip(&self.anchor)
            .zip(&self.strength)
            .map(|((value, anchor), strength)| strength * (value - anchor) * (value - anchor))
            .sum()
    }

    /// The gradient and Hessian, written into the caller's buffers. The Hessian
    /// XᵀWX + 2Λ is accumulated row by row into its lower triangle only (all that
    /// Cholesky reads), which halves the work of the one costly loop.
    fn derivatives(&self, parameters: &[f64], gradient: &mut [f64], hessian: &mut [f64]) {
        let n = self.parameters;
        gradient.fill(0.0);
        hessian.fill(0.0);
        for (row, won) in self.rows() {
            let probability = sigmoid(dot(row, parameters));
            let residual = probability - if won { 1.0 } else { 0.0 };
            let curvature = probability * (1.0 - probability);
            for (a, &x) in row.iter().enumerate() {
                gradient[a] += residual * x;
                let weighted = curvature * x;
                for (cell, &y) in hessian[a * n..=a * n + a].iter_mut().zip(&row[..=a]) {
                    *cell += weighted * y;
                }
            }
        }
        for j in 0..n {
            gradient[j] += 2.0 * self.strength[j] * (parameters[j] - self.anchor[j]);
            hessian[j * n + j] += 2.0 * self.strength[j];
        }
    }

    /// Damped Newton from the prior.
    fn minimise(&self) -> Vec<f64> {
        let n = self.parameters;
        let mut parameters = self.anchor.clone();
        let mut gradient = vec![0.0; n];
        let mut hessian = vec![0.0; n * n];
        let mut factor = vec![0.0; n * n];
        let mut step = vec![0.0; n];
        let mut trial = vec![0.0; n];
        let mut value = self.value(&parameters);
        for _ in 0..MAX_STEPS {
            self.derivatives(&parameters, &mut gradient, &mut hessian);
            if !newton_step(&hessian, &gradient, &mut factor, &mut step) {
                break;
            }
            let descent = dot(&gradient, &step);
            if descent.is_nan() || descent >= 0.0 {
                break; // already at the minimum, to rounding
            }
            // Accept a step that lowers the objective by a fair share of what the slope
            // promises (Armijo); the small allowance for rounding lets a last tiny step at
            // the minimum through instead of halving it sixty times.
            let rounding = 8.0 * f64::EPSILON * value.abs();
            let mut length = 1.0;
            let mut accepted = None;
            for _ in 0..MAX_HALVINGS {
                for ((trial, parameter), step) in trial.iter_mut().zip(&parameters).zip(&step) {
                    *trial = parameter + length * step;
                }
                let trial_value = self.value(&trial);
                if trial_value <= value + 1e-4 * length * descent + rounding {
                    accepted = Some(trial_value);
                    break;
                }
                length *= 0.5;
            }
            let Some(trial_value) = accepted else {
                break;
            };
            value = trial_value;
            let largest_move = step
                .iter()
                .fold(0.0_f64, |most, step| most.max((length * step).abs()));
            let largest_parameter = parameters
                .iter()
                .fold(0.0_f64, |most, parameter| most.max(parameter.abs()));
            parameters.copy_from_slice(&trial);
            if largest_move <= STEP_TOLERANCE * (1.0 + largest_parameter) {
                break;
            }
        }
        parameters
    }
}

/// Writes the Newton step −H⁻¹g into `step`; `factor` is scratch space. When H is not
/// positive definite (without a penalty, or with inputs so large that rounding breaks
/// it), retries with a growing ridge on the diagonal; false when even that fails.
fn newton_step(hessian: &[f64], gradient: &[f64], factor: &mut [f64], step: &mut [f64]) -> bool {
    let n = gradient.len();
    let largest_diagonal = (0..n).fold(0.0_f64, |most, j| most.max(hessian[j * n + j]));
    let mut ridge = 0.0;
    for _ in 0..8 {
        factor.copy_from_slice(hessian);
        for j in 0..n {
            factor[j * n + j] += ridge;
        }
        for (step, gradient) in step.iter_mut().zip(gradient) {
            *step = -gradient;
        }
        if solve_positive_definite(factor, step).is_ok() {
            return true;
        }
        ridge = if ridge == 0.0 {
            1e-10 * (1.0 + largest_diagonal)
        } else {
            ridge * 100.0
        };
    }
    false
}

/// −log P(outcome) at log-odds `z`.
fn log_loss(z: f64, won: bool) -> f64 {
    if won { softplus(-z) } else { softplus(z) }
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(a, b)| a * b).sum()
}

#[cfg(test)]
mod tests {
    use super::fit;
    use crate::domain::leads::scoring::model::{Model, Penalty, PriorModel};
    use crate::domain::leads::scoring::scaling::{InputKind, Scaling};
    use crate::domain::sample::rng::Rng;

    const TINY: Penalty = Penalty {
        weights: 1e-9,
        intercept: 1e-9,
    };

    fn no_inputs_prior(intercept: f64) -> PriorModel {
        PriorModel {
            intercept,
            weights: vec![],
            reference: Scaling {
                centre: vec![],
                scale: vec![],
            },
        }
    }

    fn borrowed(rows: &[(Vec<f64>, bool)]) -> Vec<(&[f64], bool)> {
        rows.iter().map(|(row, won)| (&row[..], *won)).collect()
    }

    #[test]
    fn without_outcomes_the_fit_is_the_prior() {
        let prior = PriorModel {
            intercept: -1.0,
            weights: vec![0.5, 0.02],
            reference: Scaling {
                centre: vec![0.4, 30.0],
                scale: vec![1.0, 40.0],
            },
        };
        let fitted = fit(&prior, prior.reference.clone(), &[], Penalty::default());
        assert_eq!(fitted, Model::from_prior(&prior, prior.reference.clone()));
        assert_eq!(fitted.outcomes, 0);
    }

    #[test]
    fn intercept_only_with_a_tiny_penalty_gives_the_observed_win_share() {
        let rows: Vec<(Vec<f64>, bool)> = (0..20).map(|i| (vec![], i % 20 < 7)).collect();
        let model = fit(
            &no_inputs_prior(2.0),
            no_inputs_prior(2.0).reference,
            &borrowed(&rows),
            TINY,
        );
        assert!(
            (model.base_rate() - 0.35).abs() < 1e-6,
            "{}",
            model.base_rate()
        );
        assert_eq!(model.outcomes, 20);
    }

    #[test]
    fn intercept_only_solves_the_penalised_equation() {
        // The minimum of Σ softplus(b) − wins·b + λ(b − b₀)² has
        // n·σ(b) − wins + 2λ(b − b₀) = 0: the prior at b₀ = 2 pulls 7 of 20 up.
        let rows: Vec<(Vec<f64>, bool)> = (0..20).map(|i| (vec![], i < 7)).collect();
        let penalty = Penalty::default();
        let model = fit(
            &no_inputs_prior(2.0),
            no_inputs_prior(2.0).reference,
            &borrowed(&rows),
            penalty,
        );
        let b = model.intercept;
        let gradient = 20.0 * model.base_rate() - 7.0 + 2.0 * penalty.intercept * (b - 2.0);
        assert!(gradient.abs() < 1e-9, "{gradient}");
        assert!(model.base_rate() > 0.35 && model.base_rate() < 0.5);
    }

    /// Minimum of a one-dimensional convex function on [low, high] by golden section.
    fn golden_section(mut low: f64, mut high: f64, f: impl Fn(f64) -> f64) -> f64 {
        let ratio = (5f64.sqrt() - 1.0) / 2.0;
        let mut left = high - ratio * (high - low);
        let mut right = low + ratio * (high - low);
        let (mut f_left, mut f_right) = (f(left), f(right));
        while high - low > 1e-10 {
            if f_left < f_right {
                high = right;
                (right, f_right) = (left, f_left);
                left = high - ratio * (high - low);
                f_left = f(left);
            } else {
                low = left;
                (left, f_left) = (right, f_right);
                right = low + ratio * (high - low);
                f_right = f(right);
            }
        }
        (low + high) / 2.0
    }

    #[test]
    fn one_input_matches_a_brute_force_minimum_of_the_same_objective() {
        let mut rng = Rng::new(5);
        let rows: Vec<(Vec<f64>, bool)> = (0..40)
            .map(|_| {
                let days = rng.unit() * 50.0;
                (
                    vec![days],
                    rng.chance(1.0 / (1.0 + (-(1.0 - 0.06 * days)).exp())),
                )
            })
            .collect();
        let prior = PriorModel {
            intercept: -1.0,
            weights: vec![0.05],
            reference: Scaling {
                centre: vec![20.0],
                scale: vec![30.0],
            },
        };
        let scaling = Scaling::from_rows(
            &[InputKind::Numeric],
            &rows.iter().map(|(row, _)| &row[..]).collect::<Vec<_>>(),
            &prior.reference,
        );
        let penalty = Penalty {
            weights: 0.7,
            intercept: 0.3,
        };
        let model = fit(&prior, scaling.clone(), &borrowed(&rows), penalty);

        // The same objective written out by hand on the scaled input.
        let (centre, scale) = (scaling.centre[0], scaling.scale[0]);
        let prior_weight = 0.05 * scale;
        let prior_intercept = -1.0 + 0.05 * centre;
        let objective = |b: f64, w: f64| {
            let loss: f64 = rows
                .iter()
                .map(|(row, won)| {
                    let z = b + w * (row[0] - centre) / scale;
                    (1.0 + z.exp()).ln() - if *won { z } else { 0.0 }
                })
                .sum();
            loss + 0.7 * (w - prior_weight).powi(2) + 0.3 * (b - prior_intercept).powi(2)
        };
        let best_intercept_for = |w: f64| golden_section(-10.0, 10.0, |b| objective(b, w));
        let w = golden_section(-10.0, 10.0, |w| objective(best_intercept_for(w), w));
        let b = best_intercept_for(w);

        assert!(
            (model.weights[0] - w).abs() < 1e-4,
            "{} vs {w}",
            model.weights[0]
        );
        assert!(
            (model.intercept - b).abs() < 1e-4,
            "{} vs {b}",
            model.intercept
        );
        // The data (weight −0.06 per day) have pulled the weight well below the prior's.
        assert!(model.weights[0] < prior_weight - 0.5);
    }

    /// Leads with a binary and two numeric inputs, outcomes drawn from `truth`.
    fn draw(rng: &mut Rng, truth: &PriorModel, count: usize) -> Vec<(Vec<f64>, bool)> {
        (0..count)
            .map(|_| {
                let row = vec![
                    if rng.chance(0.4) { 1.0 } else { 0.0 },
                    rng.unit() * 60.0,
                    rng.unit() + rng.unit() + rng.unit(),
                ];
                let z = truth.intercept
                    + truth
                        .weights
                        .iter()
                        .zip(&row)
                        .map(|(w, x)| w * x)
                        .sum::<f64>();
                let won = rng.chance(1.0 / (1.0 + (-z).exp()));
                (row, won)
            })
            .collect()
    }

    const KINDS: [InputKind; 3] = [InputKind::Binary, InputKind::Numeric, InputKind::Numeric];

    /// A prior that disagrees with [`truth`] on the sign of every weight.
    fn disagreeing_prior() -> PriorModel {
        PriorModel {
            intercept: 0.5,
            weights: vec![-1.0, 0.04, -1.2],
            reference: Scaling {
                centre: vec![0.5, 30.0, 1.5],
                scale: vec![1.0, 35.0, 1.0],
            },
        }
    }

    fn truth() -> PriorModel {
        PriorModel {
            intercept: -0.2,
            weights: vec![1.2, -0.035, 0.9],
            reference: disagreeing_prior().reference,
        }
    }

    fn scaling_of(rows: &[(Vec<f64>, bool)]) -> Scaling {
        let inputs: Vec<&[f64]> = rows.iter().map(|(row, _)| &row[..]).collect();
        Scaling::from_rows(&KINDS, &inputs, &disagreeing_prior().reference)
    }

    #[test]
    fn three_outcomes_leave_the_weights_near_the_prior() {
        // A prior far from zero (scaled weights −2, 2.8, −2.4) and three outcomes that
        // each contradict it.
        let far = PriorModel {
            weights: disagreeing_prior()
                .weights
                .iter()
                .map(|weight| 2.0 * weight)
                .collect(),
            ..disagreeing_prior()
        };
        let rows = vec![
            (vec![1.0, 5.0, 2.5], true),
            (vec![0.0, 55.0, 0.6], false),
            (vec![1.0, 20.0, 1.9], true),
        ];
        let scaling = far.reference.clone();
        let prior = Model::from_prior(&far, scaling.clone());
        let model = fit(&far, scaling.clone(), &borrowed(&rows), Penalty::default());
        let mut scaled = [0.0; 3];
        for input in 0..3 {
            let (weight, prior_weight) = (model.weights[input], prior.weights[input]);
            let moved = (weight - prior_weight).abs();
            // At the minimum 2λ(w − w₀) = −Σ (p − y)·x and |p − y| < 1, so no weight can
            // move further than Σ|x| / 2λ: three leads of at most two sd give at most 3/4.
            let reach: f64 = rows
                .iter()
                .map(|(row, _)| {
                    scaling.apply(row, &mut scaled);
                    scaled[input].abs()
                })
                .sum::<f64>()
                / (2.0 * Penalty::default().weights);
            assert!(moved < reach, "input {input}: moved {moved}, reach {reach}");
            assert!(
                moved > 0.05,
                "input {input}: the outcomes do move it a little"
            );
            assert!(
                moved < 0.25 * prior_weight.abs(),
                "input {input}: {weight} from {prior_weight}"
            );
            assert!(
                moved < weight.abs() / 3.0,
                "input {input}: closer to the prior than to zero"
            );
        }
        // Without the pull of the prior, the same three outcomes move the weights far.
        let unheld = fit(&far, scaling, &borrowed(&rows), TINY);
        assert!(
            unheld
                .weights
                .iter()
                .zip(&prior.weights)
                .any(|(weight, prior)| (weight - prior).abs() > 2.0),
            "{:?}",
            unheld.weights
        );
    }

    #[test]
    fn three_thousand_outcomes_find_the_truth_even_when_the_prior_disagrees() {
        let rows = draw(&mut Rng::new(42), &truth(), 3000);
        let scaling = scaling_of(&rows);
        let model = fit(
            &disagreeing_prior(),
            scaling.clone(),
            &borrowed(&rows),
            Penalty::default(),
        );
        let true_model = Model::from_prior(&truth(), scaling.clone());
        let prior = Model::from_prior(&disagreeing_prior(), scaling);
        for input in 0..3 {
            let (fitted, truth, prior) = (
                model.weights[input],
                true_model.weights[input],
                prior.weights[input],
            );
            assert!(
                (prior - truth).abs() > 1.0,
                "input {input}: the prior disagrees"
            );
            // Sampling sd of a scaled weight is about 1/√(3000 · 0.2 · 0.25) ≈ 0.08.
            assert!(
                (fitted - truth).abs() < 0.3,
                "input {input}: {fitted} vs {truth}"
            );
        }
        let fresh = draw(&mut Rng::new(43), &truth(), 500);
        let mean_error = fresh
            .iter()
            .map(|(row, _)| (model.probability(row) - true_model.probability(row)).abs())
            .sum::<f64>()
            / 500.0;
        assert!(mean_error < 0.03, "{mean_error}");
    }

    #[test]
    fn more_outcomes_move_the_model_further_from_the_prior() {
        let rows = draw(&mut Rng::new(7), &truth(), 3000);
        let scaling = scaling_of(&rows);
        let prior = Model::from_prior(&disagreeing_prior(), scaling.clone());
        let distance_moved = |count: usize| {
            let model = fit(
                &disagreeing_prior(),
                scaling.clone(),
                &borrowed(&rows[..count]),
                Penalty::default(),
            );
            model
                .weights
                .iter()
                .zip(&prior.weights)
                .map(|(a, b)| (a - b).powi(2))
                .sum::<f64>()
                .sqrt()
        };
        let moved: Vec<f64> = [10, 100, 1000, 3000]
            .into_iter()
            .map(distance_moved)
            .collect();
        assert!(moved.windows(2).all(|pair| pair[0] < pair[1]), "{moved:?}");
    }

    #[test]
    fn fitting_twice_gives_bit_identical_models() {
        let rows = draw(&mut Rng::new(9), &truth(), 2000);
        let scaling = scaling_of(&rows);
        let first = fit(
            &disagreeing_prior(),
            scaling.clone(),
            &borrowed(&rows),
            Penalty::default(),
        );
        let second = fit(
            &disagreeing_prior(),
            scaling,
            &borrowed(&rows),
            Penalty::default(),
        );
        let bits = |model: &Model| {
            std::iter::once(model.intercept)
                .chain(model.weights.iter().copied())
                .map(f64::to_bits)
                .collect::<Vec<_>>()
        };
        assert_eq!(bits(&first), bits(&second));
    }

    #[test]
    fn separated_outcomes_without_a_penalty_stay_finite() {
        // Every lead with more than 30 days is lost, every other won: the unpenalised
        // weight would run off to minus infinity.
        let rows: Vec<(Vec<f64>, bool)> = (0..60)
            .map(|day| (vec![0.0, day as f64, 1.0], day <= 30))
            .collect();
        let scaling = scaling_of(&rows);
        for penalty in [
            Penalty {
                weights: 0.0,
                intercept: 0.0,
            },
            TINY,
        ] {
            let model = fit(
                &disagreeing_prior(),
                scaling.clone(),
                &borrowed(&rows),
                penalty,
            );
            assert!(model.intercept.is_finite() && model.weights.iter().all(|w| w.is_finite()));
            assert!(model.weights[1] < -10.0, "{:?}", model.weights);
            assert!(model.probability(&[0.0, 0.0, 1.0]) > 0.99);
            assert!(model.probability(&[0.0, 59.0, 1.0]) < 0.01);
        }
    }

    #[test]
    fn huge_inputs_give_no_nan() {
        let rows = vec![
            (vec![1.0, 1e9, 1.0], true),
            (vec![0.0, -1e9, 2.0], false),
            (vec![1.0, 3.0, 1e12], false),
            (vec![0.0, 1e300, -1e300], true),
        ];
        let model = fit(
            &disagreeing_prior(),
            disagreeing_prior().reference,
            &borrowed(&rows),
            Penalty::default(),
        );
        assert!(model.intercept.is_finite() && model.weights.iter().all(|w| w.is_finite()));
        for (row, _) in &rows {
            assert!(model.probability(row).is_finite());
        }
    }
}

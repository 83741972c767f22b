//! How good scores are on leads the model did not learn from: whether they rank won leads
//! above lost ones (AUC), and whether a lead scored 30 % is won about 30 % of the time
//! (calibration error, calibration slope, Brier score). Ranking alone is not enough,
//! because reps read the percentage itself.
//!
//! Each returns NaN where the question has no answer (no leads, or only won or only
//! lost ones), so that an evaluation on unsuitable data cannot pass as a number.
//!
//! # Panics
//! Every function panics when its two slices differ in length.

use super::fit::fit;
use super::logistic::logit;
use super::model::{Penalty, PriorModel};
use super::scaling::Scaling;

/// The chance that a won lead scores above a lost one (Mann–Whitney), ties counting ½:
/// 1 ranks perfectly, 0.5 is no better than chance. Sorts once, so O(n log n).
pub fn auc(scores: &[f64], won: &[bool]) -> f64 {
    assert_eq!(scores.len(), won.len(), "one outcome per score");
    let positives = won.iter().filter(|&&won| won).count();
    let negatives = won.len() - positives;
    if positives == 0 || negatives == 0 {
        return f64::NAN;
    }
    let mut order: Vec<usize> = (0..scores.len()).collect();
    order.sort_by(|&a, &b| scores[a].total_cmp(&scores[b]));
    // Twice the number of (won, lost) pairs ranked right, ties once: whole numbers, so
    // the sum is exact whatever the order of the leads.
    let mut twice_right: u128 = 0;
    let mut lost_below: u128 = 0;
    for group in order.chunk_by(|&a, &b| scores[a] == scores[b]) {
        let won_here = group.iter().filter(|&&lead| won[lead]).count() as u128;
        let lost_here = group.len() as u128 - won_here;
        twice_right += won_here * (2 * lost_below + lost_here);
        lost_below += lost_here;
    }
    twice_right as f64 / (2.0 * positives as f64 * negatives as f64)
}

/// Expected calibration error: leads put into `bins` equal-width bins of predicted
/// probability (a probability of exactly 1 in the last), and the gap between mean
/// prediction and share won in each bin, weighted by the bin's share of leads. Each bin's
/// term count/n · |Σp/count − wins/count| is computed as |Σp − wins| / n, which is the
/// same and needs no division by an empty bin.
///
/// # Panics
/// When `bins` is 0.
pub fn expected_calibration_error(p: &[f64], won: &[bool], bins: usize) -> f64 {
    assert_eq!(p.len(), won.len(), "one outcome per probability");
    assert!(bins > 0, "at least one bin");
    if p.is_empty() {
        return f64::NAN;
    }
    let mut gap = vec![0.0; bins];
    for (&probability, &won) in p.iter().zip(won) {
        let bin = ((probability * bins as f64) as usize).min(bins - 1);
        gap[bin] += probability - if won { 1.0 } else { 0.0 };
    }
    gap.iter().map(|gap| gap.abs()).sum::<f64>() / p.len() as f64
}

/// The slope of a logistic regression of the outcome on logit(p): 1 when scores are as
/// spread as they should be, below 1 when they are over-confident (too close to 0 and
/// 1), above 1 when too timid. The regression is itself a one-input [`fit`] without
/// penalty, started at perfect calibration (intercept 0, slope 1); probabilities of
/// exactly 0 or 1 count as a hair inside. NaN also when every p is the same (no slope).
pub fn calibration_slope(p: &[f64], won: &[bool]) -> f64 {
    assert_eq!(p.len(), won.len(), "one outcome per probability");
    if !won.contains(&true) || !won.contains(&false) {
        return f64::NAN;
    }
    let log_odds: Vec<[f64; 1]> = p.iter().map(|&p| [logit(p)]).collect();
    if log_odds.iter().all(|x| x[0] == log_odds[0][0]) {
        return f64::NAN;
    }
    let identity = Scaling {
        centre: vec![0.0],
        scale: vec![1.0],
    };
    let perfectly_calibrated = PriorModel {
        intercept: 0.0,
        weights: vec![1.0],
        reference: identity.clone(),
    };
    let rows: Vec<(&[f64], bool)> = log_odds
        .iter()
        .zip(won)
        .map(|(x, &won)| (&x[..], won))
        .collect();
    let unpenalised = Penalty {
        weights: 0.0,
        intercept: 0.0,
    };
    // On the identity scaling the scaled weight is the natural one.
    fit(&perfectly_calibrated, identity, &rows, unpenalised).weights[0]
}

/// Mean squared distance between the probability and the outcome (1 won, 0 lost):
/// 0 is perfect, 0.25 is what always saying 50 % scores.
pub fn brier(p: &[f64], won: &[bool]) -> f64 {
    assert_eq!(p.len(), won.len(), "one outcome per probability");
    if p.is_empty() {
        return f64::NAN;
    }
    let squares: f64 = p
        .iter()
        .zip(won)
        .map(|(&p, &won)| (p - if won { 1.0 } else { 0.0 }).powi(2))
        .sum();
    squares / p.len() as f64
}

#[cfg(test)]
mod tests {
    use super::{auc, brier, calibration_slope, expected_calibration_error};
    use crate::domain::leads::scoring::logistic::sigmoid;
    use crate::domain::sample::rng::Rng;

    #[test]
    fn auc_of_a_perfect_ranking_is_one_and_of_a_reversed_one_zero() {
        let scores = [0.1, 0.2, 0.3, 0.6, 0.7, 0.9];
        let won = [false, false, false, true, true, true];
        assert_eq!(auc(&scores, &won), 1.0);
        let reversed: Vec<bool> = won.iter().map(|won| !won).collect();
        assert_eq!(auc(&scores, &reversed), 0.0);
    }

    #[test]
    fn auc_of_all_ties_is_one_half() {
        assert_eq!(auc(&[0.4; 5], &[true, false, false, true, false]), 0.5);
    }

    #[test]
    fn auc_of_a_small_case_counted_by_hand() {
        // Won 0.35 beats lost 0.1 but not lost 0.4; won 0.8 beats both: 3 of 4 pairs.
        assert_eq!(
            auc(&[0.1, 0.4, 0.35, 0.8], &[false, false, true, true]),
            0.75
        );
        // Won 0.5 ties lost 0.5 (½) and beats lost 0.2; won 0.9 beats both: 3.5 of 4.
        assert_eq!(
            auc(&[0.5, 0.5, 0.2, 0.9], &[true, false, false, true]),
            0.875
        );
        // Order of the leads does not matter.
        assert_eq!(
            auc(&[0.9, 0.2, 0.5, 0.5], &[true, false, false, true]),
            0.875
        );
    }

    #[test]
    fn auc_without_both_outcomes_is_undefined() {
        assert!(auc(&[0.1, 0.2], &[true, true]).is_nan());
        assert!(auc(&[], &[]).is_nan());
    }

    #[test]
    fn ece_of_perfectly_calibrated_bins_is_zero() {
        let p = [0.25, 0.25, 0.25, 0.25, 0.75, 0.75, 0.75, 0.75];
        let won = [true, false, false, false, true, true, false, true];
        assert_eq!(expected_calibration_error(&p, &won, 10), 0.0);
    }

    #[test]
    fn ece_of_a_case_counted_by_hand() {
        // Bin [0, 0.5): mean 0.15, half won: gap 0.35 on half the leads.
        // Bin [0.5, 1]: mean 0.8 (1.0 belongs here), all won: gap 0.2 on the other half.
        let p = [0.1, 0.2, 0.6, 1.0];
        let won = [false, true, true, true];
        let ece = expected_calibration_error(&p, &won, 2);
        assert!((ece - (0.5 * 0.35 + 0.5 * 0.2)).abs() < 1e-15, "{ece}");
        // One bin only: mean 0.475 against 0.75 won.
        assert!((expected_calibration_error(&p, &won, 1) - 0.275).abs() < 1e-15);
    }

    /// Outcomes drawn from known log-odds spread evenly over [−3, 3].
    fn drawn(count: usize) -> (Vec<f64>, Vec<bool>) {
        let mut rng = Rng::new(2024);
        let log_odds: Vec<f64> = (0..count).map(|_| rng.unit() * 6.0 - 3.0).collect();
        let won = log_odds.iter().map(|&z| rng.chance(sigmoid(z))).collect();
        (log_odds, won)
    }

    #[test]
    fn calibration_slope_of_true_probabilities_is_about_one() {
        let (log_odds, won) = drawn(20_000);
        let p: Vec<f64> = log_odds.iter().map(|&z| sigmoid(z)).collect();
        let slope = calibration_slope(&p, &won);
        assert!((slope - 1.0).abs() < 0.05, "{slope}");
        assert!(expected_calibration_error(&p, &won, 10) < 0.02);
    }

    #[test]
    fn calibration_slope_of_over_confident_scores_is_about_one_half() {
        let (log_odds, won) = drawn(20_000);
        let doubled: Vec<f64> = log_odds.iter().map(|&z| sigmoid(2.0 * z)).collect();
        let slope = calibration_slope(&doubled, &won);
        assert!((slope - 0.5).abs() < 0.03, "{slope}");
        let halved: Vec<f64> = log_odds.iter().map(|&z| sigmoid(0.5 * z)).collect();
        let slope = calibration_slope(&halved, &won);
        assert!((slope - 2.0).abs() < 0.1, "{slope}");
    }

    #[test]
    fn calibration_slope_without_spread_or_outcomes_is_undefined() {
        assert!(calibration_slope(&[0.3, 0.3, 0.3], &[true, false, true]).is_nan());
        assert!(calibration_slope(&[0.3, 0.6], &[false, false]).is_nan());
    }

    #[test]
    fn brier_of_a_case_counted_by_hand() {
        // (0.2² + 0.3² + 0.5²) / 3.
        let score = brier(&[0.8, 0.3, 0.5], &[true, false, true]);
        assert!((score - 0.38 / 3.0).abs() < 1e-15, "{score}");
        assert_eq!(brier(&[1.0, 0.0], &[true, false]), 0.0);
        assert!(brier(&[], &[]).is_nan());
    }
}

//! The model's quality on the sample generator's leads, whose outcomes were drawn from
//! known true chances (`domain/sample/lead_stories.rs`): trained on one sample, judged
//! on another drawn with a different seed.

use super::*;
use crate::domain::leads::model_quality::{ClosedLeads, quality, quality_sample};

#[test]
fn trained_on_2000_closed_leads_it_ranks_and_is_calibrated_like_the_truth() {
    let (train_sample, test_sample) = (quality_sample(11), quality_sample(12));
    for kind in LeadKind::ALL {
        let train = ClosedLeads::of(&train_sample, kind);
        let held_out = ClosedLeads::of(&test_sample, kind);
        assert!(
            train.rows.len() >= 2_000,
            "{kind:?}: {} closed",
            train.rows.len()
        );
        let q = quality(&train, train.rows.len(), &held_out, kind);
        println!("{kind:?}: {q:?}");
        assert!(
            q.true_auc - q.auc <= 0.03,
            "{kind:?}: AUC {} against {}",
            q.auc,
            q.true_auc
        );
        assert!(q.expected_calibration_error <= 0.05, "{kind:?}: {q:?}");
        assert!(
            (0.8..=1.2).contains(&q.calibration_slope),
            "{kind:?}: {q:?}"
        );
        assert!(q.brier < q.base_rate_brier, "{kind:?}: {q:?}");
    }
}

#[test]
fn with_few_closed_leads_the_prior_carries_the_model() {
    let (train_sample, test_sample) = (quality_sample(21), quality_sample(22));
    for kind in LeadKind::ALL {
        let train = ClosedLeads::of(&train_sample, kind);
        let held_out = ClosedLeads::of(&test_sample, kind);
        for count in [0, 10, 30] {
            let q = quality(&train, count, &held_out, kind);
            assert_eq!(q.trained_on, count);
            println!("{kind:?} after {count}: {q:?}");
            assert!(q.auc > 0.6, "{kind:?} after {count}: {q:?}");
            assert!(
                q.mean_distance_from_truth <= 0.15,
                "{kind:?} after {count}: {q:?}"
            );
        }
    }
}

#[test]
fn the_same_leads_give_the_same_weights_bit_for_bit() {
    let train = ClosedLeads::of(&quality_sample(31), LeadKind::Sale);
    let first = super::train(LeadKind::Sale, &train.rows);
    let again = super::train(LeadKind::Sale, &train.rows);
    assert_eq!(first.weights, again.weights);
    assert_eq!(first.intercept.to_bits(), again.intercept.to_bits());
}

#[test]
fn every_score_splits_into_reasons_that_add_up_to_its_distance_from_the_base_rate() {
    let train = ClosedLeads::of(&quality_sample(41), LeadKind::Recruit);
    let model = super::train(LeadKind::Recruit, &train.rows);
    for row in train.rows.iter().take(300) {
        let explanation = model.explain(&row.row);
        let total: f64 = explanation.points.iter().sum();
        let distance = 100.0 * (explanation.probability - explanation.base_rate);
        assert!(
            (total - distance).abs() < 1e-9,
            "{total} against {distance}"
        );
        let shown = score(&model, row);
        assert!(shown.reasons_for.len() <= REASONS_SHOWN);
        assert!(shown.reasons_for.iter().all(|(_, p)| *p > 0.0));
        assert!(shown.reasons_against.iter().all(|(_, p)| *p < 0.0));
        assert!(
            shown
                .reasons_for
                .windows(2)
                .all(|w| w[0].1.abs() >= w[1].1.abs())
        );
    }
}

#[test]
fn bands_are_fixed_thresholds() {
    assert_eq!(Band::of(0.19), Band::Low);
    // Read as "20 %" and "50 %".
    assert_eq!(Band::of(0.196), Band::Medium);
    assert_eq!(Band::of(0.4951), Band::High);
    assert_eq!(Band::of(0.194), Band::Low);
    assert_eq!(Band::of(0.2), Band::Medium);
    assert_eq!(Band::of(0.49), Band::Medium);
    assert_eq!(Band::of(0.5), Band::High);
}

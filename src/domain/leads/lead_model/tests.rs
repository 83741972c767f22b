//! The model's quality on the sample generator's leads, whose outcomes were drawn from
//! known true chances (`domain/sample/lead_stories.rs`): trained on one sample, judged
//! on another drawn with a different seed.

use super::*;
use crate::domain::leads::lead_rows::{RecordIndex, lead_rows};
use crate::domain::leads::lead_settings::LeadSettings;
use crate::domain::leads::scoring::metrics::{
    auc, brier, calibration_slope, expected_calibration_error,
};
use crate::domain::sample::{Owner, Sample, SampleSize, generate};
use chrono::NaiveDate;
use std::collections::HashMap;

/// Enough leads for well over 2,000 closed ones of each kind.
const SIZE: SampleSize = SampleSize {
    contacts: 3_000,
    members: 20,
    leads: 9_000,
    interactions: 60_000,
    orders: 6_000,
};

struct Closed {
    rows: Vec<LeadRow>,
    truth: Vec<f64>,
}

fn sample(seed: u64) -> Sample {
    let today = NaiveDate::from_ymd_opt(2026, 6, 17).unwrap();
    generate(seed, SIZE, today, &Owner { name: "Lena" })
}

/// The closed leads of `kind`, with their true chances.
fn closed(sample: &Sample, kind: LeadKind) -> Closed {
    let data = &sample.data;
    let index = RecordIndex::new(&data.contacts, &data.interactions, &data.orders);
    let now = NaiveDate::from_ymd_opt(2026, 6, 17)
        .unwrap()
        .and_hms_opt(12, 0, 0)
        .unwrap()
        .and_utc();
    let chances: HashMap<Uuid, f64> = sample.lead_chances.iter().copied().collect();
    let rows: Vec<LeadRow> = lead_rows(&data.leads, &index, &LeadSettings::default(), now)
        .into_iter()
        .filter(|r| r.kind == kind && r.won.is_some())
        .collect();
    let truth = rows.iter().map(|r| chances[&r.lead_id]).collect();
    Closed { rows, truth }
}

fn outcomes(c: &Closed) -> Vec<bool> {
    c.rows.iter().map(|r| r.won == Some(true)).collect()
}

fn predictions(model: &Model, c: &Closed) -> Vec<f64> {
    c.rows.iter().map(|r| model.probability(&r.row)).collect()
}

#[test]
fn trained_on_2000_closed_leads_it_ranks_and_is_calibrated_like_the_truth() {
    let (train_sample, test_sample) = (sample(11), sample(12));
    for kind in LeadKind::ALL {
        let train = closed(&train_sample, kind);
        let held_out = closed(&test_sample, kind);
        assert!(
            train.rows.len() >= 2_000,
            "{kind:?}: {} closed",
            train.rows.len()
        );
        let model = super::train(kind, &train.rows);
        assert_eq!(model.outcomes, train.rows.len());
        let won = outcomes(&held_out);
        let p = predictions(&model, &held_out);
        let base_rate = won.iter().filter(|w| **w).count() as f64 / won.len() as f64;
        let (model_auc, true_auc) = (auc(&p, &won), auc(&held_out.truth, &won));
        let ece = expected_calibration_error(&p, &won, 10);
        let slope = calibration_slope(&p, &won);
        let (model_brier, base_brier) = (brier(&p, &won), brier(&vec![base_rate; won.len()], &won));
        println!(
            "{kind:?}: n={} AUC {model_auc:.3} (truth {true_auc:.3}) ECE {ece:.3} slope {slope:.2} Brier {model_brier:.4} (base rate {base_brier:.4})",
            won.len()
        );
        assert!(
            true_auc - model_auc <= 0.03,
            "{kind:?}: AUC {model_auc} against {true_auc}"
        );
        assert!(ece <= 0.05, "{kind:?}: ECE {ece}");
        assert!((0.8..=1.2).contains(&slope), "{kind:?}: slope {slope}");
        assert!(
            model_brier < base_brier,
            "{kind:?}: Brier {model_brier} against {base_brier}"
        );
    }
}

#[test]
fn with_few_closed_leads_the_prior_carries_the_model() {
    let (train_sample, test_sample) = (sample(21), sample(22));
    for kind in LeadKind::ALL {
        let train = closed(&train_sample, kind);
        let held_out = closed(&test_sample, kind);
        let won = outcomes(&held_out);
        for count in [0, 10, 30] {
            let model = super::train(kind, &train.rows[..count]);
            let p = predictions(&model, &held_out);
            let ranking = auc(&p, &won);
            let off: f64 = p
                .iter()
                .zip(&held_out.truth)
                .map(|(p, t)| (p - t).abs())
                .sum::<f64>()
                / p.len() as f64;
            println!("{kind:?} after {count}: AUC {ranking:.3}, mean distance from truth {off:.3}");
            assert!(ranking > 0.6, "{kind:?} after {count}: AUC {ranking}");
            assert!(off <= 0.15, "{kind:?} after {count}: {off} from the truth");
        }
    }
}

#[test]
fn the_same_leads_give_the_same_weights_bit_for_bit() {
    let train = closed(&sample(31), LeadKind::Sale);
    let first = super::train(LeadKind::Sale, &train.rows);
    let again = super::train(LeadKind::Sale, &train.rows);
    assert_eq!(first.weights, again.weights);
    assert_eq!(first.intercept.to_bits(), again.intercept.to_bits());
}

#[test]
fn every_score_splits_into_reasons_that_add_up_to_its_distance_from_the_base_rate() {
    let train = closed(&sample(41), LeadKind::Recruit);
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
    assert_eq!(Band::of(0.2), Band::Medium);
    assert_eq!(Band::of(0.49), Band::Medium);
    assert_eq!(Band::of(0.5), Band::High);
}

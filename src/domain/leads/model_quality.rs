//! How well the lead model does on the sample generator's leads, whose outcomes were
//! drawn from known true chances: trained on one sample, judged on another. The native
//! tests hold it to the targets; the benchmark reports the same figures.

use crate::domain::leads::lead::LeadKind;
use crate::domain::leads::lead_model::train;
use crate::domain::leads::lead_rows::{LeadRow, RecordIndex, lead_rows};
use crate::domain::leads::lead_settings::LeadSettings;
use crate::domain::leads::scoring::metrics::{
    auc, brier, calibration_slope, expected_calibration_error,
};
use crate::domain::leads::scoring::model::Model;
use crate::domain::sample::{Owner, Sample, SampleSize, generate};
use chrono::NaiveDate;
use std::collections::HashMap;
use uuid::Uuid;

/// Enough leads for well over 2,000 closed ones of each kind.
pub const QUALITY_SIZE: SampleSize = SampleSize {
    contacts: 3_000,
    members: 20,
    leads: 9_000,
    interactions: 60_000,
    orders: 6_000,
};

pub fn quality_sample(seed: u64) -> Sample {
    generate(seed, QUALITY_SIZE, sample_day(), &Owner { name: "Lena" })
}

fn sample_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 17).unwrap_or_default()
}

/// The closed leads of one kind, with the chances their outcomes were drawn from.
pub struct ClosedLeads {
    pub rows: Vec<LeadRow>,
    pub truth: Vec<f64>,
}

impl ClosedLeads {
    pub fn of(sample: &Sample, kind: LeadKind) -> ClosedLeads {
        let data = &sample.data;
        let index = RecordIndex::new(&data.contacts, &data.interactions, &data.orders);
        let now = sample_day()
            .and_hms_opt(12, 0, 0)
            .unwrap_or_default()
            .and_utc();
        let chances: HashMap<Uuid, f64> = sample.lead_chances.iter().copied().collect();
        let rows: Vec<LeadRow> = lead_rows(&data.leads, &index, &LeadSettings::default(), now)
            .into_iter()
            .filter(|r| r.kind == kind && r.won.is_some())
            .collect();
        let truth = rows
            .iter()
            .map(|r| chances.get(&r.lead_id).copied().unwrap_or(0.0))
            .collect();
        ClosedLeads { rows, truth }
    }

    pub fn won(&self) -> Vec<bool> {
        self.rows.iter().map(|r| r.won == Some(true)).collect()
    }

    pub fn predictions(&self, model: &Model) -> Vec<f64> {
        self.rows
            .iter()
            .map(|r| model.probability(&r.row))
            .collect()
    }
}

/// A model's figures on held-out leads.
#[derive(Clone, Debug, PartialEq)]
pub struct Quality {
    pub trained_on: usize,
    pub judged_on: usize,
    pub auc: f64,
    pub true_auc: f64,
    pub expected_calibration_error: f64,
    pub calibration_slope: f64,
    pub brier: f64,
    /// Brier of always predicting the held-out win share.
    pub base_rate_brier: f64,
    /// Mean |model − true chance|.
    pub mean_distance_from_truth: f64,
}

/// Trains on the first `trained_on` closed leads of `train` and judges on `held_out`.
pub fn quality(
    train_leads: &ClosedLeads,
    trained_on: usize,
    held_out: &ClosedLeads,
    kind: LeadKind,
) -> Quality {
    let rows = &train_leads.rows[..trained_on.min(train_leads.rows.len())];
    let model = train(kind, rows);
    let won = held_out.won();
    let p = held_out.predictions(&model);
    let share = won.iter().filter(|w| **w).count() as f64 / won.len().max(1) as f64;
    let distance = p
        .iter()
        .zip(&held_out.truth)
        .map(|(p, t)| (p - t).abs())
        .sum::<f64>()
        / p.len().max(1) as f64;
    Quality {
        trained_on: rows.len(),
        judged_on: won.len(),
        auc: auc(&p, &won),
        true_auc: auc(&held_out.truth, &won),
        expected_calibration_error: expected_calibration_error(&p, &won, 10),
        calibration_slope: calibration_slope(&p, &won),
        brier: brier(&p, &won),
        base_rate_brier: brier(&vec![share; won.len()], &won),
        mean_distance_from_truth: distance,
    }
}

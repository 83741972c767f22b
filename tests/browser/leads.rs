//! Leads in real IndexedDB: a stage edit lands with the leads it moves in one
//! transaction, and both read back after reopening.

use super::fresh_name;
use chrono::NaiveDate;
use teamline::domain::leads::lead::Lead;
use teamline::domain::leads::lead_settings::LeadSettings;
use teamline::domain::sample::{Owner, SampleSize, generate};
use teamline::store::device_store::Store;
use teamline::store::write_batch::WriteBatch;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
async fn a_removed_stage_and_its_moved_leads_survive_reopening_together() {
    let name = fresh_name("leads");
    let today = NaiveDate::from_ymd_opt(2026, 6, 17).unwrap();
    let sample = generate(5, SampleSize::TINY, today, &Owner { name: "Lena" });
    let store = Store::open(&name).await.unwrap();
    store.import(sample.data.clone()).await.unwrap();
    let lead = sample
        .data
        .leads
        .iter()
        .find(|l| l.is_open())
        .unwrap()
        .clone();
    let (kind, gone) = (lead.kind, lead.stage);
    let mut settings = LeadSettings::default();
    let kept = settings
        .pipeline(kind)
        .open_stages()
        .map(|s| s.id)
        .find(|id| *id != gone)
        .unwrap();
    settings
        .pipeline_mut(kind)
        .remove_stage(gone, kept)
        .unwrap();
    settings.add_reason("Umgezogen").unwrap();
    let mut moved = lead.clone();
    moved.move_to(kept, chrono::Utc::now());
    let mut batch = WriteBatch::new();
    batch.put(moved.clone()).set_lead_settings(settings.clone());
    store.commit(batch).await.unwrap();
    store.close();

    let reopened = Store::open(&name).await.unwrap();
    assert_eq!(reopened.lead_settings(), Some(settings));
    let read: Lead = reopened.get::<Lead>(lead.meta.id).unwrap();
    assert_eq!(read, moved);
    assert_eq!(read.history.last().map(|c| c.stage), Some(kept));
    let board: Vec<_> = LeadSettings::in_effect(reopened.lead_settings(), [&read])
        .pipeline(kind)
        .board()
        .map(|s| s.id)
        .collect();
    assert!(!board.contains(&gone) && board.contains(&kept));
}

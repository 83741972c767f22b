//! Leads in real IndexedDB: a stage edit lands with the leads it moves in one
//! transaction, and both read back after reopening; the trained models are kept for
//! the next opening.

use super::{fresh_name, raw_idb};
use chrono::{NaiveDate, TimeZone, Utc};
use teamline::app::lead_scores::{keep_models, kept_models, train_models};
use teamline::domain::leads::lead::Lead;
use teamline::domain::leads::lead_settings::LeadSettings;
use teamline::domain::sample::{Owner, SampleSize, generate};
use teamline::store::device_store::Store;
use teamline::store::migration::{
    CHUNKS_STORE, GENERATION_KEY, LEAD_MODELS_KEY, META_STORE, SCHEMA_VERSION,
};
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

#[wasm_bindgen_test]
async fn the_trained_models_survive_reopening_without_counting_as_a_change_and_a_damaged_copy_is_dropped()
 {
    let name = fresh_name("lead-models");
    let now = Utc.with_ymd_and_hms(2026, 6, 17, 10, 0, 0).unwrap();
    let sample = generate(
        7,
        SampleSize::TINY,
        now.date_naive(),
        &Owner { name: "Lena" },
    );
    let store = Store::open(&name).await.unwrap();
    store.import(sample.data.clone()).await.unwrap();
    let trained = train_models(&*store, now);
    assert!(!trained.scores().is_empty(), "the sample has open leads");
    let meta_before = raw_meta(&name).await;
    keep_models(&*store, &trained).await.unwrap();
    store.close();

    // Kept beside the data, which did not change: the generation other tabs watch is the same.
    let meta_after = raw_meta(&name).await;
    let generation = |meta: &[(String, Vec<u8>)]| {
        meta.iter()
            .find(|(k, _)| k == GENERATION_KEY)
            .map(|(_, v)| v.clone())
    };
    assert_eq!(generation(&meta_after), generation(&meta_before));
    let reopened = Store::open(&name).await.unwrap();
    let kept = kept_models(&*reopened, now).expect("kept models");
    assert_eq!(
        (&kept.sale, &kept.recruit),
        (&trained.sale, &trained.recruit)
    );
    assert_eq!(kept.scores(), trained.scores());
    reopened.close();

    // Damaged (or written by a version with other inputs): dropped, the leads untouched.
    let db = raw_idb::open(&name, SCHEMA_VERSION, &[CHUNKS_STORE, META_STORE]).await;
    let (_, bytes) = meta_after
        .iter()
        .find(|(k, _)| k == LEAD_MODELS_KEY)
        .unwrap();
    let mut damaged = bytes[..bytes.len().min(6)].to_vec();
    damaged.extend([0xff; 3]);
    raw_idb::put(&db, META_STORE, LEAD_MODELS_KEY, &damaged).await;
    db.close();
    let reopened = Store::open(&name).await.unwrap();
    assert!(kept_models(&*reopened, now).is_none());
    assert_eq!(train_models(&*reopened, now).scores(), trained.scores());
}

async fn raw_meta(name: &str) -> Vec<(String, Vec<u8>)> {
    let db = raw_idb::open(name, SCHEMA_VERSION, &[CHUNKS_STORE, META_STORE]).await;
    let entries = raw_idb::entries(&db, META_STORE).await;
    db.close();
    entries
}

//! Entry points the benchmark (`bench/run.mjs`) calls through `window.wasmBindings`.
//! They use the same generator and store as the app.

use crate::app::open_store::store;
use crate::domain::dataset::DataSet;
use crate::domain::sample::{Owner, SampleSize, generate};
use crate::domain::settings::preferences::Settings;
use crate::domain::team::volume::Period;
use crate::io::contacts_json::contacts_to_json;
use crate::store::device_store::Store;
use chrono::NaiveDate;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

const OWNER: Owner = Owner {
    name: "Bianca Benchmark",
};

fn benchmark_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 27).expect("valid date")
}

/// Noon on the benchmark day, in Germany's winter time.
fn benchmark_clock() -> crate::domain::locale::local_clock::LocalClock {
    let noon = benchmark_day().and_hms_opt(12, 0, 0).unwrap_or_default();
    crate::domain::locale::local_clock::LocalClock::new(noon.and_utc(), 60)
}

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or_default()
}

fn to_js(error: impl std::fmt::Display) -> JsValue {
    JsValue::from_str(&error.to_string())
}

/// Writes the whole benchmark data set into the app's database in one transaction and
/// returns the milliseconds the write took (generation is not counted).
#[wasm_bindgen]
pub async fn bench_write_benchmark_set(seed: u64) -> Result<f64, JsValue> {
    let sample = generate(seed, SampleSize::BENCHMARK, benchmark_day(), &OWNER);
    let records = sample.data.record_count();
    let profile = sample.owner_profile(OWNER.name, "DE");
    let store = store();
    let started = now_ms();
    store.import(sample.data).await.map_err(to_js)?;
    let took = now_ms() - started;
    store
        .save_settings(Settings {
            profile: Some(profile),
            ..store.settings()
        })
        .await
        .map_err(to_js)?;
    web_sys::console::log_1(&format!("wrote {records} records").into());
    Ok(took)
}

/// Writes the benchmark's 10,000 contacts into a separate, emptied database and returns
/// the milliseconds the write took.
#[wasm_bindgen]
pub async fn bench_write_contacts(seed: u64, database: String) -> Result<f64, JsValue> {
    let contacts = generate(seed, SampleSize::BENCHMARK, benchmark_day(), &OWNER)
        .data
        .contacts;
    let store = Store::open(&database).await.map_err(to_js)?;
    store.delete_everything().await.map_err(to_js)?;
    let started = now_ms();
    store
        .import(DataSet {
            contacts,
            ..DataSet::default()
        })
        .await
        .map_err(to_js)?;
    let took = now_ms() - started;
    store.close();
    Ok(took)
}

/// The same 10,000 contacts as JSON, for the plain JavaScript IndexedDB comparison.
#[wasm_bindgen]
pub fn bench_contacts_json(seed: u64) -> String {
    contacts_to_json(
        &generate(seed, SampleSize::BENCHMARK, benchmark_day(), &OWNER)
            .data
            .contacts,
    )
}

/// Bytes of wasm linear memory in use (it only grows).
#[wasm_bindgen]
pub fn bench_wasm_memory_bytes() -> f64 {
    let memory: js_sys::WebAssembly::Memory = wasm_bindgen::memory().unchecked_into();
    memory
        .buffer()
        .unchecked_into::<js_sys::ArrayBuffer>()
        .byte_length() as f64
}

/// How many live records the app holds, for the benchmark's sanity check.
#[wasm_bindgen]
pub fn bench_record_count() -> f64 {
    store().read(|all| all.live_count() as f64)
}

/// Picks the contact with the longest timeline of at most `entries` entries and logs
/// notes until it has exactly `entries`, through the same store writes the app makes.
/// Returns the contact's id.
#[wasm_bindgen]
pub async fn bench_prepare_timeline_contact(entries: u32) -> Result<String, JsValue> {
    use crate::domain::contacts::interaction::{Direction, Interaction, InteractionKind};
    use crate::domain::contacts::timeline::timeline;
    use crate::domain::leads::lead_settings::LeadSettings;
    use crate::domain::record::RecordMeta;
    use crate::store::index::{IndexName, Query};
    use crate::store::write_batch::WriteBatch;
    let store = store();
    let (id, existing) = store.read(|all| {
        all.contacts
            .iter()
            .map(|c| {
                let of = Query::Equals(IndexName::Contact, c.meta.id.into());
                let length = timeline(
                    all.interactions.query(of),
                    all.orders.query(of),
                    all.leads.query(of),
                    all.tasks.query(of),
                    &LeadSettings::default(),
                )
                .len();
                (c.meta.id, length)
            })
            .filter(|(_, length)| *length <= entries as usize)
            .max_by_key(|(_, length)| *length)
            .unwrap_or_default()
    });
    let now = chrono::Utc::now();
    let mut batch = WriteBatch::new();
    for n in existing..entries as usize {
        batch.put(Interaction {
            meta: RecordMeta::new(now),
            contact_id: id,
            kind: InteractionKind::Note,
            direction: Direction::Internal,
            at: now - chrono::Duration::hours(n as i64 * 7),
            summary: format!("Notiz {n}: Probe mitgebracht, kommt zur nächsten Party"),
            outcome: None,
        });
    }
    store.commit(batch).await.map_err(to_js)?;
    Ok(id.to_string())
}

/// How many live contacts the app holds.
#[wasm_bindgen]
pub fn bench_contact_count() -> f64 {
    store().read(|all| all.contacts.len() as f64)
}

/// Empties the app's database and writes the benchmark data set again, so that every
/// import run starts from the same data. The page must be reloaded afterwards.
#[wasm_bindgen]
pub async fn bench_reset_benchmark_set(seed: u64) -> Result<(), JsValue> {
    store().delete_everything().await.map_err(to_js)?;
    bench_write_benchmark_set(seed).await.map(|_| ())
}

/// 10,000 contacts of another generated data set as one vCard 3.0 file: other people
/// than the benchmark set's, with the same kinds of names, so some look like duplicates.
#[wasm_bindgen]
pub fn bench_import_vcards(seed: u64) -> String {
    use crate::io::vcard::write::{Version, contacts_to_vcard};
    let contacts = generate(seed, SampleSize::BENCHMARK, benchmark_day(), &OWNER)
        .data
        .contacts;
    contacts_to_vcard(&contacts, Version::V3)
}

/// Rolls up the stored downline for each of the 12 months before the benchmark day and
/// returns the milliseconds each month took (members and that month's volumes from the
/// store's period index, then every member's figures).
#[wasm_bindgen]
pub fn bench_rollup_months() -> Vec<f64> {
    use crate::app::team::month_volumes;
    use crate::domain::locale::language::Language;
    use crate::domain::team::month::team_month;
    use crate::domain::team::plan::CompPlan;
    let plan = CompPlan::unilevel_preset(Language::De);
    let mut period = Period::of(benchmark_day());
    let mut times = Vec::new();
    store().read(|all| {
        for _ in 0..12 {
            period = period.previous();
            let started = now_ms();
            let month = team_month(
                all.members.iter(),
                month_volumes(all, &plan, period),
                &plan,
                period,
            );
            times.push(now_ms() - started);
            std::hint::black_box(month);
        }
    });
    times
}

/// Trains both lead models on the stored leads `runs` times, and scores the open leads
/// after each; JSON with the milliseconds of each and the counts of closed and open
/// leads.
#[wasm_bindgen]
pub fn bench_lead_scoring(runs: u32) -> String {
    use crate::app::lead_scores::train_models;
    let now = benchmark_day()
        .and_hms_opt(12, 0, 0)
        .unwrap_or_default()
        .and_utc();
    let (mut train_ms, mut score_ms) = (Vec::new(), Vec::new());
    let (mut closed, mut open) = (0, 0);
    for _ in 0..runs {
        let started = now_ms();
        let models = train_models(&*store(), now);
        train_ms.push(now_ms() - started);
        let started = now_ms();
        let scores = models.scores();
        score_ms.push(now_ms() - started);
        closed = models.sale.outcomes + models.recruit.outcomes;
        open = scores.len();
    }
    format!(
        r#"{{"train_ms":{train_ms:?},"score_ms":{score_ms:?},"closed":{closed},"open":{open}}}"#
    )
}

/// The lead model's quality on the sample generator's leads (domain/leads/model_quality.rs):
/// trained on one sample and judged on another, with all their closed leads and with 0,
/// 10 and 30; JSON.
#[wasm_bindgen]
pub fn bench_lead_model_quality() -> String {
    use crate::domain::leads::lead::LeadKind;
    use crate::domain::leads::model_quality::{ClosedLeads, quality, quality_sample};
    let (train_sample, test_sample) = (quality_sample(11), quality_sample(12));
    let mut kinds = Vec::new();
    for kind in LeadKind::ALL {
        let train = ClosedLeads::of(&train_sample, kind);
        let held_out = ClosedLeads::of(&test_sample, kind);
        let runs: Vec<String> = [train.rows.len(), 0, 10, 30]
            .iter()
            .map(|&count| {
                let q = quality(&train, count, &held_out, kind);
                format!(
                    r#"{{"trained_on":{},"judged_on":{},"auc":{:.4},"true_auc":{:.4},"expected_calibration_error":{:.4},"calibration_slope":{:.3},"brier":{:.4},"base_rate_brier":{:.4},"mean_distance_from_truth":{:.4}}}"#,
                    q.trained_on,
                    q.judged_on,
                    q.auc,
                    q.true_auc,
                    q.expected_calibration_error,
                    q.calibration_slope,
                    q.brier,
                    q.base_rate_brier,
                    q.mean_distance_from_truth
                )
            })
            .collect();
        kinds.push(format!(r#""{kind:?}":[{}]"#, runs.join(",")));
    }
    format!("{{{}}}", kinds.join(","))
}

/// Campaigns on the benchmark data set: what the segments read of every contact gathered
/// once (`gather_ms`), then each of a set of segments evaluated over it (`segment_ms`,
/// one list per segment); then a service campaign with 2,000 recipients written (service
/// messages need no consent, and the sample's contacts gave none) and its send queue
/// built `runs` times (`queue_ms`, with the messages due). JSON.
#[wasm_bindgen]
pub async fn bench_campaigns(runs: u32) -> Result<String, JsValue> {
    use crate::app::campaign_audience::AudienceFacts;
    use crate::app::send_queue::send_queue;
    use crate::app::undo::write_with_undo;
    use crate::domain::campaigns::campaign::{
        Aim, Campaign, CampaignStatus, CampaignStep, CampaignTouch, LeaveWhen, TouchEvent,
        TwoLanguages,
    };
    use crate::domain::campaigns::consent_guard::Purpose;
    use crate::domain::campaigns::segment::{Condition, Segment};
    use crate::domain::consent::ledger::Channel;
    use crate::domain::contacts::contact::Role;
    use crate::domain::leads::lead::LeadKind;
    use crate::domain::leads::lead_model::Band;
    use crate::domain::locale::language::Language;
    use crate::domain::record::RecordMeta;
    let clock = benchmark_clock();
    let store = store();
    let started = now_ms();
    let facts = AudienceFacts::gather(&*store, &clock);
    let gather_ms = now_ms() - started;
    let is = Segment::Is;
    let segments = [
        is(Condition::Role(Role::Customer)),
        is(Condition::Tag("VIP".into())),
        is(Condition::NoContactForDays(60)),
        is(Condition::BirthdayThisMonth),
        is(Condition::PrefersLanguage(Language::En)),
        Segment::All(vec![
            is(Condition::Role(Role::Customer)),
            is(Condition::NoOrderForDays(90)),
        ]),
        Segment::Any(vec![
            Segment::All(vec![
                is(Condition::OpenLead(LeadKind::Recruit)),
                is(Condition::LeadBand(Band::High)),
            ]),
            is(Condition::InactiveMemberThisMonth),
        ]),
    ];
    let mut segment_ms = Vec::new();
    let mut matched = Vec::new();
    for segment in &segments {
        let mut times = Vec::new();
        for _ in 0..runs {
            let started = now_ms();
            let found = facts.matching(segment);
            times.push(now_ms() - started);
            matched.push(found.len());
        }
        segment_ms.push(times);
    }
    let campaign = Campaign {
        meta: RecordMeta::new(clock.now),
        name: "Bestellinfo".into(),
        aim: Aim::Customers,
        purpose: Purpose::Service,
        channel: Channel::Sms,
        segment: Segment::All(vec![]),
        steps: vec![CampaignStep {
            delay_days: 0,
            subject: TwoLanguages::default(),
            message: TwoLanguages::both("Hallo {first_name}, deine Bestellung ist da."),
        }],
        opt_out: TwoLanguages::default(),
        fallbacks: Vec::new(),
        leave_when: LeaveWhen::default(),
        conversion_days: 30,
        status: CampaignStatus::Running,
    };
    let recipients: Vec<uuid::Uuid> = facts
        .contacts
        .iter()
        .take(2000)
        .map(|(id, _)| *id)
        .collect();
    let touches = recipients
        .iter()
        .map(|contact| {
            CampaignTouch::new(
                campaign.meta.id,
                *contact,
                clock.now,
                TouchEvent::Entered { on: clock.today() },
            )
        })
        .collect();
    let writes = DataSet {
        campaigns: vec![campaign],
        campaign_touches: touches,
        ..DataSet::default()
    };
    write_with_undo(&*store, writes, &clock)
        .await
        .map_err(to_js)?;
    let (mut queue_ms, mut due) = (Vec::new(), 0);
    for _ in 0..runs {
        let started = now_ms();
        let queue = send_queue(&*store, &clock);
        queue_ms.push(now_ms() - started);
        due = queue.due.len();
    }
    Ok(format!(
        r#"{{"contacts":{},"gather_ms":{gather_ms},"segment_ms":{segment_ms:?},"matched":{matched:?},"recipients":{},"due":{due},"queue_ms":{queue_ms:?}}}"#,
        facts.contacts.len(),
        recipients.len()
    ))
}

/// A full backup of the benchmark data set, paced as the page paces it: made `runs`
/// times (`export_ms`, the file's size and the size of what it holds unpacked), then
/// read and checked (`check_ms`), restored into a separate, emptied database
/// (`restore_ms`), merged into it again, every record unchanged (`merge_ms`), and merged
/// into it emptied, every record new (`merge_new_ms`), `runs` times. `phases` holds each phase's start and end (performance.now()), so that the
/// caller can tell which phase a long task fell in. JSON.
#[wasm_bindgen]
pub async fn bench_backup(runs: u32, database: String) -> Result<String, JsValue> {
    use crate::app::backup::{check_backup, make_backup, merge_backup, restore_backup};
    use crate::domain::pace::Unpaced;
    use crate::ui::page_pace::{QuietPace, next_turn};
    let clock = benchmark_clock();
    let store = store();
    let mut phases = Vec::new();
    let (mut export_ms, mut file) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        let started = now_ms();
        file = make_backup(&*store, &clock, &mut QuietPace::new())
            .await
            .map_err(to_js)?;
        export_ms.push(now_ms() - started);
        phases.push(("export", started, now_ms()));
    }
    let unpacked: usize = store
        .backup_values(&mut Unpaced)
        .await
        .map_err(to_js)?
        .iter()
        .map(|(key, bytes)| key.len() + bytes.len())
        .sum();
    let target = Store::open(&database).await.map_err(to_js)?;
    let (mut check_ms, mut restore_ms, mut records) = (Vec::new(), Vec::new(), 0);
    let (mut merge_ms, mut merge_new_ms) = (Vec::new(), Vec::new());
    let refused = |e| to_js(format!("{e:?}"));
    for _ in 0..runs {
        target.delete_everything().await.map_err(to_js)?;
        let started = now_ms();
        let checked = check_backup(&file, &mut QuietPace::new())
            .await
            .map_err(refused)?;
        let checked_at = now_ms();
        restore_backup(&*target, checked, &mut QuietPace::new())
            .await
            .map_err(to_js)?;
        check_ms.push(checked_at - started);
        restore_ms.push(now_ms() - started);
        phases.push(("check", started, checked_at));
        phases.push(("restore", checked_at, now_ms()));
        records = target.read(|all| all.live_count());
        let checked = check_backup(&file, &mut Unpaced).await.map_err(refused)?;
        // That check is one long task of its own: the merge's clock starts after it.
        next_turn().await;
        let started = now_ms();
        merge_backup(&*target, checked, &clock, &mut QuietPace::new())
            .await
            .map_err(to_js)?;
        merge_ms.push(now_ms() - started);
        phases.push(("merge", started, now_ms()));
        // And merged into a database that has none of it: every record is added.
        target.delete_everything().await.map_err(to_js)?;
        let checked = check_backup(&file, &mut Unpaced).await.map_err(refused)?;
        // That check is one long task of its own: the merge's clock starts after it.
        next_turn().await;
        let started = now_ms();
        merge_backup(&*target, checked, &clock, &mut QuietPace::new())
            .await
            .map_err(to_js)?;
        merge_new_ms.push(now_ms() - started);
        phases.push(("merge_new", started, now_ms()));
    }
    target.close();
    let phases: Vec<String> = phases
        .iter()
        .map(|(name, from, to)| format!(r#"["{name}",{from},{to}]"#))
        .collect();
    Ok(format!(
        r#"{{"records":{records},"file_bytes":{},"unpacked_bytes":{unpacked},"export_ms":{export_ms:?},"check_ms":{check_ms:?},"restore_ms":{restore_ms:?},"merge_ms":{merge_ms:?},"merge_new_ms":{merge_new_ms:?},"phases":[{}]}}"#,
        file.len(),
        phases.join(",")
    ))
}

//! A backup is lossless on the real database: export, delete everything, restore, and
//! every record of every store (tombstones included) and every setting is as exported,
//! also after the database is opened again.

use crate::device_store::snapshot;
use crate::fresh_name;
use chrono::{NaiveDate, TimeZone, Utc};
use teamline::app::backup::{check_backup, make_backup, restore_backup};
use teamline::domain::contacts::contact::Contact;
use teamline::domain::locale::language::Language;
use teamline::domain::locale::local_clock::LocalClock;
use teamline::domain::pace::{Pace, Progress, Unpaced, WorkStep};
use teamline::domain::sample::{Owner, SampleSize, generate};
use teamline::domain::settings::preferences::{Settings, ThemePreference};
use teamline::domain::team::plan::CompPlan;
use teamline::store::device_store::Store;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
async fn export_delete_everything_and_restore_gives_the_same_database() {
    let name = fresh_name("backup");
    let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    let sample = generate(
        31,
        SampleSize::TINY,
        today,
        &Owner {
            name: "Käthe Groß"
        },
    );
    let store = Store::open(&name).await.unwrap();
    store.import(sample.data.clone()).await.unwrap();
    store
        .delete::<Contact>(sample.data.contacts[2].meta.id)
        .await
        .unwrap();
    let settings = Settings {
        language: Some(Language::En),
        theme: ThemePreference::Dark,
        profile: None,
        backups: Default::default(),
    };
    store.save_settings(settings.clone()).await.unwrap();
    store
        .save_plan(CompPlan::binary_preset(Language::De))
        .await
        .unwrap();
    let (a, b) = (
        sample.data.contacts[4].meta.id,
        sample.data.contacts[5].meta.id,
    );
    store.mark_not_duplicate(a, b).await.unwrap();
    let before = store.read(snapshot);
    let clock = LocalClock::utc(Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap());

    let file = make_backup(&*store, &clock, &mut Unpaced).await.unwrap();
    store.delete_everything().await.unwrap();
    assert_eq!(store.read(|all| all.live_count()), 0);
    let checked = check_backup(&file, &mut Unpaced).await.unwrap();
    let mut restoring = Heard::default();
    restore_backup(&*store, checked, &mut restoring)
        .await
        .unwrap();
    assert_eq!(store.read(snapshot), before);
    let last = restoring.0.last().expect("restoring tells how far it is");
    assert_eq!((last.step, last.done), (WorkStep::Writing, last.total));
    assert!(restoring.0.windows(2).all(|w| w[0].done <= w[1].done));
    store.close();

    let reopened = Store::open(&name).await.unwrap();
    assert_eq!(
        reopened.read(snapshot),
        before,
        "as stored, not only in memory"
    );
    let mut expected = settings;
    // Restoring records that the data is as safe as the backup it came from.
    expected.backups.last_backup_at = Some(clock.now);
    assert_eq!(reopened.settings(), expected);
    assert_eq!(reopened.plan(), Some(CompPlan::binary_preset(Language::De)));
    assert_eq!(reopened.not_duplicates(), vec![(a.min(b), a.max(b))]);
}

/// A pace that remembers what it was told.
#[derive(Default)]
struct Heard(Vec<Progress>);

impl Pace for Heard {
    async fn after(&mut self, progress: Progress) {
        self.0.push(progress);
    }
}

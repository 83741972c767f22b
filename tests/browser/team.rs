//! The downline's records in real IndexedDB: the rep's plan, and a back-office team list
//! written in one go.

use crate::{fresh_name, raw_idb};
use chrono::Utc;
use teamline::domain::locale::language::Language;
use teamline::domain::record::RecordMeta;
use teamline::domain::team::list_import::{StoredTeam, check_team_rows, plan_team_import};
use teamline::domain::team::member::{Member, MemberStatus};
use teamline::domain::team::plan::{CompPlan, PlanKind};
use teamline::domain::team::volume::Volume;
use teamline::io::csv_table::CsvOptions;
use teamline::io::team_csv::read_team_file;
use teamline::store::device_store::Store;
use teamline::store::migration::{CHUNKS_STORE, META_STORE, PLAN_KEY, SCHEMA_VERSION};
use teamline::store::write_batch::WriteBatch;
use wasm_bindgen_test::wasm_bindgen_test;

/// The rep's own member, the root of their team.
fn rep_member() -> Member {
    Member {
        meta: RecordMeta::new(Utc::now()),
        contact_id: uuid::Uuid::new_v4(),
        sponsor_id: None,
        placement_parent_id: None,
        placement_leg: None,
        joined_on: Utc::now().date_naive(),
        status: MemberStatus::Active,
        left_on: None,
        rank: None,
        external_id: None,
    }
}

#[wasm_bindgen_test]
async fn the_edited_plan_survives_reopening_and_delete_everything_clears_it() {
    let name = fresh_name("plan");
    let store = Store::open(&name).await.unwrap();
    assert_eq!(store.plan(), None, "a new database has no plan yet");
    let mut plan = CompPlan::binary_preset(Language::De);
    plan.ladder[1].min_group = 123_400;
    plan.kind = PlanKind::Binary;
    store.save_plan(plan.clone()).await.unwrap();
    store.close();
    let reopened = Store::open(&name).await.unwrap();
    assert_eq!(reopened.plan(), Some(plan));
    reopened.delete_everything().await.unwrap();
    assert_eq!(reopened.plan(), None);
}

#[wasm_bindgen_test]
async fn an_unreadable_plan_leaves_the_data_and_is_reported() {
    let name = fresh_name("plan-unreadable");
    let store = Store::open(&name).await.unwrap();
    store
        .save_plan(CompPlan::unilevel_preset(Language::De))
        .await
        .unwrap();
    let mut rep = rep_member();
    rep.external_id = Some("1000".into());
    store.put(rep.clone()).await.unwrap();
    store.close();

    // As a newer version might leave it: the right header, a payload this one cannot read.
    let db = raw_idb::open(&name, SCHEMA_VERSION, &[CHUNKS_STORE, META_STORE]).await;
    let stored = raw_idb::entries(&db, META_STORE).await;
    let (_, plan_bytes) = stored.iter().find(|(k, _)| k == PLAN_KEY).unwrap();
    let mut damaged = plan_bytes[..plan_bytes.len().min(6)].to_vec();
    damaged.extend([0xff; 3]);
    raw_idb::put(&db, META_STORE, PLAN_KEY, &damaged).await;
    db.close();

    let reopened = Store::open(&name).await.unwrap();
    assert_eq!(reopened.plan(), None);
    assert!(reopened.plan_unreadable());
    assert_eq!(
        reopened.get::<Member>(rep.meta.id),
        Some(rep),
        "the team is still there"
    );
    reopened
        .save_plan(CompPlan::binary_preset(Language::De))
        .await
        .unwrap();
    assert!(
        !reopened.plan_unreadable(),
        "saving a plan again clears the notice"
    );
}

#[wasm_bindgen_test]
async fn a_team_list_lands_whole_and_a_second_import_adds_nothing() {
    let name = fresh_name("team-import");
    let store = Store::open(&name).await.unwrap();
    let file = "Beraternummer;Name;Sponsor;PV 10/2026\n\
                1000;Maren Ohm;;120\n\
                1001;Jörg Weiß;1000;80\n\
                1002;Zoë Brandt;1001;45\n";
    let rep = rep_member();
    let root = rep.meta.id;
    store.put(rep).await.unwrap();
    let import = |store: &Store| {
        let team_file = read_team_file(file.as_bytes(), CsvOptions::default(), None).unwrap();
        let members: Vec<Member> = store.all();
        let volumes: Vec<Volume> = store.all();
        let members: Vec<&Member> = members.iter().collect();
        let volumes: Vec<&Volume> = volumes.iter().collect();
        let names = std::collections::HashMap::new();
        let team = StoredTeam {
            members: &members,
            volumes: &volumes,
            names: &names,
            root,
            rep_number: Some("1000"),
        };
        let check = check_team_rows(
            &team_file.rows,
            &[],
            &team,
            chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap(),
        );
        assert!(check.problems.is_empty());
        let lines = check.importable_lines.iter().copied().collect();
        let planned = plan_team_import(
            &team_file.rows,
            &lines,
            &team,
            Utc::now(),
            Utc::now().date_naive(),
        );
        let mut batch = WriteBatch::new();
        batch.put_all(planned.writes);
        batch
    };
    store.commit(import(&store)).await.unwrap();
    store.close();
    let store = Store::open(&name).await.unwrap();
    assert_eq!(store.count::<Member>(), 3, "the rep, Jörg and Zoë");
    let rep: Member = store.get(root).unwrap();
    assert_eq!(rep.external_id.as_deref(), Some("1000"));
    assert_eq!(store.count::<Volume>(), 3);
    let again = import(&store);
    assert!(again.is_empty(), "the same list again writes nothing");
}

//! The bytes a real build wrote in format 2 (commit 4d58740, through its own store
//! into real IndexedDB: a small sample, settings, a plan, a pair marked as different
//! people and a deleted contact), opened with today's code: every record is there with
//! every value it had, the new fields are empty, and every chunk is written back in the
//! current format. `tests/fixtures/store/SOURCES.md` says how the files were made.

use crate::{fresh_name, raw_idb};
use serde_json::Value;
use teamline::domain::contacts::contact::Contact;
use teamline::domain::leads::lead::LeadKind;
use teamline::domain::leads::stages::StandardStage;
use teamline::domain::locale::language::Language;
use teamline::domain::pace::Unpaced;
use teamline::domain::settings::preferences::ThemePreference;
use teamline::domain::team::member::Member;
use teamline::domain::team::plan::{CompPlan, PlanKind};
use teamline::store::chunk::FORMAT_VERSION;
use teamline::store::device_store::Store;
use teamline::store::kind::CollectionKind;
use teamline::store::migration::{CHUNKS_STORE, META_STORE};
use wasm_bindgen_test::wasm_bindgen_test;

const STORED: &str = include_str!("../fixtures/store/format-2/indexeddb.txt");
const RECORDS: &str = include_str!("../fixtures/store/format-2/records.json");

fn bytes(hex: &str) -> Vec<u8> {
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).expect("hex"))
        .collect()
}

/// Whether `new` holds every value `old` held; keys only `new` has are the fields added
/// since, and must be empty.
fn holds_all_of(new: &Value, old: &Value, path: &str) -> Result<(), String> {
    match (new, old) {
        (Value::Object(new), Value::Object(old)) => {
            for (key, value) in old {
                let inner = new
                    .get(key)
                    .ok_or_else(|| format!("{path}.{key} is gone"))?;
                holds_all_of(inner, value, &format!("{path}.{key}"))?;
            }
            for (key, value) in new {
                let empty = matches!(value, Value::Null)
                    || value.as_str() == Some("")
                    || value.as_array().is_some_and(Vec::is_empty);
                if !old.contains_key(key) && !empty {
                    return Err(format!("{path}.{key} is new but not empty: {value}"));
                }
            }
            Ok(())
        }
        (Value::Array(new), Value::Array(old)) if new.len() == old.len() => new
            .iter()
            .zip(old)
            .enumerate()
            .try_for_each(|(i, (n, o))| holds_all_of(n, o, &format!("{path}[{i}]"))),
        _ if new == old => Ok(()),
        _ => Err(format!("{path}: {old} became {new}")),
    }
}

/// A lead as format 2 stored it, in today's shape by the documented rules
/// (`store/migration.rs`): the fixed stages become the standard stage ids of the lead's
/// kind ("presented" is today's "presentation"; "qualified" and "negotiating" stay
/// stages of their own), the free-text reason becomes the rep's own reason, and the
/// fields added since take their defaults.
fn in_todays_shape(old_lead: &Value) -> Value {
    let kind = match old_lead["kind"].as_str() {
        Some("Recruit") => LeadKind::Recruit,
        _ => LeadKind::Sale,
    };
    let stage = |old: &Value| {
        let standard = match old.as_str().unwrap_or_default() {
            "New" => StandardStage::New,
            "Contacted" => StandardStage::Contacted,
            "Qualified" => StandardStage::Qualified,
            "Presented" => StandardStage::Presentation,
            "Negotiating" => StandardStage::Negotiating,
            "Won" => StandardStage::Won,
            "Lost" => StandardStage::Lost,
            other => panic!("stage {other} in the fixture"),
        };
        Value::String(standard.id(kind).to_string())
    };
    let mut lead = old_lead.clone();
    let object = lead.as_object_mut().unwrap();
    object.insert("stage".into(), stage(&old_lead["stage"]));
    for change in object["history"].as_array_mut().unwrap() {
        let new_stage = stage(&change["stage"]);
        change["stage"] = new_stage;
    }
    let lost = match object.remove("lost_reason") {
        Some(Value::String(text)) if !text.trim().is_empty() => {
            serde_json::json!({ "reason": { "Own": text }, "details": "" })
        }
        _ => Value::Null,
    };
    object.insert("lost".into(), lost);
    object.insert("expected_centipoints".into(), 0.into());
    object.insert("expected_close".into(), Value::Null);
    object.insert("source".into(), "Unknown".into());
    lead
}

/// A campaign as format 2 stored it, in today's shape by the documented rules
/// (`store/older_campaigns.rs`): marketing, on the first step's channel, each list of the
/// audience an "any of" group, all of them together, each text in both languages, and
/// the fields added since at their defaults.
fn campaign_in_todays_shape(old: &Value) -> Value {
    use serde_json::json;
    let audience = &old["audience"];
    assert!(
        audience["lead_stages"].as_array().unwrap().is_empty(),
        "the fixture's campaigns aim at no stage"
    );
    let roles = audience["roles"].as_array().unwrap();
    let any = |key: &str, values: &Vec<Value>| {
        (!values.is_empty()).then(|| {
            json!({ "Any": values.iter().map(|v| json!({ "Is": { key: v } })).collect::<Vec<_>>() })
        })
    };
    let groups: Vec<Value> = [
        any("Role", roles),
        any("Tag", audience["tags"].as_array().unwrap()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let recruiting = roles.contains(&json!("Prospect")) && !roles.contains(&json!("Customer"));
    let steps: Vec<Value> = old["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|step| {
            json!({
                "delay_days": step["delay_days"],
                "subject": { "de": old["name"], "en": old["name"] },
                "message": { "de": step["template"], "en": step["template"] },
            })
        })
        .collect();
    json!({
        "meta": old["meta"],
        "name": old["name"],
        "aim": if recruiting { "FutureReps" } else { "Customers" },
        "purpose": "Marketing",
        "channel": old["steps"][0]["channel"],
        "segment": { "All": groups },
        "steps": steps,
        "opt_out": { "de": "", "en": "" },
        "fallbacks": [],
        "leave_when": { "replied": false, "ordered": false, "became_lead": false },
        "conversion_days": 30,
        "status": old["status"],
    })
}

#[wasm_bindgen_test]
async fn a_database_a_format_two_build_wrote_opens_with_every_value() {
    let name = fresh_name("format-two");
    write_format_two_database(&name).await;

    let store = Store::open(&name).await.expect("opens");
    let records: Value = serde_json::from_str(RECORDS).unwrap();
    let mut compared = 0;
    for (collection, old_records) in records.as_object().unwrap() {
        let now: Vec<Value> = store.read(|all| match collection.as_str() {
            "contacts" => to_values(&all.contacts),
            "interactions" => to_values(&all.interactions),
            "tasks" => to_values(&all.tasks),
            "leads" => to_values(&all.leads),
            "orders" => to_values(&all.orders),
            "members" => to_values(&all.members),
            "volumes" => to_values(&all.volumes),
            "campaigns" => to_values(&all.campaigns),
            "campaign_touches" => to_values(&all.campaign_touches),
            other => panic!("unknown collection {other}"),
        });
        let old_records = old_records.as_array().unwrap();
        assert_eq!(now.len(), old_records.len(), "{collection}");
        for old in old_records {
            let id = &old["meta"]["id"];
            let new = now
                .iter()
                .find(|n| n["meta"]["id"] == *id)
                .unwrap_or_else(|| panic!("{collection} {id} is gone"));
            let old = match collection.as_str() {
                "leads" => in_todays_shape(old),
                "campaigns" => campaign_in_todays_shape(old),
                _ => old.clone(),
            };
            holds_all_of(new, &old, collection).unwrap_or_else(|e| panic!("{e}"));
            compared += 1;
        }
    }
    assert!(compared > 100, "compared {compared} records");
    for kind in [
        "contacts",
        "members",
        "volumes",
        "interactions",
        "orders",
        "leads",
    ] {
        assert!(
            !records[kind].as_array().unwrap().is_empty(),
            "the fixture holds {kind}"
        );
    }
    let deleted = store.read(|all| {
        (0..64)
            .flat_map(|b| all.contacts.bucket(b))
            .filter(|c| c.meta.is_deleted())
            .count()
    });
    assert_eq!(deleted, 1, "the tombstone came along");
    assert!(store.all::<Contact>().iter().all(|c| c.company.is_empty()));
    assert!(store.all::<Member>().iter().all(|m| m.left_on.is_none()));

    let settings = store.settings();
    assert_eq!(settings.language, Some(Language::De));
    assert_eq!(settings.theme, ThemePreference::Dark);
    assert_eq!(
        settings.profile.as_ref().map(|p| p.name.as_str()),
        Some("Maren Ohm")
    );
    assert_eq!(store.plan().map(|p| p.kind), Some(PlanKind::Binary));
    assert_eq!(store.plan(), Some(CompPlan::binary_preset(Language::De)));
    assert_eq!(store.not_duplicates().len(), 1);
    store.close();

    let db = raw_idb::open(&name, 2, &[CHUNKS_STORE, META_STORE]).await;
    let chunks = raw_idb::entries(&db, CHUNKS_STORE).await;
    assert!(
        chunks.iter().all(|(_, bytes)| bytes[1] == FORMAT_VERSION),
        "every chunk is written back in format {FORMAT_VERSION}"
    );
    db.close();
    let again = Store::open(&name).await.expect("opens again");
    assert_eq!(
        again.read(|all| all.live_count()),
        store.read(|all| all.live_count())
    );
}

/// The database a format-two build wrote, value by value.
async fn write_format_two_database(name: &str) {
    let old = raw_idb::open(name, 2, &[CHUNKS_STORE, META_STORE]).await;
    for line in STORED.lines().filter(|l| !l.trim().is_empty()) {
        let mut parts = line.split(' ');
        let (store, key, hex) = (
            parts.next().unwrap(),
            parts.next().unwrap(),
            parts.next().unwrap(),
        );
        raw_idb::put(&old, store, key, &bytes(hex)).await;
    }
    old.close();
}

/// Opening for the contact list reads the older chunks of the other kinds later; they
/// are written back in the current format only once every record is in memory.
#[wasm_bindgen_test]
async fn a_format_two_database_opened_for_the_contact_list_is_rewritten_once_all_is_read() {
    let name = fresh_name("format-two-first-screen");
    write_format_two_database(&name).await;
    let full = Store::open(&fresh_copy(&name).await).await.expect("opens");

    let first = [CollectionKind::Contacts, CollectionKind::Tasks];
    let store = Store::open_first(&name, &first).await.expect("opens");
    assert_eq!(store.count::<Contact>(), full.count::<Contact>());
    assert_eq!(store.count::<Member>(), 0, "members are read later");
    let db = raw_idb::open(&name, 2, &[CHUNKS_STORE, META_STORE]).await;
    let older_before = raw_idb::entries(&db, CHUNKS_STORE)
        .await
        .iter()
        .filter(|(_, bytes)| bytes[1] != FORMAT_VERSION)
        .count();
    db.close();
    assert!(older_before > 0, "nothing is rewritten before all is read");

    store
        .finish_loading(&mut Unpaced)
        .await
        .expect("reads the rest");
    assert!(store.is_loaded());
    assert_eq!(
        store.read(|all| all.live_count()),
        full.read(|all| all.live_count())
    );
    store.close();
    let db = raw_idb::open(&name, 2, &[CHUNKS_STORE, META_STORE]).await;
    assert!(
        raw_idb::entries(&db, CHUNKS_STORE)
            .await
            .iter()
            .all(|(_, bytes)| bytes[1] == FORMAT_VERSION),
        "every chunk is written back in format {FORMAT_VERSION}"
    );
    db.close();
}

/// A second database with the same format-two values, to compare with.
async fn fresh_copy(name: &str) -> String {
    let copy = format!("{name}-copy");
    write_format_two_database(&copy).await;
    copy
}

fn to_values<T: teamline::store::stored::Stored + serde::Serialize>(
    collection: &teamline::store::collection::Collection<T>,
) -> Vec<Value> {
    (0..64)
        .flat_map(|b| collection.bucket(b))
        .map(|record| serde_json::to_value(record).unwrap())
        .collect()
}

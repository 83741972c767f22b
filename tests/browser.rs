//! Storage tests in a real headless Chromium with real IndexedDB
//! (`cargo test --target wasm32-unknown-unknown --test browser`).
#![cfg(target_arch = "wasm32")]

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

#[path = "browser/raw_idb.rs"]
mod raw_idb;

#[path = "browser/device_store.rs"]
mod device_store;

#[path = "browser/backup.rs"]
mod backup;

#[path = "browser/atomicity.rs"]
mod atomicity;

#[path = "browser/migration.rs"]
mod migration;

#[path = "browser/upgrade_elsewhere.rs"]
mod upgrade_elsewhere;

/// A database name no other test uses.
pub fn fresh_name(test: &str) -> String {
    format!("teamline-test-{test}-{}", uuid::Uuid::new_v4())
}

#[path = "browser/first_screen.rs"]
mod first_screen;

#[path = "browser/two_tabs.rs"]
mod two_tabs;

#[path = "browser/contact_records.rs"]
mod contact_records;

#[path = "browser/contact_import.rs"]
mod contact_import;

#[path = "browser/team.rs"]
mod team;

#[path = "browser/format_two.rs"]
mod format_two;

#[path = "browser/leads.rs"]
mod leads;

#[path = "browser/protection.rs"]
mod protection;

//! The application layer: the use cases the pages offer, between the pages (`ui/`) and
//! storage (`store/`). Queries return the data a page shows, ready to render; commands
//! plan one write batch from the rules in `domain/`, write it, plan the reminders again,
//! and return an [`undo::Undo`] that puts back what they replaced. Storage tells the
//! app's other tabs. Guards that must hold whoever calls live here or below.
//!
//! Everything here goes through the [`storage::Storage`] trait, so it is tested natively
//! against a store in memory; the browser's IndexedDB store is the other implementation.

pub mod backup;
pub mod backup_reminder;
pub mod calendar_export;
pub mod campaign_audience;
pub mod campaign_guard;
pub mod campaign_replies;
pub mod campaign_results;
pub mod campaign_views;
pub mod campaigns;
pub mod contact_export;
pub mod contact_history;
pub mod contact_import;
pub mod contact_page;
pub mod contacts;
pub mod contacts_snapshot;
pub mod dashboard;
pub mod duplicates;
pub mod file_protection;
pub mod import;
pub mod lead_list;
pub mod lead_scores;
pub mod lead_stages;
pub mod lead_views;
pub mod leads;
pub mod privacy;
pub mod referral_invites;
pub mod report_import;
pub mod saved_segments;
pub mod send_queue;
pub mod settings;
pub mod storage;
pub mod tasks;
pub mod team;
pub mod team_figures;
pub mod team_list;
pub mod team_reports;
pub mod undo;
pub mod upline_report;
pub mod writes;

#[cfg(target_arch = "wasm32")]
pub mod open_store;

//! Bringing records from elsewhere together with the ones on the device: a backup restored
//! into existing data, an upline merging reports from their reps, and, later, a sync
//! with a CouchDB-protocol server. Every record is a document with a stable id,
//! `updated_at` and a tombstone, so that each of these is the same record-by-record merge.

pub mod record_merge;
pub mod report_merge;
pub mod report_of;
pub mod reported;

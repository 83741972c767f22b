//! File formats: pure functions from bytes to domain values and back. No web APIs.

pub mod contacts_json;
pub mod person_export;
pub mod vcard;

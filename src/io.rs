//! File formats: pure functions from bytes to domain values and back. No web APIs.

pub mod backup_file;
pub mod calendar_ics;
pub mod charset;
pub mod contact_csv;
pub mod contact_file;
pub mod contacts_json;
pub mod content_line;
pub mod csv_export;
pub mod csv_table;
pub mod encrypted_file;
pub mod file_limits;
pub mod person_export;
pub mod picked_contact;
pub mod report_file;
pub mod team_csv;
pub mod vcard;

//! The parts of the import page: reading what the user chose, the table settings of a
//! CSV file, and the preview of what an import would do.

pub mod browser_file;
pub mod contact_import_preview;
pub mod contact_source;
pub mod csv_layout;
pub mod file_choice;
pub mod import_choices;
pub mod import_messages;
pub mod preview;

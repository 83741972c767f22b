//! One module per route.

pub mod contact_detail;
pub mod contact_edit;
pub mod contact_import;
pub mod contacts;
pub mod dashboard;
pub mod duplicates;
pub mod not_found;
pub mod planned;
pub mod settings;
pub mod tasks;

pub use planned::{campaigns, leads};

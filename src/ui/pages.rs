//! One module per route.

pub mod contact_detail;
pub mod contacts;
pub mod dashboard;
pub mod not_found;
pub mod planned;
pub mod settings;

pub use planned::{campaigns, downline, leads};

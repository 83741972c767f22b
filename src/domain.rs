//! Plain Rust types and rules of the business, grouped by area. Nothing here touches a
//! web API, so everything is tested natively with `cargo test`.

pub mod campaigns;
pub mod consent;
pub mod contacts;
pub mod dashboard;
pub mod dataset;
pub mod leads;
pub mod locale;
pub mod ordering;
pub mod pace;
pub mod parent_links;
pub mod record;
pub mod sample;
pub mod settings;
pub mod stable_id;
pub mod sync;
pub mod tasks;
pub mod team;

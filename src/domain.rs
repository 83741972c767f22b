//! Plain Rust types and rules of the business. Nothing here touches a web API, so
//! everything is tested natively with `cargo test`.

pub mod campaign;
pub mod consent;
pub mod contact;
pub mod contact_directory;
pub mod contact_search;
pub mod country;
pub mod dataset;
pub mod downline;
pub mod email;
pub mod follow_up;
pub mod interaction;
pub mod lead;
pub mod locale;
pub mod member;
pub mod money;
pub mod onboarding;
pub mod order;
pub mod parent_links;
pub mod phone;
pub mod quick_actions;
pub mod record;
pub mod referral;
pub mod sample;
pub mod settings;
pub mod summary;
pub mod task;
pub mod text_fold;
pub mod time_format;
pub mod volume;

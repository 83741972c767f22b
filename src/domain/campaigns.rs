//! Campaigns and the touches they make: who they aim at, the messages they send, and
//! who those may go to.

pub mod campaign;
pub mod campaign_form;
pub mod consent_guard;
pub mod message;
pub mod results;
pub mod saved_segment;
pub mod segment;
pub mod segment_form;
pub mod sequence;
pub mod template;

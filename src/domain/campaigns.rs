//! Campaigns and the touches they make: who they aim at, the messages they send, and
//! who those may go to.

pub mod campaign;
pub mod consent_guard;
pub mod message;
pub mod results;
pub mod segment;
pub mod sequence;
pub mod template;

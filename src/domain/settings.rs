//! The rep's own profile and preferences, and the first start.

pub mod backup_habit;
pub mod first_start;
pub mod preferences;

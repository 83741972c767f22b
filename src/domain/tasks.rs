//! Follow-ups and the reminders that appear by themselves: stay in touch, birthdays,
//! reorders; the agenda of overdue, today and upcoming.

pub mod agenda;
pub mod follow_up;
pub mod reminders;
pub mod task;

//! The parts of the contact list: the filter and sort choices, and the rows on screen.

pub mod contact_rows;
pub mod list_filters;

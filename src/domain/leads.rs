//! Leads: opportunities for a sale or a recruit.

pub mod lead;

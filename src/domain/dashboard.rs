//! The figures the rep's overview shows.

pub mod key_figures;

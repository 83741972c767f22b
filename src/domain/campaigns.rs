//! Campaigns and the touches they make.

pub mod campaign;

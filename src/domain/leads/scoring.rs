//! Lead scoring that a rep can follow: a logistic regression per lead kind that starts
//! from a documented prior model and moves toward the rep's own outcomes only as far as
//! they give evidence, with every score split into what each input added or took away.
//!
//! Everything here is plain `f64` arithmetic in a fixed order, so the same leads give the
//! same model bit for bit on every device and in every build.

pub mod explanation;
pub mod fit;
mod linear_algebra;
mod logistic;
pub mod metrics;
pub mod model;
pub mod scaling;

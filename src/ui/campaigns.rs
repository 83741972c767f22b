//! The parts of the campaign pages: the words for their values, the segment builder,
//! the steps' fields and a campaign's results.

pub mod campaign_results;
pub mod campaign_words;
pub mod segment_builder;
pub mod step_fields;

//! The parts of the campaign pages: the words for their values, the facts the audience
//! counts read, the segment builder and its saved audiences, the steps' fields and a
//! campaign's results.

pub mod audience_facts;
pub mod campaign_results;
pub mod campaign_words;
pub mod saved_segment_picker;
pub mod segment_builder;
pub mod step_fields;

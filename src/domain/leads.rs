//! Leads: opportunities for a sale or a recruit, their pipelines and their scores.

pub mod lead;
pub mod lead_facts;
pub mod lead_form;
pub mod lead_list;
pub mod lead_model;
pub mod lead_rows;
pub mod lead_settings;
pub mod lost_reasons;
#[cfg(any(test, feature = "bench"))]
pub mod model_quality;
pub mod next_best;
pub mod overdue_follow_ups;
pub mod prior;
pub mod score_inputs;
pub mod scoring;
pub mod stage_edits;
pub mod stages;
pub mod stored_models;

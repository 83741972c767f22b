//! The plan form's sections: the plan's own rules and the rank ladder. Checking the draft
//! is a domain rule (`domain::team::plan_draft`).

pub mod plan_fields;
pub mod plan_form_state;
pub mod rank_ladder;

//! The pieces of the lead pages: the scores, the reasons in words, the list view, the
//! lose form.

pub mod card_drag;
pub mod lead_list;
pub mod lead_scores;
pub mod lead_words;
pub mod lost_form;
pub mod one_column;
pub mod score_summary;

//! The rep's team (downline): members and their sponsors, the compensation plan and its
//! ranks, monthly volumes rolled up the tree, the tree and its levels, the back-office
//! team list, members joining and leaving.

pub mod directory;
pub mod genealogy;
pub mod levels;
pub mod list_check;
pub mod list_import;
pub mod member;
pub mod member_draft;
pub mod member_exit;
pub mod month;
pub mod org_chart;
pub mod plan;
pub mod plan_draft;
pub mod rank_outlook;
pub mod rank_rules;
pub mod rollup;
pub mod tree;
pub mod volume;
pub mod volume_entry;

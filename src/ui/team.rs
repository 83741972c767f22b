//! The pieces of the team pages: the shared team figures, the tree, the level list, the
//! member's cards and the org chart.

pub mod column_mapping;
pub mod kept_reports_card;
pub mod level_list;
pub mod member_exit_card;
pub mod member_form;
pub mod member_picker;
pub mod org_chart;
pub mod own_report_card;
pub mod period_select;
pub mod plan_form;
pub mod rank_card;
pub mod report_import_card;
pub mod report_preview;
pub mod team_data;
pub mod team_list_preview;
pub mod team_messages;
pub mod tree_view;
pub mod volume_card;

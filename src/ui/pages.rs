//! One module per route.

pub mod campaign_detail;
pub mod campaign_edit;
pub mod campaigns;
pub mod contact_detail;
pub mod contact_edit;
pub mod contact_import;
pub mod contacts;
pub mod dashboard;
pub mod duplicates;
pub mod lead_detail;
pub mod lead_edit;
pub mod lead_stages;
pub mod leads;
pub mod member_detail;
pub mod member_edit;
pub mod not_found;
pub mod plan_settings;
pub mod send_queue;
pub mod settings;
pub mod tasks;
pub mod team;
pub mod team_import;
pub mod team_reports;

//! The parts of a contact's page, one concern each.

pub mod consent_card;
pub mod consent_change;
pub mod consent_form;
pub mod consent_history;
pub mod contact_facts;
pub mod contact_picker;
pub mod details_card;
pub mod follow_up_form;
pub mod follow_ups_card;
pub mod interaction_form;
pub mod order_form;
pub mod orders_card;
pub mod privacy_card;
pub mod quick_actions_card;
pub mod referrals_card;
pub mod timeline_card;
pub mod withdrawal_form;

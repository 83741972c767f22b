//! The parts of a contact's page, one concern each.

pub mod consent_card;
pub mod contact_facts;
pub mod contact_picker;
pub mod follow_up_form;
pub mod interaction_form;
pub mod orders_card;
pub mod privacy_card;
pub mod timeline_card;

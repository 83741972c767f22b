//! People the rep knows and everything about them: the contact and its draft as a form
//! fills it in, search and the directory, orders and interactions, the timeline,
//! referrals, duplicates and merging, importing a file's rows, the right of access and
//! erasure.

pub mod address_lines;
pub mod birthday;
pub mod contact;
pub mod directory;
pub mod draft;
pub mod duplicates;
pub mod erasure;
pub mod import_plan;
pub mod interaction;
pub mod merge;
pub mod order;
pub mod order_draft;
pub mod person;
pub mod quick_actions;
pub mod referral;
pub mod referral_invite;
pub mod search;
pub mod timeline;

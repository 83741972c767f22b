//! The member form's sections: who the person is, where they sit in the team, and their
//! membership record. Checking the draft is a domain rule (`domain::team::member_draft`).

pub mod member_form_state;
pub mod person_fields;
pub mod place_fields;
pub mod record_fields;

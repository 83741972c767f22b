//! The contact form's sections. Each reads and writes one shared draft; checking the
//! draft is a domain rule (`domain::contacts::draft`), the fields' state is the form's.

pub mod address_fields;
pub mod follow_up_fields;
pub mod form_state;
pub mod labeled_list;
pub mod more_fields;
pub mod name_fields;
pub mod relation_fields;
pub mod text_field;

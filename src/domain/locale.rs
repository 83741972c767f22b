//! Languages, and how each writes dates, numbers and money; text folding for search;
//! phone numbers, email addresses and countries.

pub mod country;
pub mod email;
pub mod iso_date;
pub mod language;
pub mod local_clock;
pub mod money;
pub mod phone;
pub mod text_fold;
pub mod time_format;

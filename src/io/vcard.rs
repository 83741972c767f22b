//! vCard files (2.1, 3.0 and 4.0) as phones and address books write them.
//!
//! Reading goes in two steps: [`syntax`] splits a file into cards and raw properties,
//! whatever the line endings, folding and parameter style; [`text`] turns a property's
//! bytes into text (quoted-printable, character sets, escapes).

pub mod contact;
pub mod syntax;
pub mod text;
pub mod write;

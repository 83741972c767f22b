//! Contacts as a vCard file (3.0 or 4.0) that phones and address books read. Every
//! field the import reads is written, so exporting and importing gives the same
//! contacts; the id goes into `UID`, so importing an exported file again can recognise
//! its contacts.
//!
//! Text values are escaped and lines folded as in `content_line.rs`. The structured
//! values (`N`, `ADR`, `ORG`) escape each component on its own and join them with a bare
//! `;`, and `CATEGORIES` its tags with a bare `,`: only the separators stay unescaped.

use crate::domain::contacts::birthday::{YEAR_UNKNOWN, year_known};
use crate::domain::contacts::contact::{Contact, Labeled};
use crate::domain::locale::iso_date::format_date;
use crate::io::content_line::{escape, fold_into};
use chrono::Datelike;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Version {
    V3,
    V4,
}

/// The vCard type for the labels the import gives known types; other labels travel as
/// Apple's `X-ABLabel`, which Google and Apple read too.
fn label_type(label: &str) -> Option<&'static str> {
    match label {
        "mobil" => Some("CELL"),
        "privat" => Some("HOME"),
        "geschäftlich" => Some("WORK"),
        "Fax" => Some("FAX"),
        _ => None,
    }
}

struct Card {
    lines: Vec<String>,
    groups: usize,
}

impl Card {
    fn labeled(&mut self, name: &str, entry: &Labeled) {
        match (entry.label.as_str(), label_type(&entry.label)) {
            (_, Some(kind)) => self
                .lines
                .push(format!("{name};TYPE={kind}:{}", escape(&entry.value))),
            ("", None) => self.lines.push(format!("{name}:{}", escape(&entry.value))),
            (label, None) => {
                self.groups += 1;
                let group = format!("item{}", self.groups);
                self.lines
                    .push(format!("{group}.{name}:{}", escape(&entry.value)));
                self.lines
                    .push(format!("{group}.X-ABLabel:{}", escape(label)));
            }
        }
    }
}

fn card(contact: &Contact, version: Version) -> Vec<String> {
    let mut card = Card {
        lines: Vec::new(),
        groups: 0,
    };
    card.lines.push("BEGIN:VCARD".into());
    card.lines.push(match version {
        Version::V3 => "VERSION:3.0".into(),
        Version::V4 => "VERSION:4.0".into(),
    });
    card.lines.push(format!("UID:urn:uuid:{}", contact.meta.id));
    card.lines.push(format!(
        "N:{};{};;;",
        escape(&contact.family_name),
        escape(&contact.given_name)
    ));
    card.lines
        .push(format!("FN:{}", escape(&contact.display_name())));
    if contact.is_organisation() {
        card.lines.push(match version {
            Version::V3 => "X-ABShowAs:COMPANY".into(),
            Version::V4 => "KIND:org".into(),
        });
    }
    if !contact.nickname.is_empty() {
        card.lines
            .push(format!("NICKNAME:{}", escape(&contact.nickname)));
    }
    if !contact.company.is_empty() || !contact.department.is_empty() {
        card.lines.push(format!(
            "ORG:{};{}",
            escape(&contact.company),
            escape(&contact.department)
        ));
    }
    if !contact.job_title.is_empty() {
        card.lines
            .push(format!("TITLE:{}", escape(&contact.job_title)));
    }
    for phone in &contact.phones {
        card.labeled("TEL", phone);
    }
    for email in &contact.emails {
        card.labeled("EMAIL", email);
    }
    if let Some(address) = &contact.address {
        card.lines.push(format!(
            "ADR:{};;{};{};{};{};{}",
            escape(&address.po_box),
            escape(&address.street),
            escape(&address.city),
            escape(&address.region),
            escape(&address.postal_code),
            escape(&address.country)
        ));
    }
    if let Some(birthday) = contact.birthday {
        card.lines.push(match (year_known(birthday), version) {
            (true, _) => format!("BDAY:{}", format_date(birthday)),
            (false, Version::V4) => format!("BDAY:--{:02}{:02}", birthday.month(), birthday.day()),
            // vCard 3.0 has no date without a year; this is how Apple writes one.
            (false, Version::V3) => format!(
                "BDAY;X-APPLE-OMIT-YEAR={YEAR_UNKNOWN}:{}",
                format_date(birthday)
            ),
        });
    }
    if !contact.tags.is_empty() {
        let tags: Vec<String> = contact.tags.iter().map(|t| escape(t)).collect();
        card.lines.push(format!("CATEGORIES:{}", tags.join(",")));
    }
    if !contact.notes.is_empty() {
        card.lines.push(format!("NOTE:{}", escape(&contact.notes)));
    }
    card.lines.push("END:VCARD".into());
    card.lines
}

/// The contacts as one vCard file, CRLF line ends as the standard says.
pub fn contacts_to_vcard<'a>(
    contacts: impl IntoIterator<Item = &'a Contact>,
    version: Version,
) -> String {
    let mut out = String::new();
    for contact in contacts {
        for line in card(contact, version) {
            fold_into(&mut out, &line);
        }
    }
    out
}

#[cfg(test)]
mod tests;

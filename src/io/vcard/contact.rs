//! A vCard as a contact form filled in: the same [`ContactDraft`] a person fills in by
//! hand, so an imported card is checked by the same rules and its problems are named
//! by the same field messages. Photos, keys, instant messengers and the like are left
//! out; consent is never read from a file.

use crate::domain::birthday::YEAR_UNKNOWN;
use crate::domain::contact_form::{ContactDraft, LabeledDraft};
use crate::domain::ordering::order_by;
use crate::io::vcard::syntax::{RawCard, RawProperty};
use crate::io::vcard::text::{
    Charsets, TextError, components, list, name_components, property_text, unescape,
};

/// A card read into a draft, with where it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardDraft {
    /// The line of the card's `BEGIN:VCARD`.
    pub line: usize,
    pub draft: ContactDraft,
    /// The card's `UID`, by which a later import of the same card is recognised.
    pub uid: Option<String>,
    /// Properties whose text could not be decoded, with their line.
    pub unreadable: Vec<(usize, TextError)>,
}

struct Reader<'a> {
    card: &'a RawCard,
    charsets: &'a dyn Charsets,
    unreadable: Vec<(usize, TextError)>,
}

impl Reader<'_> {
    fn text(&mut self, property: &RawProperty) -> Option<String> {
        match property_text(property, self.charsets) {
            Ok(text) => Some(text),
            Err(error) => {
                self.unreadable.push((property.line, error));
                None
            }
        }
    }

    /// The label Apple ties to a grouped property (`item1.X-ABLabel:_$!<Mobile>!$_`).
    fn group_label(&mut self, property: &RawProperty) -> Option<String> {
        let group = property.group.as_deref()?;
        let label = self
            .card
            .properties
            .iter()
            .find(|p| p.name == "X-ABLABEL" && p.group.as_deref() == Some(group))?;
        let text = unescape(&self.text(label)?);
        let text = text
            .strip_prefix("_$!<")
            .and_then(|t| t.strip_suffix(">!$_"))
            .unwrap_or(&text);
        Some(text.trim().to_owned()).filter(|t| !t.is_empty())
    }

    fn labeled(&mut self, property: &RawProperty, value: String) -> LabeledDraft {
        let label = self
            .group_label(property)
            .or_else(|| type_label(&property.types()))
            .unwrap_or_default();
        LabeledDraft { label, value }
    }
}

fn all<'c>(card: &'c RawCard, name: &str) -> Vec<&'c RawProperty> {
    card.properties.iter().filter(|p| p.name == name).collect()
}

/// A readable label from vCard types; `PREF`, `VOICE` and `INTERNET` say nothing to a
/// person.
fn type_label(types: &[String]) -> Option<String> {
    let label = |t: &str| match t {
        "CELL" | "MOBILE" => Some("mobil"),
        "HOME" => Some("privat"),
        "WORK" => Some("geschäftlich"),
        "FAX" => Some("Fax"),
        "PAGER" => Some("Pager"),
        "MAIN" => Some("Hauptnummer"),
        _ => None,
    };
    let labels: Vec<&str> = types.iter().filter_map(|t| label(t)).collect();
    (!labels.is_empty()).then(|| labels.join(" "))
}

/// Part `i` of a structured value, trimmed; empty when missing.
fn part(parts: &[String], i: usize) -> String {
    parts
        .get(i)
        .map(|p| p.trim().to_owned())
        .unwrap_or_default()
}

/// The parts that are not empty, joined.
fn joined(parts: &[String], separator: &str) -> String {
    parts
        .iter()
        .filter(|p| !p.is_empty())
        .cloned()
        .collect::<Vec<_>>()
        .join(separator)
}

/// `tel:+49-221-9999123;ext=5` as vCard 4.0 writes it, or the number as it is.
fn phone_value(text: &str) -> String {
    let number = text.trim();
    let number = number
        .strip_prefix("tel:")
        .or_else(|| number.strip_prefix("TEL:"))
        .unwrap_or(number);
    number.split(';').next().unwrap_or("").to_owned()
}

/// Birthdays as phones write them: `1980-01-18`, `19800118`, `1980-01-18T00:00:00Z`,
/// and without a year: `--0203`, `--02-03` (Apple's `1604-02-03` is a date already).
fn birthday(text: &str) -> String {
    let day = text.trim().split('T').next().unwrap_or("");
    let digits: String = day.chars().filter(char::is_ascii_digit).collect();
    if day.starts_with("--") && digits.len() == 4 {
        return format!("{}-{}-{}", YEAR_UNKNOWN, &digits[0..2], &digits[2..4]);
    }
    if digits.len() != 8 {
        return String::new();
    }
    format!("{}-{}-{}", &digits[0..4], &digits[4..6], &digits[6..8])
}

/// The draft a card describes.
pub fn card_draft(card: &RawCard, charsets: &dyn Charsets) -> CardDraft {
    let mut reader = Reader {
        card,
        charsets,
        unreadable: Vec::new(),
    };
    let mut draft = ContactDraft::default();

    if let Some(n) = all(card, "N").first().copied()
        && let Some(text) = reader.text(n)
    {
        let parts = name_components(&text);
        draft.family_name = part(&parts, 0);
        draft.given_name = joined(&[part(&parts, 1), part(&parts, 2)], " ");
    }
    if draft.given_name.is_empty()
        && draft.family_name.is_empty()
        && let Some(full_name) = all(card, "FN").first().copied()
    {
        let full = reader
            .text(full_name)
            .map(|t| unescape(&t))
            .unwrap_or_default();
        match full.trim().rsplit_once(' ') {
            Some((given, family)) => {
                draft.given_name = given.trim().to_owned();
                draft.family_name = family.trim().to_owned();
            }
            None => draft.given_name = full.trim().to_owned(),
        }
    }

    for tel in all(card, "TEL") {
        if let Some(text) = reader.text(tel) {
            let value = phone_value(&unescape(&text));
            if !value.trim().is_empty() {
                let entry = reader.labeled(tel, value);
                draft.phones.push(entry);
            }
        }
    }
    for email in all(card, "EMAIL") {
        if let Some(text) = reader.text(email) {
            let value = unescape(&text).trim().to_owned();
            if !value.is_empty() {
                let entry = reader.labeled(email, value);
                draft.emails.push(entry);
            }
        }
    }
    // A contact holds one address: the preferred one, else home, else the first.
    let mut ordered = all(card, "ADR");
    order_by(&mut ordered, |p| {
        let types = p.types();
        let lacks = |t: &str| i64::from(!types.iter().any(|x| x == t));
        lacks("PREF") * 2 + lacks("HOME")
    });
    // Further addresses are kept in the notes, with their label.
    let mut more_addresses = Vec::new();
    for adr in ordered {
        let Some(text) = reader.text(adr) else {
            continue;
        };
        let parts = components(&text);
        let part = |i: usize| part(&parts, i);
        if (2..7).all(|i| part(i).is_empty()) {
            continue;
        }
        // Some exporters put the street into the "extended address" part.
        let street = joined(&[part(2), part(1)], ", ");
        if draft.street.is_empty() && draft.city.is_empty() && draft.postal_code.is_empty() {
            draft.street = street;
            draft.city = part(3);
            draft.postal_code = part(5);
            draft.country = part(6);
        } else {
            let place = joined(&[part(5), part(3)], " ");
            let address = joined(&[street, place, part(6)], ", ");
            let label = reader.labeled(adr, String::new()).label;
            more_addresses.push(joined(&[label, address], ": "));
        }
    }
    if let Some(bday) = all(card, "BDAY").first().copied() {
        draft.birthday = reader.text(bday).map(|t| birthday(&t)).unwrap_or_default();
    }
    let mut tags = Vec::new();
    for categories in all(card, "CATEGORIES") {
        if let Some(text) = reader.text(categories) {
            tags.extend(list(&text));
        }
    }
    draft.tags = tags.join(", ");
    let mut notes = Vec::new();
    for note in all(card, "NOTE") {
        if let Some(text) = reader.text(note) {
            let text = unescape(&text).trim().to_owned();
            if !text.is_empty() && !notes.contains(&text) {
                notes.push(text);
            }
        }
    }
    notes.extend(more_addresses);
    draft.notes = notes.join("\n\n");
    let uid = all(card, "UID")
        .first()
        .and_then(|uid| reader.text(uid))
        .map(|text| unescape(&text).trim().to_owned())
        .filter(|text| !text.is_empty());
    CardDraft {
        line: card.line,
        draft,
        uid,
        unreadable: reader.unreadable,
    }
}

#[cfg(test)]
mod tests;

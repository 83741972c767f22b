//! Search-as-you-type over contacts: name, nickname, company and job, phone, email,
//! address, tags and notes, with case, accents and umlaut spellings ignored, and phone
//! numbers found however they are typed. Each contact's searchable text is folded once; a keystroke then only
//! runs substring checks.

use crate::domain::contacts::contact::Contact;
use crate::domain::locale::phone::query_digits;
use crate::domain::locale::text_fold::{fold, fold_german};
use uuid::Uuid;

/// A contact's searchable text, folded.
#[derive(Clone, Debug, PartialEq)]
pub struct SearchEntry {
    pub id: Uuid,
    text: String,
    /// The digits of every phone number, separated by spaces.
    phone_digits: String,
}

impl SearchEntry {
    pub fn of(contact: &Contact) -> SearchEntry {
        let name = format!(
            "{} {} {} {}",
            contact.given_name, contact.family_name, contact.nickname, contact.company
        );
        let mut parts = vec![fold(&name), fold_german(&name)];
        parts.push(fold(&format!(
            "{} {}",
            contact.department, contact.job_title
        )));
        parts.extend(contact.emails.iter().map(|e| fold(&e.value)));
        parts.extend(contact.tags.iter().map(|t| fold(t)));
        if let Some(address) = &contact.address {
            parts.push(fold(&format!(
                "{} {} {} {} {}",
                address.street, address.postal_code, address.city, address.region, address.country
            )));
        }
        parts.push(fold(&contact.notes));
        let phone_digits = contact
            .phones
            .iter()
            .map(|p| {
                p.value
                    .chars()
                    .filter(char::is_ascii_digit)
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
            .join(" ");
        SearchEntry {
            id: contact.meta.id,
            text: parts.join("\n"),
            phone_digits,
        }
    }

    /// An entry that no search finds.
    pub fn nothing(id: Uuid) -> SearchEntry {
        SearchEntry {
            id,
            text: String::new(),
            phone_digits: String::new(),
        }
    }

    pub fn matches(&self, query: &SearchQuery) -> bool {
        let phone_match = query
            .digits
            .as_ref()
            .is_some_and(|d| self.phone_digits.contains(d.as_str()));
        if phone_match {
            return true;
        }
        !query.words.is_empty() && query.words.iter().all(|w| self.text.contains(w.as_str()))
    }
}

/// What a person typed, prepared for matching: every word must appear somewhere.
pub struct SearchQuery {
    words: Vec<String>,
    digits: Option<String>,
}

impl SearchQuery {
    pub fn parse(typed: &str) -> SearchQuery {
        SearchQuery {
            words: fold(typed)
                .split(' ')
                .filter(|w| !w.is_empty())
                .map(str::to_owned)
                .collect(),
            digits: query_digits(typed),
        }
    }

    /// An empty query matches everything.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contacts::contact::{Address, Labeled};
    use chrono::Utc;

    fn contact(given: &str, family: &str) -> Contact {
        Contact::new(given, family, Utc::now())
    }

    fn finds(contact: &Contact, typed: &str) -> bool {
        SearchEntry::of(contact).matches(&SearchQuery::parse(typed))
    }

    #[test]
    fn the_issue_s_examples() {
        let mut anna = contact("Anna", "Müller");
        anna.address = Some(Address {
            street: "Lange Straße 5".into(),
            postal_code: "10115".into(),
            city: "Berlin".into(),
            country: "DE".into(),
            ..Address::default()
        });
        anna.phones.push(Labeled {
            label: "mobil".into(),
            value: "+491712345678".into(),
        });
        assert!(finds(&anna, "muller"));
        assert!(finds(&anna, "MÜLLER"));
        assert!(finds(&anna, "mueller"), "the German spelling of ü");
        assert!(finds(&anna, "strasse"));
        assert!(finds(&anna, "0171 234"));
        assert!(finds(&anna, "+49 171 2345"));
        assert!(finds(&contact("Zoë", "Strauß"), "Zoe"));
    }

    #[test]
    fn every_word_must_match_somewhere() {
        let mut ben = contact("Ben", "Braun");
        ben.emails.push(Labeled {
            label: "privat".into(),
            value: "ben.b@gmx.de".into(),
        });
        ben.tags.push("Hautpflege".into());
        ben.notes = "Mag keine Düfte".into();
        assert!(finds(&ben, "ben hautpflege"));
        assert!(finds(&ben, "gmx"));
        assert!(finds(&ben, "dufte"));
        assert!(!finds(&ben, "ben vitamine"));
        assert!(
            !finds(&ben, "0171"),
            "no phone, and digits are not in the name"
        );
        assert!(!finds(&ben, ""), "an empty query is the caller's case");
        assert!(SearchQuery::parse("  ").is_empty());
    }
}

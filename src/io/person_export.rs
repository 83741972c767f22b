//! The right of access (GDPR Art. 15): everything stored about one person as one JSON
//! file the rep can hand over.

use crate::domain::contacts::person::PersonRecords;
use crate::domain::locale::iso_date::{format_date, format_utc};
use chrono::{DateTime, Utc};
use serde::Serialize;

#[derive(Serialize)]
struct AccessExport<'a> {
    format: &'static str,
    #[serde(with = "chrono::serde::ts_milliseconds")]
    exported_at: DateTime<Utc>,
    exported_at_text: String,
    #[serde(flatten)]
    person: &'a PersonRecords,
}

pub const FORMAT: &str = "teamline-person-export-1";

pub fn person_to_json(person: &PersonRecords, now: DateTime<Utc>) -> String {
    serde_json::to_string_pretty(&AccessExport {
        format: FORMAT,
        exported_at: now,
        exported_at_text: format_utc(now),
        person,
    })
    .expect("records always serialise")
}

/// `auskunft-erika-mustermann-2026-11-27.json`: the person's name in plain letters, so
/// the file is easy to find and safe on every file system.
pub fn file_name(person: &PersonRecords, prefix: &str, now: DateTime<Utc>) -> String {
    let folded = crate::domain::locale::text_fold::fold_german(&person.contact.display_name());
    let mut slug = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    let slug = if slug.is_empty() { "kontakt" } else { slug };
    format!("{prefix}-{slug}-{}.json", format_date(now.date_naive()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contacts::contact::Contact;
    use crate::domain::contacts::interaction::{Direction, Interaction, InteractionKind};
    use crate::domain::record::RecordMeta;
    use chrono::TimeZone;

    #[test]
    fn the_export_holds_the_person_and_their_records() {
        let now = Utc.with_ymd_and_hms(2026, 11, 27, 10, 0, 0).unwrap();
        let contact = Contact::new("Zoë", "Strauß-Öztürk", now);
        let call = Interaction {
            meta: RecordMeta::new(now),
            contact_id: contact.meta.id,
            kind: InteractionKind::Call,
            direction: Direction::Incoming,
            at: now,
            summary: "fragt nach „Duftset“".into(),
            outcome: None,
        };
        let person = PersonRecords {
            contact,
            interactions: vec![call],
            orders: vec![],
            leads: vec![],
            tasks: vec![],
            campaign_touches: vec![],
            memberships: vec![],
            referred: vec![],
        };
        let json = person_to_json(&person, now);
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["format"], FORMAT);
        assert_eq!(value["contact"]["given_name"], "Zoë");
        assert_eq!(value["interactions"][0]["summary"], "fragt nach „Duftset“");
        assert!(value["contact"]["consent"]["changes"].is_array());
        assert_eq!(
            file_name(&person, "auskunft", now),
            "auskunft-zoe-strauss-oeztuerk-2026-11-27.json"
        );
    }
}

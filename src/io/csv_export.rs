//! Contacts as a CSV file: UTF-8 with commas by default, or the way German Excel opens
//! it directly (semicolons and a UTF-8 byte-order mark). The headers are the German ones
//! the import recognises, so an exported file imports back.

use crate::domain::contact::Contact;
use crate::domain::iso_date::format_date;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CsvStyle {
    Utf8Comma,
    GermanExcel,
}

const HEADERS: [&str; 12] = [
    "Vorname",
    "Nachname",
    "Mobiltelefon",
    "Telefon privat",
    "Telefon geschäftlich",
    "E-Mail-Adresse",
    "Straße privat",
    "Postleitzahl privat",
    "Ort privat",
    "Geburtstag",
    "Kategorien",
    "Notizen",
];

/// The first phone with this label, else, for the mobile column, the first phone
/// without a label the other columns take.
fn phone(contact: &Contact, label: &str) -> String {
    contact
        .phones
        .iter()
        .find(|p| p.label == label)
        .or_else(|| {
            (label == "mobil").then(|| {
                contact
                    .phones
                    .iter()
                    .find(|p| !matches!(p.label.as_str(), "privat" | "geschäftlich"))
            })?
        })
        .map(|p| p.value.clone())
        .unwrap_or_default()
}

pub fn contacts_to_csv<'a>(
    contacts: impl IntoIterator<Item = &'a Contact>,
    style: CsvStyle,
) -> Vec<u8> {
    let delimiter = match style {
        CsvStyle::Utf8Comma => b',',
        CsvStyle::GermanExcel => b';',
    };
    let mut out = match style {
        CsvStyle::Utf8Comma => Vec::new(),
        CsvStyle::GermanExcel => b"\xef\xbb\xbf".to_vec(),
    };
    {
        let mut writer = csv::WriterBuilder::new()
            .delimiter(delimiter)
            .terminator(csv::Terminator::CRLF)
            .from_writer(&mut out);
        let _ = writer.write_record(HEADERS);
        for contact in contacts {
            let address = contact.address.clone().unwrap_or_default();
            let _ = writer.write_record([
                contact.given_name.clone(),
                contact.family_name.clone(),
                phone(contact, "mobil"),
                phone(contact, "privat"),
                phone(contact, "geschäftlich"),
                contact
                    .emails
                    .first()
                    .map(|e| e.value.clone())
                    .unwrap_or_default(),
                address.street,
                address.postal_code,
                address.city,
                contact.birthday.map(format_date).unwrap_or_default(),
                contact.tags.join("; "),
                contact.notes.clone(),
            ]);
        }
        let _ = writer.flush();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contact::{Address, Labeled};
    use crate::domain::contact_form::CheckContext;
    use crate::domain::referral::Referrals;
    use crate::io::charset::Encoding;
    use crate::io::csv_import::{CsvOptions, read_table};
    use chrono::{NaiveDate, TimeZone, Utc};

    #[test]
    fn exported_csv_imports_back_in_both_styles() {
        let now = Utc.with_ymd_and_hms(2026, 11, 27, 10, 0, 0).unwrap();
        let mut c = Contact::new("Jürgen \"Jo\"", "Müller; Lüdenscheidt", now);
        c.phones = vec![
            Labeled {
                label: "mobil".into(),
                value: "+491712345678".into(),
            },
            Labeled {
                label: "geschäftlich".into(),
                value: "+49301234567".into(),
            },
        ];
        c.emails = vec![Labeled {
            label: String::new(),
            value: "juergen@beispiel.de".into(),
        }];
        c.address = Some(Address {
            street: "Hauptstraße 5, Hinterhaus".into(),
            postal_code: "50667".into(),
            city: "Köln".into(),
            country: String::new(),
        });
        c.birthday = NaiveDate::from_ymd_opt(1980, 1, 18);
        c.tags = vec!["Kunden".into(), "VIP 😀".into()];
        c.notes = "Zeile eins\nZeile zwei, mit Komma; und Semikolon".into();
        let referrals = Referrals::new([]);
        let context = CheckContext {
            calling_code: "49",
            now,
            referrals: &referrals,
        };
        for style in [CsvStyle::Utf8Comma, CsvStyle::GermanExcel] {
            let bytes = contacts_to_csv([&c], style);
            assert_eq!(
                bytes.starts_with(b"\xef\xbb\xbf"),
                style == CsvStyle::GermanExcel
            );
            let table = read_table(&bytes, CsvOptions::default()).unwrap();
            assert_eq!(table.encoding, Encoding::Utf8);
            assert_eq!(
                table.delimiter,
                if style == CsvStyle::GermanExcel {
                    b';'
                } else {
                    b','
                }
            );
            let drafts = table.drafts(&table.targets());
            let back = drafts[0].1.check(None, &context).unwrap();
            assert_eq!(back.given_name, c.given_name);
            assert_eq!(back.family_name, c.family_name);
            assert_eq!(back.phones, c.phones);
            assert_eq!(back.emails, c.emails);
            assert_eq!(back.address, c.address);
            assert_eq!(back.birthday, c.birthday);
            assert_eq!(back.tags, c.tags);
            assert_eq!(back.notes, c.notes);
        }
    }
}

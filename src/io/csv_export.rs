//! Contacts as a CSV file: UTF-8 with commas by default, or the way German Excel opens
//! it directly (semicolons and a UTF-8 byte-order mark). The headers are the German ones
//! the import recognises, so an exported file imports back.

use crate::domain::contacts::contact::{Contact, Labeled};
use crate::domain::locale::iso_date::format_date;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CsvStyle {
    Utf8Comma,
    GermanExcel,
}

/// The columns every export has, with Outlook's German names, which the import knows.
const HEADERS: [&str; 19] = [
    "Vorname",
    "Nachname",
    "Spitzname",
    "Firma",
    "Abteilung",
    "Position",
    "Mobiltelefon",
    "Telefon privat",
    "Telefon geschäftlich",
    "Straße privat",
    "Postfach privat",
    "Postleitzahl privat",
    "Ort privat",
    "Bundesland/Kanton privat",
    "Land/Region privat",
    "Geburtstag",
    "Kategorien",
    "Notizen",
    "E-Mail-Adresse",
];

/// The columns of the labelled phones, by the label a phone needs for each.
const PHONE_COLUMNS: [&str; 3] = ["mobil", "privat", "geschäftlich"];

/// Each contact's phones: one for each labelled column (by label, and the mobile column
/// also takes an unlabelled one), and the rest, which go into numbered columns.
fn phones_by_column(contact: &Contact) -> ([String; 3], Vec<&Labeled>) {
    let mut columns: [String; 3] = Default::default();
    let mut rest = Vec::new();
    for phone in &contact.phones {
        let column = PHONE_COLUMNS
            .iter()
            .position(|label| phone.label == *label)
            .or_else(|| phone.label.is_empty().then_some(0))
            .filter(|&c| columns[c].is_empty());
        match column {
            Some(c) => columns[c] = phone.value.clone(),
            None => rest.push(phone),
        }
    }
    (columns, rest)
}

pub fn contacts_to_csv<'a>(
    contacts: impl IntoIterator<Item = &'a Contact>,
    style: CsvStyle,
) -> Vec<u8> {
    let contacts: Vec<&Contact> = contacts.into_iter().collect();
    let delimiter = match style {
        CsvStyle::Utf8Comma => b',',
        CsvStyle::GermanExcel => b';',
    };
    let mut out = match style {
        CsvStyle::Utf8Comma => Vec::new(),
        CsvStyle::GermanExcel => b"\xef\xbb\xbf".to_vec(),
    };
    // A contact may have more numbers and addresses than the fixed columns hold: as
    // many numbered columns follow as the contact with the most needs, so nothing stays
    // behind.
    let more_phones = contacts
        .iter()
        .map(|c| phones_by_column(c).1.len())
        .max()
        .unwrap_or(0);
    let more_emails = contacts
        .iter()
        .map(|c| c.emails.len().saturating_sub(1))
        .max()
        .unwrap_or(0);
    let mut headers: Vec<String> = HEADERS.iter().map(|h| (*h).to_owned()).collect();
    headers.extend((2..=more_emails + 1).map(|n| format!("E-Mail {n}: Adresse")));
    headers.extend((1..=more_phones).map(|n| format!("Weiteres Telefon {n}")));
    {
        let mut writer = csv::WriterBuilder::new()
            .delimiter(delimiter)
            .terminator(csv::Terminator::CRLF)
            .from_writer(&mut out);
        let _ = writer.write_record(&headers);
        for contact in contacts {
            let address = contact.address.clone().unwrap_or_default();
            let ([mobile, home, work], rest) = phones_by_column(contact);
            let mut record = vec![
                contact.given_name.clone(),
                contact.family_name.clone(),
                contact.nickname.clone(),
                contact.company.clone(),
                contact.department.clone(),
                contact.job_title.clone(),
                mobile,
                home,
                work,
                address.street,
                address.po_box,
                address.postal_code,
                address.city,
                address.region,
                address.country,
                contact.birthday.map(format_date).unwrap_or_default(),
                contact.tags.join("; "),
                contact.notes.clone(),
            ];
            let emails = contact.emails.iter().map(|e| e.value.clone());
            record.extend(
                emails
                    .chain(std::iter::repeat(String::new()))
                    .take(more_emails + 1),
            );
            let phones = rest.into_iter().map(|p| p.value.clone());
            record.extend(
                phones
                    .chain(std::iter::repeat(String::new()))
                    .take(more_phones),
            );
            let _ = writer.write_record(&record);
        }
        let _ = writer.flush();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contacts::contact::{Address, Labeled};
    use crate::domain::contacts::draft::CheckContext;
    use crate::domain::contacts::referral::Referrals;
    use crate::io::charset::Encoding;
    use crate::io::contact_csv;
    use crate::io::csv_table::{CsvOptions, read_table};
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
            ..Address::default()
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
            let drafts = contact_csv::drafts(&table, &contact_csv::targets(&table));
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

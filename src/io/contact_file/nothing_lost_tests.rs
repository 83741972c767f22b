//! The promise of the import preview, tested over generated tables: every value of
//! every row ends up in a field of the stored contact or in its notes, and every column
//! no field holds is named with the number of its values. Headers come from the
//! exporters Teamline knows, plus columns nobody recognises, in random order, with
//! random gaps, delimiters and awkward text.

use super::*;
use crate::domain::contacts::contact::Contact;
use crate::domain::locale::phone;
use crate::domain::sample::rng::Rng;
use crate::io::contact_csv::columns::{Target, birthday, recognise_all, tags};
use crate::io::vcard::text::BuiltInCharsets;

/// Headers of known kinds, each with what a value of it looks like.
const KNOWN: &[(&str, Kind)] = &[
    ("Vorname", Kind::Word),
    ("Nachname", Kind::Word),
    ("Weitere Vornamen", Kind::Word),
    ("Nickname", Kind::Word),
    ("Firma", Kind::Text),
    ("Abteilung", Kind::Text),
    ("Job Title", Kind::Text),
    ("Mobiltelefon", Kind::Phone),
    ("Home Phone", Kind::Phone),
    ("Tel. dienstlich", Kind::Phone),
    ("Autotelefon", Kind::Phone),
    ("E-Mail-Adresse", Kind::Email),
    ("Secondary Email", Kind::Email),
    ("Straße privat", Kind::Text),
    ("Home Address 2", Kind::Text),
    ("PLZ", Kind::Digits),
    ("Ort", Kind::Word),
    ("Home State", Kind::Word),
    ("Land", Kind::Word),
    ("Postfach privat", Kind::Digits),
    ("Business Street", Kind::Text),
    ("Business City", Kind::Word),
    ("Geburtstag", Kind::Date),
    ("Notizen", Kind::Text),
    ("Kategorien", Kind::Tags),
    ("Anzeigename", Kind::Text),
    ("Website 1 - Label", Kind::Word),
    ("Website 1 - Value", Kind::Text),
];

/// Columns no exporter Teamline knows writes.
const UNKNOWN: &[&str] = &[
    "Lieblingsfarbe",
    "Kundennummer",
    "Custom Field 7",
    "Primary Email 2",
    "Hobby",
    "Treffpunkt",
    "Empfohlen durch",
];

#[derive(Clone, Copy, Debug)]
enum Kind {
    Word,
    Text,
    Digits,
    Phone,
    Email,
    Date,
    Tags,
}

const WORDS: &[&str] = &[
    "Anna",
    "Jörg",
    "Zoë",
    "Weiß",
    "O'Brien",
    "Łódź",
    "Müller-Lüdenscheidt",
    "Ünal",
    "Ana",
    "Kim",
];
const TEXTS: &[&str] = &[
    "Komma, drin",
    "Semi;kolon",
    "\"Zitat\"",
    "zwei\nZeilen",
    "😀 Emoji",
    "Tab\tdrin",
    "Straße 5",
    "c/o Meier",
];

/// A value of `kind` no other cell of the table holds, so that finding it in the contact
/// proves it was kept.
fn value(rng: &mut Rng, kind: Kind, row: usize, column: usize) -> String {
    let mark = format!("{row}x{column}");
    match kind {
        Kind::Word => format!("{}{mark}", rng.pick(WORDS)),
        Kind::Text => format!("{} {}{mark}", rng.pick(TEXTS), rng.pick(WORDS)),
        Kind::Digits => format!("{:03}{:02}", row, column),
        Kind::Phone => format!("0171 {:07}", row * 100 + column),
        Kind::Email => format!("p{row}.{column}@beispiel.de"),
        Kind::Date => format!(
            "{:02}.{:02}.{}",
            1 + rng.below(28),
            1 + rng.below(12),
            1940 + rng.below(60)
        ),
        Kind::Tags => format!("{}{mark}; {}{mark}b", rng.pick(WORDS), rng.pick(WORDS)),
    }
}

/// Everything a stored contact says, as one text to look values up in.
fn everything(contact: &Contact) -> String {
    let mut parts = vec![
        contact.display_name(),
        contact.given_name.clone(),
        contact.family_name.clone(),
    ];
    parts.extend(contact.work_and_nickname().iter().map(|s| (*s).to_owned()));
    parts.extend(contact.phones.iter().map(|p| p.value.clone()));
    parts.extend(contact.emails.iter().map(|e| e.value.clone()));
    if let Some(a) = &contact.address {
        parts.extend(
            [
                &a.street,
                &a.po_box,
                &a.postal_code,
                &a.city,
                &a.region,
                &a.country,
            ]
            .map(String::clone),
        );
    }
    parts.extend(contact.birthday.map(|b| b.to_string()));
    parts.extend(contact.tags.iter().cloned());
    parts.push(contact.notes.clone());
    parts.join("\n")
}

/// Where a value must show: the way its field stores it, or as written in the notes.
fn found(text: &str, kind: Kind, value: &str) -> bool {
    let stored: Vec<String> = match kind {
        Kind::Phone => vec![phone::normalize(value, "49").unwrap()],
        Kind::Email => vec![value.to_lowercase()],
        Kind::Date => vec![birthday(value).unwrap()],
        Kind::Tags => tags(value),
        _ => vec![value.to_owned()],
    };
    stored.iter().all(|s| text.contains(s.as_str())) || text.contains(value)
}

#[test]
fn every_value_of_generated_tables_is_kept_and_every_extra_column_named() {
    for seed in 0..120u64 {
        let mut rng = Rng::new(seed);
        let mut columns: Vec<(String, Option<Kind>)> = KNOWN
            .iter()
            .filter(|_| rng.chance(0.5))
            .map(|(h, k)| ((*h).to_owned(), Some(*k)))
            .collect();
        // A name, so that no row is refused for lacking one.
        columns.insert(0, ("Nachname".to_owned(), Some(Kind::Word)));
        for _ in 0..rng.below(4) {
            let header = rng.pick(UNKNOWN).to_string();
            if !columns.iter().any(|(h, _)| *h == header) {
                let at = rng.below(columns.len() + 1);
                columns.insert(at, (header, None));
            }
        }
        let delimiter = *rng.pick(b",;\t");
        let mut rows: Vec<Vec<String>> = Vec::new();
        for row in 0..(1 + rng.below(6)) {
            rows.push(
                columns
                    .iter()
                    .enumerate()
                    .map(|(i, (_, kind))| match kind {
                        _ if i == 0 => value(&mut rng, Kind::Word, row, i),
                        _ if rng.chance(0.3) => String::new(),
                        Some(kind) => value(&mut rng, *kind, row, i),
                        None => value(&mut rng, Kind::Text, row, i),
                    })
                    .collect(),
            );
        }
        // Sometimes a row holds more cells than the header names: the reader names that
        // column by its number.
        let named = columns.len();
        if rng.chance(0.2) {
            rows.last_mut()
                .unwrap()
                .push(value(&mut rng, Kind::Text, 99, named));
            columns.push(((named + 1).to_string(), None));
        }
        let headers: Vec<String> = columns.iter().map(|(h, _)| h.clone()).collect();
        let mut writer = csv::WriterBuilder::new()
            .flexible(true)
            .delimiter(delimiter)
            .from_writer(Vec::new());
        writer.write_record(&headers[..named]).unwrap();
        for row in &rows {
            writer.write_record(row).unwrap();
        }
        let bytes = writer.into_inner().unwrap();

        let file = read_contact_file(&bytes, &ReadOptions::default(), &BuiltInCharsets)
            .unwrap_or_else(|e| panic!("seed {seed}: {e:?}"));
        assert_eq!(
            file.layout.as_ref().unwrap().headers,
            headers,
            "seed {seed}"
        );
        let plan = super::tests::planned(&file);
        assert_eq!(plan.rows.len(), rows.len(), "seed {seed}");
        for (planned, row) in plan.rows.iter().zip(&rows) {
            let contact = planned
                .contact
                .as_ref()
                .unwrap_or_else(|| panic!("seed {seed}: {:?}", planned.problems));
            let text = everything(contact);
            for ((header, kind), value) in columns.iter().zip(row) {
                if value.is_empty() {
                    continue;
                }
                let kept = match kind {
                    Some(kind) => found(&text, *kind, value),
                    None => contact.notes.contains(&format!("{header}: {value}")),
                };
                assert!(kept, "seed {seed}: {header} = {value:?} is lost:\n{text}");
            }
        }
        // Each column nobody recognises is named in the preview with its values.
        let targets = recognise_all(&headers);
        for (i, (header, _)) in columns.iter().enumerate() {
            let values = rows
                .iter()
                .filter(|r| r.get(i).is_some_and(|v| !v.is_empty()))
                .count();
            if targets[i] != Target::NotesWithHeader || values == 0 {
                continue;
            }
            let named = file.leftovers.iter().any(|l| {
                l.from == LeftoverFrom::Column(header.clone())
                    && l.fate == LeftoverFate::InNotes
                    && l.values == values
            });
            assert!(
                named,
                "seed {seed}: column {header} with {values} values is not named: {:?}",
                file.leftovers
            );
        }
    }
}

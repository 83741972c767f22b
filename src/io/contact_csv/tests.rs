use super::*;
use crate::domain::contacts::draft::checked_as_new;
use crate::io::charset::Encoding;
use crate::io::csv_table::{CsvError, CsvOptions, read_table};

#[test]
fn outlook_business_and_home_addresses_keep_both() {
    let file = "Vorname,Nachname,Straße geschäftlich,Ort geschäftlich,Postleitzahl geschäftlich,\
                Straße privat,Ort privat,Postleitzahl privat\n\
                Anna,Lutz,Ring 2,Köln,50667,Weg 5,Bonn,53111\n\
                Ben,Meier,Ring 3,Köln,50667,,,\n";
    let table = read_table(file.as_bytes(), CsvOptions::default()).unwrap();
    let rows = drafts(&table, &targets(&table));
    let anna = &rows[0].1;
    assert_eq!(
        (
            anna.street.as_str(),
            anna.postal_code.as_str(),
            anna.city.as_str()
        ),
        ("Weg 5", "53111", "Bonn")
    );
    assert_eq!(anna.notes, "geschäftlich: Ring 2, 50667 Köln");
    let ben = &rows[1].1;
    assert_eq!((ben.street.as_str(), ben.city.as_str()), ("Ring 3", "Köln"));
    assert_eq!(ben.notes, "");
}

#[test]
fn german_excel_semicolons_windows_1252_and_a_byte_order_mark() {
    let file = b"Vorname;Nachname;E-Mail-Adresse;Mobiltelefon;Stra\xdfe privat;PLZ;Ort;Geburtstag;Kategorien\r\n\
J\xfcrgen;M\xfcller-L\xfcdenscheidt;juergen@example.de;0171 2345678;Hauptstra\xdfe 5;50667;K\xf6ln;18.01.1980;Kunden; VIP\r\n";
    let table = read_table(file, CsvOptions::default()).unwrap();
    assert_eq!(
        (table.delimiter, table.encoding),
        (b';', Encoding::Windows1252)
    );
    let rows = drafts(&table, &targets(&table));
    assert_eq!(rows.len(), 1);
    let (line, draft) = &rows[0];
    assert_eq!(*line, 2);
    let c = checked_as_new(draft);
    assert_eq!(c.display_name(), "Jürgen Müller-Lüdenscheidt");
    assert_eq!(c.phones[0].value, "+491712345678");
    assert_eq!(c.phones[0].label, "mobil");
    assert_eq!(c.emails[0].value, "juergen@example.de");
    assert_eq!(c.address.as_ref().unwrap().street, "Hauptstraße 5");
    assert_eq!(c.birthday.unwrap().to_string(), "1980-01-18");

    let mut with_mark = b"\xef\xbb\xbf".to_vec();
    with_mark.extend_from_slice("Vorname;Nachname\nZoë;Strauß\n".as_bytes());
    let table = read_table(&with_mark, CsvOptions::default()).unwrap();
    assert_eq!(table.encoding, Encoding::Utf8);
    assert_eq!(
        table.headers[0], "Vorname",
        "the mark is not part of the header"
    );
    assert_eq!(
        checked_as_new(&drafts(&table, &targets(&table))[0].1).display_name(),
        "Zoë Strauß"
    );
}

#[test]
fn quoted_fields_with_line_breaks_keep_their_record_and_line() {
    let file = "First Name,Last Name,Notes,E-mail Address\r\nAnna,Schmidt,\"Zeile eins\r\nZeile zwei, mit Komma\",anna@example.com\r\nBen,Braun,,ben@example.com\r\n";
    let table = read_table(file.as_bytes(), CsvOptions::default()).unwrap();
    assert_eq!(table.delimiter, b',');
    let rows = drafts(&table, &targets(&table));
    assert_eq!(rows[0].1.notes, "Zeile eins\r\nZeile zwei, mit Komma");
    assert_eq!(rows[1].0, 4, "Ben's record starts on line 4");
}

#[test]
fn google_pairs_of_type_and_value_columns() {
    let file = "Name,Given Name,Family Name,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value\nAnna Beispiel,Anna,Beispiel,* My Contacts ::: Freunde,* Home,anna@example.com,Mobile,+49 171 1234567\n";
    let table = read_table(file.as_bytes(), CsvOptions::default()).unwrap();
    let draft = &drafts(&table, &targets(&table))[0].1;
    assert_eq!(draft.phones[0].label, "Mobile");
    assert_eq!(draft.emails[0].label, "Home");
    assert_eq!(draft.tags, "Freunde");
    assert_eq!(checked_as_new(draft).phones[0].value, "+491711234567");
}

#[test]
fn unknown_headers_empty_files_and_placeholders() {
    assert_eq!(read_table(b"", CsvOptions::default()), Err(CsvError::Empty));
    assert_eq!(
        read_table(b" \r\n\r\n", CsvOptions::default()),
        Err(CsvError::Empty)
    );
    let table = read_table(b"foo;bar\n1;2\n", CsvOptions::default()).unwrap();
    assert!(!has_known_columns(&table));
    assert_eq!(columns::birthday("0.0.00"), None);
    assert_eq!(
        columns::birthday("1980-01-18").as_deref(),
        Some("1980-01-18")
    );
    assert_eq!(columns::birthday("31.13.1980"), None);
    assert_eq!(
        columns::birthday("18.01.").as_deref(),
        Some("1604-01-18"),
        "no year"
    );
    assert_eq!(
        columns::birthday("1/18/1980").as_deref(),
        Some("1980-01-18")
    );
    assert_eq!(
        columns::birthday("18/1/1980").as_deref(),
        Some("1980-01-18")
    );
    assert_eq!(
        columns::birthday("3/4/1980"),
        None,
        "March or April? Not guessed"
    );
}

#[test]
fn googles_further_addresses_stay_apart_with_their_labels() {
    let file = "Name,Address 1 - Label,Address 1 - City,Address 2 - Label,Address 2 - Street,Address 2 - City,Address 3 - Label,Address 3 - City,Address 3 - Extended Address\n\
                Anna Lutz,Home,Köln,Work,Ring 2,Bonn,Ferien,Sylt,bei Jansen\n";
    let table = read_table(file.as_bytes(), CsvOptions::default()).unwrap();
    let draft = &drafts(&table, &targets(&table))[0].1;
    assert_eq!(draft.city, "Köln");
    assert_eq!(
        draft.notes,
        "Work: Ring 2, Bonn\n\nFerien: bei Jansen, Sylt"
    );
}

#[test]
fn a_company_row_is_not_read_as_a_persons_name() {
    let file =
        "Display Name,Organization,Primary Email\nBeispiel AG,Beispiel AG,info@example.org\n";
    let table = read_table(file.as_bytes(), CsvOptions::default()).unwrap();
    let draft = &drafts(&table, &targets(&table))[0].1;
    assert_eq!(
        (draft.given_name.as_str(), draft.company.as_str()),
        ("", "Beispiel AG")
    );
    assert_eq!(draft.notes, "");
}

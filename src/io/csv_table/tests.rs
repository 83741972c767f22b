use super::*;
use crate::io::charset::Encoding;
use crate::io::contact_csv::has_known_columns;

#[test]
fn the_user_can_override_delimiter_and_encoding() {
    let file = b"Vorname,Nachname\nK\xc3\xa4the,Gro\xc3\x9f\n";
    let table = read_table(
        file,
        CsvOptions {
            delimiter: Some(b';'),
            encoding: Some(Encoding::Windows1252),
        },
    )
    .unwrap();
    assert_eq!(table.headers, ["Vorname,Nachname"]);
    assert_eq!(table.rows[0].fields, ["KÃ¤the,GroÃŸ"]);
    assert!(!has_known_columns(&table));
}

#[test]
fn line_numbers_count_as_people_do_whatever_the_line_ends() {
    for text in [
        "Vorname,Nachname\nAnna,Lutz\n\nBen,\"Mei\ner\"\nCem,Kaya\n",
        "Vorname,Nachname\r\nAnna,Lutz\r\n\r\nBen,\"Mei\r\ner\"\r\nCem,Kaya\r\n",
        "Vorname,Nachname\rAnna,Lutz\r\rBen,\"Mei\rer\"\rCem,Kaya\r",
    ] {
        let table = read_table(text.as_bytes(), CsvOptions::default()).unwrap();
        let lines: Vec<usize> = table.rows.iter().map(|r| r.line).collect();
        // A blank line 3; Ben's quoted name spans lines 4 and 5.
        assert_eq!(lines, [2, 4, 6], "{text:?}");
    }
}

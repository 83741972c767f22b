use super::*;
use crate::domain::contacts::import_plan::{BatchChoice, ImportPlan, plan_import};
use crate::io::contact_csv::columns::{Label, Target};
use crate::io::vcard::text::BuiltInCharsets;
use chrono::TimeZone;

fn read(bytes: &[u8]) -> Result<ContactFile, FileProblem> {
    read_contact_file(bytes, &ReadOptions::default(), &BuiltInCharsets)
}

/// A file from the fixtures we may not redistribute (the tine20 CSV files are AGPL-3.0,
/// the Card Me samples' licence is unknown): the team keeps them in `shared/fixtures`
/// next to the repository, or where `TEAMLINE_SHARED_FIXTURES` points. A missing folder
/// fails the test, so that "ok" never means "not tested"; a run that has no copy says
/// so with `TEAMLINE_WITHOUT_SHARED_FIXTURES=1`, and then these tests return `None`.
fn shared_fixture(path: &str) -> Option<Vec<u8>> {
    let folder = std::env::var("TEAMLINE_SHARED_FIXTURES")
        .unwrap_or_else(|_| format!("{}/../shared/fixtures", env!("CARGO_MANIFEST_DIR")));
    let full = format!("{folder}/contacts/{path}");
    match std::fs::read(&full) {
        Ok(bytes) => Some(bytes),
        Err(_) if std::env::var_os("TEAMLINE_WITHOUT_SHARED_FIXTURES").is_some() => None,
        Err(e) => panic!(
            "{full}: {e}. The real contact files from other software are not in the \
             repository: put the team's shared/fixtures folder next to the checkout or \
             name it in TEAMLINE_SHARED_FIXTURES, or run with \
             TEAMLINE_WITHOUT_SHARED_FIXTURES=1 to leave these files out knowingly."
        ),
    }
}

fn committed_fixtures() -> Vec<(String, Vec<u8>)> {
    let dir = format!("{}/tests/fixtures/contacts", env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for version in ["vcard21", "vcard30", "vcard40"] {
        for entry in std::fs::read_dir(format!("{dir}/{version}")).unwrap() {
            let path = entry.unwrap().path();
            files.push((path.display().to_string(), std::fs::read(path).unwrap()));
        }
    }
    files
}

/// What importing the file into an empty address book would do, German numbers assumed.
pub(super) fn planned(file: &ContactFile) -> ImportPlan {
    plan_import(
        &[],
        file.rows.iter().map(ImportRow::incoming),
        &BatchChoice::default(),
        "49",
        chrono::Utc
            .with_ymd_and_hms(2026, 11, 27, 10, 0, 0)
            .unwrap(),
    )
}

/// Every row as the import would store it.
fn names_phones_emails(file: &ContactFile) -> Vec<(String, Vec<String>, Vec<String>)> {
    planned(file)
        .rows
        .iter()
        .map(|row| {
            let contact = row.contact.as_ref().unwrap_or_else(|| panic!("{row:?}"));
            (
                contact.display_name(),
                contact.phones.iter().map(|p| p.value.clone()).collect(),
                contact.emails.iter().map(|e| e.value.clone()).collect(),
            )
        })
        .collect()
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

#[test]
fn every_committed_fixture_reads_as_cards() {
    for (path, bytes) in committed_fixtures() {
        let file = read(&bytes).unwrap_or_else(|e| panic!("{path}: {e:?}"));
        assert_eq!(file.format, Format::Vcard, "{path}");
        assert!(!file.rows.is_empty(), "{path}");
        for row in &file.rows {
            if path.contains("shift_jis") {
                // Only the browser's TextDecoder knows Shift_JIS; natively it is named.
                assert!(
                    matches!(&row.problem, Some(RowProblem::Unreadable { charset, .. }) if charset == "SHIFT_JIS"),
                    "{path}: {:?}",
                    row.problem
                );
            } else {
                assert_eq!(row.problem, None, "{path} card at line {}", row.line);
            }
        }
    }
}

#[test]
fn shared_card_me_samples_read_field_by_field() {
    let Some(android) = shared_fixture("vcard21/android_cardme_qp_utf8_photo_multi.vcf") else {
        return;
    };
    let file = read(&android).unwrap();
    assert_eq!(file.rows.len(), 6);
    assert!(file.rows.iter().all(|r| r.problem.is_none()));
    let people = names_phones_emails(&file);
    // The first two cards hold an email address and nothing else.
    assert_eq!(
        people[0],
        (
            "john.doe@company.com".to_owned(),
            vec![],
            strings(&["john.doe@company.com"])
        )
    );
    assert!(people.iter().any(|(name, _, _)| name.contains('Ñ')));

    // iOS lists two middle names ("Richter,James"); macOS escapes the comma (`\,`).
    for (path, name) in [
        (
            "vcard30/ios5_xablabel_photo_cr_cr_lf.vcf",
            "John Richter James Doe",
        ),
        (
            "vcard30/macos_addressbook_xabuid_photo.vcf",
            "John Richter,James Doe",
        ),
    ] {
        let Some(bytes) = shared_fixture(path) else {
            return;
        };
        let file = read(&bytes).unwrap();
        let people = names_phones_emails(&file);
        assert_eq!(people.len(), 1, "{path}");
        assert_eq!(people[0].0, name, "{path}");
        // North American numbers without a country code: kept in the notes when the
        // rep's country is Germany, and named as problems.
        assert!(
            file.rows[0]
                .draft
                .phones
                .iter()
                .any(|p| p.value == "905-555-1234"),
            "{path}"
        );
        assert!(people[0].1.is_empty(), "{path}: phones");
        assert!(
            people[0].2.iter().any(|e| e == "john.doe@ibm.com"),
            "{path}: {:?}",
            people[0].2
        );
    }
}

#[test]
fn german_excel_csv_reads_field_by_field() {
    let Some(bytes) = shared_fixture("csv/de_semicolon_cp1252_excel_style.csv") else {
        return;
    };
    let file = read(&bytes).unwrap();
    let layout = file.layout.clone().unwrap();
    assert_eq!(
        (layout.delimiter, layout.encoding),
        (b';', Encoding::Windows1252)
    );
    assert_eq!(
        names_phones_emails(&file),
        [
            ("Peter Pan", vec![], strings(&["peter.pan@ecologic.eu"])),
            (
                "Maja Biene",
                vec![],
                strings(&["maja.biene@bienenstock.de"])
            ),
            ("ÖzdemirÖ Üglü", vec![], strings(&["oezdemir@ueglue.tu"])),
            ("Weiss Cornelius", vec![], strings(&["c.weiss@metaways.de"])),
        ]
        .map(|(n, p, e)| (n.to_owned(), p, e))
    );
}

#[test]
fn google_csv_reads_field_by_field() {
    let Some(bytes) = shared_fixture("csv/google_legacy_export_de_multiline.csv") else {
        return;
    };
    let file = read(&bytes).unwrap();
    assert_eq!(file.layout.as_ref().unwrap().delimiter, b',');
    let people = names_phones_emails(&file);
    assert_eq!(
        people,
        [
            // 0227 and 0123 are no German area codes: the numbers are kept in the notes.
            ("Ando family", vec![], vec![]),
            ("Anna family", strings(&["+494471707801"]), vec![]),
            ("Anne family", vec![], vec![]),
            (
                "axel gert",
                strings(&["+4921234435"]),
                strings(&["abc@here.de"])
            ),
            ("Bus Winsen family", strings(&["+4921224351809"]), vec![]),
        ]
        .map(|(n, p, e)| (n.to_owned(), p, e))
    );
    // The quoted address holds a line break; the row after it keeps its own line.
    let bus = &file.rows[4];
    assert_eq!(bus.line, 6);
    assert_eq!(
        (bus.draft.street.as_str(), bus.draft.city.as_str()),
        ("Niedersachsen Ring 22", "Winsen")
    );
    assert_eq!(file.rows[3].draft.phones[0].label, "Mobile");
}

#[test]
fn german_outlook_csv_reads_field_by_field() {
    let Some(bytes) = shared_fixture("csv/outlook2013_de_cp1252_comma_crlf.csv") else {
        return;
    };
    let file = read(&bytes).unwrap();
    let layout = file.layout.clone().unwrap();
    assert_eq!(
        (layout.delimiter, layout.encoding),
        (b',', Encoding::Windows1252)
    );
    let people = names_phones_emails(&file);
    assert_eq!(people.len(), 2);
    assert_eq!(people[0].0, "Christian Baumann");
    assert_eq!(people[0].1, strings(&["+49406432131550"]));
    assert_eq!(people[0].2, strings(&["c.baumann@unittest.de"]));
    assert_eq!(people[1].0, "Cornelius Weiß");
    assert_eq!(
        people[1].1,
        strings(&["+49406432131545", "+49406432131545", "+49176164321545"])
    );
    assert_eq!(people[1].2, strings(&["c.weiss@unittest.de"]));
    // Outlook's "0.0.00" means no birthday.
    assert!(file.rows.iter().all(|r| r.draft.birthday.is_empty()));
    assert_eq!(file.rows[0].draft.city, "Hamburg");
}

#[test]
fn bad_files_are_refused_with_the_reason() {
    assert_eq!(read(b""), Err(FileProblem::Empty));
    assert_eq!(read(b" \r\n\t\n"), Err(FileProblem::Empty));

    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend(std::iter::repeat_n(0u8, 200));
    assert_eq!(read(&png), Err(FileProblem::NotText(NotTextKind::Picture)));
    assert_eq!(
        read(b"PK\x03\x04\x14\0\x06\0"),
        Err(FileProblem::NotText(NotTextKind::Archive))
    );
    let mut pdf = b"%PDF-1.7\n".to_vec();
    pdf.extend([0, 1, 2, 3, 0, 0, 7, 8].repeat(20));
    assert_eq!(read(&pdf), Err(FileProblem::NotText(NotTextKind::Pdf)));
    let utf32: Vec<u8> = "BEGIN:VCARD\nFN:Anna\nEND:VCARD\n"
        .chars()
        .flat_map(|c| (c as u32).to_le_bytes())
        .collect();
    assert_eq!(
        read(&utf32),
        Err(FileProblem::NotText(NotTextKind::OtherEncoding)),
        "text in an encoding we do not read is not called a picture"
    );

    let fifty_megabytes = vec![b'a'; 50 * 1024 * 1024];
    assert_eq!(
        read(&fifty_megabytes),
        Err(FileProblem::TooLarge {
            bytes: 50 * 1024 * 1024
        })
    );

    let mut long_line = b"Vorname;Nachname\nAnna;".to_vec();
    long_line.extend(std::iter::repeat_n(b'x', 1024 * 1024));
    long_line.extend(b"\nBen;Meier\n");
    assert_eq!(read(&long_line), Err(FileProblem::LineTooLong { line: 2 }));

    let prose = "Liebe Anna,\nich melde mich morgen wegen der Bestellung.\nViele Grüße\n";
    assert_eq!(read(prose.as_bytes()), Err(FileProblem::NotContacts));
}

#[test]
fn a_truncated_card_is_named_and_the_others_stay() {
    let text = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lutz;Anna;;;\r\nEND:VCARD\r\n\
                BEGIN:VCARD\r\nVERSION:3.0\r\nN:Meier;Be";
    let file = read(text.as_bytes()).unwrap();
    assert_eq!(file.rows.len(), 2);
    assert_eq!(file.rows[0].problem, None);
    assert_eq!(file.rows[1].line, 5);
    assert_eq!(file.rows[1].problem, Some(RowProblem::Truncated));
}

#[test]
fn csv_without_known_headers_is_read_for_mapping_by_hand() {
    let file = read("Spalte A;Spalte B\nAnna;0171 2345678\n".as_bytes()).unwrap();
    let layout = file.layout.unwrap();
    assert!(!layout.recognised);
    assert_eq!(
        layout.targets,
        [Target::NotesWithHeader, Target::NotesWithHeader],
        "nothing is left out unless the user says so"
    );

    let mapped = read_contact_file(
        "Spalte A;Spalte B\nAnna;0171 2345678\n".as_bytes(),
        &ReadOptions {
            csv: CsvOptions::default(),
            targets: Some(vec![
                Target::GivenName,
                Target::Phone(Label::Fixed("mobil".into())),
            ]),
        },
        &BuiltInCharsets,
    )
    .unwrap();
    assert_eq!(
        names_phones_emails(&mapped),
        [("Anna".to_owned(), strings(&["+491712345678"]), vec![])]
    );
}

#[test]
fn delimiter_and_encoding_can_be_overridden() {
    // "Müller" in Windows-1252, in a file whose header has as many commas as semicolons.
    let bytes = b"Vorname;Nachname,Ort\nJ\xfcrgen;M\xfcller,K\xf6ln\n";
    let detected = read(bytes).unwrap();
    assert_eq!(
        detected.layout.as_ref().unwrap().encoding,
        Encoding::Windows1252
    );
    let chosen = read_contact_file(
        bytes,
        &ReadOptions {
            csv: CsvOptions {
                delimiter: Some(b','),
                encoding: Some(Encoding::Utf8),
            },
            targets: None,
        },
        &BuiltInCharsets,
    )
    .unwrap();
    let layout = chosen.layout.unwrap();
    assert_eq!((layout.delimiter, layout.encoding), (b',', Encoding::Utf8));
    assert_eq!(layout.headers, ["Vorname;Nachname", "Ort"]);
    assert!(chosen.rows[0].draft.city.contains('\u{fffd}'));
}

#[test]
fn utf16_spreadsheets_are_read() {
    let text = "Vorname\tNachname\tE-Mail\nZoë\tStrauß\tzoe@example.de\n";
    let mut bytes = vec![0xff, 0xfe];
    for unit in text.encode_utf16() {
        bytes.extend(unit.to_le_bytes());
    }
    let file = read(&bytes).unwrap();
    assert_eq!(
        names_phones_emails(&file),
        [(
            "Zoë Strauß".to_owned(),
            vec![],
            strings(&["zoe@example.de"])
        )]
    );
}

#[test]
fn utf16_without_a_byte_order_mark_is_recognised_by_its_zero_bytes() {
    let card = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Weiß;Jörg;;;\r\nFN:Jörg Weiß\r\n\
                TEL;type=CELL:0171 2345678\r\nEND:VCARD\r\n";
    let big_endian: Vec<u8> = card.encode_utf16().flat_map(u16::to_be_bytes).collect();
    let little_endian: Vec<u8> = card.encode_utf16().flat_map(u16::to_le_bytes).collect();
    for bytes in [big_endian, little_endian] {
        let file = read(&bytes).unwrap();
        assert_eq!(
            names_phones_emails(&file),
            [("Jörg Weiß".to_owned(), strings(&["+491712345678"]), vec![])]
        );
    }
}

/// Every fixture and a generated spreadsheet, cut anywhere and with bytes replaced by
/// the characters that matter to vCard and CSV: reading never panics and always ends.
#[test]
fn mutated_files_never_panic() {
    let mut files: Vec<Vec<u8>> = committed_fixtures().into_iter().map(|f| f.1).collect();
    for path in [
        "csv/de_semicolon_cp1252_excel_style.csv",
        "csv/google_legacy_export_de_multiline.csv",
        "csv/outlook2013_de_cp1252_comma_crlf.csv",
    ] {
        files.extend(shared_fixture(path));
    }
    files.push(
        "Vorname;Nachname;Mobil;E-Mail;Notizen\n\"Anna\";Lutz;0171 1;a@b.de;\"zwei\nZeilen\"\n\
         Ben;\"Mei\"\"er\";;;\n"
            .as_bytes()
            .to_vec(),
    );
    let specials = [
        b'"', b';', b',', b'\t', b':', b'=', b'\\', b'\r', b'\n', 0xff, 0x00,
    ];
    for file in &files {
        let step = (file.len() / 97).max(1);
        for cut in (0..file.len()).step_by(step) {
            let _ = read(&file[..cut]).map(|f| planned(&f));
            let mut mutated = file.clone();
            mutated[cut] = specials[cut % specials.len()];
            let _ = read(&mutated).map(|f| planned(&f));
        }
    }
}

/// Long files are read card by card (or row by row), telling the page how far it is, and
/// the result is the same as read in one go.
#[test]
fn reading_tells_how_far_it_is_and_reads_the_same() {
    use crate::domain::pace::{Progress, Recorded, WorkStep, unpaced};
    let cards = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Lutz\r\nEND:VCARD\r\n\
                 BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben Kreis\r\nEND:VCARD\r\n\
                 BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cem Ak\r\n";
    let csv = "Vorname;Nachname;Telefon\nAnna;Lutz;0171 1\nBen;Kreis;0171 2\n";
    for (file, total) in [(cards, 3), (csv, 2)] {
        let mut recorded = Recorded::default();
        let paced = unpaced(read_contact_file_paced(
            file.as_bytes(),
            &ReadOptions::default(),
            &BuiltInCharsets,
            &mut recorded,
        ));
        assert_eq!(paced, read(file.as_bytes()));
        let expected: Vec<Progress> = (1..=total)
            .map(|done| Progress {
                step: WorkStep::Reading,
                done,
                total,
            })
            .collect();
        assert_eq!(recorded.0, expected, "{file}");
    }
}

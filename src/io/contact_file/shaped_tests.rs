//! Files in the shape Thunderbird, Outlook, Google, Apple and Samsung write them
//! (`tests/fixtures/contacts/shaped`, see its SOURCES.md), read field by field: every
//! value ends up in a field or in the notes, and what went into the notes is named.

use super::*;
use crate::domain::contacts::contact::Contact;
use crate::domain::contacts::import_plan::Outcome;
use crate::io::vcard::text::BuiltInCharsets;
use chrono::NaiveDate;

fn shaped(name: &str) -> ContactFile {
    let path = format!(
        "{}/tests/fixtures/contacts/shaped/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    read_contact_file(&bytes, &ReadOptions::default(), &BuiltInCharsets)
        .unwrap_or_else(|e| panic!("{name}: {e:?}"))
}

/// The contacts importing `file` into an empty address book would store, and the
/// problems it would list, by line.
fn imported(
    file: &ContactFile,
) -> (
    Vec<Contact>,
    Vec<(usize, crate::domain::contacts::draft::Field)>,
) {
    let plan = super::tests::planned(file);
    assert!(
        plan.rows.iter().all(|r| r.outcome == Outcome::New),
        "{:?}",
        plan.rows.iter().map(|r| &r.outcome).collect::<Vec<_>>()
    );
    let problems = plan
        .rows
        .iter()
        .flat_map(|r| r.problems.iter().map(move |p| (r.line, p.field)))
        .collect();
    let contacts = plan.rows.into_iter().filter_map(|r| r.contact).collect();
    (contacts, problems)
}

fn phones(contact: &Contact) -> Vec<(&str, &str)> {
    contact
        .phones
        .iter()
        .map(|p| (p.label.as_str(), p.value.as_str()))
        .collect()
}

fn leftover(file: &ContactFile, from: LeftoverFrom, fate: LeftoverFate) -> usize {
    file.leftovers
        .iter()
        .find(|l| l.from == from && l.fate == fate)
        .map_or(0, |l| l.values)
}

fn column(name: &str) -> LeftoverFrom {
    LeftoverFrom::Column(name.to_owned())
}

fn property(name: &str) -> LeftoverFrom {
    LeftoverFrom::Property(name.to_owned())
}

#[test]
fn thunderbird_in_english_maps_without_help() {
    let file = shaped("thunderbird_en.csv");
    assert!(file.layout.as_ref().unwrap().recognised);
    let (contacts, problems) = imported(&file);
    assert_eq!(problems, []);
    let anna = &contacts[0];
    assert_eq!(anna.display_name(), "Anna Lutz");
    assert_eq!(anna.nickname, "Anni");
    assert_eq!(
        (
            anna.company.as_str(),
            anna.department.as_str(),
            anna.job_title.as_str()
        ),
        ("Lutz Kosmetik GmbH", "Vertrieb", "Inhaberin")
    );
    let emails: Vec<&str> = anna.emails.iter().map(|e| e.value.as_str()).collect();
    assert_eq!(
        emails,
        ["anna.lutz@example.de", "anna@lutz-kosmetik.example"]
    );
    assert_eq!(
        phones(anna),
        [
            ("geschäftlich", "+492219999123"),
            ("privat", "+492211234567"),
            ("Fax", "+492219999124"),
            ("mobil", "+491712345678"),
        ]
    );
    let home = anna.address.as_ref().unwrap();
    assert_eq!(
        (
            home.street.as_str(),
            home.postal_code.as_str(),
            home.city.as_str(),
            home.region.as_str(),
            home.country.as_str()
        ),
        (
            "Hauptstraße 5, Hinterhaus",
            "50667",
            "Köln",
            "NRW",
            "Deutschland"
        )
    );
    assert_eq!(anna.birthday, NaiveDate::from_ymd_opt(1980, 3, 7));
    for kept in [
        "Erste Zeile\nzweite Zeile, mit Komma",
        "geschäftlich: Ring 2, 3. Stock, 53111 Bonn, Germany",
        "Display Name: Anna Lutz (Kosmetik)",
        "Screen Name: annalutz",
        "Web Page 1: https://lutz-kosmetik.example",
        "Custom 1: VIP",
    ] {
        assert!(
            anna.notes.contains(kept),
            "{kept:?} not in {:?}",
            anna.notes
        );
    }
    // Ben's birthday has a month and a day but no year.
    assert_eq!(contacts[1].birthday, NaiveDate::from_ymd_opt(1604, 11, 2));
    // A row with only an organisation and an address is the organisation's contact.
    assert_eq!(contacts[2].display_name(), "Beispiel AG");
    assert!(contacts[2].is_organisation());

    for name in [
        "Display Name",
        "Screen Name",
        "Web Page 1",
        "Custom 1",
        "Work City",
    ] {
        assert_eq!(
            leftover(&file, column(name), LeftoverFate::InNotes),
            1,
            "{name}"
        );
    }
}

#[test]
fn old_german_thunderbird_on_windows() {
    let file = shaped("thunderbird_de_windows_trailing_comma.csv");
    let layout = file.layout.as_ref().unwrap();
    assert_eq!(layout.encoding, crate::io::charset::Encoding::Windows1252);
    assert_eq!(
        layout.headers.len(),
        37,
        "the trailing comma adds no column"
    );
    let (contacts, problems) = imported(&file);
    let jorg = &contacts[0];
    assert_eq!(jorg.display_name(), "Jörg Weiß");
    assert_eq!(jorg.nickname, "Jö");
    assert_eq!(
        phones(jorg),
        [
            ("geschäftlich", "+49891234560"),
            ("mobil", "+4915112345678")
        ]
    );
    assert_eq!(
        jorg.birthday,
        NaiveDate::from_ymd_opt(1604, 5, 12),
        "Geburtstag is the day next to Geburtsmonat, and no year was given"
    );
    assert!(jorg.notes.contains("Webseite 2: http://joerg.example"));
    assert!(jorg.notes.contains("Benutzerdef. 1: Kunde seit 2019"));
    // 29 February 1975 does not exist: kept in the notes and named.
    let zoe = &contacts[1];
    assert_eq!(zoe.birthday, None);
    assert!(zoe.notes.contains("1975-02-29"), "{:?}", zoe.notes);
    assert_eq!(
        problems,
        [(3, crate::domain::contacts::draft::Field::Birthday)]
    );
    assert_eq!(zoe.address.as_ref().unwrap().country, "Österreich");
}

#[test]
fn google_labels_export() {
    let file = shaped("google_labels_2023.csv");
    let (contacts, problems) = imported(&file);
    assert_eq!(problems, []);
    let clara = &contacts[0];
    assert_eq!(clara.display_name(), "Clara Maria Fischer");
    assert_eq!(
        (clara.nickname.as_str(), clara.company.as_str()),
        ("Cla", "Praxis Fischer")
    );
    assert_eq!(clara.job_title, "Ärztin");
    assert_eq!(clara.tags, ["Kunden", "starred"]);
    let emails: Vec<(&str, &str)> = clara
        .emails
        .iter()
        .map(|e| (e.label.as_str(), e.value.as_str()))
        .collect();
    assert_eq!(
        emails,
        [
            ("Home", "clara@example.de"),
            ("Work", "praxis@fischer.example")
        ]
    );
    assert_eq!(
        phones(clara),
        [("Mobile", "+491601234567"), ("Work", "+49406432131")]
    );
    let address = clara.address.as_ref().unwrap();
    assert_eq!(
        (
            address.street.as_str(),
            address.po_box.as_str(),
            address.postal_code.as_str()
        ),
        ("Elbchaussee 7", "12 34", "22763")
    );
    assert!(clara.notes.starts_with("Mag Tee"));
    assert!(clara.notes.contains("Name Prefix: Dr."));
    assert!(
        clara
            .notes
            .contains("Website 1 (Profile): https://fischer.example")
    );
    assert_eq!(
        leftover(
            &file,
            column("Address 1 - Formatted"),
            LeftoverFate::Repeats
        ),
        1
    );
    assert_eq!(
        leftover(&file, column("Website 1 - Value"), LeftoverFate::InNotes),
        1
    );
}

#[test]
fn outlook_in_english_with_its_placeholders() {
    let file = shaped("outlook_en_us.csv");
    let (contacts, problems) = imported(&file);
    assert_eq!(problems, []);
    let james = &contacts[0];
    assert_eq!(james.display_name(), "James O'Brien");
    assert_eq!(
        (
            james.company.as_str(),
            james.department.as_str(),
            james.job_title.as_str()
        ),
        ("Acme Corp.", "Sales", "Account Manager")
    );
    let work = james.address.as_ref().unwrap();
    assert_eq!(
        (
            work.street.as_str(),
            work.city.as_str(),
            work.region.as_str(),
            work.postal_code.as_str()
        ),
        ("1 Main St, Suite 200", "Springfield", "IL", "62704")
    );
    assert_eq!(
        james.birthday,
        NaiveDate::from_ymd_opt(1980, 1, 18),
        "1/18/1980"
    );
    assert_eq!(
        phones(james),
        [
            ("geschäftlich", "+12175550100"),
            ("mobil", "+12175550199"),
            ("Car Phone", "+12175550142")
        ]
    );
    assert_eq!(james.tags, ["Customers", "Golf"]);
    for kept in [
        "Met at the fair",
        "Title: Mr.",
        "Suffix: Jr.",
        "Gender: Male",
        "Web Page: www.acme.example",
    ] {
        assert!(
            james.notes.contains(kept),
            "{kept:?} not in {:?}",
            james.notes
        );
    }
    assert!(!james.notes.contains("SMTP") && !james.notes.contains("Normal"));
    let maria = &contacts[1];
    assert_eq!(maria.birthday, None, "0/0/00 is Outlook's empty date");
    assert_eq!(maria.notes, "", "placeholders only");
    assert_eq!(maria.address.as_ref().unwrap().region, "RM");
    assert_eq!(
        leftover(&file, column("E-mail Display Name"), LeftoverFate::Repeats),
        2
    );
}

#[test]
fn apple_company_cards_and_grouped_labels() {
    let file = shaped("apple_company_and_person_cards.vcf");
    let (contacts, problems) = imported(&file);
    assert_eq!(problems, []);
    let bakery = &contacts[0];
    assert_eq!(bakery.display_name(), "Bäckerei Schmidt GmbH");
    assert!(bakery.is_organisation());
    assert_eq!(phones(bakery), [("Main", "+492214711")]);
    let address = bakery.address.as_ref().unwrap();
    assert_eq!(
        (address.street.as_str(), address.country.as_str()),
        ("Brückenstraße 3", "DE")
    );
    assert_eq!(bakery.notes, "HomePage: https://baeckerei-schmidt.example");
    assert_eq!(
        file.rows[0].uid.as_deref(),
        Some("8A2B1C3D-0E4F-4A5B-9C6D-7E8F90A1B2C3"),
        "Apple's own id stands in for a missing UID"
    );

    let buyer = &contacts[1];
    assert_eq!(
        buyer.display_name(),
        "Hans von Besser",
        "the contact person of a company card"
    );
    assert_eq!(
        (
            buyer.company.as_str(),
            buyer.department.as_str(),
            buyer.job_title.as_str()
        ),
        ("Eppendorf Vertrieb Deutschland GmbH", "Labor", "Einkauf")
    );
    assert_eq!(buyer.notes, "Titel: Dr.");

    let ayse = &contacts[2];
    assert_eq!(ayse.nickname, "Ayşo");
    assert_eq!(ayse.birthday, NaiveDate::from_ymd_opt(1604, 5, 9));
    assert_eq!(phones(ayse), [("iPhone", "+4917612345678")]);
    for kept in [
        "Spouse: Mehmet Yılmaz",
        "Anniversary: 2015-06-20",
        "X-SOCIALPROFILE: https://instagram.com/ayse.example",
    ] {
        assert!(
            ayse.notes.contains(kept),
            "{kept:?} not in {:?}",
            ayse.notes
        );
    }
    assert_eq!(leftover(&file, property("PHOTO"), LeftoverFate::NotKept), 1);
    assert_eq!(
        leftover(&file, property("HomePage (URL)"), LeftoverFate::InNotes),
        1
    );
    assert_eq!(
        leftover(
            &file,
            property("Spouse (X-ABRELATEDNAMES)"),
            LeftoverFate::InNotes
        ),
        1
    );
    assert_eq!(
        leftover(&file, property("Titel (N)"), LeftoverFate::InNotes),
        1
    );
}

#[test]
fn a_mac_os_tiger_card_in_utf16_without_a_mark() {
    let file = shaped("macos_tiger_utf16be_no_bom.vcf");
    let (contacts, _) = imported(&file);
    let kathe = &contacts[0];
    assert_eq!(kathe.display_name(), "Käthe Müller");
    assert_eq!(kathe.company, "Weingut Müller");
    assert_eq!(kathe.address.as_ref().unwrap().region, "Rheinland-Pfalz");
    assert_eq!(kathe.notes, "Liefert jeden Herbst\nZwei Kisten");
}

#[test]
fn samsung_breaks_a_character_across_lines() {
    let file = shaped("samsung_qp_split_utf8.vcf");
    let (contacts, _) = imported(&file);
    let unal = &contacts[0];
    assert_eq!(unal.display_name(), "Ünal Öztürk");
    assert_eq!(unal.nickname, "Üni");
    assert_eq!(
        phones(unal),
        [
            ("mobil", "+4917612345670"),
            ("geschäftlich", "+49301234567")
        ]
    );
    assert_eq!(unal.address.as_ref().unwrap().street, "Torstraße 1");
    assert_eq!(unal.notes, "Datum: 2012-08-01");
    assert_eq!(
        leftover(&file, property("X-SAMSUNGADR"), LeftoverFate::Repeats),
        1
    );
}

use super::*;
use crate::domain::contacts::draft::checked_as_new;
use crate::io::vcard::syntax::parse;
use crate::io::vcard::text::BuiltInCharsets;

fn drafts(path: &str) -> Vec<CardDraft> {
    let full = format!(
        "{}/tests/fixtures/contacts/{path}",
        env!("CARGO_MANIFEST_DIR")
    );
    let bytes = std::fs::read(&full).unwrap_or_else(|e| panic!("{full}: {e}"));
    parse(&bytes)
        .iter()
        .map(|card| card_draft(card, &BuiltInCharsets))
        .collect()
}

fn phones(draft: &ContactDraft) -> Vec<(&str, &str)> {
    draft
        .phones
        .iter()
        .map(|p| (p.label.as_str(), p.value.as_str()))
        .collect()
}

#[test]
fn outlook_2003_german_card_field_by_field() {
    let cards = drafts("vcard21/outlook2003_de_qp_8bit_no_charset.vcf");
    let d = &cards[0].draft;
    assert_eq!(
        (d.given_name.as_str(), d.family_name.as_str()),
        ("Antoni Jozef", "Mylka")
    );
    assert_eq!(
        phones(d),
        [
            ("geschäftlich", "49 631 234 341"),
            ("privat", "48 691 342 341"),
            ("mobil", "48 91 3 175 234")
        ]
    );
    assert_eq!(d.emails[0].value, "antoni_mylka@somedomain.com");
    assert_eq!(d.birthday, "1980-01-18");
    assert_eq!(
        (d.street.as_str(), d.city.as_str(), d.postal_code.as_str()),
        ("Budryka 2/1110", "Krakow", "30-072")
    );
    // The home address is the contact's; the business one, the title, the web page and
    // the role are kept in the notes.
    assert_eq!(
        d.notes,
        "These are some notes about antoni.\n\n\
         Titel: Herr\n\n\
         Namenszusatz: jun.\n\n\
         geschäftlich: Trippstadter Str. 122, 3.10, 67663 Kaiserslautern, Rheinland-Pfalz, Deutschland\n\n\
         Webseite: http://antoni.mylka.com\n\n\
         Rolle: Software-Developer"
    );
}

#[test]
fn lower_case_card_with_umlauts() {
    let cards = drafts("vcard21/lowercase_props_version_last_utf8_umlauts.vcf");
    let d = &cards[0].draft;
    assert_eq!(
        (d.given_name.as_str(), d.family_name.as_str()),
        ("Franz M.", "Branntwein")
    );
    assert_eq!(phones(d), [("privat", "0221 12345678")]);
    assert_eq!(d.emails[0].value, "franz.m.branntwein@example.com");
    assert_eq!(
        (d.street.as_str(), d.city.as_str()),
        ("Medizinstraße 4711", "Köln")
    );
    let contact = checked_as_new(d);
    assert_eq!(contact.phones[0].value, "+4922112345678");
}

#[test]
fn one_file_three_versions_of_erika() {
    let cards = drafts("vcard40/mixed_4_0_2_1_3_0_multi_de_umlauts.vcf");
    assert_eq!(cards.len(), 3);
    let d = &cards[0].draft;
    assert_eq!(
        (d.given_name.as_str(), d.family_name.as_str()),
        ("Erika", "Mustermann")
    );
    assert_eq!(
        phones(d),
        [
            ("geschäftlich", "+49-221-9999123"),
            ("privat", "+49-221-1234567")
        ]
    );
    assert_eq!(
        (d.street.as_str(), d.city.as_str()),
        ("Heidestraße 17", "Köln")
    );
    let contact = checked_as_new(d);
    assert_eq!(contact.phones[0].value, "+492219999123");
    assert_eq!(contact.emails[0].value, "erika@mustermann.de");
    assert_eq!(cards[1].draft.street, "Heidestrasse 17");
}

#[test]
fn apple_and_google_labels() {
    let cards = drafts("vcard30/google_contacts_export_custom_labels.vcf");
    let d = &cards[0].draft;
    assert_eq!(
        (d.given_name.as_str(), d.family_name.as_str()),
        ("VCard", "Test")
    );
    let labels: Vec<&str> = d.phones.iter().map(|p| p.label.as_str()).collect();
    assert!(
        labels.contains(&"GRAND_CENTRAL") && labels.contains(&"CustomePhoneCategory"),
        "{labels:?}"
    );
    assert!(labels.contains(&"privat Fax"), "{labels:?}");
    assert_eq!(d.emails.len(), 5);
    assert_eq!(d.emails[4].label, "CustomEmailCategory");
    assert_eq!(d.birthday, "1912-06-23");
    assert_eq!(d.street, "112 Main St", "the home address");

    let ios = drafts("vcard30/ios613_cr_cr_lf_photo.vcf");
    assert_eq!(phones(&ios[0].draft), [("mobil", "(650) 555-1212")]);
    assert_eq!(ios[0].draft.emails[0].value, "bob@smithauto.com");
}

#[test]
fn a_birthday_without_a_year_and_uri_phones_are_read() {
    let cards = drafts("vcard40/rfc6350_example_simon_perreault.vcf");
    let d = &cards[0].draft;
    assert_eq!(
        d.birthday, "1604-02-03",
        "the year phones use for an unknown one"
    );
    assert_eq!(d.phones[0].value, "+1-418-656-9254");
    assert_eq!(d.family_name, "Perreault");
}

#[test]
fn undecodable_character_sets_are_reported_with_their_line() {
    let cards = drafts("vcard21/feature_phone_shift_jis_qp.vcf");
    assert!(!cards[0].unreadable.is_empty());
    assert!(
        cards[0]
            .unreadable
            .iter()
            .all(|(line, e)| *line > 1 && matches!(e, TextError::UnknownCharset(_)))
    );
}

fn inline(text: &str) -> CardDraft {
    card_draft(&parse(text.as_bytes())[0], &BuiltInCharsets)
}

#[test]
fn a_person_with_a_company_and_no_n_is_still_the_person() {
    let d =
        inline("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Anna Müller\r\nORG:ACME GmbH\r\nEND:VCARD\r\n")
            .draft;
    assert_eq!(
        (d.given_name.as_str(), d.family_name.as_str()),
        ("Anna", "Müller")
    );
    assert_eq!(d.company, "ACME GmbH");
    let org = inline("BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\nFN:ACME Vertrieb\r\nORG:ACME GmbH\r\nEND:VCARD\r\n").draft;
    assert_eq!(
        (org.given_name.as_str(), org.company.as_str()),
        ("", "ACME GmbH")
    );
    assert_eq!(
        org.notes, "Name: ACME Vertrieb",
        "the card's own name is kept"
    );
}

#[test]
fn a_second_address_leaves_the_first_whole_and_a_lone_label_is_kept() {
    let d = inline(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lutz;Anna;;;\r\n\
         ADR;TYPE=HOME:;;;;Bayern;;Deutschland\r\n\
         ADR;TYPE=WORK:;;Ring 2;Köln;;50667;\r\n\
         TEL;TYPE=X-Büro:0221 123456\r\n\
         END:VCARD\r\n",
    )
    .draft;
    assert_eq!(
        (d.region.as_str(), d.country.as_str(), d.street.as_str()),
        ("Bayern", "Deutschland", "")
    );
    assert_eq!(d.notes, "geschäftlich: Ring 2, 50667 Köln");
    assert_eq!(d.phones[0].label, "Büro");
    let label_only = inline(
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Lutz;Anna;;;\r\nLABEL;HOME:Hauptstr. 5\\n50667 Köln\r\nEND:VCARD\r\n",
    );
    assert_eq!(label_only.draft.notes, "LABEL: Hauptstr. 5\n50667 Köln");
    assert_eq!(
        label_only.leftovers,
        [("LABEL".to_owned(), PropertyFate::InNotes)]
    );
}

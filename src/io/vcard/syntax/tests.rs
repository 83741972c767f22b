use super::*;
use crate::io::vcard::text::{
    BuiltInCharsets, TextError, components, list, property_text, unescape,
};

fn fixture(path: &str) -> Vec<u8> {
    let full = format!(
        "{}/tests/fixtures/contacts/{path}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

fn text(card: &RawCard, name: &str) -> Vec<String> {
    card.properties
        .iter()
        .filter(|p| p.name == name)
        .map(|p| property_text(p, &BuiltInCharsets).unwrap())
        .collect()
}

#[test]
fn folding_soft_breaks_and_line_ends_are_undone() {
    let file = b"BEGIN:VCARD\r\r\nVERSION:3.0\r\r\nNOTE:first \r\r\n part\r\r\nitem1.TEL;type=CELL;type=pref:+49 171 1\r\r\nitem1.X-ABLabel:Mobil\r\r\nEND:VCARD\r\r\n";
    let cards = parse(file);
    assert_eq!(cards.len(), 1);
    assert!(cards[0].complete);
    assert_eq!(text(&cards[0], "NOTE"), ["first part"]);
    let tel = cards[0]
        .properties
        .iter()
        .find(|p| p.name == "TEL")
        .unwrap();
    assert_eq!(tel.group.as_deref(), Some("item1"));
    assert_eq!(tel.types(), ["CELL", "PREF"]);
    assert_eq!(tel.line, 5);

    let qp = b"BEGIN:VCARD\nVERSION:2.1\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BC=\nller;J=C3=BCrgen\nEND:VCARD\n";
    let cards = parse(qp);
    assert_eq!(components(&text(&cards[0], "N")[0]), ["Müller", "Jürgen"]);
}

#[test]
fn quoted_parameters_may_hold_colons_and_semicolons() {
    let file = b"BEGIN:VCARD\nVERSION:4.0\nADR;TYPE=home;LABEL=\"Heidestr. 17\\n51147 K\xc3\xb6ln; DE: hier\":;;Heidestr. 17;K\xc3\xb6ln;;51147;DE\nEND:VCARD\n";
    let cards = parse(file);
    let adr = &cards[0].properties[1];
    assert_eq!(
        adr.param("LABEL"),
        Some("Heidestr. 17\\n51147 Köln; DE: hier")
    );
    assert_eq!(
        components(&text(&cards[0], "ADR")[0]),
        ["", "", "Heidestr. 17", "Köln", "", "51147", "DE"]
    );
}

#[test]
fn a_card_cut_off_before_its_end_is_marked() {
    let cards =
        parse(b"BEGIN:VCARD\nVERSION:3.0\nFN:Anna\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Ber");
    assert_eq!(cards.len(), 2);
    assert!(cards[0].complete);
    assert!(!cards[1].complete);
    assert_eq!(cards[1].line, 5);
}

#[test]
fn outlook_2003_german_qp_and_8_bit_without_charset() {
    let cards = parse(&fixture("vcard21/outlook2003_de_qp_8bit_no_charset.vcf"));
    assert_eq!(cards.len(), 1);
    let card = &cards[0];
    assert_eq!(card.version(), Some(&b"2.1"[..]));
    assert_eq!(
        components(&text(card, "N")[0]),
        ["Mylka", "Antoni", "Jozef", "Herr", "jun."]
    );
    let phones: Vec<_> = card
        .properties
        .iter()
        .filter(|p| p.name == "TEL")
        .map(|p| (p.types(), String::from_utf8_lossy(&p.value).into_owned()))
        .collect();
    assert_eq!(
        phones[0],
        (
            vec!["WORK".to_owned(), "VOICE".to_owned()],
            "49 631 234 341".to_owned()
        )
    );
    assert_eq!(phones.len(), 3);
    // The soft line break inside the work LABEL is joined; 0xF3 without a charset is
    // read as Windows-1252 ("ó").
    let labels = text(card, "LABEL");
    assert_eq!(
        labels[0],
        "3.10\r\nTrippstadter Str. 122\r\nKaiserslautern, Rheinland-Pfalz 67663\r\nDeutschland"
    );
    assert!(labels[1].starts_with("Budryka 2/1110\r\nKraków"));
    let email = card.properties.iter().find(|p| p.name == "EMAIL").unwrap();
    assert_eq!(email.types(), ["PREF", "INTERNET"]);
}

#[test]
fn lower_case_names_with_version_last() {
    let cards = parse(&fixture(
        "vcard21/lowercase_props_version_last_utf8_umlauts.vcf",
    ));
    let card = &cards[0];
    assert!(card.complete);
    assert_eq!(card.version(), Some(&b"2.1"[..]));
    assert_eq!(components(&text(card, "ADR")[0])[1], "Medizinstraße 4711");
    assert_eq!(components(&text(card, "ADR")[0])[3], "Köln");
    assert_eq!(text(card, "TEL")[0], "0221 12345678");
    assert_eq!(text(card, "FN"), [""]);
}

#[test]
fn xing_iso_8859_1_and_type_parameters_in_2_1() {
    let cards = parse(&fixture("vcard21/xing_charset_iso8859_1_params.vcf"));
    let card = &cards[0];
    assert_eq!(text(card, "FN"), ["Hans-Peter Mustermann"]);
    assert_eq!(list(&text(card, "CATEGORIES")[0]), ["Consulting"]);
    let work = card.properties.iter().find(|p| p.name == "ADR").unwrap();
    assert_eq!(work.types(), ["WORK"]);
}

#[test]
fn outlook_2007_photo_and_key_blocks_do_not_swallow_properties() {
    let cards = parse(&fixture("vcard21/outlook2007_qp_note_key_photo.vcf"));
    assert_eq!(cards.len(), 1);
    let card = &cards[0];
    assert!(card.complete);
    let names: Vec<&str> = card.properties.iter().map(|p| p.name.as_str()).collect();
    assert!(names.contains(&"PHOTO") && names.contains(&"KEY"));
    assert!(names.contains(&"EMAIL"), "{names:?}");
    assert!(text(card, "NOTE")[0].contains('\t'));
}

#[test]
fn shift_jis_needs_a_decoder_and_says_so() {
    let cards = parse(&fixture("vcard21/feature_phone_shift_jis_qp.vcf"));
    let n = cards[0].properties.iter().find(|p| p.name == "N").unwrap();
    assert_eq!(
        property_text(n, &BuiltInCharsets),
        Err(TextError::UnknownCharset("SHIFT_JIS".into()))
    );
}

#[test]
fn ios_cr_cr_lf_and_apple_groups() {
    let cards = parse(&fixture("vcard30/ios613_cr_cr_lf_photo.vcf"));
    assert_eq!(cards.len(), 1);
    let card = &cards[0];
    assert!(card.complete);
    let label = card
        .properties
        .iter()
        .find(|p| p.name == "X-ABLABEL" && p.group.as_deref() == Some("item2"))
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&label.value), "_$!<HomePage>!$_");
    assert_eq!(components(&text(card, "ORG")[0]), ["Smith Auto Repair", ""]);
}

#[test]
fn google_export_with_custom_labels() {
    let cards = parse(&fixture("vcard30/google_contacts_export_custom_labels.vcf"));
    let card = &cards[0];
    let groups = card
        .properties
        .iter()
        .filter(|p| p.name == "X-ABLABEL")
        .count();
    assert!(groups >= 5, "{groups} labels");
    assert!(
        text(card, "URL")
            .iter()
            .any(|u| unescape(u).contains("http://"))
    );
}

#[test]
fn every_version_in_one_file() {
    let cards = parse(&fixture("vcard40/mixed_4_0_2_1_3_0_multi_de_umlauts.vcf"));
    let versions: Vec<_> = cards
        .iter()
        .map(|c| c.version().unwrap().to_vec())
        .collect();
    assert_eq!(
        versions,
        [b"4.0".to_vec(), b"2.1".to_vec(), b"3.0".to_vec()]
    );
    assert!(cards.iter().all(|c| c.complete));
    let adr = cards[0]
        .properties
        .iter()
        .find(|p| p.name == "ADR")
        .unwrap();
    assert!(adr.param("LABEL").unwrap().contains("Heidestraße"));

    let rfc = parse(&fixture("vcard40/rfc6350_example_simon_perreault.vcf"));
    assert_eq!(text(&rfc[0], "BDAY"), ["--0203"]);
    let tel = rfc[0].properties.iter().find(|p| p.name == "TEL").unwrap();
    assert_eq!(tel.types(), ["WORK", "VOICE"]);
}

/// Mutated versions of every fixture: truncated anywhere, bytes replaced by the
/// characters that matter to the syntax. Parsing never panics and always ends.
#[test]
fn mutated_files_never_panic() {
    let dir = format!("{}/tests/fixtures/contacts", env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for version in ["vcard21", "vcard30", "vcard40"] {
        for entry in std::fs::read_dir(format!("{dir}/{version}")).unwrap() {
            files.push(std::fs::read(entry.unwrap().path()).unwrap());
        }
    }
    let specials = [
        b':', b';', b'=', b'"', b'\\', b'\r', b'\n', b' ', 0xff, 0x00,
    ];
    for file in &files {
        let step = (file.len() / 97).max(1);
        for cut in (0..file.len()).step_by(step) {
            let cards = parse(&file[..cut]);
            for card in &cards {
                for property in &card.properties {
                    let _ = property_text(property, &BuiltInCharsets);
                }
            }
            let mut mutated = file.clone();
            mutated[cut] = specials[cut % specials.len()];
            for card in parse(&mutated) {
                for property in &card.properties {
                    if let Ok(text) = property_text(property, &BuiltInCharsets) {
                        let _ = components(&text);
                    }
                }
            }
        }
    }
}

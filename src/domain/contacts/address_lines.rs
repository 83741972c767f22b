//! An address as a letter to it would carry it: the parts in the order its country
//! writes them, the country's name in the reader's language, and no country line for
//! an address in the rep's own country.

use crate::domain::contacts::contact::Address;
use crate::domain::locale::country::{AddressStyle, Country};
use crate::domain::locale::language::Language;

/// The lines of `address`; `home` is the rep's country code. A country that is not
/// recognised is shown as stored, after the European order.
pub fn address_lines(address: &Address, lang: Language, home: Option<&str>) -> Vec<String> {
    let country = Country::recognise(&address.country);
    let style = country.map_or(AddressStyle::CodeBeforeTown, |c| c.address_style);
    let mut lines = vec![
        address.street.trim().to_owned(),
        po_box(&address.po_box, lang),
    ];
    let (code, town, region) = (
        address.postal_code.trim(),
        address.city.trim(),
        address.region.trim(),
    );
    match style {
        AddressStyle::CodeBeforeTown => {
            lines.push(join(&[code, town], " "));
            lines.push(region.to_owned());
        }
        AddressStyle::TownRegionCode => {
            lines.push(join(&[town, &join(&[region, code], " ")], ", "));
        }
        AddressStyle::CodeOnOwnLine => {
            lines.extend([town, region, code].map(str::to_owned));
        }
    }
    let abroad = match (country, home) {
        (Some(country), Some(home)) => !country.code.eq_ignore_ascii_case(home),
        _ => true,
    };
    if abroad {
        lines.push(country.map_or_else(
            || address.country.trim().to_owned(),
            |c| c.name(lang).to_owned(),
        ));
    }
    lines.retain(|line| !line.is_empty());
    lines
}

/// "Postfach 12 34" for a bare number; a box written out in full stays as it is.
fn po_box(text: &str, lang: Language) -> String {
    let text = text.trim();
    if !text.starts_with(|c: char| c.is_ascii_digit()) {
        return text.to_owned();
    }
    match lang {
        Language::De => format!("Postfach {text}"),
        Language::En => format!("PO Box {text}"),
    }
}

fn join(parts: &[&str], separator: &str) -> String {
    parts
        .iter()
        .filter(|p| !p.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(separator)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn address(street: &str, code: &str, town: &str, region: &str, country: &str) -> Address {
        Address {
            street: street.into(),
            postal_code: code.into(),
            city: town.into(),
            region: region.into(),
            country: country.into(),
            ..Address::default()
        }
    }

    #[test]
    fn a_german_address_at_home_has_no_country_line() {
        let köln = address("Hauptstr. 5", "50667", "Köln", "", "Deutschland");
        assert_eq!(
            address_lines(&köln, Language::De, Some("DE")),
            ["Hauptstr. 5", "50667 Köln"]
        );
        assert_eq!(
            address_lines(&köln, Language::En, Some("AT")),
            ["Hauptstr. 5", "50667 Köln", "Germany"]
        );
    }

    #[test]
    fn each_country_in_its_own_order_and_the_readers_language() {
        let springfield = address("742 Evergreen Terrace", "62704", "Springfield", "IL", "USA");
        assert_eq!(
            address_lines(&springfield, Language::De, Some("DE")),
            [
                "742 Evergreen Terrace",
                "Springfield, IL 62704",
                "Vereinigte Staaten"
            ]
        );
        let london = address(
            "10 Downing Street",
            "SW1A 2AA",
            "London",
            "",
            "United Kingdom",
        );
        assert_eq!(
            address_lines(&london, Language::De, Some("DE")),
            [
                "10 Downing Street",
                "London",
                "SW1A 2AA",
                "Vereinigtes Königreich"
            ]
        );
        let wien = address("Ring 1", "1010", "Wien", "", "AT");
        assert_eq!(
            address_lines(&wien, Language::En, Some("DE")),
            ["Ring 1", "1010 Wien", "Austria"]
        );
    }

    #[test]
    fn an_unknown_country_and_a_po_box_are_shown_as_stored() {
        let mut far = address("", "12345", "Ankh-Morpork", "", "Scheibenwelt");
        far.po_box = "12 34".into();
        assert_eq!(
            address_lines(&far, Language::De, Some("DE")),
            ["Postfach 12 34", "12345 Ankh-Morpork", "Scheibenwelt"]
        );
        far.po_box = "Postfach A".into();
        assert_eq!(address_lines(&far, Language::En, None)[0], "Postfach A");
    }
}

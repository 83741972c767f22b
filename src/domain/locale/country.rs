//! Countries: the rep's own (for phone numbers without a country code), and the
//! countries addresses name, recognised from a code or a name in German or English so
//! that an address shows the country in the reader's language and in its usual order.

use crate::domain::locale::language::Language;
use crate::domain::locale::text_fold::fold_german;

/// Where the postal code goes in the country's addresses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AddressStyle {
    /// `50667 Köln`, as in most of Europe; a region follows the town (`00184 Roma RM`).
    CodeBeforeTown,
    /// `Springfield, IL 62704`, as in North America and Australia.
    TownRegionCode,
    /// The town, then the postal code on a line of its own, as in Britain and Ireland.
    CodeOnOwnLine,
}

pub struct Country {
    /// ISO 3166 alpha-2.
    pub code: &'static str,
    pub calling_code: &'static str,
    name_de: &'static str,
    name_en: &'static str,
    pub address_style: AddressStyle,
}

impl Country {
    pub fn name(&self, lang: Language) -> &'static str {
        match lang {
            Language::De => self.name_de,
            Language::En => self.name_en,
        }
    }

    pub fn by_code(code: &str) -> Option<&'static Country> {
        COUNTRIES.iter().find(|c| c.code.eq_ignore_ascii_case(code))
    }

    /// The country an address's country text names: an ISO code, or the name in German
    /// or English in any case and spelling of accents ("Österreich", "oesterreich",
    /// "AUSTRIA", "AT"), or a common other name ("USA", "England", "Holland").
    pub fn recognise(text: &str) -> Option<&'static Country> {
        let text = text.trim();
        if text.len() == 2 {
            return Country::by_code(text);
        }
        let folded = fold_german(text);
        let known = COUNTRIES
            .iter()
            .find(|c| fold_german(c.name_de) == folded || fold_german(c.name_en) == folded);
        known.or_else(|| {
            OTHER_NAMES
                .iter()
                .find(|(name, _)| fold_german(name) == folded)
                .and_then(|(_, code)| Country::by_code(code))
        })
    }
}

const fn country(
    code: &'static str,
    calling_code: &'static str,
    name_de: &'static str,
    name_en: &'static str,
    address_style: AddressStyle,
) -> Country {
    Country {
        code,
        calling_code,
        name_de,
        name_en,
        address_style,
    }
}

use AddressStyle::{CodeBeforeTown as Eu, CodeOnOwnLine as Uk, TownRegionCode as Us};

/// The rep's own country comes from the first block (where the first users live); the
/// rest are the countries their contacts most often live in, by German name.
pub const COUNTRIES: &[Country] = &[
    country("DE", "49", "Deutschland", "Germany", Eu),
    country("AT", "43", "Österreich", "Austria", Eu),
    country("CH", "41", "Schweiz", "Switzerland", Eu),
    country("LU", "352", "Luxemburg", "Luxembourg", Eu),
    country("NL", "31", "Niederlande", "Netherlands", Eu),
    country("BE", "32", "Belgien", "Belgium", Eu),
    country("FR", "33", "Frankreich", "France", Eu),
    country("IT", "39", "Italien", "Italy", Eu),
    country("PL", "48", "Polen", "Poland", Eu),
    country("GB", "44", "Vereinigtes Königreich", "United Kingdom", Uk),
    country("US", "1", "Vereinigte Staaten", "United States", Us),
    country("AL", "355", "Albanien", "Albania", Eu),
    country("AU", "61", "Australien", "Australia", Us),
    country(
        "BA",
        "387",
        "Bosnien und Herzegowina",
        "Bosnia and Herzegovina",
        Eu,
    ),
    country("BR", "55", "Brasilien", "Brazil", Eu),
    country("BG", "359", "Bulgarien", "Bulgaria", Eu),
    country("CN", "86", "China", "China", Eu),
    country("DK", "45", "Dänemark", "Denmark", Eu),
    country("EE", "372", "Estland", "Estonia", Eu),
    country("FI", "358", "Finnland", "Finland", Eu),
    country("GR", "30", "Griechenland", "Greece", Eu),
    country("IN", "91", "Indien", "India", Eu),
    country("IE", "353", "Irland", "Ireland", Uk),
    country("IS", "354", "Island", "Iceland", Eu),
    country("IL", "972", "Israel", "Israel", Eu),
    country("JP", "81", "Japan", "Japan", Eu),
    country("CA", "1", "Kanada", "Canada", Us),
    country("KZ", "7", "Kasachstan", "Kazakhstan", Eu),
    country("XK", "383", "Kosovo", "Kosovo", Eu),
    country("HR", "385", "Kroatien", "Croatia", Eu),
    country("LV", "371", "Lettland", "Latvia", Eu),
    country("LI", "423", "Liechtenstein", "Liechtenstein", Eu),
    country("LT", "370", "Litauen", "Lithuania", Eu),
    country("MT", "356", "Malta", "Malta", Eu),
    country("MA", "212", "Marokko", "Morocco", Eu),
    country("MX", "52", "Mexiko", "Mexico", Eu),
    country("MD", "373", "Moldau", "Moldova", Eu),
    country("ME", "382", "Montenegro", "Montenegro", Eu),
    country("NZ", "64", "Neuseeland", "New Zealand", Us),
    country("MK", "389", "Nordmazedonien", "North Macedonia", Eu),
    country("NO", "47", "Norwegen", "Norway", Eu),
    country("PT", "351", "Portugal", "Portugal", Eu),
    country("RO", "40", "Rumänien", "Romania", Eu),
    country("RU", "7", "Russland", "Russia", Eu),
    country("SE", "46", "Schweden", "Sweden", Eu),
    country("RS", "381", "Serbien", "Serbia", Eu),
    country("SK", "421", "Slowakei", "Slovakia", Eu),
    country("SI", "386", "Slowenien", "Slovenia", Eu),
    country("ES", "34", "Spanien", "Spain", Eu),
    country("ZA", "27", "Südafrika", "South Africa", Eu),
    country("TH", "66", "Thailand", "Thailand", Eu),
    country("CZ", "420", "Tschechien", "Czechia", Eu),
    country("TN", "216", "Tunesien", "Tunisia", Eu),
    country("TR", "90", "Türkei", "Türkiye", Eu),
    country("UA", "380", "Ukraine", "Ukraine", Eu),
    country("HU", "36", "Ungarn", "Hungary", Eu),
    country(
        "AE",
        "971",
        "Vereinigte Arabische Emirate",
        "United Arab Emirates",
        Eu,
    ),
    country("VN", "84", "Vietnam", "Vietnam", Eu),
    country("BY", "375", "Belarus", "Belarus", Eu),
    country("CY", "357", "Zypern", "Cyprus", Eu),
];

/// Names address books also use, with the country they mean.
const OTHER_NAMES: &[(&str, &str)] = &[
    ("USA", "US"),
    ("U.S.A.", "US"),
    ("United States of America", "US"),
    ("Vereinigte Staaten von Amerika", "US"),
    ("Amerika", "US"),
    ("UK", "GB"),
    ("Great Britain", "GB"),
    ("Großbritannien", "GB"),
    ("England", "GB"),
    ("Scotland", "GB"),
    ("Schottland", "GB"),
    ("Wales", "GB"),
    ("Holland", "NL"),
    ("The Netherlands", "NL"),
    ("Tschechische Republik", "CZ"),
    ("Czech Republic", "CZ"),
    ("Turkey", "TR"),
    ("Russian Federation", "RU"),
    ("Russische Föderation", "RU"),
    ("Weißrussland", "BY"),
    ("Mazedonien", "MK"),
    ("Macedonia", "MK"),
    ("Moldawien", "MD"),
    ("Republik Moldau", "MD"),
    ("Bundesrepublik Deutschland", "DE"),
    ("BRD", "DE"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_are_found_by_code_in_any_case() {
        assert_eq!(Country::by_code("de").map(|c| c.calling_code), Some("49"));
        assert_eq!(
            Country::by_code("AT").map(|c| c.name(Language::En)),
            Some("Austria")
        );
        assert!(Country::by_code("XX").is_none());
    }

    #[test]
    fn address_countries_are_recognised_by_name_in_either_language() {
        let code = |text: &str| Country::recognise(text).map(|c| c.code);
        assert_eq!(code("Österreich"), Some("AT"));
        assert_eq!(code("oesterreich"), Some("AT"));
        assert_eq!(code("AUSTRIA"), Some("AT"));
        assert_eq!(code("at"), Some("AT"));
        assert_eq!(code(" USA "), Some("US"));
        assert_eq!(code("England"), Some("GB"));
        assert_eq!(code("Vereinigtes Königreich"), Some("GB"));
        assert_eq!(code("Atlantis"), None);
        assert_eq!(code(""), None);
    }

    #[test]
    fn codes_and_names_are_unique() {
        for (i, a) in COUNTRIES.iter().enumerate() {
            for b in &COUNTRIES[i + 1..] {
                assert_ne!(a.code, b.code);
                assert_ne!(fold_german(a.name_de), fold_german(b.name_de), "{}", a.code);
                assert_ne!(fold_german(a.name_en), fold_german(b.name_en), "{}", a.code);
            }
        }
        for (name, code) in OTHER_NAMES {
            assert!(Country::by_code(code).is_some(), "{name}");
        }
    }
}

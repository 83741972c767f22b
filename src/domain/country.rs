//! Countries a rep can choose as the default for phone numbers.

use crate::domain::locale::Language;

pub struct Country {
    /// ISO 3166 alpha-2.
    pub code: &'static str,
    pub calling_code: &'static str,
    name_de: &'static str,
    name_en: &'static str,
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
}

pub const COUNTRIES: &[Country] = &[
    Country {
        code: "DE",
        calling_code: "49",
        name_de: "Deutschland",
        name_en: "Germany",
    },
    Country {
        code: "AT",
        calling_code: "43",
        name_de: "Österreich",
        name_en: "Austria",
    },
    Country {
        code: "CH",
        calling_code: "41",
        name_de: "Schweiz",
        name_en: "Switzerland",
    },
    Country {
        code: "LU",
        calling_code: "352",
        name_de: "Luxemburg",
        name_en: "Luxembourg",
    },
    Country {
        code: "NL",
        calling_code: "31",
        name_de: "Niederlande",
        name_en: "Netherlands",
    },
    Country {
        code: "BE",
        calling_code: "32",
        name_de: "Belgien",
        name_en: "Belgium",
    },
    Country {
        code: "FR",
        calling_code: "33",
        name_de: "Frankreich",
        name_en: "France",
    },
    Country {
        code: "IT",
        calling_code: "39",
        name_de: "Italien",
        name_en: "Italy",
    },
    Country {
        code: "PL",
        calling_code: "48",
        name_de: "Polen",
        name_en: "Poland",
    },
    Country {
        code: "GB",
        calling_code: "44",
        name_de: "Vereinigtes Königreich",
        name_en: "United Kingdom",
    },
    Country {
        code: "US",
        calling_code: "1",
        name_de: "Vereinigte Staaten",
        name_en: "United States",
    },
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
}

//! The German numbering plan, as far as reading and checking a number needs it: the
//! 5,202 landline area codes of the Bundesnetzagentur (in `german_area_codes.txt`, one
//! per line without the 0; `scripts/german-area-codes.py` says where they come from),
//! the mobile and paging blocks, and the ranges for services. A number starting with
//! anything else does not exist in Germany.

/// What a German national number (without its leading 0) is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberKind {
    Mobile,
    Landline,
    /// Paging, service, freephone, premium, personal and location-independent numbers.
    Service,
}

/// A known prefix and what it is; the rest of the number is the subscriber's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Prefix {
    pub digits: usize,
    pub kind: NumberKind,
}

const AREA_CODES_TEXT: &[u8] = include_bytes!("german_area_codes.txt");

/// One bit per possible area code: every two-, three- and four-digit string, and the
/// five-digit ones (which all start with 3) from 30000.
const TABLES: [(usize, u32, usize); 4] = [
    (2, 0, 100),
    (3, 0, 1_000),
    (4, 0, 10_000),
    (5, 30_000, 10_000),
];
const TABLE_START: [usize; 4] = [0, 13, 13 + 125, 13 + 125 + 1_250];
const BITSET_BYTES: usize = 13 + 125 + 1_250 + 1_250;

/// Built from the text at compile time, so the app carries 2.6 KB instead of 27 KB.
static AREA_CODES: [u8; BITSET_BYTES] = area_code_bits(AREA_CODES_TEXT);

const fn area_code_bits(text: &[u8]) -> [u8; BITSET_BYTES] {
    let mut bits = [0u8; BITSET_BYTES];
    let mut i = 0;
    while i < text.len() {
        let mut value: u32 = 0;
        let mut digits = 0;
        while i < text.len() && text[i] != b'\n' {
            value = value * 10 + (text[i] - b'0') as u32;
            digits += 1;
            i += 1;
        }
        i += 1;
        if digits >= 2 {
            let table = digits - 2;
            let index = (value - TABLES[table].1) as usize;
            bits[TABLE_START[table] + index / 8] |= 1 << (index % 8);
        }
    }
    bits
}

fn is_area_code(code: &str) -> bool {
    let Ok(value) = code.parse::<u32>() else {
        return false;
    };
    let Some(table) = code.len().checked_sub(2).filter(|&t| t < TABLES.len()) else {
        return false;
    };
    let (_, base, size) = TABLES[table];
    let Some(index) = value
        .checked_sub(base)
        .map(|i| i as usize)
        .filter(|&i| i < size)
    else {
        return false;
    };
    AREA_CODES[TABLE_START[table] + index / 8] & (1 << (index % 8)) != 0
}

/// The landline area code a national number starts with. Codes are tried longest
/// first: 0212 (Solingen) is the start of 02129 (Haan), the plan's one overlap.
pub fn area_code(national: &str) -> Option<&str> {
    (2..=5)
        .rev()
        .filter_map(|n| national.get(..n))
        .find(|code| is_area_code(code))
}

/// Within 015 most blocks have four digits after the 0 (0151 1); these starts lead to
/// the blocks of five that the Bundesnetzagentur has handed out since 2020 (015 56x).
const STARTS_OF_FIVE_DIGIT_MOBILE_BLOCKS: [&str; 12] = [
    "1501", "1502", "1518", "1531", "1533", "1551", "1555", "1556", "1563", "1567", "1570", "1588",
];

fn mobile_prefix_digits(national: &str) -> usize {
    let four = national.get(..4).unwrap_or("");
    if STARTS_OF_FIVE_DIGIT_MOBILE_BLOCKS.contains(&four) {
        5
    } else {
        4
    }
}

/// The prefix of a German national number, or `None` when no number starts so.
pub fn prefix(national: &str) -> Option<Prefix> {
    let starts = |p: &str| national.starts_with(p);
    let of = |digits, kind| Some(Prefix { digits, kind });
    if starts("15") {
        return of(mobile_prefix_digits(national), NumberKind::Mobile);
    }
    if ["160", "162", "163"].iter().any(|p| starts(p)) || starts("17") {
        return of(3, NumberKind::Mobile);
    }
    if ["164", "168", "169", "180", "181", "700", "800", "900"]
        .iter()
        .any(|p| starts(p))
    {
        return of(3, NumberKind::Service);
    }
    if ["137", "138"].iter().any(|p| starts(p))
        || ["182", "183", "184", "185", "186", "187", "188", "189"]
            .iter()
            .any(|p| starts(p))
        || ["191", "192", "193", "194"].iter().any(|p| starts(p))
    {
        return of(3, NumberKind::Service);
    }
    if starts("31") || starts("32") {
        return of(2, NumberKind::Service);
    }
    if starts("1") {
        return None;
    }
    area_code(national).map(|code| Prefix {
        digits: code.len(),
        kind: NumberKind::Landline,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes() -> Vec<&'static str> {
        std::str::from_utf8(AREA_CODES_TEXT)
            .unwrap()
            .lines()
            .collect()
    }

    #[test]
    fn the_bitset_holds_exactly_the_listed_codes() {
        let listed = codes();
        assert_eq!(listed.len(), 5_202);
        for length in 2..=5u32 {
            for n in 0..10u32.pow(length) {
                let code = format!("{n:0width$}", width = length as usize);
                assert_eq!(
                    is_area_code(&code),
                    listed.contains(&code.as_str()),
                    "{code}"
                );
            }
        }
    }

    #[test]
    fn the_list_is_prefix_free_but_for_solingen_and_haan() {
        let listed = codes();
        let overlaps: Vec<(&str, &str)> = listed
            .iter()
            .flat_map(|c| (2..c.len()).map(move |n| (&c[..n], *c)))
            .filter(|(start, _)| listed.contains(start))
            .collect();
        assert_eq!(overlaps, [("212", "2129")]);
    }

    #[test]
    fn numbers_split_at_their_area_code() {
        assert_eq!(area_code("301234567"), Some("30"));
        assert_eq!(area_code("8912345"), Some("89"));
        assert_eq!(area_code("7111234567"), Some("711"));
        assert_eq!(
            area_code("33221234567"),
            Some("3322"),
            "Falkensee; 033221 is no code"
        );
        assert_eq!(area_code("332031234"), Some("33203"), "Kleinmachnow");
        assert_eq!(area_code("21291234"), Some("2129"), "Haan");
        assert_eq!(area_code("2121234567"), Some("212"), "Solingen");
        assert_eq!(
            area_code("9061234"),
            Some("906"),
            "Donauwörth, inside the 09 block"
        );
        assert_eq!(area_code("20012345"), None);
    }

    #[test]
    fn mobile_service_and_unknown_ranges() {
        let kind = |n: &str| prefix(n).map(|p| (p.digits, p.kind));
        assert_eq!(kind("1711234567"), Some((3, NumberKind::Mobile)));
        assert_eq!(kind("15112345678"), Some((4, NumberKind::Mobile)));
        assert_eq!(
            kind("15561234567"),
            Some((5, NumberKind::Mobile)),
            "1&1's 015-56x"
        );
        assert_eq!(kind("1601234567"), Some((3, NumberKind::Mobile)));
        assert_eq!(kind("1641234567"), Some((3, NumberKind::Service)), "paging");
        assert_eq!(kind("8001234567"), Some((3, NumberKind::Service)));
        assert_eq!(kind("32123456789"), Some((2, NumberKind::Service)));
        assert_eq!(kind("231381152"), Some((3, NumberKind::Landline)));
        for unknown in [
            "123456789",
            "1401234567",
            "1611234567",
            "1901234567",
            "1101234",
            "2001234567",
        ] {
            assert_eq!(prefix(unknown), None, "{unknown}");
        }
    }
}

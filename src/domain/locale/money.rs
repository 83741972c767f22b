//! Money is integer euro cents, never floating point.

use serde::{Deserialize, Serialize};
use std::iter::Sum;
use std::ops::{Add, AddAssign};

#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Cents(pub i64);

impl Cents {
    pub fn from_euros(euros: i64) -> Self {
        Cents(euros * 100)
    }
}

/// An amount as a person types it, in hundredths: "49,90", "49.90", "1.234,5", "€ 12",
/// "1,234.56". A separator followed by one or two digits at the end is the decimal
/// separator, whichever it is; other separators must group thousands.
pub fn parse_hundredths(typed: &str) -> Option<i64> {
    let text: String = typed
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '€'))
        .collect();
    let (negative, text) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    if text.is_empty()
        || !text
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    {
        return None;
    }
    let (whole, fraction) = match text.rfind([',', '.']) {
        Some(at) if (2..=3).contains(&(text.len() - at)) => (&text[..at], &text[at + 1..]),
        _ => (text, ""),
    };
    let decimal_separator = text[whole.len()..].chars().next();
    if decimal_separator.is_some_and(|d| whole.contains(d)) {
        return None;
    }
    let mut groups = whole.split([',', '.']);
    let first = groups.next().filter(|g| !g.is_empty() && g.len() <= 15)?;
    let mut digits = first.to_owned();
    for group in groups {
        if group.len() != 3 || first.len() > 3 {
            return None;
        }
        digits.push_str(group);
    }
    let whole: i64 = digits.parse().ok()?;
    let fraction: i64 = match fraction.len() {
        0 => 0,
        1 => fraction.parse::<i64>().ok()? * 10,
        _ => fraction.parse().ok()?,
    };
    let value = whole.checked_mul(100)?.checked_add(fraction)?;
    Some(if negative { -value } else { value })
}

impl Add for Cents {
    type Output = Cents;
    fn add(self, other: Cents) -> Cents {
        Cents(self.0 + other.0)
    }
}

impl AddAssign for Cents {
    fn add_assign(&mut self, other: Cents) {
        self.0 += other.0;
    }
}

impl Sum for Cents {
    fn sum<I: Iterator<Item = Cents>>(iter: I) -> Cents {
        Cents(iter.map(|c| c.0).sum())
    }
}

#[cfg(test)]
mod tests {
    use super::parse_hundredths;

    #[test]
    fn amounts_parse_the_way_people_type_them() {
        for (typed, expected) in [
            ("49,90", 4_990),
            ("49.90", 4_990),
            ("49,9", 4_990),
            ("1.234,56", 123_456),
            ("1,234.56", 123_456),
            ("1.234", 123_400),
            ("€ 12", 1_200),
            ("12 €", 1_200),
            ("0,05", 5),
            ("-3,50", -350),
        ] {
            assert_eq!(parse_hundredths(typed), Some(expected), "{typed}");
        }
        for typed in ["", "abc", "12,345,6", "1.23.4", "12a", ",", "1,,2"] {
            assert_eq!(parse_hundredths(typed), None, "{typed}");
        }
    }
}

//! The UI languages and the way each writes dates, numbers and euro amounts.

use crate::domain::locale::money::Cents;
use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Language {
    De,
    En,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::De, Language::En];

    /// German when the browser's first preference is German, English otherwise.
    pub fn from_browser_preferences<S: AsRef<str>>(preferences: &[S]) -> Language {
        let first = preferences.first().map(|s| s.as_ref().to_ascii_lowercase());
        match first.as_deref() {
            Some(tag) if tag == "de" || tag.starts_with("de-") => Language::De,
            _ => Language::En,
        }
    }

    /// The language a tag such as "de", "de-AT" or "en_GB" names, if it is one of ours.
    pub fn of_tag(tag: &str) -> Option<Language> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Language::ALL.into_iter().find(|l| l.tag() == primary)
    }

    pub fn tag(self) -> &'static str {
        match self {
            Language::De => "de",
            Language::En => "en",
        }
    }

    /// Whether a count takes the singular: German and English (CLDR "one") use it for
    /// exactly one, and only for a whole one ("1,5 Punkte", "1.5 points").
    pub fn is_singular(self, hundredths: i64) -> bool {
        match self {
            Language::De | Language::En => hundredths == 100,
        }
    }

    fn separators(self) -> (char, char) {
        match self {
            Language::De => ('.', ','),
            Language::En => (',', '.'),
        }
    }

    /// A whole number with thousands separators: `12.345` or `12,345`.
    pub fn format_integer(self, value: i64) -> String {
        let (group, _) = self.separators();
        let digits = value.unsigned_abs().to_string();
        let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
        if value < 0 {
            out.push('-');
        }
        for (i, d) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(group);
            }
            out.push(d);
        }
        out
    }

    /// A number kept in hundredths, with two decimals: `1.234,50` or `1,234.50`.
    fn format_hundredths(self, hundredths: i64) -> String {
        let (_, decimal) = self.separators();
        let whole = self.format_integer(hundredths.abs() / 100);
        let sign = if hundredths < 0 { "-" } else { "" };
        format!("{sign}{whole}{decimal}{:02}", hundredths.abs() % 100)
    }

    /// An amount kept in hundredths as a person would type it into a form field:
    /// `1.200` when whole, `49,90` otherwise.
    pub fn format_amount(self, hundredths: i64) -> String {
        if hundredths % 100 == 0 {
            self.format_integer(hundredths / 100)
        } else {
            self.format_hundredths(hundredths)
        }
    }

    /// `1.234,56 €` in German, `€1,234.56` in English.
    pub fn format_euros(self, amount: Cents) -> String {
        let number = self.format_hundredths(amount.0.abs());
        let sign = if amount.0 < 0 { "-" } else { "" };
        match self {
            Language::De => format!("{sign}{number}\u{a0}€"),
            Language::En => format!("{sign}€{number}"),
        }
    }

    /// Volume points, with decimals only where there are any: `12,5`, `1.200`.
    pub fn format_points(self, centipoints: i64) -> String {
        if centipoints % 100 == 0 {
            return self.format_integer(centipoints / 100);
        }
        let text = self.format_hundredths(centipoints);
        text.strip_suffix('0').map(str::to_owned).unwrap_or(text)
    }

    /// `27.11.2026` in German, `27 Nov 2026` in English.
    pub fn format_date(self, date: NaiveDate) -> String {
        const MONTHS: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        match self {
            Language::De => format!("{:02}.{:02}.{}", date.day(), date.month(), date.year()),
            Language::En => format!(
                "{} {} {}",
                date.day(),
                MONTHS[date.month0() as usize],
                date.year()
            ),
        }
    }

    /// A month as a period selector names it: `November 2026`.
    pub fn format_month(self, year: i32, month: u8) -> String {
        const DE: [&str; 12] = [
            "Januar",
            "Februar",
            "März",
            "April",
            "Mai",
            "Juni",
            "Juli",
            "August",
            "September",
            "Oktober",
            "November",
            "Dezember",
        ];
        const EN: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        let names = match self {
            Language::De => DE,
            Language::En => EN,
        };
        format!("{} {year}", names[usize::from(month.clamp(1, 12) - 1)])
    }

    /// A birthday, without the year when nobody knows it: `03.02.`, `3 Feb`.
    pub fn format_birthday(self, birthday: NaiveDate) -> String {
        if crate::domain::contacts::birthday::year_known(birthday) {
            return self.format_date(birthday);
        }
        let full = self.format_date(birthday);
        full.trim_end_matches(&crate::domain::contacts::birthday::YEAR_UNKNOWN.to_string())
            .trim_end()
            .to_owned()
    }

    pub fn format_date_time(self, at: NaiveDateTime) -> String {
        format!(
            "{}, {:02}:{:02}",
            self.format_date(at.date()),
            at.hour(),
            at.minute()
        )
    }

    /// A byte count the way a person reads it: `1,5 MB`.
    pub fn format_bytes(self, bytes: u64) -> String {
        const UNITS: [&str; 4] = ["KB", "MB", "GB", "TB"];
        if bytes < 1000 {
            return format!("{} B", bytes);
        }
        let mut value = bytes as f64 / 1000.0;
        let mut unit = 0;
        while value >= 1000.0 && unit < UNITS.len() - 1 {
            value /= 1000.0;
            unit += 1;
        }
        let tenths = (value * 10.0).round() as i64;
        let (_, decimal) = self.separators();
        format!(
            "{}{}{} {}",
            self.format_integer(tenths / 10),
            decimal,
            tenths % 10,
            UNITS[unit]
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_preference_picks_german_only_when_german_comes_first() {
        assert_eq!(
            Language::from_browser_preferences(&["de-DE", "en"]),
            Language::De
        );
        assert_eq!(Language::from_browser_preferences(&["DE"]), Language::De);
        assert_eq!(
            Language::from_browser_preferences(&["en-GB", "de"]),
            Language::En
        );
        assert_eq!(Language::from_browser_preferences(&["fr"]), Language::En);
        assert_eq!(
            Language::from_browser_preferences::<&str>(&[]),
            Language::En
        );
        assert_eq!(Language::from_browser_preferences(&["dev"]), Language::En);
    }

    #[test]
    fn euros_follow_the_locale() {
        assert_eq!(Language::De.format_euros(Cents(123_456)), "1.234,56\u{a0}€");
        assert_eq!(Language::En.format_euros(Cents(123_456)), "€1,234.56");
        assert_eq!(Language::De.format_euros(Cents(-5)), "-0,05\u{a0}€");
        assert_eq!(
            Language::En.format_euros(Cents(100_000_000)),
            "€1,000,000.00"
        );
    }

    #[test]
    fn numbers_and_points_follow_the_locale() {
        assert_eq!(Language::De.format_integer(1_234_567), "1.234.567");
        assert_eq!(Language::En.format_integer(-1_000), "-1,000");
        assert_eq!(Language::De.format_integer(999), "999");
        assert_eq!(Language::De.format_points(1250), "12,5");
        assert_eq!(Language::En.format_points(120_000), "1,200");
        assert_eq!(Language::En.format_points(1201), "12.01");
    }

    #[test]
    fn dates_follow_the_locale() {
        let date = NaiveDate::from_ymd_opt(2026, 3, 7).unwrap();
        assert_eq!(Language::De.format_date(date), "07.03.2026");
        assert_eq!(Language::En.format_date(date), "7 Mar 2026");
        let at = date.and_hms_opt(9, 5, 0).unwrap();
        assert_eq!(Language::De.format_date_time(at), "07.03.2026, 09:05");
        let no_year = crate::domain::contacts::birthday::without_year(3, 7).unwrap();
        assert_eq!(Language::De.format_birthday(no_year), "07.03.");
        assert_eq!(Language::En.format_birthday(no_year), "7 Mar");
        assert_eq!(Language::De.format_birthday(date), "07.03.2026");
    }

    #[test]
    fn byte_counts_read_naturally() {
        assert_eq!(Language::De.format_bytes(999), "999 B");
        assert_eq!(Language::De.format_bytes(1_540_000), "1,5 MB");
        assert_eq!(Language::En.format_bytes(26_000_000_000), "26.0 GB");
    }
}

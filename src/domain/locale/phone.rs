//! Phone numbers: stored in E.164 form (`+491711234567`), typed in any common way, and
//! shown grouped so a person can read them.

mod german_plan;

pub use german_plan::NumberKind;
use thiserror::Error;

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum PhoneError {
    #[error("no phone number")]
    Empty,
    #[error("'{0}' does not belong in a phone number")]
    InvalidCharacter(char),
    #[error("a number without an area code needs one")]
    MissingAreaCode,
    #[error("too short for a phone number")]
    TooShort,
    #[error("longer than any phone number")]
    TooLong,
    /// No German number starts with these digits (given with the leading 0).
    #[error("no German number starts with {0}")]
    NoSuchGermanPrefix(String),
}

/// E.164 allows at most 15 digits; no real number, country code included, has fewer than 7.
const MIN_DIGITS: usize = 7;
const MAX_DIGITS: usize = 15;

/// The E.164 form of a typed number. National numbers (leading 0) get the default
/// country's calling code, such as `49` for Germany.
pub fn normalize(typed: &str, default_calling_code: &str) -> Result<String, PhoneError> {
    // "+49 (0)171 …" is a common German way of writing the optional trunk zero.
    let text = typed.trim().replace("(0)", "");
    if text.is_empty() {
        return Err(PhoneError::Empty);
    }
    let mut digits = String::with_capacity(text.len());
    let mut international = false;
    for (position, c) in text.chars().enumerate() {
        match c {
            '0'..='9' => digits.push(c),
            '+' if position == 0 => international = true,
            ' ' | '-' | '/' | '.' | '(' | ')' | '\u{a0}' => {}
            other => return Err(PhoneError::InvalidCharacter(other)),
        }
    }
    let full = if international {
        digits
    } else if let Some(rest) = digits.strip_prefix("00") {
        rest.to_owned()
    } else if let Some(rest) = digits.strip_prefix('0') {
        format!("{default_calling_code}{rest}")
    } else {
        return Err(PhoneError::MissingAreaCode);
    };
    match full.len() {
        0 => Err(PhoneError::Empty),
        n if n < MIN_DIGITS => Err(PhoneError::TooShort),
        n if n > MAX_DIGITS => Err(PhoneError::TooLong),
        _ if full.starts_with('0') => Err(PhoneError::InvalidCharacter('0')),
        // "+49 0171 …": a German trunk 0 written after the country code.
        _ if full.starts_with("490") => normalize(&format!("+49{}", &full[3..]), "49"),
        _ => match full.strip_prefix(GERMANY) {
            Some(national) if german_plan::prefix(national).is_none() => {
                let start: String = national.chars().take(3).collect();
                Err(PhoneError::NoSuchGermanPrefix(format!("0{start}")))
            }
            _ => Ok(format!("+{full}")),
        },
    }
}

const GERMANY: &str = "49";

/// What a stored German number is; `None` for numbers from other countries.
pub fn german_kind(e164: &str) -> Option<NumberKind> {
    let national = e164.strip_prefix('+')?.strip_prefix(GERMANY)?;
    german_plan::prefix(national).map(|p| p.kind)
}

/// The label a number is stored with: "mobil" (the form's and many files' default)
/// only on a German number in a mobile range, and "mobil" for a German mobile number
/// that came without a label.
pub fn fitting_label(label: &str, e164: &str) -> String {
    let label = label.trim();
    let says_mobile = MOBILE_LABELS.iter().any(|m| label.eq_ignore_ascii_case(m));
    match german_kind(e164) {
        Some(NumberKind::Mobile) if label.is_empty() => "mobil".to_owned(),
        Some(NumberKind::Landline | NumberKind::Service) if says_mobile => String::new(),
        _ => label.to_owned(),
    }
}

const MOBILE_LABELS: [&str; 5] = ["mobil", "mobile", "handy", "cell", "iphone"];

/// A stored number grouped for reading: `+49 171 2345678`, `+49 30 1234567`,
/// `+49 3322 1234567`, `+43 6641234567`. German numbers split after their area code or
/// mobile prefix; anything not in E.164 form is shown as it is.
pub fn display(e164: &str) -> String {
    let Some(digits) = e164.strip_prefix('+') else {
        return e164.to_owned();
    };
    if !digits.chars().all(|c| c.is_ascii_digit()) {
        return e164.to_owned();
    }
    let (country, national) = split_calling_code(digits);
    if country == GERMANY
        && let Some(prefix) = german_plan::prefix(national)
        && national.len() > prefix.digits
    {
        let (start, rest) = national.split_at(prefix.digits);
        return format!("+49 {start} {rest}");
    }
    format!("+{country} {national}")
}

/// Splits off the calling code: one digit for North America (1) and Russia (7), two for
/// the codes starting 2 to 9 that are two digits long, three for the rest.
fn split_calling_code(digits: &str) -> (&str, &str) {
    const TWO_DIGIT: &[&str] = &[
        "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46",
        "47", "48", "49", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63",
        "64", "65", "66", "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98",
    ];
    let length = if digits.starts_with('1') || digits.starts_with('7') {
        1
    } else if TWO_DIGIT.iter().any(|code| digits.starts_with(code)) {
        2
    } else {
        3
    };
    digits.split_at(length.min(digits.len()))
}

/// The digits of a search query that looks like part of a phone number, in the form
/// they appear in stored E.164 numbers: "0171 234" gives "171234", "+49 171" "49171".
pub fn query_digits(query: &str) -> Option<String> {
    let looks_like_phone = query
        .chars()
        .all(|c| c.is_ascii_digit() || " +-/().".contains(c));
    let digits: String = query.chars().filter(char::is_ascii_digit).collect();
    if !looks_like_phone || digits.len() < 3 {
        return None;
    }
    Some(match digits.strip_prefix("00") {
        Some(rest) => rest.to_owned(),
        None => digits.strip_prefix('0').unwrap_or(&digits).to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_mobile_numbers_in_every_common_spelling() {
        for typed in [
            "0171 2345678",
            "0171/2345678",
            "0171-234 56 78",
            "+49 171 2345678",
            "+49 (0)171 2345678",
            "0049 171 2345678",
            "(0171) 2345678",
            " +491712345678 ",
        ] {
            assert_eq!(
                normalize(typed, "49").as_deref(),
                Ok("+491712345678"),
                "{typed}"
            );
        }
    }

    #[test]
    fn german_landlines_and_other_countries() {
        assert_eq!(
            normalize("030 1234567", "49").as_deref(),
            Ok("+49301234567")
        );
        assert_eq!(
            normalize("0231 381152", "49").as_deref(),
            Ok("+49231381152")
        );
        assert_eq!(
            normalize("+43 664 1234567", "49").as_deref(),
            Ok("+436641234567")
        );
        assert_eq!(
            normalize("0664 1234567", "43").as_deref(),
            Ok("+436641234567")
        );
        assert_eq!(
            normalize("+1 (415) 555-0132", "49").as_deref(),
            Ok("+14155550132")
        );
        assert_eq!(
            normalize("0041 44 668 18 00", "49").as_deref(),
            Ok("+41446681800")
        );
    }

    #[test]
    fn garbage_is_refused_with_the_reason() {
        assert_eq!(normalize("", "49"), Err(PhoneError::Empty));
        assert_eq!(normalize("   ", "49"), Err(PhoneError::Empty));
        assert_eq!(
            normalize("0171 23x45", "49"),
            Err(PhoneError::InvalidCharacter('x'))
        );
        assert_eq!(
            normalize("anna@example.de", "49"),
            Err(PhoneError::InvalidCharacter('a'))
        );
        assert_eq!(normalize("1234567", "49"), Err(PhoneError::MissingAreaCode));
        assert_eq!(normalize("0171", "49"), Err(PhoneError::TooShort));
        assert_eq!(
            normalize("+49 171 2345678 9012345", "49"),
            Err(PhoneError::TooLong)
        );
        assert_eq!(
            normalize("0171+2345678", "49"),
            Err(PhoneError::InvalidCharacter('+'))
        );
        assert_eq!(
            normalize("+0171234567", "49"),
            Err(PhoneError::InvalidCharacter('0'))
        );
    }

    #[test]
    fn numbers_read_in_groups() {
        assert_eq!(display("+491712345678"), "+49 171 2345678");
        assert_eq!(display("+49301234567"), "+49 30 1234567");
        assert_eq!(display("+49231381152"), "+49 231 381152");
        assert_eq!(display("+4933221234567"), "+49 3322 1234567");
        assert_eq!(display("+4915112345678"), "+49 1511 2345678");
        assert_eq!(display("+4915561234567"), "+49 15561 234567");
        assert_eq!(display("+436641234567"), "+43 6641234567");
        assert_eq!(display("+14155550132"), "+1 4155550132");
        assert_eq!(display("+3521234567"), "+352 1234567");
        assert_eq!(display("not a number"), "not a number");
    }

    #[test]
    fn german_numbers_exist_only_in_the_plans_ranges() {
        assert_eq!(
            normalize("0123 456789", "49"),
            Err(PhoneError::NoSuchGermanPrefix("0123".into()))
        );
        assert_eq!(
            normalize("+49 200 1234567", "49"),
            Err(PhoneError::NoSuchGermanPrefix("0200".into()))
        );
        assert_eq!(
            normalize("0800 1234567", "49").as_deref(),
            Ok("+498001234567")
        );
        assert_eq!(
            normalize("0123 456789", "43").as_deref(),
            Ok("+43123456789"),
            "only German numbers are checked against the German plan"
        );
    }

    #[test]
    fn a_trunk_zero_after_the_country_code_is_dropped() {
        for typed in ["+49 0171 2345678", "0049 0171 2345678", "+4901712345678"] {
            assert_eq!(
                normalize(typed, "49").as_deref(),
                Ok("+491712345678"),
                "{typed}"
            );
        }
    }

    #[test]
    fn mobile_labels_only_on_mobile_numbers() {
        assert_eq!(german_kind("+491711234567"), Some(NumberKind::Mobile));
        assert_eq!(german_kind("+49301234567"), Some(NumberKind::Landline));
        assert_eq!(german_kind("+436641234567"), None);
        assert_eq!(fitting_label("mobil", "+49301234567"), "");
        assert_eq!(fitting_label("Handy", "+498001234567"), "", "freephone");
        assert_eq!(fitting_label("", "+491711234567"), "mobil");
        assert_eq!(fitting_label("privat", "+491711234567"), "privat");
        assert_eq!(
            fitting_label("mobil", "+436641234567"),
            "mobil",
            "abroad we cannot tell"
        );
    }

    #[test]
    fn phone_like_queries_become_stored_digits() {
        assert_eq!(query_digits("0171 234").as_deref(), Some("171234"));
        assert_eq!(query_digits("+49 171").as_deref(), Some("49171"));
        assert_eq!(query_digits("0049171").as_deref(), Some("49171"));
        assert_eq!(query_digits("12"), None);
        assert_eq!(query_digits("Müller 0171"), None);
        assert!("491712345678".contains(&query_digits("0171 234").unwrap()));
    }
}

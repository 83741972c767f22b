//! Recognising what a CSV column holds from its header, in German or English, the way
//! Outlook, Google Contacts and hand-made spreadsheets name them.

use crate::domain::birthday::YEAR_UNKNOWN;
use crate::domain::text_fold::fold;

/// Where a phone number's or email address's label comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Label {
    Fixed(String),
    /// Another column of the same row (Google's "Phone 1 - Type").
    Column(usize),
    /// Google's "Phone 1 - Value" before its type column is found: the key "phone 1".
    PairedWith(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    GivenName,
    MiddleName,
    FamilyName,
    /// "Name": split into given and family name when those columns are missing.
    FullName,
    Phone(Label),
    Email(Label),
    Street,
    PostalCode,
    City,
    Country,
    Birthday,
    Notes,
    Tags,
    Ignore,
}

fn fixed(label: &str) -> Label {
    Label::Fixed(label.to_owned())
}

/// What the column with this header holds. Business and home address columns fill the
/// same fields: exporters write the business columns first, so a home address wins and
/// the business one goes into the notes. Headers are compared folded (case, accents,
/// ß), so "Straße privat" and "STRASSE PRIVAT" are the same.
pub fn recognise(header: &str) -> Target {
    let h = fold(header);
    let h = h.trim();
    if let Some(key) = h.strip_suffix(" - value") {
        if key.starts_with("phone ") {
            return Target::Phone(Label::PairedWith(key.to_owned()));
        }
        if key.starts_with("e-mail ") {
            return Target::Email(Label::PairedWith(key.to_owned()));
        }
    }
    match h {
        "vorname" | "first name" | "given name" | "firstname" => Target::GivenName,
        "weitere vornamen" | "middle name" | "additional name" | "zweiter vorname" => {
            Target::MiddleName
        }
        "nachname" | "last name" | "family name" | "surname" | "lastname" => Target::FamilyName,
        "name" | "vollstandiger name" | "display name" | "anzeigename" | "full name" => {
            Target::FullName
        }
        "mobiltelefon" | "mobil" | "handy" | "mobile phone" | "mobile" | "cell phone" => {
            Target::Phone(fixed("mobil"))
        }
        "telefon privat" | "telefon (privat)" | "home phone" | "telefon privat 2"
        | "home phone 2" => Target::Phone(fixed("privat")),
        "telefon geschaftlich"
        | "telefon (geschaftlich)"
        | "business phone"
        | "telefon geschaftlich 2"
        | "business phone 2"
        | "work phone" => Target::Phone(fixed("geschäftlich")),
        "telefon" | "telefonnummer" | "phone" | "primary phone" | "haupttelefon" | "telephone" => {
            Target::Phone(fixed(""))
        }
        "e-mail-adresse" | "e-mail" | "email" | "e-mail address" | "email address" | "mail" => {
            Target::Email(fixed(""))
        }
        "e-mail 2: adresse" | "e-mail 2-adresse" | "e-mail 2 address" | "e-mail 3: adresse"
        | "e-mail 3-adresse" | "e-mail 3 address" => Target::Email(fixed("")),
        "strasse privat"
        | "strasse"
        | "strasse und hausnummer"
        | "adresse"
        | "home street"
        | "street"
        | "address 1 - street"
        | "strasse geschaftlich"
        | "business street" => Target::Street,
        "postleitzahl privat"
        | "postleitzahl"
        | "plz"
        | "home postal code"
        | "postal code"
        | "zip"
        | "zip code"
        | "address 1 - postal code"
        | "postleitzahl geschaftlich"
        | "business postal code" => Target::PostalCode,
        "ort privat" | "ort" | "stadt" | "wohnort" | "home city" | "city" | "address 1 - city"
        | "ort geschaftlich" | "business city" => Target::City,
        "land/region privat"
        | "land"
        | "home country/region"
        | "country"
        | "address 1 - country"
        | "land/region geschaftlich"
        | "business country/region" => Target::Country,
        "geburtstag" | "geburtsdatum" | "birthday" | "date of birth" => Target::Birthday,
        "notizen" | "notiz" | "bemerkung" | "bemerkungen" | "notes" | "note" => Target::Notes,
        "kategorien" | "kategorie" | "categories" | "group membership" | "gruppen" | "tags"
        | "schlagworter" => Target::Tags,
        _ => Target::Ignore,
    }
}

/// Birthdays as spreadsheets hold them: `18.01.1980`, `1980-01-18`, `18.01.` without
/// a year; Outlook's empty
/// `0.0.00` and anything else gives no birthday.
pub fn birthday(text: &str) -> String {
    let text = text.trim();
    let parts: Vec<&str> = text.split(['.', '-', '/']).collect();
    let number = |s: &str| s.trim().parse::<u32>().ok();
    let (year, month, day) = match parts.as_slice() {
        // "03.02." from a list that leaves the year out.
        [d, m, y] if text.contains('.') && y.trim().is_empty() => {
            (Some(YEAR_UNKNOWN as u32), number(m), number(d))
        }
        [d, m, y] if text.contains('.') => (number(y), number(m), number(d)),
        [y, m, d] if text.contains('-') && y.len() == 4 => (number(y), number(m), number(d)),
        _ => return String::new(),
    };
    match (year, month, day) {
        (Some(y), Some(m), Some(d))
            if y >= 1000 && (1..=12).contains(&m) && (1..=31).contains(&d) =>
        {
            format!("{y:04}-{m:02}-{d:02}")
        }
        _ => String::new(),
    }
}

/// Categories as Outlook (`Kunden; VIP`) and Google (`* My Contacts ::: Freunde`) write
/// them, without Google's system groups.
pub fn tags(text: &str) -> Vec<String> {
    text.split([';', ','])
        .flat_map(|part| part.split(":::"))
        .map(str::trim)
        .filter(|t| !t.is_empty() && !t.starts_with('*'))
        .map(str::to_owned)
        .collect()
}

//! Recognising what a CSV column holds from its header, in German or English, the way
//! Outlook, Thunderbird, Google Contacts and hand-made spreadsheets name them. A column
//! nobody recognises is not dropped: its values go into the notes under its header.

use crate::domain::contacts::birthday::YEAR_UNKNOWN;
use crate::domain::locale::text_fold::fold;

/// Where a phone number's or email address's label comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Label {
    Fixed(String),
    /// Another column of the same row (Google's "Phone 1 - Type").
    Column(usize),
    /// Google's "Phone 1 - Value" before its type column is found: the key "phone 1".
    PairedWith(String),
}

/// Whose address a column belongs to. A contact holds one address: a home address (or
/// a plain "Straße" column) first, else another one, else the business one; the rest
/// go into the notes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AddressKind {
    Home,
    /// Outlook's "Weitere Adresse" is 0; Google's "Address 2", "Address 3" keep their number.
    Other(u8),
    Work,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AddressPart {
    Street,
    /// A second or third street line (c/o, building).
    Street2,
    PoBox,
    PostalCode,
    City,
    Region,
    Country,
}

/// Thunderbird writes the birthday as three numbers in three columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BirthPart {
    Year,
    Month,
    Day,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    GivenName,
    MiddleName,
    FamilyName,
    /// "Name": split into given and family name when those columns are missing, else
    /// kept in the notes if it says more than they do.
    FullName,
    Nickname,
    Company,
    Department,
    JobTitle,
    Phone(Label),
    Email(Label),
    Address(AddressKind, AddressPart),
    Birthday,
    BirthPart(BirthPart),
    Notes,
    Tags,
    /// The label of another column's phone or email (Google's "Phone 1 - Type").
    LabelFor(usize),
    /// The label of an address (Google's "Address 1 - Type"), shown with it when the
    /// address goes into the notes.
    AddressLabel(AddressKind),
    /// Only repeats other columns (Outlook's "E-Mail: Angezeigter Name"), so it is left out.
    Repeats,
    /// No field of its own: each value is kept in the notes as "header: value".
    NotesWithHeader,
    /// Left out, as the user chose.
    Ignore,
}

fn fixed(label: &str) -> Label {
    Label::Fixed(label.to_owned())
}

/// The targets of a whole header line. Some headers mean different things by the
/// company that wrote them: Thunderbird's German "Geburtstag" is the day of the month
/// next to "Geburtsjahr", Outlook's is the whole date; Outlook's "Ort" is a location
/// next to "Ort privat", a spreadsheet's is the town.
pub fn recognise_all(headers: &[String]) -> Vec<Target> {
    let folded: Vec<String> = headers.iter().map(|h| fold(h).trim().to_owned()).collect();
    let has = |name: &str| folded.iter().any(|h| h == name);
    let thunderbird_birthday = has("geburtsjahr") || has("geburtsmonat");
    let outlook_towns = has("ort privat") || has("ort geschaftlich");
    let mut targets: Vec<Target> = folded
        .iter()
        .zip(headers)
        .map(|(h, header)| match h.as_str() {
            "geburtstag" if thunderbird_birthday => Target::BirthPart(BirthPart::Day),
            "ort" if outlook_towns => Target::NotesWithHeader,
            _ => recognise(header),
        })
        .collect();
    pair_google_labels(&folded, &mut targets);
    targets
}

/// Google pairs "Phone 1 - Value" with the label in "Phone 1 - Type" (older exports)
/// or "Phone 1 - Label" (newer ones); other pairs ("Website 1 - …") go into the notes
/// together.
fn pair_google_labels(folded: &[String], targets: &mut [Target]) {
    for value_column in 0..targets.len() {
        let key = match &targets[value_column] {
            Target::Phone(Label::PairedWith(key)) | Target::Email(Label::PairedWith(key)) => {
                key.clone()
            }
            Target::NotesWithHeader => match folded[value_column].strip_suffix(" - value") {
                Some(key) => {
                    let label_column = folded.iter().position(|h| {
                        *h == format!("{key} - type") || *h == format!("{key} - label")
                    });
                    if let Some(i) = label_column {
                        targets[i] = Target::LabelFor(value_column);
                    }
                    continue;
                }
                None => continue,
            },
            _ => continue,
        };
        let label_column = folded
            .iter()
            .position(|h| *h == format!("{key} - type") || *h == format!("{key} - label"));
        let label = match label_column {
            Some(i) => {
                targets[i] = Target::LabelFor(value_column);
                Label::Column(i)
            }
            None => fixed(""),
        };
        targets[value_column] = match targets[value_column] {
            Target::Phone(_) => Target::Phone(label),
            _ => Target::Email(label),
        };
    }
}

/// What the column with this header holds, on its own. Headers are compared folded
/// (case, accents, ß), so "Straße privat" and "STRASSE PRIVAT" are the same.
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
    // Outlook's and our own "E-Mail 2: Adresse", "E-mail 3 Address", and so on.
    let numbered_email = h.strip_prefix("e-mail ").is_some_and(|rest| {
        rest.starts_with(|c: char| c.is_ascii_digit())
            && [": adresse", "-adresse", " address"]
                .iter()
                .any(|end| rest.ends_with(end))
    });
    if numbered_email {
        return Target::Email(fixed(""));
    }
    if let Some(target) = google_address(h) {
        return target;
    }
    if let Some(target) = address(h) {
        return target;
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
        "nickname" | "spitzname" | "rufname" => Target::Nickname,
        "firma"
        | "company"
        | "organization"
        | "organisation"
        | "organization name"
        | "organization 1 - name"
        | "unternehmen" => Target::Company,
        "abteilung" | "department" | "organization department" | "organization 1 - department" => {
            Target::Department
        }
        "position"
        | "job title"
        | "jobtitle"
        | "arbeitstitel"
        | "berufsbezeichnung"
        | "organization title"
        | "organization 1 - title" => Target::JobTitle,
        "mobiltelefon" | "mobil" | "handy" | "mobile phone" | "mobile" | "cell phone"
        | "mobile number" | "mobil-tel.-nr." | "mobilnummer" => Target::Phone(fixed("mobil")),
        "telefon privat" | "telefon (privat)" | "home phone" | "telefon privat 2"
        | "telefon (privat 2)" | "home phone 2" | "tel. privat" => Target::Phone(fixed("privat")),
        "telefon geschaftlich"
        | "telefon (geschaftlich)"
        | "business phone"
        | "telefon geschaftlich 2"
        | "business phone 2"
        | "work phone"
        | "tel. dienstlich" => Target::Phone(fixed("geschäftlich")),
        "telefon" | "telefonnummer" | "phone" | "primary phone" | "haupttelefon" | "telephone" => {
            Target::Phone(fixed(""))
        }
        "fax" | "fax number" | "fax-nummer" | "faxnummer" => Target::Phone(fixed("Fax")),
        "pager" | "pager number" | "pager-nummer" => Target::Phone(fixed("Pager")),
        "e-mail-adresse"
        | "e-mail"
        | "email"
        | "e-mail address"
        | "email address"
        | "mail"
        | "primary email"
        | "secondary email"
        | "primare e-mail-adresse"
        | "sekundare e-mail-adresse" => Target::Email(fixed("")),
        "e-mail: angezeigter name"
        | "e-mail 2: angezeigter name"
        | "e-mail 3: angezeigter name"
        | "e-mail display name"
        | "e-mail 2 display name"
        | "e-mail 3 display name" => Target::Repeats,
        "geburtstag" | "geburtsdatum" | "birthday" | "date of birth" => Target::Birthday,
        "birth year" | "geburtsjahr" => Target::BirthPart(BirthPart::Year),
        "birth month" | "geburtsmonat" => Target::BirthPart(BirthPart::Month),
        "birth day" => Target::BirthPart(BirthPart::Day),
        "notizen" | "notiz" | "bemerkung" | "bemerkungen" | "notes" | "note" => Target::Notes,
        "kategorien" | "kategorie" | "categories" | "group membership" | "gruppen" | "tags"
        | "schlagworter" | "labels" => Target::Tags,
        _ => phone_by_word(h, header.trim()).unwrap_or(Target::NotesWithHeader),
    }
}

/// Other phone columns ("Autotelefon", "Fax geschäftlich", "Other Phone") keep their
/// header as the label.
fn phone_by_word(folded: &str, header: &str) -> Option<Target> {
    let words = ["telefon", "phone", "fax", "handy"];
    words
        .iter()
        .any(|w| folded.contains(w))
        .then(|| Target::Phone(Label::Fixed(header.to_owned())))
}

/// Address columns as Outlook ("Straße privat", "Business City", "Postfach privat"),
/// Thunderbird ("Home ZipCode", "Privat: PLZ", "Dienstlich: Bundesland") and
/// spreadsheets ("PLZ", "Ort", "Land") name them.
fn address(h: &str) -> Option<Target> {
    use AddressKind::{Home, Other, Work};
    use AddressPart::*;
    let (kind, rest) = if let Some(rest) = h.strip_prefix("privat: ") {
        (Home, rest)
    } else if let Some(rest) = h.strip_prefix("dienstlich: ") {
        (Work, rest)
    } else if let Some(rest) = h.strip_prefix("home ") {
        (Home, rest)
    } else if let Some(rest) = h.strip_prefix("business ") {
        (Work, rest)
    } else if let Some(rest) = h.strip_prefix("work ") {
        (Work, rest)
    } else if let Some(rest) = h.strip_prefix("other ") {
        (Other(0), rest)
    } else if let Some(rest) = h
        .strip_prefix("weitere ")
        .or_else(|| h.strip_prefix("weiterer "))
        .or_else(|| h.strip_prefix("weiteres/r "))
        .or_else(|| h.strip_prefix("weiteres/e "))
        .or_else(|| h.strip_prefix("weiteres "))
    {
        (Other(0), rest)
    } else if let Some(rest) = h.strip_suffix(" privat") {
        (Home, rest)
    } else if let Some(rest) = h.strip_suffix(" geschaftlich") {
        (Work, rest)
    } else if let Some((rest, line)) = h.rsplit_once(" privat ") {
        return (rest == "strasse" && matches!(line, "2" | "3"))
            .then_some(Target::Address(Home, Street2));
    } else if let Some((rest, line)) = h.rsplit_once(" geschaftlich ") {
        return (rest == "strasse" && matches!(line, "2" | "3"))
            .then_some(Target::Address(Work, Street2));
    } else {
        (Home, h)
    };
    let part = match rest {
        "strasse" | "strasse und hausnummer" | "adresse" | "address" | "street" | "anschrift" => {
            Street
        }
        "address 2" | "adresse 2" | "street 2" | "street 3" | "strasse 2" | "strasse 3" => Street2,
        "postfach" | "po box" | "address po box" => PoBox,
        "postleitzahl" | "plz" | "postal code" | "zip" | "zip code" | "zipcode" | "post code" => {
            PostalCode
        }
        "ort" | "stadt" | "wohnort" | "city" => City,
        "bundesland/kanton" | "bundesland" | "region" | "state" | "county" | "kanton" => Region,
        "land/region" | "land" | "country/region" | "country" => Country,
        _ => return None,
    };
    Some(Target::Address(kind, part))
}

/// Google's "Address 1 - City": the first address is the person's own, later ones are
/// other addresses. "Address 1 - Formatted" repeats the parts.
fn google_address(h: &str) -> Option<Target> {
    let rest = h.strip_prefix("address ")?;
    let (number, part) = rest.split_once(" - ")?;
    let kind = match number.parse::<u8>() {
        Ok(1) => AddressKind::Home,
        Ok(n) => AddressKind::Other(n),
        Err(_) => return None,
    };
    let part = match part {
        "street" => AddressPart::Street,
        "extended address" => AddressPart::Street2,
        "po box" => AddressPart::PoBox,
        "postal code" => AddressPart::PostalCode,
        "city" => AddressPart::City,
        "region" => AddressPart::Region,
        "country" => AddressPart::Country,
        "formatted" => return Some(Target::Repeats),
        "type" | "label" => return Some(Target::AddressLabel(kind)),
        _ => return None,
    };
    Some(Target::Address(kind, part))
}

/// Values that say nothing: Outlook fills empty fields with them.
pub fn means_nothing(target: &Target, header: &str, value: &str) -> bool {
    let value = value.trim();
    match target {
        Target::Birthday => matches!(value, "0.0.00" | "0/0/00" | "00.00.0000"),
        Target::NotesWithHeader => {
            let h = fold(header);
            match h.trim() {
                "jahrestag" | "anniversary" => matches!(value, "0.0.00" | "0/0/00"),
                "geschlecht" | "gender" => matches!(value, "Keine Angabe" | "Unspecified"),
                "prioritat" | "priority" | "vertraulichkeit" | "sensitivity" => value == "Normal",
                "privat" | "private" => matches!(value, "Aus" | "False"),
                h if h.starts_with("e-mail") && (h.ends_with("typ") || h.ends_with("type")) => {
                    value == "SMTP"
                }
                _ => false,
            }
        }
        _ => false,
    }
}

/// Birthdays as spreadsheets hold them: `18.01.1980`, `18.1.1980`, `1980-01-18`,
/// `18.01.` without a year, and `1/18/1980` where the order cannot be mistaken (US
/// Outlook writes month first, British day first: `3/4/1980` could be either and is
/// not read); `None` for anything else.
pub fn birthday(text: &str) -> Option<String> {
    let text = text.trim();
    let parts: Vec<&str> = text.split(['.', '-', '/']).collect();
    let number = |s: &str| s.trim().parse::<u32>().ok();
    let (year, month, day) = match parts.as_slice() {
        // "03.02." from a list that leaves the year out.
        [d, m, y] if text.contains('.') && y.trim().is_empty() => (None, number(m), number(d)),
        [d, m, y] if text.contains('.') => (number(y), number(m), number(d)),
        [y, m, d] if text.contains('-') && y.len() == 4 => (number(y), number(m), number(d)),
        [a, b, y] if text.contains('/') && y.trim().len() == 4 => match (number(a), number(b)) {
            (Some(m), Some(d)) if d > 12 && m <= 12 => (number(y), Some(m), Some(d)),
            (Some(d), Some(m)) if d > 12 && m <= 12 => (number(y), Some(m), Some(d)),
            _ => return None,
        },
        _ => return None,
    };
    birthday_from_parts(year, month, day)
}

/// A birthday from its three numbers; a missing year is a birthday without one.
pub fn birthday_from_parts(
    year: Option<u32>,
    month: Option<u32>,
    day: Option<u32>,
) -> Option<String> {
    let year = year.unwrap_or(YEAR_UNKNOWN as u32);
    match (month, day) {
        (Some(m), Some(d)) if year >= 1000 && (1..=12).contains(&m) && (1..=31).contains(&d) => {
            Some(format!("{year:04}-{m:02}-{d:02}"))
        }
        _ => None,
    }
}

/// Categories as Outlook (`Kunden; VIP`) and Google (`* myContacts ::: Freunde`) write
/// them. Google marks its own groups with `*`: "myContacts", which every contact is in,
/// says nothing and is left out; the others ("* starred") are kept without the mark.
pub fn tags(text: &str) -> Vec<String> {
    text.split([';', ','])
        .flat_map(|part| part.split(":::"))
        .map(|t| t.trim().trim_start_matches('*').trim())
        .filter(|t| !t.is_empty() && !GOOGLE_EVERYONE.contains(&fold(t).as_str()))
        .map(str::to_owned)
        .collect()
}

/// Google's system group that holds every contact, as its exports spell it.
const GOOGLE_EVERYONE: [&str; 3] = ["mycontacts", "my contacts", "meine kontakte"];

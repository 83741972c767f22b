//! A vCard as a contact form filled in: the same [`ContactDraft`] a person fills in by
//! hand, so an imported card is checked by the same rules and its problems are named
//! by the same field messages. Consent is never read from a file.
//!
//! Nothing a card says is dropped without a word: what has no field of its own (web
//! pages, anniversaries, relatives, messengers, further addresses) goes into the notes
//! with its label, and what cannot be kept (photos, keys) is named for the preview.

use crate::domain::contacts::birthday::YEAR_UNKNOWN;
use crate::domain::contacts::draft::{ContactDraft, LabeledDraft};
use crate::domain::locale::text_fold::fold;
use crate::domain::ordering::order_by;
use crate::io::vcard::syntax::{RawCard, RawProperty};
use crate::io::vcard::text::{
    Charsets, TextError, components, list, name_components, property_text, unescape,
};

/// What became of a property's value that no field holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PropertyFate {
    InNotes,
    /// Only repeats what other properties say (`LABEL` repeats `ADR`).
    Repeats,
    /// Pictures, sounds and keys: Teamline keeps no files.
    NotKept,
}

/// A card read into a draft, with where it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardDraft {
    /// The line of the card's `BEGIN:VCARD`.
    pub line: usize,
    pub draft: ContactDraft,
    /// The card's `UID` (or Apple's `X-ABUID`), by which a later import of the same card
    /// is recognised.
    pub uid: Option<String>,
    /// Properties whose text could not be decoded, with their line.
    pub unreadable: Vec<(usize, TextError)>,
    /// Property names whose values no field took, and what became of each value.
    pub leftovers: Vec<(String, PropertyFate)>,
}

/// Properties that only describe the card itself, or that are read along with others.
const BOOKKEEPING: &[&str] = &[
    "BEGIN",
    "END",
    "VERSION",
    "PRODID",
    "REV",
    "UID",
    "X-ABUID",
    "KIND",
    "X-ABSHOWAS",
    "X-ABLABEL",
    "X-ABADR",
    "PROFILE",
    "NAME",
    "SOURCE",
    "MAILER",
    "SORT-STRING",
    "CLASS",
    "X-MS-OL-DEFAULTPOSTALADDRESS",
];
const NOT_KEPT: &[&str] = &[
    "PHOTO",
    "LOGO",
    "SOUND",
    "KEY",
    "X-MS-CARDPICTURE",
    "X-MS-OL-DESIGN",
];
/// `LABEL` is the printed form of an `ADR`; Samsung's `X-SAMSUNGADR` comes with one.
const REPEATS: &[&str] = &["LABEL", "X-SAMSUNGADR"];

/// Labels for the notes, for properties a person would not know by their name.
fn note_label(name: &str) -> &str {
    match name {
        "URL" => "Webseite",
        "IMPP" | "X-AIM" | "X-ICQ" | "X-JABBER" | "X-MSN" | "X-YAHOO" | "X-SKYPE"
        | "X-SKYPE-USERNAME" | "X-GOOGLE-TALK" | "X-QQ" | "X-GADUGADU" => "Messenger",
        "ANNIVERSARY" | "X-ANNIVERSARY" | "X-MS-ANNIVERSARY" | "X-EVOLUTION-ANNIVERSARY" => {
            "Jahrestag"
        }
        "X-ABDATE" => "Datum",
        "X-ABRELATEDNAMES" | "RELATED" => "Beziehung",
        "X-MS-SPOUSE" | "X-EVOLUTION-SPOUSE" | "X-SPOUSE" => "Partner",
        "ROLE" => "Rolle",
        "GENDER" => "Geschlecht",
        "X-PHONETIC-FIRST-NAME" => "Aussprache Vorname",
        "X-PHONETIC-LAST-NAME" => "Aussprache Nachname",
        "TITLE" => "Position",
        "NICKNAME" => "Spitzname",
        "BDAY" => "Geburtstag",
        other => other,
    }
}

struct Reader<'a> {
    card: &'a RawCard,
    charsets: &'a dyn Charsets,
    unreadable: Vec<(usize, TextError)>,
    leftovers: Vec<(String, PropertyFate)>,
    /// Lines for the notes after the card's own notes.
    notes: Vec<String>,
}

impl Reader<'_> {
    fn text(&mut self, property: &RawProperty) -> Option<String> {
        match property_text(property, self.charsets) {
            Ok(text) => Some(text),
            Err(error) => {
                self.unreadable.push((property.line, error));
                None
            }
        }
    }

    /// The label Apple ties to a grouped property (`item1.X-ABLabel:_$!<Mobile>!$_`).
    fn group_label(&mut self, property: &RawProperty) -> Option<String> {
        let text = self.grouped(property, "X-ABLABEL")?;
        let text = unescape(&text);
        let text = text
            .strip_prefix("_$!<")
            .and_then(|t| t.strip_suffix(">!$_"))
            .unwrap_or(&text);
        Some(text.trim().to_owned()).filter(|t| !t.is_empty())
    }

    /// The text of the property named `name` in the same group as `property`.
    fn grouped(&mut self, property: &RawProperty, name: &str) -> Option<String> {
        let group = property.group.as_deref()?;
        let card = self.card;
        let other = card
            .properties
            .iter()
            .find(|p| p.name == name && p.group.as_deref() == Some(group))?;
        self.text(other)
    }

    fn labeled(&mut self, property: &RawProperty, value: String) -> LabeledDraft {
        let label = self
            .group_label(property)
            .or_else(|| type_label(property))
            .unwrap_or_default();
        LabeledDraft { label, value }
    }

    /// Keeps a value in the notes, as "label: value".
    fn keep_in_notes(&mut self, property: &RawProperty, label: &str, value: &str) {
        let value = value.trim();
        if value.is_empty() {
            return;
        }
        self.notes.push(format!("{label}: {value}"));
        // The preview names it as the notes do, with the property a reader may look up.
        let named = if label == property.name {
            label.to_owned()
        } else {
            format!("{label} ({})", property.name)
        };
        self.leftovers.push((named, PropertyFate::InNotes));
    }

    /// A property no field takes: into the notes under its label, or named as left out.
    fn keep_otherwise(&mut self, property: &RawProperty) {
        let name = property.name.as_str();
        if BOOKKEEPING.contains(&name) || property.value.iter().all(u8::is_ascii_whitespace) {
            return;
        }
        // A printed address with no `ADR` beside it is the only address the card has.
        let repeats =
            REPEATS.contains(&name) && self.card.properties.iter().any(|p| p.name == "ADR");
        if NOT_KEPT.contains(&name) || repeats {
            let fate = if NOT_KEPT.contains(&name) {
                PropertyFate::NotKept
            } else {
                PropertyFate::Repeats
            };
            self.leftovers.push((property.name.clone(), fate));
            return;
        }
        let Some(text) = self.text(property) else {
            return;
        };
        if name == "X-ANDROID-CUSTOM" {
            return self.android_custom(property, &text);
        }
        let value = unescape(&text);
        let label = self
            .group_label(property)
            .unwrap_or_else(|| note_label(name).to_owned());
        self.keep_in_notes(property, &label, &value);
    }

    /// Android's own properties: `vnd.android.cursor.item/nickname;Nick;…`, events and
    /// relations, each with its data after the kind.
    fn android_custom(&mut self, property: &RawProperty, text: &str) {
        let parts = components(text);
        let data = part(&parts, 1);
        let label = match part(&parts, 0).rsplit('/').next().unwrap_or("") {
            "nickname" => "Spitzname",
            "contact_event" => "Datum",
            "relation" => "Beziehung",
            _ => "Android",
        };
        self.keep_in_notes(property, label, &data);
    }
}

fn all<'c>(card: &'c RawCard, name: &str) -> Vec<&'c RawProperty> {
    card.properties.iter().filter(|p| p.name == name).collect()
}

/// A readable label from vCard types; `PREF`, `VOICE` and `INTERNET` say nothing to a
/// person.
fn type_label(property: &RawProperty) -> Option<String> {
    let label = |t: &str| match t.to_uppercase().as_str() {
        "CELL" | "MOBILE" => Some("mobil"),
        "HOME" => Some("privat"),
        "WORK" => Some("geschäftlich"),
        "FAX" => Some("Fax"),
        "PAGER" => Some("Pager"),
        "MAIN" => Some("Hauptnummer"),
        _ => None,
    };
    // A label of the writer's own ("X-Büro") is kept as it was written.
    let written = property
        .params
        .iter()
        .filter(|(k, _)| k == "TYPE")
        .flat_map(|(_, v)| v.split(','))
        .map(str::trim);
    let labels: Vec<&str> = written
        .filter_map(|t| label(t).or_else(|| t.strip_prefix("X-").or_else(|| t.strip_prefix("x-"))))
        .collect();
    (!labels.is_empty()).then(|| labels.join(" "))
}

/// Part `i` of a structured value, trimmed; empty when missing.
fn part(parts: &[String], i: usize) -> String {
    parts
        .get(i)
        .map(|p| p.trim().to_owned())
        .unwrap_or_default()
}

/// The parts that are not empty, joined.
fn joined(parts: &[String], separator: &str) -> String {
    parts
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(separator)
}

/// `tel:+49-221-9999123;ext=5` as vCard 4.0 writes it, or the number as it is.
fn phone_value(text: &str) -> String {
    let number = text.trim();
    let number = number
        .strip_prefix("tel:")
        .or_else(|| number.strip_prefix("TEL:"))
        .unwrap_or(number);
    number.split(';').next().unwrap_or("").to_owned()
}

/// Birthdays as phones write them: `1980-01-18`, `19800118`, `1980-01-18T00:00:00Z`,
/// and without a year: `--0203`, `--02-03` (Apple's `1604-02-03` is a date already).
fn birthday(text: &str) -> Option<String> {
    let day = text.trim().split('T').next().unwrap_or("");
    let digits: String = day.chars().filter(char::is_ascii_digit).collect();
    if day.starts_with("--") && digits.len() == 4 {
        return Some(format!(
            "{}-{}-{}",
            YEAR_UNKNOWN,
            &digits[0..2],
            &digits[2..4]
        ));
    }
    (digits.len() == 8).then(|| format!("{}-{}-{}", &digits[0..4], &digits[4..6], &digits[6..8]))
}

/// The draft a card describes.
pub fn card_draft(card: &RawCard, charsets: &dyn Charsets) -> CardDraft {
    let mut reader = Reader {
        card,
        charsets,
        unreadable: Vec::new(),
        leftovers: Vec::new(),
        notes: Vec::new(),
    };
    let mut draft = ContactDraft::default();
    let mut used: Vec<*const RawProperty> = Vec::new();
    let mut use_property = |p: &RawProperty| used.push(p as *const RawProperty);

    read_name(card, &mut reader, &mut draft, &mut use_property);
    for tel in all(card, "TEL") {
        use_property(tel);
        if let Some(text) = reader.text(tel) {
            let value = phone_value(&unescape(&text));
            if !value.trim().is_empty() {
                let entry = reader.labeled(tel, value);
                draft.phones.push(entry);
            }
        }
    }
    for email in all(card, "EMAIL") {
        use_property(email);
        if let Some(text) = reader.text(email) {
            let value = unescape(&text).trim().to_owned();
            if !value.is_empty() {
                let entry = reader.labeled(email, value);
                draft.emails.push(entry);
            }
        }
    }
    read_addresses(card, &mut reader, &mut draft, &mut use_property);
    for (i, bday) in all(card, "BDAY").into_iter().enumerate() {
        use_property(bday);
        let Some(text) = reader.text(bday) else {
            continue;
        };
        let text = unescape(&text);
        match birthday(&text) {
            Some(day) if i == 0 => draft.birthday = day,
            // A date that cannot be read stays as written: the check names it and keeps
            // it in the notes.
            None if i == 0 => draft.birthday = text.trim().to_owned(),
            _ => reader.keep_in_notes(bday, note_label("BDAY"), &text),
        }
    }
    let mut tags = Vec::new();
    for categories in all(card, "CATEGORIES") {
        use_property(categories);
        if let Some(text) = reader.text(categories) {
            tags.extend(list(&text));
        }
    }
    draft.tags = tags.join(", ");
    if let Some(lang) = all(card, "LANG").first().copied() {
        use_property(lang);
        draft.language = reader
            .text(lang)
            .map(|t| unescape(&t).trim().to_owned())
            .unwrap_or_default();
    }
    let mut notes = Vec::new();
    for note in all(card, "NOTE") {
        use_property(note);
        if let Some(text) = reader.text(note) {
            let text = unescape(&text).trim().to_owned();
            if !text.is_empty() && !notes.contains(&text) {
                notes.push(text);
            }
        }
    }
    for property in &card.properties {
        if !used.contains(&(property as *const RawProperty)) {
            reader.keep_otherwise(property);
        }
    }
    notes.append(&mut reader.notes);
    draft.notes = notes.join("\n\n");
    let uid = card_uid(card, &mut reader);
    CardDraft {
        line: card.line,
        draft,
        uid,
        unreadable: reader.unreadable,
        leftovers: reader.leftovers,
    }
}

/// `UID`, or else Apple's own person id (`X-ABUID:5AD3…:ABPerson`).
fn card_uid(card: &RawCard, reader: &mut Reader) -> Option<String> {
    let text = |name: &str, reader: &mut Reader| {
        all(card, name)
            .first()
            .and_then(|p| reader.text(p))
            .map(|text| unescape(&text).trim().to_owned())
            .filter(|text| !text.is_empty())
    };
    text("UID", reader).or_else(|| {
        let apple = text("X-ABUID", reader)?;
        Some(apple.trim_end_matches(":ABPerson").to_owned())
    })
}

/// Name, nickname, company, department and job title. A card with no person's name is
/// the organisation's (Apple marks such cards `X-ABShowAs:COMPANY`, vCard 4 `KIND:org`),
/// named after `ORG`, else after `FN`. Titles ("Dr.") and a full name that says more
/// than the parts are kept in the notes.
fn read_name(
    card: &RawCard,
    reader: &mut Reader,
    draft: &mut ContactDraft,
    use_property: &mut dyn FnMut(&RawProperty),
) {
    let mut prefix = String::new();
    let mut suffix = String::new();
    if let Some(n) = all(card, "N").first().copied() {
        use_property(n);
        if let Some(text) = reader.text(n) {
            let parts = name_components(&text);
            draft.family_name = part(&parts, 0);
            draft.given_name = joined(&[part(&parts, 1), part(&parts, 2)], " ");
            prefix = part(&parts, 3);
            suffix = part(&parts, 4);
            if !prefix.is_empty() {
                reader.keep_in_notes(n, "Titel", &prefix);
            }
            if !suffix.is_empty() {
                reader.keep_in_notes(n, "Namenszusatz", &suffix);
            }
        }
    }
    for (i, org) in all(card, "ORG").into_iter().enumerate() {
        use_property(org);
        let Some(text) = reader.text(org) else {
            continue;
        };
        let parts = components(&text);
        if i == 0 {
            draft.company = part(&parts, 0);
            draft.department = joined(&parts[1.min(parts.len())..], ", ");
        } else {
            reader.keep_in_notes(org, "Firma", &joined(&parts, ", "));
        }
    }
    for (i, title) in all(card, "TITLE").into_iter().enumerate() {
        use_property(title);
        let Some(text) = reader.text(title) else {
            continue;
        };
        match i {
            0 => draft.job_title = unescape(&text).trim().to_owned(),
            _ => reader.keep_in_notes(title, note_label("TITLE"), &unescape(&text)),
        }
    }
    let mut nicknames = Vec::new();
    for nickname in all(card, "NICKNAME") {
        use_property(nickname);
        if let Some(text) = reader.text(nickname) {
            nicknames.extend(list(&text));
        }
    }
    // Android writes the nickname as one of its own properties.
    for custom in all(card, "X-ANDROID-CUSTOM") {
        let Some(text) = reader.text(custom) else {
            continue;
        };
        let parts = components(&text);
        if part(&parts, 0).ends_with("/nickname") && !part(&parts, 1).is_empty() {
            use_property(custom);
            nicknames.push(part(&parts, 1));
        }
    }
    nicknames.dedup();
    draft.nickname = nicknames.join(", ");
    for (i, full_name) in all(card, "FN").into_iter().enumerate() {
        use_property(full_name);
        let full = reader
            .text(full_name)
            .map(|t| unescape(&t).trim().to_owned())
            .unwrap_or_default();
        if full.is_empty() {
            continue;
        }
        let nameless = draft.given_name.is_empty() && draft.family_name.is_empty();
        // Without `N`, `FN` names the person unless the card says it is the company's.
        let company_card = card_is_company(card) || fold(&full) == fold(&draft.company);
        if nameless && !company_card && i == 0 {
            match full.rsplit_once(' ') {
                Some((given, family)) => {
                    draft.given_name = given.trim().to_owned();
                    draft.family_name = family.trim().to_owned();
                }
                None => draft.given_name = full,
            }
            continue;
        }
        let said = fold(&full);
        let (given, family) = (&draft.given_name, &draft.family_name);
        let same = [
            format!("{given} {family}"),
            format!("{family} {given}"),
            format!("{family}, {given}"),
            format!("{prefix} {given} {family} {suffix}"),
            format!("{prefix} {given} {family}"),
            format!("{given} {family} {suffix}"),
            draft.company.clone(),
        ]
        .iter()
        .any(|name| fold(name.trim()) == said);
        if !same {
            reader.keep_in_notes(full_name, "Name", &full);
        }
    }
}

/// Apple's `X-ABShowAs:COMPANY` and vCard 4's `KIND:org` mark a company's own card.
fn card_is_company(card: &RawCard) -> bool {
    card.properties.iter().any(|p| {
        let value = String::from_utf8_lossy(&p.value);
        (p.name == "X-ABSHOWAS" && value.trim().eq_ignore_ascii_case("COMPANY"))
            || (p.name == "KIND" && value.trim().eq_ignore_ascii_case("org"))
    })
}

/// A contact holds one address: the preferred one, else home, else the first. Further
/// addresses are kept in the notes, with their label.
fn read_addresses(
    card: &RawCard,
    reader: &mut Reader,
    draft: &mut ContactDraft,
    use_property: &mut dyn FnMut(&RawProperty),
) {
    let mut ordered = all(card, "ADR");
    order_by(&mut ordered, |p| {
        let types = p.types();
        let lacks = |t: &str| i64::from(!types.iter().any(|x| x == t));
        lacks("PREF") * 2 + lacks("HOME")
    });
    let mut chosen = false;
    for adr in ordered {
        use_property(adr);
        let Some(text) = reader.text(adr) else {
            continue;
        };
        let parts = components(&text);
        let part = |i: usize| part(&parts, i);
        if (0..7).all(|i| part(i).is_empty()) {
            continue;
        }
        // Apple gives the country's code beside the address (`item1.X-ABADR:de`).
        let country = match part(6) {
            named if !named.is_empty() => named,
            _ => reader
                .grouped(adr, "X-ABADR")
                .map(|code| code.trim().to_uppercase())
                .unwrap_or_default(),
        };
        // Some exporters put the street into the "extended address" part.
        let street = joined(&[part(2), part(1)], ", ");
        if !chosen {
            chosen = true;
            draft.street = street;
            draft.po_box = part(0);
            draft.city = part(3);
            draft.region = part(4);
            draft.postal_code = part(5);
            draft.country = country;
        } else {
            let place = joined(&[part(5), part(3)], " ");
            let address = joined(&[street, part(0), place, part(4), country], ", ");
            let label = reader.labeled(adr, String::new()).label;
            let label = if label.is_empty() {
                "Adresse".to_owned()
            } else {
                label
            };
            reader.keep_in_notes(adr, &label, &address);
        }
    }
}

#[cfg(test)]
mod tests;

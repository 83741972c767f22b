//! What importing a file would do, before anything is written: which rows become new
//! contacts, which update a contact imported before, which change nothing, which look
//! like someone already stored, and which cannot be read. Importing the same file twice
//! adds nothing; an updated file updates the contacts it matches.

use crate::domain::contact::{Contact, Role};
use crate::domain::contact_form::{CheckContext, ContactDraft, Field, FieldError};
use crate::domain::duplicates::{Reason, find_duplicates};
use crate::domain::referral::Referrals;
use crate::domain::text_fold::fold;
use chrono::{DateTime, Utc};
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

/// One card or row as the file gave it.
pub struct IncomingRow<'a> {
    pub line: usize,
    pub uid: Option<&'a str>,
    pub draft: &'a ContactDraft,
}

/// What the user sets for the whole import.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BatchChoice {
    pub roles: Vec<Role>,
    pub tags: Vec<String>,
    /// Where new contacts came from, such as the file's name.
    pub source: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    New,
    Update {
        existing: Uuid,
    },
    Unchanged {
        existing: Uuid,
    },
    /// Someone stored, or an earlier row of the same file, looks like the same person.
    Duplicate {
        of: Uuid,
        reasons: Vec<Reason>,
    },
    /// The row cannot become a contact (`problems` says why).
    Invalid,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PlannedRow {
    pub line: usize,
    pub outcome: Outcome,
    /// The contact as it would be stored (`None` for invalid rows).
    pub contact: Option<Contact>,
    /// For invalid rows, why; otherwise what was left out (a phone number that is not
    /// one is kept in the notes instead).
    pub problems: Vec<FieldError>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportCounts {
    pub new: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub duplicates: usize,
    pub invalid: usize,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportPlan {
    pub rows: Vec<PlannedRow>,
}

impl ImportPlan {
    pub fn counts(&self) -> ImportCounts {
        let mut counts = ImportCounts::default();
        for row in &self.rows {
            match row.outcome {
                Outcome::New => counts.new += 1,
                Outcome::Update { .. } => counts.updated += 1,
                Outcome::Unchanged { .. } => counts.unchanged += 1,
                Outcome::Duplicate { .. } => counts.duplicates += 1,
                Outcome::Invalid => counts.invalid += 1,
            }
        }
        counts
    }

    /// The contacts an import writes: new and updated ones, and the likely duplicates
    /// only when the user asks for them too.
    pub fn contacts_to_write(&self, with_duplicates: bool) -> Vec<Contact> {
        self.rows
            .iter()
            .filter(|row| match row.outcome {
                Outcome::New | Outcome::Update { .. } => true,
                Outcome::Duplicate { .. } => with_duplicates,
                Outcome::Unchanged { .. } | Outcome::Invalid => false,
            })
            .filter_map(|row| row.contact.clone())
            .collect()
    }
}

/// The id a card with this `UID` gets, the same on every import: our own exports write
/// `urn:uuid:<id>`, Apple writes bare UUIDs, anything else is hashed into one.
pub fn id_from_uid(uid: &str) -> Uuid {
    let bare = uid.trim();
    let bare = bare.strip_prefix("urn:uuid:").unwrap_or(bare);
    if let Ok(id) = Uuid::parse_str(bare) {
        return id;
    }
    let hash = |seed: u64| {
        bare.bytes().fold(seed, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
        })
    };
    let mut bytes = [0u8; 16];
    bytes[..8].copy_from_slice(&hash(0xcbf2_9ce4_8422_2325).to_be_bytes());
    bytes[8..].copy_from_slice(&hash(0x8422_2325_cbf2_9ce4).to_be_bytes());
    Uuid::new_v8(bytes)
}

/// The draft checked as the form would check it, except that a phone number, email
/// address or birthday that is wrong does not stop the import: the text goes into the
/// notes and the problem is reported. Only a row without a name is refused.
fn check_leniently(
    draft: &ContactDraft,
    context: &CheckContext,
) -> Result<(Contact, Vec<FieldError>), Vec<FieldError>> {
    let errors = match draft.check(None, context) {
        Ok(contact) => return Ok((contact, Vec::new())),
        Err(errors) => errors,
    };
    if errors.iter().any(|e| e.field == Field::Name) {
        return Err(errors);
    }
    let mut kept = draft.clone();
    let mut left_out = Vec::new();
    let mut drop_entries = |entries: &mut Vec<_>, wrong: &dyn Fn(usize) -> bool| {
        let mut position = 0;
        entries.retain(|entry: &crate::domain::contact_form::LabeledDraft| {
            let keep = !wrong(position);
            position += 1;
            if !keep {
                left_out.push(match entry.label.trim() {
                    "" => entry.value.trim().to_owned(),
                    label => format!("{label}: {}", entry.value.trim()),
                });
            }
            keep
        });
    };
    let wrong_field = |field: Field| errors.iter().any(|e| e.field == field);
    drop_entries(&mut kept.phones, &|i| wrong_field(Field::Phone(i)));
    drop_entries(&mut kept.emails, &|i| wrong_field(Field::Email(i)));
    if wrong_field(Field::Birthday) {
        left_out.push(kept.birthday.trim().to_owned());
        kept.birthday.clear();
    }
    kept.stay_in_touch_days.clear();
    kept.reorder_after_days.clear();
    if !left_out.is_empty() {
        if !kept.notes.trim().is_empty() {
            kept.notes.push_str("\n\n");
        }
        kept.notes.push_str(&left_out.join("\n"));
    }
    kept.check(None, context).map(|contact| (contact, errors))
}

/// The stored contact with what the file says added: names, address, birthday and
/// notes from the file; phones, emails, roles and tags joined. Its id, history, consent
/// and everything typed in Teamline stay.
fn updated(existing: &Contact, incoming: &Contact, now: DateTime<Utc>) -> Contact {
    let mut contact = existing.clone();
    contact.given_name = incoming.given_name.clone();
    contact.family_name = incoming.family_name.clone();
    contact.join_lists(incoming);
    if incoming.address.is_some() {
        contact.address = incoming.address.clone();
    }
    if incoming.birthday.is_some() {
        contact.birthday = incoming.birthday;
    }
    contact.add_notes(&incoming.notes);
    if contact != *existing {
        contact.meta.touch(now);
    }
    contact
}

/// Why two contacts are taken for the same person: their shared numbers and addresses,
/// or else their name in their town.
fn shared_details(a: &Contact, b: &Contact) -> Vec<Reason> {
    let mut reasons: Vec<Reason> = Vec::new();
    for phone in &a.phones {
        if b.phones.iter().any(|p| p.value == phone.value) {
            reasons.push(Reason::SamePhone(phone.value.clone()));
        }
    }
    for email in &a.emails {
        if b.emails
            .iter()
            .any(|e| e.value.eq_ignore_ascii_case(&email.value))
        {
            reasons.push(Reason::SameEmail(email.value.clone()));
        }
    }
    if reasons.is_empty() {
        let town = b
            .address
            .as_ref()
            .map(|a| a.city.clone())
            .unwrap_or_default();
        reasons.push(Reason::SimilarName { town });
    }
    reasons
}

fn details(contact: &Contact) -> impl Iterator<Item = String> + '_ {
    let phones = contact.phones.iter().map(|p| p.value.clone());
    let emails = contact.emails.iter().map(|e| e.value.to_lowercase());
    phones.chain(emails)
}

/// The stored contact this one is, without a `UID` to go by: the same name and a phone
/// number or email address in common, or the same name and neither has any.
fn same_person<'a>(
    incoming: &Contact,
    by_name: &HashMap<String, Vec<&'a Contact>>,
) -> Option<&'a Contact> {
    let candidates = by_name.get(&fold(&incoming.display_name()))?;
    let incoming_details: Vec<String> = details(incoming).collect();
    let matching: Vec<&Contact> = candidates
        .iter()
        .copied()
        .filter(|stored| {
            let mut stored_details = details(stored).peekable();
            if incoming_details.is_empty() {
                stored_details.peek().is_none()
            } else {
                stored_details.any(|d| incoming_details.contains(&d))
            }
        })
        .collect();
    match matching.as_slice() {
        [only] => Some(only),
        _ => None,
    }
}

pub fn plan_import<'a>(
    stored: &[&Contact],
    rows: impl IntoIterator<Item = IncomingRow<'a>>,
    batch: &BatchChoice,
    calling_code: &str,
    now: DateTime<Utc>,
) -> ImportPlan {
    let referrals = Referrals::new([]);
    let context = CheckContext {
        calling_code,
        now,
        referrals: &referrals,
    };
    let by_id: HashMap<Uuid, &Contact> = stored.iter().map(|c| (c.meta.id, *c)).collect();
    let mut by_name: HashMap<String, Vec<&Contact>> = HashMap::new();
    for contact in stored {
        by_name
            .entry(fold(&contact.display_name()))
            .or_default()
            .push(contact);
    }

    let mut planned = Vec::new();
    let mut matched: HashSet<Uuid> = HashSet::new();
    let mut new_ids: HashMap<Uuid, usize> = HashMap::new();
    for row in rows {
        let mut draft = row.draft.clone();
        draft.roles.extend(batch.roles.iter().copied());
        for tag in &batch.tags {
            draft.tags.push_str(", ");
            draft.tags.push_str(tag);
        }
        if draft.source.trim().is_empty() {
            draft.source = batch.source.clone();
        }
        let (mut contact, problems) = match check_leniently(&draft, &context) {
            Ok(checked) => checked,
            Err(problems) => {
                planned.push(PlannedRow {
                    line: row.line,
                    outcome: Outcome::Invalid,
                    contact: None,
                    problems,
                });
                continue;
            }
        };
        if let Some(uid) = row.uid {
            contact.meta.id = id_from_uid(uid);
        }
        let known = by_id
            .get(&contact.meta.id)
            .copied()
            .or_else(|| same_person(&contact, &by_name));
        let (outcome, contact) = match known {
            // A second row of the file for someone already matched is a duplicate row.
            Some(existing) if matched.contains(&existing.meta.id) => (
                Outcome::Duplicate {
                    of: existing.meta.id,
                    reasons: shared_details(existing, &contact),
                },
                contact,
            ),
            Some(existing) => {
                matched.insert(existing.meta.id);
                let merged = updated(existing, &contact, now);
                let outcome = if merged == *existing {
                    Outcome::Unchanged {
                        existing: existing.meta.id,
                    }
                } else {
                    Outcome::Update {
                        existing: existing.meta.id,
                    }
                };
                (outcome, merged)
            }
            None => match new_ids
                .get(&contact.meta.id)
                .and_then(|&at| planned[at].contact.as_ref())
            {
                // The same card twice in one file.
                Some(earlier) => (
                    Outcome::Duplicate {
                        of: earlier.meta.id,
                        reasons: shared_details(earlier, &contact),
                    },
                    contact,
                ),
                None => {
                    new_ids.insert(contact.meta.id, planned.len());
                    (Outcome::New, contact)
                }
            },
        };
        planned.push(PlannedRow {
            line: row.line,
            outcome,
            contact: Some(contact),
            problems,
        });
    }
    mark_duplicates(stored, &mut planned);
    ImportPlan { rows: planned }
}

/// New rows that look like a stored contact, or like an earlier new row of the file.
fn mark_duplicates(stored: &[&Contact], planned: &mut [PlannedRow]) {
    let position_of_new: HashMap<Uuid, usize> = planned
        .iter()
        .enumerate()
        .filter(|(_, row)| row.outcome == Outcome::New)
        .filter_map(|(i, row)| Some((row.contact.as_ref()?.meta.id, i)))
        .collect();
    let new_contacts = planned
        .iter()
        .filter(|row| row.outcome == Outcome::New)
        .filter_map(|row| row.contact.as_ref());
    let pairs = find_duplicates(stored.iter().copied().chain(new_contacts));
    for pair in pairs {
        let first = position_of_new.get(&pair.first);
        let second = position_of_new.get(&pair.second);
        let (row, of) = match (first, second) {
            (None, None) => continue,
            (Some(&row), None) => (row, pair.second),
            (None, Some(&row)) => (row, pair.first),
            // Two new rows: the later one is the duplicate.
            (Some(&a), Some(&b)) if a < b => (b, pair.first),
            (Some(&a), Some(_)) => (a, pair.second),
        };
        if planned[row].outcome == Outcome::New {
            planned[row].outcome = Outcome::Duplicate {
                of,
                reasons: pair.reasons,
            };
        }
    }
}

#[cfg(test)]
mod tests;

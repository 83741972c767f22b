//! What importing a file would do, before anything is written: which rows become new
//! contacts, which update a contact imported before, which change nothing, which look
//! like someone already stored, and which cannot be read. Importing the same file twice
//! adds nothing; an updated file updates the contacts it matches.

use crate::domain::contacts::contact::{Contact, Role};
use crate::domain::contacts::draft::{CheckContext, ContactDraft, Field, FieldError, LabeledDraft};
use crate::domain::contacts::duplicates::{Reason, find_duplicates_paced};
use crate::domain::contacts::referral::Referrals;
use crate::domain::locale::text_fold::fold;
use crate::domain::pace::{Pace, Progress, Unpaced, WorkStep, unpaced};
use crate::domain::stable_id::hashed_id;
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
    /// The contact this row made was deleted in Teamline since; it is not made again.
    DeletedBefore,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PlannedRow {
    pub line: usize,
    pub outcome: Outcome,
    /// The contact as it would be stored (`None` for invalid rows).
    pub contact: Option<Contact>,
    /// For a likely duplicate of a stored contact: that contact with this row's numbers,
    /// addresses and notes added, should the user join them. Boxed, because most rows
    /// have none and a contact held in place would make every row as big as two.
    pub joined: Option<Box<Contact>>,
    /// For invalid rows, why; otherwise what was left out (a phone number that is not
    /// one is kept in the notes instead).
    pub problems: Vec<FieldError>,
}

/// What happens to the rows that look like someone already there.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DuplicateChoice {
    #[default]
    Skip,
    /// Their details are added to the contact they look like.
    Join,
    AddAsNew,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportCounts {
    pub new: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub duplicates: usize,
    pub invalid: usize,
    pub deleted_before: usize,
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
                Outcome::DeletedBefore => counts.deleted_before += 1,
            }
        }
        counts
    }

    /// The contacts an import writes: new and updated ones, and for the likely
    /// duplicates what the user chose.
    pub fn contacts_to_write(&self, duplicates: DuplicateChoice) -> Vec<Contact> {
        self.walk_writes(duplicates, Writes::keeping()).contacts
    }

    /// How many contacts [`Self::contacts_to_write`] gives, without making them.
    pub fn count_to_write(&self, duplicates: DuplicateChoice) -> usize {
        self.walk_writes(duplicates, Writes::counting())
            .position
            .len()
    }

    fn walk_writes(&self, duplicates: DuplicateChoice, mut writes: Writes) -> Writes {
        // A row may look like an earlier row that itself looks like a stored contact.
        let links: HashMap<Uuid, Uuid> = self
            .rows
            .iter()
            .filter_map(|row| match &row.outcome {
                Outcome::Duplicate { of, .. } => Some((row.contact.as_ref()?.meta.id, *of)),
                _ => None,
            })
            .collect();
        let end_of_chain = |mut id: Uuid| {
            for _ in 0..links.len() {
                match links.get(&id) {
                    Some(&next) if next != id => id = next,
                    _ => break,
                }
            }
            id
        };
        for row in &self.rows {
            let Some(contact) = &row.contact else {
                continue;
            };
            match (&row.outcome, duplicates) {
                (Outcome::New | Outcome::Update { .. }, _)
                | (Outcome::Duplicate { .. }, DuplicateChoice::AddAsNew) => {
                    writes.put(contact.meta.id, || contact.clone());
                }
                (Outcome::Duplicate { of, .. }, DuplicateChoice::Join) => {
                    // Into the version about to be written, if an earlier row made one.
                    let target = end_of_chain(*of);
                    let joined = |base: &Contact| {
                        let mut base = base.clone();
                        join_details(&mut base, contact);
                        base
                    };
                    if writes.holds(target) {
                        if let Some(base) = writes.made(target).map(joined) {
                            writes.put(target, || base);
                        }
                    } else if let Some(base) = &row.joined {
                        writes.put(base.meta.id, || joined(base));
                    }
                }
                _ => {}
            }
        }
        writes
    }
}

/// The contacts an import writes, by id in the order first written; `keep` says whether
/// the contacts themselves are made or only counted.
struct Writes {
    keep: bool,
    contacts: Vec<Contact>,
    position: HashMap<Uuid, usize>,
}

impl Writes {
    fn keeping() -> Self {
        Self {
            keep: true,
            contacts: Vec::new(),
            position: HashMap::new(),
        }
    }

    fn counting() -> Self {
        Self {
            keep: false,
            ..Self::keeping()
        }
    }

    fn holds(&self, id: Uuid) -> bool {
        self.position.contains_key(&id)
    }

    /// The contact written under `id` so far, when contacts are kept.
    fn made(&self, id: Uuid) -> Option<&Contact> {
        self.contacts.get(*self.position.get(&id)?)
    }

    /// Writes the contact under `id`, in place of one written before under it.
    fn put(&mut self, id: Uuid, contact: impl FnOnce() -> Contact) {
        let next = self.position.len();
        let at = *self.position.entry(id).or_insert(next);
        if !self.keep {
            return;
        }
        if at == self.contacts.len() {
            self.contacts.push(contact());
        } else {
            self.contacts[at] = contact();
        }
    }
}

/// Adds what `from` knows to `into` without replacing anything `into` holds.
fn join_details(into: &mut Contact, from: &Contact) {
    into.join_lists(from);
    into.add_notes(&from.notes);
    for (field, value) in into
        .work_and_nickname_mut()
        .into_iter()
        .zip(from.work_and_nickname())
    {
        if field.is_empty() {
            value.clone_into(field);
        }
    }
    if into.address.is_none() {
        into.address = from.address.clone();
    }
    if into.birthday.is_none() {
        into.birthday = from.birthday;
    }
}

/// A stored contact with an incoming row's details joined, as it would be written.
fn joined_with(existing: &Contact, incoming: &Contact, now: DateTime<Utc>) -> Contact {
    let mut joined = existing.clone();
    join_details(&mut joined, incoming);
    joined.meta.touch(now);
    joined
}

/// The id a card with this `UID` gets, the same on every import: our own exports write
/// `urn:uuid:<id>`, Apple writes bare UUIDs, anything else is hashed into one.
pub fn id_from_uid(uid: &str) -> Uuid {
    let bare = uid.trim();
    let bare = bare.strip_prefix("urn:uuid:").unwrap_or(bare);
    Uuid::parse_str(bare).unwrap_or_else(|_| hashed_id(bare))
}

/// What identifies a row without a `UID`: everything it says. Rows that say exactly the
/// same are told apart by how many came before (see [`id_from_content`]).
fn content_key(draft: &ContactDraft) -> String {
    let labeled = |entries: &[LabeledDraft]| {
        entries
            .iter()
            .map(|e| format!("{}={}", e.label.trim(), e.value.trim()))
            .collect::<Vec<_>>()
            .join(",")
    };
    let parts = [
        draft.given_name.trim(),
        draft.family_name.trim(),
        draft.nickname.trim(),
        draft.company.trim(),
        draft.department.trim(),
        draft.job_title.trim(),
        &labeled(&draft.phones),
        &labeled(&draft.emails),
        draft.street.trim(),
        draft.po_box.trim(),
        draft.postal_code.trim(),
        draft.city.trim(),
        draft.region.trim(),
        draft.country.trim(),
        draft.birthday.trim(),
        draft.tags.trim(),
        draft.notes.trim(),
        draft.language.trim(),
    ];
    parts.join("\u{1f}")
}

/// The id of a row without a `UID`: made from what the row says, and from how many
/// rows of the file said exactly the same before it, so that importing the same file
/// again finds every row's contact, even rows that only hold a name.
fn id_from_content(key: &str, earlier_same: usize) -> Uuid {
    hashed_id(&format!("row\u{1f}{key}\u{1f}{earlier_same}"))
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
        entries.retain(|entry: &crate::domain::contacts::draft::LabeledDraft| {
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

/// The stored contact with what the file says added: names, nickname, work, address,
/// birthday and notes from the file; phones, emails, roles and tags joined. Its id, history, consent
/// and everything typed in Teamline stay.
fn updated(existing: &Contact, incoming: &Contact, now: DateTime<Utc>) -> Contact {
    let mut contact = existing.clone();
    contact.given_name = incoming.given_name.clone();
    contact.family_name = incoming.family_name.clone();
    for (field, value) in contact
        .work_and_nickname_mut()
        .into_iter()
        .zip(incoming.work_and_nickname())
    {
        if !value.is_empty() {
            value.clone_into(field);
        }
    }
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

/// Plans an import in one go (see [`plan_import_paced`]).
pub fn plan_import<'a>(
    stored: &[&Contact],
    rows: impl IntoIterator<Item = IncomingRow<'a>>,
    batch: &BatchChoice,
    calling_code: &str,
    now: DateTime<Utc>,
) -> ImportPlan {
    unpaced(plan_import_paced(
        stored,
        rows,
        batch,
        calling_code,
        now,
        &mut Unpaced,
    ))
}

/// What importing `rows` would do, telling `pace` after each row. `stored` are the
/// stored contacts, deleted ones included: a row whose contact was deleted is not made
/// again.
pub async fn plan_import_paced<'a>(
    stored: &[&Contact],
    rows: impl IntoIterator<Item = IncomingRow<'a>>,
    batch: &BatchChoice,
    calling_code: &str,
    now: DateTime<Utc>,
    pace: &mut impl Pace,
) -> ImportPlan {
    let rows: Vec<IncomingRow> = rows.into_iter().collect();
    let total = rows.len();
    let checked = |done| Progress {
        step: WorkStep::Checking,
        done,
        total,
    };
    let referrals = Referrals::new([]);
    let context = CheckContext {
        calling_code,
        now,
        referrals: &referrals,
    };
    let deleted: HashSet<Uuid> = stored
        .iter()
        .filter(|c| c.meta.is_deleted())
        .map(|c| c.meta.id)
        .collect();
    let stored: Vec<&Contact> = stored
        .iter()
        .copied()
        .filter(|c| !c.meta.is_deleted())
        .collect();
    let stored = stored.as_slice();
    let by_id: HashMap<Uuid, &Contact> = stored.iter().map(|c| (c.meta.id, *c)).collect();
    let mut by_name: HashMap<String, Vec<&Contact>> = HashMap::new();
    for contact in stored {
        by_name
            .entry(fold(&contact.display_name()))
            .or_default()
            .push(contact);
    }

    let mut planned = Vec::with_capacity(total);
    let mut matched: HashSet<Uuid> = HashSet::new();
    let mut new_ids: HashMap<Uuid, usize> = HashMap::new();
    let mut seen_keys: HashMap<String, usize> = HashMap::new();
    let mut with_uid: HashSet<usize> = HashSet::new();
    for (done, row) in rows.into_iter().enumerate() {
        pace.after(checked(done)).await;
        let (file_id, from_content) = match row.uid {
            Some(uid) => {
                with_uid.insert(planned.len());
                (id_from_uid(uid), false)
            }
            None => {
                let key = content_key(row.draft);
                let earlier = seen_keys.entry(key.clone()).or_default();
                *earlier += 1;
                (id_from_content(&key, *earlier - 1), true)
            }
        };
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
                    joined: None,
                    problems,
                });
                continue;
            }
        };
        contact.meta.id = file_id;
        // The rep deleted (or erased) the contact this row made before: it stays gone.
        if deleted.contains(&file_id) {
            planned.push(PlannedRow {
                line: row.line,
                outcome: Outcome::DeletedBefore,
                contact: Some(contact),
                joined: None,
                problems,
            });
            continue;
        }
        let known = by_id
            .get(&contact.meta.id)
            .copied()
            .or_else(|| same_person(&contact, &by_name));
        let mut joined = None;
        let (outcome, contact) = match known {
            // A second row of the file for someone already matched is a duplicate row.
            Some(existing) if matched.contains(&existing.meta.id) => {
                joined = Some(Box::new(joined_with(existing, &contact, now)));
                (
                    Outcome::Duplicate {
                        of: existing.meta.id,
                        reasons: shared_details(existing, &contact),
                    },
                    contact,
                )
            }
            // The very row that made this contact: whatever differs was changed in
            // Teamline since, and stays.
            Some(existing) if from_content && existing.meta.id == file_id => {
                matched.insert(existing.meta.id);
                (
                    Outcome::Unchanged {
                        existing: existing.meta.id,
                    },
                    existing.clone(),
                )
            }
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
            joined,
            problems,
        });
    }
    pace.after(checked(total)).await;
    mark_duplicates(stored, &by_id, &mut planned, &with_uid, now, pace).await;
    ImportPlan { rows: planned }
}

/// Whom a row looks like: rank (a stored contact first, then the earliest row), id, why.
type Candidate = ((usize, usize), Uuid, Vec<Reason>);

/// New rows that look like a stored contact, or like an earlier new row of the file.
/// Two cards of one file that carry different `UID`s and different names are two
/// people (the address book that wrote them said so) unless a number or address is
/// shared; `with_uid` are the positions of the rows that had one.
async fn mark_duplicates(
    stored: &[&Contact],
    by_id: &HashMap<Uuid, &Contact>,
    planned: &mut [PlannedRow],
    with_uid: &HashSet<usize>,
    now: DateTime<Utc>,
    pace: &mut impl Pace,
) {
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
    let pairs = find_duplicates_paced(
        stored.iter().copied().chain(new_contacts),
        |c| position_of_new.contains_key(&c.meta.id),
        pace,
    )
    .await;
    // A row may look like several people: a stored contact is preferred, then the
    // earliest row of the file, so the choice does not depend on the ids.
    let mut chosen: HashMap<usize, Candidate> = HashMap::new();
    let name_of = |row: usize| {
        planned[row]
            .contact
            .as_ref()
            .map(|c| fold(&c.display_name()))
    };
    // The search is done; what is left is choosing among its pairs, a bar full.
    let finishing = Progress {
        step: WorkStep::Comparing,
        done: 1,
        total: 1,
    };
    for mut pair in pairs {
        pace.after(finishing).await;
        let first = position_of_new.get(&pair.first);
        let second = position_of_new.get(&pair.second);
        if let (Some(&a), Some(&b)) = (first, second)
            && with_uid.contains(&a)
            && with_uid.contains(&b)
            && name_of(a) != name_of(b)
        {
            pair.reasons
                .retain(|r| !matches!(r, Reason::SimilarName { .. }));
            if pair.reasons.is_empty() {
                continue;
            }
        }
        let (row, of) = match (first, second) {
            (None, None) => continue,
            (Some(&row), None) => (row, pair.second),
            (None, Some(&row)) => (row, pair.first),
            // Two new rows: the later one is the duplicate.
            (Some(&a), Some(&b)) if a < b => (b, pair.first),
            (Some(&a), Some(_)) => (a, pair.second),
        };
        let rank = position_of_new.get(&of).map_or((0, 0), |&at| (1, at));
        if chosen.get(&row).is_none_or(|(best, _, _)| rank < *best) {
            chosen.insert(row, (rank, of, pair.reasons));
        }
    }
    for (row, (_, of, reasons)) in chosen {
        pace.after(finishing).await;
        let incoming = planned[row].contact.as_ref();
        planned[row].joined = by_id
            .get(&of)
            .zip(incoming)
            .map(|(existing, incoming)| Box::new(joined_with(existing, incoming, now)));
        planned[row].outcome = Outcome::Duplicate { of, reasons };
    }
}

#[cfg(test)]
mod tests;

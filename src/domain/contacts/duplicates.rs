//! Likely duplicates among contacts: the same phone number or email address, or names
//! that are nearly the same in the same town (a typo, first and last name swapped, an
//! umlaut spelled out: "Mueller" and "Müller"). Each pair comes with its reasons, for a
//! person to decide.

use crate::domain::contacts::contact::Contact;
use crate::domain::locale::text_fold::{fold, fold_german};
use crate::domain::ordering::order_by;
use crate::domain::pace::{Pace, Progress, Unpaced, WorkStep, unpaced};
use std::collections::{BTreeMap, HashMap};
use uuid::Uuid;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    SamePhone(String),
    SameEmail(String),
    /// Nearly the same name, in this town.
    SimilarName {
        town: String,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DuplicatePair {
    /// The two contacts, the smaller id first.
    pub first: Uuid,
    pub second: Uuid,
    pub reasons: Vec<Reason>,
}

impl DuplicatePair {
    /// The two ids, the smaller first: how a pair is remembered as "not the same person".
    pub fn ids(&self) -> (Uuid, Uuid) {
        (self.first, self.second)
    }
}

/// A name reduced to what the comparison looks at: German spelling of umlauts, no case
/// or accents, the words sorted so that "Müller Anna" is "Anna Mueller".
fn name_key(contact: &Contact) -> String {
    let folded = fold_german(&format!("{} {}", contact.given_name, contact.family_name));
    let mut words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.sort_unstable();
    words.join(" ")
}

/// Whether the edit distance (with swapped neighbours counting as one edit) is at most
/// `limit`; gives up as soon as it cannot be.
fn within_edits(a: &str, b: &str, limit: usize) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > limit {
        return false;
    }
    let width = b.len() + 1;
    let mut rows = vec![vec![0usize; width]; 3];
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        let (current, previous, before) = (i % 3, (i + 2) % 3, (i + 1) % 3);
        rows[current][0] = i;
        let mut row_min = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[previous][j] + 1)
                .min(rows[current][j - 1] + 1)
                .min(rows[previous][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[before][j - 2] + 1);
            }
            rows[current][j] = best;
            row_min = row_min.min(best);
        }
        if row_min > limit {
            return false;
        }
    }
    rows[a.len() % 3][b.len()] <= limit
}

/// Edits allowed between two name keys: none for short names, where one letter makes a
/// different person ("Anna Lutz", "Anne Lutz" may be sisters), more for long ones.
fn allowed_edits(key: &str) -> usize {
    match key.chars().count() {
        0..=9 => 0,
        10..=17 => 1,
        _ => 2,
    }
}

pub fn find_duplicates<'a>(contacts: impl IntoIterator<Item = &'a Contact>) -> Vec<DuplicatePair> {
    unpaced(find_duplicates_paced(contacts, |_| true, &mut Unpaced))
}

/// The pairs in which at least one contact is `wanted` (an import looks only for pairs
/// with a row of its file, not among the contacts stored already), telling `pace` after
/// each contact indexed and each town compared.
pub async fn find_duplicates_paced<'a>(
    contacts: impl IntoIterator<Item = &'a Contact>,
    wanted: impl Fn(&Contact) -> bool,
    pace: &mut impl Pace,
) -> Vec<DuplicatePair> {
    let live: Vec<&Contact> = contacts
        .into_iter()
        .filter(|c| !c.meta.is_deleted())
        .collect();
    let wanted: Vec<bool> = live.iter().map(|c| wanted(c)).collect();
    // Each contact is counted twice: once indexed, once compared in its town.
    let total = live.len() * 2;
    let compared = |done| Progress {
        step: WorkStep::Comparing,
        done,
        total,
    };
    let mut pairs: BTreeMap<(Uuid, Uuid), Vec<Reason>> = BTreeMap::new();
    let mut add = |a: &Contact, b: &Contact, reason: Reason| {
        let key = if a.meta.id < b.meta.id {
            (a.meta.id, b.meta.id)
        } else {
            (b.meta.id, a.meta.id)
        };
        let reasons = pairs.entry(key).or_default();
        if !reasons.contains(&reason) {
            reasons.push(reason);
        }
    };

    let mut by_value: HashMap<(u8, String), Vec<usize>> = HashMap::new();
    let mut by_town: HashMap<String, Vec<(String, usize)>> = HashMap::new();
    for (i, contact) in live.iter().enumerate() {
        pace.after(compared(i)).await;
        for phone in &contact.phones {
            by_value
                .entry((0, phone.value.clone()))
                .or_default()
                .push(i);
        }
        for email in &contact.emails {
            by_value
                .entry((1, email.value.to_lowercase()))
                .or_default()
                .push(i);
        }
        let town = contact
            .address
            .as_ref()
            .map(|a| fold(&a.city))
            .unwrap_or_default();
        let key = name_key(contact);
        if !town.trim().is_empty() && !key.is_empty() {
            by_town
                .entry(town.trim().to_owned())
                .or_default()
                .push((key, i));
        }
    }

    for ((kind, value), holders) in &by_value {
        for (n, &a) in holders.iter().enumerate() {
            for &b in &holders[n + 1..] {
                if a != b && (wanted[a] || wanted[b]) {
                    let reason = if *kind == 0 {
                        Reason::SamePhone(value.clone())
                    } else {
                        Reason::SameEmail(value.clone())
                    };
                    add(live[a], live[b], reason);
                }
            }
        }
    }

    let mut towns_done = live.len();
    for people in by_town.values() {
        pace.after(compared(towns_done)).await;
        towns_done += people.len();
        // Two names within two edits of each other share their first or their last three
        // letters unless both ends were mistyped; comparing only within those blocks
        // keeps a town of thousands fast.
        let mut blocks: HashMap<(bool, String), Vec<usize>> = HashMap::new();
        for (position, (key, _)) in people.iter().enumerate() {
            let chars: Vec<char> = key.chars().collect();
            let start: String = chars.iter().take(3).collect();
            let end: String = chars[chars.len().saturating_sub(3)..].iter().collect();
            blocks.entry((false, start)).or_default().push(position);
            blocks.entry((true, end)).or_default().push(position);
        }
        for members in blocks.values() {
            pace.after(compared(towns_done)).await;
            for (n, &x) in members.iter().enumerate() {
                for &y in &members[n + 1..] {
                    let ((key, a), (other, b)) = (&people[x], &people[y]);
                    if !(wanted[*a] || wanted[*b]) {
                        continue;
                    }
                    let limit = allowed_edits(key).min(allowed_edits(other));
                    if key == other || (limit > 0 && within_edits(key, other, limit)) {
                        let town = live[*a]
                            .address
                            .as_ref()
                            .map(|addr| addr.city.trim().to_owned())
                            .unwrap_or_default();
                        add(live[*a], live[*b], Reason::SimilarName { town });
                    }
                }
            }
        }
    }

    pace.after(compared(total)).await;
    pairs
        .into_iter()
        .map(|((first, second), mut reasons)| {
            // Found in hash order; shown phone first, then email, then name.
            order_by(&mut reasons, |r| match r {
                Reason::SamePhone(_) => 0,
                Reason::SameEmail(_) => 1,
                Reason::SimilarName { .. } => 2,
            });
            DuplicatePair {
                first,
                second,
                reasons,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests;

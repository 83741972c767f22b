//! The contact list as the Contacts page shows it: every live contact sorted by name,
//! with the line under the name, searchable as you type.

use crate::domain::contact::{Contact, Role};
use crate::domain::contact_search::{SearchEntry, SearchQuery};
use crate::domain::phone;
use crate::domain::text_fold::fold;
use uuid::Uuid;

#[derive(Clone, Debug, PartialEq)]
pub struct DirectoryRow {
    pub id: Uuid,
    pub name: String,
    /// The first phone number, readable, or else the first email address.
    pub detail: String,
    pub roles: Vec<Role>,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct ContactDirectory {
    rows: Vec<DirectoryRow>,
    entries: Vec<SearchEntry>,
}

impl ContactDirectory {
    pub fn new<'a>(contacts: impl IntoIterator<Item = &'a Contact>) -> Self {
        let mut sorted: Vec<(String, &Contact)> = contacts
            .into_iter()
            .filter(|c| !c.meta.is_deleted())
            .map(|c| (fold(&c.display_name()), c))
            .collect();
        sorted.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.meta.id.cmp(&b.1.meta.id)));
        let rows = sorted
            .iter()
            .map(|(_, c)| DirectoryRow {
                id: c.meta.id,
                name: c.display_name(),
                detail: c
                    .phones
                    .first()
                    .map(|p| phone::display(&p.value))
                    .or_else(|| c.emails.first().map(|e| e.value.clone()))
                    .unwrap_or_default(),
                roles: c.roles.clone(),
            })
            .collect();
        let entries = sorted.iter().map(|(_, c)| SearchEntry::of(c)).collect();
        ContactDirectory { rows, entries }
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    pub fn row(&self, index: usize) -> Option<&DirectoryRow> {
        self.rows.get(index)
    }

    /// Positions of the rows that match what was typed, in list order; all rows for an
    /// empty query.
    pub fn search(&self, typed: &str) -> Vec<usize> {
        let query = SearchQuery::parse(typed);
        if query.is_empty() {
            return (0..self.rows.len()).collect();
        }
        self.entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.matches(&query))
            .map(|(i, _)| i)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contact::Labeled;
    use crate::domain::sample::{Owner, SampleSize, generate};
    use chrono::{NaiveDate, Utc};

    #[test]
    fn rows_are_sorted_by_name_and_deleted_contacts_left_out() {
        let now = Utc::now();
        let mut zoe = Contact::new("Zoë", "Strauß", now);
        zoe.emails.push(Labeled {
            label: "privat".into(),
            value: "zoe@posteo.de".into(),
        });
        let mut anna = Contact::new("Anna", "Ölschläger", now);
        anna.phones.push(Labeled {
            label: "mobil".into(),
            value: "+491712345678".into(),
        });
        let mut gone = Contact::new("Björn", "Weg", now);
        gone.meta.mark_deleted(now);
        let directory = ContactDirectory::new([&zoe, &gone, &anna]);
        assert_eq!(directory.len(), 2);
        assert_eq!(directory.row(0).unwrap().name, "Anna Ölschläger");
        assert_eq!(directory.row(0).unwrap().detail, "+49 171 2345678");
        assert_eq!(directory.row(1).unwrap().detail, "zoe@posteo.de");
        assert_eq!(directory.search("zoe"), vec![1]);
        assert_eq!(directory.search(""), vec![0, 1]);
        assert!(directory.search("nobody").is_empty());
    }

    #[test]
    fn search_over_the_benchmark_contacts_finds_what_brute_force_finds() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        let contacts = generate(3, SampleSize::BENCHMARK, today, &Owner { name: "Anna" })
            .data
            .contacts;
        let directory = ContactDirectory::new(&contacts);
        let found = directory.search("muller");
        let expected = contacts
            .iter()
            .filter(|c| fold(&c.display_name()).contains("muller"))
            .count();
        assert!(
            found.len() >= expected && expected > 0,
            "{} found, {} by name",
            found.len(),
            expected
        );
        assert!(found.iter().all(|&i| {
            let row = directory.row(i).unwrap();
            let c = contacts.iter().find(|c| c.meta.id == row.id).unwrap();
            SearchEntry::of(c).matches(&SearchQuery::parse("muller"))
        }));
    }
}

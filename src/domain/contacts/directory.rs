//! The contact list as the Contacts page shows it: every live contact, searchable as you
//! type, filtered by role, tag and consent, and sorted by name, last contact or next
//! follow-up.

use crate::domain::consent::ledger::{Channel, ConsentState};
use crate::domain::contacts::contact::{Contact, Role};
use crate::domain::contacts::interaction::Interaction;
use crate::domain::contacts::search::{SearchEntry, SearchQuery};
use crate::domain::locale::phone;
use crate::domain::locale::text_fold::fold;
use crate::domain::ordering::{order_by, order_by_text};
use crate::domain::tasks::task::Task;
use chrono::{DateTime, Utc};
use std::collections::HashMap;
use uuid::Uuid;

#[derive(Clone, Debug, PartialEq)]
pub struct DirectoryRow {
    pub id: Uuid,
    pub name: String,
    /// The first phone number, readable, or else the first email address.
    pub detail: String,
    pub roles: Vec<Role>,
    pub last_contact: Option<DateTime<Utc>>,
    pub next_follow_up: Option<DateTime<Utc>>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortOrder {
    #[default]
    Name,
    /// Most recently in touch first; never contacted last.
    LastContact,
    /// Soonest open task first; none last.
    NextFollowUp,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DirectoryFilter {
    pub role: Option<Role>,
    /// Compared without case.
    pub tag: Option<String>,
    pub consent: Option<(Channel, ConsentState)>,
}

#[derive(Clone, Debug, PartialEq)]
struct Facets {
    tags: Vec<String>,
    consent: [ConsentState; 5],
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct ContactDirectory {
    /// In name order.
    rows: Vec<DirectoryRow>,
    entries: Vec<SearchEntry>,
    facets: Vec<Facets>,
}

impl ContactDirectory {
    pub fn new<'a>(
        contacts: impl IntoIterator<Item = &'a Contact>,
        interactions: impl IntoIterator<Item = &'a Interaction>,
        tasks: impl IntoIterator<Item = &'a Task>,
    ) -> Self {
        let contacts: HashMap<Uuid, &Contact> =
            contacts.into_iter().map(|c| (c.meta.id, c)).collect();
        let mut directory = Self::unsearched(contacts.values().copied(), interactions, tasks);
        directory.add_search_texts(|id| contacts.get(id).copied());
        directory
    }

    /// The list without the folded texts search needs, which cost a quarter of building
    /// it: start-up shows the list first and adds them with
    /// [`ContactDirectory::add_search_texts`] before the first search.
    pub fn unsearched<'a>(
        contacts: impl IntoIterator<Item = &'a Contact>,
        interactions: impl IntoIterator<Item = &'a Interaction>,
        tasks: impl IntoIterator<Item = &'a Task>,
    ) -> Self {
        let last_contact = last_contacts(interactions);
        let mut next_follow_up: HashMap<Uuid, DateTime<Utc>> = HashMap::new();
        for task in tasks.into_iter().filter(|t| t.is_open()) {
            if let Some(contact) = task.contact_id {
                let next = next_follow_up.entry(contact).or_insert(task.due_at);
                *next = (*next).min(task.due_at);
            }
        }
        let mut sorted: Vec<(String, &Contact)> = contacts
            .into_iter()
            .filter(|c| !c.meta.is_deleted())
            .map(|c| (fold(&c.display_name()), c))
            .collect();
        // Equal names stay in id order, so the list does not change between renders.
        order_by_text(&mut sorted, |(name, c)| format!("{name}\u{0}{}", c.meta.id));
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
                last_contact: last_contact.get(&c.meta.id).copied(),
                next_follow_up: next_follow_up.get(&c.meta.id).copied(),
            })
            .collect();
        let facets = sorted
            .iter()
            .map(|(_, c)| Facets {
                tags: c.tags.iter().map(|t| t.to_lowercase()).collect(),
                consent: Channel::ALL.map(|channel| c.consent.state(channel)),
            })
            .collect();
        ContactDirectory {
            rows,
            entries: Vec::new(),
            facets,
        }
    }

    /// Folds the search texts of the listed contacts, which `contact` finds by id.
    pub fn add_search_texts<'a>(&mut self, contact: impl Fn(&Uuid) -> Option<&'a Contact>) {
        self.entries = self
            .rows
            .iter()
            .map(|row| {
                contact(&row.id).map_or_else(|| SearchEntry::nothing(row.id), SearchEntry::of)
            })
            .collect();
    }

    /// Whether a search can run: its texts are folded.
    pub fn is_searchable(&self) -> bool {
        self.entries.len() == self.rows.len()
    }

    /// Gives each row its last contact from `interactions`, which start-up reads after
    /// the list shows.
    pub fn set_last_contacts<'a>(
        &mut self,
        interactions: impl IntoIterator<Item = &'a Interaction>,
    ) {
        let last_contact = last_contacts(interactions);
        for row in &mut self.rows {
            row.last_contact = last_contact.get(&row.id).copied();
        }
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

    /// Every tag in use, in the spelling first seen, sorted without case.
    pub fn tags(&self) -> Vec<String> {
        let mut tags: Vec<String> = self
            .facets
            .iter()
            .flat_map(|f| f.tags.iter().cloned())
            .collect();
        order_by_text(&mut tags, String::clone);
        tags.dedup();
        tags
    }

    /// Positions of the rows that match what was typed, in list order; all rows for an
    /// empty query.
    pub fn search(&self, typed: &str) -> Vec<usize> {
        self.find(typed, &DirectoryFilter::default(), SortOrder::Name)
    }

    /// Positions of the rows that match the query and the filter, in the chosen order.
    pub fn find(&self, typed: &str, filter: &DirectoryFilter, order: SortOrder) -> Vec<usize> {
        let query = SearchQuery::parse(typed);
        let tag = filter.tag.as_ref().map(|t| t.to_lowercase());
        let mut found: Vec<usize> = (0..self.rows.len())
            .filter(|&i| {
                let (row, facets) = (&self.rows[i], &self.facets[i]);
                filter.role.is_none_or(|role| row.roles.contains(&role))
                    && tag.as_ref().is_none_or(|tag| facets.tags.contains(tag))
                    && filter.consent.is_none_or(|(channel, state)| {
                        facets.consent[channel_position(channel)] == state
                    })
                    && (query.is_empty() || self.entries.get(i).is_some_and(|e| e.matches(&query)))
            })
            .collect();
        match order {
            SortOrder::Name => {}
            SortOrder::LastContact => order_by(&mut found, |&i| {
                self.rows[i]
                    .last_contact
                    .map_or(i64::MAX, |at| -at.timestamp_millis())
            }),
            SortOrder::NextFollowUp => order_by(&mut found, |&i| {
                self.rows[i]
                    .next_follow_up
                    .map_or(i64::MAX, |at| at.timestamp_millis())
            }),
        }
        found
    }
}

/// Each contact's latest interaction.
fn last_contacts<'a>(
    interactions: impl IntoIterator<Item = &'a Interaction>,
) -> HashMap<Uuid, DateTime<Utc>> {
    let mut last_contact: HashMap<Uuid, DateTime<Utc>> = HashMap::new();
    for interaction in interactions {
        let last = last_contact
            .entry(interaction.contact_id)
            .or_insert(interaction.at);
        *last = (*last).max(interaction.at);
    }
    last_contact
}

fn channel_position(channel: Channel) -> usize {
    Channel::ALL.iter().position(|&c| c == channel).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contacts::contact::Labeled;
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
        let directory = ContactDirectory::new([&zoe, &gone, &anna], [], []);
        assert_eq!(directory.len(), 2);
        assert_eq!(directory.row(0).unwrap().name, "Anna Ölschläger");
        assert_eq!(directory.row(0).unwrap().detail, "+49 171 2345678");
        assert_eq!(directory.row(1).unwrap().detail, "zoe@posteo.de");
        assert_eq!(directory.search("zoe"), vec![1]);
        assert_eq!(directory.search(""), vec![0, 1]);
        assert!(directory.search("nobody").is_empty());
    }

    /// Lower case without accents, and German umlauts spelled out as a second form,
    /// written out here by hand rather than through the search's own folding.
    fn reference_forms(text: &str) -> [String; 2] {
        let plain: String = text
            .to_lowercase()
            .chars()
            .map(|c| match c {
                'ä' | 'á' | 'à' | 'â' | 'å' | 'ã' | 'ą' => "a".to_owned(),
                'ö' | 'ó' | 'ò' | 'ô' | 'ø' | 'õ' => "o".to_owned(),
                'ü' | 'ú' | 'ù' | 'û' => "u".to_owned(),
                'é' | 'è' | 'ê' | 'ë' | 'ę' | 'ě' => "e".to_owned(),
                'í' | 'ì' | 'î' | 'ï' | 'ı' => "i".to_owned(),
                'ç' | 'č' | 'ć' => "c".to_owned(),
                'ş' | 'š' | 'ś' => "s".to_owned(),
                'ğ' => "g".to_owned(),
                'ł' => "l".to_owned(),
                'ñ' | 'ń' => "n".to_owned(),
                'ž' | 'ż' | 'ź' => "z".to_owned(),
                'ř' => "r".to_owned(),
                'ß' => "ss".to_owned(),
                other => other.to_string(),
            })
            .collect();
        let german = text
            .to_lowercase()
            .replace('ä', "ae")
            .replace('ö', "oe")
            .replace('ü', "ue")
            .replace('ß', "ss");
        [plain, german]
    }

    /// Whether every word of `query` is in one of the texts a contact is searched by.
    fn reference_match(contact: &Contact, query: &str) -> bool {
        let mut texts = vec![contact.display_name(), contact.notes.clone()];
        texts.extend(contact.work_and_nickname().iter().map(|t| (*t).to_owned()));
        texts.extend(contact.emails.iter().map(|e| e.value.clone()));
        texts.extend(contact.tags.iter().cloned());
        if let Some(a) = &contact.address {
            texts.extend([a.street.clone(), a.postal_code.clone(), a.city.clone()]);
        }
        let forms: Vec<String> = texts.iter().flat_map(|t| reference_forms(t)).collect();
        query
            .split(' ')
            .all(|word| forms.iter().any(|form| form.contains(word)))
    }

    #[test]
    fn search_over_the_benchmark_contacts_finds_what_brute_force_finds() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        let contacts = generate(3, SampleSize::BENCHMARK, today, &Owner { name: "Anna" })
            .data
            .contacts;
        let directory = ContactDirectory::new(&contacts, [], []);
        for query in [
            "muller", "mueller", "weiss", "zoe", "koln", "anna mu", "gmx",
        ] {
            let found: std::collections::BTreeSet<Uuid> = directory
                .search(query)
                .into_iter()
                .map(|i| directory.row(i).unwrap().id)
                .collect();
            let expected: std::collections::BTreeSet<Uuid> = contacts
                .iter()
                .filter(|c| reference_match(c, query))
                .map(|c| c.meta.id)
                .collect();
            assert!(!expected.is_empty(), "{query}: the sample has some");
            assert_eq!(found, expected, "{query}");
        }
    }
}

#[cfg(test)]
mod filter_tests {
    use super::*;
    use crate::domain::consent::ledger::{ConsentChange, ConsentMethod};
    use crate::domain::contacts::interaction::{Direction, InteractionKind};
    use crate::domain::record::RecordMeta;
    use crate::domain::tasks::task::TaskKind;
    use chrono::{Duration, TimeZone};

    #[test]
    fn filters_and_sorts_combine_with_search() {
        let now = Utc.with_ymd_and_hms(2026, 11, 27, 10, 0, 0).unwrap();
        let mut anna = Contact::new("Anna", "Bauer", now);
        anna.roles = vec![Role::Customer];
        anna.tags = vec!["Stammkundin".into()];
        let mut bernd = Contact::new("Bernd", "Krüger", now);
        bernd.roles = vec![Role::Prospect, Role::Host];
        bernd.consent.record(ConsentChange {
            channel: Channel::WhatsApp,
            state: ConsentState::Granted,
            at: now,
            method: ConsentMethod::InPerson,
            proof: "mündlich beim Treffen".into(),
        });
        let mut carla = Contact::new("Carla", "Dietz", now);
        carla.roles = vec![Role::Customer];
        carla.tags = vec!["stammkundin".into(), "Duft".into()];
        let talk = |contact: &Contact, days_ago: i64| Interaction {
            meta: RecordMeta::new(now),
            contact_id: contact.meta.id,
            kind: InteractionKind::Call,
            direction: Direction::Outgoing,
            at: now - Duration::days(days_ago),
            summary: String::new(),
            outcome: None,
        };
        let task = |contact: &Contact, in_days: i64| Task {
            meta: RecordMeta::new(now),
            kind: TaskKind::FollowUp,
            title: "Anrufen".into(),
            due_at: now + Duration::days(in_days),
            contact_id: Some(contact.meta.id),
            lead_id: None,
            done_at: None,
        };
        let interactions = [talk(&anna, 9), talk(&carla, 2), talk(&anna, 20)];
        let tasks = [task(&bernd, 3), task(&anna, 1), task(&bernd, 8)];
        let directory = ContactDirectory::new([&carla, &anna, &bernd], &interactions, &tasks);
        let names = |found: Vec<usize>| -> Vec<String> {
            found
                .into_iter()
                .map(|i| directory.row(i).unwrap().name.clone())
                .collect()
        };
        let all = DirectoryFilter::default();
        let customers = DirectoryFilter {
            role: Some(Role::Customer),
            ..all.clone()
        };
        assert_eq!(
            names(directory.find("", &customers, SortOrder::Name)),
            ["Anna Bauer", "Carla Dietz"]
        );
        let regulars = DirectoryFilter {
            tag: Some("STAMMKUNDIN".into()),
            ..all.clone()
        };
        assert_eq!(
            names(directory.find("dietz", &regulars, SortOrder::Name)),
            ["Carla Dietz"]
        );
        let whatsapp = DirectoryFilter {
            consent: Some((Channel::WhatsApp, ConsentState::Granted)),
            ..all.clone()
        };
        assert_eq!(
            names(directory.find("", &whatsapp, SortOrder::Name)),
            ["Bernd Krüger"]
        );
        assert_eq!(
            names(directory.find("", &all, SortOrder::LastContact)),
            ["Carla Dietz", "Anna Bauer", "Bernd Krüger"]
        );
        assert_eq!(
            names(directory.find("", &all, SortOrder::NextFollowUp)),
            ["Anna Bauer", "Bernd Krüger", "Carla Dietz"]
        );
        assert_eq!(directory.tags(), ["duft", "stammkundin"]);

        // Start-up builds the list before the interactions are read and before its
        // search texts are folded, then adds them.
        let mut at_start = ContactDirectory::unsearched([&carla, &anna, &bernd], [], &tasks);
        assert!((0..3).all(|i| at_start.row(i).unwrap().last_contact.is_none()));
        assert!(!at_start.is_searchable());
        let by_id = |id: &Uuid| {
            [&anna, &bernd, &carla]
                .into_iter()
                .find(|c| c.meta.id == *id)
        };
        at_start.add_search_texts(by_id);
        assert!(at_start.is_searchable());
        let found = at_start.search("krüger");
        assert_eq!(found.len(), 1);
        assert_eq!(at_start.row(found[0]).unwrap().name, "Bernd Krüger");
        at_start.set_last_contacts(&interactions);
        assert_eq!(at_start, directory);
    }
}

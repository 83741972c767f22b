//! Members by name: what the tree, the pickers and the search show for a member, found
//! by typing part of a name or the back office's member id.

use crate::domain::contacts::contact::Contact;
use crate::domain::locale::text_fold::fold;
use crate::domain::team::member::Member;
use std::collections::HashMap;
use uuid::Uuid;

struct Entry {
    name: String,
    folded: String,
    external_id: Option<String>,
}

pub struct TeamDirectory {
    entries: HashMap<Uuid, Entry>,
    order: Vec<Uuid>,
}

impl TeamDirectory {
    /// `contacts` looks a contact up by id; a member whose contact was erased or
    /// deleted has an empty name.
    pub fn new<'a>(
        members: impl IntoIterator<Item = &'a Member>,
        contact: impl Fn(Uuid) -> Option<&'a Contact>,
    ) -> Self {
        let mut entries = HashMap::new();
        let mut order = Vec::new();
        for member in members.into_iter().filter(|m| !m.meta.is_deleted()) {
            let name = contact(member.contact_id).map_or_else(String::new, Contact::display_name);
            order.push(member.meta.id);
            entries.insert(
                member.meta.id,
                Entry {
                    folded: fold(&name),
                    name,
                    external_id: member.external_id.clone(),
                },
            );
        }
        TeamDirectory { entries, order }
    }

    pub fn name(&self, member: Uuid) -> Option<&str> {
        self.entries
            .get(&member)
            .map(|e| e.name.as_str())
            .filter(|n| !n.is_empty())
    }

    pub fn external_id(&self, member: Uuid) -> Option<&str> {
        self.entries.get(&member)?.external_id.as_deref()
    }

    /// Members whose name has every typed word at the start of one of its words, or
    /// whose member id starts with what was typed; at most `limit`.
    pub fn search(&self, typed: &str, limit: usize) -> Vec<Uuid> {
        let query = fold(typed);
        let words: Vec<&str> = query.split(' ').filter(|w| !w.is_empty()).collect();
        if words.is_empty() {
            return Vec::new();
        }
        self.order
            .iter()
            .filter(|id| {
                let entry = &self.entries[*id];
                let by_name = words.iter().all(|w| {
                    entry
                        .folded
                        .split([' ', '-'])
                        .any(|part| part.starts_with(w))
                });
                let by_id = entry
                    .external_id
                    .as_deref()
                    .is_some_and(|e| e.starts_with(query.trim()));
                by_name || by_id
            })
            .take(limit)
            .copied()
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;

    #[test]
    fn members_are_found_by_name_parts_and_member_id() {
        let mut anna = Contact::new("Anna-Lena", "Müller", Utc::now());
        anna.meta.id = Uuid::from_u128(1_000_001);
        let mut member = Member::numbered(1, None);
        member.external_id = Some("100042".into());
        let erased = Member::numbered(2, Some(1));
        let members = [member, erased];
        let directory = TeamDirectory::new(&members, |id| (id == anna.meta.id).then_some(&anna));
        let one = vec![Uuid::from_u128(1)];
        assert_eq!(directory.search("lena mull", 5), one);
        assert_eq!(directory.search("MÜLLER", 5), one);
        assert_eq!(directory.search("10004", 5), one);
        assert!(
            directory.search("ller", 5).is_empty(),
            "words match from their start"
        );
        assert_eq!(directory.name(Uuid::from_u128(1)), Some("Anna-Lena Müller"));
        assert_eq!(
            directory.name(Uuid::from_u128(2)),
            None,
            "no contact, no name"
        );
    }
}

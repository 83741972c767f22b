//! The shape of the downline: who sits under whom by sponsorship.

use crate::domain::member::Member;
use std::collections::HashMap;
use uuid::Uuid;

/// Sponsor links of the live (not deleted) members, indexed both ways.
pub struct Genealogy {
    sponsor_of: HashMap<Uuid, Uuid>,
    children_of: HashMap<Uuid, Vec<Uuid>>,
}

impl Genealogy {
    pub fn new<'a>(members: impl IntoIterator<Item = &'a Member>) -> Self {
        let mut sponsor_of = HashMap::new();
        let mut children_of: HashMap<Uuid, Vec<Uuid>> = HashMap::new();
        for m in members.into_iter().filter(|m| !m.meta.is_deleted()) {
            if let Some(sponsor) = m.sponsor_id {
                sponsor_of.insert(m.meta.id, sponsor);
                children_of.entry(sponsor).or_default().push(m.meta.id);
            }
        }
        Genealogy {
            sponsor_of,
            children_of,
        }
    }

    pub fn children(&self, member: Uuid) -> &[Uuid] {
        self.children_of.get(&member).map_or(&[], Vec::as_slice)
    }

    /// The sponsor line from `member` up to its root, `member` first. Stops if it meets a
    /// cycle rather than looping.
    pub fn line_of_sponsorship(&self, member: Uuid) -> Vec<Uuid> {
        let mut line = vec![member];
        let mut current = member;
        while let Some(&sponsor) = self.sponsor_of.get(&current) {
            if line.contains(&sponsor) {
                break;
            }
            line.push(sponsor);
            current = sponsor;
        }
        line
    }

    /// Whether some member is its own sponsor, directly or through others.
    pub fn has_cycle(&self) -> bool {
        self.sponsor_of.keys().any(|&m| {
            let line = self.line_of_sponsorship(m);
            let last = *line.last().unwrap_or(&m);
            self.sponsor_of.get(&last).is_some_and(|s| line.contains(s))
        })
    }

    /// Whether making `sponsor` the sponsor of `member` would make a cycle.
    pub fn would_cycle(&self, member: Uuid, sponsor: Uuid) -> bool {
        self.line_of_sponsorship(sponsor).contains(&member)
    }

    /// How many members sit at each level below `root` (level 1 = sponsored by root).
    pub fn level_counts(&self, root: Uuid) -> Vec<usize> {
        let mut counts = Vec::new();
        let mut level = self.children(root).to_vec();
        while !level.is_empty() {
            counts.push(level.len());
            level = level
                .iter()
                .flat_map(|&m| self.children(m).iter().copied())
                .collect();
        }
        counts
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::member::MemberStatus;
    use crate::domain::record::RecordMeta;
    use chrono::{NaiveDate, Utc};

    fn member(id: u128, sponsor: Option<u128>) -> Member {
        Member {
            meta: RecordMeta::with_id(Uuid::from_u128(id), Utc::now()),
            contact_id: Uuid::from_u128(id + 1000),
            sponsor_id: sponsor.map(Uuid::from_u128),
            placement_parent_id: None,
            placement_leg: None,
            joined_on: NaiveDate::from_ymd_opt(2025, 1, 1).unwrap(),
            status: MemberStatus::Active,
            rank: None,
            external_id: None,
        }
    }

    #[test]
    fn levels_and_lines_follow_sponsorship() {
        let members = [
            member(1, None),
            member(2, Some(1)),
            member(3, Some(1)),
            member(4, Some(3)),
        ];
        let tree = Genealogy::new(&members);
        assert_eq!(tree.level_counts(Uuid::from_u128(1)), vec![2, 1]);
        let line: Vec<u128> = tree
            .line_of_sponsorship(Uuid::from_u128(4))
            .iter()
            .map(|u| u.as_u128())
            .collect();
        assert_eq!(line, vec![4, 3, 1]);
        assert!(!tree.has_cycle());
        assert!(tree.would_cycle(Uuid::from_u128(3), Uuid::from_u128(4)));
        assert!(!tree.would_cycle(Uuid::from_u128(4), Uuid::from_u128(2)));
    }

    #[test]
    fn a_sponsor_cycle_is_found() {
        let members = [member(1, Some(3)), member(2, Some(1)), member(3, Some(2))];
        assert!(Genealogy::new(&members).has_cycle());
    }
}

//! The shape of the downline: who sits under whom by sponsorship.

use crate::domain::parent_links::ParentLinks;
use crate::domain::team::member::Member;
use uuid::Uuid;

/// Sponsor links of the live (not deleted) members.
pub struct Genealogy {
    links: ParentLinks,
}

impl Genealogy {
    pub fn new<'a>(members: impl IntoIterator<Item = &'a Member>) -> Self {
        let links = members
            .into_iter()
            .filter(|m| !m.meta.is_deleted())
            .filter_map(|m| m.sponsor_id.map(|sponsor| (m.meta.id, sponsor)));
        Genealogy {
            links: ParentLinks::new(links),
        }
    }

    pub fn children(&self, member: Uuid) -> &[Uuid] {
        self.links.children(member)
    }

    /// The sponsor line from `member` up to its root, `member` first.
    pub fn line_of_sponsorship(&self, member: Uuid) -> Vec<Uuid> {
        let mut line = vec![member];
        line.extend(self.links.ancestors(member));
        line
    }

    /// Whether some member is its own sponsor, directly or through others.
    pub fn has_cycle(&self) -> bool {
        self.links.has_cycle()
    }

    /// Whether making `sponsor` the sponsor of `member` would make a cycle.
    pub fn would_cycle(&self, member: Uuid, sponsor: Uuid) -> bool {
        member == sponsor || self.links.cycle_through(member, sponsor).is_some()
    }

    /// How many members sit at each level below `root` (level 1 = sponsored by root).
    pub fn level_counts(&self, root: Uuid) -> Vec<usize> {
        self.links.level_counts(root)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_and_lines_follow_sponsorship() {
        let members = [
            Member::numbered(1, None),
            Member::numbered(2, Some(1)),
            Member::numbered(3, Some(1)),
            Member::numbered(4, Some(3)),
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
        let members = [
            Member::numbered(1, Some(3)),
            Member::numbered(2, Some(1)),
            Member::numbered(3, Some(2)),
        ];
        assert!(Genealogy::new(&members).has_cycle());
    }
}

//! The rep's team as the tree view walks it: the rep at the root, each member's
//! personally sponsored members in the order they joined, the rows that are on show for
//! the nodes the user opened, the path down to a member, and the levels.

use crate::domain::ordering::order_by_then_id;
use crate::domain::team::genealogy::Genealogy;
use crate::domain::team::member::Member;
use chrono::Datelike;
use std::collections::HashSet;
use uuid::Uuid;

/// One line of the tree view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TreeRow {
    pub id: Uuid,
    /// 0 for the root.
    pub depth: usize,
    pub children: usize,
    pub open: bool,
}

pub struct TeamTree {
    root: Uuid,
    genealogy: Genealogy,
}

impl TeamTree {
    pub fn new<'a>(members: impl IntoIterator<Item = &'a Member>, root: Uuid) -> Self {
        let mut by_joining: Vec<&Member> = members.into_iter().collect();
        order_by_then_id(&mut by_joining, |m| {
            i64::from(m.joined_on.num_days_from_ce())
        });
        TeamTree {
            root,
            genealogy: Genealogy::new(by_joining),
        }
    }

    pub fn root(&self) -> Uuid {
        self.root
    }

    pub fn children(&self, member: Uuid) -> &[Uuid] {
        self.genealogy.children(member)
    }

    /// The nodes open when the tree is first shown: the root and the first level, so
    /// two levels below the rep are on show.
    pub fn first_open(&self) -> HashSet<Uuid> {
        let mut open = HashSet::from([self.root]);
        open.extend(self.children(self.root));
        open
    }

    /// The rows on show, depth first; a member reached twice (a cycle in stored data)
    /// is shown once.
    pub fn rows(&self, open: &HashSet<Uuid>) -> Vec<TreeRow> {
        let mut rows = Vec::new();
        let mut seen = HashSet::new();
        let mut stack = vec![(self.root, 0)];
        while let Some((id, depth)) = stack.pop() {
            if !seen.insert(id) {
                continue;
            }
            let children = self.children(id);
            let is_open = open.contains(&id) && !children.is_empty();
            rows.push(TreeRow {
                id,
                depth,
                children: children.len(),
                open: is_open,
            });
            if is_open {
                stack.extend(children.iter().rev().map(|&child| (child, depth + 1)));
            }
        }
        rows
    }

    /// The sponsor line from the root down to `member`, both included; `None` when the
    /// member is not in the rep's tree.
    pub fn path_to(&self, member: Uuid) -> Option<Vec<Uuid>> {
        let mut line = self.genealogy.line_of_sponsorship(member);
        if line.last() != Some(&self.root) {
            return None;
        }
        line.reverse();
        Some(line)
    }

    /// The members at each level below `member`: `[0]` are those it sponsored.
    pub fn levels_below(&self, member: Uuid) -> Vec<Vec<Uuid>> {
        let mut levels: Vec<Vec<Uuid>> = Vec::new();
        let mut seen = HashSet::from([member]);
        let mut current = vec![member];
        loop {
            let next: Vec<Uuid> = current
                .iter()
                .flat_map(|&id| self.children(id).iter().copied())
                .filter(|id| seen.insert(*id))
                .collect();
            if next.is_empty() {
                return levels;
            }
            levels.push(next.clone());
            current = next;
        }
    }

    /// How many of `stored` live members the rep's tree does not reach: those whose
    /// sponsor line is broken in stored data.
    pub fn members_outside(&self, stored: usize) -> usize {
        stored.saturating_sub(1 + self.own_team_of(self.root).len())
    }

    /// Everyone below `member`, level by level.
    pub fn own_team_of(&self, member: Uuid) -> Vec<Uuid> {
        self.levels_below(member).concat()
    }
}

#[cfg(test)]
mod tests;

//! Links from each record to its one parent (sponsor, referrer), indexed both ways,
//! with the walks the features need. Stored data may hold a cycle from an older version
//! or a bad import, so every walk stops at a repeat instead of looping.

use std::collections::HashMap;
use uuid::Uuid;

#[derive(Default)]
pub struct ParentLinks {
    parent_of: HashMap<Uuid, Uuid>,
    children_of: HashMap<Uuid, Vec<Uuid>>,
}

impl ParentLinks {
    /// From `(child, parent)` pairs.
    pub fn new(links: impl IntoIterator<Item = (Uuid, Uuid)>) -> Self {
        let mut all = ParentLinks::default();
        for (child, parent) in links {
            all.parent_of.insert(child, parent);
            all.children_of.entry(parent).or_default().push(child);
        }
        all
    }

    pub fn children(&self, id: Uuid) -> &[Uuid] {
        self.children_of.get(&id).map_or(&[], Vec::as_slice)
    }

    /// The ancestors of `id`, nearest first, stopping before any repeat.
    pub fn ancestors(&self, id: Uuid) -> Vec<Uuid> {
        let mut line = Vec::new();
        let mut current = id;
        while let Some(&parent) = self.parent_of.get(&current) {
            if parent == id || line.contains(&parent) {
                break;
            }
            line.push(parent);
            current = parent;
        }
        line
    }

    /// The chain that giving `id` the parent `parent` would close into a circle, from
    /// `parent` up to `id`; `None` when it would not.
    pub fn cycle_through(&self, id: Uuid, parent: Uuid) -> Option<Vec<Uuid>> {
        let mut chain = vec![parent];
        chain.extend(self.ancestors(parent));
        let end = chain.iter().position(|&c| c == id)?;
        chain.truncate(end + 1);
        Some(chain)
    }

    /// Whether some record is its own ancestor.
    pub fn has_cycle(&self) -> bool {
        self.parent_of
            .iter()
            .any(|(&child, &parent)| self.cycle_through(child, parent).is_some())
    }

    /// How many records sit at each level below `root` (level 1 = its children).
    pub fn level_counts(&self, root: Uuid) -> Vec<usize> {
        let mut counts = Vec::new();
        let mut level = self.children(root).to_vec();
        let mut seen = std::collections::HashSet::from([root]);
        while !level.is_empty() {
            level.retain(|id| seen.insert(*id));
            if level.is_empty() {
                break;
            }
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

    fn id(n: u128) -> Uuid {
        Uuid::from_u128(n)
    }

    #[test]
    fn walks_up_and_down() {
        let links = ParentLinks::new([(id(2), id(1)), (id(3), id(1)), (id(4), id(3))]);
        assert_eq!(links.ancestors(id(4)), vec![id(3), id(1)]);
        assert_eq!(links.level_counts(id(1)), vec![2, 1]);
        assert_eq!(links.children(id(3)), &[id(4)]);
        assert!(!links.has_cycle());
        assert_eq!(links.cycle_through(id(3), id(4)), Some(vec![id(4), id(3)]));
        assert_eq!(links.cycle_through(id(4), id(2)), None);
    }

    #[test]
    fn stored_cycles_are_found_and_never_loop() {
        let links = ParentLinks::new([(id(1), id(3)), (id(2), id(1)), (id(3), id(2))]);
        assert!(links.has_cycle());
        assert_eq!(links.ancestors(id(1)), vec![id(3), id(2)]);
        assert_eq!(links.level_counts(id(1)), vec![1, 1]);
    }
}

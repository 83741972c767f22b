//! The figures a downline is steered by, for one month: each member's personal volume
//! (PV), group volume (GV: the whole subtree, or down to the levels the plan counts),
//! the volume of each leg, whether the member is active, how many legs hold an active
//! member and how many personally sponsored members are active.
//!
//! One pass over the tree, children before parents, so 5,000 members take well under a
//! millisecond. Stored data may hold a sponsor cycle (an old version, a bad import):
//! members not reachable from a root keep their own PV and nothing else, and no walk
//! loops.

use crate::domain::team::member::Member;
use crate::domain::team::volume::Volume;
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

/// What the plan says about counting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RollUpRules {
    /// A member is active in a month with at least this PV (hundredths of a point).
    pub active_from_centipoints: u64,
    /// Levels below the member that count towards GV; `None` for the whole subtree.
    pub levels: Option<usize>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MemberFigures {
    pub personal: u64,
    pub group: u64,
    /// Each personally sponsored member's leg and its volume (counted like GV, one
    /// level less), in the order the members were given.
    pub legs: Vec<(Uuid, u64)>,
    pub active: bool,
    /// Legs with at least one active member.
    pub active_legs: u32,
    pub sponsored_active: u32,
}

pub struct RollUp {
    position: HashMap<Uuid, usize>,
    figures: Vec<MemberFigures>,
}

impl RollUp {
    pub fn of(&self, member: Uuid) -> Option<&MemberFigures> {
        self.position.get(&member).map(|&at| &self.figures[at])
    }

    pub fn of_mut(&mut self, member: Uuid) -> Option<&mut MemberFigures> {
        self.position.get(&member).map(|&at| &mut self.figures[at])
    }
}

/// `volumes` are the month's; several records of one member add up. Volume rolls up
/// along sponsorship.
pub fn roll_up<'a>(
    members: impl IntoIterator<Item = &'a Member>,
    volumes: impl IntoIterator<Item = &'a Volume>,
    rules: RollUpRules,
) -> RollUp {
    let links = members
        .into_iter()
        .filter(|m| !m.meta.is_deleted())
        .map(|m| (m.meta.id, m.sponsor_id))
        .collect();
    roll_up_tree(links, volumes, rules, &HashSet::new())
}

/// The roll-up over any tree of `(member, parent)` links, such as a binary plan's
/// placement. Members in `broken_away` keep their own figures, but their group volume
/// no longer counts for anyone above them (a stairstep plan's breakaway); they still
/// count as an active leg.
pub fn roll_up_tree<'a>(
    links: Vec<(Uuid, Option<Uuid>)>,
    volumes: impl IntoIterator<Item = &'a Volume>,
    rules: RollUpRules,
    broken_away: &HashSet<Uuid>,
) -> RollUp {
    let position: HashMap<Uuid, usize> = links
        .iter()
        .enumerate()
        .map(|(at, (id, _))| (*id, at))
        .collect();
    let count = links.len();
    let mut personal = vec![0u64; count];
    for volume in volumes {
        if let Some(&at) = position.get(&volume.member_id)
            && !volume.meta.is_deleted()
        {
            personal[at] += u64::from(volume.personal_centipoints);
        }
    }
    let sponsor: Vec<Option<usize>> = links
        .iter()
        .enumerate()
        .map(|(at, (_, parent))| {
            parent
                .and_then(|p| position.get(&p).copied())
                .filter(|&p| p != at)
        })
        .collect();
    let counts_upward: Vec<bool> = links
        .iter()
        .map(|(id, _)| !broken_away.contains(id))
        .collect();
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); count];
    for (at, parent) in sponsor.iter().enumerate() {
        if let Some(parent) = parent {
            children[*parent].push(at);
        }
    }

    // Parents before children, from the roots; members in a cycle are never reached.
    let mut order: Vec<usize> = (0..count).filter(|&at| sponsor[at].is_none()).collect();
    let mut next = 0;
    while next < order.len() {
        let at = order[next];
        order.extend(children[at].iter().copied());
        next += 1;
    }
    let mut reached = vec![false; count];
    for &at in &order {
        reached[at] = true;
    }

    // Volume by depth below each member: [0] is its own PV, [d] the PV d levels down.
    let depth = rules.levels.map_or(1, |levels| levels + 1);
    let mut by_depth = vec![0u64; count * depth];
    let mut whole = personal.clone();
    let mut holds_active: Vec<bool> = personal
        .iter()
        .map(|&pv| pv >= rules.active_from_centipoints)
        .collect();
    for &at in order.iter().rev() {
        by_depth[at * depth] = personal[at];
        for &child in &children[at] {
            holds_active[at] |= holds_active[child];
            if !counts_upward[child] {
                continue;
            }
            whole[at] += whole[child];
            for d in 1..depth {
                by_depth[at * depth + d] += by_depth[child * depth + d - 1];
            }
        }
    }
    let counted = |at: usize, levels: usize| -> u64 {
        match rules.levels {
            None => whole[at],
            Some(_) => by_depth[at * depth..at * depth + levels.min(depth - 1) + 1]
                .iter()
                .sum(),
        }
    };
    let levels = depth - 1;
    let figures = (0..count)
        .map(|at| {
            let active = personal[at] >= rules.active_from_centipoints;
            if !reached[at] {
                return MemberFigures {
                    personal: personal[at],
                    group: personal[at],
                    active,
                    ..MemberFigures::default()
                };
            }
            let leg_volume = |child: usize| match rules.levels {
                _ if !counts_upward[child] => 0,
                Some(0) => 0,
                _ => counted(child, levels.saturating_sub(1)),
            };
            let legs: Vec<(Uuid, u64)> = children[at]
                .iter()
                .map(|&child| (links[child].0, leg_volume(child)))
                .collect();
            MemberFigures {
                personal: personal[at],
                group: counted(at, levels),
                active,
                active_legs: children[at].iter().filter(|&&c| holds_active[c]).count() as u32,
                sponsored_active: children[at]
                    .iter()
                    .filter(|&&c| personal[c] >= rules.active_from_centipoints)
                    .count() as u32,
                legs,
            }
        })
        .collect();
    RollUp { position, figures }
}

#[cfg(test)]
mod tests;

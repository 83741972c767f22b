//! Where every member of the team stands in a month under the rep's plan: their figures
//! (PV, GV, legs, active), the rank those figures qualify for and, in a binary plan, the
//! two legs with what carried over from the month before.

use crate::domain::ordering::order_by_then_id;
use crate::domain::team::member::Member;
use crate::domain::team::plan::{CompPlan, PlanKind};
use crate::domain::team::rank_rules::{binary_month, qualified_rank};
use crate::domain::team::rollup::{MemberFigures, RollUp, roll_up_tree};
use crate::domain::team::volume::{Period, Volume};
use chrono::Datelike;
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

/// A binary plan's two legs in a month, in hundredths of a point.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BinaryLegs {
    pub left: u64,
    pub right: u64,
    pub carried_in: (u64, u64),
    /// The weaker leg's volume with what was carried in: what ranks count.
    pub paired: u64,
    pub carried_out: (u64, u64),
}

pub struct TeamMonth {
    pub period: Period,
    figures: RollUp,
    ranks: HashMap<Uuid, usize>,
    binary: HashMap<Uuid, BinaryLegs>,
    broken_away: HashSet<Uuid>,
}

impl TeamMonth {
    /// The member's figures as shown: GV is the whole counted group.
    pub fn figures(&self, member: Uuid) -> Option<&MemberFigures> {
        self.figures.of(member)
    }

    /// The figures the rank rules measure: in a binary plan the group volume is the
    /// weaker leg's.
    pub fn rank_figures(&self, member: Uuid) -> Option<MemberFigures> {
        let mut figures = self.figures.of(member)?.clone();
        if let Some(legs) = self.binary.get(&member) {
            figures.group = legs.paired;
        }
        Some(figures)
    }

    /// The ladder position the month's figures qualify for.
    pub fn rank(&self, member: Uuid) -> Option<usize> {
        self.ranks.get(&member).copied()
    }

    pub fn binary_legs(&self, member: Uuid) -> Option<BinaryLegs> {
        self.binary.get(&member).copied()
    }

    /// In a stairstep plan: whether the member's group no longer counts upward.
    pub fn broke_away(&self, member: Uuid) -> bool {
        self.broken_away.contains(&member)
    }
}

/// The months from `first` to `last`, oldest first. A binary plan's carry-over starts
/// with the oldest stored volume, so every month holds what was carried into it.
pub fn team_months<'a>(
    members: impl IntoIterator<Item = &'a Member>,
    volumes: impl IntoIterator<Item = &'a Volume>,
    plan: &CompPlan,
    first: Period,
    last: Period,
) -> Vec<TeamMonth> {
    let live: Vec<&Member> = members
        .into_iter()
        .filter(|m| !m.meta.is_deleted())
        .collect();
    let mut by_period: HashMap<Period, Vec<&Volume>> = HashMap::new();
    for volume in volumes.into_iter().filter(|v| !v.meta.is_deleted()) {
        by_period.entry(volume.period).or_default().push(volume);
    }
    let start = match plan.kind {
        PlanKind::Binary => by_period
            .keys()
            .copied()
            .min()
            .map_or(first, |p| p.min(first)),
        _ => first,
    };
    let sponsor_links: Vec<(Uuid, Option<Uuid>)> =
        live.iter().map(|m| (m.meta.id, m.sponsor_id)).collect();
    let sides = match plan.kind {
        PlanKind::Binary => binary_sides(&live),
        _ => HashMap::new(),
    };
    let mut carried: HashMap<Uuid, (u64, u64)> = HashMap::new();
    let mut months = Vec::new();
    let mut period = start;
    while period <= last {
        let month_volumes = by_period.get(&period).map_or(&[][..], Vec::as_slice);
        let month = match plan.kind {
            PlanKind::Binary => binary_team_month(
                &live,
                &sponsor_links,
                &sides,
                month_volumes,
                plan,
                period,
                &mut carried,
            ),
            _ => sponsor_team_month(&sponsor_links, month_volumes, plan, period),
        };
        if period >= first {
            months.push(month);
        }
        period = period.next();
    }
    months
}

/// One month; for a binary plan, the carry-over of every earlier stored month is in it.
pub fn team_month<'a>(
    members: impl IntoIterator<Item = &'a Member>,
    volumes: impl IntoIterator<Item = &'a Volume>,
    plan: &CompPlan,
    period: Period,
) -> TeamMonth {
    team_months(members, volumes, plan, period, period)
        .pop()
        .expect("the month asked for is computed")
}

/// Each member's rank; `weaker_legs` (a binary plan's) replaces the group volume the
/// ranks count.
fn ranks_of(
    figures: &RollUp,
    ids: impl Iterator<Item = Uuid>,
    plan: &CompPlan,
    weaker_legs: Option<&HashMap<Uuid, BinaryLegs>>,
) -> HashMap<Uuid, usize> {
    let ladder = plan.counted_ladder();
    ids.filter_map(|id| {
        let shown = figures.of(id)?;
        let rank = match weaker_legs {
            None => qualified_rank(&ladder, shown),
            Some(legs) => {
                let mut counted = shown.clone();
                counted.group = legs.get(&id).map_or(0, |l| l.paired);
                qualified_rank(&ladder, &counted)
            }
        };
        Some((id, rank?))
    })
    .collect()
}

/// Unilevel and stairstep: volume rolls up along sponsorship. A stairstep breakaway
/// takes the member's group out of the upline's; whether a member breaks away depends
/// on their own group, which depends on breakaways below, so it is settled from the
/// bottom: each round fixes at least one more level, and it stops when nothing changes.
fn sponsor_team_month(
    links: &[(Uuid, Option<Uuid>)],
    volumes: &[&Volume],
    plan: &CompPlan,
    period: Period,
) -> TeamMonth {
    let rules = plan.roll_up_rules();
    let ids = || links.iter().map(|(id, _)| *id);
    let mut broken_away = HashSet::new();
    // Settled after at most one round per level; the count only guards the loop.
    for round in 0.. {
        let figures = roll_up_tree(links.to_vec(), volumes.iter().copied(), rules, &broken_away);
        let ranks = ranks_of(&figures, ids(), plan, None);
        let breaking: HashSet<Uuid> = match (plan.kind, plan.breakaway_rank) {
            (PlanKind::Stairstep, Some(from)) => links
                .iter()
                .filter(|(id, parent)| {
                    parent.is_some() && ranks.get(id).is_some_and(|&r| r >= from)
                })
                .map(|(id, _)| *id)
                .collect(),
            _ => HashSet::new(),
        };
        if breaking == broken_away || round > links.len() {
            return TeamMonth {
                period,
                figures,
                ranks,
                binary: HashMap::new(),
                broken_away,
            };
        }
        broken_away = breaking;
    }
    unreachable!("the rounds above always return")
}

/// Binary: volume rolls up along placement (a member without one is placed under the
/// sponsor); each placed member sits in the left or right leg of their parent.
/// Sponsored actives still follow sponsorship.
fn binary_team_month(
    live: &[&Member],
    sponsor_links: &[(Uuid, Option<Uuid>)],
    sides: &HashMap<Uuid, u8>,
    volumes: &[&Volume],
    plan: &CompPlan,
    period: Period,
    carried: &mut HashMap<Uuid, (u64, u64)>,
) -> TeamMonth {
    let rules = plan.roll_up_rules();
    let placement: Vec<(Uuid, Option<Uuid>)> = live
        .iter()
        .map(|m| (m.meta.id, m.placement_parent_id.or(m.sponsor_id)))
        .collect();
    let none = HashSet::new();
    let mut figures = roll_up_tree(placement, volumes.iter().copied(), rules, &none);
    let by_sponsor = roll_up_tree(
        sponsor_links.to_vec(),
        volumes.iter().copied(),
        rules,
        &none,
    );
    // A placed member's team holds an active member when they are active themselves or
    // one of their own legs does.
    let holds_active: HashSet<Uuid> = live
        .iter()
        .map(|m| m.meta.id)
        .filter(|&id| {
            figures
                .of(id)
                .is_some_and(|f| f.active || f.active_legs > 0)
        })
        .collect();
    let mut binary = HashMap::new();
    for member in live {
        let id = member.meta.id;
        let sponsored_active = by_sponsor.of(id).map_or(0, |f| f.sponsored_active);
        let Some(own) = figures.of_mut(id) else {
            continue;
        };
        own.sponsored_active = sponsored_active;
        let (mut left, mut right) = (0, 0);
        let mut active_sides = [false; 2];
        for (leg, volume) in &own.legs {
            let side = usize::from(sides.get(leg).copied().unwrap_or(0).min(1));
            if side == 1 {
                right += volume;
            } else {
                left += volume;
            }
            active_sides[side] |= holds_active.contains(leg);
        }
        // A binary plan has two legs, whatever the number of members placed directly.
        own.active_legs = active_sides.iter().filter(|&&a| a).count() as u32;
        let carried_in = carried.get(&id).copied().unwrap_or_default();
        let (paired, carried_out) = binary_month(left, right, carried_in);
        carried.insert(id, carried_out);
        binary.insert(
            id,
            BinaryLegs {
                left,
                right,
                carried_in,
                paired,
                carried_out,
            },
        );
    }
    let ranks = ranks_of(
        &figures,
        live.iter().map(|m| m.meta.id),
        plan,
        Some(&binary),
    );
    TeamMonth {
        period,
        figures,
        ranks,
        binary,
        broken_away: HashSet::new(),
    }
}

/// Each member's leg under their placement parent: 0 left, 1 right. A member without a
/// recorded leg goes to the side with fewer members so far, in order of joining, as
/// binary plans place spill-over.
fn binary_sides(live: &[&Member]) -> HashMap<Uuid, u8> {
    let mut ordered: Vec<&Member> = live.to_vec();
    order_by_then_id(&mut ordered, |m| i64::from(m.joined_on.num_days_from_ce()));
    let mut filled: HashMap<Uuid, [usize; 2]> = HashMap::new();
    let mut sides = HashMap::new();
    for member in ordered {
        let Some(parent) = member.placement_parent_id.or(member.sponsor_id) else {
            continue;
        };
        let count = filled.entry(parent).or_default();
        let side = match member.placement_leg {
            Some(leg) => leg.min(1),
            None => u8::from(count[1] < count[0]),
        };
        count[usize::from(side)] += 1;
        sides.insert(member.meta.id, side);
    }
    sides
}

#[cfg(test)]
mod tests;

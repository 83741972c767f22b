//! What stands between a member and the next rank in a month: every requirement as
//! have / need, the single changes that would reach it ("250 more PV in Anna's leg
//! reaches Gold"), and the legs that carry more of the group volume than the plan counts.

use crate::domain::ordering::order_by;
use crate::domain::team::month::TeamMonth;
use crate::domain::team::plan::{CompPlan, PlanKind};
use crate::domain::team::rank_rules::{Progress, RankRule, Requirement};
use uuid::Uuid;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LegChoice {
    /// The leg headed by this personally sponsored (or placed) member.
    Leg(Uuid),
    /// A binary plan's left (0) or right (1) leg.
    Side(u8),
}

/// Volume (hundredths of a point) that, added to one leg alone, reaches the next rank.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WhatIf {
    pub leg: LegChoice,
    pub more: u64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RankOutlook {
    pub current: Option<usize>,
    pub next: Option<usize>,
    /// The next rank's requirements; empty at the top of the ladder.
    pub progress: Vec<Progress>,
    /// Smallest first.
    pub what_if: Vec<WhatIf>,
    /// Legs above the share the next rank (or, at the top, the current one) counts,
    /// with the volume that does not count.
    pub over_cap: Vec<(Uuid, u64)>,
}

pub fn rank_outlook(plan: &CompPlan, month: &TeamMonth, member: Uuid) -> Option<RankOutlook> {
    let figures = month.rank_figures(member)?;
    let current = month.rank(member);
    let next = match current {
        Some(at) if at + 1 < plan.ladder.len() => Some(at + 1),
        Some(_) => None,
        None => (!plan.ladder.is_empty()).then_some(0),
    };
    let ladder = plan.counted_ladder();
    let rule: Option<&RankRule> = next.or(current).map(|at| &ladder[at]);
    let progress = next.map_or_else(Vec::new, |at| ladder[at].progress(&figures));
    let over_cap = rule.map_or_else(Vec::new, |r| r.legs_over_cap(&figures));
    let mut what_if: Vec<WhatIf> = match (next, plan.kind) {
        (None, _) => Vec::new(),
        (Some(at), PlanKind::Binary) => binary_what_if(&ladder[at], &progress, month, member)
            .into_iter()
            .collect(),
        (Some(at), _) => figures
            .legs
            .iter()
            // Volume in a leg that broke away no longer counts for this member.
            .filter(|(leg, _)| !month.broke_away(*leg))
            .filter_map(|(leg, _)| {
                let more = ladder[at].volume_needed_in_leg(&figures, *leg)?;
                Some(WhatIf {
                    leg: LegChoice::Leg(*leg),
                    more,
                })
            })
            .collect(),
    };
    order_by(&mut what_if, |w| w.more as i64);
    what_if.truncate(3);
    Some(RankOutlook {
        current,
        next,
        progress,
        what_if,
        over_cap,
    })
}

/// In a binary plan only the weaker leg counts, so more volume there reaches the rank
/// when everything else is met and the stronger leg already holds enough.
fn binary_what_if(
    rule: &RankRule,
    progress: &[Progress],
    month: &TeamMonth,
    member: Uuid,
) -> Option<WhatIf> {
    let legs = month.binary_legs(member)?;
    let others_met = progress
        .iter()
        .all(|p| p.requirement == Requirement::Group || p.met());
    let left = legs.left + legs.carried_in.0;
    let right = legs.right + legs.carried_in.1;
    let (weaker_side, weaker, stronger) = if left <= right {
        (0, left, right)
    } else {
        (1, right, left)
    };
    let more = rule.min_group.saturating_sub(weaker);
    (others_met && more > 0 && stronger >= rule.min_group).then_some(WhatIf {
        leg: LegChoice::Side(weaker_side),
        more,
    })
}

#[cfg(test)]
mod tests;

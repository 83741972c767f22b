//! A compensation plan's rank ladder and how a member stands against it: which rank the
//! month's figures qualify for, every requirement of the next rank as "have / need", how
//! much more volume in one leg would reach it, and whether one leg carries more of the
//! group volume than the plan counts.
//!
//! The maximum-leg rule works as plans word it: of the group volume a rank requires, at
//! most a given share may come from one leg; volume above that share does not count.

use crate::domain::team::rollup::MemberFigures;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RankRule {
    pub name: String,
    /// Volumes in hundredths of a point.
    pub min_personal: u64,
    pub min_group: u64,
    pub min_active_legs: u32,
    pub min_sponsored_active: u32,
    /// At most this share (percent) of `min_group` may come from one leg.
    pub max_leg_percent: Option<u8>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Requirement {
    Personal,
    Group,
    ActiveLegs,
    SponsoredActive,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    pub requirement: Requirement,
    pub have: u64,
    pub need: u64,
}

impl Progress {
    pub fn met(&self) -> bool {
        self.have >= self.need
    }
}

impl RankRule {
    /// The most one leg may add to the group volume this rank counts.
    fn leg_cap(&self) -> Option<u64> {
        self.max_leg_percent
            .map(|percent| self.min_group * u64::from(percent) / 100)
    }

    /// The group volume this rank counts: personal volume plus each leg up to the cap.
    pub fn countable_group(&self, figures: &MemberFigures) -> u64 {
        match self.leg_cap() {
            None => figures.group,
            Some(cap) => {
                figures.personal + figures.legs.iter().map(|(_, v)| (*v).min(cap)).sum::<u64>()
            }
        }
    }

    pub fn progress(&self, figures: &MemberFigures) -> Vec<Progress> {
        let item = |requirement, have, need| Progress {
            requirement,
            have,
            need,
        };
        vec![
            item(Requirement::Personal, figures.personal, self.min_personal),
            item(
                Requirement::Group,
                self.countable_group(figures),
                self.min_group,
            ),
            item(
                Requirement::ActiveLegs,
                u64::from(figures.active_legs),
                u64::from(self.min_active_legs),
            ),
            item(
                Requirement::SponsoredActive,
                u64::from(figures.sponsored_active),
                u64::from(self.min_sponsored_active),
            ),
        ]
    }

    /// Whether every requirement is met; the same test as [`RankRule::progress`], without
    /// building the list, as it runs for every member and rank each month.
    pub fn met_by(&self, figures: &MemberFigures) -> bool {
        figures.personal >= self.min_personal
            && figures.active_legs >= self.min_active_legs
            && figures.sponsored_active >= self.min_sponsored_active
            && self.countable_group(figures) >= self.min_group
    }

    /// Legs carrying more than the rank counts, with the volume that does not count.
    pub fn legs_over_cap(&self, figures: &MemberFigures) -> Vec<(Uuid, u64)> {
        let Some(cap) = self.leg_cap() else {
            return Vec::new();
        };
        figures
            .legs
            .iter()
            .filter(|(_, volume)| *volume > cap)
            .map(|(leg, volume)| (*leg, volume - cap))
            .collect()
    }

    /// How much more volume in `leg` would meet the group requirement, when only that
    /// stands in the way; `None` when that leg alone cannot do it (because of the cap)
    /// or other requirements are not met.
    pub fn volume_needed_in_leg(&self, figures: &MemberFigures, leg: Uuid) -> Option<u64> {
        let others_met = self
            .progress(figures)
            .iter()
            .all(|p| p.requirement == Requirement::Group || p.met());
        let (_, in_leg) = figures.legs.iter().find(|(id, _)| *id == leg)?;
        let missing = self.min_group.saturating_sub(self.countable_group(figures));
        if !others_met || missing == 0 {
            return None;
        }
        let room = self
            .leg_cap()
            .map_or(u64::MAX, |cap| cap.saturating_sub(*in_leg));
        (missing <= room).then_some(missing)
    }
}

#[cfg(test)]
impl RankRule {
    /// A rank needing 100 PV and the given group volume (in points), active legs,
    /// sponsored actives and leg share, for the downline's tests.
    pub fn needing(name: &str, gv: u64, legs: u32, sponsored: u32, max_leg: Option<u8>) -> Self {
        RankRule {
            name: name.into(),
            min_personal: 100 * 100,
            min_group: gv * 100,
            min_active_legs: legs,
            min_sponsored_active: sponsored,
            max_leg_percent: max_leg,
        }
    }
}

/// The highest rank whose every requirement the figures meet (the ladder goes up).
pub fn qualified_rank(ladder: &[RankRule], figures: &MemberFigures) -> Option<usize> {
    ladder.iter().rposition(|rule| rule.met_by(figures))
}

/// A binary plan's month: the weaker leg's volume (with what was carried over) is what
/// counts, and the stronger leg's remainder carries over to the next month.
pub fn binary_month(left: u64, right: u64, carried: (u64, u64)) -> (u64, (u64, u64)) {
    let (left, right) = (left + carried.0, right + carried.1);
    let weaker = left.min(right);
    (weaker, (left - weaker, right - weaker))
}

#[cfg(test)]
mod tests;

//! The figures the team pages show for one member in the chosen month: members and
//! active members per level below them, their whole team, and what stands between them
//! and the next rank. The pages hold the month and the tree (from [`crate::app::team`]);
//! these work on them, so that no page computes a figure itself.

use crate::domain::team::levels::{self, LevelCount};
use crate::domain::team::month::TeamMonth;
use crate::domain::team::plan::CompPlan;
use crate::domain::team::rank_outlook::{self, RankOutlook};
use crate::domain::team::tree::TeamTree;
use uuid::Uuid;

/// One entry per level below `member`, level 1 first.
pub fn level_counts(tree: &TeamTree, month: &TeamMonth, member: Uuid) -> Vec<LevelCount> {
    levels::level_counts(tree, month, member)
}

/// Members and active members on all levels below `member` together.
pub fn team_count(tree: &TeamTree, month: &TeamMonth, member: Uuid) -> LevelCount {
    levels::team_count(&levels::level_counts(tree, month, member))
}

/// `member`'s rank in the month and what the next one needs; `None` for a member the
/// month does not hold.
pub fn rank_outlook(plan: &CompPlan, month: &TeamMonth, member: Uuid) -> Option<RankOutlook> {
    rank_outlook::rank_outlook(plan, month, member)
}

//! A member's downline in numbers for a month: members and actives on each level.

use crate::domain::team::month::TeamMonth;
use crate::domain::team::tree::TeamTree;
use uuid::Uuid;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LevelCount {
    pub members: usize,
    pub active: usize,
}

/// One entry per level below `member`, level 1 first.
pub fn level_counts(tree: &TeamTree, month: &TeamMonth, member: Uuid) -> Vec<LevelCount> {
    tree.levels_below(member)
        .iter()
        .map(|level| LevelCount {
            members: level.len(),
            active: level
                .iter()
                .filter(|&&id| month.figures(id).is_some_and(|f| f.active))
                .count(),
        })
        .collect()
}

/// The whole downline: every level added up.
pub fn team_count(levels: &[LevelCount]) -> LevelCount {
    levels
        .iter()
        .fold(LevelCount::default(), |sum, level| LevelCount {
            members: sum.members + level.members,
            active: sum.active + level.active,
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::locale::language::Language;
    use crate::domain::team::member::Member;
    use crate::domain::team::month::team_month;
    use crate::domain::team::plan::CompPlan;
    use crate::domain::team::volume::{Period, Volume};

    #[test]
    fn levels_count_members_and_the_month_s_actives() {
        let month = Period {
            year: 2026,
            month: 11,
        };
        let members = [
            Member::numbered(1, None),
            Member::numbered(2, Some(1)),
            Member::numbered(3, Some(1)),
            Member::numbered(4, Some(2)),
        ];
        let volumes = [Volume::points(2, month, 150), Volume::points(4, month, 99)];
        let plan = CompPlan::unilevel_preset(Language::De);
        let figures = team_month(&members, &volumes, &plan, month);
        let tree = TeamTree::new(&members, Uuid::from_u128(1));
        let levels = level_counts(&tree, &figures, Uuid::from_u128(1));
        assert_eq!(
            levels,
            [
                LevelCount {
                    members: 2,
                    active: 1
                },
                LevelCount {
                    members: 1,
                    active: 0
                }
            ],
            "99 PV is below the preset's 100"
        );
        assert_eq!(
            team_count(&levels),
            LevelCount {
                members: 3,
                active: 1
            }
        );
    }
}

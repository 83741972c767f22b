//! The company's compensation plan as far as reps steer by it: how volume counts (plan
//! type, levels, the active threshold) and the rank ladder. Commissions are not part of
//! it. Two presets, a unilevel and a binary plan, start the rep off; both can be edited.

use crate::domain::locale::language::Language;
use crate::domain::team::rank_rules::RankRule;
use crate::domain::team::rollup::RollUpRules;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PlanKind {
    /// Everyone the member sponsored, and theirs, down to the levels the plan counts.
    Unilevel,
    /// Two legs by placement; the weaker leg's volume counts, the rest carries over.
    Binary,
    /// Like unilevel, but a member who reaches the breakaway rank takes their group out
    /// of their upline's group volume.
    Stairstep,
}

impl PlanKind {
    pub const ALL: [PlanKind; 3] = [PlanKind::Unilevel, PlanKind::Binary, PlanKind::Stairstep];
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompPlan {
    pub kind: PlanKind,
    /// A member is active in a month with at least this PV (hundredths of a point).
    pub active_from_centipoints: u64,
    /// Levels below a member that count towards GV; `None` for the whole group.
    pub group_levels: Option<u8>,
    /// Stairstep plans: the ladder position from which a member breaks away.
    pub breakaway_rank: Option<usize>,
    /// Lowest rank first.
    pub ladder: Vec<RankRule>,
}

const POINT: u64 = 100;

fn rank(name: &str, pv: u64, gv: u64, legs: u32, sponsored: u32, max_leg: Option<u8>) -> RankRule {
    RankRule {
        name: name.into(),
        min_personal: pv * POINT,
        min_group: gv * POINT,
        min_active_legs: legs,
        min_sponsored_active: sponsored,
        max_leg_percent: max_leg,
    }
}

fn metal_names(lang: Language) -> [&'static str; 5] {
    match lang {
        Language::De => ["Bronze", "Silber", "Gold", "Platin", "Diamant"],
        Language::En => ["Bronze", "Silver", "Gold", "Platinum", "Diamond"],
    }
}

impl CompPlan {
    /// A unilevel plan as many direct-selling companies run it: group volume over six
    /// levels, and from Gold on no leg may carry more than a share of it.
    pub fn unilevel_preset(lang: Language) -> Self {
        let [bronze, silver, gold, platinum, diamond] = metal_names(lang);
        CompPlan {
            kind: PlanKind::Unilevel,
            active_from_centipoints: 100 * POINT,
            group_levels: Some(6),
            breakaway_rank: None,
            ladder: vec![
                rank(bronze, 100, 0, 0, 0, None),
                rank(silver, 100, 1_000, 2, 2, None),
                rank(gold, 100, 5_000, 3, 3, Some(60)),
                rank(platinum, 150, 20_000, 4, 4, Some(50)),
                rank(diamond, 200, 80_000, 6, 5, Some(40)),
            ],
        }
    }

    /// A binary plan: ranks by the weaker leg's volume, both legs active from Silver on.
    pub fn binary_preset(lang: Language) -> Self {
        let [bronze, silver, gold, platinum, diamond] = metal_names(lang);
        CompPlan {
            kind: PlanKind::Binary,
            active_from_centipoints: 100 * POINT,
            group_levels: None,
            breakaway_rank: None,
            ladder: vec![
                rank(bronze, 100, 300, 0, 1, None),
                rank(silver, 100, 1_000, 2, 2, None),
                rank(gold, 100, 3_000, 2, 2, None),
                rank(platinum, 150, 10_000, 2, 4, None),
                rank(diamond, 200, 50_000, 2, 6, None),
            ],
        }
    }

    /// A plan of `kind` with `ladder`, active from 100 PV, GV over the whole group.
    #[cfg(test)]
    pub fn with_ladder(kind: PlanKind, ladder: Vec<RankRule>) -> Self {
        CompPlan {
            kind,
            active_from_centipoints: 100 * POINT,
            group_levels: None,
            breakaway_rank: None,
            ladder,
        }
    }

    /// The ladder as ranks are counted: a binary plan counts the weaker leg, so a share
    /// per leg has no meaning there and is left out, even if an edited plan holds one.
    pub fn counted_ladder(&self) -> Vec<RankRule> {
        let mut ladder = self.ladder.clone();
        if self.kind == PlanKind::Binary {
            for rule in &mut ladder {
                rule.max_leg_percent = None;
            }
        }
        ladder
    }

    /// A stairstep plan whose second rank, Direktor at 2,000 GV, breaks away.
    #[cfg(test)]
    pub fn stairstep_for_tests() -> Self {
        let mut plan = CompPlan::with_ladder(
            PlanKind::Stairstep,
            vec![
                RankRule::needing("Bronze", 0, 0, 0, None),
                RankRule::needing("Direktor", 2_000, 0, 0, None),
            ],
        );
        plan.breakaway_rank = Some(1);
        plan
    }

    pub fn roll_up_rules(&self) -> RollUpRules {
        RollUpRules {
            active_from_centipoints: self.active_from_centipoints,
            levels: match self.kind {
                PlanKind::Binary => None,
                _ => self.group_levels.map(usize::from),
            },
        }
    }
}

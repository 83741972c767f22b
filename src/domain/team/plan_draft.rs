//! The plan as the settings form edits it: every number typed as text, checked field by
//! field before the plan is saved, and a saved plan shown back in the rep's language.

use crate::domain::locale::language::Language;
use crate::domain::locale::money::parse_hundredths;
use crate::domain::team::plan::{CompPlan, PlanKind};
use crate::domain::team::rank_rules::RankRule;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RankDraft {
    pub name: String,
    pub min_personal: String,
    pub min_group: String,
    pub min_active_legs: String,
    pub min_sponsored_active: String,
    pub max_leg_percent: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanDraft {
    pub kind: PlanKind,
    pub active_from: String,
    pub group_levels: String,
    pub breakaway_rank: Option<usize>,
    pub ranks: Vec<RankDraft>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanField {
    ActiveFrom,
    GroupLevels,
    Ladder,
    Name,
    MinPersonal,
    MinGroup,
    MinActiveLegs,
    MinSponsoredActive,
    MaxLegPercent,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanProblem {
    NotANumber,
    NotAWholeNumber,
    NotAPercent,
    NameMissing,
    NameRepeated,
    LadderEmpty,
}

/// A problem of the plan (`rank` is `None`) or of one rank on the ladder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlanIssue {
    pub rank: Option<usize>,
    pub field: PlanField,
    pub problem: PlanProblem,
}

impl PlanDraft {
    pub fn of(plan: &CompPlan, lang: Language) -> Self {
        let points = |centipoints: u64| lang.format_points(centipoints as i64);
        PlanDraft {
            kind: plan.kind,
            active_from: points(plan.active_from_centipoints),
            group_levels: plan
                .group_levels
                .map_or_else(String::new, |l| l.to_string()),
            breakaway_rank: plan.breakaway_rank,
            ranks: plan
                .ladder
                .iter()
                .map(|rule| RankDraft {
                    name: rule.name.clone(),
                    min_personal: points(rule.min_personal),
                    min_group: points(rule.min_group),
                    min_active_legs: rule.min_active_legs.to_string(),
                    min_sponsored_active: rule.min_sponsored_active.to_string(),
                    max_leg_percent: rule
                        .max_leg_percent
                        .map_or_else(String::new, |p| p.to_string()),
                })
                .collect(),
        }
    }

    /// Takes a rank off the ladder; the breakaway stays with the rank it named.
    pub fn remove_rank(&mut self, at: usize) {
        if at >= self.ranks.len() {
            return;
        }
        self.ranks.remove(at);
        self.breakaway_rank = match self.breakaway_rank {
            Some(b) if b == at => None,
            Some(b) if b > at => Some(b - 1),
            other => other,
        };
    }

    pub fn check(&self) -> Result<CompPlan, Vec<PlanIssue>> {
        let mut issues = Vec::new();
        let mut points = |text: &str, rank, field| -> u64 {
            match parse_hundredths(text.trim()).and_then(|v| u64::try_from(v).ok()) {
                Some(value) => value,
                None => {
                    issues.push(PlanIssue {
                        rank,
                        field,
                        problem: PlanProblem::NotANumber,
                    });
                    0
                }
            }
        };
        let active_from = points(&self.active_from, None, PlanField::ActiveFrom);
        let mut ladder = Vec::new();
        let mut rank_drafts = Vec::new();
        for (at, rank) in self.ranks.iter().enumerate() {
            let min_personal = points(&rank.min_personal, Some(at), PlanField::MinPersonal);
            let min_group = points(&rank.min_group, Some(at), PlanField::MinGroup);
            rank_drafts.push((at, rank));
            ladder.push(RankRule {
                name: rank.name.trim().to_owned(),
                min_personal,
                min_group,
                min_active_legs: 0,
                min_sponsored_active: 0,
                max_leg_percent: None,
            });
        }
        let mut fail = |rank, field, problem| {
            issues.push(PlanIssue {
                rank,
                field,
                problem,
            })
        };
        let whole = |text: &str| text.trim().parse::<u32>().ok();
        let group_levels = match self.group_levels.trim() {
            "" => None,
            typed => match typed.parse::<u8>() {
                Ok(levels) if levels > 0 => Some(levels),
                _ => {
                    fail(None, PlanField::GroupLevels, PlanProblem::NotAWholeNumber);
                    None
                }
            },
        };
        if self.ranks.is_empty() {
            fail(None, PlanField::Ladder, PlanProblem::LadderEmpty);
        }
        for (at, rank) in rank_drafts {
            let rule = &mut ladder[at];
            if rule.name.is_empty() {
                fail(Some(at), PlanField::Name, PlanProblem::NameMissing);
            } else if self.ranks[..at]
                .iter()
                .any(|earlier| earlier.name.trim() == rule.name)
            {
                fail(Some(at), PlanField::Name, PlanProblem::NameRepeated);
            }
            for (text, field, slot) in [
                (
                    &rank.min_active_legs,
                    PlanField::MinActiveLegs,
                    &mut rule.min_active_legs,
                ),
                (
                    &rank.min_sponsored_active,
                    PlanField::MinSponsoredActive,
                    &mut rule.min_sponsored_active,
                ),
            ] {
                match whole(text) {
                    Some(value) => *slot = value,
                    None => fail(Some(at), field, PlanProblem::NotAWholeNumber),
                }
            }
            rule.max_leg_percent = match rank.max_leg_percent.trim().trim_end_matches('%').trim() {
                // The binary form has no such field: the weaker leg is what counts.
                _ if self.kind == PlanKind::Binary => None,
                "" => None,
                typed => match typed.parse::<u8>() {
                    Ok(percent @ 1..=100) => Some(percent),
                    _ => {
                        fail(Some(at), PlanField::MaxLegPercent, PlanProblem::NotAPercent);
                        None
                    }
                },
            };
        }
        if !issues.is_empty() {
            return Err(issues);
        }
        Ok(CompPlan {
            kind: self.kind,
            active_from_centipoints: active_from,
            group_levels,
            breakaway_rank: self
                .breakaway_rank
                .filter(|&at| self.kind == PlanKind::Stairstep && at < ladder.len()),
            ladder,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_preset_shown_in_the_form_checks_back_to_itself() {
        for lang in Language::ALL {
            for plan in [
                CompPlan::unilevel_preset(lang),
                CompPlan::binary_preset(lang),
            ] {
                assert_eq!(PlanDraft::of(&plan, lang).check(), Ok(plan));
            }
        }
        let draft = PlanDraft::of(&CompPlan::unilevel_preset(Language::De), Language::De);
        assert_eq!(draft.ranks[4].min_group, "80.000", "German thousands");
    }

    #[test]
    fn each_wrong_field_is_named_with_its_rank() {
        let mut draft = PlanDraft::of(&CompPlan::unilevel_preset(Language::De), Language::De);
        draft.active_from = "viel".into();
        draft.group_levels = "0".into();
        draft.ranks[1].name = "Bronze ".into();
        draft.ranks[2].min_group = "5 000 Punkte".into();
        draft.ranks[2].min_active_legs = "2,5".into();
        draft.ranks[3].max_leg_percent = "120 %".into();
        draft.ranks[4].name = " ".into();
        let issues: Vec<(Option<usize>, PlanField, PlanProblem)> = draft
            .check()
            .unwrap_err()
            .into_iter()
            .map(|i| (i.rank, i.field, i.problem))
            .collect();
        assert_eq!(
            issues,
            [
                (None, PlanField::ActiveFrom, PlanProblem::NotANumber),
                (Some(2), PlanField::MinGroup, PlanProblem::NotANumber),
                (None, PlanField::GroupLevels, PlanProblem::NotAWholeNumber),
                (Some(1), PlanField::Name, PlanProblem::NameRepeated),
                (
                    Some(2),
                    PlanField::MinActiveLegs,
                    PlanProblem::NotAWholeNumber
                ),
                (Some(3), PlanField::MaxLegPercent, PlanProblem::NotAPercent),
                (Some(4), PlanField::Name, PlanProblem::NameMissing),
            ]
        );
        draft.ranks.clear();
        draft.active_from = "100".into();
        draft.group_levels = String::new();
        assert_eq!(
            draft.check().unwrap_err(),
            [PlanIssue {
                rank: None,
                field: PlanField::Ladder,
                problem: PlanProblem::LadderEmpty
            }]
        );
    }

    #[test]
    fn removing_a_rank_keeps_the_breakaway_on_its_rank() {
        let mut draft = PlanDraft::of(&CompPlan::unilevel_preset(Language::De), Language::De);
        draft.kind = PlanKind::Stairstep;
        draft.breakaway_rank = Some(3);
        draft.remove_rank(0);
        assert_eq!(draft.breakaway_rank, Some(2));
        assert_eq!(draft.ranks[2].name, "Platin");
        draft.remove_rank(2);
        assert_eq!(draft.breakaway_rank, None, "the breakaway rank itself went");
    }

    #[test]
    fn a_binary_plan_has_no_share_per_leg() {
        let mut draft = PlanDraft::of(&CompPlan::unilevel_preset(Language::De), Language::De);
        draft.kind = PlanKind::Binary;
        let plan = draft.check().unwrap();
        assert!(plan.ladder.iter().all(|r| r.max_leg_percent.is_none()));
    }

    #[test]
    fn the_breakaway_rank_only_counts_for_a_stairstep_plan() {
        let mut draft = PlanDraft::of(&CompPlan::unilevel_preset(Language::En), Language::En);
        draft.breakaway_rank = Some(3);
        assert_eq!(draft.check().unwrap().breakaway_rank, None);
        draft.kind = PlanKind::Stairstep;
        assert_eq!(draft.check().unwrap().breakaway_rank, Some(3));
    }
}

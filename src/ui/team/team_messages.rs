//! What the team pages say about figures, ranks and problems, in the rep's language.

use crate::domain::locale::language::Language;
use crate::domain::team::directory::TeamDirectory;
use crate::domain::team::list_check::TreeProblem;
use crate::domain::team::member_draft::MemberProblem;
use crate::domain::team::plan::{CompPlan, PlanKind};
use crate::domain::team::plan_draft::PlanProblem;
use crate::domain::team::rank_outlook::{LegChoice, RankOutlook, WhatIf};
use crate::domain::team::rank_rules::{Progress, Requirement};
use crate::domain::team::volume::Period;
use crate::io::team_csv::{CellProblem, ValueProblem};
use crate::ui::app_state::AppState;
use crate::ui::messages::{Counted, Msg};
use leptos::prelude::*;
use uuid::Uuid;

pub fn points(lang: Language, centipoints: u64) -> String {
    lang.format_points(centipoints as i64)
}

/// "12 Mitglieder · 9 aktiv".
pub fn level_counts_text(state: AppState, members: usize, active: usize) -> String {
    let active = state.lang.get().format_integer(active as i64);
    state.t_with(
        Msg::LevelCounts,
        &[&state.count(Counted::Members, members), &active],
    )
}

pub fn month(lang: Language, period: Period) -> String {
    lang.format_month(period.year, period.month)
}

/// A member's name as reactive text, following the team's data and the language.
pub fn name_text(member: Uuid) -> Signal<String> {
    let state = crate::ui::app_state::app_state();
    let team = crate::ui::team::team_data::team();
    crate::ui::app_state::text(move || team.names.with(|names| member_name(state, names, member)))
}

/// A member's name, or "(erased)" when the person was erased.
pub fn member_name(state: AppState, names: &TeamDirectory, member: Uuid) -> String {
    names
        .name(member)
        .map_or_else(|| state.t(Msg::Erased).to_owned(), str::to_owned)
}

pub fn rank_name(state: AppState, plan: &CompPlan, rank: Option<usize>) -> String {
    rank.and_then(|at| plan.ladder.get(at))
        .map_or_else(|| state.t(Msg::NoRank).to_owned(), |r| r.name.clone())
}

pub fn plan_kind(kind: PlanKind) -> Msg {
    match kind {
        PlanKind::Unilevel => Msg::KindUnilevel,
        PlanKind::Binary => Msg::KindBinary,
        PlanKind::Stairstep => Msg::KindStairstep,
    }
}

/// "GV 3.200 / 5.000": volumes as points, counts as numbers.
pub fn fraction(state: AppState, kind: PlanKind, progress: &Progress) -> String {
    let lang = state.lang.get();
    let (label, have, need) = match progress.requirement {
        Requirement::Personal => (
            Msg::ReqPersonal,
            points(lang, progress.have),
            points(lang, progress.need),
        ),
        Requirement::Group => (
            if kind == PlanKind::Binary {
                Msg::ReqWeakerLeg
            } else {
                Msg::ReqGroup
            },
            points(lang, progress.have),
            points(lang, progress.need),
        ),
        Requirement::ActiveLegs | Requirement::SponsoredActive => (
            if progress.requirement == Requirement::ActiveLegs {
                Msg::ReqActiveLegs
            } else {
                Msg::ReqSponsored
            },
            lang.format_integer(progress.have as i64),
            lang.format_integer(progress.need as i64),
        ),
    };
    format!("{} {have} / {need}", state.t(label))
}

pub fn what_if(state: AppState, names: &TeamDirectory, rank: &str, what_if: &WhatIf) -> String {
    let more = points(state.lang.get(), what_if.more);
    match what_if.leg {
        LegChoice::Leg(leg) => state.t_with(
            Msg::WhatIfLeg,
            &[&more, &member_name(state, names, leg), rank],
        ),
        LegChoice::Side(0) => state.t_with(Msg::WhatIfLeft, &[&more, rank]),
        LegChoice::Side(_) => state.t_with(Msg::WhatIfRight, &[&more, rank]),
    }
}

/// One warning per leg that brings more than the rank counts from one leg.
pub fn leg_warnings(
    state: AppState,
    names: &TeamDirectory,
    plan: &CompPlan,
    outlook: &RankOutlook,
) -> Vec<String> {
    let Some(rule) = outlook
        .next
        .or(outlook.current)
        .and_then(|at| plan.ladder.get(at))
    else {
        return Vec::new();
    };
    let percent = rule.max_leg_percent.unwrap_or(100).to_string();
    outlook
        .over_cap
        .iter()
        .map(|(leg, excess)| {
            state.t_with(
                Msg::LegOverCap,
                &[
                    &member_name(state, names, *leg),
                    &points(state.lang.get(), *excess),
                    &rule.name,
                    &percent,
                ],
            )
        })
        .collect()
}

pub fn tree_problem(state: AppState, problem: &TreeProblem) -> String {
    match problem {
        TreeProblem::DuplicateId {
            line,
            first_line,
            id,
        } => state.t_with(
            Msg::TreeDuplicate,
            &[&line.to_string(), id, &first_line.to_string()],
        ),
        TreeProblem::UnknownSponsor { line, sponsor } => {
            state.t_with(Msg::TreeUnknownSponsor, &[&line.to_string(), sponsor])
        }
        TreeProblem::UnknownPlacement { line, placement } => {
            state.t_with(Msg::TreeUnknownPlacement, &[&line.to_string(), placement])
        }
        TreeProblem::JoinedInFuture { line, joined } => state.t_with(
            Msg::TreeJoinedInFuture,
            &[&line.to_string(), &state.lang.get().format_date(*joined)],
        ),
        TreeProblem::Cycle { lines } | TreeProblem::PlacementCycle { lines } => {
            let msg = match problem {
                TreeProblem::Cycle { .. } => Msg::TreeCycle,
                _ => Msg::TreePlacementCycle,
            };
            let lines: Vec<String> = lines.iter().map(usize::to_string).collect();
            state.t_with(msg, &[&lines.join(", ")])
        }
    }
}

pub fn cell_problem(state: AppState, problem: &CellProblem) -> String {
    let line = problem.line.to_string();
    let column = problem.column.as_str();
    match &problem.problem {
        ValueProblem::MissingId => state.t_with(Msg::CellMissingId, &[&line, column]),
        ValueProblem::NotADate(value) => state.t_with(Msg::CellNotADate, &[&line, column, value]),
        ValueProblem::NotAVolume(value) => {
            state.t_with(Msg::CellNotAVolume, &[&line, column, value])
        }
        ValueProblem::NotALeg(value) => state.t_with(Msg::CellNotALeg, &[&line, column, value]),
    }
}

pub fn member_problem(problem: MemberProblem) -> Msg {
    match problem {
        MemberProblem::NameMissing => Msg::ProblemNameMissing,
        MemberProblem::AlreadyMember => Msg::ProblemAlreadyMember,
        MemberProblem::SponsorMissing => Msg::ProblemSponsorMissing,
        MemberProblem::SponsorCircle => Msg::ProblemSponsorCircle,
        MemberProblem::PlacementCircle => Msg::ProblemPlacementCircle,
        MemberProblem::DateMissing => Msg::ProblemDateMissing,
        MemberProblem::DateInFuture => Msg::ProblemDateFuture,
        MemberProblem::ExternalIdTaken => Msg::ProblemMemberNumberTaken,
    }
}

pub fn plan_problem(problem: PlanProblem) -> Msg {
    match problem {
        PlanProblem::NotANumber => Msg::ProblemNumber,
        PlanProblem::NotAWholeNumber => Msg::ProblemWholeNumber,
        PlanProblem::NotAPercent => Msg::ProblemPercent,
        PlanProblem::NameMissing => Msg::ProblemRankNameMissing,
        PlanProblem::NameRepeated => Msg::ProblemRankNameRepeated,
        PlanProblem::LadderEmpty => Msg::ProblemLadderEmpty,
    }
}

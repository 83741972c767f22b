//! An upline report made from the rep's own records: their downline with names, ranks,
//! statuses and join dates, every month's volumes, their rank progress, and their
//! pipeline, activity and campaigns as counts. Contacts appear only as the names of
//! members; nothing about a customer or a prospect goes in.

use crate::domain::contacts::interaction::Interaction;
use crate::domain::leads::lead::{Lead, LeadKind};
use crate::domain::leads::lead_settings::LeadSettings;
use crate::domain::leads::stages::{StageOutcome, outcome_of};
use crate::domain::locale::local_clock::LocalClock;
use crate::domain::locale::money::Cents;
use crate::domain::record::RecordMeta;
use crate::domain::sync::reported::{
    CampaignFigure, Conversion, MonthFigures, NextRank, RepReport, ReportedMember, ReportedVolume,
    RequirementProgress, StageFigure, UplineReport, WeekActivity, team_id, volume_id,
};
use crate::domain::tasks::task::Task;
use crate::domain::team::member::Member;
use crate::domain::team::month::team_months;
use crate::domain::team::plan::CompPlan;
use crate::domain::team::rank_outlook::rank_outlook;
use crate::domain::team::tree::TeamTree;
use crate::domain::team::volume::{Period, Volume};
use chrono::{Datelike, Duration, NaiveDate};
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

/// Months of the rep's own figures a report carries, ending with the current one.
pub const REPORT_MONTHS: usize = 6;
/// Weeks of activity a report carries, ending with the current one.
pub const REPORT_WEEKS: usize = 8;

/// What a report is made from: the rep's records as stored (tombstones included).
pub struct ReportInput<'a> {
    /// The rep's own member, the root of their downline.
    pub root: Uuid,
    pub members: Vec<&'a Member>,
    /// A member's name, from their contact.
    pub name_of: &'a dyn Fn(&Member) -> String,
    pub volumes: Vec<&'a Volume>,
    pub plan: &'a CompPlan,
    pub leads: Vec<&'a Lead>,
    pub lead_settings: &'a LeadSettings,
    pub interactions: Vec<&'a Interaction>,
    pub tasks: Vec<&'a Task>,
    pub campaigns: Vec<CampaignFigure>,
    pub clock: LocalClock,
}

pub fn report_of(input: ReportInput) -> UplineReport {
    let live: Vec<&Member> = input
        .members
        .iter()
        .copied()
        .filter(|m| !m.meta.is_deleted())
        .collect();
    let tree = TeamTree::new(live.iter().copied(), input.root);
    let mut in_report: HashSet<Uuid> = tree.own_team_of(input.root).into_iter().collect();
    in_report.insert(input.root);
    let by_id: HashMap<Uuid, &Member> = input.members.iter().map(|m| (m.meta.id, *m)).collect();
    let team_of = |id: Uuid| by_id.get(&id).map_or(id, |m| team_id(m));
    let rep = input.root;

    let mut members: Vec<ReportedMember> = Vec::new();
    for member in &input.members {
        let deleted = member.meta.is_deleted();
        if !deleted && !in_report.contains(&member.meta.id) {
            continue;
        }
        let mut meta = member.meta.clone();
        meta.id = team_id(member);
        members.push(ReportedMember {
            meta,
            // The rep is the top of their report, whoever sponsored them.
            sponsor_id: (member.meta.id != rep)
                .then_some(member.sponsor_id)
                .flatten()
                .map(team_of),
            // A tombstone only says that the member is gone.
            name: if deleted {
                String::new()
            } else {
                (input.name_of)(member)
            },
            rank: member.rank.clone().filter(|_| !deleted),
            status: member.status,
            joined_on: member.joined_on,
            left_on: member.left_on,
            external_id: member.external_id.clone(),
            reported_by: team_of(rep),
        });
    }
    let volumes = input
        .volumes
        .iter()
        .filter(|v| in_report.contains(&v.member_id))
        .map(|volume| {
            let member = team_of(volume.member_id);
            let mut meta = volume.meta.clone();
            meta.id = volume_id(member, volume.period);
            ReportedVolume {
                meta,
                member_id: member,
                period: volume.period,
                personal_centipoints: volume.personal_centipoints,
                reported_by: team_of(rep),
            }
        })
        .collect();

    let (months, next_rank) = rank_progress(&input, &live, &in_report);
    let name = by_id
        .get(&rep)
        .map(|m| (input.name_of)(m))
        .unwrap_or_default();
    let mut meta = RecordMeta::with_id(team_of(rep), input.clock.now);
    meta.created_at = meta.updated_at;
    UplineReport {
        rep: RepReport {
            meta,
            name,
            months,
            next_rank,
            pipeline: pipeline(&input.leads, input.lead_settings),
            conversion: LeadKind::ALL
                .iter()
                .map(|&kind| conversion(&input.leads, kind))
                .collect(),
            activity: activity(&input.interactions, &input.tasks, &input.clock),
            campaigns: input.campaigns,
        },
        members,
        volumes,
    }
}

fn rank_progress(
    input: &ReportInput,
    live: &[&Member],
    in_report: &HashSet<Uuid>,
) -> (Vec<MonthFigures>, Option<NextRank>) {
    let last = Period::of(input.clock.today());
    let mut first = last;
    for _ in 1..REPORT_MONTHS {
        first = first.previous();
    }
    let live_volumes = input.volumes.iter().copied();
    let months = team_months(live.iter().copied(), live_volumes, input.plan, first, last);
    let rank_name = |position: usize| input.plan.ladder.get(position).map(|r| r.name.clone());
    let figures = months
        .iter()
        .map(|month| {
            let own = month.figures(input.root);
            MonthFigures {
                period: month.period,
                personal: own.map_or(0, |f| f.personal),
                group: own.map_or(0, |f| f.group),
                active_members: in_report
                    .iter()
                    .filter(|id| month.figures(**id).is_some_and(|f| f.active))
                    .count() as u32,
                rank: month.rank(input.root).and_then(rank_name),
            }
        })
        .collect();
    let next_rank = months.last().and_then(|month| {
        let outlook = rank_outlook(input.plan, month, input.root)?;
        Some(NextRank {
            name: rank_name(outlook.next?)?,
            progress: outlook
                .progress
                .iter()
                .map(|p| RequirementProgress {
                    requirement: p.requirement,
                    have: p.have,
                    need: p.need,
                })
                .collect(),
        })
    });
    (figures, next_rank)
}

fn pipeline(leads: &[&Lead], settings: &LeadSettings) -> Vec<StageFigure> {
    let mut figures = Vec::new();
    for kind in LeadKind::ALL {
        let open: Vec<&Lead> = leads
            .iter()
            .copied()
            .filter(|l| l.kind == kind && !l.meta.is_deleted() && l.is_open())
            .collect();
        let stages = settings
            .pipeline(kind)
            .clone()
            .with_legacy_stages(open.iter().map(|l| l.stage));
        for stage in stages.stages {
            let here: Vec<&&Lead> = open.iter().filter(|l| l.stage == stage.id).collect();
            if outcome_of(kind, stage.id) != StageOutcome::Open
                || (stage.retired && here.is_empty())
            {
                continue;
            }
            figures.push(StageFigure {
                kind,
                stage: stage.name,
                open: here.len() as u32,
                expected_value: Cents(here.iter().map(|l| l.expected_value.0).sum()),
            });
        }
    }
    figures
}

fn conversion(leads: &[&Lead], kind: LeadKind) -> Conversion {
    let closed = |outcome| {
        leads
            .iter()
            .filter(|l| l.kind == kind && !l.meta.is_deleted() && l.outcome() == outcome)
            .count() as u32
    };
    Conversion {
        kind,
        won: closed(StageOutcome::Won),
        lost: closed(StageOutcome::Lost),
    }
}

fn activity(
    interactions: &[&Interaction],
    tasks: &[&Task],
    clock: &LocalClock,
) -> Vec<WeekActivity> {
    let today = clock.today();
    let this_monday = today - Duration::days(i64::from(today.weekday().num_days_from_monday()));
    let first = this_monday - Duration::weeks(REPORT_WEEKS as i64 - 1);
    let mut weeks: Vec<WeekActivity> = (0..REPORT_WEEKS as i64)
        .map(|n| WeekActivity {
            monday: first + Duration::weeks(n),
            interactions: 0,
            follow_ups_done: 0,
            follow_ups_due: 0,
        })
        .collect();
    let week_of = |day: NaiveDate| {
        let n = (day - first).num_days();
        (0..REPORT_WEEKS as i64 * 7)
            .contains(&n)
            .then_some((n / 7) as usize)
    };
    for interaction in interactions.iter().filter(|i| !i.meta.is_deleted()) {
        if let Some(week) = week_of(clock.local(interaction.at).date()) {
            weeks[week].interactions += 1;
        }
    }
    for task in tasks.iter().filter(|t| !t.meta.is_deleted()) {
        if let Some(week) = week_of(clock.local(task.due_at).date()) {
            weeks[week].follow_ups_due += 1;
        }
        if let Some(week) = task.done_at.and_then(|at| week_of(clock.local(at).date())) {
            weeks[week].follow_ups_done += 1;
        }
    }
    weeks
}

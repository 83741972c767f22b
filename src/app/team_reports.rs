//! The upline's team picture from the reports their reps sent: which reps' reports are
//! kept and from when, and one rep's subtree (or everyone's) with ranks and the month's
//! volumes, each row marked with the date of the report it comes from.

use crate::app::storage::Storage;
use crate::domain::record::{Record, RecordMeta};
use crate::domain::sync::reported::{RepReport, ReportedMember};
use crate::domain::team::member::{Member, MemberStatus};
use crate::domain::team::month::team_month;
use crate::domain::team::plan::CompPlan;
use crate::domain::team::tree::TeamTree;
use crate::domain::team::volume::{Period, Volume};
use chrono::{DateTime, NaiveDate, Utc};
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeptReport {
    pub rep: Uuid,
    pub name: String,
    pub made_at: DateTime<Utc>,
}

/// The reps whose reports are kept, by name.
pub fn kept_reports(storage: &impl Storage) -> Vec<KeptReport> {
    let mut reports: Vec<KeptReport> = storage.read(|all| {
        all.rep_reports
            .iter()
            .map(|r| KeptReport {
                rep: r.id(),
                name: r.name.clone(),
                made_at: r.meta.updated_at,
            })
            .collect()
    });
    reports.sort_by(|a, b| a.name.cmp(&b.name).then(a.rep.cmp(&b.rep)));
    reports
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportedRow {
    pub id: Uuid,
    /// 0 for the top of a subtree.
    pub depth: usize,
    pub name: String,
    pub rank: Option<String>,
    pub status: MemberStatus,
    pub joined_on: NaiveDate,
    /// Hundredths of a point, in the shown month.
    pub personal: u64,
    pub group: u64,
    /// Whose report this row comes from, and its date.
    pub reported_by: String,
    pub as_of: Option<DateTime<Utc>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ReportedTeam {
    /// The latest month any shown member has a volume for.
    pub period: Option<Period>,
    pub rows: Vec<ReportedRow>,
    /// The chosen rep's own figures.
    pub rep: Option<RepReport>,
}

/// `rep`'s subtree as the kept reports show it, or, with `None`, every kept member.
pub fn reported_team(storage: &impl Storage, rep: Option<Uuid>, plan: &CompPlan) -> ReportedTeam {
    storage.read(|all| {
        let reported: Vec<&ReportedMember> = all.report_members.iter().collect();
        let known: HashSet<Uuid> = reported.iter().map(|m| m.id()).collect();
        // The tree code works on members: each reported member stands in as one whose
        // contact is itself.
        let members: Vec<Member> = reported.iter().map(|m| as_member(m)).collect();
        let tops: Vec<Uuid> = match rep {
            Some(rep) => vec![rep],
            None => {
                let mut tops: Vec<&ReportedMember> = reported
                    .iter()
                    .copied()
                    .filter(|m| m.sponsor_id.is_none_or(|s| !known.contains(&s)))
                    .collect();
                tops.sort_by(|a, b| a.name.cmp(&b.name).then(a.id().cmp(&b.id())));
                tops.into_iter().map(|m| m.id()).collect()
            }
        };
        let mut shown: Vec<(Uuid, usize)> = Vec::new();
        for top in tops.into_iter().filter(|top| known.contains(top)) {
            let tree = TeamTree::new(members.iter(), top);
            shown.extend(tree.rows(&known).into_iter().map(|r| (r.id, r.depth)));
        }
        let ids: HashSet<Uuid> = shown.iter().map(|(id, _)| *id).collect();
        let volumes: Vec<Volume> = all
            .report_volumes
            .iter()
            .filter(|v| ids.contains(&v.member_id))
            .map(|v| Volume {
                meta: v.meta.clone(),
                member_id: v.member_id,
                period: v.period,
                personal_centipoints: v.personal_centipoints,
            })
            .collect();
        let period = volumes.iter().map(|v| v.period).max();
        let month = period.map(|p| team_month(members.iter(), volumes.iter(), plan, p));
        let by_id: HashMap<Uuid, &ReportedMember> = reported.iter().map(|m| (m.id(), *m)).collect();
        let rows = shown
            .into_iter()
            .filter_map(|(id, depth)| {
                let member = by_id.get(&id)?;
                let figures = month.as_ref().and_then(|m| m.figures(id));
                let reporter = all.rep_reports.get(&member.reported_by);
                Some(ReportedRow {
                    id,
                    depth,
                    name: member.name.clone(),
                    rank: member.rank.clone(),
                    status: member.status,
                    joined_on: member.joined_on,
                    personal: figures.map_or(0, |f| f.personal),
                    group: figures.map_or(0, |f| f.group),
                    reported_by: reporter.map(|r| r.name.clone()).unwrap_or_default(),
                    as_of: reporter.map(|r| r.meta.updated_at),
                })
            })
            .collect();
        ReportedTeam {
            period,
            rows,
            rep: rep.and_then(|r| all.rep_reports.get(&r).cloned()),
        }
    })
}

fn as_member(reported: &ReportedMember) -> Member {
    Member {
        meta: RecordMeta {
            id: reported.id(),
            ..reported.meta.clone()
        },
        contact_id: reported.id(),
        sponsor_id: reported.sponsor_id,
        placement_parent_id: None,
        placement_leg: None,
        joined_on: reported.joined_on,
        status: reported.status,
        left_on: reported.left_on,
        rank: reported.rank.clone(),
        external_id: reported.external_id.clone(),
    }
}

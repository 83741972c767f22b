//! What importing an upline report does to the reports already kept: records merged one
//! by one by the merge rule, and the members two reps place under different sponsors set
//! aside as conflicts for the user to decide. Nothing here writes; the preview shows
//! this before the user says yes.

use crate::domain::record::Record;
use crate::domain::sync::record_merge::{MergeCounts, Merged, merge_records};
use crate::domain::sync::reported::{RepReport, ReportedMember, ReportedVolume, UplineReport};
use std::collections::HashMap;
use uuid::Uuid;

/// The same member placed under two different sponsors by two reps' reports.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemberConflict {
    pub kept: ReportedMember,
    pub incoming: ReportedMember,
}

/// How a conflict is settled: which report's placement stays.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Settle {
    KeepKept,
    TakeIncoming,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ReportMerge {
    pub rep: Merged<RepReport>,
    pub members: Merged<ReportedMember>,
    pub volumes: Merged<ReportedVolume>,
    /// Members whose rank the import changes: who, and the rank before and after.
    pub rank_changes: Vec<(String, Option<String>, Option<String>)>,
    pub conflicts: Vec<MemberConflict>,
}

/// What the records kept on the device are, by id.
pub struct KeptReports<'a> {
    pub members: &'a dyn Fn(&Uuid) -> Option<&'a ReportedMember>,
    pub volumes: &'a dyn Fn(&Uuid) -> Option<&'a ReportedVolume>,
    pub reps: &'a dyn Fn(&Uuid) -> Option<&'a RepReport>,
}

pub fn merge_report(kept: &KeptReports, report: UplineReport) -> ReportMerge {
    let mut conflicts = Vec::new();
    let mut incoming_members = Vec::new();
    for mut member in report.members {
        if let Some(stored) = (kept.members)(&member.id()) {
            // The top of a rep's own report has no sponsor: the report does not say
            // who it is, so the placement another report gave is kept.
            if member.sponsor_id.is_none() && !member.meta.is_deleted() {
                member.sponsor_id = stored.sponsor_id;
            }
            if placed_differently(stored, &member) {
                conflicts.push(MemberConflict {
                    kept: stored.clone(),
                    incoming: member,
                });
                continue;
            }
        }
        incoming_members.push(member);
    }
    let members = merge_records(kept.members, incoming_members);
    let rank_changes = members
        .writes
        .iter()
        .filter_map(|member| {
            let before = (kept.members)(&member.id())?;
            (before.rank != member.rank && !member.meta.is_deleted()).then(|| {
                (
                    member.name.clone(),
                    before.rank.clone(),
                    member.rank.clone(),
                )
            })
        })
        .collect();
    ReportMerge {
        rep: merge_records(kept.reps, [report.rep]),
        members,
        volumes: merge_records(kept.volumes, report.volumes),
        rank_changes,
        conflicts,
    }
}

/// Two live versions from two reps with two different sponsors.
fn placed_differently(kept: &ReportedMember, incoming: &ReportedMember) -> bool {
    !kept.meta.is_deleted()
        && !incoming.meta.is_deleted()
        && kept.reported_by != incoming.reported_by
        && kept.sponsor_id.is_some()
        && incoming.sponsor_id.is_some()
        && kept.sponsor_id != incoming.sponsor_id
}

impl ReportMerge {
    /// The members to write once each conflict is settled; a conflict left unsettled
    /// keeps what is kept.
    pub fn members_to_write(&self, settled: &HashMap<Uuid, Settle>) -> Vec<ReportedMember> {
        let mut writes = self.members.writes.clone();
        writes.extend(
            self.conflicts
                .iter()
                .filter(|c| settled.get(&c.incoming.id()) == Some(&Settle::TakeIncoming))
                .map(|c| c.incoming.clone()),
        );
        writes
    }

    /// Whether anything at all would change.
    pub fn changes(&self) -> bool {
        [self.rep.counts, self.members.counts, self.volumes.counts]
            .iter()
            .any(|c: &MergeCounts| c.changes() > 0)
            || !self.conflicts.is_empty()
    }
}

//! An upline importing a rep's report: the file checked and merged in memory first, the
//! preview saying what would change and which members two reports place differently,
//! then one write of what the user agreed to.

use crate::app::backup::BackupRefused;
use crate::app::storage::Storage;
use crate::domain::pace::DynPace;
use crate::domain::record::Record;
use crate::domain::sync::report_merge::{KeptReports, ReportMerge, Settle, merge_report};
use crate::domain::sync::reported::ReportedMember;
use crate::io::report_file::{ReportUnreadable, read_report};
use crate::store::error::StoreError;
use crate::store::write_batch::WriteBatch;
use chrono::{DateTime, Utc};
use std::collections::HashMap;
use uuid::Uuid;

/// One side of a conflict as the preview names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Placement {
    pub sponsor: String,
    /// The rep whose report says so, and that report's date.
    pub reported_by: String,
    pub as_of: Option<DateTime<Utc>>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConflictView {
    pub member: Uuid,
    pub name: String,
    pub kept: Placement,
    pub incoming: Placement,
}

/// A report read and merged in memory, ready to import.
pub struct CheckedReport {
    pub rep_name: String,
    pub made_at: DateTime<Utc>,
    pub merge: ReportMerge,
    pub conflicts: Vec<ConflictView>,
}

pub fn check_report(storage: &impl Storage, file: &[u8]) -> Result<CheckedReport, BackupRefused> {
    let report = read_report(file).map_err(|unreadable| match unreadable {
        ReportUnreadable::File(error) => BackupRefused::File(error),
        ReportUnreadable::NewerData { format } => BackupRefused::NewerData { format },
        ReportUnreadable::Part { part, problem } => BackupRefused::Unreadable { part, problem },
    })?;
    let rep_name = report.rep.name.clone();
    let made_at = report.rep.meta.updated_at;
    let incoming_names: HashMap<Uuid, String> = report
        .members
        .iter()
        .map(|m| (m.id(), m.name.clone()))
        .collect();
    storage.read(|all| {
        let members = |id: &Uuid| all.report_members.get_including_deleted(id);
        let volumes = |id: &Uuid| all.report_volumes.get_including_deleted(id);
        let reps = |id: &Uuid| all.rep_reports.get_including_deleted(id);
        let merge = merge_report(
            &KeptReports {
                members: &members,
                volumes: &volumes,
                reps: &reps,
            },
            report,
        );
        let kept_name = |id: Option<Uuid>| {
            id.and_then(|id| {
                all.report_members
                    .get(&id)
                    .map(|m| m.name.clone())
                    .or_else(|| incoming_names.get(&id).cloned())
            })
            .unwrap_or_default()
        };
        let incoming_name = |id: Option<Uuid>| {
            id.and_then(|id| incoming_names.get(&id).cloned())
                .unwrap_or_else(|| kept_name(id))
        };
        let reporter = |id: Uuid| all.rep_reports.get(&id);
        let conflicts = merge
            .conflicts
            .iter()
            .map(|conflict| {
                let side = |m: &ReportedMember, sponsor: String| Placement {
                    sponsor,
                    reported_by: reporter(m.reported_by)
                        .map(|r| r.name.clone())
                        .unwrap_or_else(|| rep_name.clone()),
                    as_of: reporter(m.reported_by).map(|r| r.meta.updated_at),
                };
                ConflictView {
                    member: conflict.incoming.id(),
                    name: conflict.incoming.name.clone(),
                    kept: side(&conflict.kept, kept_name(conflict.kept.sponsor_id)),
                    incoming: Placement {
                        as_of: Some(made_at),
                        reported_by: rep_name.clone(),
                        ..side(
                            &conflict.incoming,
                            incoming_name(conflict.incoming.sponsor_id),
                        )
                    },
                }
            })
            .collect();
        Ok(CheckedReport {
            rep_name: rep_name.clone(),
            made_at,
            merge,
            conflicts,
        })
    })
}

/// Writes the merge in one transaction, each conflict as settled (unsettled ones keep
/// what is kept), telling `pace` how far it is.
pub async fn import_report(
    storage: &impl Storage,
    checked: &CheckedReport,
    settled: &HashMap<Uuid, Settle>,
    pace: &mut dyn DynPace,
) -> Result<(), StoreError> {
    let mut batch = WriteBatch::new();
    for member in checked.merge.members_to_write(settled) {
        batch.put(member);
    }
    for volume in checked.merge.volumes.writes.iter().cloned() {
        batch.put(volume);
    }
    for rep in checked.merge.rep.writes.iter().cloned() {
        batch.put(rep);
    }
    if batch.is_empty() {
        return Ok(());
    }
    storage.commit_paced(batch, pace).await
}

#[cfg(test)]
mod tests;

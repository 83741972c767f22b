//! A report as the rep's strongest downline leader would have sent it two days ago, so
//! that the sample shows the upline's side of reports too: their team as reported, with
//! its date.

use crate::domain::dataset::DataSet;
use crate::domain::leads::lead_settings::LeadSettings;
use crate::domain::locale::language::Language;
use crate::domain::locale::local_clock::LocalClock;
use crate::domain::sync::report_of::{ReportInput, report_of};
use crate::domain::team::member::Member;
use crate::domain::team::plan::CompPlan;
use crate::domain::team::tree::TeamTree;
use chrono::{DateTime, Duration, Utc};
use std::collections::HashMap;
use uuid::Uuid;

pub fn generate(data: &mut DataSet, root: Uuid, now: DateTime<Utc>) {
    let tree = TeamTree::new(data.members.iter(), root);
    let Some(leader) = tree
        .children(root)
        .iter()
        .copied()
        .max_by_key(|&m| (tree.own_team_of(m).len(), m))
    else {
        return;
    };
    let names: HashMap<Uuid, String> = data
        .contacts
        .iter()
        .map(|c| (c.meta.id, c.display_name()))
        .collect();
    let name_of = |member: &Member| names.get(&member.contact_id).cloned().unwrap_or_default();
    let plan = CompPlan::unilevel_preset(Language::De);
    let report = report_of(ReportInput {
        root: leader,
        members: data.members.iter().collect(),
        name_of: &name_of,
        volumes: data.volumes.iter().collect(),
        plan: &plan,
        // The leader's own customers and leads are on their phone, not in this sample.
        leads: Vec::new(),
        lead_settings: &LeadSettings::default(),
        interactions: Vec::new(),
        tasks: Vec::new(),
        campaigns: Vec::new(),
        clock: LocalClock::utc(now - Duration::days(2)),
    });
    data.report_members = report.members;
    data.report_volumes = report.volumes;
    data.rep_reports = vec![report.rep];
}

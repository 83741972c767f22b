//! The report a rep sends their upline: made from the rep's records, shown whole before
//! it is shared, and written as a file named with the rep's name and the date.

use crate::app::campaign_results::campaigns_overview;
use crate::app::storage::Storage;
use crate::app::team;
use crate::domain::locale::iso_date::format_date;
use crate::domain::locale::language::Language;
use crate::domain::locale::local_clock::LocalClock;
use crate::domain::sync::report_of::{ReportInput, report_of};
use crate::domain::sync::reported::{CampaignFigure, UplineReport};
use crate::domain::team::member::Member;
use crate::io::report_file::write_report;

pub struct MadeReport {
    /// What the file holds, for the preview.
    pub report: UplineReport,
    pub file: Vec<u8>,
    pub file_name: String,
}

/// The report of the rep's business now; `None` before the rep has a profile.
pub fn make_report(
    storage: &impl Storage,
    clock: &LocalClock,
    lang: Language,
    file_prefix: &str,
) -> Option<MadeReport> {
    let profile = storage.settings().profile?;
    let plan = team::plan(storage, lang);
    let lead_settings = storage.lead_settings().unwrap_or_default();
    let campaigns = campaigns_overview(storage, clock)
        .campaigns
        .into_iter()
        .map(|c| CampaignFigure {
            name: c.name,
            aim: c.aim,
            recipients: c.recipients as u32,
            sent: c.results.total.sent,
            replied: c.results.total.replied,
            opted_out: c.results.total.opted_out,
            converted: c.results.total.converted,
        })
        .collect();
    let report = storage.read(|all| {
        let name_of = |member: &Member| {
            all.contacts
                .get(&member.contact_id)
                .map(|c| c.display_name())
                .unwrap_or_default()
        };
        report_of(ReportInput {
            root: profile.member_id,
            members: all.members.iter_including_deleted().collect(),
            name_of: &name_of,
            volumes: all.volumes.iter_including_deleted().collect(),
            plan: &plan,
            leads: all.leads.iter().collect(),
            lead_settings: &lead_settings,
            interactions: all.interactions.iter().collect(),
            tasks: all.tasks.iter().collect(),
            campaigns,
            clock: *clock,
        })
    });
    let file = write_report(&report);
    let file_name = report_file_name(file_prefix, &report.rep.name, clock);
    Some(MadeReport {
        report,
        file,
        file_name,
    })
}

/// `teamline-bericht-Maren-Ohm-2026-06-17.teamline`: the rep's name kept readable, with
/// only what file systems refuse left out.
fn report_file_name(prefix: &str, rep_name: &str, clock: &LocalClock) -> String {
    let name: String = rep_name
        .split_whitespace()
        .collect::<Vec<_>>()
        .join("-")
        .chars()
        .filter(|c| {
            !matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') && !c.is_control()
        })
        .collect();
    let date = format_date(clock.today());
    if name.is_empty() {
        format!("{prefix}-{date}.teamline")
    } else {
        format!("{prefix}-{name}-{date}.teamline")
    }
}

//! The records an upline report carries and an upline keeps: the reporting rep's downline
//! members and their monthly volumes, and one summary of the rep's business per rep.
//!
//! They are documents in the sense of a CouchDB-protocol sync: each has a stable id, an
//! `updated_at` and a tombstone, so a later sync can replicate them into a team's
//! aggregates database as they are. The ids do not depend on whose device wrote them: a
//! member with a back-office id gets an id made from it, and a volume's id is made from
//! its member and month. Two reps whose subtrees overlap therefore report the same
//! records, and merging their reports gives one team picture.
//!
//! Nothing here names a customer or a prospect: only members (reps) are named, and
//! pipeline, activity and campaign figures are counts.

use crate::domain::campaigns::campaign::Aim;
use crate::domain::leads::lead::LeadKind;
use crate::domain::leads::stages::StageName;
use crate::domain::locale::money::Cents;
use crate::domain::record::{RecordMeta, impl_record};
use crate::domain::stable_id::hashed_id;
use crate::domain::team::member::{Member, MemberStatus};
use crate::domain::team::rank_rules::Requirement;
use crate::domain::team::volume::Period;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// A member's id in every report: from the back-office id when the member has one.
pub fn team_id(member: &Member) -> Uuid {
    match member.external_id.as_deref().map(str::trim) {
        Some(external) if !external.is_empty() => hashed_id(&format!("member\u{1f}{external}")),
        _ => member.meta.id,
    }
}

/// A month's volume's id in every report: one per member and month.
pub fn volume_id(member: Uuid, period: Period) -> Uuid {
    hashed_id(&format!(
        "volume\u{1f}{member}\u{1f}{}-{}",
        period.year, period.month
    ))
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportedMember {
    /// The id is the member's [`team_id`].
    pub meta: RecordMeta,
    pub sponsor_id: Option<Uuid>,
    pub name: String,
    pub rank: Option<String>,
    pub status: MemberStatus,
    #[serde(with = "crate::domain::locale::time_format::date_days")]
    pub joined_on: NaiveDate,
    #[serde(with = "crate::domain::locale::time_format::date_days_option")]
    pub left_on: Option<NaiveDate>,
    pub external_id: Option<String>,
    /// The rep whose report carried this version.
    pub reported_by: Uuid,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportedVolume {
    /// The id is [`volume_id`] of the member and month.
    pub meta: RecordMeta,
    pub member_id: Uuid,
    pub period: Period,
    pub personal_centipoints: u32,
    pub reported_by: Uuid,
}

/// One month of the reporting rep's own figures.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MonthFigures {
    pub period: Period,
    /// Hundredths of a point.
    pub personal: u64,
    pub group: u64,
    pub active_members: u32,
    /// The rank the month's figures qualify for, by the rep's plan.
    pub rank: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequirementProgress {
    pub requirement: Requirement,
    pub have: u64,
    pub need: u64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NextRank {
    pub name: String,
    pub progress: Vec<RequirementProgress>,
}

/// Open leads in one stage: how many, and what they are expected to bring.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StageFigure {
    pub kind: LeadKind,
    pub stage: StageName,
    pub open: u32,
    pub expected_value: Cents,
}

/// Closed leads of one kind; the conversion rate is `won / (won + lost)`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conversion {
    pub kind: LeadKind,
    pub won: u32,
    pub lost: u32,
}

impl Conversion {
    /// From 0 to 1; `None` while nothing is closed.
    pub fn rate(&self) -> Option<f64> {
        let closed = self.won + self.lost;
        (closed > 0).then(|| f64::from(self.won) / f64::from(closed))
    }
}

/// One week (Monday to Sunday) of the rep's work.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeekActivity {
    #[serde(with = "crate::domain::locale::time_format::date_days")]
    pub monday: NaiveDate,
    pub interactions: u32,
    pub follow_ups_done: u32,
    /// Follow-ups that fell due in the week.
    pub follow_ups_due: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CampaignFigure {
    /// The rep's own name for the campaign.
    pub name: String,
    pub aim: Aim,
    pub recipients: u32,
    pub sent: u32,
    pub replied: u32,
    pub opted_out: u32,
    pub converted: u32,
}

/// The reporting rep's business in figures, as of the report's date (`meta.updated_at`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RepReport {
    /// The id is the rep's own [`team_id`].
    pub meta: RecordMeta,
    pub name: String,
    /// Oldest first, ending with the report's month.
    pub months: Vec<MonthFigures>,
    pub next_rank: Option<NextRank>,
    pub pipeline: Vec<StageFigure>,
    pub conversion: Vec<Conversion>,
    /// Oldest first, ending with the report's week.
    pub activity: Vec<WeekActivity>,
    pub campaigns: Vec<CampaignFigure>,
}

impl_record!(ReportedMember, ReportedVolume, RepReport);

/// Everything one report file holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UplineReport {
    pub rep: RepReport,
    pub members: Vec<ReportedMember>,
    pub volumes: Vec<ReportedVolume>,
}

//! An opportunity with a contact: a sale or a recruit, moving through the stages of its
//! kind's pipeline.

use crate::domain::leads::lost_reasons::LostReason;
use crate::domain::leads::stages::{StageOutcome, outcome_of};
use crate::domain::locale::money::Cents;
use crate::domain::record::{RecordMeta, impl_record, stored_precision};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LeadKind {
    /// An end customer's order.
    Sale,
    /// Someone becoming a rep in the team.
    Recruit,
}

impl LeadKind {
    pub const ALL: [LeadKind; 2] = [LeadKind::Sale, LeadKind::Recruit];
}

/// Where the lead came from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LeadSource {
    #[default]
    Unknown,
    /// Someone the rep knows personally: family, friends, neighbours.
    WarmMarket,
    /// Recommended by a customer or a rep.
    Referral,
    /// A home party, a fair, a workshop.
    Event,
    SocialMedia,
    /// An answer to one of the rep's campaigns.
    Campaign,
    Other,
}

impl LeadSource {
    pub const ALL: [LeadSource; 7] = [
        LeadSource::Unknown,
        LeadSource::WarmMarket,
        LeadSource::Referral,
        LeadSource::Event,
        LeadSource::SocialMedia,
        LeadSource::Campaign,
        LeadSource::Other,
    ];
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StageChange {
    /// A stage id of the lead's pipeline ([`crate::domain::leads::stages`]).
    pub stage: Uuid,
    #[serde(with = "chrono::serde::ts_milliseconds")]
    pub at: DateTime<Utc>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lead {
    pub meta: RecordMeta,
    pub contact_id: Uuid,
    pub kind: LeadKind,
    pub stage: Uuid,
    pub title: String,
    pub expected_value: Cents,
    /// Volume points the sale or the recruit's first order is expected to bring, in
    /// hundredths (12.5 PV is 1250).
    pub expected_centipoints: u32,
    #[serde(with = "crate::domain::locale::time_format::date_days_option")]
    pub expected_close: Option<NaiveDate>,
    pub source: LeadSource,
    /// Every stage the lead entered, oldest first.
    pub history: Vec<StageChange>,
    /// Why a lost lead was lost; kept when it is reopened, for its history.
    pub lost: Option<LostReason>,
}
impl_record!(Lead);

impl Lead {
    pub fn outcome(&self) -> StageOutcome {
        outcome_of(self.kind, self.stage)
    }

    pub fn is_open(&self) -> bool {
        self.outcome() == StageOutcome::Open
    }

    /// When the lead entered its current stage.
    pub fn in_stage_since(&self) -> DateTime<Utc> {
        self.history
            .iter()
            .rev()
            .find(|c| c.stage == self.stage)
            .map_or(self.meta.created_at, |c| c.at)
    }

    /// Moves the lead to `stage` at `now`, recording the change; nothing when it is there.
    pub fn move_to(&mut self, stage: Uuid, now: DateTime<Utc>) {
        if self.stage == stage {
            return;
        }
        let at = stored_precision(now);
        self.stage = stage;
        self.history.push(StageChange { stage, at });
        self.meta.touch(at);
    }
}

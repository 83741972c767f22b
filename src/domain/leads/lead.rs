//! An opportunity with a contact: a sale or a recruit, moving through stages.

use crate::domain::locale::money::Cents;
use crate::domain::record::{RecordMeta, impl_record};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LeadKind {
    Sale,
    Recruit,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum LeadStage {
    New,
    Contacted,
    Qualified,
    Presented,
    Negotiating,
    Won,
    Lost,
}

impl LeadStage {
    pub const ALL: [LeadStage; 7] = [
        LeadStage::New,
        LeadStage::Contacted,
        LeadStage::Qualified,
        LeadStage::Presented,
        LeadStage::Negotiating,
        LeadStage::Won,
        LeadStage::Lost,
    ];

    pub fn is_closed(self) -> bool {
        matches!(self, LeadStage::Won | LeadStage::Lost)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StageChange {
    pub stage: LeadStage,
    #[serde(with = "chrono::serde::ts_milliseconds")]
    pub at: DateTime<Utc>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lead {
    pub meta: RecordMeta,
    pub contact_id: Uuid,
    pub kind: LeadKind,
    pub stage: LeadStage,
    pub title: String,
    pub expected_value: Cents,
    /// Every stage the lead entered, oldest first.
    pub history: Vec<StageChange>,
    pub lost_reason: Option<String>,
}
impl_record!(Lead);

//! A message plan for an audience segmented by role, tags, lead stage and consent.

use crate::domain::consent::ledger::Channel;
use crate::domain::contacts::contact::Role;
use crate::domain::record::{RecordMeta, impl_record};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Audience {
    pub roles: Vec<Role>,
    pub tags: Vec<String>,
    /// Stage ids of the lead pipelines ([`crate::domain::leads::stages`]).
    pub lead_stages: Vec<Uuid>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CampaignStep {
    pub delay_days: u16,
    pub channel: Channel,
    /// Message text with merge fields such as `{first_name}`.
    pub template: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CampaignStatus {
    Draft,
    Running,
    Finished,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Campaign {
    pub meta: RecordMeta,
    pub name: String,
    pub audience: Audience,
    pub steps: Vec<CampaignStep>,
    pub status: CampaignStatus,
}
impl_record!(Campaign);

/// One message of a campaign step sent, or due, to one contact.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CampaignTouch {
    pub meta: RecordMeta,
    pub campaign_id: Uuid,
    pub contact_id: Uuid,
    pub step: u16,
    #[serde(with = "chrono::serde::ts_milliseconds_option")]
    pub sent_at: Option<DateTime<Utc>>,
}
impl_record!(CampaignTouch);

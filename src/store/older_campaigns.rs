//! Campaigns and their touches as formats 1 to 4 stored them, and how each becomes
//! today's record. Before format 5 no page could make a campaign (only the sample data
//! held them), so the mapping favours the safe reading: an older campaign is marketing,
//! and its consent is checked before anything more goes out.

use crate::domain::campaigns::campaign::{
    Aim, Campaign, CampaignStatus, CampaignStep, CampaignTouch, LeaveWhen, TouchEvent, TwoLanguages,
};
use crate::domain::campaigns::consent_guard::Purpose;
use crate::domain::campaigns::segment::{Condition, Segment};
use crate::domain::consent::ledger::Channel;
use crate::domain::contacts::contact::Role;
use crate::domain::leads::lead::LeadKind;
use crate::domain::record::RecordMeta;
use crate::store::chunk::{self, ChunkError};
use crate::store::older_records::{LeadStageV3, unknown_format};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// A campaign's audience as formats 1 to 3 stored it: stages from the fixed list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AudienceV3 {
    pub roles: Vec<Role>,
    pub tags: Vec<String>,
    pub lead_stages: Vec<LeadStageV3>,
}

/// A campaign's audience as format 4 stored it: lists of roles, tags and stage ids.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AudienceV4 {
    pub roles: Vec<Role>,
    pub tags: Vec<String>,
    pub lead_stages: Vec<Uuid>,
}

/// A step as formats 1 to 4 stored it: a channel of its own and one text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CampaignStepV4 {
    pub delay_days: u16,
    pub channel: Channel,
    pub template: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CampaignV3 {
    pub meta: RecordMeta,
    pub name: String,
    pub audience: AudienceV3,
    pub steps: Vec<CampaignStepV4>,
    pub status: CampaignStatus,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CampaignV4 {
    pub meta: RecordMeta,
    pub name: String,
    pub audience: AudienceV4,
    pub steps: Vec<CampaignStepV4>,
    pub status: CampaignStatus,
}

impl From<CampaignV3> for CampaignV4 {
    fn from(old: CampaignV3) -> CampaignV4 {
        // An older stage meant leads of either kind in it.
        let lead_stages = old
            .audience
            .lead_stages
            .iter()
            .flat_map(|stage| LeadKind::ALL.map(|kind| stage.today(kind)))
            .collect();
        CampaignV4 {
            meta: old.meta,
            name: old.name,
            audience: AudienceV4 {
                roles: old.audience.roles,
                tags: old.audience.tags,
                lead_stages,
            },
            steps: old.steps,
            status: old.status,
        }
    }
}

impl From<CampaignV4> for Campaign {
    fn from(old: CampaignV4) -> Campaign {
        // Each list was "any of these", and the lists all had to hold.
        let any = |conditions: Vec<Condition>| {
            (!conditions.is_empty())
                .then(|| Segment::Any(conditions.into_iter().map(Segment::Is).collect()))
        };
        let audience = old.audience;
        let recruiting =
            audience.roles.contains(&Role::Prospect) && !audience.roles.contains(&Role::Customer);
        let segment = Segment::All(
            [
                any(audience.roles.into_iter().map(Condition::Role).collect()),
                any(audience.tags.into_iter().map(Condition::Tag).collect()),
                any(audience
                    .lead_stages
                    .into_iter()
                    .map(Condition::LeadStage)
                    .collect()),
            ]
            .into_iter()
            .flatten()
            .collect(),
        );
        // A campaign now has one channel; the first step's is the one it was started on.
        let channel = old.steps.first().map_or(Channel::Email, |s| s.channel);
        let subject = TwoLanguages::both(&old.name);
        Campaign {
            meta: old.meta,
            name: old.name,
            aim: if recruiting {
                Aim::FutureReps
            } else {
                Aim::Customers
            },
            purpose: Purpose::Marketing,
            channel,
            segment,
            steps: old
                .steps
                .into_iter()
                .map(|step| CampaignStep {
                    delay_days: step.delay_days,
                    subject: subject.clone(),
                    message: TwoLanguages::both(&step.template),
                })
                .collect(),
            opt_out: TwoLanguages::default(),
            fallbacks: Vec::new(),
            leave_when: LeaveWhen::default(),
            conversion_days: 30,
            status: old.status,
        }
    }
}

/// A touch as formats 1 to 4 stored it: a step, sent or still due.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CampaignTouchV4 {
    pub meta: RecordMeta,
    pub campaign_id: Uuid,
    pub contact_id: Uuid,
    pub step: u16,
    #[serde(with = "chrono::serde::ts_milliseconds_option")]
    pub sent_at: Option<DateTime<Utc>>,
}

impl From<CampaignTouchV4> for CampaignTouch {
    fn from(old: CampaignTouchV4) -> CampaignTouch {
        // A step still due meant the contact was in the campaign: they stay in it, and
        // the guard decides when the step comes up whether it may go out.
        let (at, event) = match old.sent_at {
            Some(sent) => (
                sent,
                TouchEvent::Sent {
                    step: old.step,
                    consent: None,
                },
            ),
            None => (
                old.meta.created_at,
                TouchEvent::Entered {
                    on: old.meta.created_at.date_naive(),
                },
            ),
        };
        CampaignTouch {
            meta: old.meta,
            campaign_id: old.campaign_id,
            contact_id: old.contact_id,
            at,
            event,
        }
    }
}

pub fn campaigns_from_older_format(
    format: u8,
    payload: &[u8],
) -> Result<Vec<Campaign>, ChunkError> {
    let older: Vec<CampaignV4> = match format {
        1..=3 => chunk::decode::<Vec<CampaignV3>>(payload)?
            .into_iter()
            .map(CampaignV4::from)
            .collect(),
        4 => chunk::decode(payload)?,
        other => return Err(unknown_format("campaign", other)),
    };
    Ok(older.into_iter().map(Campaign::from).collect())
}

pub fn touches_from_older_format(
    format: u8,
    payload: &[u8],
) -> Result<Vec<CampaignTouch>, ChunkError> {
    match format {
        1..=4 => Ok(chunk::decode::<Vec<CampaignTouchV4>>(payload)?
            .into_iter()
            .map(CampaignTouch::from)
            .collect()),
        other => Err(unknown_format("campaign touch", other)),
    }
}

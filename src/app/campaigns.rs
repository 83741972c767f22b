//! Campaigns: saved, duplicated, started (its audience enters, each one the guard lets
//! through), joined by contacts who match later, finished. Every command returns an undo.

use crate::app::campaign_audience::{AudienceFacts, Exclusion, Reach, reach};
use crate::app::storage::Storage;
use crate::app::undo::{Undo, write_with_undo};
use crate::domain::campaigns::campaign::{Campaign, CampaignStatus, CampaignTouch, TouchEvent};
use crate::domain::campaigns::message::UnreadableText;
use crate::domain::consent::ledger::Channel;
use crate::domain::dataset::DataSet;
use crate::domain::locale::local_clock::LocalClock;
use crate::domain::record::RecordMeta;
use crate::store::collection::Collections;
use crate::store::error::StoreError;
use crate::store::index::{IndexName, Query};
use std::collections::HashSet;
use uuid::Uuid;

/// Why a campaign was not saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CampaignRefused {
    NoName,
    NoSteps,
    /// Letters go by post, which the phone cannot send.
    ChannelNotSendable,
    /// A message or subject with an unknown merge field or a lone brace.
    Text(UnreadableText),
}

/// The channels a campaign can send on from the phone.
pub const SENDABLE: [Channel; 4] = [
    Channel::Email,
    Channel::Sms,
    Channel::WhatsApp,
    Channel::Phone,
];

/// Saves a new or changed campaign, its steps in the order they go out.
pub async fn save_campaign(
    storage: &impl Storage,
    mut campaign: Campaign,
    clock: &LocalClock,
) -> Result<Result<Undo, CampaignRefused>, StoreError> {
    campaign.name = campaign.name.trim().to_string();
    if campaign.name.is_empty() {
        return Ok(Err(CampaignRefused::NoName));
    }
    if campaign.steps.is_empty() {
        return Ok(Err(CampaignRefused::NoSteps));
    }
    if !SENDABLE.contains(&campaign.channel) {
        return Ok(Err(CampaignRefused::ChannelNotSendable));
    }
    campaign.steps.sort_by_key(|step| step.delay_days);
    if let Err(unreadable) = campaign.check_texts() {
        return Ok(Err(CampaignRefused::Text(unreadable)));
    }
    campaign.meta.touch(clock.now);
    let writes = DataSet {
        campaigns: vec![campaign],
        ..DataSet::default()
    };
    write_with_undo(storage, writes, clock).await.map(Ok)
}

/// A copy of a campaign as a new draft called `name`, with nobody in it yet: its
/// audience enters, through the guard, when it starts.
pub async fn duplicate_campaign(
    storage: &impl Storage,
    id: Uuid,
    name: &str,
    clock: &LocalClock,
) -> Result<Option<(Uuid, Undo)>, StoreError> {
    let Some(mut copy) = storage.read(|all| all.campaigns.get(&id).cloned()) else {
        return Ok(None);
    };
    copy.meta = RecordMeta::new(clock.now);
    copy.name = name.trim().to_string();
    copy.status = CampaignStatus::Draft;
    let new_id = copy.meta.id;
    let writes = DataSet {
        campaigns: vec![copy],
        ..DataSet::default()
    };
    let undo = write_with_undo(storage, writes, clock).await?;
    Ok(Some((new_id, undo)))
}

/// What starting a campaign did.
#[derive(Clone, Debug, PartialEq)]
pub struct Started {
    pub entered: usize,
    /// Matched by the segment, but getting no message, with the reason.
    pub left_out: Vec<(Uuid, Exclusion)>,
    pub undo: Undo,
}

/// Starts a campaign: everyone its segment matches today and the guard lets through
/// enters it; the rest are listed. `Ok(None)` if it is gone or already running.
pub async fn start_campaign(
    storage: &impl Storage,
    id: Uuid,
    clock: &LocalClock,
) -> Result<Option<Started>, StoreError> {
    let Some(mut campaign) = storage.read(|all| all.campaigns.get(&id).cloned()) else {
        return Ok(None);
    };
    if campaign.status == CampaignStatus::Running {
        return Ok(None);
    }
    let facts = AudienceFacts::gather(storage, clock);
    let reach = storage.read(|all| newcomers(all, &campaign, &facts, clock));
    campaign.status = CampaignStatus::Running;
    campaign.meta.touch(clock.now);
    let mut writes = DataSet {
        campaign_touches: entries(&campaign, &reach.reachable, clock),
        ..DataSet::default()
    };
    writes.campaigns.push(campaign);
    let undo = write_with_undo(storage, writes, clock).await?;
    Ok(Some(Started {
        entered: reach.reachable.len(),
        left_out: reach.left_out,
        undo,
    }))
}

/// Contacts who match a running campaign's segment now but were never in it (added or
/// imported since it started, or changed to fit it) enter it, through the guard like
/// everyone else. Returns how many entered, and the undo; `None` if nobody did.
pub async fn join_running_campaigns(
    storage: &impl Storage,
    clock: &LocalClock,
) -> Result<Option<(usize, Undo)>, StoreError> {
    let running: Vec<Campaign> = storage.read(|all| {
        all.campaigns
            .iter()
            .filter(|c| c.status == CampaignStatus::Running)
            .cloned()
            .collect()
    });
    if running.is_empty() {
        return Ok(None);
    }
    let facts = AudienceFacts::gather(storage, clock);
    let touches: Vec<CampaignTouch> = storage.read(|all| {
        running
            .iter()
            .flat_map(|campaign| {
                let reach = newcomers(all, campaign, &facts, clock);
                entries(campaign, &reach.reachable, clock)
            })
            .collect()
    });
    if touches.is_empty() {
        return Ok(None);
    }
    let entered = touches.len();
    let writes = DataSet {
        campaign_touches: touches,
        ..DataSet::default()
    };
    let undo = write_with_undo(storage, writes, clock).await?;
    Ok(Some((entered, undo)))
}

/// Ends a campaign: no more steps come due; its results stay.
pub async fn finish_campaign(
    storage: &impl Storage,
    id: Uuid,
    clock: &LocalClock,
) -> Result<Option<Undo>, StoreError> {
    let Some(mut campaign) = storage.read(|all| all.campaigns.get(&id).cloned()) else {
        return Ok(None);
    };
    campaign.status = CampaignStatus::Finished;
    campaign.meta.touch(clock.now);
    let writes = DataSet {
        campaigns: vec![campaign],
        ..DataSet::default()
    };
    write_with_undo(storage, writes, clock).await.map(Some)
}

/// Who the segment matches that has never been in the campaign, split by the guard.
fn newcomers(
    all: &Collections,
    campaign: &Campaign,
    facts: &AudienceFacts,
    clock: &LocalClock,
) -> Reach {
    let been_in: HashSet<Uuid> = all
        .campaign_touches
        .query(Query::Equals(IndexName::Campaign, campaign.meta.id.into()))
        .into_iter()
        .map(|t| t.contact_id)
        .collect();
    let matching: Vec<Uuid> = facts
        .matching(&campaign.segment)
        .into_iter()
        .filter(|id| !been_in.contains(id))
        .collect();
    reach(all, &matching, campaign.purpose, campaign.channel, clock)
}

fn entries(campaign: &Campaign, contacts: &[Uuid], clock: &LocalClock) -> Vec<CampaignTouch> {
    let on = clock.today();
    contacts
        .iter()
        .map(|contact| {
            CampaignTouch::new(
                campaign.meta.id,
                *contact,
                clock.now,
                TouchEvent::Entered { on },
            )
        })
        .collect()
}

// proptest runs natively; the browser tests (wasm32) do not build it.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod property_tests;
#[cfg(test)]
pub mod tests;

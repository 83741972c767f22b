//! The campaigns page's figures: each campaign with its recipients and results, and
//! campaigns for customers set against campaigns for future reps.

use crate::app::storage::Storage;
use crate::domain::campaigns::campaign::{Aim, Campaign, CampaignStatus, LeftBecause, TouchEvent};
use crate::domain::campaigns::consent_guard::Purpose;
use crate::domain::campaigns::results::{CampaignResults, Counts, RecipientHistory, results};
use crate::domain::consent::ledger::Channel;
use crate::domain::contacts::interaction::Direction;
use crate::domain::locale::local_clock::LocalClock;
use crate::store::collection::Collections;
use crate::store::index::{IndexName, Query};
use std::collections::HashMap;
use uuid::Uuid;

#[derive(Clone, Debug, PartialEq)]
pub struct CampaignSummary {
    pub id: Uuid,
    pub name: String,
    pub aim: Aim,
    pub purpose: Purpose,
    pub channel: Channel,
    pub status: CampaignStatus,
    /// People who entered it.
    pub recipients: usize,
    pub results: CampaignResults,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct CampaignsOverview {
    /// Running first, then drafts, then finished; newest first within each.
    pub campaigns: Vec<CampaignSummary>,
    pub for_customers: Counts,
    pub for_future_reps: Counts,
}

pub fn campaigns_overview(storage: &impl Storage, clock: &LocalClock) -> CampaignsOverview {
    storage.read(|all| {
        let mut overview = CampaignsOverview::default();
        let mut campaigns: Vec<&Campaign> = all.campaigns.iter().collect();
        let rank = |status| match status {
            CampaignStatus::Running => 0,
            CampaignStatus::Draft => 1,
            CampaignStatus::Finished => 2,
        };
        campaigns.sort_by_key(|c| (rank(c.status), std::cmp::Reverse(c.meta.created_at)));
        for campaign in campaigns {
            let summary = summary(all, campaign, clock);
            match campaign.aim {
                Aim::Customers => overview.for_customers.add(summary.results.total),
                Aim::FutureReps => overview.for_future_reps.add(summary.results.total),
            }
            overview.campaigns.push(summary);
        }
        overview
    })
}

/// One campaign's recipients and results.
pub fn summary(all: &Collections, campaign: &Campaign, clock: &LocalClock) -> CampaignSummary {
    let mut histories: HashMap<Uuid, RecipientHistory> = HashMap::new();
    for touch in all
        .campaign_touches
        .query(Query::Equals(IndexName::Campaign, campaign.meta.id.into()))
    {
        let history = histories.entry(touch.contact_id).or_default();
        match touch.event {
            TouchEvent::Sent { step, .. } => history.sends.push((step, touch.at)),
            TouchEvent::Left(LeftBecause::OptedOut) => history.opted_out = Some(touch.at),
            _ => {}
        }
    }
    for (contact, history) in histories.iter_mut() {
        if history.sends.is_empty() {
            continue;
        }
        let of = || Query::Equals(IndexName::Contact, (*contact).into());
        history.replies = all
            .interactions
            .query(of())
            .iter()
            .filter(|i| i.direction == Direction::Incoming)
            .map(|i| i.at)
            .collect();
        history.conversions = all
            .leads
            .query(of())
            .iter()
            .map(|l| l.meta.created_at)
            .chain(
                all.orders
                    .query(of())
                    .iter()
                    .map(|o| clock.start_of(o.date)),
            )
            .chain(
                all.members
                    .query(of())
                    .iter()
                    .map(|m| clock.start_of(m.joined_on)),
            )
            .collect();
    }
    CampaignSummary {
        id: campaign.meta.id,
        name: campaign.name.clone(),
        aim: campaign.aim,
        purpose: campaign.purpose,
        channel: campaign.channel,
        status: campaign.status,
        recipients: histories.len(),
        results: results(
            campaign.steps.len(),
            campaign.conversion_days,
            histories.values(),
        ),
    }
}

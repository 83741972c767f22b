//! What the campaign pages show: a campaign to edit, the live audience of a segment as
//! the rep builds it, a message previewed for any recipient, and who was left out.

use crate::app::campaign_audience::{AudienceFacts, Exclusion, reach};
use crate::app::campaign_results::{CampaignSummary, summary};
use crate::app::lead_stages::lead_settings;
use crate::app::storage::Storage;
use crate::domain::campaigns::campaign::Campaign;
use crate::domain::campaigns::consent_guard::Purpose;
use crate::domain::campaigns::segment::Segment;
use crate::domain::consent::ledger::Channel;
use crate::domain::leads::lead::LeadKind;
use crate::domain::leads::stages::StageName;
use crate::domain::locale::local_clock::LocalClock;
use uuid::Uuid;

pub fn campaign_to_edit(storage: &impl Storage, id: Uuid) -> Option<Campaign> {
    storage.read(|all| all.campaigns.get(&id).cloned())
}

/// The stages a segment can ask for: each kind's pipeline in board order, without the
/// stages the rep removed.
pub fn stage_choices(storage: &impl Storage) -> Vec<(Uuid, LeadKind, StageName)> {
    let settings = lead_settings(storage);
    LeadKind::ALL
        .into_iter()
        .flat_map(|kind| {
            settings
                .pipeline(kind)
                .stages
                .iter()
                .filter(|stage| !stage.retired)
                .map(move |stage| (stage.id, kind, stage.name.clone()))
        })
        .collect()
}

/// A campaign with its figures, for its page.
pub fn campaign_page(
    storage: &impl Storage,
    id: Uuid,
    clock: &LocalClock,
) -> Option<(Campaign, CampaignSummary)> {
    storage.read(|all| {
        let campaign = all.campaigns.get(&id)?;
        Some((campaign.clone(), summary(all, campaign, clock)))
    })
}

/// How many people a segment would reach, as the builder shows it while it changes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AudiencePreview {
    pub matching: usize,
    pub reachable: usize,
    /// The first few it would reach, by name.
    pub first: Vec<(Uuid, String)>,
    /// How many are left out, for each reason that leaves anyone out.
    pub left_out: Vec<(Exclusion, usize)>,
}

const FIRST_SHOWN: usize = 5;

pub fn audience_preview(
    storage: &impl Storage,
    facts: &AudienceFacts,
    segment: &Segment,
    purpose: Purpose,
    channel: Channel,
    clock: &LocalClock,
) -> AudiencePreview {
    let matching = facts.matching(segment);
    storage.read(|all| {
        let reach = reach(all, &matching, purpose, channel, clock);
        let mut left_out: Vec<(Exclusion, usize)> = Vec::new();
        for (_, why) in &reach.left_out {
            match left_out.iter_mut().find(|(w, _)| w == why) {
                Some((_, n)) => *n += 1,
                None => left_out.push((*why, 1)),
            }
        }
        AudiencePreview {
            matching: matching.len(),
            reachable: reach.reachable.len(),
            first: reach
                .reachable
                .iter()
                .take(FIRST_SHOWN)
                .filter_map(|id| Some((*id, all.contacts.get(id)?.display_name())))
                .collect(),
            left_out,
        }
    })
}

/// The people a start left out, by name, with the reason.
pub fn left_out_people(
    storage: &impl Storage,
    left_out: &[(Uuid, Exclusion)],
) -> Vec<(Uuid, String, Exclusion)> {
    storage.read(|all| {
        left_out
            .iter()
            .filter_map(|(id, why)| Some((*id, all.contacts.get(id)?.display_name(), *why)))
            .collect()
    })
}

//! What a reply does to campaigns. "STOP" (or "Stopp", "Abmelden") on a channel
//! withdraws consent for that channel at once, records how, and takes the contact out of
//! every running marketing campaign on it; any other reply takes them out of the
//! campaigns that end for those who answer. Every incoming message logged anywhere goes
//! through here, so a STOP is honoured whichever page it was written on.

use crate::domain::campaigns::campaign::{CampaignStatus, CampaignTouch, LeftBecause, TouchEvent};
use crate::domain::campaigns::consent_guard::{Purpose, is_opt_out_reply};
use crate::domain::campaigns::sequence::Progress;
use crate::domain::consent::ledger::{Channel, ConsentChange, ConsentMethod, ConsentState};
use crate::domain::contacts::contact::Contact;
use crate::domain::contacts::interaction::{Direction, Interaction, InteractionKind};
use crate::store::collection::Collections;
use crate::store::index::{IndexName, Query};
use chrono::{DateTime, Utc};

/// The channel a logged message came in on; meetings and notes have none.
pub fn channel_of(kind: InteractionKind) -> Option<Channel> {
    match kind {
        InteractionKind::Email => Some(Channel::Email),
        InteractionKind::Sms => Some(Channel::Sms),
        InteractionKind::WhatsApp => Some(Channel::WhatsApp),
        InteractionKind::Call => Some(Channel::Phone),
        InteractionKind::Meeting | InteractionKind::Note => None,
    }
}

/// What logging `reply` changes besides the log itself: the contact with consent
/// withdrawn, and the campaigns they leave.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReplyEffects {
    pub withdrawn: Option<Contact>,
    pub leaving: Vec<CampaignTouch>,
}

pub fn reply_effects(all: &Collections, reply: &Interaction, now: DateTime<Utc>) -> ReplyEffects {
    let mut effects = ReplyEffects::default();
    let Some(channel) = channel_of(reply.kind).filter(|_| reply.direction == Direction::Incoming)
    else {
        return effects;
    };
    let Some(contact) = all.contacts.get(&reply.contact_id) else {
        return effects;
    };
    let now = crate::domain::record::stored_precision(now);
    let opted_out = is_opt_out_reply(&reply.summary);
    if opted_out && contact.consent.state(channel) != ConsentState::Refused {
        let mut contact = contact.clone();
        contact.consent.record(ConsentChange {
            channel,
            state: ConsentState::Refused,
            // In force from when the app learns of it: a reply logged with a time
            // rounded to the minute must not land before the consent it withdraws.
            at: now,
            method: ConsentMethod::likely_withdrawal(channel),
            proof: reply.summary.trim().to_string(),
        });
        contact.meta.touch(now);
        effects.withdrawn = Some(contact);
    }
    let touches = all
        .campaign_touches
        .query(Query::Equals(IndexName::Contact, reply.contact_id.into()));
    for campaign in all
        .campaigns
        .iter()
        .filter(|c| c.status == CampaignStatus::Running)
    {
        let why =
            if opted_out && campaign.purpose == Purpose::Marketing && campaign.channel == channel {
                LeftBecause::OptedOut
            } else if campaign.leave_when.replied {
                LeftBecause::Replied
            } else {
                continue;
            };
        let progress = Progress::of(
            touches
                .iter()
                .copied()
                .filter(|t| t.campaign_id == campaign.meta.id),
        );
        if progress.is_some_and(|p| p.left.is_none()) {
            effects.leaving.push(CampaignTouch::new(
                campaign.meta.id,
                reply.contact_id,
                now,
                TouchEvent::Left(why),
            ));
        }
    }
    effects
}

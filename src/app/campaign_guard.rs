//! The consent guard at the one door every write goes through ([`crate::app::writes`]):
//! a batch that would let a marketing campaign reach a contact (put them in it, or
//! record a message sent) without consent granted for the campaign's channel, both at
//! the touch's moment and now, is refused whole. So no page, import or later feature can
//! send marketing around it, whoever builds the batch.

use crate::domain::campaigns::campaign::{CampaignTouch, TouchEvent};
use crate::domain::campaigns::consent_guard::{Purpose, may_send};
use crate::domain::contacts::contact::Contact;
use crate::domain::record::Record;
use crate::store::collection::{Collections, Pending};
use crate::store::error::StoreError;
use chrono::{DateTime, Utc};
use std::mem::discriminant;

/// Checks the campaign touches of a batch against the records as they will be.
pub fn check(all: &Collections, pending: &Pending, now: DateTime<Utc>) -> Result<(), StoreError> {
    for touch in pending.campaign_touches.iter() {
        if touch.meta.is_deleted() || !touch.reaches_contact() || is_history(all, pending, touch) {
            continue;
        }
        let refused = || StoreError::WithoutConsent {
            contact: touch.contact_id,
        };
        let campaign = latest(
            &pending.campaigns,
            all.campaigns.get(&touch.campaign_id),
            touch.campaign_id,
        );
        let Some(campaign) = campaign else {
            return Err(refused());
        };
        if campaign.purpose == Purpose::Service {
            continue;
        }
        let contact: Option<&Contact> = latest(
            &pending.contacts,
            all.contacts.get(&touch.contact_id),
            touch.contact_id,
        );
        let Some(contact) = contact else {
            return Err(refused());
        };
        let allowed_at = |at| may_send(Purpose::Marketing, &contact.consent, campaign.channel, at);
        let relied_on = allowed_at(touch.at).map_err(|_| refused())?;
        allowed_at(now).map_err(|_| refused())?;
        if let TouchEvent::Sent { consent, .. } = &touch.event
            && *consent != relied_on
        {
            return Err(refused());
        }
    }
    Ok(())
}

/// The record as the batch leaves it: its last put, or the stored one.
fn latest<'a, T: Record>(pending: &'a [T], stored: Option<&'a T>, id: uuid::Uuid) -> Option<&'a T> {
    pending
        .iter()
        .rev()
        .find(|r| r.meta().id == id)
        .or(stored)
        .filter(|r| !r.meta().is_deleted())
}

/// A touch already stored as the same event of the same campaign is history written
/// again, not a new message: an edit, or a merge moving it from a contact who is gone
/// to the one who stays.
fn is_history(all: &Collections, pending: &Pending, touch: &CampaignTouch) -> bool {
    let Some(stored) = all.campaign_touches.get(&touch.meta.id) else {
        return false;
    };
    let same_event = stored.campaign_id == touch.campaign_id
        && discriminant(&stored.event) == discriminant(&touch.event);
    let same_person = stored.contact_id == touch.contact_id
        || latest(
            &pending.contacts,
            all.contacts.get(&stored.contact_id),
            stored.contact_id,
        )
        .is_none();
    same_event && same_person
}

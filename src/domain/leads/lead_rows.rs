//! Every lead's score inputs, from the records about its contact: what the model is
//! trained on (the closed leads, judged just before they closed) and what it scores
//! (the open ones, judged now).

use crate::domain::contacts::contact::Contact;
use crate::domain::contacts::interaction::Interaction;
use crate::domain::contacts::order::Order;
use crate::domain::leads::lead::{Lead, LeadKind};
use crate::domain::leads::lead_facts::{ContactRecords, LeadFacts, judged_at};
use crate::domain::leads::lead_settings::LeadSettings;
use crate::domain::leads::score_inputs::{Row, row_of};
use crate::domain::leads::stages::StageOutcome;
use chrono::{DateTime, Utc};
use std::collections::HashMap;
use uuid::Uuid;

/// The records about each contact, found by id.
pub struct RecordIndex<'a> {
    contacts: HashMap<Uuid, &'a Contact>,
    interactions: HashMap<Uuid, Vec<&'a Interaction>>,
    orders: HashMap<Uuid, Vec<&'a Order>>,
    /// When the rep's campaigns sent each contact a message.
    campaign_sends: HashMap<Uuid, Vec<DateTime<Utc>>>,
}

impl<'a> RecordIndex<'a> {
    pub fn new(
        contacts: impl IntoIterator<Item = &'a Contact>,
        interactions: impl IntoIterator<Item = &'a Interaction>,
        orders: impl IntoIterator<Item = &'a Order>,
    ) -> Self {
        let mut by_contact: HashMap<Uuid, Vec<&'a Interaction>> = HashMap::new();
        for i in interactions {
            by_contact.entry(i.contact_id).or_default().push(i);
        }
        let mut orders_by_contact: HashMap<Uuid, Vec<&'a Order>> = HashMap::new();
        for o in orders {
            orders_by_contact.entry(o.contact_id).or_default().push(o);
        }
        RecordIndex {
            contacts: contacts.into_iter().map(|c| (c.meta.id, c)).collect(),
            interactions: by_contact,
            orders: orders_by_contact,
            campaign_sends: HashMap::new(),
        }
    }

    /// Adds the campaign messages sent, each as its contact and moment, so that the
    /// replies to them count.
    pub fn with_campaign_sends(
        mut self,
        sends: impl IntoIterator<Item = (Uuid, DateTime<Utc>)>,
    ) -> Self {
        for (contact, at) in sends {
            self.campaign_sends.entry(contact).or_default().push(at);
        }
        self
    }

    pub fn of(&self, contact_id: Uuid) -> ContactRecords<'_> {
        let contact = self.contacts.get(&contact_id).copied();
        ContactRecords {
            contact,
            referrer: contact
                .and_then(|c| c.referred_by)
                .and_then(|id| self.contacts.get(&id).copied()),
            interactions: self
                .interactions
                .get(&contact_id)
                .map_or(&[], Vec::as_slice),
            orders: self.orders.get(&contact_id).map_or(&[], Vec::as_slice),
            campaign_sends: self
                .campaign_sends
                .get(&contact_id)
                .map_or(&[], Vec::as_slice),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct LeadRow {
    pub lead_id: Uuid,
    pub kind: LeadKind,
    pub row: Row,
    /// The facts the row was made from, to put the reasons in words.
    pub facts: LeadFacts,
    /// Whether it was won; `None` while it is open.
    pub won: Option<bool>,
}

/// The rows of every lead that is not deleted, in the order given.
pub fn lead_rows<'a>(
    leads: impl IntoIterator<Item = &'a Lead>,
    records: &RecordIndex,
    settings: &LeadSettings,
    now: DateTime<Utc>,
) -> Vec<LeadRow> {
    leads
        .into_iter()
        .filter(|l| !l.meta.is_deleted())
        .map(|lead| {
            let facts = LeadFacts::of(
                lead,
                settings.pipeline(lead.kind),
                &records.of(lead.contact_id),
                judged_at(lead, now),
            );
            LeadRow {
                lead_id: lead.meta.id,
                kind: lead.kind,
                row: row_of(&facts),
                facts,
                won: match lead.outcome() {
                    StageOutcome::Open => None,
                    StageOutcome::Won => Some(true),
                    StageOutcome::Lost => Some(false),
                },
            }
        })
        .collect()
}

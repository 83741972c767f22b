//! Who a campaign reaches: the contacts its segment matches today, and of those, who may
//! get its messages on its channel now and who is left out, with the reason.

use crate::app::lead_scores::{LeadModels, kept_models, train_models};
use crate::app::storage::Storage;
use crate::domain::campaigns::consent_guard::{LeftOut, Purpose, may_send};
use crate::domain::campaigns::segment::{ContactFacts, Segment};
use crate::domain::consent::ledger::Channel;
use crate::domain::contacts::contact::Contact;
use crate::domain::locale::language::Language;
use crate::domain::locale::local_clock::LocalClock;
use crate::domain::team::member::MemberStatus;
use crate::domain::team::volume::Period;
use crate::store::collection::Collections;
use chrono::NaiveDate;
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

/// What the segments read of every contact but the rep, gathered in one pass over
/// each collection.
pub struct AudienceFacts {
    pub contacts: Vec<(Uuid, ContactFacts)>,
    pub today: NaiveDate,
}

impl AudienceFacts {
    pub fn gather(storage: &impl Storage, clock: &LocalClock) -> AudienceFacts {
        let models =
            kept_models(storage, clock.now).unwrap_or_else(|| train_models(storage, clock.now));
        let rep = storage.settings().profile.map(|p| p.contact_id);
        let today = clock.today();
        let contacts = storage.read(|all| facts_of_all(all, &models, rep, clock));
        AudienceFacts { contacts, today }
    }

    /// The contacts `segment` matches, by name.
    pub fn matching(&self, segment: &Segment) -> Vec<Uuid> {
        self.contacts
            .iter()
            .filter(|(_, facts)| segment.matches(facts, self.today))
            .map(|(id, _)| *id)
            .collect()
    }
}

fn facts_of_all(
    all: &Collections,
    models: &LeadModels,
    rep: Option<Uuid>,
    clock: &LocalClock,
) -> Vec<(Uuid, ContactFacts)> {
    let mut facts: HashMap<Uuid, ContactFacts> = all
        .contacts
        .iter()
        .filter(|c| Some(c.meta.id) != rep)
        .map(|c| (c.meta.id, own_facts(c)))
        .collect();
    let latest = |slot: &mut Option<NaiveDate>, day: NaiveDate| {
        *slot = Some(slot.map_or(day, |d| d.max(day)));
    };
    for interaction in all.interactions.iter() {
        if let Some(f) = facts.get_mut(&interaction.contact_id) {
            latest(&mut f.last_contact, clock.local(interaction.at).date());
        }
    }
    for order in all.orders.iter() {
        if let Some(f) = facts.get_mut(&order.contact_id) {
            latest(&mut f.last_order, order.date);
        }
    }
    let scores = models.scores();
    for lead in all.leads.iter() {
        if let Some(f) = facts.get_mut(&lead.contact_id) {
            let band = lead
                .is_open()
                .then(|| scores.get(&lead.meta.id).map(|s| s.band))
                .flatten();
            f.leads.push((lead.kind, lead.stage, band));
        }
    }
    let this_month = Period::of(clock.today());
    let with_volume: HashSet<Uuid> = all
        .volumes
        .iter()
        .filter(|v| v.period == this_month && v.personal_centipoints > 0)
        .map(|v| v.member_id)
        .collect();
    for member in all.members.iter() {
        if member.status == MemberStatus::Terminated {
            continue;
        }
        if let Some(f) = facts.get_mut(&member.contact_id) {
            f.member_active = Some(with_volume.contains(&member.meta.id));
        }
    }
    let mut names: Vec<(String, Uuid)> = all
        .contacts
        .iter()
        .filter(|c| facts.contains_key(&c.meta.id))
        .map(|c| (c.display_name().to_lowercase(), c.meta.id))
        .collect();
    names.sort_unstable();
    names
        .into_iter()
        .filter_map(|(_, id)| Some((id, facts.remove(&id)?)))
        .collect()
}

fn own_facts(contact: &Contact) -> ContactFacts {
    ContactFacts {
        roles: contact.roles.clone(),
        tags: contact.tags.clone(),
        birthday: contact.birthday,
        language: contact.language.as_deref().and_then(Language::of_tag),
        ..ContactFacts::default()
    }
}

/// Why a contact the segment matches gets no message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Exclusion {
    Consent(LeftOut),
    /// No email address for an email, no phone number for the others.
    NoAddress,
}

/// A campaign's audience at one moment: who may get its messages and who may not.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Reach {
    pub reachable: Vec<Uuid>,
    pub left_out: Vec<(Uuid, Exclusion)>,
}

/// Splits `matching` by what the consent guard says of each for `purpose` on
/// `channel` now.
pub fn reach(
    all: &Collections,
    matching: &[Uuid],
    purpose: Purpose,
    channel: Channel,
    clock: &LocalClock,
) -> Reach {
    let mut reach = Reach::default();
    for id in matching {
        let Some(contact) = all.contacts.get(id) else {
            continue;
        };
        match may_send(purpose, &contact.consent, channel, clock.now) {
            Err(why) => reach.left_out.push((*id, Exclusion::Consent(why))),
            Ok(_) if address(contact, channel).is_none() => {
                reach.left_out.push((*id, Exclusion::NoAddress))
            }
            Ok(_) => reach.reachable.push(*id),
        }
    }
    reach
}

/// Where a message on `channel` goes: the first email address, or for the phone's
/// channels a mobile number where there is one, else the first number.
pub fn address(contact: &Contact, channel: Channel) -> Option<&str> {
    match channel {
        Channel::Email => contact.emails.first().map(|l| l.value.as_str()),
        Channel::Post => None,
        Channel::Phone | Channel::Sms | Channel::WhatsApp => contact
            .phones
            .iter()
            .find(|p| {
                crate::domain::locale::phone::german_kind(&p.value)
                    == Some(crate::domain::locale::phone::NumberKind::Mobile)
            })
            .map(|p| p.value.as_str())
            .or_else(|| contact.phones.first().map(|l| l.value.as_str())),
    }
}

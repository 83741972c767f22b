//! The send queue: every campaign step due today, written out for its recipient with the
//! link that opens the phone's app; and what the rep does with each: sent, skipped, later.
//! The guard is asked again at the moment of sending, so consent withdrawn since the
//! queue was built stops the message.

use crate::app::campaign_audience::{Exclusion, address};
use crate::app::settings::owner_name;
use crate::app::storage::Storage;
use crate::app::undo::{Undo, write_with_undo};
use crate::domain::campaigns::campaign::{Campaign, CampaignStatus, CampaignTouch, TouchEvent};
use crate::domain::campaigns::consent_guard::may_send;
use crate::domain::campaigns::message::{Message, RecipientFields, UnreadableText};
use crate::domain::campaigns::sequence::Progress;
use crate::domain::consent::ledger::{Channel, ConsentChange};
use crate::domain::contacts::contact::Contact;
use crate::domain::contacts::interaction::{Direction, Interaction, InteractionKind};
use crate::domain::contacts::quick_actions;
use crate::domain::dataset::DataSet;
use crate::domain::locale::language::Language;
use crate::domain::locale::local_clock::LocalClock;
use crate::domain::record::RecordMeta;
use crate::store::collection::Collections;
use crate::store::error::StoreError;
use crate::store::index::{IndexName, Query};
use chrono::{DateTime, NaiveDate, Utc};
use std::collections::HashMap;
use uuid::Uuid;

/// One message to send now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueueItem {
    pub campaign_id: Uuid,
    pub campaign_name: String,
    pub contact_id: Uuid,
    pub contact_name: String,
    /// Counted from 0; the page shows "step 1 of 2".
    pub step: u16,
    pub steps: u16,
    pub channel: Channel,
    pub due_on: NaiveDate,
    /// For a call, the talking points.
    pub message: Message,
    /// Opens the phone's app with recipient and text filled in (`tel:` for a call).
    pub link: String,
}

/// Why a due step is not in the queue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HeldBack {
    Excluded(Exclusion),
    /// The campaign's text cannot be read; the rep must correct it first.
    Unreadable(UnreadableText),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Held {
    pub campaign_id: Uuid,
    pub campaign_name: String,
    pub contact_id: Uuid,
    pub contact_name: String,
    pub why: HeldBack,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SendQueue {
    /// Oldest due first, then by campaign and name.
    pub due: Vec<QueueItem>,
    pub held: Vec<Held>,
}

/// What every message of the queue needs besides its campaign and recipient.
struct Sender {
    rep_name: String,
    language: Language,
}

impl Sender {
    fn of(storage: &impl Storage) -> Sender {
        Sender {
            rep_name: owner_name(storage),
            language: storage.settings().language.unwrap_or(Language::De),
        }
    }
}

pub fn send_queue(storage: &impl Storage, clock: &LocalClock) -> SendQueue {
    let sender = Sender::of(storage);
    storage.read(|all| {
        let mut queue = SendQueue::default();
        let running = all
            .campaigns
            .iter()
            .filter(|c| c.status == CampaignStatus::Running);
        for campaign in running {
            for (contact_id, progress) in recipients(all, campaign) {
                let Some(contact) = all.contacts.get(&contact_id) else {
                    continue;
                };
                match due_message(all, campaign, contact, &progress, &sender, clock) {
                    Due::No => {}
                    Due::Ready(item, _) => queue.due.push(*item),
                    Due::Held(why) => queue.held.push(Held {
                        campaign_id: campaign.meta.id,
                        campaign_name: campaign.name.clone(),
                        contact_id,
                        contact_name: contact.display_name(),
                        why,
                    }),
                }
            }
        }
        queue.due.sort_by(|a, b| {
            (a.due_on, &a.campaign_name, &a.contact_name).cmp(&(
                b.due_on,
                &b.campaign_name,
                &b.contact_name,
            ))
        });
        queue
    })
}

/// Each recipient of a campaign with their progress.
fn recipients(all: &Collections, campaign: &Campaign) -> Vec<(Uuid, Progress)> {
    let mut by_contact: HashMap<Uuid, Vec<&CampaignTouch>> = HashMap::new();
    for touch in all
        .campaign_touches
        .query(Query::Equals(IndexName::Campaign, campaign.meta.id.into()))
    {
        by_contact.entry(touch.contact_id).or_default().push(touch);
    }
    by_contact
        .into_iter()
        .filter_map(|(contact, touches)| Some((contact, Progress::of(touches)?)))
        .collect()
}

enum Due {
    No,
    /// The item, and the consent entry a marketing message relies on.
    Ready(Box<QueueItem>, Option<ConsentChange>),
    Held(HeldBack),
}

/// The message a recipient is due now, if any, once the guard has let it through.
fn due_message(
    all: &Collections,
    campaign: &Campaign,
    contact: &Contact,
    progress: &Progress,
    sender: &Sender,
    clock: &LocalClock,
) -> Due {
    let Some(due) = progress.next_step(&campaign.steps) else {
        return Due::No;
    };
    if !due.is_due(clock.today(), clock.now) || left_by_converting(all, campaign, contact, progress)
    {
        return Due::No;
    }
    let consent = match may_send(
        campaign.purpose,
        &contact.consent,
        campaign.channel,
        clock.now,
    ) {
        Ok(consent) => consent,
        Err(why) => return Due::Held(HeldBack::Excluded(Exclusion::Consent(why))),
    };
    let Some(to) = address(contact, campaign.channel) else {
        return Due::Held(HeldBack::Excluded(Exclusion::NoAddress));
    };
    let language = recipient_language(contact, sender);
    let fields = recipient_fields(all, contact, sender, clock);
    let message = match campaign.message(due.step, &fields, language) {
        Ok(message) => message,
        Err(unreadable) => return Due::Held(HeldBack::Unreadable(unreadable)),
    };
    let link = match campaign.channel {
        Channel::Email => quick_actions::email_with_text(to, &message.subject, &message.body),
        Channel::Sms => quick_actions::sms_with_text(to, &message.body),
        Channel::WhatsApp => quick_actions::whatsapp_with_text(to, &message.body),
        Channel::Phone | Channel::Post => quick_actions::call(to),
    };
    let item = QueueItem {
        campaign_id: campaign.meta.id,
        campaign_name: campaign.name.clone(),
        contact_id: contact.meta.id,
        contact_name: contact.display_name(),
        step: due.step,
        steps: campaign.steps.len() as u16,
        channel: campaign.channel,
        due_on: due.due_on,
        message,
        link,
    };
    Due::Ready(Box::new(item), consent)
}

/// Step `step` of `campaign` (saved or not) as `contact_id` would get it, for the
/// preview; the guard is not asked, since nothing is sent.
pub fn preview_message(
    storage: &impl Storage,
    campaign: &Campaign,
    contact_id: Uuid,
    step: u16,
    clock: &LocalClock,
) -> Option<Result<Message, UnreadableText>> {
    let sender = Sender::of(storage);
    storage.read(|all| {
        let contact = all.contacts.get(&contact_id)?;
        let language = recipient_language(contact, &sender);
        let fields = recipient_fields(all, contact, &sender, clock);
        Some(campaign.message(step, &fields, language))
    })
}

fn recipient_language(contact: &Contact, sender: &Sender) -> Language {
    contact
        .language
        .as_deref()
        .and_then(Language::of_tag)
        .unwrap_or(sender.language)
}

/// Whether the recipient has done what the campaign asks them to leave for: ordered, or
/// become a lead, since they entered.
fn left_by_converting(
    all: &Collections,
    campaign: &Campaign,
    contact: &Contact,
    progress: &Progress,
) -> bool {
    let of = || Query::Equals(IndexName::Contact, contact.meta.id.into());
    let since = progress.entered_on;
    (campaign.leave_when.ordered && all.orders.query(of()).iter().any(|o| o.date >= since))
        || (campaign.leave_when.became_lead
            && all
                .leads
                .query(of())
                .iter()
                .any(|l| l.meta.created_at.date_naive() >= since))
}

fn recipient_fields(
    all: &Collections,
    contact: &Contact,
    sender: &Sender,
    clock: &LocalClock,
) -> RecipientFields {
    let of = || Query::Equals(IndexName::Contact, contact.meta.id.into());
    let last_contact = all.interactions.query(of()).iter().map(|i| i.at).max();
    RecipientFields {
        first_name: contact.given_name.clone(),
        last_name: contact.family_name.clone(),
        rep_name: sender.rep_name.clone(),
        last_order: all.orders.query(of()).iter().map(|o| o.date).max(),
        days_since_contact: last_contact
            .map(|at| (clock.today() - clock.local(at).date()).num_days()),
        birthday: contact.birthday,
    }
}

/// Why a step was not recorded as sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SendRefused {
    /// The step is not due now (sent already, or not yet), or the campaign is not running.
    NotDue,
    Held(HeldBack),
}

/// Records that the rep sent step `step` to the contact: a campaign touch with the
/// consent entry it relied on, and the message in the contact's history.
pub async fn mark_sent(
    storage: &impl Storage,
    campaign_id: Uuid,
    contact_id: Uuid,
    step: u16,
    clock: &LocalClock,
) -> Result<Result<Undo, SendRefused>, StoreError> {
    let sender = Sender::of(storage);
    let ready = storage.read(|all| {
        let (campaign, contact, progress) = current(all, campaign_id, contact_id)?;
        Some((
            campaign.channel,
            due_message(all, campaign, contact, &progress, &sender, clock),
        ))
    });
    let (channel, item, consent) = match ready {
        Some((channel, Due::Ready(item, consent))) if item.step == step => (channel, item, consent),
        Some((_, Due::Held(why))) => return Ok(Err(SendRefused::Held(why))),
        _ => return Ok(Err(SendRefused::NotDue)),
    };
    let sent = CampaignTouch::new(
        campaign_id,
        contact_id,
        clock.now,
        TouchEvent::Sent { step, consent },
    );
    let summary = match channel {
        Channel::Email => format!("{}\n\n{}", item.message.subject, item.message.body),
        _ => item.message.body.clone(),
    };
    let logged = Interaction {
        meta: RecordMeta::new(clock.now),
        contact_id,
        kind: interaction_kind(channel),
        direction: Direction::Outgoing,
        at: clock.now,
        summary,
        outcome: None,
    };
    let writes = DataSet {
        campaign_touches: vec![sent],
        interactions: vec![logged],
        ..DataSet::default()
    };
    write_with_undo(storage, writes, clock).await.map(Ok)
}

/// Skips the step for this recipient; the next one comes up on its own day.
pub async fn skip_step(
    storage: &impl Storage,
    campaign_id: Uuid,
    contact_id: Uuid,
    step: u16,
    clock: &LocalClock,
) -> Result<Option<Undo>, StoreError> {
    step_event(
        storage,
        campaign_id,
        contact_id,
        TouchEvent::Skipped { step },
        clock,
    )
    .await
}

/// Puts the step off until `until`.
pub async fn postpone_step(
    storage: &impl Storage,
    campaign_id: Uuid,
    contact_id: Uuid,
    step: u16,
    until: DateTime<Utc>,
    clock: &LocalClock,
) -> Result<Option<Undo>, StoreError> {
    let event = TouchEvent::Postponed { step, until };
    step_event(storage, campaign_id, contact_id, event, clock).await
}

async fn step_event(
    storage: &impl Storage,
    campaign_id: Uuid,
    contact_id: Uuid,
    event: TouchEvent,
    clock: &LocalClock,
) -> Result<Option<Undo>, StoreError> {
    let known = storage.read(|all| current(all, campaign_id, contact_id).is_some());
    if !known {
        return Ok(None);
    }
    let writes = DataSet {
        campaign_touches: vec![CampaignTouch::new(
            campaign_id,
            contact_id,
            clock.now,
            event,
        )],
        ..DataSet::default()
    };
    write_with_undo(storage, writes, clock).await.map(Some)
}

fn current(
    all: &Collections,
    campaign_id: Uuid,
    contact_id: Uuid,
) -> Option<(&Campaign, &Contact, Progress)> {
    let campaign = all.campaigns.get(&campaign_id)?;
    let contact = all.contacts.get(&contact_id)?;
    let touches = all
        .campaign_touches
        .query(Query::Equals(IndexName::Contact, contact_id.into()))
        .into_iter()
        .filter(|t| t.campaign_id == campaign_id);
    Some((campaign, contact, Progress::of(touches)?))
}

/// How a message on `channel` is logged in the contact's history.
pub fn interaction_kind(channel: Channel) -> InteractionKind {
    match channel {
        Channel::Email => InteractionKind::Email,
        Channel::Sms => InteractionKind::Sms,
        Channel::WhatsApp => InteractionKind::WhatsApp,
        Channel::Phone => InteractionKind::Call,
        Channel::Post => InteractionKind::Note,
    }
}

//! The rep's activity: interactions, orders, leads, tasks and campaigns.

use super::SampleSize;
use super::lead_stories;
use super::names::*;
use super::people::People;
use super::rng::Rng;
use crate::domain::campaigns::campaign::{
    Aim, Campaign, CampaignStatus, CampaignStep, CampaignTouch, LeaveWhen, TouchEvent, TwoLanguages,
};
use crate::domain::campaigns::consent_guard::Purpose;
use crate::domain::campaigns::saved_segment::SavedSegment;
use crate::domain::campaigns::segment::{Condition, Segment};
use crate::domain::consent::ledger::Channel;
use crate::domain::contacts::contact::Role;
use crate::domain::contacts::interaction::{Direction, Interaction, InteractionKind, Outcome};
use crate::domain::contacts::order::Order;
use crate::domain::dataset::DataSet;
use crate::domain::leads::lead::LeadKind;
use crate::domain::leads::lead_model::Band;
use crate::domain::locale::money::Cents;
use crate::domain::record::RecordMeta;
use crate::domain::tasks::task::{Task, TaskKind};
use chrono::{DateTime, Duration, Utc};
use uuid::Uuid;

const HISTORY_MINUTES: i64 = 2 * 365 * 24 * 60;

/// Returns each lead's true chance of being won (see [`lead_stories`]).
pub fn generate(
    rng: &mut Rng,
    size: SampleSize,
    now: DateTime<Utc>,
    people: &People,
    data: &mut DataSet,
) -> Vec<(Uuid, f64)> {
    let drafts = lead_stories::draft(rng, size.leads, now, people, data);
    let others = size.interactions.saturating_sub(data.interactions.len());
    interactions(rng, others, now, people, data);
    orders(rng, size.orders, now, people, data);
    let chances = lead_stories::close(rng, drafts, now, data);
    tasks(rng, size.contacts / 7, now, people, data);
    campaigns(rng, size.contacts / 20, now, people, data);
    saved_segments(rng, now, data);
    chances
}

fn past(rng: &mut Rng, now: DateTime<Utc>) -> DateTime<Utc> {
    now - Duration::minutes(rng.range(10, HISTORY_MINUTES))
}

/// Some people are talked to far more often than others: a skewed pick.
fn skewed_pick(rng: &mut Rng, ids: &[Uuid]) -> Uuid {
    let u = rng.unit();
    ids[((u * u) * ids.len() as f64) as usize % ids.len()]
}

fn interactions(
    rng: &mut Rng,
    count: usize,
    now: DateTime<Utc>,
    people: &People,
    data: &mut DataSet,
) {
    const KINDS: [InteractionKind; 6] = [
        InteractionKind::Call,
        InteractionKind::WhatsApp,
        InteractionKind::WhatsApp,
        InteractionKind::Sms,
        InteractionKind::Email,
        InteractionKind::Meeting,
    ];
    let others = &people.all[1.min(people.all.len() - 1)..];
    // One contact with a long history, as a rep's best customer or closest partner has.
    let busiest = others[0];
    let busiest_count = (count / 5).min(220);
    for index in 0..count {
        let contact_id = if index < busiest_count {
            busiest
        } else {
            skewed_pick(rng, others)
        };
        let kind = if rng.chance(0.1) {
            InteractionKind::Note
        } else {
            *rng.pick(&KINDS)
        };
        let direction = match kind {
            InteractionKind::Note | InteractionKind::Meeting => Direction::Internal,
            _ if rng.chance(0.35) => Direction::Incoming,
            _ => Direction::Outgoing,
        };
        let outcome = match kind {
            InteractionKind::Note => None,
            _ => Some(*rng.pick(&[
                Outcome::Reached,
                Outcome::Reached,
                Outcome::NotReached,
                Outcome::FollowUpAgreed,
                Outcome::NotInterested,
                Outcome::Ordered,
            ])),
        };
        let at = past(rng, now);
        data.interactions.push(Interaction {
            meta: RecordMeta::with_id(rng.uuid(), at),
            contact_id,
            kind,
            direction,
            at,
            summary: rng.pick(INTERACTION_SUMMARIES).to_string(),
            outcome,
        });
    }
}

fn orders(rng: &mut Rng, count: usize, now: DateTime<Utc>, people: &People, data: &mut DataSet) {
    if people.customers.is_empty() {
        return;
    }
    for _ in 0..count {
        let at = past(rng, now);
        let amount = rng.range(1_990, 34_900) / 10 * 10;
        data.orders.push(Order {
            meta: RecordMeta::with_id(rng.uuid(), at),
            contact_id: skewed_pick(rng, &people.customers),
            date: at.date_naive(),
            amount: Cents(amount),
            volume_centipoints: (amount * 8 / 10) as u32,
        });
    }
}

fn tasks(rng: &mut Rng, count: usize, now: DateTime<Utc>, people: &People, data: &mut DataSet) {
    let others = &people.all[1.min(people.all.len() - 1)..];
    for _ in 0..count {
        let due_at = now + Duration::minutes(rng.range(-14 * 24 * 60, 30 * 24 * 60));
        let done_at = (due_at < now && rng.chance(0.6)).then_some(due_at);
        data.tasks.push(Task {
            meta: RecordMeta::with_id(rng.uuid(), due_at - Duration::days(7)),
            kind: TaskKind::FollowUp,
            title: rng.pick(TASK_TITLES).to_string(),
            due_at,
            contact_id: Some(skewed_pick(rng, others)),
            lead_id: None,
            done_at,
        });
    }
}

fn campaigns(
    rng: &mut Rng,
    touches_each: usize,
    now: DateTime<Utc>,
    people: &People,
    data: &mut DataSet,
) {
    for (index, name) in CAMPAIGNS.iter().enumerate() {
        let recruiting = name.contains("Geschäft");
        // No sample contact has given consent (it is never assumed), so only the
        // service campaigns, which need none, have reached anyone.
        let service = matches!(index, 1 | 3);
        let created = now - Duration::days(20 + 40 * index as i64);
        let role = if recruiting {
            Role::Prospect
        } else {
            Role::Customer
        };
        let step = |delay_days, de: &str, en: &str| CampaignStep {
            delay_days,
            subject: TwoLanguages::both(name),
            message: TwoLanguages {
                de: de.into(),
                en: en.into(),
            },
        };
        let campaign = Campaign {
            meta: RecordMeta::with_id(rng.uuid(), created),
            name: name.to_string(),
            aim: if recruiting {
                Aim::FutureReps
            } else {
                Aim::Customers
            },
            purpose: if service {
                Purpose::Service
            } else {
                Purpose::Marketing
            },
            channel: if index % 2 == 0 {
                Channel::Email
            } else {
                Channel::WhatsApp
            },
            segment: Segment::Is(Condition::Role(role)),
            steps: vec![
                step(0, "Hallo {first_name}, …", "Hi {first_name}, …"),
                step(
                    7,
                    "Hallo {first_name}, kurze Erinnerung …",
                    "Hi {first_name}, a short reminder …",
                ),
            ],
            opt_out: TwoLanguages {
                de: "Antworte STOP, wenn du keine Nachrichten mehr möchtest.".into(),
                en: "Reply STOP if you want no more messages.".into(),
            },
            fallbacks: Vec::new(),
            leave_when: LeaveWhen {
                replied: true,
                ordered: !recruiting,
                became_lead: recruiting,
            },
            conversion_days: 30,
            status: match index {
                0 | 1 => CampaignStatus::Running,
                _ if service => CampaignStatus::Finished,
                _ => CampaignStatus::Draft,
            },
        };
        if service {
            for _ in 0..touches_each.min(people.customers.len()) {
                let contact_id = *rng.pick(&people.customers);
                let entered = created + Duration::days(rng.range(0, 14));
                let mut touch = |at, event| {
                    let mut touch = CampaignTouch::new(campaign.meta.id, contact_id, at, event);
                    touch.meta = RecordMeta::with_id(rng.uuid(), at);
                    data.campaign_touches.push(touch);
                };
                touch(
                    entered,
                    TouchEvent::Entered {
                        on: entered.date_naive(),
                    },
                );
                touch(
                    entered,
                    TouchEvent::Sent {
                        step: 0,
                        consent: None,
                    },
                );
            }
        }
        data.campaigns.push(campaign);
    }
}

/// Two audiences a rep keeps: customers to win back, and promising future reps.
fn saved_segments(rng: &mut Rng, now: DateTime<Utc>, data: &mut DataSet) {
    let audiences = [
        (
            "Kundinnen ohne Bestellung seit 90 Tagen",
            vec![
                Condition::Role(Role::Customer),
                Condition::NoOrderForDays(90),
            ],
        ),
        (
            "Vielversprechende Interessenten",
            vec![
                Condition::OpenLead(LeadKind::Recruit),
                Condition::LeadBand(Band::High),
            ],
        ),
    ];
    for (name, conditions) in audiences {
        data.saved_segments.push(SavedSegment {
            meta: RecordMeta::with_id(rng.uuid(), now - Duration::days(30)),
            name: name.into(),
            segment: Segment::All(conditions.into_iter().map(Segment::Is).collect()),
        });
    }
}

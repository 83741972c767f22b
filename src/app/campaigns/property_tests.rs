//! Whatever the rep does, in whatever order, no marketing reaches a contact without
//! consent for the channel at that moment: proptest draws sequences of operations,
//! including forged touches written straight to the door, and checks every stored
//! touch afterwards.

use super::tests::{campaign, consent, person, saved};
use super::*;
use crate::app::contact_history::{log_interaction, record_consent};
use crate::app::send_queue::{mark_sent, send_queue, skip_step};
use crate::app::storage::{MemoryStorage, fixed_clock};
use crate::app::undo::write_with_undo;
use crate::domain::campaigns::consent_guard::{Purpose, may_send};
use crate::domain::campaigns::segment::{Condition, Segment};
use crate::domain::consent::ledger::ConsentState;
use crate::domain::contacts::contact::{Contact, Role};
use crate::domain::contacts::interaction::{Direction, Interaction, InteractionKind};
use chrono::Duration;
use futures::executor::block_on;
use proptest::prelude::*;

const PEOPLE: usize = 4;
const CAMPAIGNS: usize = 3;
const CHANNELS: [Channel; 3] = [Channel::Sms, Channel::WhatsApp, Channel::Email];

#[derive(Clone, Debug)]
enum Op {
    Consent {
        person: usize,
        channel: usize,
        grant: bool,
    },
    Start(usize),
    JoinRunning,
    SendAllDue,
    Send {
        campaign: usize,
        person: usize,
        step: u16,
    },
    Skip {
        campaign: usize,
        person: usize,
    },
    Duplicate(usize),
    WidenSegment(usize),
    AddPerson,
    Reply {
        person: usize,
        channel: usize,
        stop: bool,
    },
    Forge {
        campaign: usize,
        person: usize,
        sent: bool,
    },
    Wait(i64),
}

fn op() -> impl Strategy<Value = Op> {
    let who = 0..PEOPLE + 2;
    let which = 0..CAMPAIGNS + 2;
    prop_oneof![
        (who.clone(), 0..CHANNELS.len(), any::<bool>()).prop_map(|(person, channel, grant)| {
            Op::Consent {
                person,
                channel,
                grant,
            }
        }),
        which.clone().prop_map(Op::Start),
        Just(Op::JoinRunning),
        Just(Op::SendAllDue),
        (which.clone(), who.clone(), 0u16..3).prop_map(|(campaign, person, step)| Op::Send {
            campaign,
            person,
            step
        }),
        (which.clone(), who.clone()).prop_map(|(campaign, person)| Op::Skip { campaign, person }),
        which.clone().prop_map(Op::Duplicate),
        which.clone().prop_map(Op::WidenSegment),
        Just(Op::AddPerson),
        (who.clone(), 0..CHANNELS.len(), any::<bool>()).prop_map(|(person, channel, stop)| {
            Op::Reply {
                person,
                channel,
                stop,
            }
        }),
        (which, who, any::<bool>()).prop_map(|(campaign, person, sent)| Op::Forge {
            campaign,
            person,
            sent
        }),
        (0i64..5).prop_map(Op::Wait),
    ]
}

struct World {
    storage: MemoryStorage,
    clock: LocalClock,
    people: Vec<Uuid>,
    campaigns: Vec<Uuid>,
}

impl World {
    fn new() -> World {
        let clock = fixed_clock();
        let roles = [Role::Customer, Role::Prospect];
        let contacts: Vec<Contact> = (0..PEOPLE)
            .map(|i| person(&format!("P{i}"), roles[i % 2], &clock))
            .collect();
        let people = contacts.iter().map(|c| c.meta.id).collect();
        let storage = MemoryStorage::with_contacts(contacts);
        let mut campaigns = Vec::new();
        for (i, channel) in CHANNELS.into_iter().enumerate() {
            let purpose = if i == 2 {
                Purpose::Service
            } else {
                Purpose::Marketing
            };
            campaigns.push(saved(
                &storage,
                campaign(purpose, channel, roles[i % 2], &clock),
                &clock,
            ));
        }
        World {
            storage,
            clock,
            people,
            campaigns,
        }
    }

    fn person(&self, i: usize) -> Uuid {
        self.people[i % self.people.len()]
    }

    fn campaign(&self, i: usize) -> Uuid {
        self.campaigns[i % self.campaigns.len()]
    }

    fn tick(&mut self) {
        self.clock = LocalClock::utc(self.clock.now + Duration::minutes(1));
    }

    /// Runs one operation; refusals are fine, only what gets stored counts.
    fn run(&mut self, op: Op) {
        self.tick();
        let (storage, clock) = (&self.storage, &self.clock);
        match op {
            Op::Consent {
                person,
                channel,
                grant,
            } => {
                let state = if grant {
                    ConsentState::Granted
                } else {
                    ConsentState::Refused
                };
                let change = consent(CHANNELS[channel], state, clock);
                let _ = block_on(record_consent(storage, self.person(person), change, clock));
            }
            Op::Start(i) => {
                let _ = block_on(start_campaign(storage, self.campaign(i), clock));
            }
            Op::JoinRunning => {
                let _ = block_on(join_running_campaigns(storage, clock));
            }
            Op::SendAllDue => {
                for item in send_queue(storage, clock).due {
                    let _ = block_on(mark_sent(
                        storage,
                        item.campaign_id,
                        item.contact_id,
                        item.step,
                        clock,
                    ));
                }
            }
            Op::Send {
                campaign,
                person,
                step,
            } => {
                let _ = block_on(mark_sent(
                    storage,
                    self.campaign(campaign),
                    self.person(person),
                    step,
                    clock,
                ));
            }
            Op::Skip { campaign, person } => {
                let _ = block_on(skip_step(
                    storage,
                    self.campaign(campaign),
                    self.person(person),
                    0,
                    clock,
                ));
            }
            Op::Duplicate(i) => {
                if let Ok(Some((id, _))) = block_on(duplicate_campaign(
                    storage,
                    self.campaign(i),
                    "Kopie",
                    clock,
                )) {
                    self.campaigns.push(id);
                }
            }
            Op::WidenSegment(i) => {
                if let Some(mut edited) =
                    storage.read(|all| all.campaigns.get(&self.campaign(i)).cloned())
                {
                    edited.segment = Segment::Any(vec![
                        edited.segment,
                        Segment::Is(Condition::Role(Role::Prospect)),
                        Segment::Is(Condition::Role(Role::Customer)),
                    ]);
                    let _ = block_on(save_campaign(storage, edited, clock));
                }
            }
            Op::AddPerson => {
                let newcomer = person("Neu", Role::Customer, clock);
                self.people.push(newcomer.meta.id);
                let writes = DataSet {
                    contacts: vec![newcomer],
                    ..DataSet::default()
                };
                let _ = block_on(write_with_undo(storage, writes, clock));
            }
            Op::Reply {
                person,
                channel,
                stop,
            } => {
                let kind = [
                    InteractionKind::Sms,
                    InteractionKind::WhatsApp,
                    InteractionKind::Email,
                ][channel];
                let reply = Interaction {
                    meta: RecordMeta::new(clock.now),
                    contact_id: self.person(person),
                    kind,
                    direction: Direction::Incoming,
                    at: clock.now,
                    summary: if stop { "STOP".into() } else { "Gern!".into() },
                    outcome: None,
                };
                let _ = block_on(log_interaction(storage, reply, clock));
            }
            Op::Forge {
                campaign,
                person,
                sent,
            } => {
                let event = if sent {
                    TouchEvent::Sent {
                        step: 0,
                        consent: None,
                    }
                } else {
                    TouchEvent::Entered { on: clock.today() }
                };
                let touch = CampaignTouch::new(
                    self.campaign(campaign),
                    self.person(person),
                    clock.now,
                    event,
                );
                let writes = DataSet {
                    campaign_touches: vec![touch],
                    ..DataSet::default()
                };
                let _ = block_on(write_with_undo(storage, writes, clock));
            }
            Op::Wait(days) => {
                self.clock = LocalClock::utc(self.clock.now + Duration::days(days));
            }
        }
    }

    /// Every stored touch that let marketing reach someone had consent then, and a
    /// sent message carries the very entry it relied on.
    fn check(&self) -> Result<(), TestCaseError> {
        self.storage.read(|all| {
            for touch in all.campaign_touches.iter().filter(|t| t.reaches_contact()) {
                let campaign = all.campaigns.get(&touch.campaign_id).unwrap();
                if campaign.purpose == Purpose::Service {
                    continue;
                }
                let contact = all.contacts.get(&touch.contact_id).unwrap();
                let allowed = may_send(
                    Purpose::Marketing,
                    &contact.consent,
                    campaign.channel,
                    touch.at,
                );
                prop_assert!(allowed.is_ok(), "{touch:?} without consent");
                if let TouchEvent::Sent { consent, .. } = &touch.event {
                    prop_assert_eq!(consent, &allowed.unwrap());
                }
            }
            Ok(())
        })
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn no_sequence_of_operations_sends_marketing_without_consent(ops in proptest::collection::vec(op(), 1..40)) {
        let mut world = World::new();
        for op in ops {
            world.run(op);
            world.check()?;
        }
    }
}

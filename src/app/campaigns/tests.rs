//! The use cases of campaigns, and every path that could send marketing without consent.

use super::*;
use crate::app::contact_history::{log_interaction, record_consent};
use crate::app::send_queue::{HeldBack, SendRefused, mark_sent, send_queue, skip_step};
use crate::app::storage::{MemoryStorage, fixed_clock};
use crate::domain::campaigns::campaign::{Aim, CampaignStep, LeaveWhen, LeftBecause, TwoLanguages};
use crate::domain::campaigns::consent_guard::{LeftOut, Purpose};
use crate::domain::campaigns::segment::{Condition, Segment};
use crate::domain::consent::ledger::{ConsentChange, ConsentMethod, ConsentState};
use crate::domain::contacts::contact::{Contact, Labeled, Role};
use crate::domain::contacts::interaction::{Direction, Interaction, InteractionKind};
use chrono::Duration;
use futures::executor::block_on;

pub fn person(name: &str, role: Role, clock: &LocalClock) -> Contact {
    let mut contact = Contact::new(name, "Muster", clock.now);
    contact.roles = vec![role];
    contact.phones.push(Labeled {
        label: "mobil".into(),
        value: "+491711234567".into(),
    });
    contact.emails.push(Labeled {
        label: String::new(),
        value: format!("{}@example.de", name.to_lowercase()),
    });
    contact
}

pub fn consent(channel: Channel, state: ConsentState, clock: &LocalClock) -> ConsentChange {
    ConsentChange {
        channel,
        state,
        at: clock.now,
        method: ConsentMethod::Written,
        proof: "Formular vom Stand".into(),
    }
}

pub fn granted(mut contact: Contact, channel: Channel, clock: &LocalClock) -> Contact {
    contact
        .consent
        .record(consent(channel, ConsentState::Granted, clock));
    contact
}

pub fn campaign(purpose: Purpose, channel: Channel, role: Role, clock: &LocalClock) -> Campaign {
    let step = |delay_days, text: &str| CampaignStep {
        delay_days,
        subject: TwoLanguages::both("Neu für {first_name}"),
        message: TwoLanguages {
            de: format!("Hallo {{first_name}}, {text}"),
            en: format!("Hi {{first_name}}, {text}"),
        },
    };
    Campaign {
        meta: RecordMeta::new(clock.now),
        name: "Sommer & Sonne".into(),
        aim: Aim::Customers,
        purpose,
        channel,
        segment: Segment::Is(Condition::Role(role)),
        steps: vec![step(0, "neue Düfte #1 für 20 €"), step(3, "noch da?")],
        opt_out: TwoLanguages::default(),
        fallbacks: Vec::new(),
        leave_when: LeaveWhen::default(),
        conversion_days: 30,
        status: CampaignStatus::Draft,
    }
}

pub fn saved(storage: &MemoryStorage, campaign: Campaign, clock: &LocalClock) -> Uuid {
    let id = campaign.meta.id;
    block_on(save_campaign(storage, campaign, clock))
        .unwrap()
        .unwrap();
    id
}

fn later(clock: &LocalClock, days: i64) -> LocalClock {
    LocalClock::utc(clock.now + Duration::days(days))
}

fn queued(storage: &MemoryStorage, clock: &LocalClock) -> Vec<(Uuid, u16)> {
    send_queue(storage, clock)
        .due
        .iter()
        .map(|item| (item.contact_id, item.step))
        .collect()
}

#[test]
fn starting_a_marketing_campaign_lets_in_only_those_who_consented_and_lists_the_rest() {
    let clock = fixed_clock();
    let anna = granted(
        person("Anna", Role::Customer, &clock),
        Channel::WhatsApp,
        &clock,
    );
    let email_only = granted(
        person("Berta", Role::Customer, &clock),
        Channel::Email,
        &clock,
    );
    let mut refused = person("Clara", Role::Customer, &clock);
    refused
        .consent
        .record(consent(Channel::WhatsApp, ConsentState::Refused, &clock));
    let prospect = granted(
        person("Dora", Role::Prospect, &clock),
        Channel::WhatsApp,
        &clock,
    );
    let ids = [&anna, &email_only, &refused].map(|c| c.meta.id);
    let storage = MemoryStorage::with_contacts(vec![anna.clone(), email_only, refused, prospect]);
    let id = saved(
        &storage,
        campaign(
            Purpose::Marketing,
            Channel::WhatsApp,
            Role::Customer,
            &clock,
        ),
        &clock,
    );
    let started = block_on(start_campaign(&storage, id, &clock))
        .unwrap()
        .unwrap();
    assert_eq!(started.entered, 1);
    assert_eq!(
        started.left_out,
        [
            (ids[1], Exclusion::Consent(LeftOut::Unknown)),
            (ids[2], Exclusion::Consent(LeftOut::Refused)),
        ],
        "consent by email is no consent by WhatsApp"
    );
    let queue = send_queue(&storage, &clock);
    assert_eq!(queue.due.len(), 1);
    let item = &queue.due[0];
    assert_eq!(item.contact_id, anna.meta.id);
    assert!(
        item.link.starts_with("https://wa.me/491711234567?text=Hallo%20Anna%2C%20neue%20D%C3%BCfte%20%231%20f%C3%BCr%2020%20%E2%82%AC"),
        "{}",
        item.link
    );
    assert!(
        item.message
            .body
            .ends_with("Antworte STOP, wenn du keine Nachrichten mehr möchtest.")
    );

    let undo = block_on(mark_sent(&storage, id, anna.meta.id, 0, &clock))
        .unwrap()
        .unwrap();
    storage.read(|all| {
        let sent = all
            .campaign_touches
            .iter()
            .find(|t| matches!(t.event, TouchEvent::Sent { .. }))
            .unwrap();
        let TouchEvent::Sent { consent, .. } = &sent.event else {
            unreachable!()
        };
        assert_eq!(
            consent.as_ref().map(|c| c.proof.as_str()),
            Some("Formular vom Stand"),
            "the record of the send carries the consent it relied on"
        );
        let logged = all.interactions.iter().next().unwrap();
        assert_eq!(
            (logged.kind, logged.direction),
            (InteractionKind::WhatsApp, Direction::Outgoing)
        );
        assert!(logged.summary.starts_with("Hallo Anna, neue Düfte"));
    });
    assert!(
        queued(&storage, &clock).is_empty(),
        "sent, so no longer due"
    );
    assert_eq!(queued(&storage, &later(&clock, 3)), [(anna.meta.id, 1)]);
    block_on(crate::app::undo::undo(&storage, &undo, &later(&clock, 0))).unwrap();
    assert_eq!(
        queued(&storage, &clock),
        [(anna.meta.id, 0)],
        "undo takes the send back"
    );
}

#[test]
fn a_service_campaign_needs_no_consent_and_ends_without_the_opt_out() {
    let clock = fixed_clock();
    let anna = person("Anna", Role::Customer, &clock);
    let storage = MemoryStorage::with_contacts(vec![anna.clone()]);
    let id = saved(
        &storage,
        campaign(Purpose::Service, Channel::Email, Role::Customer, &clock),
        &clock,
    );
    let started = block_on(start_campaign(&storage, id, &clock))
        .unwrap()
        .unwrap();
    assert_eq!((started.entered, started.left_out.len()), (1, 0));
    let queue = send_queue(&storage, &clock);
    let item = &queue.due[0];
    assert!(
        item.link
            .starts_with("mailto:anna@example.de?subject=Neu%20f%C3%BCr%20Anna&body=Hallo%20Anna")
    );
    assert!(!item.message.body.contains("STOP"));
    block_on(mark_sent(&storage, id, anna.meta.id, 0, &clock))
        .unwrap()
        .unwrap();
}

#[test]
fn every_path_that_could_send_marketing_without_consent_is_closed() {
    let clock = fixed_clock();
    let anna = granted(person("Anna", Role::Customer, &clock), Channel::Sms, &clock);
    let ben = person("Ben", Role::Customer, &clock);
    let storage = MemoryStorage::with_contacts(vec![anna.clone(), ben.clone()]);
    let id = saved(
        &storage,
        campaign(Purpose::Marketing, Channel::Sms, Role::Customer, &clock),
        &clock,
    );
    block_on(start_campaign(&storage, id, &clock))
        .unwrap()
        .unwrap();
    let reaches = |storage: &MemoryStorage, contact: Uuid| {
        storage.read(|all| {
            all.campaign_touches
                .iter()
                .any(|t| t.contact_id == contact && t.reaches_contact())
        })
    };
    assert!(!reaches(&storage, ben.meta.id));

    // The queue: Ben is not in it.
    assert_eq!(queued(&storage, &clock), [(anna.meta.id, 0)]);
    // Sending to Ben directly, a step he was never queued for.
    assert_eq!(
        block_on(mark_sent(&storage, id, ben.meta.id, 0, &clock)).unwrap(),
        Err(SendRefused::NotDue)
    );

    // A duplicated campaign starts with nobody; its start goes through the guard.
    let (copy, _) = block_on(duplicate_campaign(&storage, id, "Kopie", &clock))
        .unwrap()
        .unwrap();
    let started = block_on(start_campaign(&storage, copy, &clock))
        .unwrap()
        .unwrap();
    assert_eq!(started.entered, 1);
    assert_eq!(
        started.left_out,
        [(ben.meta.id, Exclusion::Consent(LeftOut::Unknown))]
    );

    // An edited segment that now matches a prospect without consent.
    let carla = person("Carla", Role::Prospect, &clock);
    block_on(crate::app::undo::write_with_undo(
        &storage,
        DataSet {
            contacts: vec![carla.clone()],
            ..DataSet::default()
        },
        &clock,
    ))
    .unwrap();
    let mut edited = storage.read(|all| all.campaigns.get(&id).cloned()).unwrap();
    edited.segment = Segment::Any(vec![
        Segment::Is(Condition::Role(Role::Customer)),
        Segment::Is(Condition::Role(Role::Prospect)),
    ]);
    block_on(save_campaign(&storage, edited, &clock))
        .unwrap()
        .unwrap();
    // An imported contact who fits the running campaign, without consent.
    let dana = person("Dana", Role::Customer, &clock);
    block_on(crate::app::undo::write_with_undo(
        &storage,
        DataSet {
            contacts: vec![dana.clone()],
            ..DataSet::default()
        },
        &clock,
    ))
    .unwrap();
    assert_eq!(
        block_on(join_running_campaigns(&storage, &clock)).unwrap(),
        None,
        "neither Carla nor Dana may enter"
    );
    for contact in [&ben, &carla, &dana] {
        assert!(
            !reaches(&storage, contact.meta.id),
            "{}",
            contact.given_name
        );
    }

    // Consent withdrawn between queueing and sending.
    let queue_then = send_queue(&storage, &clock);
    assert_eq!(queue_then.due.len(), 2, "Anna, in both campaigns");
    let withdrawn = ConsentChange {
        method: ConsentMethod::ByPhone,
        ..consent(Channel::Sms, ConsentState::Refused, &clock)
    };
    let a_minute_later = LocalClock::utc(clock.now + Duration::minutes(1));
    block_on(record_consent(
        &storage,
        anna.meta.id,
        withdrawn,
        &a_minute_later,
    ))
    .unwrap()
    .unwrap();
    for item in &queue_then.due {
        assert_eq!(
            block_on(mark_sent(
                &storage,
                item.campaign_id,
                anna.meta.id,
                0,
                &a_minute_later
            ))
            .unwrap(),
            Err(SendRefused::Held(HeldBack::Excluded(Exclusion::Consent(
                LeftOut::Withdrawn
            ))))
        );
    }
    let queue_now = send_queue(&storage, &a_minute_later);
    assert!(queue_now.due.is_empty());
    assert_eq!(queue_now.held.len(), 2, "listed, with the reason");

    // Whoever writes a touch by hand meets the guard at the door.
    for event in [
        TouchEvent::Entered { on: clock.today() },
        TouchEvent::Sent {
            step: 0,
            consent: None,
        },
    ] {
        let forged = CampaignTouch::new(id, ben.meta.id, a_minute_later.now, event);
        let writes = DataSet {
            campaign_touches: vec![forged],
            ..DataSet::default()
        };
        assert_eq!(
            block_on(crate::app::undo::write_with_undo(
                &storage,
                writes,
                &a_minute_later
            )),
            Err(StoreError::WithoutConsent {
                contact: ben.meta.id
            })
        );
    }
    // Nor can a touch dated back to when Anna still consented get through.
    let backdated = CampaignTouch::new(
        id,
        anna.meta.id,
        clock.now,
        TouchEvent::Sent {
            step: 1,
            consent: Some(consent(Channel::Sms, ConsentState::Granted, &clock)),
        },
    );
    let writes = DataSet {
        campaign_touches: vec![backdated],
        ..DataSet::default()
    };
    assert!(
        block_on(crate::app::undo::write_with_undo(
            &storage,
            writes,
            &a_minute_later
        ))
        .is_err()
    );
    assert!(!storage.read(|all| {
        all.campaign_touches
            .iter()
            .any(|t| matches!(t.event, TouchEvent::Sent { .. }))
    }));
}

#[test]
fn a_stop_reply_withdraws_consent_and_leaves_every_marketing_campaign_on_that_channel() {
    let clock = fixed_clock();
    let anna = granted(
        granted(
            person("Anna", Role::Customer, &clock),
            Channel::WhatsApp,
            &clock,
        ),
        Channel::Email,
        &clock,
    );
    let storage = MemoryStorage::with_contacts(vec![anna.clone()]);
    let whatsapp = saved(
        &storage,
        campaign(
            Purpose::Marketing,
            Channel::WhatsApp,
            Role::Customer,
            &clock,
        ),
        &clock,
    );
    let email = saved(
        &storage,
        campaign(Purpose::Marketing, Channel::Email, Role::Customer, &clock),
        &clock,
    );
    for id in [whatsapp, email] {
        block_on(start_campaign(&storage, id, &clock))
            .unwrap()
            .unwrap();
    }
    let later = later(&clock, 1);
    let reply = Interaction {
        meta: RecordMeta::new(later.now),
        contact_id: anna.meta.id,
        kind: InteractionKind::WhatsApp,
        direction: Direction::Incoming,
        at: later.now,
        summary: "Stopp!".into(),
        outcome: None,
    };
    block_on(log_interaction(&storage, reply, &later)).unwrap();
    storage.read(|all| {
        let stored = all.contacts.get(&anna.meta.id).unwrap();
        let last = stored.consent.changes.last().unwrap();
        assert_eq!(
            (last.channel, last.state, last.method, last.proof.as_str()),
            (
                Channel::WhatsApp,
                ConsentState::Refused,
                ConsentMethod::StopReply,
                "Stopp!"
            ),
            "withdrawn at once, with how"
        );
        assert!(stored.consent.allows(Channel::Email), "only that channel");
        let left: Vec<(Uuid, &TouchEvent)> = all
            .campaign_touches
            .iter()
            .filter(|t| matches!(t.event, TouchEvent::Left(_)))
            .map(|t| (t.campaign_id, &t.event))
            .collect();
        assert_eq!(left, [(whatsapp, &TouchEvent::Left(LeftBecause::OptedOut))]);
    });
    let queue = send_queue(&storage, &later);
    assert_eq!(
        queue.due.iter().map(|i| i.campaign_id).collect::<Vec<_>>(),
        [email]
    );
    assert!(queue.held.is_empty(), "she left; she is not held back");
}

#[test]
fn skipping_a_step_moves_to_the_next_on_its_own_day() {
    let clock = fixed_clock();
    let anna = person("Anna", Role::Customer, &clock);
    let storage = MemoryStorage::with_contacts(vec![anna.clone()]);
    let id = saved(
        &storage,
        campaign(Purpose::Service, Channel::Sms, Role::Customer, &clock),
        &clock,
    );
    block_on(start_campaign(&storage, id, &clock))
        .unwrap()
        .unwrap();
    block_on(skip_step(&storage, id, anna.meta.id, 0, &clock))
        .unwrap()
        .unwrap();
    assert!(queued(&storage, &clock).is_empty());
    assert_eq!(queued(&storage, &later(&clock, 3)), [(anna.meta.id, 1)]);
}

#[test]
fn a_campaign_with_an_unknown_field_is_refused_with_its_name() {
    let clock = fixed_clock();
    let storage = MemoryStorage::default();
    let mut draft = campaign(Purpose::Marketing, Channel::Sms, Role::Customer, &clock);
    draft.steps[1].message.en = "Hi {vorname}".into();
    let refused = block_on(save_campaign(&storage, draft, &clock)).unwrap();
    let Err(CampaignRefused::Text(unreadable)) = refused else {
        panic!("saved: {refused:?}")
    };
    assert_eq!(unreadable.step, 1);
    assert!(matches!(
        unreadable.error,
        crate::domain::campaigns::template::TemplateError::UnknownField { ref name, .. } if name == "vorname"
    ));
    assert_eq!(storage.read(|all| all.campaigns.len()), 0);
}

#[test]
fn results_count_sends_replies_opt_outs_and_orders_by_step_and_by_aim() {
    use crate::domain::contacts::order::Order;
    use crate::domain::locale::money::Cents;
    let clock = fixed_clock();
    let anna = granted(person("Anna", Role::Customer, &clock), Channel::Sms, &clock);
    let ben = granted(person("Ben", Role::Customer, &clock), Channel::Sms, &clock);
    let storage = MemoryStorage::with_contacts(vec![anna.clone(), ben.clone()]);
    let id = saved(
        &storage,
        campaign(Purpose::Marketing, Channel::Sms, Role::Customer, &clock),
        &clock,
    );
    block_on(start_campaign(&storage, id, &clock))
        .unwrap()
        .unwrap();
    for contact in [&anna, &ben] {
        block_on(mark_sent(&storage, id, contact.meta.id, 0, &clock))
            .unwrap()
            .unwrap();
    }
    let next_day = later(&clock, 1);
    let reply = |who: &Contact, text: &str| Interaction {
        meta: RecordMeta::new(next_day.now),
        contact_id: who.meta.id,
        kind: InteractionKind::Sms,
        direction: Direction::Incoming,
        at: next_day.now,
        summary: text.into(),
        outcome: None,
    };
    block_on(log_interaction(
        &storage,
        reply(&anna, "Klingt gut"),
        &next_day,
    ))
    .unwrap();
    block_on(log_interaction(&storage, reply(&ben, "STOP"), &next_day)).unwrap();
    let order = Order {
        meta: RecordMeta::new(next_day.now),
        contact_id: anna.meta.id,
        date: next_day.today(),
        amount: Cents(3990),
        volume_centipoints: 2000,
    };
    block_on(crate::app::contact_history::add_order(
        &storage, order, &next_day,
    ))
    .unwrap();
    let overview = crate::app::campaign_results::campaigns_overview(&storage, &next_day);
    let summary = &overview.campaigns[0];
    assert_eq!(summary.recipients, 2);
    let first = summary.results.steps[0];
    assert_eq!(
        (first.sent, first.replied, first.opted_out, first.converted),
        (2, 2, 1, 1)
    );
    assert_eq!(summary.results.total.rate(first.converted), 0.5);
    assert_eq!(overview.for_customers, summary.results.total);
    assert_eq!(overview.for_future_reps.sent, 0);
}

#[test]
fn merging_or_erasing_a_contact_in_a_marketing_campaign_is_history_not_a_send() {
    use crate::app::duplicates::{merge_choice, merge_contacts};
    use crate::app::privacy::erase_person;
    let clock = fixed_clock();
    let anna = granted(person("Anna", Role::Customer, &clock), Channel::Sms, &clock);
    let twin = person("Anna", Role::Customer, &clock);
    let storage = MemoryStorage::with_contacts(vec![anna.clone(), twin.clone()]);
    let id = saved(
        &storage,
        campaign(Purpose::Marketing, Channel::Sms, Role::Customer, &clock),
        &clock,
    );
    block_on(start_campaign(&storage, id, &clock))
        .unwrap()
        .unwrap();
    block_on(mark_sent(&storage, id, anna.meta.id, 0, &clock))
        .unwrap()
        .unwrap();
    let choice = merge_choice(&storage, anna.meta.id, twin.meta.id).unwrap();
    let survivor = choice.keep.contact.meta.id;
    let later = later(&clock, 1);
    block_on(merge_contacts(&storage, choice, &[], &later)).expect("the merge is let through");
    let on_survivor = |storage: &MemoryStorage| {
        storage.read(|all| {
            all.campaign_touches
                .iter()
                .filter(|t| t.contact_id == survivor)
                .count()
        })
    };
    assert_eq!(
        on_survivor(&storage),
        2,
        "entered and sent, with whoever stays"
    );
    assert!(block_on(erase_person(&storage, survivor, &later)).unwrap());
    storage.read(|all| {
        assert_eq!(
            all.campaign_touches.len(),
            2,
            "the results keep their counts"
        );
        for touch in all.campaign_touches.iter() {
            assert_eq!(touch.contact_id, crate::domain::contacts::erasure::NOBODY);
            if let TouchEvent::Sent {
                consent: Some(consent),
                ..
            } = &touch.event
            {
                assert!(consent.proof.is_empty(), "the proof may quote the person");
            }
        }
    });
}

//! What the app knows about a lead at a moment, in plain quantities: where it came
//! from, how far along it is, how often and how well the rep has been in touch. The
//! score's inputs are made from these ([`crate::domain::leads::score_inputs`]); the
//! sample generator's "true" chances are made from them too, in another way.
//!
//! For a closed lead the moment is just before it was won or lost, so that the model
//! learns from what was known while it was still open, never from its outcome.

use crate::domain::contacts::contact::{Contact, Role};
use crate::domain::contacts::interaction::{Direction, Interaction, Outcome};
use crate::domain::contacts::order::Order;
use crate::domain::leads::lead::{Lead, LeadSource};
use crate::domain::leads::stages::{Pipeline, StageOutcome, outcome_of};
use chrono::{DateTime, Duration, Utc};

/// The window of the engagement trend: the last 14 days against the 14 before.
pub const TREND_DAYS: i64 = 14;

#[derive(Clone, Debug, PartialEq)]
pub struct LeadFacts {
    pub source: LeadSource,
    /// Recommended by someone who is a customer or a rep, or marked as a referral.
    pub referred: bool,
    /// How far along the open stages the lead is: 0 for the first, 1 for the last.
    pub progress: f64,
    pub days_in_stage: f64,
    /// Interactions with the contact since the lead was opened.
    pub interactions: u32,
    /// Of those, the ones that went well: the contact answered or wrote, was reached,
    /// agreed to a follow-up or ordered.
    pub positive: u32,
    /// The contact said they are not interested, since the lead was opened.
    pub declined: bool,
    /// Days since the last interaction; since the lead was opened when there was none.
    pub days_since_contact: f64,
    /// Interactions in the last [`TREND_DAYS`] days, and in the same span before.
    pub recent: u32,
    pub before_recent: u32,
    /// Replies to the rep's campaigns.
    pub campaign_replies: u32,
    /// The contact allows messages on at least one channel.
    pub consent_granted: bool,
    /// The contact ordered before.
    pub ordered_before: bool,
}

/// The records about the lead's contact that the facts come from.
pub struct ContactRecords<'a> {
    pub contact: Option<&'a Contact>,
    /// The contact who referred them, if any.
    pub referrer: Option<&'a Contact>,
    pub interactions: &'a [&'a Interaction],
    pub orders: &'a [&'a Order],
    /// When the rep's campaigns sent them a message.
    pub campaign_sends: &'a [DateTime<Utc>],
}

/// The moment a lead is judged at: now while it is open; just before it closed once it
/// is won or lost.
pub fn judged_at(lead: &Lead, now: DateTime<Utc>) -> DateTime<Utc> {
    if lead.is_open() {
        return now;
    }
    let closed = lead
        .history
        .iter()
        .rev()
        .find(|c| c.stage == lead.stage)
        .map_or(lead.meta.updated_at, |c| c.at);
    closed - Duration::milliseconds(1)
}

/// Messages that came in from the contact after a campaign first wrote to them, up to
/// `at`.
fn campaign_replies(records: &ContactRecords, at: DateTime<Utc>) -> u32 {
    let Some(first) = records.campaign_sends.iter().filter(|s| **s <= at).min() else {
        return 0;
    };
    records
        .interactions
        .iter()
        .filter(|i| i.direction == Direction::Incoming && i.at >= *first && i.at <= at)
        .count() as u32
}

impl LeadFacts {
    /// The facts about `lead` as they stood at `at` (see [`judged_at`]).
    pub fn of(
        lead: &Lead,
        pipeline: &Pipeline,
        records: &ContactRecords,
        at: DateTime<Utc>,
    ) -> Self {
        let opened = lead.meta.created_at;
        let stage_at = lead
            .history
            .iter()
            .rfind(|c| c.at <= at && outcome_of(lead.kind, c.stage) == StageOutcome::Open);
        let (stage, in_stage_since) =
            stage_at.map_or((pipeline.first_open(), opened), |c| (c.stage, c.at));
        let window: Vec<&Interaction> = records
            .interactions
            .iter()
            .copied()
            .filter(|i| i.at >= opened && i.at <= at)
            .collect();
        let positive = window.iter().filter(|i| went_well(i)).count() as u32;
        let last_contact = window.iter().map(|i| i.at).max().unwrap_or(opened);
        let count_between = |from: DateTime<Utc>, to: DateTime<Utc>| {
            records
                .interactions
                .iter()
                .filter(|i| i.at > from && i.at <= to)
                .count() as u32
        };
        let trend = Duration::days(TREND_DAYS);
        let referrer_counts = records.referrer.is_some_and(|r| {
            r.roles
                .iter()
                .any(|role| matches!(role, Role::Customer | Role::Rep))
        });
        LeadFacts {
            source: lead.source,
            referred: referrer_counts || lead.source == LeadSource::Referral,
            progress: pipeline.progress(stage),
            days_in_stage: days_between(in_stage_since, at),
            interactions: window.len() as u32,
            positive,
            declined: window
                .iter()
                .any(|i| i.outcome == Some(Outcome::NotInterested)),
            days_since_contact: days_between(last_contact, at),
            recent: count_between(at - trend, at),
            before_recent: count_between(at - trend - trend, at - trend),
            campaign_replies: campaign_replies(records, at),
            consent_granted: records.contact.is_some_and(|c| {
                crate::domain::consent::ledger::Channel::ALL
                    .iter()
                    .any(|channel| c.consent.allows(*channel))
            }),
            ordered_before: records.orders.iter().any(|o| {
                o.date < at.date_naive() || (o.date == at.date_naive() && o.meta.created_at <= at)
            }),
        }
    }
}

impl LeadFacts {
    /// The share of interactions that went well, in whole percent (0 with none).
    pub fn positive_percent(&self) -> u32 {
        (100 * self.positive)
            .checked_div(self.interactions)
            .unwrap_or(0)
    }
}

fn went_well(interaction: &Interaction) -> bool {
    interaction.direction == Direction::Incoming
        || matches!(
            interaction.outcome,
            Some(Outcome::Reached | Outcome::FollowUpAgreed | Outcome::Ordered)
        )
}

fn days_between(from: DateTime<Utc>, to: DateTime<Utc>) -> f64 {
    ((to - from).num_minutes().max(0) as f64) / (24.0 * 60.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::consent::ledger::{Channel, ConsentChange, ConsentMethod, ConsentState};
    use crate::domain::contacts::interaction::InteractionKind;
    use crate::domain::leads::lead::{LeadKind, StageChange};
    use crate::domain::leads::stages::StandardStage;
    use crate::domain::locale::money::Cents;
    use crate::domain::record::RecordMeta;
    use chrono::{NaiveDate, TimeZone};
    use uuid::Uuid;

    fn day(d: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, d, 10, 0, 0).unwrap()
    }

    fn sale(stage: StandardStage) -> Uuid {
        stage.id(LeadKind::Sale)
    }

    fn lead(history: &[(StandardStage, u32)]) -> Lead {
        Lead {
            meta: RecordMeta::with_id(Uuid::from_u128(1), day(history[0].1)),
            contact_id: Uuid::from_u128(2),
            kind: LeadKind::Sale,
            stage: sale(history.last().unwrap().0),
            title: "Pflegeset".into(),
            expected_value: Cents(5_000),
            expected_centipoints: 0,
            expected_close: None,
            source: LeadSource::Event,
            history: history
                .iter()
                .map(|(s, d)| StageChange {
                    stage: sale(*s),
                    at: day(*d),
                })
                .collect(),
            lost: None,
        }
    }

    fn talk(d: u32, direction: Direction, outcome: Option<Outcome>) -> Interaction {
        Interaction {
            meta: RecordMeta::new(day(d)),
            contact_id: Uuid::from_u128(2),
            kind: InteractionKind::Call,
            direction,
            at: day(d),
            summary: String::new(),
            outcome,
        }
    }

    fn contact(roles: Vec<Role>) -> Contact {
        let mut c = Contact::new("Mia", "Schmitz", day(1));
        c.roles = roles;
        c
    }

    #[test]
    fn an_open_lead_is_judged_on_its_stage_its_talks_and_its_silence() {
        use StandardStage::*;
        let lead = lead(&[(New, 1), (Contacted, 3), (Presentation, 10)]);
        let talks = [
            talk(2, Direction::Outgoing, Some(Outcome::NotReached)),
            talk(3, Direction::Incoming, None),
            talk(9, Direction::Outgoing, Some(Outcome::FollowUpAgreed)),
            talk(12, Direction::Outgoing, Some(Outcome::NotReached)),
        ];
        let talks: Vec<&Interaction> = talks.iter().collect();
        let mut customer = contact(vec![Role::Customer]);
        customer.consent.record(ConsentChange {
            channel: Channel::WhatsApp,
            state: ConsentState::Granted,
            at: day(1),
            method: ConsentMethod::Written,
            proof: String::new(),
        });
        let referrer = contact(vec![Role::Rep]);
        let order = crate::domain::contacts::order::Order {
            meta: RecordMeta::new(day(5)),
            contact_id: Uuid::from_u128(2),
            date: NaiveDate::from_ymd_opt(2026, 3, 5).unwrap(),
            amount: Cents(3_000),
            volume_centipoints: 0,
        };
        let records = ContactRecords {
            contact: Some(&customer),
            referrer: Some(&referrer),
            interactions: &talks,
            orders: &[&order],
            campaign_sends: &[day(2)],
        };
        let facts = LeadFacts::of(
            &lead,
            &Pipeline::standard(LeadKind::Sale),
            &records,
            day(22),
        );
        assert_eq!(facts.source, LeadSource::Event);
        assert!(facts.referred);
        assert_eq!(facts.progress, 0.5);
        assert_eq!(facts.days_in_stage, 12.0);
        assert_eq!((facts.interactions, facts.positive), (4, 2));
        assert!(!facts.declined);
        assert_eq!(facts.days_since_contact, 10.0);
        // Days 8 to 22 hold the talks of the 9th and 12th; days 1 to 8 the others.
        assert_eq!((facts.recent, facts.before_recent), (2, 2));
        assert!(facts.consent_granted);
        assert!(facts.ordered_before);
        assert_eq!(
            facts.campaign_replies, 1,
            "the message of the 3rd answered the 2nd's"
        );
    }

    #[test]
    fn a_closed_lead_is_judged_just_before_it_closed_on_what_was_known_then() {
        use StandardStage::*;
        let lead = lead(&[(New, 1), (Decision, 4), (Lost, 20)]);
        let talks = [
            talk(4, Direction::Outgoing, Some(Outcome::Reached)),
            talk(19, Direction::Outgoing, Some(Outcome::NotInterested)),
            talk(25, Direction::Incoming, Some(Outcome::Ordered)),
        ];
        let talks: Vec<&Interaction> = talks.iter().collect();
        let prospect = contact(vec![Role::Prospect]);
        let records = ContactRecords {
            contact: Some(&prospect),
            referrer: Some(&prospect),
            interactions: &talks,
            orders: &[],
            // The campaign wrote after the lead closed; the reply on the 25th came later.
            campaign_sends: &[day(21)],
        };
        let at = judged_at(&lead, day(28));
        assert_eq!(at, day(20) - Duration::milliseconds(1));
        let facts = LeadFacts::of(&lead, &Pipeline::standard(LeadKind::Sale), &records, at);
        assert_eq!(facts.progress, 1.0, "the stage before it was lost");
        assert_eq!((facts.interactions, facts.positive), (2, 1));
        assert!(facts.declined);
        assert!(!facts.referred, "referred by a prospect only");
        assert!(!facts.consent_granted);
        assert!(!facts.ordered_before);
        assert_eq!(facts.campaign_replies, 0);
        assert!((facts.days_since_contact - 1.0).abs() < 1e-3);
    }

    #[test]
    fn a_lead_nobody_talked_to_counts_its_silence_from_when_it_was_opened() {
        let lead = lead(&[(StandardStage::New, 1)]);
        let records = ContactRecords {
            contact: None,
            referrer: None,
            interactions: &[],
            orders: &[],
            campaign_sends: &[],
        };
        let facts = LeadFacts::of(
            &lead,
            &Pipeline::standard(LeadKind::Sale),
            &records,
            day(29),
        );
        assert_eq!(facts.interactions, 0);
        assert_eq!(facts.days_since_contact, 28.0);
        assert_eq!(facts.days_in_stage, 28.0);
        assert_eq!(facts.progress, 0.0);
    }
}

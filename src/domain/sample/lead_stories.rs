//! Leads with a life story: the contact is called, answers or not, the lead moves along,
//! goes quiet or not; then the closed ones are won or lost by a draw from a known "true"
//! chance. That chance comes from the lead's facts ([`LeadFacts`]) as the rep's app
//! would see them, through a function of its own with effects that are not linear
//! (a saturating effect of the contact count, late stages weighing more, silence hurting
//! referred leads less, the share of good answers counting only once there were some),
//! so that the scoring's quality tests are not rigged to the model's own form.

use super::names::{INTERACTION_SUMMARIES, LEAD_TITLES_RECRUIT, LEAD_TITLES_SALE};
use super::people::People;
use super::rng::Rng;
use crate::domain::contacts::interaction::{Direction, Interaction, InteractionKind, Outcome};
use crate::domain::dataset::DataSet;
use crate::domain::leads::lead::{Lead, LeadKind, LeadSource, StageChange};
use crate::domain::leads::lead_facts::LeadFacts;
use crate::domain::leads::lead_rows::RecordIndex;
use crate::domain::leads::lost_reasons::{LostReason, ReasonName, StandardReason};
use crate::domain::leads::stages::{Pipeline, StandardStage};
use crate::domain::locale::money::Cents;
use crate::domain::record::{RecordMeta, stored_precision};
use chrono::{DateTime, Duration, Utc};
use uuid::Uuid;

/// A lead whose story is written but whose outcome is not drawn yet.
pub struct Draft {
    lead: Lead,
    /// When it closes; `None` for a lead still open now.
    closes_at: Option<DateTime<Utc>>,
}

/// The leads' stories: each lead with the interactions of its life, which go into
/// `data` at once (so that the rest of the sample's interactions can be counted around
/// them). Outcomes come later, in [`close`], once every record that counts is there.
pub fn draft(
    rng: &mut Rng,
    count: usize,
    now: DateTime<Utc>,
    people: &People,
    data: &mut DataSet,
) -> Vec<Draft> {
    let mut drafts = Vec::with_capacity(count);
    for _ in 0..count {
        let recruit = rng.chance(0.4) && !people.prospects.is_empty();
        let pool = if recruit || people.customers.is_empty() {
            &people.prospects
        } else {
            &people.customers
        };
        let Some(&contact_id) = pool.get(rng.below(pool.len().max(1))) else {
            continue;
        };
        let kind = if recruit {
            LeadKind::Recruit
        } else {
            LeadKind::Sale
        };
        drafts.push(story(rng, kind, contact_id, now, data));
    }
    drafts
}

fn story(
    rng: &mut Rng,
    kind: LeadKind,
    contact_id: Uuid,
    now: DateTime<Utc>,
    data: &mut DataSet,
) -> Draft {
    let open = rng.chance(0.3);
    let (created, until) = if open {
        (now - minutes(rng, 1, 90), now)
    } else {
        let created = now - minutes(rng, 30, 540);
        let age_days = (now - created).num_days().max(6);
        (created, created + minutes(rng, 5, age_days.min(120)))
    };
    let created = stored_precision(created);
    // How keen the person is: it drives how the story goes, never the outcome directly.
    let keen = normal(rng);
    let per_week = (0.3 * keen).exp() * (0.4 + 1.6 * rng.unit());
    let goes_quiet_after = rng.chance(0.35 - 0.15 * keen.clamp(-1.0, 1.0)).then(|| {
        created + Duration::minutes(((until - created).num_minutes() as f64 * rng.unit()) as i64)
    });
    let pipeline = Pipeline::standard(kind);
    let open_stages: Vec<Uuid> = pipeline.open_stages().map(|s| s.id).collect();
    let mut history = vec![StageChange {
        stage: open_stages[0],
        at: created,
    }];
    let mut at = created;
    loop {
        let gap_days = -(1.0 - rng.unit()).ln() * 7.0 / per_week;
        at += Duration::minutes((gap_days * 24.0 * 60.0) as i64 + 30);
        if at >= until || goes_quiet_after.is_some_and(|quiet| at > quiet) {
            break;
        }
        let went_well = rng.chance(sigmoid(0.3 + keen));
        let interaction = interaction(rng, contact_id, at, went_well, keen);
        data.interactions.push(interaction);
        let stage_now = history.last().map_or(open_stages[0], |c| c.stage);
        let position = open_stages
            .iter()
            .position(|s| *s == stage_now)
            .unwrap_or(0);
        if went_well && position + 1 < open_stages.len() && rng.chance(0.35) {
            history.push(StageChange {
                stage: open_stages[position + 1],
                at: stored_precision(at + Duration::minutes(5)),
            });
        }
    }
    let stage = history.last().map_or(open_stages[0], |c| c.stage);
    let mut meta = RecordMeta::with_id(rng.uuid(), created);
    meta.updated_at = history.last().map_or(created, |c| c.at);
    let sale = kind == LeadKind::Sale;
    let expected_value = if sale { rng.range(30, 600) * 100 } else { 0 };
    let lead = Lead {
        meta,
        contact_id,
        kind,
        stage,
        title: rng
            .pick(if sale {
                LEAD_TITLES_SALE
            } else {
                LEAD_TITLES_RECRUIT
            })
            .to_string(),
        expected_value: Cents(expected_value),
        expected_centipoints: (expected_value * 8 / 10) as u32,
        expected_close: (open && rng.chance(0.6))
            .then(|| (now + Duration::days(rng.range(-10, 45))).date_naive()),
        source: *rng.pick(&SOURCES),
        history,
        lost: None,
    };
    Draft {
        lead,
        closes_at: (!open).then_some(stored_precision(until)),
    }
}

/// Where leads come from, as often as reps report it.
const SOURCES: [LeadSource; 20] = {
    use LeadSource::*;
    [
        WarmMarket,
        WarmMarket,
        WarmMarket,
        WarmMarket,
        WarmMarket,
        Referral,
        Referral,
        Referral,
        Event,
        Event,
        Event,
        Event,
        SocialMedia,
        SocialMedia,
        SocialMedia,
        SocialMedia,
        Campaign,
        Other,
        Unknown,
        Unknown,
    ]
};

fn interaction(
    rng: &mut Rng,
    contact_id: Uuid,
    at: DateTime<Utc>,
    went_well: bool,
    keen: f64,
) -> Interaction {
    let kind = *rng.pick(&[
        InteractionKind::Call,
        InteractionKind::WhatsApp,
        InteractionKind::WhatsApp,
        InteractionKind::Sms,
        InteractionKind::Meeting,
    ]);
    let direction = match kind {
        InteractionKind::Meeting => Direction::Internal,
        _ if went_well && rng.chance(0.4) => Direction::Incoming,
        _ => Direction::Outgoing,
    };
    let outcome = if went_well {
        *rng.pick(&[Outcome::Reached, Outcome::FollowUpAgreed])
    } else if rng.chance(0.06 * (-keen).exp().min(4.0)) {
        Outcome::NotInterested
    } else {
        Outcome::NotReached
    };
    let at = stored_precision(at);
    Interaction {
        meta: RecordMeta::with_id(rng.uuid(), at),
        contact_id,
        kind,
        direction,
        at,
        summary: rng.pick(INTERACTION_SUMMARIES).to_string(),
        outcome: Some(outcome),
    }
}

/// Draws each closed lead's outcome from its true chance and adds the leads to `data`.
/// Returns every lead's true chance of being won, judged when it closed or, for an open
/// lead, now.
pub fn close(
    rng: &mut Rng,
    drafts: Vec<Draft>,
    now: DateTime<Utc>,
    data: &mut DataSet,
) -> Vec<(Uuid, f64)> {
    let index = RecordIndex::new(&data.contacts, &data.interactions, &data.orders);
    let mut truths = Vec::with_capacity(drafts.len());
    let mut leads = Vec::with_capacity(drafts.len());
    for Draft {
        mut lead,
        closes_at,
    } in drafts
    {
        let records = index.of(lead.contact_id);
        let judged = closes_at.map_or(now, |at| at - Duration::milliseconds(1));
        let facts = LeadFacts::of(&lead, &Pipeline::standard(lead.kind), &records, judged);
        let chance = true_chance(lead.kind, &facts);
        truths.push((lead.meta.id, chance));
        if let Some(at) = closes_at {
            let won = rng.chance(chance);
            let stage = if won {
                StandardStage::Won
            } else {
                StandardStage::Lost
            };
            lead.move_to(stage.id(lead.kind), at);
            if !won {
                lead.lost = Some(LostReason {
                    reason: ReasonName::Standard(*rng.pick(&[
                        StandardReason::Price,
                        StandardReason::NoTime,
                        StandardReason::NotInterested,
                        StandardReason::OtherProvider,
                        StandardReason::NotReached,
                    ])),
                    details: String::new(),
                });
            }
        }
        leads.push(lead);
    }
    data.leads.extend(leads);
    truths
}

/// The chance a lead with these facts is won, in the sample's world.
pub fn true_chance(kind: LeadKind, facts: &LeadFacts) -> f64 {
    let flag = |b: bool| if b { 1.0 } else { 0.0 };
    let engagement = 1.0 - (-f64::from(facts.interactions) / 3.0).exp();
    let share = if facts.interactions == 0 {
        0.5
    } else {
        f64::from(facts.positive) / f64::from(facts.interactions)
    };
    let silence_weight = if facts.referred { 0.5 } else { 0.75 };
    let momentum = f64::from(facts.recent) - f64::from(facts.before_recent);
    let source = match facts.source {
        LeadSource::WarmMarket => 0.4,
        LeadSource::Event => 0.5,
        LeadSource::SocialMedia => -0.4,
        _ => 0.0,
    };
    let (base, ordered) = match kind {
        LeadKind::Sale => (-0.6, 0.7),
        LeadKind::Recruit => (-1.7, 0.3),
    };
    let log_odds = base
        + 0.9 * flag(facts.referred)
        + source
        + 1.8 * facts.progress.powi(2)
        + 1.2 * engagement
        + 2.0 * (share - 0.5) * engagement
        - 2.0 * flag(facts.declined)
        - silence_weight * (1.0 + facts.days_since_contact).ln()
        - 0.2 * (1.0 + facts.days_in_stage).ln()
        + 0.25 * momentum / (1.0 + f64::from(facts.recent + facts.before_recent))
        + ordered * flag(facts.ordered_before)
        + 0.3 * flag(facts.consent_granted);
    sigmoid(log_odds)
}

fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

fn minutes(rng: &mut Rng, from_days: i64, to_days: i64) -> Duration {
    Duration::minutes(rng.range(from_days * 24 * 60, to_days * 24 * 60))
}

/// A standard normal draw (Box–Muller).
fn normal(rng: &mut Rng) -> f64 {
    let u = 1.0 - rng.unit();
    let v = rng.unit();
    (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * v).cos()
}

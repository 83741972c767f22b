//! The open leads most worth the rep's next hour: ranked by chance × value, with the
//! ones whose follow-up is overdue marked.

use crate::domain::leads::lead::{Lead, LeadKind};
use crate::domain::leads::overdue_follow_ups::OverdueFollowUps;
use crate::domain::locale::money::Cents;
use crate::domain::ordering::order_by_text;
use crate::domain::tasks::task::Task;
use chrono::{DateTime, Utc};
use std::collections::HashMap;
use uuid::Uuid;

#[derive(Clone, Debug, PartialEq)]
pub struct NextBest {
    pub lead_id: Uuid,
    pub probability: f64,
    /// The lead's expected value, or the average of its kind's open leads when it has none.
    pub value: Cents,
    /// Whether `value` is the lead's own.
    pub own_value: bool,
    /// Chance × value, in cents: what the list is ranked by.
    pub worth: f64,
    pub follow_up_overdue: bool,
}

/// The open leads that have a score, best first. A lead without a value counts with the
/// average value of the open leads of its kind that have one (recruits often have
/// none); when none of its kind has one, its chance alone ranks it among them.
pub fn next_best<'a>(
    leads: impl IntoIterator<Item = &'a Lead>,
    probability: &HashMap<Uuid, f64>,
    tasks: impl IntoIterator<Item = &'a Task>,
    now: DateTime<Utc>,
) -> Vec<NextBest> {
    let open: Vec<&Lead> = leads
        .into_iter()
        .filter(|l| l.is_open() && !l.meta.is_deleted() && probability.contains_key(&l.meta.id))
        .collect();
    let average = |kind: LeadKind| {
        let valued: Vec<i64> = open
            .iter()
            .filter(|l| l.kind == kind && l.expected_value.0 > 0)
            .map(|l| l.expected_value.0)
            .collect();
        Cents(valued.iter().sum::<i64>() / (valued.len().max(1) as i64))
    };
    let averages = [LeadKind::Sale, LeadKind::Recruit].map(|kind| (kind, average(kind)));
    let overdue = OverdueFollowUps::of(tasks, now);
    let mut ranked: Vec<NextBest> = open
        .iter()
        .map(|lead| {
            let p = probability[&lead.meta.id];
            let own_value = lead.expected_value.0 > 0;
            let value = if own_value {
                lead.expected_value
            } else {
                averages
                    .iter()
                    .find(|(kind, _)| *kind == lead.kind)
                    .map_or(Cents(0), |(_, v)| *v)
            };
            NextBest {
                lead_id: lead.meta.id,
                probability: p,
                value,
                own_value,
                worth: p * value.0.max(1) as f64,
                follow_up_overdue: overdue.has(lead),
            }
        })
        .collect();
    // Equal worth keeps a fixed order, so the list does not jump between renders.
    order_by_text(&mut ranked, |n| n.lead_id.to_string());
    ranked.sort_by(|a, b| b.worth.total_cmp(&a.worth));
    ranked
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::leads::lead::{LeadSource, StageChange};
    use crate::domain::leads::stages::StandardStage;
    use crate::domain::record::RecordMeta;
    use crate::domain::tasks::task::TaskKind;
    use chrono::{Duration, TimeZone};

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 4, 10, 12, 0, 0).unwrap()
    }

    fn lead(id: u128, kind: LeadKind, stage: StandardStage, cents: i64) -> Lead {
        Lead {
            meta: RecordMeta::with_id(Uuid::from_u128(id), now() - Duration::days(9)),
            contact_id: Uuid::from_u128(100 + id),
            kind,
            stage: stage.id(kind),
            title: String::new(),
            expected_value: Cents(cents),
            expected_centipoints: 0,
            expected_close: None,
            source: LeadSource::Unknown,
            history: vec![StageChange {
                stage: stage.id(kind),
                at: now() - Duration::days(9),
            }],
            lost: None,
        }
    }

    #[test]
    fn chance_times_value_ranks_and_leads_without_value_take_their_kinds_average() {
        use StandardStage::*;
        let leads = [
            lead(1, LeadKind::Sale, Contacted, 9_000),
            lead(2, LeadKind::Sale, Decision, 2_000),
            lead(3, LeadKind::Sale, New, 0),
            lead(4, LeadKind::Recruit, New, 0),
            lead(5, LeadKind::Sale, Won, 90_000),
        ];
        let p: HashMap<Uuid, f64> = [(1, 0.3), (2, 0.9), (3, 0.5), (4, 0.4), (5, 1.0)]
            .map(|(id, p)| (Uuid::from_u128(id), p))
            .into_iter()
            .collect();
        let ranked = next_best(&leads, &p, [], now());
        let ids: Vec<u128> = ranked.iter().map(|n| n.lead_id.as_u128()).collect();
        // 0.5 × 55 € (the average) > 0.3 × 90 € > 0.9 × 20 € > 0.4 × nothing.
        assert_eq!(ids, [3, 1, 2, 4]);
        assert_eq!(ranked[0].value, Cents(5_500));
        assert!(!ranked[0].own_value && ranked[1].own_value);
    }

    #[test]
    fn an_overdue_follow_up_of_the_lead_or_its_contact_is_marked() {
        let leads = [
            lead(1, LeadKind::Sale, StandardStage::New, 1_000),
            lead(2, LeadKind::Sale, StandardStage::New, 1_000),
            lead(3, LeadKind::Sale, StandardStage::New, 1_000),
        ];
        let p: HashMap<Uuid, f64> = (1..=3).map(|id| (Uuid::from_u128(id), 0.5)).collect();
        let task = |lead_id: Option<u128>, contact: u128, due: DateTime<Utc>| Task {
            meta: RecordMeta::new(now() - Duration::days(20)),
            kind: TaskKind::FollowUp,
            title: String::new(),
            due_at: due,
            contact_id: Some(Uuid::from_u128(contact)),
            lead_id: lead_id.map(Uuid::from_u128),
            done_at: None,
        };
        let tasks = [
            task(Some(1), 101, now() - Duration::hours(1)),
            task(None, 102, now() - Duration::days(2)),
            task(None, 103, now() + Duration::days(1)),
        ];
        let ranked = next_best(&leads, &p, &tasks, now());
        let overdue: HashMap<u128, bool> = ranked
            .iter()
            .map(|n| (n.lead_id.as_u128(), n.follow_up_overdue))
            .collect();
        assert_eq!((overdue[&1], overdue[&2], overdue[&3]), (true, true, false));
    }
}

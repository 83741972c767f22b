//! Everything that happened with one contact, newest first: interactions, orders, lead
//! stage changes and tasks.

use crate::domain::contacts::interaction::Interaction;
use crate::domain::contacts::order::Order;
use crate::domain::leads::lead::{Lead, LeadKind};
use crate::domain::leads::lead_settings::LeadSettings;
use crate::domain::leads::stages::StageName;
use crate::domain::locale::money::Cents;
use crate::domain::ordering::{order_by, order_by_text};
use crate::domain::tasks::task::Task;
use chrono::{DateTime, NaiveTime, Utc};
use uuid::Uuid;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TimelineEvent {
    Interaction(Interaction),
    Order {
        amount: Cents,
        volume_centipoints: u32,
    },
    LeadStage {
        lead_id: Uuid,
        title: String,
        kind: LeadKind,
        stage: StageName,
    },
    /// A task shows at its due time while open, and at the time it was done afterwards.
    Task(Task),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimelineEntry {
    pub at: DateTime<Utc>,
    /// The record the entry comes from.
    pub id: Uuid,
    pub event: TimelineEvent,
}

/// The contact's records merged into one list, newest first. Records of the same moment
/// keep a fixed order (by id), so the list does not jump between renders.
pub fn timeline<'a>(
    interactions: impl IntoIterator<Item = &'a Interaction>,
    orders: impl IntoIterator<Item = &'a Order>,
    leads: impl IntoIterator<Item = &'a Lead>,
    tasks: impl IntoIterator<Item = &'a Task>,
    lead_settings: &LeadSettings,
) -> Vec<TimelineEntry> {
    let mut entries: Vec<TimelineEntry> = Vec::new();
    entries.extend(interactions.into_iter().map(|i| TimelineEntry {
        at: i.at,
        id: i.meta.id,
        event: TimelineEvent::Interaction(i.clone()),
    }));
    entries.extend(orders.into_iter().map(|o| {
        TimelineEntry {
            // Orders carry a date only; noon keeps them inside that day in every time zone
            // of the users' continent.
            at: o
                .date
                .and_time(NaiveTime::from_hms_opt(12, 0, 0).unwrap_or_default())
                .and_utc(),
            id: o.meta.id,
            event: TimelineEvent::Order {
                amount: o.amount,
                volume_centipoints: o.volume_centipoints,
            },
        }
    }));
    for lead in leads {
        let pipeline = lead_settings.pipeline(lead.kind);
        entries.extend(lead.history.iter().map(|change| TimelineEntry {
            at: change.at,
            id: lead.meta.id,
            event: TimelineEvent::LeadStage {
                lead_id: lead.meta.id,
                title: lead.title.clone(),
                kind: lead.kind,
                stage: pipeline.name_of(change.stage),
            },
        }));
    }
    entries.extend(tasks.into_iter().map(|t| TimelineEntry {
        at: t.done_at.unwrap_or(t.due_at),
        id: t.meta.id,
        event: TimelineEvent::Task(t.clone()),
    }));
    order_by_text(&mut entries, |e| e.id.to_string());
    order_by(&mut entries, |e| -e.at.timestamp_millis());
    entries
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::contacts::interaction::{Direction, InteractionKind};
    use crate::domain::leads::lead::{LeadSource, StageChange};
    use crate::domain::leads::stages::StandardStage;
    use crate::domain::record::RecordMeta;
    use crate::domain::tasks::task::TaskKind;
    use chrono::{NaiveDate, TimeZone};

    fn at(day: u32, hour: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, day, hour, 0, 0).unwrap()
    }

    #[test]
    fn entries_of_every_kind_come_newest_first() {
        let contact = Uuid::new_v4();
        let call = Interaction {
            meta: RecordMeta::new(at(1, 9)),
            contact_id: contact,
            kind: InteractionKind::Call,
            direction: Direction::Outgoing,
            at: at(20, 9),
            summary: "Katalog besprochen".into(),
            outcome: None,
        };
        let order = Order {
            meta: RecordMeta::new(at(1, 9)),
            contact_id: contact,
            date: NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(),
            amount: Cents(4_990),
            volume_centipoints: 2_500,
        };
        let sale = |stage: StandardStage| stage.id(LeadKind::Sale);
        let lead = Lead {
            meta: RecordMeta::new(at(1, 9)),
            contact_id: contact,
            kind: LeadKind::Sale,
            stage: sale(StandardStage::Won),
            title: "Küchenparty".into(),
            expected_value: Cents(10_000),
            expected_centipoints: 0,
            expected_close: None,
            source: LeadSource::Event,
            history: vec![
                StageChange {
                    stage: sale(StandardStage::New),
                    at: at(10, 8),
                },
                StageChange {
                    stage: sale(StandardStage::Won),
                    at: at(21, 8),
                },
            ],
            lost: None,
        };
        let task = Task {
            meta: RecordMeta::new(at(1, 9)),
            kind: TaskKind::FollowUp,
            title: "Nachfassen".into(),
            due_at: at(25, 10),
            contact_id: Some(contact),
            lead_id: None,
            done_at: None,
        };
        let entries = timeline(
            [&call],
            [&order],
            [&lead],
            [&task],
            &LeadSettings::default(),
        );
        let kinds: Vec<_> = entries
            .iter()
            .map(|e| match &e.event {
                TimelineEvent::Interaction(_) => "call",
                TimelineEvent::Order { .. } => "order",
                TimelineEvent::LeadStage { stage, .. }
                    if *stage == StageName::Standard(StandardStage::Won) =>
                {
                    "won"
                }
                TimelineEvent::LeadStage { .. } => "new lead",
                TimelineEvent::Task(_) => "task",
            })
            .collect();
        assert_eq!(kinds, ["task", "order", "won", "call", "new lead"]);
    }
}

//! Reminders kept as tasks: "stay in touch every N days", birthdays and reorders. The
//! plan says which reminder tasks to add, move or drop so they match the contacts and
//! their activity. It is run after every change and at start-up, and planning twice
//! changes nothing.
//!
//! A reminder is moved only when something it depends on (the contact, a newer
//! interaction or order) changed after the reminder was last set, so that a snoozed or
//! rescheduled reminder stays where the rep put it.

use crate::domain::contacts::contact::{Contact, Role};
use crate::domain::contacts::interaction::Interaction;
use crate::domain::contacts::order::Order;
use crate::domain::locale::local_clock::LocalClock;
use crate::domain::record::RecordMeta;
use crate::domain::tasks::follow_up::{next_birthday, reorder_due, stay_in_touch_due};
use crate::domain::tasks::task::{Task, TaskKind};
use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
use std::collections::HashMap;
use uuid::Uuid;

/// Birthday and reorder reminders are raised this many days ahead.
pub const HORIZON_DAYS: i64 = 14;
/// A reorder reminder whose day passed longer ago than this when it would be raised
/// (old history just imported, say) is not raised at all.
pub const STALE_DAYS: i64 = 14;
/// Reminders for a day fall due at this local hour.
pub const REMINDER_HOUR: u32 = 9;

#[derive(Default)]
struct Activity<'a> {
    /// When the latest interaction happened, and when any interaction was last logged.
    last_interaction: Option<(DateTime<Utc>, DateTime<Utc>)>,
    last_order: Option<&'a Order>,
    reminders: Vec<&'a Task>,
}

/// The reminder tasks to write.
pub fn plan<'a>(
    contacts: impl IntoIterator<Item = &'a Contact>,
    interactions: impl IntoIterator<Item = &'a Interaction>,
    orders: impl IntoIterator<Item = &'a Order>,
    tasks: impl IntoIterator<Item = &'a Task>,
    clock: &LocalClock,
) -> Vec<Task> {
    let mut activity: HashMap<Uuid, Activity> = HashMap::new();
    for interaction in interactions {
        let entry = activity.entry(interaction.contact_id).or_default();
        let (at, logged) = entry
            .last_interaction
            .unwrap_or((interaction.at, interaction.meta.created_at));
        entry.last_interaction = Some((
            at.max(interaction.at),
            logged.max(interaction.meta.created_at),
        ));
    }
    for order in orders {
        let entry = activity.entry(order.contact_id).or_default();
        let newer = entry.last_order.is_none_or(|last| {
            (order.date, order.meta.created_at) > (last.date, last.meta.created_at)
        });
        if newer {
            entry.last_order = Some(order);
        }
    }
    for task in tasks {
        if let Some(contact) = task.contact_id
            && task.kind != TaskKind::FollowUp
            && !task.meta.is_deleted()
        {
            activity.entry(contact).or_default().reminders.push(task);
        }
    }
    let none = Activity::default();
    let mut planned = Vec::new();
    for contact in contacts.into_iter().filter(|c| !c.meta.is_deleted()) {
        let activity = activity.get(&contact.meta.id).unwrap_or(&none);
        let planner = Planner {
            contact,
            activity,
            clock,
        };
        planned.extend(planner.stay_in_touch());
        planned.extend(planner.birthday());
        planned.extend(planner.reorder());
    }
    planned
}

struct Planner<'a> {
    contact: &'a Contact,
    activity: &'a Activity<'a>,
    clock: &'a LocalClock,
}

impl Planner<'_> {
    fn open(&self, kind: TaskKind) -> Option<&Task> {
        self.activity
            .reminders
            .iter()
            .copied()
            .find(|t| t.kind == kind && t.done_at.is_none())
    }

    fn last_done(&self, kind: TaskKind) -> Option<DateTime<Utc>> {
        self.activity
            .reminders
            .iter()
            .filter(|t| t.kind == kind)
            .filter_map(|t| t.done_at)
            .max()
    }

    /// Keeps the open reminder, moves it, adds one, or drops one no longer wanted.
    fn settle(
        &self,
        kind: TaskKind,
        wanted: Option<DateTime<Utc>>,
        depends_on_change_at: DateTime<Utc>,
        may_add: bool,
    ) -> Option<Task> {
        let now = self.clock.now;
        match (self.open(kind), wanted) {
            (Some(open), None) => {
                let mut dropped = open.clone();
                dropped.meta.mark_deleted(now);
                Some(dropped)
            }
            (Some(open), Some(due_at))
                if open.meta.updated_at < depends_on_change_at && open.due_at != due_at =>
            {
                Some(crate::domain::tasks::agenda::reschedule(open, due_at, now))
            }
            (Some(_), Some(_)) | (None, None) => None,
            (None, Some(due_at)) => may_add.then(|| self.new_task(kind, due_at)),
        }
    }

    fn new_task(&self, kind: TaskKind, due_at: DateTime<Utc>) -> Task {
        Task {
            meta: RecordMeta::with_id(
                reminder_id(self.contact.meta.id, kind, due_at),
                self.clock.now,
            ),
            kind,
            title: String::new(),
            due_at,
            contact_id: Some(self.contact.meta.id),
            lead_id: None,
            done_at: None,
        }
    }

    fn at_reminder_hour(&self, day: NaiveDate) -> DateTime<Utc> {
        let hour = NaiveTime::from_hms_opt(REMINDER_HOUR, 0, 0).unwrap_or(NaiveTime::MIN);
        self.clock.to_utc(day.and_time(hour))
    }

    fn stay_in_touch(&self) -> Option<Task> {
        let last_interaction = self.activity.last_interaction;
        let wanted = self.contact.stay_in_touch_days.map(|every| {
            let anchor = [
                last_interaction.map(|(at, _)| at),
                self.last_done(TaskKind::StayInTouch),
            ]
            .into_iter()
            .flatten()
            .max();
            stay_in_touch_due(every, anchor, self.contact.meta.created_at)
        });
        let changed = self
            .contact
            .meta
            .updated_at
            .max(last_interaction.map_or(DateTime::<Utc>::MIN_UTC, |(_, logged)| logged));
        // The rep asked for this rhythm, so a reminder that is long overdue is raised too.
        self.settle(TaskKind::StayInTouch, wanted, changed, true)
    }

    fn birthday(&self) -> Option<Task> {
        let today = self.clock.today();
        let next = self.contact.birthday.map(|b| next_birthday(b, today));
        let wanted = next.map(|day| self.at_reminder_hour(day));
        let may_add = next.is_some_and(|day| {
            let window_start = self.clock.start_of(day - Duration::days(HORIZON_DAYS));
            day <= today + Duration::days(HORIZON_DAYS)
                && self
                    .last_done(TaskKind::Birthday)
                    .is_none_or(|done| done < window_start)
        });
        self.settle(
            TaskKind::Birthday,
            wanted,
            self.contact.meta.updated_at,
            may_add,
        )
    }

    fn reorder(&self) -> Option<Task> {
        let today = self.clock.today();
        let last_order = self
            .activity
            .last_order
            .filter(|_| self.contact.has_role(Role::Customer));
        let due_day = last_order.map(|o| reorder_due(o.date, self.contact.reorder_after_days));
        let wanted = due_day.map(|day| self.at_reminder_hour(day));
        let may_add = match (last_order, due_day) {
            (Some(order), Some(day)) => {
                day <= today + Duration::days(HORIZON_DAYS)
                    && day >= today - Duration::days(STALE_DAYS)
                    && self
                        .last_done(TaskKind::Reorder)
                        .is_none_or(|done| done < order.meta.created_at)
            }
            _ => false,
        };
        let changed = self
            .contact
            .meta
            .updated_at
            .max(last_order.map_or(DateTime::<Utc>::MIN_UTC, |o| o.meta.created_at));
        self.settle(TaskKind::Reorder, wanted, changed, may_add)
    }
}

/// The same reminder gets the same id in every tab and on every run, so two tabs
/// planning at once write one task, not two.
fn reminder_id(contact: Uuid, kind: TaskKind, due_at: DateTime<Utc>) -> Uuid {
    let mut bytes = contact.as_bytes().to_vec();
    bytes.push(kind as u8);
    bytes.extend_from_slice(&due_at.timestamp_millis().to_le_bytes());
    let hash = |seed: u64| {
        bytes.iter().fold(seed, |h, &b| {
            (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
        })
    };
    uuid::Builder::from_u128(
        (u128::from(hash(0xcbf2_9ce4_8422_2325)) << 64) | u128::from(hash(0x8422_2325_cbf2_9ce4)),
    )
    .with_variant(uuid::Variant::RFC4122)
    .with_version(uuid::Version::Custom)
    .into_uuid()
}

#[cfg(test)]
mod tests;

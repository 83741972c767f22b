//! Which leads have a follow-up past its time: a task of the lead itself, or a task of
//! its contact that belongs to no lead.

use crate::domain::leads::lead::Lead;
use crate::domain::tasks::task::Task;
use chrono::{DateTime, Utc};
use std::collections::HashSet;
use uuid::Uuid;

pub struct OverdueFollowUps {
    leads: HashSet<Uuid>,
    /// Contacts with an overdue task that belongs to no lead.
    contacts: HashSet<Uuid>,
}

impl OverdueFollowUps {
    pub fn of<'a>(tasks: impl IntoIterator<Item = &'a Task>, now: DateTime<Utc>) -> Self {
        let mut overdue = OverdueFollowUps {
            leads: HashSet::new(),
            contacts: HashSet::new(),
        };
        let past_due = |t: &&Task| t.is_open() && !t.meta.is_deleted() && t.due_at < now;
        for task in tasks.into_iter().filter(past_due) {
            match (task.lead_id, task.contact_id) {
                (Some(lead), _) => overdue.leads.insert(lead),
                (None, Some(contact)) => overdue.contacts.insert(contact),
                (None, None) => false,
            };
        }
        overdue
    }

    pub fn has(&self, lead: &Lead) -> bool {
        self.leads.contains(&lead.meta.id) || self.contacts.contains(&lead.contact_id)
    }
}

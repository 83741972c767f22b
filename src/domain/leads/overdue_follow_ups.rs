//! Which leads have a follow-up past its time: a task of the lead itself, or a task of
//! its contact that belongs to no lead.

use crate::domain::leads::lead::Lead;
use crate::domain::tasks::task::Task;
use chrono::{DateTime, Utc};
use uuid::Uuid;

pub struct OverdueFollowUps {
    /// Each open task past its time: its lead and its contact.
    overdue: Vec<(Option<Uuid>, Option<Uuid>)>,
}

impl OverdueFollowUps {
    pub fn of<'a>(tasks: impl IntoIterator<Item = &'a Task>, now: DateTime<Utc>) -> Self {
        OverdueFollowUps {
            overdue: tasks
                .into_iter()
                .filter(|t| t.is_open() && !t.meta.is_deleted() && t.due_at < now)
                .map(|t| (t.lead_id, t.contact_id))
                .collect(),
        }
    }

    pub fn has(&self, lead: &Lead) -> bool {
        self.overdue.iter().any(|(lead_id, contact_id)| {
            *lead_id == Some(lead.meta.id)
                || (lead_id.is_none() && *contact_id == Some(lead.contact_id))
        })
    }
}

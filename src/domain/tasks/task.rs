//! A follow-up with a due time, optionally tied to a contact or a lead.

use crate::domain::record::{RecordMeta, impl_record};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TaskKind {
    FollowUp,
    StayInTouch,
    Birthday,
    Reorder,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Task {
    pub meta: RecordMeta,
    pub kind: TaskKind,
    pub title: String,
    #[serde(with = "chrono::serde::ts_milliseconds")]
    pub due_at: DateTime<Utc>,
    pub contact_id: Option<Uuid>,
    pub lead_id: Option<Uuid>,
    #[serde(with = "chrono::serde::ts_milliseconds_option")]
    pub done_at: Option<DateTime<Utc>>,
}
impl_record!(Task);

impl Task {
    pub fn is_open(&self) -> bool {
        self.done_at.is_none() && !self.meta.is_deleted()
    }
}

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

/// How a task is named on the tasks page and in the calendar: its own title, or the
/// name of its kind (`kind_title`) when it has none, then the name of its contact where
/// one is to be shown: `Nachfassen: Anna Berg`.
pub fn task_label(task: &Task, kind_title: &str, contact_name: Option<&str>) -> String {
    let title = if task.title.is_empty() {
        kind_title
    } else {
        task.title.as_str()
    };
    match contact_name {
        Some(name) => format!("{title}: {name}"),
        None => title.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn task(title: &str) -> Task {
        let now = Utc.with_ymd_and_hms(2026, 11, 27, 10, 0, 0).unwrap();
        Task {
            meta: RecordMeta::new(now),
            kind: TaskKind::Birthday,
            title: title.into(),
            due_at: now,
            contact_id: Some(Uuid::new_v4()),
            lead_id: None,
            done_at: None,
        }
    }

    #[test]
    fn a_label_is_the_title_or_the_kind_then_the_contact() {
        let named = task("Probe abgeben");
        assert_eq!(task_label(&named, "Geburtstag", None), "Probe abgeben");
        assert_eq!(
            task_label(&named, "Geburtstag", Some("Anna Berg")),
            "Probe abgeben: Anna Berg"
        );
        let untitled = task("");
        assert_eq!(task_label(&untitled, "Geburtstag", None), "Geburtstag");
        assert_eq!(
            task_label(&untitled, "Geburtstag", Some("Anna Berg")),
            "Geburtstag: Anna Berg"
        );
    }
}

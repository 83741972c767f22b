//! When the rep last made a backup and how long they let it get before they are
//! reminded. Browsers may delete a site's data, so an old backup is worth a gentle word.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The reminder's choices in Settings, in days; 0 turns it off.
pub const REMINDER_CHOICES: [u16; 5] = [3, 7, 14, 30, 0];
pub const DEFAULT_REMINDER_DAYS: u16 = 7;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BackupHabit {
    #[serde(with = "chrono::serde::ts_milliseconds_option")]
    pub last_backup_at: Option<DateTime<Utc>>,
    /// When the data on this device began (the first start); before the first backup
    /// the reminder counts from here.
    #[serde(with = "chrono::serde::ts_milliseconds_option")]
    pub started_at: Option<DateTime<Utc>>,
    /// Remind when the last backup is older than this; 0 never reminds.
    pub remind_after_days: u16,
}

impl Default for BackupHabit {
    fn default() -> Self {
        BackupHabit {
            last_backup_at: None,
            started_at: None,
            remind_after_days: DEFAULT_REMINDER_DAYS,
        }
    }
}

impl BackupHabit {
    /// Whole days since the last backup (or, with none yet, since the start; `started`
    /// stands in for settings saved before the start was kept) when that is past the
    /// chosen number; `None` while no reminder is due.
    pub fn overdue_days(&self, started: DateTime<Utc>, now: DateTime<Utc>) -> Option<i64> {
        if self.remind_after_days == 0 {
            return None;
        }
        let since = self.last_backup_at.or(self.started_at).unwrap_or(started);
        let days = (now - since).num_days();
        (days >= i64::from(self.remind_after_days)).then_some(days)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};

    #[test]
    fn a_reminder_is_due_once_the_last_backup_is_older_than_chosen() {
        let now = Utc.with_ymd_and_hms(2026, 6, 17, 10, 0, 0).unwrap();
        let started = now - Duration::days(40);
        let mut habit = BackupHabit::default();
        assert_eq!(
            habit.overdue_days(started, now),
            Some(40),
            "never backed up"
        );
        assert_eq!(
            habit.overdue_days(now - Duration::days(2), now),
            None,
            "new to the app"
        );
        habit.started_at = Some(now - Duration::days(1));
        assert_eq!(habit.overdue_days(started, now), None, "started yesterday");
        habit.last_backup_at = Some(now - Duration::days(6) - Duration::hours(23));
        assert_eq!(habit.overdue_days(started, now), None);
        habit.last_backup_at = Some(now - Duration::days(7));
        assert_eq!(habit.overdue_days(started, now), Some(7));
        habit.remind_after_days = 0;
        assert_eq!(habit.overdue_days(started, now), None, "turned off");
    }
}

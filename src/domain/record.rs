//! What every stored record carries: a device-made UUID, timestamps and a tombstone,
//! so that imports and merges from several devices are idempotent and lose nothing.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordMeta {
    pub id: Uuid,
    #[serde(with = "chrono::serde::ts_milliseconds")]
    pub created_at: DateTime<Utc>,
    #[serde(with = "chrono::serde::ts_milliseconds")]
    pub updated_at: DateTime<Utc>,
    #[serde(with = "chrono::serde::ts_milliseconds_option")]
    pub deleted_at: Option<DateTime<Utc>>,
}

impl RecordMeta {
    pub fn new(now: DateTime<Utc>) -> Self {
        Self::with_id(Uuid::new_v4(), now)
    }

    pub fn with_id(id: Uuid, now: DateTime<Utc>) -> Self {
        // Timestamps are kept at millisecond precision, the precision they are stored with.
        let now = DateTime::from_timestamp_millis(now.timestamp_millis()).unwrap_or(now);
        Self {
            id,
            created_at: now,
            updated_at: now,
            deleted_at: None,
        }
    }

    pub fn is_deleted(&self) -> bool {
        self.deleted_at.is_some()
    }

    pub fn touch(&mut self, now: DateTime<Utc>) {
        self.updated_at = stored_precision(now);
    }

    /// Deleting keeps the record as a tombstone so that a later merge knows it is gone.
    pub fn mark_deleted(&mut self, now: DateTime<Utc>) {
        let now = stored_precision(now);
        self.deleted_at = Some(now);
        self.updated_at = now;
    }
}

/// Time stamps are stored in milliseconds (what JavaScript's clock gives, too), so a
/// record reads back exactly as written only if it is made at that precision.
pub fn stored_precision(at: DateTime<Utc>) -> DateTime<Utc> {
    DateTime::from_timestamp_millis(at.timestamp_millis()).unwrap_or(at)
}

/// A domain type that is stored as its own record.
pub trait Record:
    Clone + PartialEq + std::fmt::Debug + Serialize + serde::de::DeserializeOwned
{
    fn meta(&self) -> &RecordMeta;
    fn meta_mut(&mut self) -> &mut RecordMeta;

    fn id(&self) -> Uuid {
        self.meta().id
    }

    /// This record deleted at `now`: what undo writes back for a record its command
    /// added. A kind whose records are big and personal keeps only the meta in it.
    fn tombstone(&self, now: DateTime<Utc>) -> Self {
        let mut gone = self.clone();
        gone.meta_mut().mark_deleted(now);
        gone
    }
}

macro_rules! impl_record {
    ($($t:ty),* $(,)?) => {
        $(impl $crate::domain::record::Record for $t {
            fn meta(&self) -> &$crate::domain::record::RecordMeta { &self.meta }
            fn meta_mut(&mut self) -> &mut $crate::domain::record::RecordMeta { &mut self.meta }
        })*
    };
}
pub(crate) use impl_record;

//! A logged correspondence with a contact.

use crate::domain::record::{RecordMeta, impl_record};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum InteractionKind {
    Call,
    Sms,
    WhatsApp,
    Email,
    Meeting,
    Note,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Direction {
    Outgoing,
    Incoming,
    /// Notes and meetings have no direction.
    Internal,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Outcome {
    Reached,
    NotReached,
    FollowUpAgreed,
    NotInterested,
    Ordered,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Interaction {
    pub meta: RecordMeta,
    pub contact_id: Uuid,
    pub kind: InteractionKind,
    pub direction: Direction,
    #[serde(with = "chrono::serde::ts_milliseconds")]
    pub at: DateTime<Utc>,
    pub summary: String,
    pub outcome: Option<Outcome>,
}
impl_record!(Interaction);

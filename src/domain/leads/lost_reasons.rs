//! Why leads are lost: a list the rep can edit, and the reason a lost lead records.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum StandardReason {
    Price,
    NoTime,
    NotInterested,
    OtherProvider,
    NotReached,
}

/// A reason as the list holds it: Teamline's own, said in the user's language, or the
/// rep's words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReasonName {
    Standard(StandardReason),
    Own(String),
}

/// What a lost lead records: a reason from the list and, if the rep wrote one, more.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LostReason {
    pub reason: ReasonName,
    pub details: String,
}

pub fn standard_reasons() -> Vec<ReasonName> {
    use StandardReason::*;
    [Price, NoTime, NotInterested, OtherProvider, NotReached]
        .into_iter()
        .map(ReasonName::Standard)
        .collect()
}

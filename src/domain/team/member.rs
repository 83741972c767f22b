//! A rep in the downline. The rep using the app is the root member of their own view.

use crate::domain::record::{RecordMeta, impl_record};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MemberStatus {
    Active,
    Inactive,
    /// Left the company; `Member::left_on` says when.
    Terminated,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    pub meta: RecordMeta,
    pub contact_id: Uuid,
    /// The member who enrolled this one; `None` only for the root.
    pub sponsor_id: Option<Uuid>,
    /// Binary and matrix plans place a member under a parent and leg that may differ
    /// from the sponsor.
    pub placement_parent_id: Option<Uuid>,
    pub placement_leg: Option<u8>,
    #[serde(with = "crate::domain::locale::time_format::date_days")]
    pub joined_on: NaiveDate,
    pub status: MemberStatus,
    /// The day the member left the company, for a terminated member.
    #[serde(with = "crate::domain::locale::time_format::date_days_option")]
    pub left_on: Option<NaiveDate>,
    pub rank: Option<String>,
    /// The id the company's back office uses for this member.
    pub external_id: Option<String>,
}
impl_record!(Member);

#[cfg(test)]
impl Member {
    /// A member with a numbered id and sponsor, for the downline's tests.
    pub fn numbered(id: u128, sponsor: Option<u128>) -> Self {
        Member {
            meta: RecordMeta::with_id(Uuid::from_u128(id), chrono::Utc::now()),
            contact_id: Uuid::from_u128(id + 1_000_000),
            sponsor_id: sponsor.map(Uuid::from_u128),
            placement_parent_id: None,
            placement_leg: None,
            joined_on: NaiveDate::from_ymd_opt(2025, 1, 1).unwrap(),
            status: MemberStatus::Active,
            left_on: None,
            rank: None,
            external_id: None,
        }
    }
}

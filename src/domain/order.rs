//! A sale to a customer.

use crate::domain::money::Cents;
use crate::domain::record::{RecordMeta, impl_record};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Order {
    pub meta: RecordMeta,
    pub contact_id: Uuid,
    #[serde(with = "crate::domain::time_format::date_days")]
    pub date: NaiveDate,
    pub amount: Cents,
    /// Volume points as the company counts them, in hundredths (12.5 PV is 1250).
    pub volume_centipoints: u32,
}
impl_record!(Order);

//! A sale to a customer.

use crate::domain::locale::money::Cents;
use crate::domain::ordering::order_by;
use crate::domain::record::{RecordMeta, impl_record};
use chrono::Datelike;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Order {
    pub meta: RecordMeta,
    pub contact_id: Uuid,
    #[serde(with = "crate::domain::locale::time_format::date_days")]
    pub date: NaiveDate,
    pub amount: Cents,
    /// Volume points as the company counts them, in hundredths (12.5 PV is 1250).
    pub volume_centipoints: u32,
}
impl_record!(Order);

/// A customer's order history in figures.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OrderTotals {
    pub count: usize,
    pub amount: Cents,
    pub volume_centipoints: u64,
}

/// Newest order first; orders of the same day in the order they were recorded, latest first.
pub fn newest_first(orders: &mut Vec<Order>) {
    order_by(orders, |o| -o.meta.created_at.timestamp_millis());
    order_by(orders, |o| -i64::from(o.date.num_days_from_ce()));
}

impl OrderTotals {
    pub fn of<'a>(orders: impl IntoIterator<Item = &'a Order>) -> Self {
        orders
            .into_iter()
            .fold(OrderTotals::default(), |totals, order| OrderTotals {
                count: totals.count + 1,
                amount: totals.amount + order.amount,
                volume_centipoints: totals.volume_centipoints + u64::from(order.volume_centipoints),
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;

    #[test]
    fn totals_add_up_amounts_and_points() {
        let order = |cents, points| Order {
            meta: RecordMeta::new(Utc::now()),
            contact_id: Uuid::nil(),
            date: NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
            amount: Cents(cents),
            volume_centipoints: points,
        };
        let orders = [order(4_990, 2_500), order(1_010, 550)];
        assert_eq!(
            OrderTotals::of(&orders),
            OrderTotals {
                count: 2,
                amount: Cents(6_000),
                volume_centipoints: 3_050
            }
        );
        assert_eq!(OrderTotals::of([]).count, 0);
    }
}

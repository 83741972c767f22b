//! An order as the rep types it (date, amount in euro, volume points) and the rule that
//! turns it into an order, or names every field that is wrong.

use crate::domain::contacts::order::Order;
use crate::domain::locale::iso_date::parse_date;
use crate::domain::locale::money::{Cents, parse_hundredths};
use crate::domain::record::RecordMeta;
use chrono::{DateTime, Utc};
use uuid::Uuid;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct OrderDraft {
    /// `YYYY-MM-DD`, as a date input gives it.
    pub date: String,
    pub amount: String,
    /// Empty means no points.
    pub points: String,
}

/// Which fields are wrong: a date that is not one, an amount that is not above zero, or
/// points that are not a number.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OrderProblems {
    pub date: bool,
    pub amount: bool,
    pub points: bool,
}

impl OrderDraft {
    pub fn check(&self, contact_id: Uuid, now: DateTime<Utc>) -> Result<Order, OrderProblems> {
        let date = parse_date(&self.date);
        let cents = parse_hundredths(&self.amount).filter(|c| *c > 0);
        let centipoints = if self.points.trim().is_empty() {
            Some(0)
        } else {
            parse_hundredths(&self.points).and_then(|p| u32::try_from(p).ok())
        };
        match (date, cents, centipoints) {
            (Some(date), Some(cents), Some(volume_centipoints)) => Ok(Order {
                meta: RecordMeta::new(now),
                contact_id,
                date,
                amount: Cents(cents),
                volume_centipoints,
            }),
            _ => Err(OrderProblems {
                date: date.is_none(),
                amount: cents.is_none(),
                points: centipoints.is_none(),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{NaiveDate, TimeZone};

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 6, 17, 10, 0, 0).unwrap()
    }

    fn draft(date: &str, amount: &str, points: &str) -> OrderDraft {
        OrderDraft {
            date: date.into(),
            amount: amount.into(),
            points: points.into(),
        }
    }

    #[test]
    fn a_german_amount_and_points_make_an_order() {
        let order = draft("2026-06-16", "49,90 €", "12,5")
            .check(Uuid::nil(), now())
            .unwrap();
        assert_eq!(order.date, NaiveDate::from_ymd_opt(2026, 6, 16).unwrap());
        assert_eq!(order.amount, Cents(4_990));
        assert_eq!(order.volume_centipoints, 1_250);
        assert_eq!(order.meta.created_at, now());
    }

    #[test]
    fn points_may_be_left_empty() {
        let order = draft("2026-06-16", "10", " ").check(Uuid::nil(), now());
        assert_eq!(order.unwrap().volume_centipoints, 0);
    }

    #[test]
    fn every_wrong_field_is_named_at_once() {
        let problems = draft("16.06.", "0", "viel")
            .check(Uuid::nil(), now())
            .unwrap_err();
        assert_eq!(
            problems,
            OrderProblems {
                date: true,
                amount: true,
                points: true
            }
        );
        let negative_points = draft("2026-06-16", "5", "-3").check(Uuid::nil(), now());
        assert_eq!(
            negative_points.unwrap_err(),
            OrderProblems {
                points: true,
                ..OrderProblems::default()
            }
        );
    }
}

//! The figures the dashboard shows, computed from the records.

use crate::domain::contacts::contact::{Contact, Role};
use crate::domain::contacts::order::Order;
use crate::domain::leads::lead::Lead;
use crate::domain::locale::local_clock::LocalClock;
use crate::domain::locale::money::Cents;
use crate::domain::tasks::agenda::Agenda;
use crate::domain::tasks::task::Task;
use crate::domain::team::volume::Period;
use std::collections::HashSet;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub contacts: usize,
    pub customers: usize,
    pub prospects: usize,
    pub members: usize,
    pub open_leads: usize,
    pub interactions: usize,
    pub orders: usize,
    pub sales_this_month: Cents,
    pub due_tasks: usize,
}

/// The live records a summary is made from.
pub struct SummaryInput<C, L, O, T> {
    pub contacts: C,
    pub leads: L,
    pub orders: O,
    pub tasks: T,
    pub members: usize,
    pub interactions: usize,
    pub clock: LocalClock,
}

impl Summary {
    pub fn of<'a, C, L, O, T>(input: SummaryInput<C, L, O, T>) -> Summary
    where
        C: Iterator<Item = &'a Contact>,
        L: Iterator<Item = &'a Lead>,
        O: Iterator<Item = &'a Order>,
        T: Iterator<Item = &'a Task>,
    {
        let mut summary = Summary {
            members: input.members,
            interactions: input.interactions,
            ..Summary::default()
        };
        let mut live = HashSet::new();
        for contact in input.contacts {
            live.insert(contact.meta.id);
            summary.contacts += 1;
            summary.customers += usize::from(contact.has_role(Role::Customer));
            summary.prospects += usize::from(contact.has_role(Role::Prospect));
        }
        summary.open_leads = input.leads.filter(|l| l.is_open()).count();
        let this_month = Period::of(input.clock.today());
        for order in input.orders {
            summary.orders += 1;
            if Period::of(order.date) == this_month {
                summary.sales_this_month += order.amount;
            }
        }
        // The same count as the Contacts tab's badge: due today or overdue.
        summary.due_tasks =
            Agenda::of(input.tasks, &input.clock, |id| live.contains(id)).due_count();
        summary
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::sample::{Owner, SampleSize, generate};
    use chrono::NaiveDate;

    #[test]
    fn summary_counts_what_the_records_hold() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        let now = today.and_hms_opt(12, 0, 0).unwrap().and_utc();
        let data = generate(4, SampleSize::DEMO, today, &Owner { name: "Anna" }).data;
        let summary = Summary::of(SummaryInput {
            contacts: data.contacts.iter(),
            leads: data.leads.iter(),
            orders: data.orders.iter(),
            tasks: data.tasks.iter(),
            members: data.members.len(),
            interactions: data.interactions.len(),
            clock: LocalClock::utc(now),
        });
        assert_eq!(summary.contacts, 1_000);
        assert_eq!(summary.orders, 2_000);
        let brute: i64 = data
            .orders
            .iter()
            .filter(|o| o.date >= NaiveDate::from_ymd_opt(2026, 11, 1).unwrap())
            .map(|o| o.amount.0)
            .sum();
        assert_eq!(summary.sales_this_month, Cents(brute));
        assert!(summary.sales_this_month.0 > 0);
        let open = data.leads.iter().filter(|l| l.is_open()).count();
        assert_eq!(summary.open_leads, open);
        assert!(summary.customers > summary.prospects);
        assert!(summary.due_tasks > 0);
    }
}

//! The key figures of the rep's own business, for the dashboard.

use crate::app::storage::Storage;
use crate::domain::dashboard::key_figures::{Summary, SummaryInput};
use crate::domain::locale::local_clock::LocalClock;

pub fn key_figures(storage: &impl Storage, clock: &LocalClock) -> Summary {
    storage.read(|all| {
        Summary::of(SummaryInput {
            contacts: all.contacts.iter(),
            leads: all.leads.iter(),
            orders: all.orders.iter(),
            tasks: all.tasks.iter(),
            members: all.members.len(),
            interactions: all.interactions.len(),
            clock: *clock,
        })
    })
}

//! Records already stored for the features of a later release, which their pages count.

use crate::app::storage::Storage;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlannedArea {
    Leads,
    Campaigns,
}

pub fn stored_count(storage: &impl Storage, area: PlannedArea) -> usize {
    storage.read(|all| match area {
        PlannedArea::Leads => all.leads.len(),
        PlannedArea::Campaigns => all.campaigns.len(),
    })
}

//! Records already stored for the features of a later release, which their pages count.

use crate::app::storage::Storage;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlannedArea {
    Campaigns,
}

pub fn stored_count(storage: &impl Storage, area: PlannedArea) -> usize {
    storage.read(|all| match area {
        PlannedArea::Campaigns => all.campaigns.len(),
    })
}

//! Saving one consent change, as the consent and the withdrawal forms both do.

use crate::app::contact_history::record_consent;
use crate::app::open_store::store;
use crate::domain::consent::ledger::ConsentChange;
use crate::ui::app_state::AppState;
use crate::ui::clock::local_clock;
use crate::ui::command::run;
use uuid::Uuid;

/// Records a consent change; returns whether it was saved.
pub async fn save_consent_change(state: AppState, contact_id: Uuid, change: ConsentChange) -> bool {
    let (store, clock) = (store(), local_clock());
    let recording = record_consent(&*store, contact_id, change, &clock);
    run(state, recording).await.flatten().is_some()
}

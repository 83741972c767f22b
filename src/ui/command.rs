//! Running the application layer's commands from a page: a failure shows in the notice
//! bar in the user's language; a success tells the views to read again.

use crate::app::open_store::store;
use crate::app::undo::{self, Undo};
use crate::store::error::StoreError;
use crate::ui::app_state::AppState;
use crate::ui::clock::local_clock;
use crate::ui::messages::Msg;
use crate::ui::undo_notice::UndoNotice;
use leptos::prelude::*;
use std::future::Future;

/// Awaits a command: its result, or `None` after showing the error.
pub async fn run<T>(
    state: AppState,
    command: impl Future<Output = Result<T, StoreError>>,
) -> Option<T> {
    match command.await {
        Ok(done) => {
            state.data_changed();
            Some(done)
        }
        Err(error) => {
            state.error.set(Some(error));
            None
        }
    }
}

/// Plans the reminders of every contact, as at start-up.
pub async fn plan_all_reminders(state: AppState) {
    let clock = local_clock();
    match crate::app::writes::plan_all_reminders(&*store(), &clock).await {
        Ok(true) => state.data_changed(),
        Ok(false) => {}
        Err(error) => state.error.set(Some(error)),
    }
}

/// Offers to undo a change, naming it with `message` and `subject`.
pub fn offer_undo(state: AppState, message: Msg, subject: String, undo: Undo) {
    state.undo.set(Some(UndoNotice {
        message,
        subject,
        undo,
    }));
}

/// Undoes the change a notice names, and takes the notice away.
pub async fn undo(state: AppState, notice: UndoNotice) {
    let clock = local_clock();
    if run(state, undo::undo(&*store(), &notice.undo, &clock))
        .await
        .is_some()
    {
        state.undo.update(|shown| {
            if shown.as_ref() == Some(&notice) {
                *shown = None;
            }
        });
        state
            .merges
            .update(|merges| merges.retain(|m| *m != notice));
    }
}

//! The scores of the open leads, for the lead pages. On a page's first showing, the
//! models kept from the last training score the leads at once. The models are trained
//! again then and after every change to the data, once the change is painted, so a
//! click never waits for them; the pages show the new scores
//! when they are in, and the new models are kept for the next opening.

use crate::app::lead_scores::{keep_models, kept_models, train_models};
use crate::app::open_store::store;
use crate::domain::leads::lead_model::LeadScore;
use crate::ui::app_state::app_state;
use crate::ui::clock::local_clock;
use crate::ui::page_pace::after_paint;
use crate::ui::spawn::spawn;
use leptos::prelude::*;
use std::collections::HashMap;
use uuid::Uuid;

pub type Scores = HashMap<Uuid, LeadScore>;

#[derive(Clone, Copy)]
pub struct LeadScores {
    /// `None` until the first training is done, unless models were kept.
    pub scores: RwSignal<Option<Scores>>,
}

pub fn provide_lead_scores() -> LeadScores {
    let state = app_state();
    let scores =
        RwSignal::new(kept_models(&*store(), local_clock().now).map(|models| models.scores()));
    // One training waits at a time: in a hidden tab (no paints) changes from other tabs
    // would otherwise pile up trainings that all run when it is shown again. The one
    // waiting reads the data as it is when it runs.
    let waiting = StoredValue::new(false);
    Effect::new(move |_| {
        state.revision.track();
        if waiting.get_value() {
            return;
        }
        waiting.set_value(true);
        spawn(async move {
            // After the change shows: a moved card moves first, then the scores follow.
            after_paint().await;
            waiting.try_set_value(false);
            let store = store();
            let models = train_models(&*store, local_clock().now);
            // The page may have been left meanwhile.
            scores.try_set(Some(models.scores()));
            // Only a cache: when it cannot be written, the next opening trains first.
            let _ = keep_models(&*store, &models).await;
        });
    });
    let provided = LeadScores { scores };
    provide_context(provided);
    provided
}

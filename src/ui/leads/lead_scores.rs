//! The scores of the open leads, for the lead pages. The models are trained again after
//! every change to the data, in a task of its own after the one that made the change,
//! so a click never waits for them; the pages show the new scores when they are in.

use crate::app::lead_scores::train_models;
use crate::app::open_store::store;
use crate::domain::leads::lead_model::LeadScore;
use crate::ui::app_state::app_state;
use crate::ui::clock::local_clock;
use crate::ui::page_pace::next_turn;
use crate::ui::spawn::spawn;
use leptos::prelude::*;
use std::collections::HashMap;
use uuid::Uuid;

pub type Scores = HashMap<Uuid, LeadScore>;

#[derive(Clone, Copy)]
pub struct LeadScores {
    /// `None` until the first training is done.
    pub scores: RwSignal<Option<Scores>>,
}

pub fn provide_lead_scores() -> LeadScores {
    let state = app_state();
    let scores = RwSignal::new(None);
    Effect::new(move |_| {
        state.revision.track();
        spawn(async move {
            next_turn().await;
            let models = train_models(&*store(), local_clock().now);
            scores.set(Some(models.scores()));
        });
    });
    let provided = LeadScores { scores };
    provide_context(provided);
    provided
}

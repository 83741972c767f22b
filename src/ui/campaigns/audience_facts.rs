//! What the segments read of every contact, for the live counts of a campaign's form.
//! Gathering it scores every open lead, which takes a slow phone a good part of a tenth
//! of a second; so the form shows first and its counts follow a frame later.

use crate::app::campaign_audience::AudienceFacts;
use crate::app::open_store::store;
use crate::ui::clock::local_clock;
use crate::ui::page_pace::after_paint;
use crate::ui::spawn::spawn;
use leptos::prelude::*;

/// The facts, once gathered.
pub type AudienceFactsAfterPaint = RwSignal<Option<AudienceFacts>, LocalStorage>;

/// Gathers the facts once, after the form's first screen is painted.
pub fn gather_after_first_paint() -> AudienceFactsAfterPaint {
    let facts = RwSignal::new_local(None);
    spawn(async move {
        after_paint().await;
        // The form may have been left in the meantime.
        if !facts.is_disposed() {
            facts.try_set(Some(AudienceFacts::gather(&*store(), &local_clock())));
        }
    });
    facts
}

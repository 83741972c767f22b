//! The preview of a contact import: what would be added, updated and left out, and the
//! lines of the file that could not be read.

use crate::app::contact_import::PlannedImport;
use crate::ui::app_state::{app_state, tr};
use crate::ui::import::contact_source::Reading;
use crate::ui::import::preview::preview;
use crate::ui::messages::Msg;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn ContactImportPreview(
    reading: RwSignal<Option<Arc<Reading>>>,
    plan: RwSignal<Option<PlannedImport>>,
) -> impl IntoView {
    let state = app_state();
    move || {
        plan.with(|plan| {
            let plan = &plan.as_ref()?.plan;
            reading.with(|r| {
                let r = r.as_ref()?;
                let file = r.result.as_ref().ok()?;
                let unreadable: Vec<_> = file
                    .rows
                    .iter()
                    .filter_map(|row| Some((row.line, row.problem.clone()?)))
                    .collect();
                Some(preview(state, r.format, plan, &unreadable, &file.leftovers))
            })
        })
    }
}

/// What the import wrote, with a way to the duplicates it added on purpose.
#[component]
pub fn ContactsImportedNotice(summary: String, duplicates_written: bool) -> impl IntoView {
    let state = app_state();
    view! {
        <p class="notice" role="status" data-testid="import-result">
            {state.t_with(Msg::ContactsImported, &[&summary])} " "
            {duplicates_written.then(|| view! { <a href="/contacts/duplicates">{tr(Msg::ReviewDuplicates)}</a> " " })}
            <a href="/contacts">{tr(Msg::BackToContacts)}</a>
        </p>
    }
}

//! Picks one of the existing contacts by typing part of a name: who referred a contact,
//! or the contact who joins the team.

use crate::app::contacts;
use crate::app::open_store::store;
use crate::domain::contacts::directory::ContactDirectory;
use crate::ui::messages::Msg;
use crate::ui::search_picker::{SUGGESTIONS, SearchPicker, Suggestion};
use leptos::prelude::*;
use uuid::Uuid;

#[component]
pub fn ContactPicker(
    input_id: &'static str,
    label: Msg,
    /// The element that shows this field's problem.
    error_id: &'static str,
    own_id: Option<Uuid>,
    value: Signal<Option<Uuid>>,
    on_change: Callback<Option<Uuid>>,
) -> impl IntoView {
    // Built when the rep first types, not for every form.
    let directory = StoredValue::new_local(None::<ContactDirectory>);
    let suggest = Callback::new(move |typed: String| -> Vec<Suggestion> {
        if directory.with_value(Option::is_none) {
            let built = contacts::name_directory(&*store());
            directory.set_value(Some(built));
        }
        directory.with_value(|d| {
            let Some(d) = d else { return Vec::new() };
            d.search(&typed)
                .into_iter()
                .filter_map(|i| d.row(i))
                .filter(|row| Some(row.id) != own_id)
                .take(SUGGESTIONS)
                .map(|row| (row.id, row.name.clone(), row.detail.clone()))
                .collect()
        })
    });
    let chosen_name =
        Signal::derive(move || value.get().and_then(|id| contacts::name(&*store(), id)));
    view! {
        <SearchPicker input_id=input_id label=label
            chosen_name=chosen_name suggest=suggest on_change=on_change
            described_by=error_id/>
    }
}

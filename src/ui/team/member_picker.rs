//! Finding team members by name or member ID: the team page's search and the sponsor
//! and placement fields of the member form.

use crate::ui::app_state::app_state;
use crate::ui::messages::Msg;
use crate::ui::search_picker::{SUGGESTIONS, SearchPicker, Suggestion};
use crate::ui::team::team_data::team;
use crate::ui::team::team_messages::member_name;
use leptos::prelude::*;
use uuid::Uuid;

/// Members matching what was typed, with their member ID to tell namesakes apart;
/// `except` (the member being edited) is left out.
pub fn member_suggestions(except: Option<Uuid>) -> Callback<String, Vec<Suggestion>> {
    let state = app_state();
    let team = team();
    Callback::new(move |typed: String| {
        team.names.with(|names| {
            names
                .search(&typed, SUGGESTIONS + 1)
                .into_iter()
                .filter(|&id| Some(id) != except)
                .take(SUGGESTIONS)
                .map(|id| {
                    let number = names.external_id(id).unwrap_or_default().to_owned();
                    (id, member_name(state, names, id), number)
                })
                .collect()
        })
    })
}

#[component]
pub fn MemberPicker(
    input_id: &'static str,
    label: Msg,
    /// The element that shows this field's problem.
    error_id: &'static str,
    except: Option<Uuid>,
    value: Signal<Option<Uuid>>,
    on_change: Callback<Option<Uuid>>,
) -> impl IntoView {
    let state = app_state();
    let team = team();
    let chosen_name = Signal::derive(move || {
        value
            .get()
            .map(|id| team.names.with(|names| member_name(state, names, id)))
    });
    view! {
        <SearchPicker input_id=input_id label=label chosen_name=chosen_name
            suggest=member_suggestions(except) on_change=on_change
            described_by=error_id/>
    }
}

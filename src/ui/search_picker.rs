//! Finding a person by typing part of a name: the suggestions under a search field, and
//! a picker that shows who was chosen. The referral field, the sponsor and placement
//! fields and the team search all use it.

use crate::ui::app_state::tr;
use crate::ui::messages::Msg;
use leptos::prelude::*;
use uuid::Uuid;

/// Suggestions shown at once; typing more narrows them.
pub const SUGGESTIONS: usize = 6;

/// One suggestion: who, their name, and a detail that tells namesakes apart.
pub type Suggestion = (Uuid, String, String);

#[component]
pub fn SearchSuggestions(
    input_id: &'static str,
    label: Msg,
    suggest: Callback<String, Vec<Suggestion>>,
    on_pick: Callback<Uuid>,
    /// Shown under the field when the typed text matches nobody.
    #[prop(optional)]
    no_match: Option<Callback<String, String>>,
    /// The id of the element that explains a problem with the choice.
    #[prop(optional)]
    described_by: Option<&'static str>,
) -> impl IntoView {
    let typed = RwSignal::new(String::new());
    let suggestions = Memo::new(move |_| {
        let typed = typed.get();
        if typed.trim().is_empty() {
            Vec::new()
        } else {
            suggest.run(typed)
        }
    });
    let no_match_text = move || {
        let shown = typed.get();
        (suggestions.with(Vec::is_empty) && !shown.trim().is_empty())
            .then(|| no_match.map(|text| text.run(shown)))
            .flatten()
    };
    view! {
        <div class="picker__search">
            <label for=input_id>{tr(label)}</label>
            <input id=input_id type="search" autocomplete="off" aria-describedby=described_by.filter(|d| !d.is_empty())
                prop:value=move || typed.get()
                on:input=move |ev| typed.set(event_target_value(&ev))/>
            <p class="muted" role="status">{no_match_text}</p>
            <ul class="picker__options" data-testid=format!("{input_id}-options")>
                {move || suggestions.get().into_iter().map(|(id, name, detail)| view! {
                    <li>
                        <button type="button" class="picker__option" data-id=id.to_string() on:click=move |_| {
                            typed.set(String::new());
                            on_pick.run(id);
                        }>
                            <span>{name}</span>
                            <span class="muted">{detail}</span>
                        </button>
                    </li>
                }).collect_view()}
            </ul>
        </div>
    }
}

/// A search field with the chosen person above it and a button to clear the choice.
#[component]
pub fn SearchPicker(
    input_id: &'static str,
    label: Msg,
    chosen_name: Signal<Option<String>>,
    suggest: Callback<String, Vec<Suggestion>>,
    on_change: Callback<Option<Uuid>>,
    #[prop(optional)] described_by: Option<&'static str>,
) -> impl IntoView {
    view! {
        <div class="picker">
            {move || chosen_name.get().map(|name| view! {
                <p class="picker__chosen">
                    <span data-testid=format!("{input_id}-chosen")>{name}</span>
                    <button type="button" class="button button--quiet" on:click=move |_| on_change.run(None)>
                        {tr(Msg::Remove)}
                    </button>
                </p>
            })}
            <SearchSuggestions input_id=input_id label=label suggest=suggest described_by=described_by.unwrap_or_default()
                on_pick=Callback::new(move |id| on_change.run(Some(id)))/>
        </div>
    }
}

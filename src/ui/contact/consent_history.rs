//! Every consent change of a contact (newest first, as the ledger gives them), with how it was given and the proof.

use crate::domain::consent::ledger::ConsentChange;
use crate::ui::app_state::{app_state, tr};
use crate::ui::clock::{local_clock, show};
use crate::ui::messages::Msg;
use crate::ui::value_names;
use leptos::prelude::*;

#[component]
pub fn ConsentHistory(changes: Vec<ConsentChange>) -> impl IntoView {
    let state = app_state();
    let lang = state.lang.get_untracked();
    let clock = local_clock();
    view! {
        <h3>{tr(Msg::ConsentHistory)}</h3>
        {changes.is_empty().then(|| view! { <p class="muted">{tr(Msg::NoConsentHistory)}</p> })}
        <ol class="history" data-testid="consent-history">
            {changes.into_iter().map(|change| view! {
                <li>
                    <span class="history__when">{show(&clock, lang, change.at)}</span>
                    " · "<span>{tr(value_names::channel(change.channel))}</span>
                    " · "<strong>{tr(value_names::consent_state(change.state))}</strong>
                    " · "<span>{tr(value_names::consent_method(change.method))}</span>
                    {(!change.proof.is_empty()).then(|| view! { <q class="history__proof">{change.proof.clone()}</q> })}
                </li>
            }).collect_view()}
        </ol>
    }
}

//! Recording consent on one channel: granted or refused, how it was given, and the proof
//! (which UWG §7 asks the rep to be able to show).

use crate::domain::consent::ledger::{Channel, ConsentChange, ConsentMethod, ConsentState};
use crate::ui::app_state::{app_state, tr};
use crate::ui::contact::consent_change::save_consent_change;
use crate::ui::messages::Msg;
use crate::ui::spawn::spawn;
use crate::ui::value_names;
use chrono::Utc;
use leptos::prelude::*;
use uuid::Uuid;

const METHODS: [ConsentMethod; 5] = ConsentMethod::FOR_CONSENT;

#[component]
pub fn ConsentForm(
    contact_id: Uuid,
    channel: Channel,
    on_done: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let state = app_state();
    let granted = RwSignal::new(true);
    let method = RwSignal::new(ConsentMethod::InPerson);
    let proof = RwSignal::new(String::new());
    let proof_missing = RwSignal::new(false);
    let submit = move || {
        let proof_text = proof.get_untracked().trim().to_owned();
        if proof_text.is_empty() {
            proof_missing.set(true);
            return;
        }
        let change = ConsentChange {
            channel,
            state: if granted.get_untracked() {
                ConsentState::Granted
            } else {
                ConsentState::Refused
            },
            at: Utc::now(),
            method: method.get_untracked(),
            proof: proof_text,
        };
        spawn(async move {
            if save_consent_change(state, contact_id, change).await {
                on_done();
            }
        });
    };
    view! {
        <form class="form consent-form" data-testid="consent-form"
            on:submit=move |ev| { ev.prevent_default(); submit(); }>
            <h3>{move || state.t_with(Msg::RecordConsentFor, &[state.t(value_names::channel(channel))])}</h3>
            <div class="choices" role="radiogroup" aria-label=tr(Msg::ConsentStateLabel)>
                <label class="choice"><input type="radio" name="consent-state" prop:checked=move || granted.get()
                    on:change=move |_| granted.set(true)/><span>{tr(Msg::ConsentGranted)}</span></label>
                <label class="choice"><input type="radio" name="consent-state" prop:checked=move || !granted.get()
                    on:change=move |_| granted.set(false)/><span>{tr(Msg::ConsentRefused)}</span></label>
            </div>
            <label for="consent-method">{tr(Msg::ConsentMethodLabel)}</label>
            <select id="consent-method" on:change=move |ev| {
                let value = event_target_value(&ev);
                method.set(value_names::chosen(&METHODS, &value).unwrap_or(ConsentMethod::InPerson));
            }>
                {METHODS.into_iter().enumerate().map(|(i, m)| view! {
                    <option value=i.to_string() selected=move || method.get() == m>{tr(value_names::consent_method(m))}</option>
                }).collect_view()}
            </select>
            <label for="consent-proof">{tr(Msg::ConsentProofLabel)}</label>
            <textarea id="consent-proof" rows="3" aria-describedby="consent-proof-error"
                aria-invalid=move || proof_missing.get().to_string()
                placeholder=tr(Msg::ConsentProofHint)
                prop:value=move || proof.get()
                on:input=move |ev| { proof.set(event_target_value(&ev)); proof_missing.set(false); }></textarea>
            <p id="consent-proof-error" class="field-error" aria-live="polite">
                {move || proof_missing.get().then(|| state.t(Msg::ProblemProofMissing))}
            </p>
            <div class="actions">
                <button type="submit" class="button button--primary">{tr(Msg::Save)}</button>
                <button type="button" class="button" on:click=move |_| on_done()>{tr(Msg::Cancel)}</button>
            </div>
        </form>
    }
}

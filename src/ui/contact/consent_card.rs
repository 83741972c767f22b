//! The consent ledger of one contact: the state per channel, recording a grant or a
//! refusal with how it was given and the proof, one-tap withdrawal, and the full history.

use crate::app::contact_history::record_consent;
use crate::app::open_store::store;
use crate::domain::consent::ledger::{Channel, ConsentChange, ConsentMethod, ConsentState};
use crate::domain::contacts::contact::Contact;
use crate::domain::ordering::order_by;
use crate::ui::app_state::{AppState, app_state, tr};
use crate::ui::clock::{local_clock, show};
use crate::ui::command::run;
use crate::ui::messages::Msg;
use crate::ui::spawn::spawn;
use crate::ui::value_names;
use chrono::Utc;
use leptos::prelude::*;

const METHODS: [ConsentMethod; 5] = ConsentMethod::FOR_CONSENT;
const WITHDRAWAL_METHODS: [ConsentMethod; 5] = ConsentMethod::FOR_WITHDRAWAL;

async fn record(state: AppState, contact: &Contact, change: ConsentChange) -> bool {
    let (store, clock) = (store(), local_clock());
    let recording = record_consent(&*store, contact.meta.id, change, &clock);
    run(state, recording).await.flatten().is_some()
}

/// The name tests and styles know a channel by.
fn channel_key(channel: Channel) -> &'static str {
    match channel {
        Channel::Email => "email",
        Channel::Phone => "phone",
        Channel::Sms => "sms",
        Channel::WhatsApp => "whatsapp",
        Channel::Post => "post",
    }
}

#[component]
pub fn ConsentCard(contact: Contact) -> impl IntoView {
    let state = app_state();
    let contact = StoredValue::new(contact);
    let channel = RwSignal::new(None::<Channel>);
    let granted = RwSignal::new(true);
    let method = RwSignal::new(ConsentMethod::InPerson);
    let proof = RwSignal::new(String::new());
    let proof_missing = RwSignal::new(false);

    let submit = move || {
        spawn(async move {
            let Some(chosen) = channel.get_untracked() else {
                return;
            };
            let proof_text = proof.get_untracked().trim().to_owned();
            if proof_text.is_empty() {
                proof_missing.set(true);
                return;
            }
            let change = ConsentChange {
                channel: chosen,
                state: if granted.get_untracked() {
                    ConsentState::Granted
                } else {
                    ConsentState::Refused
                },
                at: Utc::now(),
                method: method.get_untracked(),
                proof: proof_text,
            };
            if record(state, &contact.get_value(), change).await {
                channel.set(None);
                proof.set(String::new());
            }
        })
    };
    // Withdrawing asks how the withdrawal came in, with the likeliest way chosen, so a
    // tap and a confirm record it truthfully.
    let withdrawing = RwSignal::new(None::<Channel>);
    let withdrawal_method = RwSignal::new(ConsentMethod::InPerson);
    let withdrawal_note = RwSignal::new(String::new());
    let start_withdrawal = move |chosen: Channel| {
        channel.set(None);
        withdrawal_method.set(ConsentMethod::likely_withdrawal(chosen));
        withdrawal_note.set(String::new());
        withdrawing.set(Some(chosen));
    };
    let confirm_withdrawal = move || {
        let Some(chosen) = withdrawing.get_untracked() else {
            return;
        };
        spawn(async move {
            let change = ConsentChange {
                channel: chosen,
                state: ConsentState::Refused,
                at: Utc::now(),
                method: withdrawal_method.get_untracked(),
                proof: withdrawal_note.get_untracked().trim().to_owned(),
            };
            if record(state, &contact.get_value(), change).await {
                withdrawing.set(None);
            }
        });
    };

    let rows = Channel::ALL.into_iter().map(move |c| {
        let current = contact.with_value(|contact| contact.consent.state(c));
        let key = channel_key(c);
        view! {
            <li class="consent-row" data-channel=key>
                <span class="consent-row__channel">{tr(value_names::channel(c))}</span>
                <span class=format!("badge consent--{current:?}").to_lowercase() data-testid=format!("consent-{key}")>
                    {tr(value_names::consent_state(current))}
                </span>
                <span class="consent-row__actions">
                    {(current == ConsentState::Granted).then(|| view! {
                        <button type="button" class="button" data-testid=format!("withdraw-{key}")
                            on:click=move |_| { start_withdrawal(c); }>
                            {tr(Msg::Withdraw)}
                        </button>
                    })}
                    <button type="button" class="button" data-testid=format!("record-{key}")
                        on:click=move |_| { withdrawing.set(None); channel.set(Some(c)); proof_missing.set(false); }>
                        {tr(Msg::RecordConsent)}
                    </button>
                </span>
            </li>
        }
    }).collect_view();

    let history = contact.with_value(|c| {
        let mut changes = c.consent.changes.clone();
        order_by(&mut changes, |c| -c.at.timestamp_millis());
        changes
    });
    let lang = state.lang.get_untracked();
    let clock = local_clock();

    view! {
        <section class="card" aria-labelledby="consent-heading">
            <h2 id="consent-heading">{tr(Msg::ConsentHeading)}</h2>
            <p class="muted">{tr(Msg::ConsentExplain)}</p>
            <ul class="consent-list">{rows}</ul>
            {move || withdrawing.get().map(|c| view! {
                <form class="form consent-form" data-testid="withdrawal-form"
                    on:submit=move |ev| { ev.prevent_default(); confirm_withdrawal(); }>
                    <h3>{move || state.t_with(Msg::WithdrawFor, &[state.t(value_names::channel(c))])}</h3>
                    <label for="withdrawal-method">{tr(Msg::WithdrawalHow)}</label>
                    <select id="withdrawal-method" on:change=move |ev| {
                        let value = event_target_value(&ev);
                        withdrawal_method.set(value_names::chosen(&WITHDRAWAL_METHODS, &value).unwrap_or(ConsentMethod::InPerson));
                    }>
                        {WITHDRAWAL_METHODS.into_iter().enumerate().map(|(i, m)| view! {
                            <option value=i.to_string() selected=move || withdrawal_method.get() == m>{tr(value_names::consent_method(m))}</option>
                        }).collect_view()}
                    </select>
                    <label for="withdrawal-note">{tr(Msg::WithdrawalNote)}</label>
                    <input id="withdrawal-note" placeholder=tr(Msg::WithdrawalNoteHint)
                        prop:value=move || withdrawal_note.get()
                        on:input=move |ev| withdrawal_note.set(event_target_value(&ev))/>
                    <div class="actions">
                        <button type="submit" class="button button--primary" data-testid="confirm-withdrawal">{tr(Msg::Withdraw)}</button>
                        <button type="button" class="button" on:click=move |_| withdrawing.set(None)>{tr(Msg::Cancel)}</button>
                    </div>
                </form>
            })}
            {move || channel.get().map(|c| view! {
                <form class="form consent-form" data-testid="consent-form"
                    on:submit=move |ev| { ev.prevent_default(); submit(); }>
                    <h3>{move || state.t_with(Msg::RecordConsentFor, &[state.t(value_names::channel(c))])}</h3>
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
                        <button type="button" class="button" on:click=move |_| channel.set(None)>{tr(Msg::Cancel)}</button>
                    </div>
                </form>
            })}
            <h3>{tr(Msg::ConsentHistory)}</h3>
            {history.is_empty().then(|| view! { <p class="muted">{tr(Msg::NoConsentHistory)}</p> })}
            <ol class="history" data-testid="consent-history">
                {history.into_iter().map(|change| view! {
                    <li>
                        <span class="history__when">{show(&clock, lang, change.at)}</span>
                        " · "<span>{tr(value_names::channel(change.channel))}</span>
                        " · "<strong>{tr(value_names::consent_state(change.state))}</strong>
                        " · "<span>{tr(value_names::consent_method(change.method))}</span>
                        {(!change.proof.is_empty()).then(|| view! { <q class="history__proof">{change.proof.clone()}</q> })}
                    </li>
                }).collect_view()}
            </ol>
        </section>
    }
}

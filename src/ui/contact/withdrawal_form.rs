//! Withdrawing consent on one channel. It asks how the withdrawal came in, with the
//! likeliest way already chosen, so that a tap and a confirm record it truthfully.

use crate::domain::consent::ledger::{Channel, ConsentChange, ConsentMethod, ConsentState};
use crate::ui::app_state::{app_state, tr};
use crate::ui::contact::consent_change::save_consent_change;
use crate::ui::messages::Msg;
use crate::ui::spawn::spawn;
use crate::ui::value_names;
use chrono::Utc;
use leptos::prelude::*;
use uuid::Uuid;

const WITHDRAWAL_METHODS: [ConsentMethod; 5] = ConsentMethod::FOR_WITHDRAWAL;

#[component]
pub fn WithdrawalForm(
    contact_id: Uuid,
    channel: Channel,
    on_done: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let state = app_state();
    let method = RwSignal::new(ConsentMethod::likely_withdrawal(channel));
    let note = RwSignal::new(String::new());
    let confirm = move || {
        let change = ConsentChange {
            channel,
            state: ConsentState::Refused,
            at: Utc::now(),
            method: method.get_untracked(),
            proof: note.get_untracked().trim().to_owned(),
        };
        spawn(async move {
            if save_consent_change(state, contact_id, change).await {
                on_done();
            }
        });
    };
    view! {
        <form class="form consent-form" data-testid="withdrawal-form"
            on:submit=move |ev| { ev.prevent_default(); confirm(); }>
            <h3>{move || state.t_with(Msg::WithdrawFor, &[state.t(value_names::channel(channel))])}</h3>
            <label for="withdrawal-method">{tr(Msg::WithdrawalHow)}</label>
            <select id="withdrawal-method" on:change=move |ev| {
                let value = event_target_value(&ev);
                method.set(value_names::chosen(&WITHDRAWAL_METHODS, &value).unwrap_or(ConsentMethod::InPerson));
            }>
                {WITHDRAWAL_METHODS.into_iter().enumerate().map(|(i, m)| view! {
                    <option value=i.to_string() selected=move || method.get() == m>{tr(value_names::consent_method(m))}</option>
                }).collect_view()}
            </select>
            <label for="withdrawal-note">{tr(Msg::WithdrawalNote)}</label>
            <input id="withdrawal-note" placeholder=tr(Msg::WithdrawalNoteHint)
                prop:value=move || note.get()
                on:input=move |ev| note.set(event_target_value(&ev))/>
            <div class="actions">
                <button type="submit" class="button button--primary" data-testid="confirm-withdrawal">{tr(Msg::Withdraw)}</button>
                <button type="button" class="button" on:click=move |_| on_done()>{tr(Msg::Cancel)}</button>
            </div>
        </form>
    }
}

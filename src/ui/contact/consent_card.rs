//! The consent ledger of one contact: the state per channel, recording a grant or a
//! refusal with how it was given and the proof, one-tap withdrawal, and the full history.

use crate::domain::consent::ledger::{Channel, ConsentState};
use crate::domain::contacts::contact::Contact;
use crate::ui::app_state::tr;
use crate::ui::contact::consent_form::ConsentForm;
use crate::ui::contact::consent_history::ConsentHistory;
use crate::ui::contact::withdrawal_form::WithdrawalForm;
use crate::ui::messages::Msg;
use crate::ui::value_names;
use leptos::prelude::*;

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

/// The form open under the channels, if any.
#[derive(Clone, Copy, PartialEq)]
enum Open {
    Nothing,
    Record(Channel),
    Withdraw(Channel),
}

#[component]
pub fn ConsentCard(contact: Contact) -> impl IntoView {
    let id = contact.meta.id;
    let open = RwSignal::new(Open::Nothing);
    let close = move || open.set(Open::Nothing);
    let rows = Channel::ALL.into_iter().map(|c| {
        let current = contact.consent.state(c);
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
                            on:click=move |_| open.set(Open::Withdraw(c))>
                            {tr(Msg::Withdraw)}
                        </button>
                    })}
                    <button type="button" class="button" data-testid=format!("record-{key}")
                        on:click=move |_| open.set(Open::Record(c))>
                        {tr(Msg::RecordConsent)}
                    </button>
                </span>
            </li>
        }
    }).collect_view();
    view! {
        <section class="card" aria-labelledby="consent-heading">
            <h2 id="consent-heading">{tr(Msg::ConsentHeading)}</h2>
            <p class="muted">{tr(Msg::ConsentExplain)}</p>
            <ul class="consent-list">{rows}</ul>
            {move || match open.get() {
                Open::Nothing => None,
                Open::Record(c) => Some(view! { <ConsentForm contact_id=id channel=c on_done=close/> }.into_any()),
                Open::Withdraw(c) => Some(view! { <WithdrawalForm contact_id=id channel=c on_done=close/> }.into_any()),
            }}
            <ConsentHistory changes=contact.consent.newest_first()/>
        </section>
    }
}

//! Quick actions that open the phone's apps (call, SMS, WhatsApp, email) and, back in
//! Teamline, offer to log what was said; and logging a conversation by hand.

use crate::domain::contacts::contact::Contact;
use crate::domain::contacts::interaction::InteractionKind;
use crate::domain::contacts::quick_actions;
use crate::ui::app_state::{PendingLog, app_state, tr};
use crate::ui::contact::interaction_form::InteractionForm;
use crate::ui::messages::Msg;
use crate::ui::value_names;
use chrono::Utc;
use leptos::prelude::*;

#[component]
pub fn QuickActionsCard(contact: Contact) -> impl IntoView {
    let state = app_state();
    let id = contact.meta.id;
    let name = contact.display_name();
    let quick = move |kind: InteractionKind| {
        move |_| {
            state.pending_log.set(Some(PendingLog {
                contact_id: id,
                kind,
                at: Utc::now(),
            }))
        }
    };
    let phone_number = contact.phones.first().map(|p| p.value.clone());
    let email = contact.emails.first().map(|e| e.value.clone());
    let pending = move || {
        let p = state.pending_log.get().filter(|p| p.contact_id == id)?;
        let kind = state.t(value_names::interaction_kind(p.kind));
        let heading = state.t_with(Msg::LogPrompt, &[kind, &name]);
        Some(view! {
            <section class="card card--prompt" data-testid="log-prompt">
                <InteractionForm contact_id=id kind=p.kind at=p.at heading=heading
                    on_done=Callback::new(move |_| state.pending_log.set(None))/>
            </section>
        })
    };
    let logging = RwSignal::new(false);
    view! {
        {pending}
        <section class="card" aria-labelledby="quick-heading">
            <h2 id="quick-heading">{tr(Msg::QuickActions)}</h2>
            <div class="actions actions--tight">
                {phone_number.map(|p| view! {
                    <a class="button" data-action="call" href=quick_actions::call(&p) on:click=quick(InteractionKind::Call)>{tr(Msg::QuickCall)}</a>
                    <a class="button" data-action="sms" href=quick_actions::sms(&p) on:click=quick(InteractionKind::Sms)>{tr(Msg::QuickSms)}</a>
                    <a class="button" data-action="whatsapp" href=quick_actions::whatsapp(&p) target="_blank" rel="noopener"
                        on:click=quick(InteractionKind::WhatsApp)>{tr(Msg::QuickWhatsApp)}</a>
                })}
                {email.map(|e| view! {
                    <a class="button" data-action="email" href=quick_actions::email(&e) on:click=quick(InteractionKind::Email)>{tr(Msg::QuickEmail)}</a>
                })}
                <button type="button" class="button" data-testid="log-interaction" on:click=move |_| logging.update(|l| *l = !*l)>
                    {tr(Msg::LogInteraction)}
                </button>
            </div>
            {move || logging.get().then(|| view! {
                <InteractionForm contact_id=id kind=InteractionKind::Call at=Utc::now()
                    heading=state.t(Msg::LogInteraction).to_owned()
                    on_done=Callback::new(move |_| logging.set(false))/>
            })}
        </section>
    }
}

//! The send queue: each message due, one recipient after another, with the button that
//! opens the phone's app with recipient and text filled in, then "sent", "skip" or
//! "tomorrow". Opening it first lets in contacts who match a running campaign since it
//! started, through the consent guard like everyone else.

use crate::app::campaigns::join_running_campaigns;
use crate::app::open_store::store;
use crate::app::send_queue::{
    HeldBack, QueueItem, SendRefused, mark_sent, postpone_step, send_queue, skip_step,
};
use crate::domain::consent::ledger::Channel;
use crate::ui::app_state::{AppState, app_state, tr};
use crate::ui::campaigns::campaign_words::exclusion_name;
use crate::ui::clock::local_clock;
use crate::ui::command::{offer_undo, run};
use crate::ui::messages::{Counted, Msg};
use crate::ui::spawn::spawn;
use leptos::prelude::*;

fn open_label(channel: Channel) -> Msg {
    match channel {
        Channel::Email => Msg::OpenEmail,
        Channel::Sms => Msg::OpenSms,
        Channel::WhatsApp => Msg::OpenWhatsApp,
        Channel::Phone | Channel::Post => Msg::CallNow,
    }
}

fn held_reason(state: AppState, why: &HeldBack) -> String {
    match why {
        HeldBack::Excluded(exclusion) => state.t(exclusion_name(*exclusion)).to_string(),
        HeldBack::Unreadable(text) => {
            state.t_with(Msg::HeldUnreadable, &[&(text.step + 1).to_string()])
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Done {
    Sent,
    Skipped,
    PutOff,
}

#[component]
pub fn SendQueuePage() -> impl IntoView {
    let state = app_state();
    let joined = RwSignal::new(None::<usize>);
    spawn(async move {
        let (store, clock) = (store(), local_clock());
        if let Some(Some((entered, _))) = run(state, join_running_campaigns(&*store, &clock)).await
        {
            joined.set(Some(entered));
        }
    });
    let queue = Memo::new(move |_| {
        state.revision.track();
        send_queue(&*store(), &local_clock())
    });
    let act = move |item: QueueItem, done: Done| {
        spawn(async move {
            let (store, clock) = (store(), local_clock());
            let (campaign, contact, step) = (item.campaign_id, item.contact_id, item.step);
            let undo = match done {
                Done::Sent => {
                    match run(state, mark_sent(&*store, campaign, contact, step, &clock)).await {
                        Some(Ok(undo)) => Some(undo),
                        // Consent withdrawn, or the step sent in another tab, since the list
                        // was drawn: the list is drawn again and says why.
                        Some(Err(SendRefused::Held(_) | SendRefused::NotDue)) => {
                            state.data_changed();
                            None
                        }
                        None => None,
                    }
                }
                Done::Skipped => run(state, skip_step(&*store, campaign, contact, step, &clock))
                    .await
                    .flatten(),
                Done::PutOff => {
                    let until = clock.now + chrono::Duration::days(1);
                    run(
                        state,
                        postpone_step(&*store, campaign, contact, step, until, &clock),
                    )
                    .await
                    .flatten()
                }
            };
            if let Some(undo) = undo {
                let said = match done {
                    Done::Sent => Msg::MessageSent,
                    Done::Skipped => Msg::StepSkipped,
                    Done::PutOff => Msg::StepPutOff,
                };
                offer_undo(state, said, item.contact_name, undo);
            }
        });
    };
    view! {
        <p class="back"><a href="/campaigns">{tr(Msg::BackToCampaigns)}</a></p>
        <h1>{tr(Msg::SendQueueTitle)}</h1>
        <div data-testid="send-queue">
            {move || joined.get().map(|n| view! { <p class="notice" role="status">{state.count(Counted::NewlyJoined, n)}</p> })}
            {move || {
                let queue = queue.get();
                let due = if queue.due.is_empty() {
                    view! { <p class="card empty-state" data-testid="queue-empty">{tr(Msg::QueueEmpty)}</p> }.into_any()
                } else {
                    view! {
                        <p class="muted">{state.count(Counted::MessagesDue, queue.due.len())}</p>
                        <ol class="plain queue">
                            {queue.due.into_iter().map(|item| view! { <QueueCard item=item act=act/> }).collect_view()}
                        </ol>
                    }.into_any()
                };
                let held = (!queue.held.is_empty()).then(|| view! {
                    <section class="card held-back" data-testid="held-back">
                        <h2>{tr(Msg::HeldHeading)}</h2>
                        <ul class="plain">
                            {queue.held.into_iter().map(|h| view! {
                                <li><a href=format!("/contacts/{}", h.contact_id)>{h.contact_name}</a>
                                    " · " {h.campaign_name} " – " {held_reason(state, &h.why)}</li>
                            }).collect_view()}
                        </ul>
                    </section>
                });
                view! { {due} {held} }
            }}
        </div>
    }
}

#[component]
fn QueueCard(
    item: QueueItem,
    act: impl Fn(QueueItem, Done) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let state = app_state();
    let step = state.t_with(
        Msg::StepOf,
        &[&(item.step + 1).to_string(), &item.steps.to_string()],
    );
    let is_call = item.channel == Channel::Phone;
    // A web link opens in a new tab; the phone's own schemes hand over to their app.
    let target = (item.channel == Channel::WhatsApp).then_some("_blank");
    let (sent, skipped, put_off) = (item.clone(), item.clone(), item.clone());
    view! {
        <li class="card queue-item" data-testid="queue-item">
            <p><strong data-testid="queue-name">{item.contact_name.clone()}</strong></p>
            <p class="muted">{item.campaign_name.clone()} " · " {step}</p>
            {is_call.then(|| view! { <h2>{tr(Msg::TalkingPoints)}</h2> })}
            <div class="message-bubble">
                {(!item.message.subject.is_empty()).then(|| view! { <p><strong>{item.message.subject.clone()}</strong></p> })}
                <p class="pre-wrap" data-testid="queue-text">{item.message.body.clone()}</p>
            </div>
            <div class="actions">
                <a class="button button--primary" href=item.link.clone() target=target rel="noopener" data-testid="open-app">
                    {tr(open_label(item.channel))}
                </a>
                <button type="button" class="button" data-testid="mark-sent" on:click=move |_| act(sent.clone(), Done::Sent)>{tr(Msg::MarkSent)}</button>
                <button type="button" class="button" data-testid="skip-step" on:click=move |_| act(skipped.clone(), Done::Skipped)>{tr(Msg::SkipStep)}</button>
                <button type="button" class="button" data-testid="later-step" on:click=move |_| act(put_off.clone(), Done::PutOff)>{tr(Msg::LaterStep)}</button>
            </div>
        </li>
    }
}

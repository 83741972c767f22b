//! Marking a lead lost: a reason from the rep's list and, if they like, more words.

use crate::app::leads::lose_lead;
use crate::app::open_store::store;
use crate::domain::leads::lost_reasons::{LostReason, ReasonName, StandardReason};
use crate::ui::app_state::{AppState, app_state, tr};
use crate::ui::clock::local_clock;
use crate::ui::command::{offer_undo, run};
use crate::ui::messages::Msg;
use crate::ui::spawn::spawn;
use leptos::prelude::*;
use uuid::Uuid;

pub fn reason_name(state: AppState, reason: &ReasonName) -> String {
    match reason {
        ReasonName::Own(own) => own.clone(),
        ReasonName::Standard(standard) => state
            .t(match standard {
                StandardReason::Price => Msg::ReasonPrice,
                StandardReason::NoTime => Msg::ReasonNoTime,
                StandardReason::NotInterested => Msg::ReasonNotInterested,
                StandardReason::OtherProvider => Msg::ReasonOtherProvider,
                StandardReason::NotReached => Msg::ReasonNotReached,
            })
            .to_string(),
    }
}

#[component]
pub fn LostForm(lead: Uuid, title: String, reasons: Vec<ReasonName>) -> impl IntoView {
    let state = app_state();
    let chosen = RwSignal::new(0usize);
    let details = RwSignal::new(String::new());
    let options = reasons.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(reason) = reasons.get(chosen.get_untracked()).cloned() else {
            return;
        };
        let lost = LostReason {
            reason,
            details: details.get_untracked(),
        };
        let title = title.clone();
        spawn(async move {
            let clock = local_clock();
            if let Some(Some(undo)) = run(state, lose_lead(&*store(), lead, lost, &clock)).await {
                offer_undo(state, Msg::LeadLostDone, title, undo);
            }
        });
    };
    view! {
        <form class="form" data-testid="lost-form" on:submit=submit>
            <label for="lost-reason">{tr(Msg::LostReasonLabel)}</label>
            <select id="lost-reason" on:change=move |ev| {
                chosen.set(event_target_value(&ev).parse().unwrap_or(0));
            }>
                {options.iter().enumerate().map(|(i, r)| view! {
                    <option value=i.to_string()>{reason_name(state, r)}</option>
                }).collect_view()}
            </select>
            <label for="lost-details">{tr(Msg::LostDetailsLabel)}</label>
            <input id="lost-details" type="text" maxlength="300"
                prop:value=move || details.get() on:input=move |ev| details.set(event_target_value(&ev))/>
            <div class="actions">
                <button type="submit" class="button button--danger" data-testid="confirm-lost">{tr(Msg::ConfirmLost)}</button>
            </div>
        </form>
    }
}

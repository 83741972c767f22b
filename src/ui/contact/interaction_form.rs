//! Logging an interaction: kind, direction, time, a summary and the outcome. The same
//! form offers to log a call or message after a quick action opened the phone's app.

use crate::app::contact_history::log_interaction;
use crate::app::open_store::store;
use crate::domain::contacts::interaction::{Direction, Interaction, InteractionKind, Outcome};
use crate::domain::record::RecordMeta;
use crate::ui::app_state::{app_state, tr};
use crate::ui::clock::{from_input, local_clock, to_input};
use crate::ui::command::run;
use crate::ui::messages::Msg;
use crate::ui::spawn::spawn;
use crate::ui::value_names;
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use uuid::Uuid;

const KINDS: [InteractionKind; 6] = [
    InteractionKind::Call,
    InteractionKind::Sms,
    InteractionKind::WhatsApp,
    InteractionKind::Email,
    InteractionKind::Meeting,
    InteractionKind::Note,
];
const DIRECTIONS: [Direction; 3] = [
    Direction::Outgoing,
    Direction::Incoming,
    Direction::Internal,
];
const OUTCOMES: [Outcome; 5] = [
    Outcome::Reached,
    Outcome::NotReached,
    Outcome::FollowUpAgreed,
    Outcome::NotInterested,
    Outcome::Ordered,
];

fn default_direction(kind: InteractionKind) -> Direction {
    match kind {
        InteractionKind::Meeting | InteractionKind::Note => Direction::Internal,
        _ => Direction::Outgoing,
    }
}

/// `heading` names what is being logged; `on_done` runs after saving or cancelling.
#[component]
pub fn InteractionForm(
    contact_id: Uuid,
    kind: InteractionKind,
    at: DateTime<Utc>,
    heading: String,
    on_done: Callback<()>,
) -> impl IntoView {
    let state = app_state();
    let clock = local_clock();
    let kind = RwSignal::new(kind);
    let direction = RwSignal::new(default_direction(kind.get_untracked()));
    let when = RwSignal::new(to_input(&clock, at));
    let summary = RwSignal::new(String::new());
    let outcome = RwSignal::new(None::<Outcome>);
    let bad_time = RwSignal::new(false);

    let submit = move || {
        spawn(async move {
            let Some(at) = from_input(&local_clock(), &when.get_untracked()) else {
                bad_time.set(true);
                return;
            };
            let (store, clock) = (store(), local_clock());
            let interaction = Interaction {
                meta: RecordMeta::new(clock.now),
                contact_id,
                kind: kind.get_untracked(),
                direction: direction.get_untracked(),
                at,
                summary: summary.get_untracked().trim().to_owned(),
                outcome: outcome.get_untracked(),
            };
            if run(state, log_interaction(&*store, interaction, &clock))
                .await
                .is_some()
            {
                on_done.run(());
            }
        })
    };

    view! {
        <form class="form interaction-form" data-testid="interaction-form"
            on:submit=move |ev| { ev.prevent_default(); submit(); }>
            <h3>{heading}</h3>
            <div class="form-row">
                <div>
                    <label for="interaction-kind">{tr(Msg::InteractionKindLabel)}</label>
                    <select id="interaction-kind" on:change=move |ev| {
                        if let Some(k) = value_names::chosen(&KINDS, &event_target_value(&ev)) {
                            kind.set(k);
                            direction.set(default_direction(k));
                        }
                    }>
                        {KINDS.into_iter().enumerate().map(|(i, k)| view! {
                            <option value=i.to_string() selected=move || kind.get() == k>{tr(value_names::interaction_kind(k))}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div>
                    <label for="interaction-direction">{tr(Msg::DirectionLabel)}</label>
                    <select id="interaction-direction" on:change=move |ev| {
                        if let Some(d) = value_names::chosen(&DIRECTIONS, &event_target_value(&ev)) { direction.set(d); }
                    }>
                        {DIRECTIONS.into_iter().enumerate().map(|(i, d)| view! {
                            <option value=i.to_string() selected=move || direction.get() == d>{tr(value_names::direction(d))}</option>
                        }).collect_view()}
                    </select>
                </div>
            </div>
            <label for="interaction-at">{tr(Msg::WhenLabel)}</label>
            <input id="interaction-at" type="datetime-local" aria-describedby="interaction-at-error"
                aria-invalid=move || bad_time.get().to_string()
                prop:value=move || when.get()
                on:input=move |ev| { when.set(event_target_value(&ev)); bad_time.set(false); }/>
            <p id="interaction-at-error" class="field-error" aria-live="polite">
                {move || bad_time.get().then(|| state.t(Msg::ProblemDateTime))}
            </p>
            <label for="interaction-summary">{tr(Msg::SummaryLabel)}</label>
            <textarea id="interaction-summary" rows="2" prop:value=move || summary.get()
                on:input=move |ev| summary.set(event_target_value(&ev))></textarea>
            <fieldset>
                <legend>{tr(Msg::OutcomeLabel)}</legend>
                <div class="choices">
                    {OUTCOMES.into_iter().enumerate().map(|(i, o)| view! {
                        <label class="choice">
                            <input type="radio" name="outcome" value=i.to_string()
                                prop:checked=move || outcome.get() == Some(o)
                                on:change=move |_| outcome.set(Some(o))/>
                            <span>{tr(value_names::outcome(o))}</span>
                        </label>
                    }).collect_view()}
                </div>
            </fieldset>
            <div class="actions">
                <button type="submit" class="button button--primary" data-testid="save-interaction">{tr(Msg::Save)}</button>
                <button type="button" class="button" on:click=move |_| on_done.run(())>{tr(Msg::Cancel)}</button>
            </div>
        </form>
    }
}

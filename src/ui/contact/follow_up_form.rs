//! Setting a follow-up task for a contact: what, and when.

use crate::app::open_store::store;
use crate::app::tasks::add_follow_up;
use crate::ui::app_state::{app_state, tr};
use crate::ui::clock::{from_input, local_clock, to_input};
use crate::ui::command::run;
use crate::ui::messages::Msg;
use crate::ui::spawn::spawn;
use chrono::Duration;
use leptos::prelude::*;
use uuid::Uuid;

#[component]
pub fn FollowUpForm(contact_id: Option<Uuid>) -> impl IntoView {
    let state = app_state();
    let clock = local_clock();
    let tomorrow_nine = clock.to_utc(
        (clock.today() + Duration::days(1))
            .and_hms_opt(9, 0, 0)
            .unwrap_or_default(),
    );
    let title = RwSignal::new(String::new());
    let when = RwSignal::new(to_input(&clock, tomorrow_nine));
    let problems = RwSignal::new((false, false));
    let saved = RwSignal::new(false);

    let submit = move || {
        spawn(async move {
            let text = title.get_untracked().trim().to_owned();
            let due = from_input(&local_clock(), &when.get_untracked());
            problems.set((text.is_empty(), due.is_none()));
            let (false, Some(due_at)) = (text.is_empty(), due) else {
                return;
            };
            let (store, clock) = (store(), local_clock());
            let adding = add_follow_up(&*store, contact_id, text, due_at, &clock);
            if run(state, adding).await.is_some() {
                title.set(String::new());
                saved.set(true);
            }
        })
    };

    view! {
        <form class="form" data-testid="follow-up-form" on:submit=move |ev| { ev.prevent_default(); submit(); }
            on:input=move |_| saved.set(false)>
            <h3>{tr(Msg::NewFollowUp)}</h3>
            <label for="follow-up-title">{tr(Msg::FollowUpWhat)}</label>
            <input id="follow-up-title" autocomplete="off" aria-describedby="follow-up-title-error"
                aria-invalid=move || problems.get().0.to_string()
                placeholder=tr(Msg::FollowUpHint)
                prop:value=move || title.get() on:input=move |ev| title.set(event_target_value(&ev))/>
            <p id="follow-up-title-error" class="field-error" aria-live="polite">
                {move || problems.get().0.then(|| state.t(Msg::ProblemTitleMissing))}
            </p>
            <label for="follow-up-at">{tr(Msg::DueLabel)}</label>
            <input id="follow-up-at" type="datetime-local" aria-describedby="follow-up-at-error"
                aria-invalid=move || problems.get().1.to_string()
                prop:value=move || when.get() on:input=move |ev| when.set(event_target_value(&ev))/>
            <p id="follow-up-at-error" class="field-error" aria-live="polite">
                {move || problems.get().1.then(|| state.t(Msg::ProblemDateTime))}
            </p>
            <div class="actions">
                <button type="submit" class="button button--primary" data-testid="save-follow-up">{tr(Msg::Save)}</button>
                <span role="status">{move || saved.get().then(|| state.t(Msg::Saved))}</span>
            </div>
        </form>
    }
}

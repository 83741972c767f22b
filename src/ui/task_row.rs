//! One open task with what can be done to it: done, snoozed by a day, or moved.

use crate::app::open_store::store;
use crate::app::tasks::{TaskChange, change_task};
use crate::domain::tasks::task::{Task, task_label};
use crate::ui::app_state::{app_state, tr};
use crate::ui::clock::{from_input, local_clock, show, to_input};
use crate::ui::command::run;
use crate::ui::messages::Msg;
use crate::ui::spawn::spawn;
use crate::ui::value_names;
use leptos::prelude::*;

/// `contact_name` is shown (as a link) on lists of many contacts' tasks.
#[component]
pub fn TaskRow(task: Task, contact_name: Option<String>) -> impl IntoView {
    let state = app_state();
    let task = StoredValue::new(task);
    let moving = RwSignal::new(false);
    let new_time = RwSignal::new(String::new());
    let bad_time = RwSignal::new(false);
    let store_change = move |change: TaskChange| {
        spawn(async move {
            let (store, clock) = (store(), local_clock());
            let id = task.with_value(|t| t.meta.id);
            run(state, change_task(&*store, id, change, &clock)).await;
        });
    };
    let (title, due_at, contact_id, id) = task.with_value(|t| {
        let name = contact_name.as_deref().filter(|_| t.contact_id.is_some());
        let title = task_label(t, state.t(value_names::task_kind(t.kind)), name);
        (title, t.due_at, t.contact_id, t.meta.id)
    });
    let lang = state.lang.get_untracked();
    let input_id = format!("move-{id}");
    view! {
        <li class="task" data-task=id.to_string()>
            <div class="task__text">
                {match contact_id {
                    Some(contact) if contact_name.is_some() => view! { <a href=format!("/contacts/{contact}")>{title}</a> }.into_any(),
                    _ => view! { <span>{title}</span> }.into_any(),
                }}
                <span class="muted task__due">{show(&local_clock(), lang, due_at)}</span>
            </div>
            <div class="task__actions">
                <button type="button" class="button" data-action="done"
                    on:click=move |_| { store_change(TaskChange::Done); }>
                    {tr(Msg::TaskDone)}
                </button>
                <button type="button" class="button" data-action="snooze"
                    on:click=move |_| { store_change(TaskChange::Snooze); }>
                    {tr(Msg::TaskSnooze)}
                </button>
                <button type="button" class="button" data-action="move"
                    on:click=move |_| { new_time.set(to_input(&local_clock(), due_at)); moving.update(|m| *m = !*m); }>
                    {tr(Msg::TaskMove)}
                </button>
            </div>
            {move || moving.get().then(|| {
                let input_id = input_id.clone();
                view! {
                <form class="task__move" on:submit=move |ev| {
                    ev.prevent_default();
                    match from_input(&local_clock(), &new_time.get_untracked()) {
                        Some(at) => { store_change(TaskChange::MoveTo(at)); moving.set(false); }
                        None => bad_time.set(true),
                    }
                }>
                    <label for=input_id.clone()>{tr(Msg::DueLabel)}</label>
                    <input id=input_id.clone() type="datetime-local" aria-invalid=move || bad_time.get().to_string()
                        prop:value=move || new_time.get()
                        on:input=move |ev| { new_time.set(event_target_value(&ev)); bad_time.set(false); }/>
                    <button type="submit" class="button button--primary">{tr(Msg::Save)}</button>
                    <p class="field-error" aria-live="polite">{move || bad_time.get().then(|| state.t(Msg::ProblemDateTime))}</p>
                </form>
                }
            })}
        </li>
    }
}

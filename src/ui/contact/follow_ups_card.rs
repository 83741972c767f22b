//! A contact's open follow-ups and reminders, and setting a new one.

use crate::domain::tasks::task::Task;
use crate::ui::app_state::tr;
use crate::ui::contact::follow_up_form::FollowUpForm;
use crate::ui::messages::Msg;
use crate::ui::task_row::TaskRow;
use leptos::prelude::*;
use uuid::Uuid;

#[component]
pub fn FollowUpsCard(contact_id: Uuid, open_tasks: Vec<Task>) -> impl IntoView {
    view! {
        <section class="card" aria-labelledby="follow-ups-heading">
            <h2 id="follow-ups-heading">{tr(Msg::FollowUpsHeading)}</h2>
            {open_tasks.is_empty().then(|| view! { <p class="muted">{tr(Msg::NoOpenTasks)}</p> })}
            <ul class="task-list" data-testid="contact-tasks">
                {open_tasks.into_iter().map(|task| view! { <TaskRow task=task contact_name=None/> }).collect_view()}
            </ul>
            <FollowUpForm contact_id=Some(contact_id)/>
        </section>
    }
}

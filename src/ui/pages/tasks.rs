//! The rep's follow-ups: overdue, today and upcoming, each done, snoozed or moved here.

use crate::app::open_store::store;
use crate::app::tasks::{AgendaPage, NamedTask, agenda};
use crate::ui::app_state::{app_state, tr};
use crate::ui::clock::local_clock;
use crate::ui::contact::follow_up_form::FollowUpForm;
use crate::ui::messages::Msg;
use crate::ui::task_row::TaskRow;
use leptos::prelude::*;

/// Upcoming tasks shown at once; the rest are counted.
const UPCOMING_SHOWN: usize = 50;

#[component]
pub fn TasksPage() -> impl IntoView {
    let state = app_state();
    let agenda = Memo::new(move |_| {
        state.revision.track();
        agenda(&*store(), &local_clock(), UPCOMING_SHOWN)
    });
    let section = move |id: &'static str,
                        heading: Msg,
                        empty: Msg,
                        pick: fn(&AgendaPage) -> Vec<NamedTask>| {
        view! {
            <section class="card" aria-labelledby=format!("{id}-heading") data-testid=id>
                <h2 id=format!("{id}-heading")>
                    {tr(heading)}
                    " "<span class="badge">{move || agenda.with(|a| pick(a).len().to_string())}</span>
                </h2>
                {move || {
                    let tasks = agenda.with(pick);
                    if tasks.is_empty() {
                        view! { <p class="muted">{state.t(empty)}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="task-list">
                                {tasks.into_iter().map(|(task, name)| view! { <TaskRow task=task contact_name=name/> }).collect_view()}
                            </ul>
                        }.into_any()
                    }
                }}
            </section>
        }
    };
    view! {
        <p class="back"><a href="/contacts">{tr(Msg::BackToContacts)}</a></p>
        <h1>{tr(Msg::TasksTitle)}</h1>
        {section("overdue", Msg::Overdue, Msg::NothingOverdue, |a| a.overdue.clone())}
        {section("today", Msg::Today, Msg::NothingToday, |a| a.today.clone())}
        {section("upcoming", Msg::Upcoming, Msg::NothingUpcoming, |a| a.upcoming.clone())}
        {move || agenda.with(|a| (a.upcoming_total > a.upcoming.len()).then(|| {
            let more = a.upcoming_total - a.upcoming.len();
            view! { <p class="muted">{state.t_with(Msg::MoreUpcoming, &[&more.to_string()])}</p> }
        }))}
        <section class="card"><FollowUpForm contact_id=None/></section>
    }
}

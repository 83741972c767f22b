//! The rep's follow-ups: overdue, today and upcoming, each done, snoozed or moved here,
//! and all of them as a calendar file for the phone.

mod calendar_export;

use crate::app::open_store::store;
use crate::app::tasks::{AgendaPage, NamedTask, agenda};
use crate::ui::app_state::{app_state, tr};
use crate::ui::clock::local_clock;
use crate::ui::contact::follow_up_form::FollowUpForm;
use crate::ui::messages::{Counted, Msg};
use crate::ui::task_row::TaskRow;
use calendar_export::CalendarExport;
use leptos::prelude::*;

/// Rows a section shows at first: a phone screen or two. The rest wait for a tap, so
/// that a long backlog neither buries today's tasks nor slows the page down.
const ROWS_AT_ONCE: usize = 20;
/// Rows each tap on "show more" adds.
const ROWS_MORE: usize = 50;

#[component]
pub fn TasksPage() -> impl IntoView {
    let state = app_state();
    let agenda = Memo::new(move |_| {
        state.revision.track();
        agenda(&*store(), &local_clock())
    });
    let section = move |id: &'static str,
                        heading: Msg,
                        empty: Msg,
                        pick: fn(&AgendaPage) -> &Vec<NamedTask>| {
        let shown = RwSignal::new(ROWS_AT_ONCE);
        let total = move || agenda.with(|a| pick(a).len());
        view! {
            <section class="card" aria-labelledby=format!("{id}-heading") data-testid=id>
                <h2 id=format!("{id}-heading")>
                    {tr(heading)}
                    " "<span class="badge">{move || total().to_string()}</span>
                </h2>
                {move || {
                    let tasks: Vec<NamedTask> =
                        agenda.with(|a| pick(a).iter().take(shown.get()).cloned().collect());
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
                {move || {
                    let more = total().saturating_sub(shown.get()).min(ROWS_MORE);
                    (more > 0).then(|| view! {
                        <button type="button" class="button button--quiet" data-testid="more-tasks"
                            on:click=move |_| shown.update(|n| *n += ROWS_MORE)>
                            {move || state.count(Counted::MoreTasks, more)}
                        </button>
                    })
                }}
            </section>
        }
    };
    view! {
        <p class="back"><a href="/contacts">{tr(Msg::BackToContacts)}</a></p>
        <h1>{tr(Msg::TasksTitle)}</h1>
        {section("overdue", Msg::Overdue, Msg::NothingOverdue, |a| &a.overdue)}
        {section("today", Msg::Today, Msg::NothingToday, |a| &a.today)}
        {section("upcoming", Msg::Upcoming, Msg::NothingUpcoming, |a| &a.upcoming)}
        <section class="card"><FollowUpForm contact_id=None/></section>
        <CalendarExport/>
    }
}

//! The rep's follow-ups: overdue, today and upcoming, each done, snoozed or moved here.

use crate::domain::contacts::contact::Contact;
use crate::domain::tasks::agenda::Agenda;
use crate::domain::tasks::task::Task;
use crate::ui::app_state::{app_state, tr};
use crate::ui::clock::local_clock;
use crate::ui::contact::follow_up_form::FollowUpForm;
use crate::ui::i18n::Msg;
use crate::ui::store_handle::store;
use crate::ui::task_row::TaskRow;
use leptos::prelude::*;

/// Upcoming tasks shown at once; the rest are counted.
const UPCOMING_SHOWN: usize = 50;

/// A task with the name of its contact, if any.
type NamedTask = (Task, Option<String>);

#[derive(Clone, PartialEq)]
struct AgendaView {
    overdue: Vec<NamedTask>,
    today: Vec<NamedTask>,
    upcoming: Vec<NamedTask>,
    upcoming_total: usize,
}

fn agenda_view() -> AgendaView {
    store().read(|all| {
        let clock = local_clock();
        let agenda = Agenda::of(all.tasks.iter(), &clock, |id| {
            all.contacts.get(id).is_some()
        });
        let named = |tasks: &[&Task], limit: usize| {
            tasks
                .iter()
                .take(limit)
                .map(|t| {
                    let name = t
                        .contact_id
                        .and_then(|id| all.contacts.get(&id))
                        .map(Contact::display_name);
                    ((*t).clone(), name)
                })
                .collect()
        };
        AgendaView {
            overdue: named(&agenda.overdue, usize::MAX),
            today: named(&agenda.today, usize::MAX),
            upcoming: named(&agenda.upcoming, UPCOMING_SHOWN),
            upcoming_total: agenda.upcoming.len(),
        }
    })
}

#[component]
pub fn TasksPage() -> impl IntoView {
    let state = app_state();
    let agenda = Memo::new(move |_| {
        state.revision.track();
        agenda_view()
    });
    let section = move |id: &'static str,
                        heading: Msg,
                        empty: Msg,
                        pick: fn(&AgendaView) -> Vec<NamedTask>| {
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

//! The contact's timeline, newest first: interactions, orders, lead changes and tasks.

use crate::domain::contacts::interaction::Direction;
use crate::domain::contacts::timeline::{TimelineEntry, TimelineEvent};
use crate::domain::leads::stages::StageName;
use crate::ui::app_state::{app_state, tr};
use crate::ui::clock::{local_clock, show};
use crate::ui::messages::{Counted, Msg};
use crate::ui::value_names;
use leptos::prelude::*;

#[component]
pub fn TimelineCard(entries: Vec<TimelineEntry>) -> impl IntoView {
    let state = app_state();
    let lang = state.lang.get_untracked();
    let clock = local_clock();
    let empty = entries.is_empty();
    let items = entries
        .into_iter()
        .map(|entry| {
            let when = show(&clock, lang, entry.at);
            let (kind, headline, detail): (&'static str, String, String) = match entry.event {
                TimelineEvent::Interaction(i) => (
                    "interaction",
                    match i.direction {
                        Direction::Internal => {
                            state.t(value_names::interaction_kind(i.kind)).to_owned()
                        }
                        direction => format!(
                            "{} · {}",
                            state.t(value_names::interaction_kind(i.kind)),
                            state.t(value_names::direction(direction))
                        ),
                    },
                    [
                        i.outcome
                            .map(|o| state.t(value_names::outcome(o)).to_owned()),
                        (!i.summary.is_empty()).then_some(i.summary),
                    ]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" – "),
                ),
                TimelineEvent::Order {
                    amount,
                    volume_centipoints,
                } => (
                    "order",
                    state.t(Msg::TimelineOrder).to_owned(),
                    format!(
                        "{} · {}",
                        lang.format_euros(amount),
                        Counted::Points.points(lang, i64::from(volume_centipoints))
                    ),
                ),
                TimelineEvent::LeadStage { title, stage, .. } => (
                    "lead",
                    state.t_with(
                        Msg::TimelineLead,
                        &[match &stage {
                            StageName::Standard(standard) => {
                                state.t(value_names::standard_stage(*standard))
                            }
                            StageName::Own(own) => own.as_str(),
                        }],
                    ),
                    title,
                ),
                TimelineEvent::Task(task) => (
                    "task",
                    state
                        .t(if task.done_at.is_some() {
                            Msg::TimelineTaskDone
                        } else {
                            Msg::TimelineTaskDue
                        })
                        .to_owned(),
                    if task.title.is_empty() {
                        state.t(value_names::task_kind(task.kind)).to_owned()
                    } else {
                        task.title
                    },
                ),
            };
            view! {
                <li class=format!("timeline__entry timeline__entry--{kind}") data-kind=kind>
                    <span class="timeline__when">{when}</span>
                    <strong class="timeline__headline">{headline}</strong>
                    <span class="timeline__detail">{detail}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="card" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{tr(Msg::TimelineHeading)}</h2>
            {empty.then(|| view! { <p class="muted">{tr(Msg::TimelineEmpty)}</p> })}
            <ol class="timeline" data-testid="timeline">{items}</ol>
        </section>
    }
}

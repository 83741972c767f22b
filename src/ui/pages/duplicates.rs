//! Likely duplicates across all contacts, each pair with its reasons, and the merges of
//! this session, each of which can be undone until the app is closed.

use crate::app::duplicates::{self, NamedPair};
use crate::app::open_store::store;
use crate::domain::pace::Progress;
use crate::ui::app_state::{app_state, tr};
use crate::ui::command::run;
use crate::ui::import::import_messages;
use crate::ui::latest_work::LatestWork;
use crate::ui::merge_form::MergeForm;
use crate::ui::messages::Msg;
use crate::ui::page_pace::PagePace;
use crate::ui::spawn::spawn;
use crate::ui::work_progress::WorkProgress;
use leptos::prelude::*;
use uuid::Uuid;

/// Pairs shown at first and added by each "show more"; the benchmark set has thousands.
const PAGE: usize = 100;

#[component]
pub fn DuplicatesPage() -> impl IntoView {
    let state = app_state();
    // Searching thousands of contacts takes a while: the page shows how far it is, and
    // after a change the list on screen stays until the new one is ready.
    let pairs = RwSignal::new(Vec::<NamedPair>::new());
    let searched = RwSignal::new(false);
    let progress = RwSignal::new(None::<Progress>);
    let search = LatestWork::new();
    Effect::new(move |_| {
        state.revision.track();
        search.start(async move {
            let found = duplicates::pairs(&*store(), &mut PagePace::new(progress)).await;
            progress.set(None);
            pairs.set(found);
            searched.set(true);
        });
    });
    let shown = RwSignal::new(PAGE);
    let open = RwSignal::new(None::<(Uuid, Uuid)>);
    let count = move || {
        let n = pairs.with(Vec::len);
        if n == 0 {
            state.t(Msg::DuplicatesNone).to_owned()
        } else {
            state.t_with(
                Msg::DuplicatePairs,
                &[&state.lang.get().format_integer(n as i64)],
            )
        }
    };
    let merges = move || {
        let merges = state.merges.get();
        (!merges.is_empty()).then(|| view! {
            <section class="card" data-testid="session-merges">
                <h2>{tr(Msg::MergedThisSession)}</h2>
                <ul class="task-list">
                    {merges.into_iter().map(|undo| {
                        let subject = undo.subject.clone();
                        view! {
                            <li class="task">
                                <span class="task__text">{move || state.t_with(Msg::MergedPair, &[&subject])}</span>
                                <button class="button" data-testid="undo-merge"
                                    on:click=move |_| spawn(crate::ui::command::undo(state, undo.clone()))>{tr(Msg::Undo)}</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        })
    };
    let list = move || {
        pairs.with(|pairs| {
            pairs
                .iter()
                .take(shown.get())
                .map(|NamedPair { names, pair }| {
                    let ids = (pair.first, pair.second);
                    let reasons = import_messages::reasons(state, &pair.reasons);
                    view! {
                        <li class="task" data-testid="duplicate-pair">
                            <span class="task__text"><strong>{names.clone()}</strong><span class="muted">{reasons}</span></span>
                            <span class="task__actions">
                                <button class="button" data-testid="compare" on:click=move |_| open.set(Some(ids))>{tr(Msg::Compare)}</button>
                                <button class="button button--quiet" data-testid="not-duplicate" on:click=move |_| spawn(async move {
                                    run(state, duplicates::mark_different(&*store(), ids.0, ids.1)).await;
                                })>{tr(Msg::NotADuplicate)}</button>
                            </span>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <p class="back"><a href="/contacts">{tr(Msg::BackToContacts)}</a></p>
        <h1>{tr(Msg::ImportDuplicates)}</h1>
        <p class="muted">{tr(Msg::DuplicatesIntro)}</p>
        {merges}
        {move || open.get().map(|(first, second)| view! {
            <MergeForm first=first second=second on_done=move || open.set(None)/>
        })}
        <WorkProgress progress=progress/>
        {move || searched.get().then(|| view! {
            <p role="status" data-testid="duplicate-count">{count}</p>
        })}
        <ul class="task-list">{list}</ul>
        {move || (pairs.with(Vec::len) > shown.get()).then(|| view! {
            <button class="button" on:click=move |_| shown.update(|n| *n += PAGE)>{tr(Msg::ShowMore)}</button>
        })}
    }
}

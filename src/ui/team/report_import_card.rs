//! The upline reading a report from a rep: the file checked, the changes and any
//! conflicts shown, then taken over in one write on the user's word.

use crate::app::backup::BackupRefused;
use crate::app::open_store::store;
use crate::app::report_import::{
    CheckedReport, ConflictView, Placement, check_report, import_report,
};
use crate::domain::pace::Progress;
use crate::domain::sync::report_merge::Settle;
use crate::io::backup_file::{EnvelopeError, FileKind, MAX_FILE_BYTES};
use crate::ui::app_state::{AppState, app_state, tr};
use crate::ui::clock::local_clock;
use crate::ui::file_refusal::refusal_text;
use crate::ui::import::browser_file::{chosen_file, file_bytes};
use crate::ui::messages::{Counted, Msg};
use crate::ui::page_pace::PagePace;
use crate::ui::page_pace::next_turn;
use crate::ui::passphrase_fields::{AskPassphrase, needs_passphrase, open_protected};
use crate::ui::spawn::spawn;
use crate::ui::work_progress::WorkProgress;
use leptos::prelude::*;
use std::collections::HashMap;
use std::rc::Rc;
use uuid::Uuid;

fn when(state: AppState, at: Option<chrono::DateTime<chrono::Utc>>) -> String {
    at.map(|at| state.lang.get().format_date_time(local_clock().local(at)))
        .unwrap_or_default()
}

fn placement_text(state: AppState, side: &Placement) -> String {
    state.t_with(
        Msg::ConflictSide,
        &[&side.sponsor, &side.reported_by, &when(state, side.as_of)],
    )
}

/// What the import would change, line by line.
fn change_lines(state: AppState, checked: &CheckedReport) -> Vec<String> {
    let merge = &checked.merge;
    let members = merge.members.counts;
    let volumes = merge.volumes.counts;
    let kept_newer = members.kept_newer + volumes.kept_newer + merge.rep.counts.kept_newer;
    let mut lines = Vec::new();
    let mut say = |what: Counted, n: usize| {
        if n > 0 {
            lines.push(state.count(what, n));
        }
    };
    say(Counted::NewMembers, members.added);
    say(Counted::UpdatedMembers, members.updated);
    say(Counted::RemovedMembers, members.deleted);
    say(
        Counted::ChangedVolumes,
        volumes.added + volumes.updated + volumes.deleted,
    );
    say(Counted::KeptNewer, kept_newer);
    if !merge.rank_changes.is_empty() {
        let no_rank = state.t(Msg::NoRank).to_string();
        let changes: Vec<String> = merge
            .rank_changes
            .iter()
            .map(|(name, before, after)| {
                state.t_with(
                    Msg::ReportRankChange,
                    &[
                        name,
                        before.as_ref().unwrap_or(&no_rank),
                        after.as_ref().unwrap_or(&no_rank),
                    ],
                )
            })
            .collect();
        lines.push(format!(
            "{} {}",
            state.count(Counted::RankChanges, merge.rank_changes.len()),
            changes.join(", ")
        ));
    }
    lines
}

#[component]
pub fn ReportImportCard() -> impl IntoView {
    let state = app_state();
    let checked = RwSignal::new_local(None::<Rc<CheckedReport>>);
    let settled = RwSignal::new(HashMap::<Uuid, Settle>::new());
    let busy = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<String>);
    // A protected file waiting for its passphrase, and its name.
    let locked = StoredValue::new_local(None::<Vec<u8>>);
    let asking = RwSignal::new(None::<String>);
    let refuse = move |name: &str, refused: &BackupRefused| {
        let _ = problem.try_set(Some(refusal_text(state, name, refused, FileKind::Report)));
    };
    let show = move |bytes: &[u8], name: &str| match check_report(&*store(), bytes) {
        Ok(report) => {
            let _ = checked.try_set(Some(Rc::new(report)));
        }
        Err(refused) => refuse(name, &refused),
    };
    let choose = move |ev: leptos::ev::Event| {
        let Some(file) = chosen_file(&ev) else { return };
        checked.set(None);
        settled.set(HashMap::new());
        problem.set(None);
        done.set(None);
        asking.set(None);
        locked.set_value(None);
        let name = file.name();
        if file.size() > MAX_FILE_BYTES as f64 {
            let refused = BackupRefused::File(EnvelopeError::TooLarge {
                bytes: file.size() as usize,
            });
            problem.set(Some(refusal_text(state, &name, &refused, FileKind::Report)));
            return;
        }
        busy.set(true);
        spawn(async move {
            let Ok(bytes) = file_bytes(&file).await else {
                let _ = problem.try_set(Some(state.t_with(Msg::BackupFileUnreadable, &[&name])));
                let _ = busy.try_set(false);
                return;
            };
            next_turn().await;
            match needs_passphrase(&bytes, FileKind::Report) {
                Ok(false) => show(&bytes, &name),
                Ok(true) => {
                    locked.set_value(Some(bytes));
                    let _ = asking.try_set(Some(name));
                }
                Err(error) => refuse(&name, &BackupRefused::File(error)),
            }
            let _ = busy.try_set(false);
        });
    };
    let open = Callback::new(move |passphrase: String| {
        let (Some(bytes), Some(name)) = (locked.get_value(), asking.get_untracked()) else {
            return;
        };
        problem.set(None);
        busy.set(true);
        spawn(async move {
            match open_protected(state, &bytes, FileKind::Report, &passphrase, &name).await {
                Ok(inner) => {
                    let _ = asking.try_set(None);
                    locked.set_value(None);
                    show(&inner, &name);
                }
                Err(Ok(error)) => refuse(&name, &BackupRefused::File(error)),
                Err(Err(wrong)) => {
                    let _ = problem.try_set(Some(wrong));
                }
            }
            let _ = busy.try_set(false);
        });
    });
    let progress = RwSignal::new(None::<Progress>);
    let take_over = move |_| {
        let Some(report) = checked.get_untracked() else {
            return;
        };
        let choices = settled.get_untracked();
        busy.set(true);
        spawn(async move {
            let mut pace = PagePace::new(progress);
            let taken = import_report(&*store(), &report, &choices, &mut pace).await;
            let _ = progress.try_set(None);
            match taken {
                Ok(()) => {
                    let _ = checked.try_set(None);
                    let _ = done.try_set(Some(state.t_with(Msg::ReportTaken, &[&report.rep_name])));
                    state.data_changed();
                }
                Err(error) => state.error.set(Some(error)),
            }
            let _ = busy.try_set(false);
        });
    };
    let cancel = move |_| checked.set(None);
    view! {
        <section class="card" aria-labelledby="report-import-heading" data-testid="report-import">
            <h2 id="report-import-heading">{tr(Msg::TeamReportsHeading)}</h2>
            <p class="muted">{tr(Msg::TeamReportsExplain)}</p>
            <label for="report-file">{tr(Msg::ReportFileLabel)}</label>
            <input id="report-file" type="file" accept=".teamline" data-testid="report-file"
                disabled=move || busy.get() on:change=choose/>
            <p class="field-error" role="alert" data-testid="report-problem">{move || problem.get()}</p>
            <p role="status" data-testid="report-taken">{move || done.get()}</p>
            <WorkProgress progress=progress/>
            {move || asking.get().map(|name| view! {
                <AskPassphrase file_name=name id="report" on_open=open busy=busy.into()/>
            })}
            {move || checked.get().map(|report| {
                let lines = change_lines(state, &report);
                let nothing_new = !report.merge.changes();
                let conflicts = report.conflicts.clone();
                view! {
                    <div class="notice" data-testid="report-changes">
                        <p>{state.t_with(Msg::ReportPreviewOf, &[&report.rep_name, &when(state, Some(report.made_at))])}</p>
                        <ul>{lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
                        {nothing_new.then(|| view! { <p data-testid="report-nothing-new">{tr(Msg::ReportNothingNew)}</p> })}
                        {(!conflicts.is_empty()).then(|| view! { <Conflicts conflicts=conflicts settled=settled/> })}
                        <div class="actions">
                            {(!nothing_new).then(|| view! {
                                <button type="button" class="button button--primary" data-testid="take-over-report"
                                    disabled=move || busy.get() on:click=take_over>{tr(Msg::ReportTakeOver)}</button>
                            })}
                            <button type="button" class="button" on:click=cancel>{tr(Msg::Cancel)}</button>
                        </div>
                    </div>
                }
            })}
        </section>
    }
}

#[component]
fn Conflicts(
    conflicts: Vec<ConflictView>,
    settled: RwSignal<HashMap<Uuid, Settle>>,
) -> impl IntoView {
    let state = app_state();
    view! {
        <fieldset class="conflicts" data-testid="report-conflicts">
            <legend>{tr(Msg::ConflictsHeading)}</legend>
            <p class="muted">{tr(Msg::ConflictsExplain)}</p>
            {conflicts.into_iter().map(|conflict| {
                let id = conflict.member;
                let group = format!("conflict-{id}");
                let option = move |settle: Settle, side: &Placement| {
                    let text = placement_text(state, side);
                    let group = group.clone();
                    view! {
                        <label class="choice">
                            <input type="radio" name=group
                                prop:checked=move || settled.with(|s| s.get(&id).copied().unwrap_or(Settle::KeepKept) == settle)
                                on:change=move |_| settled.update(|s| { s.insert(id, settle); })/>
                            {text}
                        </label>
                    }
                };
                view! {
                    <div class="conflict" data-testid="report-conflict">
                        <p><strong>{state.t_with(Msg::ConflictMember, &[&conflict.name])}</strong></p>
                        {option(Settle::KeepKept, &conflict.kept)}
                        {option(Settle::TakeIncoming, &conflict.incoming)}
                    </div>
                }
            }).collect_view()}
        </fieldset>
    }
}

//! Settings' backup card: download a backup of everything, or restore one after seeing
//! what it holds. A file that cannot be restored is named with what is wrong with it, and
//! nothing changes.

use crate::app::backup::{
    BackupRefused, CheckedBackup, check_backup, make_backup, merge_backup, restore_backup,
};
use crate::app::backup_reminder::{backup_saved, set_backup_reminder};
use crate::app::open_store::store;
use crate::domain::pace::Progress;
use crate::domain::settings::backup_habit::REMINDER_CHOICES;
use crate::io::backup_file::{EnvelopeError, FileKind, MAX_FILE_BYTES};
use crate::store::error::StoreError;
use crate::store::kind::CollectionKind;
use crate::ui::app_state::{app_state, tr};
use crate::ui::clock::local_clock;
use crate::ui::download::download;
use crate::ui::file_refusal::refusal_text;
use crate::ui::import::browser_file::{chosen_file, file_bytes};
use crate::ui::messages::{Counted, Msg};
use crate::ui::page_pace::{PagePace, next_turn};
use crate::ui::passphrase_fields::{
    AskPassphrase, NewPassphrase, NewPassphraseFields, needs_passphrase, open_protected,
};
use crate::ui::spawn::spawn;
use crate::ui::work_progress::WorkProgress;
use leptos::prelude::*;

/// What restoring is busy with, said while it works.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Work {
    Checking,
    Opening,
    Merging,
    Restoring,
}

/// The collections the preview names, with their words.
const SHOWN: [(CollectionKind, Counted); 7] = [
    (CollectionKind::Contacts, Counted::Contacts),
    (CollectionKind::Interactions, Counted::HistoryEntries),
    (CollectionKind::Orders, Counted::Orders),
    (CollectionKind::Tasks, Counted::Tasks),
    (CollectionKind::Leads, Counted::Leads),
    (CollectionKind::Members, Counted::Members),
    (CollectionKind::Campaigns, Counted::Campaigns),
];

#[component]
pub fn BackupSection() -> impl IntoView {
    let state = app_state();
    let making = RwSignal::new(false);
    let made = RwSignal::new(None::<String>);
    let progress = RwSignal::new(None::<Progress>);
    let protection = NewPassphrase::new();
    let make = move |_| {
        if !protection.ready() {
            return;
        }
        made.set(None);
        making.set(true);
        spawn(async move {
            next_turn().await;
            let clock = local_clock();
            let made_file = make_backup(&*store(), &clock, &mut PagePace::new(progress)).await;
            progress.set(None);
            match made_file {
                Ok(bytes) => {
                    let bytes = match protection.apply(bytes).await {
                        Ok(bytes) => bytes,
                        Err(detail) => {
                            state.error.set(Some(StoreError::Failed(detail)));
                            making.set(false);
                            return;
                        }
                    };
                    let date = crate::domain::locale::iso_date::format_date(clock.today());
                    let name = format!("{}-{date}.teamline", state.t(Msg::BackupFilePrefix));
                    match download(&name, "application/octet-stream", &bytes) {
                        Ok(()) => {
                            made.set(Some(state.t_with(Msg::BackupMade, &[&name])));
                            match backup_saved(&*store(), &clock).await {
                                Ok(settings) => state.apply_settings(settings),
                                Err(error) => state.error.set(Some(error)),
                            }
                        }
                        Err(detail) => state.error.set(Some(StoreError::Failed(detail))),
                    }
                }
                Err(error) => state.error.set(Some(error)),
            }
            making.set(false);
        });
    };
    view! {
        <section class="card" aria-labelledby="backup-heading" data-testid="backup-section">
            <h2 id="backup-heading">{tr(Msg::BackupHeading)}</h2>
            <p class="muted">{tr(Msg::BackupExplain)}</p>
            <NewPassphraseFields choice=protection id="backup"/>
            <div class="actions">
                <button type="button" class="button button--primary" data-testid="make-backup"
                    disabled=move || making.get() on:click=make>
                    {tr(Msg::MakeBackup)}
                </button>
            </div>
            <p role="status" data-testid="backup-made">
                {move || if making.get() { Some(state.t(Msg::MakingBackup).to_string()) } else { made.get() }}
            </p>
            <WorkProgress progress=progress/>
            <BackupHabitFields/>
            <RestoreBackup/>
        </section>
    }
}

/// When the last backup was made, and after how many days the banner reminds.
#[component]
fn BackupHabitFields() -> impl IntoView {
    let state = app_state();
    let last = move || {
        state
            .settings
            .with(|s| s.backups.last_backup_at)
            .map_or_else(
                || state.t(Msg::NoBackupMade).to_string(),
                |at| {
                    let when = state.lang.get().format_date_time(local_clock().local(at));
                    state.t_with(Msg::LastBackup, &[&when])
                },
            )
    };
    let chosen = move || state.settings.with(|s| s.backups.remind_after_days);
    let choose = move |ev: leptos::ev::Event| {
        let Ok(days) = event_target_value(&ev).parse::<u16>() else {
            return;
        };
        spawn(async move {
            match set_backup_reminder(&*store(), days).await {
                Ok(settings) => state.apply_settings(settings),
                Err(error) => state.error.set(Some(error)),
            }
        });
    };
    view! {
        <p data-testid="last-backup">{last}</p>
        <label for="backup-reminder">{tr(Msg::RemindLabel)}</label>
        <select id="backup-reminder" data-testid="backup-reminder" on:change=choose>
            {REMINDER_CHOICES.iter().map(|&days| {
                let label = move || if days == 0 { state.t(Msg::ReminderNever).to_string() } else { state.count(Counted::ReminderDays, usize::from(days)) };
                view! { <option value=days.to_string() selected=move || chosen() == days>{label}</option> }
            }).collect_view()}
        </select>
    }
}

/// Choosing a backup file, seeing what it holds, and restoring it: in the settings, and
/// on the first-run screen of a new device. Its views read their signals with `try_get`:
/// restoring on the first-run screen replaces the screen while the views may still be
/// built once more.
#[component]
pub fn RestoreBackup() -> impl IntoView {
    let state = app_state();
    let work = RwSignal::new(None::<Work>);
    let progress = RwSignal::new(None::<Progress>);
    let restored = RwSignal::new(false);
    let merged = RwSignal::new(None::<String>);
    let problem = RwSignal::new(None::<String>);
    let checked = StoredValue::new_local(None::<CheckedBackup>);
    // What the chosen backup holds: when it was made and its counts.
    let preview = RwSignal::new(None::<(String, Vec<(CollectionKind, usize)>)>);
    // A protected file waiting for its passphrase, and its name.
    let locked = StoredValue::new_local(None::<Vec<u8>>);
    let asking = RwSignal::new(None::<String>);
    let show = async move |bytes: &[u8], name: &str| match check_backup(
        bytes,
        &mut PagePace::new(progress),
    )
    .await
    {
        Ok(backup) => {
            let made = backup
                .made_at
                .map(|at| state.lang.get().format_date_time(local_clock().local(at)));
            preview.set(Some((made.unwrap_or_default(), backup.counts.clone())));
            checked.set_value(Some(backup));
        }
        Err(refused) => problem.set(Some(refusal_text(state, name, &refused, FileKind::Backup))),
    };
    let choose = move |ev: leptos::ev::Event| {
        let Some(file) = chosen_file(&ev) else { return };
        restored.set(false);
        problem.set(None);
        preview.set(None);
        checked.set_value(None);
        asking.set(None);
        locked.set_value(None);
        merged.set(None);
        let name = file.name();
        if file.size() > MAX_FILE_BYTES as f64 {
            let refused = BackupRefused::File(EnvelopeError::TooLarge {
                bytes: file.size() as usize,
            });
            problem.set(Some(refusal_text(state, &name, &refused, FileKind::Backup)));
            return;
        }
        work.set(Some(Work::Checking));
        spawn(async move {
            let Ok(bytes) = file_bytes(&file).await else {
                problem.set(Some(state.t_with(Msg::BackupFileUnreadable, &[&name])));
                work.set(None);
                return;
            };
            next_turn().await;
            match needs_passphrase(&bytes, FileKind::Backup) {
                Ok(false) => show(&bytes, &name).await,
                Ok(true) => {
                    locked.set_value(Some(bytes));
                    asking.set(Some(name));
                }
                Err(error) => {
                    let refused = BackupRefused::File(error);
                    problem.set(Some(refusal_text(state, &name, &refused, FileKind::Backup)));
                }
            }
            work.set(None);
            progress.set(None);
        });
    };
    let open = Callback::new(move |passphrase: String| {
        let (Some(bytes), Some(name)) = (locked.get_value(), asking.get_untracked()) else {
            return;
        };
        problem.set(None);
        work.set(Some(Work::Opening));
        spawn(async move {
            match open_protected(state, &bytes, FileKind::Backup, &passphrase, &name).await {
                Ok(inner) => {
                    asking.set(None);
                    locked.set_value(None);
                    show(&inner, &name).await;
                }
                Err(Ok(error)) => {
                    let refused = BackupRefused::File(error);
                    problem.set(Some(refusal_text(state, &name, &refused, FileKind::Backup)));
                }
                Err(Err(wrong)) => problem.set(Some(wrong)),
            }
            let _ = work.try_set(None);
            let _ = progress.try_set(None);
        });
    });
    let restore = move |_| {
        let Some(backup) = checked.try_update_value(Option::take).flatten() else {
            return;
        };
        preview.set(None);
        work.set(Some(Work::Restoring));
        spawn(async move {
            next_turn().await;
            match restore_backup(&*store(), backup, &mut PagePace::new(progress)).await {
                Ok(settings) => {
                    // On the first-run screen the restored profile replaces this form.
                    state.apply_settings(settings);
                    state.data_changed();
                    let _ = restored.try_set(true);
                }
                Err(error) => state.error.set(Some(error)),
            }
            let _ = work.try_set(None);
            let _ = progress.try_set(None);
        });
    };
    let merge = move |_| {
        let Some(backup) = checked.try_update_value(Option::take).flatten() else {
            return;
        };
        preview.set(None);
        work.set(Some(Work::Merging));
        spawn(async move {
            next_turn().await;
            let mut pace = PagePace::new(progress);
            match merge_backup(&*store(), backup, &local_clock(), &mut pace).await {
                Ok(counts) => {
                    let lang = state.lang.get_untracked();
                    let n = |n: usize| lang.format_integer(n as i64);
                    let said = state.t_with(
                        Msg::BackupMerged,
                        &[
                            &n(counts.added),
                            &n(counts.updated),
                            &n(counts.deleted),
                            &n(counts.kept_newer),
                        ],
                    );
                    let _ = merged.try_set(Some(said));
                    state.data_changed();
                }
                Err(error) => state.error.set(Some(error)),
            }
            let _ = work.try_set(None);
            let _ = progress.try_set(None);
        });
    };
    // On the first-run screen there is nothing to merge with.
    let can_merge = state.settings.with_untracked(|s| s.profile.is_some());
    let cancel = move |_| {
        preview.set(None);
        checked.set_value(None);
    };
    view! {
        <div class="restore-backup">
            <label for="restore-file">{tr(Msg::RestoreLabel)}</label>
            <input id="restore-file" type="file" accept=".teamline" data-testid="restore-file"
                disabled=move || work.try_get().flatten().is_some() on:change=choose/>
            <p role="status" data-testid="restore-status">
                {move || match work.try_get().flatten() {
                    Some(Work::Checking) => Some(state.t(Msg::CheckingBackup)),
                    Some(Work::Opening) => Some(state.t(Msg::OpeningProtected)),
                    Some(Work::Restoring) => Some(state.t(Msg::Restoring)),
                    Some(Work::Merging) => Some(state.t(Msg::MergingBackup)),
                    None if merged.try_get().flatten().is_some() => None,
                    None => restored.try_get().unwrap_or(false).then(|| state.t(Msg::Restored)),
                }}
            </p>
            <WorkProgress progress=progress/>
            <p class="field-error" role="alert" data-testid="restore-problem">{move || problem.try_get().flatten()}</p>
            {move || asking.try_get().flatten().map(|name| view! {
                <AskPassphrase file_name=name id="restore" on_open=open
                    busy=Signal::derive(move || work.try_get().flatten().is_some())/>
            })}
            {move || preview.try_get().flatten().map(|(made, counts)| view! {
                <div class="notice" data-testid="restore-preview">
                    <p>{state.t_with(Msg::BackupOf, &[&made])}</p>
                    <ul>
                        {SHOWN.iter().filter_map(|(kind, words)| {
                            let n = counts.iter().find(|(k, _)| k == kind).map_or(0, |(_, n)| *n);
                            (n > 0).then(|| view! { <li>{state.count(*words, n)}</li> })
                        }).collect_view()}
                    </ul>
                    <p><strong>{tr(Msg::RestoreWarning)}</strong></p>
                    <div class="actions">
                        <button type="button" class="button button--danger" data-testid="restore-now" on:click=restore>{tr(Msg::RestoreNow)}</button>
                        <button type="button" class="button" on:click=cancel>{tr(Msg::Cancel)}</button>
                    </div>
                    {can_merge.then(|| view! {
                        <p>{tr(Msg::MergeInstead)}</p>
                        <div class="actions">
                            <button type="button" class="button" data-testid="merge-backup" on:click=merge>{tr(Msg::MergeBackupNow)}</button>
                        </div>
                    })}
                </div>
            })}
            <p role="status" data-testid="backup-merged">{move || merged.try_get().flatten()}</p>
        </div>
    }
}

//! The gentle reminder across the top when the last backup is older than the rep chose
//! (7 days unless changed in Settings). "Later" hides it until the app is opened again.

use crate::app::backup_reminder::backup_overdue_days;
use crate::app::open_store::store;
use crate::ui::app_state::{app_state, tr};
use crate::ui::clock::local_clock;
use crate::ui::messages::{Counted, Msg};
use leptos::prelude::*;

#[component]
pub fn BackupBanner() -> impl IntoView {
    let state = app_state();
    let later = RwSignal::new(false);
    let overdue = Memo::new(move |_| {
        if !state.all_read.get() || later.get() {
            return None;
        }
        state.revision.track();
        let never = state.settings.with(|s| s.backups.last_backup_at.is_none());
        backup_overdue_days(&*store(), &local_clock()).map(|days| (days, never))
    });
    move || {
        overdue.get().map(|(days, never)| {
            let words = if never { Counted::NoBackupYet } else { Counted::BackupOverdue };
            view! {
                <div class="notice" role="status" data-testid="backup-banner">
                    <span>{move || state.count(words, days.max(0) as usize)}</span>
                    <a class="button button--primary" href="/settings#backup-heading" data-testid="back-up-now">{tr(Msg::BackUpNow)}</a>
                    <button class="button button--quiet" data-testid="backup-later" on:click=move |_| later.set(true)>{tr(Msg::Later)}</button>
                </div>
            }
        })
    }
}

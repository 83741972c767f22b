//! The follow-ups and reminders as a calendar file, for the phone's own calendar to ring
//! them. The writer loads with the other file writers (`lazy_work.rs`) when first asked
//! for, so the tasks page does not carry it.

use crate::app::calendar_export::CalendarWords;
use crate::io::calendar_ics::MIME;
use crate::store::error::StoreError;
use crate::ui::app_state::{app_state, tr};
use crate::ui::clock::local_clock;
use crate::ui::download::download;
use crate::ui::lazy_work;
use crate::ui::messages::{Counted, Msg};
use crate::ui::spawn::spawn;
use crate::ui::value_names::task_kind;
use leptos::prelude::*;

#[component]
pub fn CalendarExport() -> impl IntoView {
    let state = app_state();
    let making = RwSignal::new(false);
    let made = RwSignal::new(None::<String>);
    let export = move |_| {
        made.set(None);
        making.set(true);
        let words = CalendarWords::new(
            state.t(Msg::CalendarName).to_owned(),
            state.t(Msg::CalendarFilePrefix).to_owned(),
            |kind| state.t(task_kind(kind)).to_owned(),
        );
        spawn(async move {
            // Loading the writer may take a while; the rep may have left the page by then.
            match lazy_work::calendar(words, local_clock()).await {
                Ok(file) => match download(&file.name, MIME, &file.bytes) {
                    Ok(()) => {
                        let said =
                            state.count_with(Counted::CalendarSaved, file.open, &[&file.name]);
                        let _ = made.try_set(Some(said));
                    }
                    Err(detail) => state.error.set(Some(StoreError::Failed(detail))),
                },
                Err(_) => state.part_unavailable.set(true),
            }
            let _ = making.try_set(false);
        });
    };
    view! {
        <section class="card" data-testid="calendar-export">
            <div class="actions">
                <button type="button" class="button" data-testid="calendar-download"
                    disabled=move || making.get() on:click=export>
                    {tr(Msg::CalendarExport)}
                </button>
            </div>
            <p role="status" data-testid="calendar-made">{move || made.get()}</p>
        </section>
    }
}

//! The rep's report for their upline: made on request, shown whole, then shared through
//! the phone's share sheet or saved as a file.

use crate::app::open_store::store;
use crate::app::upline_report::{MadeReport, make_report};
use crate::ui::app_state::{app_state, tr};
use crate::ui::clock::local_clock;
use crate::ui::messages::Msg;
use crate::ui::page_pace::next_turn;
use crate::ui::passphrase_fields::{NewPassphrase, NewPassphraseFields};
use crate::ui::share_file::{Handed, share_or_download};
use crate::ui::spawn::spawn;
use crate::ui::team::report_preview::{ReportPreview, report_heading};
use leptos::prelude::*;
use std::rc::Rc;

#[component]
pub fn OwnReportCard() -> impl IntoView {
    let state = app_state();
    let made = RwSignal::new_local(None::<Rc<MadeReport>>);
    let busy = RwSignal::new(false);
    let status = RwSignal::new(None::<String>);
    let make = move |_| {
        status.set(None);
        busy.set(true);
        spawn(async move {
            next_turn().await;
            let report = make_report(
                &*store(),
                &local_clock(),
                state.lang.get_untracked(),
                state.t(Msg::ReportFilePrefix),
            );
            if report.is_none() {
                let _ = status.try_set(Some(state.t(Msg::ReportNeedsProfile).to_string()));
            }
            let _ = made.try_set(report.map(Rc::new));
            let _ = busy.try_set(false);
        });
    };
    let protection = NewPassphrase::new();
    let hand_over = move |_| {
        let Some(report) = made.get_untracked() else {
            return;
        };
        if !protection.ready() {
            return;
        }
        spawn(async move {
            let file = match protection.apply(report.file.clone()).await {
                Ok(file) => file,
                Err(detail) => {
                    let _ = status.try_set(Some(detail));
                    return;
                }
            };
            let said = match share_or_download(&report.file_name, "application/octet-stream", &file)
                .await
            {
                Ok(Handed::Shared) => Some(state.t(Msg::ReportShared).to_string()),
                Ok(Handed::Downloaded) => {
                    Some(state.t_with(Msg::ReportSaved, &[&report.file_name]))
                }
                Ok(Handed::Cancelled) => None,
                Err(detail) => Some(detail),
            };
            let _ = status.try_set(said);
        });
    };
    let can_share = crate::ui::share_text::can_share();
    view! {
        <section class="card" aria-labelledby="own-report-heading" data-testid="own-report">
            <h2 id="own-report-heading">{tr(Msg::OwnReportHeading)}</h2>
            <p class="muted">{tr(Msg::OwnReportExplain)}</p>
            <div class="actions">
                <button type="button" class="button" data-testid="make-report"
                    disabled=move || busy.get() on:click=make>{tr(Msg::MakeReport)}</button>
            </div>
            {move || made.get().map(|report| {
                let name = report.file_name.clone();
                view! {
                    <h3>{state.t_with(Msg::ReportContents, &[&name])}</h3>
                    <p data-testid="report-of">{report_heading(state, Msg::ReportByOn, &report.report.rep)}</p>
                    <ReportPreview report=report.report.clone()/>
                    <NewPassphraseFields choice=protection id="report"/>
                    <div class="actions">
                        <button type="button" class="button button--primary" data-testid="hand-over-report"
                            on:click=hand_over>
                            {tr(if can_share { Msg::ShareReport } else { Msg::SaveReport })}
                        </button>
                    </div>
                }
            })}
            <p role="status" data-testid="report-status">{move || status.get()}</p>
        </section>
    }
}

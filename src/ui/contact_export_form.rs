//! The export form: vCard or CSV, all contacts or the list as filtered right now. Part of
//! the `files` area (`lazy_work.rs`) with the writers it calls, so it loads when the
//! export is first opened.

use crate::app::contact_export::ExportFormat;
use crate::app::contacts;
use crate::app::open_store::store;
use crate::domain::contacts::directory::ContactDirectory;
use crate::io::csv_export::CsvStyle;
use crate::io::vcard::write::Version;
use crate::ui::app_state::{app_state, tr};
use crate::ui::clock::local_clock;
use crate::ui::download::download;
use crate::ui::lazy_work;
use crate::ui::messages::Msg;
use crate::ui::spawn::spawn;
use crate::ui::value_names;
use leptos::prelude::*;

const FORMATS: [(ExportFormat, Msg); 4] = [
    (ExportFormat::Vcard(Version::V3), Msg::ExportVcard3),
    (ExportFormat::Vcard(Version::V4), Msg::ExportVcard4),
    (ExportFormat::Csv(CsvStyle::Utf8Comma), Msg::ExportCsv),
    (
        ExportFormat::Csv(CsvStyle::GermanExcel),
        Msg::ExportCsvExcel,
    ),
];

/// `matches` are the directory rows the list shows now.
pub fn export_form(directory: Memo<ContactDirectory>, matches: Memo<Vec<usize>>) -> AnyView {
    let state = app_state();
    let format = RwSignal::new(FORMATS[0].0);
    let only_listed = RwSignal::new(false);
    let export = move |_| {
        let ids: Option<Vec<uuid::Uuid>> = only_listed.get_untracked().then(|| {
            matches.with_untracked(|m| {
                directory
                    .with_untracked(|d| m.iter().filter_map(|&i| d.row(i).map(|r| r.id)).collect())
            })
        });
        let contacts = contacts::for_export(&*store(), ids.as_deref());
        let date = crate::domain::locale::iso_date::format_date(local_clock().today());
        let format = format.get_untracked();
        spawn(async move {
            let Ok(file) = lazy_work::export(contacts, format).await else {
                return state.part_unavailable.set(true);
            };
            let name = format!(
                "{}-{date}.{}",
                state.t(Msg::ExportFilePrefix),
                file.extension
            );
            if let Err(detail) = download(&name, file.mime, &file.bytes) {
                state
                    .error
                    .set(Some(crate::store::error::StoreError::Failed(detail)));
            }
        });
    };
    let count = move |listed: bool| {
        let n = if listed {
            matches.with(Vec::len)
        } else {
            directory.with(ContactDirectory::len)
        };
        state.lang.get().format_integer(n as i64)
    };
    view! {
            <div class="filters__grid">
                <div>
                    <label for="export-format">{tr(Msg::ExportFormat)}</label>
                    <select id="export-format" on:change=move |ev| {
                        if let Some((chosen, _)) = value_names::chosen(&FORMATS, &event_target_value(&ev)) { format.set(chosen); }
                    }>
                        {FORMATS.into_iter().enumerate().map(|(i, (_, msg))| view! { <option value=i.to_string()>{tr(msg)}</option> }).collect_view()}
                    </select>
                </div>
                <fieldset>
                    <legend>{tr(Msg::ExportWhich)}</legend>
                    <label class="choice">
                        <input type="radio" name="export-which" prop:checked=move || !only_listed.get() on:change=move |_| only_listed.set(false)/>
                        <span>{move || state.t_with(Msg::ExportAll, &[&count(false)])}</span>
                    </label>
                    <label class="choice">
                        <input type="radio" name="export-which" data-testid="export-listed" prop:checked=move || only_listed.get() on:change=move |_| only_listed.set(true)/>
                        <span>{move || state.t_with(Msg::ExportList, &[&count(true)])}</span>
                    </label>
                </fieldset>
            </div>
            <div class="actions">
                <button class="button" data-testid="export-download" on:click=export>{tr(Msg::ExportButton)}</button>
            </div>
    }
    .into_any()
}

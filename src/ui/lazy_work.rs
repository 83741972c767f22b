//! Work behind a button that only some reps ever press, loaded when first asked for: the
//! sample data generator, and writing export and access files (vCard, CSV, JSON and
//! calendar writers, with the export form). Like the pages in `lazy_pages.rs`, each group is a file of its own in the
//! release build and a plain call without the `split` feature.

use crate::app::calendar_export::{CalendarFile, CalendarWords, calendar_file};
use crate::app::contact_export::{ExportFile, ExportFormat, export_file};
use crate::app::open_store::store;
use crate::app::privacy::{AccessFile, access_file_of};
use crate::app::settings::sample;
use crate::domain::contacts::contact::Contact;
use crate::domain::contacts::directory::ContactDirectory;
use crate::domain::contacts::person::PersonRecords;
use crate::domain::locale::local_clock::LocalClock;
use crate::domain::sample::Sample;
use crate::ui::lazy_areas::{AreaUnavailable, call_area};
use leptos::prelude::*;

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(sample, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn draw_sample(seed: u64, owner: String, clock: LocalClock) -> Result<Sample, AreaUnavailable> {
    Ok(sample(seed, &owner, &clock))
}

/// The demo sample drawn from `seed`, with `owner` at its top.
pub async fn sample_data(
    seed: u64,
    owner: String,
    clock: LocalClock,
) -> Result<Sample, AreaUnavailable> {
    call_area!(draw_sample(seed, owner, clock))
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(files, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_files))
)]
pub(super) fn write_export(
    contacts: Vec<Contact>,
    format: ExportFormat,
) -> Result<ExportFile, AreaUnavailable> {
    Ok(export_file(&contacts, format))
}

/// The contacts written in `format`.
pub async fn export(
    contacts: Vec<Contact>,
    format: ExportFormat,
) -> Result<ExportFile, AreaUnavailable> {
    call_area!(write_export(contacts, format))
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(files, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn write_access_file(
    person: PersonRecords,
    prefix: String,
    clock: LocalClock,
) -> Result<AccessFile, AreaUnavailable> {
    Ok(access_file_of(&person, &prefix, &clock))
}

/// The person's access file (everything stored about them, as JSON).
pub async fn access_file(
    person: PersonRecords,
    prefix: String,
    clock: LocalClock,
) -> Result<AccessFile, AreaUnavailable> {
    call_area!(write_access_file(person, prefix, clock))
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(files, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn write_calendar(
    words: CalendarWords,
    clock: LocalClock,
) -> Result<CalendarFile, AreaUnavailable> {
    Ok(calendar_file(&*store(), &words, &clock))
}

/// The calendar file of the follow-ups and reminders, as stored now.
pub async fn calendar(
    words: CalendarWords,
    clock: LocalClock,
) -> Result<CalendarFile, AreaUnavailable> {
    call_area!(write_calendar(words, clock))
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(files, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn files_export_form(
    directory: Memo<ContactDirectory>,
    matches: Memo<Vec<usize>>,
) -> Result<AnyView, AreaUnavailable> {
    Ok(crate::ui::contact_export_form::export_form(
        directory, matches,
    ))
}

/// The export form; `matches` are the directory rows the list shows now.
pub async fn export_form(
    directory: Memo<ContactDirectory>,
    matches: Memo<Vec<usize>>,
) -> Result<AnyView, AreaUnavailable> {
    call_area!(files_export_form(directory, matches))
}

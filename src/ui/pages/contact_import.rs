//! Importing contacts: a vCard or CSV file, or contacts picked on the phone. Nothing is
//! written until the user has seen the preview and pressed import; then everything is
//! written in one transaction, and the import can be undone.

use crate::app::contact_import;
use crate::app::open_store::store;
use crate::domain::contacts::draft::{ContactDraft, split_tags};
use crate::domain::contacts::import_plan::{BatchChoice, DuplicateChoice};
use crate::io::contact_file::{ContactFile, FileProblem, Format, ReadOptions};
use crate::ui::app_state::{AppState, app_state, tr};
use crate::ui::clock::local_clock;
use crate::ui::command::{offer_undo, run};
use crate::ui::import::browser_file::{BrowserCharsets, can_pick_contacts, pick_contacts};
use crate::ui::import::csv_layout::CsvLayoutForm;
use crate::ui::import::file_choice::{ChosenFile, FileChoice, ImportRefused};
use crate::ui::import::import_choices::{ImportChoices, ImportChoicesCard};
use crate::ui::import::{import_messages, preview::preview};
use crate::ui::messages::Msg;
use crate::ui::spawn::spawn;
use leptos::prelude::*;
use std::sync::Arc;

/// What the user gave to import.
#[derive(Clone, Debug, PartialEq)]
enum Source {
    File(ChosenFile),
    Picked(Arc<Vec<ContactDraft>>),
}

/// The source read into rows, or why it cannot be imported (`None`: the browser could
/// not read the file at all).
#[derive(Clone, Debug, PartialEq)]
struct Reading {
    name: String,
    /// `None` for picked contacts.
    format: Option<Format>,
    result: Result<ContactFile, Option<FileProblem>>,
}

fn read_source(source: &Source, options: &ReadOptions) -> Reading {
    let (name, result) = match source {
        Source::Picked(drafts) => (String::new(), Ok(contact_import::picked(drafts))),
        Source::File(ChosenFile::Read { name, bytes }) => (
            name.clone(),
            contact_import::read(bytes, options, &BrowserCharsets).map_err(Some),
        ),
        Source::File(ChosenFile::TooLarge { name, bytes }) => (
            name.clone(),
            Err(Some(FileProblem::TooLarge { bytes: *bytes })),
        ),
        Source::File(ChosenFile::Unreadable { name }) => (name.clone(), Err(None)),
    };
    let format = match source {
        Source::File(_) => result.as_ref().ok().map(|f| f.format),
        Source::Picked(_) => None,
    };
    Reading {
        name,
        format,
        result,
    }
}

fn refusal(state: AppState, reading: &Reading) -> Option<String> {
    Some(match reading.result.as_ref().err()? {
        Some(problem) => import_messages::file_problem(state, &reading.name, problem),
        None => state.t_with(Msg::FileUnreadable, &[&reading.name]),
    })
}

#[component]
pub fn ContactImportPage() -> impl IntoView {
    let state = app_state();
    let source = RwSignal::new(None::<Source>);
    let options = RwSignal::new(ReadOptions::default());
    let choices = ImportChoices::default();
    let busy = RwSignal::new(false);
    let result = RwSignal::new(None::<(String, bool)>);

    let reading = Memo::new(move |_| {
        source.with(|s| s.as_ref().map(|s| options.with(|o| read_source(s, o))))
    });
    let plan = Memo::new(move |_| {
        state.revision.track();
        let batch = BatchChoice {
            roles: choices.roles.get(),
            tags: split_tags(&choices.tags.get()),
            source: reading.with(|r| r.as_ref().map(|r| r.name.clone()).unwrap_or_default()),
        };
        reading.with(|r| {
            let file = r.as_ref()?.result.as_ref().ok()?;
            let clock = local_clock();
            Some(contact_import::plan(
                &*store(),
                file,
                &batch,
                state.calling_code(),
                &clock,
            ))
        })
    });

    let choose = move |source_now: Source| {
        result.set(None);
        options.set(ReadOptions::default());
        source.set(Some(source_now));
    };
    let on_pick = move |_| {
        spawn(async move {
            if let Ok(drafts) = pick_contacts().await
                && !drafts.is_empty()
            {
                choose(Source::Picked(Arc::new(drafts)));
            }
        });
    };
    let import = move || {
        let Some(plan) = plan.get_untracked() else {
            return;
        };
        let duplicates = choices.duplicates.get_untracked();
        let duplicates_added =
            duplicates == DuplicateChoice::AddAsNew && plan.counts().duplicates > 0;
        busy.set(true);
        spawn(async move {
            let (clock, store) = (local_clock(), store());
            let writing = contact_import::write(&*store, &plan, duplicates, &clock);
            if let Some(imported) = run(state, writing).await {
                let lang = state.lang.get_untracked();
                let count = |n: usize| lang.format_integer(n as i64);
                let summary = state.t_with(
                    Msg::ImportResult,
                    &[&count(imported.added), &count(imported.updated)],
                );
                offer_undo(state, Msg::ContactsImported, summary.clone(), imported.undo);
                result.set(Some((summary, duplicates_added)));
                source.set(None);
            }
            busy.set(false);
        });
    };

    let layout = move || {
        reading.with(|r| {
            let layout = r.as_ref()?.result.as_ref().ok()?.layout.clone()?;
            Some(view! { <CsvLayoutForm layout=layout options=options/> })
        })
    };
    let shown_preview = move || {
        plan.with(|plan| {
            let plan = plan.as_ref()?;
            reading.with(|r| {
                let r = r.as_ref()?;
                let file = r.result.as_ref().ok()?;
                let unreadable: Vec<_> = file
                    .rows
                    .iter()
                    .filter_map(|row| Some((row.line, row.problem.clone()?)))
                    .collect();
                Some(preview(state, r.format, plan, &unreadable, &file.leftovers))
            })
        })
    };

    view! {
        <p class="back"><a href="/contacts">{tr(Msg::BackToContacts)}</a></p>
        <h1>{tr(Msg::ImportTitle)}</h1>
        <p class="muted">{tr(Msg::ImportIntro)}</p>
        <div class="card form">
            <FileChoice id="import-file"
                accept=".vcf,.vcard,.csv,.txt,.tsv,text/vcard,text/x-vcard,text/csv"
                chosen=move |file| choose(Source::File(file))/>
            {can_pick_contacts().then(|| view! {
                <div class="actions">
                    <button class="button" data-testid="pick-contacts" on:click=on_pick>{tr(Msg::ImportPickContacts)}</button>
                </div>
            })}
        </div>
        {move || reading.with(|r| r.as_ref().and_then(|r| refusal(state, r)))
            .map(|message| view! { <ImportRefused message=message/> })}
        {move || result.get().map(|(summary, duplicates_written)| view! {
            <p class="notice" role="status" data-testid="import-result">
                {state.t_with(Msg::ContactsImported, &[&summary])} " "
                {duplicates_written.then(|| view! { <a href="/contacts/duplicates">{tr(Msg::ReviewDuplicates)}</a> " " })}
                <a href="/contacts">{tr(Msg::BackToContacts)}</a>
            </p>
        })}
        {layout}
        {shown_preview}
        {move || plan.with(Option::is_some).then(|| view! {
            <ImportChoicesCard choices=choices plan=plan busy=busy import=import/>
        })}
    }
}

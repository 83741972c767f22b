//! Importing contacts: a vCard or CSV file, or contacts picked on the phone. Nothing is
//! written until the user has seen the preview and pressed import; then everything is
//! written in one transaction, and the import can be undone.

use crate::app::contact_import;
use crate::app::open_store::store;
use crate::domain::contacts::draft::split_tags;
use crate::domain::contacts::import_plan::{BatchChoice, DuplicateChoice};
use crate::io::contact_file::ReadOptions;
use crate::ui::app_state::{app_state, tr};
use crate::ui::clock::local_clock;
use crate::ui::command::{offer_undo, run};
use crate::ui::import::contact_import_preview::{ContactImportPreview, ContactsImportedNotice};
use crate::ui::import::contact_source::{Source, SourceChoice, read_source, refusal};
use crate::ui::import::csv_layout::CsvLayoutForm;
use crate::ui::import::file_choice::ImportRefused;
use crate::ui::import::import_choices::{ImportChoices, ImportChoicesCard};
use crate::ui::messages::Msg;
use crate::ui::spawn::spawn;
use leptos::prelude::*;

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
    view! {
        <p class="back"><a href="/contacts">{tr(Msg::BackToContacts)}</a></p>
        <h1>{tr(Msg::ImportTitle)}</h1>
        <p class="muted">{tr(Msg::ImportIntro)}</p>
        <SourceChoice chosen=choose/>
        {move || reading.with(|r| r.as_ref().and_then(|r| refusal(state, r)))
            .map(|message| view! { <ImportRefused message=message/> })}
        {move || result.get().map(|(summary, duplicates_written)| view! {
            <ContactsImportedNotice summary=summary duplicates_written=duplicates_written/>
        })}
        {layout}
        <ContactImportPreview reading=reading plan=plan/>
        {move || plan.with(Option::is_some).then(|| view! {
            <ImportChoicesCard choices=choices plan=plan busy=busy import=import/>
        })}
    }
}

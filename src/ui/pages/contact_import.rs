//! Importing contacts: a vCard or CSV file, or contacts picked on the phone. Nothing is
//! written until the user has seen the preview and pressed import; then everything is
//! written in one transaction, and the import can be undone.

use crate::app::contact_import::{self, PlannedImport};
use crate::app::open_store::store;
use crate::domain::contacts::draft::split_tags;
use crate::domain::contacts::import_plan::{BatchChoice, DuplicateChoice};
use crate::domain::pace::Progress;
use crate::io::contact_file::ReadOptions;
use crate::ui::app_state::{app_state, tr};
use crate::ui::clock::local_clock;
use crate::ui::command::{offer_undo, run};
use crate::ui::import::contact_import_preview::{ContactImportPreview, ContactsImportedNotice};
use crate::ui::import::contact_source::{Reading, Source, SourceChoice, read_source, refusal};
use crate::ui::import::csv_layout::CsvLayoutForm;
use crate::ui::import::file_choice::ImportRefused;
use crate::ui::import::import_choices::{ImportChoices, ImportChoicesCard};
use crate::ui::latest_work::LatestWork;
use crate::ui::messages::Msg;
use crate::ui::page_pace::{PagePace, next_turn};
use crate::ui::spawn::spawn;
use crate::ui::work_progress::WorkProgress;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn ContactImportPage() -> impl IntoView {
    let state = app_state();
    let source = RwSignal::new(None::<Source>);
    let options = RwSignal::new(ReadOptions::default());
    let choices = ImportChoices::default();
    let busy = RwSignal::new(false);
    let result = RwSignal::new(None::<(String, bool)>);

    let reading = RwSignal::new(None::<Arc<Reading>>);
    let plan = RwSignal::new(None::<PlannedImport>);
    let progress = RwSignal::new(None::<Progress>);
    let planning = RwSignal::new(false);
    let (read_work, plan_work) = (LatestWork::new(), LatestWork::new());

    // A big file takes a while to read and to check against every stored contact: the
    // page shows how far it is, and the plan on screen stays until the new one is ready.
    Effect::new(move |_| {
        let now = source.get().map(|s| (s, options.get()));
        let Some((source, options)) = now else {
            read_work.stop();
            reading.set(None);
            return;
        };
        read_work.start(async move {
            let read = read_source(&source, &options, &mut PagePace::new(progress)).await;
            progress.set(None);
            reading.set(Some(Arc::new(read)));
        });
    });
    Effect::new(move |_| {
        state.revision.track();
        let batch = BatchChoice {
            roles: choices.roles.get(),
            tags: split_tags(&choices.tags.get()),
            source: reading.with(|r| r.as_ref().map(|r| r.name.clone()).unwrap_or_default()),
        };
        let Some(read) = reading.get().filter(|r| r.result.is_ok()) else {
            plan_work.stop();
            plan.set(None);
            return;
        };
        planning.set(true);
        plan_work.start(async move {
            let clock = local_clock();
            let mut pace = PagePace::new(progress);
            let calling_code = state.calling_code();
            let Ok(file) = &read.result else {
                return;
            };
            let planned =
                contact_import::plan(&*store(), file, &batch, calling_code, &clock, &mut pace)
                    .await;
            progress.set(None);
            planning.set(false);
            plan.set(Some(planned));
        });
    });

    let choose = move |source_now: Source| {
        result.set(None);
        reading.set(None);
        options.set(ReadOptions::default());
        source.set(Some(source_now));
    };
    let import = move || {
        if planning.get_untracked() {
            return;
        }
        let Some(planned) = plan.try_update_untracked(Option::take).flatten() else {
            return;
        };
        let duplicates = choices.duplicates.get_untracked();
        let duplicates_added =
            duplicates == DuplicateChoice::AddAsNew && planned.plan.counts().duplicates > 0;
        plan.set(None);
        busy.set(true);
        // The preview goes before the write starts: the file's rows and the plan are
        // each as big as the contacts written, and the write needs room for those twice
        // over (what it writes, and what undo puts back). Should the write fail, the
        // file is read and planned again. Each step gets a task of its own, because
        // freeing 10,000 rows, taking out what is written and writing it would together
        // hold the page for longer than a tap may wait.
        spawn(async move {
            next_turn().await;
            reading.set(None);
            next_turn().await;
            let writes = contact_import::to_write(&planned.plan, duplicates);
            drop(planned);
            next_turn().await;
            let (clock, store) = (local_clock(), store());
            let writing = contact_import::write(&*store, writes, &clock);
            match run(state, writing).await {
                Some(imported) => {
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
                None => source.update(|_| ()),
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
        <WorkProgress progress=progress/>
        {move || busy.get().then(|| view! {
            <p class="notice" role="status" data-testid="import-busy">{tr(Msg::ImportBusy)}</p>
        })}
        <ContactImportPreview reading=reading plan=plan/>
        {move || plan.with(Option::is_some).then(|| view! {
            <ImportChoicesCard choices=choices plan=plan busy=busy planning=planning import=import/>
        })}
    }
}

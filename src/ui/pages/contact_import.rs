//! Importing contacts: a vCard or CSV file, or contacts picked on the phone. Nothing is
//! written until the user has seen the preview and pressed import; then everything is
//! written in one transaction, and the import can be undone.

use crate::domain::contacts::contact::{Contact, Role};
use crate::domain::contacts::draft::{ContactDraft, split_tags};
use crate::domain::contacts::import_plan::{BatchChoice, DuplicateChoice, ImportPlan, plan_import};
use crate::domain::dataset::DataSet;
use crate::io::contact_file::{
    ContactFile, FileProblem, Format, ImportRow, ReadOptions, read_contact_file,
};
use crate::io::file_limits::MAX_FILE_BYTES;
use crate::store::write_batch::WriteBatch;
use crate::ui::app_state::{app_state, tr};
use crate::ui::i18n::{Counted, Msg};
use crate::ui::import::browser_file::{
    BrowserCharsets, can_pick_contacts, chosen_file, file_bytes, pick_contacts,
};
use crate::ui::import::csv_layout::CsvLayoutForm;
use crate::ui::import::{preview::preview, texts};
use crate::ui::role_choices::RoleChoices;
use crate::ui::spawn::spawn;
use crate::ui::store_handle::store;
use crate::ui::writes::{offer_undo, save};
use chrono::Utc;
use leptos::prelude::*;
use std::sync::Arc;

const DUPLICATE_CHOICES: [(DuplicateChoice, Msg, &str); 3] = [
    (
        DuplicateChoice::Skip,
        Msg::DuplicatesSkip,
        "duplicates-skip",
    ),
    (
        DuplicateChoice::Join,
        Msg::DuplicatesJoin,
        "duplicates-join",
    ),
    (
        DuplicateChoice::AddAsNew,
        Msg::DuplicatesAdd,
        "duplicates-add",
    ),
];

/// What the user gave to import.
#[derive(Clone, Debug, PartialEq)]
enum Source {
    File { name: String, bytes: Arc<Vec<u8>> },
    TooLarge { name: String, bytes: usize },
    Unreadable { name: String },
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
    match source {
        Source::File { name, bytes } => {
            let result = read_contact_file(bytes, options, &BrowserCharsets).map_err(Some);
            Reading {
                name: name.clone(),
                format: result.as_ref().ok().map(|f| f.format),
                result,
            }
        }
        Source::TooLarge { name, bytes } => Reading {
            name: name.clone(),
            format: None,
            result: Err(Some(FileProblem::TooLarge { bytes: *bytes })),
        },
        Source::Unreadable { name } => Reading {
            name: name.clone(),
            format: None,
            result: Err(None),
        },
        Source::Picked(drafts) => Reading {
            name: String::new(),
            format: None,
            result: Ok(ContactFile {
                format: Format::Vcard,
                rows: drafts
                    .iter()
                    .enumerate()
                    .map(|(i, draft)| ImportRow {
                        line: i + 1,
                        uid: None,
                        draft: draft.clone(),
                        problem: None,
                    })
                    .collect(),
                layout: None,
                leftovers: Vec::new(),
            }),
        },
    }
}

#[component]
pub fn ContactImportPage() -> impl IntoView {
    let state = app_state();
    let source = RwSignal::new(None::<Source>);
    let options = RwSignal::new(ReadOptions::default());
    let roles = RwSignal::new(Vec::<Role>::new());
    let tags = RwSignal::new(String::new());
    let duplicates = RwSignal::new(DuplicateChoice::Skip);
    let busy = RwSignal::new(false);
    let reading_file = RwSignal::new(false);
    let result = RwSignal::new(None::<(String, bool)>);

    let reading = Memo::new(move |_| {
        source.with(|s| s.as_ref().map(|s| options.with(|o| read_source(s, o))))
    });
    let plan = Memo::new(move |_| {
        state.revision.track();
        let batch = BatchChoice {
            roles: roles.get(),
            tags: split_tags(&tags.get()),
            source: reading.with(|r| r.as_ref().map(|r| r.name.clone()).unwrap_or_default()),
        };
        reading.with(|r| {
            let file = r.as_ref()?.result.as_ref().ok()?;
            let rows = file
                .rows
                .iter()
                .filter(|row| row.problem.is_none())
                .map(ImportRow::incoming);
            Some(store().read(|all| {
                let stored: Vec<&Contact> = all.contacts.iter_including_deleted().collect();
                plan_import(&stored, rows, &batch, state.calling_code(), Utc::now())
            }))
        })
    });

    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = chosen_file(&ev) else {
            return;
        };
        result.set(None);
        options.set(ReadOptions::default());
        let name = file.name();
        let size = file.size() as usize;
        if size > MAX_FILE_BYTES {
            source.set(Some(Source::TooLarge { name, bytes: size }));
            return;
        }
        reading_file.set(true);
        spawn(async move {
            let chosen = match file_bytes(&file).await {
                Ok(bytes) => Source::File {
                    name,
                    bytes: Arc::new(bytes),
                },
                Err(_) => Source::Unreadable { name },
            };
            // Reading a big file takes a moment: let the page say so before it starts.
            gloo_timers::future::TimeoutFuture::new(50).await;
            source.set(Some(chosen));
            reading_file.set(false);
        });
    };
    let on_pick = move |_| {
        spawn(async move {
            if let Ok(drafts) = pick_contacts().await
                && !drafts.is_empty()
            {
                result.set(None);
                source.set(Some(Source::Picked(Arc::new(drafts))));
            }
        });
    };

    let run_import = move |_| {
        let Some(plan) = plan.get_untracked() else {
            return;
        };
        let choice = duplicates.get_untracked();
        let duplicates_added = choice == DuplicateChoice::AddAsNew && plan.counts().duplicates > 0;
        import(state, &plan, choice, busy, move |summary| {
            result.set(Some((summary, duplicates_added)));
            source.set(None);
        });
    };

    let refusal = move || {
        reading.with(|r| {
            let r = r.as_ref()?;
            let problem = r.result.as_ref().err()?;
            let text = match problem {
                Some(problem) => texts::file_problem(state, &r.name, problem),
                None => state.t_with(Msg::FileUnreadable, &[&r.name]),
            };
            Some(view! {
                <div class="notice notice--error" role="alert" data-testid="import-refused">
                    <span>{text} " " {tr(Msg::NothingChanged)}</span>
                </div>
            })
        })
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
    let to_write = move || {
        plan.with(|p| {
            p.as_ref()
                .map_or(0, |p| p.contacts_to_write(duplicates.get()).len())
        })
    };
    let has_plan = move || plan.with(Option::is_some);

    view! {
        <p class="back"><a href="/contacts">{tr(Msg::BackToContacts)}</a></p>
        <h1>{tr(Msg::ImportTitle)}</h1>
        <p class="muted">{tr(Msg::ImportIntro)}</p>
        <div class="card form">
            <label for="import-file">{tr(Msg::ImportChooseFile)}</label>
            <input type="file" id="import-file" data-testid="import-file"
                accept=".vcf,.vcard,.csv,.txt,.tsv,text/vcard,text/x-vcard,text/csv"
                on:change=on_file/>
            {can_pick_contacts().then(|| view! {
                <div class="actions">
                    <button class="button" data-testid="pick-contacts" on:click=on_pick>{tr(Msg::ImportPickContacts)}</button>
                </div>
            })}
        </div>
        {move || reading_file.get().then(|| view! { <p class="notice" role="status">{tr(Msg::ImportReading)}</p> })}
        {refusal}
        {move || result.get().map(|(summary, duplicates_written)| view! {
            <p class="notice" role="status" data-testid="import-result">
                {state.t_with(Msg::ContactsImported, &[&summary])} " "
                {duplicates_written.then(|| view! { <a href="/contacts/duplicates">{tr(Msg::ReviewDuplicates)}</a> " " })}
                <a href="/contacts">{tr(Msg::BackToContacts)}</a>
            </p>
        })}
        {layout}
        {shown_preview}
        {move || has_plan().then(|| view! {
            <section class="card form">
                <h2>{tr(Msg::ImportForAll)}</h2>
                <fieldset>
                    <legend>{tr(Msg::RolesLegend)}</legend>
                    <RoleChoices name="import-role"
                        chosen=move |role| roles.with(|r| r.contains(&role))
                        choose=move |role, on| roles.update(|r| {
                            r.retain(|x| *x != role);
                            if on { r.push(role); }
                        })/>
                </fieldset>
                <label for="import-tags">{tr(Msg::TagsHint)}</label>
                <input id="import-tags" type="text" prop:value=move || tags.get()
                    on:change=move |ev| tags.set(event_target_value(&ev))/>
                {move || plan.with(|p| p.as_ref().is_some_and(|p| p.counts().duplicates > 0)).then(|| view! {
                    <fieldset>
                        <legend>{tr(Msg::ImportDuplicates)}</legend>
                        <div class="choices">
                            {DUPLICATE_CHOICES.into_iter().map(|(choice, msg, id)| view! {
                                <label class="choice">
                                    <input type="radio" name="import-duplicates" data-testid=id
                                        prop:checked=move || duplicates.get() == choice
                                        on:change=move |_| duplicates.set(choice)/>
                                    <span>{tr(msg)}</span>
                                </label>
                            }).collect_view()}
                        </div>
                    </fieldset>
                })}
                <div class="actions">
                    <button class="button button--primary" data-testid="run-import"
                        disabled=move || busy.get() || to_write() == 0
                        on:click=run_import>
                        {move || if busy.get() {
                            state.t(Msg::ImportBusy).to_owned()
                        } else if to_write() == 0 {
                            state.t(Msg::ImportNothing).to_owned()
                        } else {
                            state.count(Counted::ImportContacts, to_write())
                        }}
                    </button>
                </div>
            </section>
        })}
    }
}

/// Writes what the plan holds in one transaction and offers to undo it; `done` gets the
/// summary ("3 neu, 1 aktualisiert").
fn import(
    state: crate::ui::app_state::AppState,
    plan: &ImportPlan,
    duplicates: DuplicateChoice,
    busy: RwSignal<bool>,
    done: impl FnOnce(String) + 'static,
) {
    let contacts = plan.contacts_to_write(duplicates);
    if contacts.is_empty() {
        return;
    }
    let now = Utc::now();
    let restore: Vec<Contact> = store().read(|all| {
        contacts
            .iter()
            .map(|c| {
                all.contacts.get(&c.meta.id).cloned().unwrap_or_else(|| {
                    let mut gone = c.clone();
                    gone.meta.mark_deleted(now);
                    gone
                })
            })
            .collect()
    });
    let updated = restore.iter().filter(|c| !c.meta.is_deleted()).count();
    let added = contacts.len() - updated;
    let ids: Vec<_> = contacts.iter().map(|c| c.meta.id).collect();
    let mut batch = WriteBatch::new();
    for contact in contacts {
        batch.put(contact);
    }
    busy.set(true);
    spawn(async move {
        if save(state, batch, &ids).await {
            let lang = state.lang.get_untracked();
            let summary = state.t_with(
                Msg::ImportResult,
                &[
                    &lang.format_integer(added as i64),
                    &lang.format_integer(updated as i64),
                ],
            );
            offer_undo(
                state,
                Msg::ContactsImported,
                summary.clone(),
                DataSet {
                    contacts: restore,
                    ..DataSet::default()
                },
            );
            done(summary);
        }
        busy.set(false);
    });
}

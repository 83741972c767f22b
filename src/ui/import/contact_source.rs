//! What the user gave to import (a file, or contacts picked on the phone) read into rows,
//! or the reason it cannot be imported, in the user's language.

use crate::app::contact_import;
use crate::domain::contacts::draft::ContactDraft;
use crate::domain::pace::Pace;
use crate::io::contact_file::{ContactFile, FileProblem, Format, ReadOptions};
use crate::ui::app_state::{AppState, tr};
use crate::ui::import::browser_file::{BrowserCharsets, can_pick_contacts, pick_contacts};
use crate::ui::import::file_choice::{ChosenFile, FileChoice};
use crate::ui::import::import_messages;
use crate::ui::messages::Msg;
use crate::ui::spawn::spawn;
use leptos::prelude::*;
use std::sync::Arc;

/// What the user gave to import.
#[derive(Clone, Debug, PartialEq)]
pub enum Source {
    File(ChosenFile),
    Picked(Arc<Vec<ContactDraft>>),
}

/// The source read into rows, or why it cannot be imported (`None`: the browser could
/// not read the file at all).
#[derive(Clone, Debug, PartialEq)]
pub struct Reading {
    pub name: String,
    /// `None` for picked contacts.
    pub format: Option<Format>,
    pub result: Result<ContactFile, Option<FileProblem>>,
}

/// Reads the source, telling `pace` after each card or row.
pub async fn read_source(source: &Source, options: &ReadOptions, pace: &mut impl Pace) -> Reading {
    let (name, result) = match source {
        Source::Picked(drafts) => (String::new(), Ok(contact_import::picked(drafts))),
        Source::File(ChosenFile::Read { name, bytes }) => (
            name.clone(),
            contact_import::read(bytes, options, &BrowserCharsets, pace)
                .await
                .map_err(Some),
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

pub fn refusal(state: AppState, reading: &Reading) -> Option<String> {
    Some(match reading.result.as_ref().err()? {
        Some(problem) => import_messages::file_problem(state, &reading.name, problem),
        None => state.t_with(Msg::FileUnreadable, &[&reading.name]),
    })
}

/// A contact file to choose, and on phones that allow it, contacts to pick.
#[component]
pub fn SourceChoice(chosen: impl Fn(Source) + Copy + Send + Sync + 'static) -> impl IntoView {
    let on_pick = move |_| {
        spawn(async move {
            if let Ok(drafts) = pick_contacts().await
                && !drafts.is_empty()
            {
                chosen(Source::Picked(Arc::new(drafts)));
            }
        });
    };
    view! {
        <div class="card form">
            <FileChoice id="import-file"
                accept=".vcf,.vcard,.csv,.txt,.tsv,text/vcard,text/x-vcard,text/csv"
                chosen=move |file| chosen(Source::File(file))/>
            {can_pick_contacts().then(|| view! {
                <div class="actions">
                    <button class="button" data-testid="pick-contacts" on:click=on_pick>{tr(Msg::ImportPickContacts)}</button>
                </div>
            })}
        </div>
    }
}

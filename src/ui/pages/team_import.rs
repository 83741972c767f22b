//! Importing the team list from the company's back office: the columns as recognised
//! (and changeable), every problem with its line, and nothing written until the whole
//! list is valid or the rep chooses to take only the valid lines.

use crate::app::open_store::store;
use crate::app::team_list;
use crate::io::csv_table::CsvError;
use crate::io::team_csv::{TeamColumn, TeamFile};
use crate::ui::app_state::{AppState, app_state, tr};
use crate::ui::clock::local_clock;
use crate::ui::command::{offer_undo, run};
use crate::ui::import::file_choice::{ChosenFile, FileChoice, ImportRefused};
use crate::ui::messages::Msg;
use crate::ui::navigation::navigate;
use crate::ui::spawn::spawn;
use crate::ui::team::column_mapping::ColumnMapping;
use crate::ui::team::team_data::root_member;
use crate::ui::team::team_list_preview::TeamListPreviewCard;
use leptos::prelude::*;
use std::collections::HashSet;

/// The chosen file read as a team list, or why it is refused, in the rep's words.
fn read(
    state: AppState,
    chosen: &ChosenFile,
    columns: Option<Vec<TeamColumn>>,
) -> Result<TeamFile, String> {
    match chosen {
        ChosenFile::Read { name, bytes } => team_list::read(bytes, columns).map_err(|e| match e {
            CsvError::Empty => state.t_with(Msg::FileEmpty, &[name]),
            CsvError::Unreadable { line } => {
                state.t_with(Msg::FileCsvUnreadable, &[name, &line.to_string()])
            }
        }),
        ChosenFile::TooLarge { name, bytes } => {
            let megabytes = bytes.div_ceil(1024 * 1024);
            Err(state.t_with(Msg::TeamFileTooLarge, &[name, &megabytes.to_string()]))
        }
        ChosenFile::Unreadable { name } => Err(state.t_with(Msg::FileUnreadable, &[name])),
    }
}

#[component]
pub fn TeamImportPage() -> impl IntoView {
    let state = app_state();
    let root = root_member(state);
    let rep_number = RwSignal::new(team_list::rep_number(&*store(), root));
    let chosen = RwSignal::new(None::<ChosenFile>);
    let columns = RwSignal::new(None::<Vec<TeamColumn>>);
    let busy = RwSignal::new(false);

    let file =
        Memo::new(move |_| chosen.with(|c| c.as_ref().map(|c| read(state, c, columns.get()))));
    let preview = Memo::new(move |_| {
        state.revision.track();
        let number = rep_number.get();
        file.with(|f| {
            let file = f.as_ref()?.as_ref().ok()?;
            Some(team_list::preview(
                &*store(),
                file,
                &number,
                root,
                &local_clock(),
            ))
        })
    });

    let import = move |only_valid: bool| {
        let (Some(shown), Some(Ok(file))) = (preview.get_untracked(), file.get_untracked()) else {
            return;
        };
        let lines: HashSet<usize> = if only_valid {
            shown.check.importable_lines.iter().copied().collect()
        } else {
            file.rows.iter().map(|r| r.member.line).collect()
        };
        let number = rep_number.get_untracked();
        busy.set(true);
        spawn(async move {
            let (clock, store) = (local_clock(), store());
            let writing = team_list::write(&*store, &file, &lines, &number, root, &clock);
            if let Some(imported) = run(state, writing).await {
                let lang = state.lang.get_untracked();
                let count = |n: usize| lang.format_integer(n as i64);
                let summary = state.t_with(
                    Msg::TeamImportResult,
                    &[&count(imported.added), &count(imported.updated)],
                );
                offer_undo(state, Msg::TeamImported, summary, imported.undo);
                navigate("/team");
            }
            busy.set(false);
        });
    };

    view! {
        <p class="back"><a href="/team">{tr(Msg::BackToTeam)}</a></p>
        <h1>{tr(Msg::ImportTeam)}</h1>
        <section class="card form">
            <p>{tr(Msg::TeamImportIntro)}</p>
            <label for="rep-number">{tr(Msg::RepNumber)}</label>
            <input id="rep-number" autocomplete="off" aria-describedby="rep-number-hint"
                prop:value=move || rep_number.get() on:input=move |ev| rep_number.set(event_target_value(&ev))/>
            <p class="muted" id="rep-number-hint">{tr(Msg::RepNumberHint)}</p>
            <FileChoice id="team-file" accept=".csv,text/csv,text/plain" chosen=move |file| {
                columns.set(None);
                chosen.set(Some(file));
            }/>
        </section>
        {move || file.get().map(|read| match read {
            Err(message) => view! { <ImportRefused message=message/> }.into_any(),
            Ok(file) => view! { <ColumnMapping headers=file.headers current=file.columns columns=columns/> }.into_any(),
        })}
        {move || preview.get().map(|preview| view! {
            <TeamListPreviewCard preview=preview busy=busy import=import/>
        })}
    }
}

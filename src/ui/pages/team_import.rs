//! Importing the team list from the company's back office: the columns as recognised
//! (and changeable), every problem with its line, and nothing written until the whole
//! list is valid or the rep chooses to take only the valid lines.

use crate::domain::dataset::DataSet;
use crate::domain::team::list_import::{StoredTeam, TeamCheck, check_team_rows, plan_team_import};
use crate::domain::team::member::Member;
use crate::domain::team::volume::Volume;
use crate::io::csv_table::{CsvError, CsvOptions, read_table};
use crate::io::file_limits::MAX_FILE_BYTES;
use crate::io::team_csv::{TeamColumn, TeamFile, read_team_file, recognise};
use crate::store::write_batch::WriteBatch;
use crate::ui::app_state::{app_state, tr};
use crate::ui::clock::local_clock;
use crate::ui::i18n::{Counted, Msg};
use crate::ui::import::browser_file::{chosen_file, file_bytes};
use crate::ui::router::navigate;
use crate::ui::spawn::spawn;
use crate::ui::store_handle::store;
use crate::ui::team::team_data::root_member;
use crate::ui::team::texts::{cell_problem, month, tree_problem};
use crate::ui::writes::{offer_undo, restore_point, save};
use chrono::Utc;
use leptos::prelude::*;
use std::collections::HashSet;
use std::sync::Arc;

const COLUMN_KINDS: [TeamColumn; 9] = [
    TeamColumn::Ignore,
    TeamColumn::MemberId,
    TeamColumn::Name,
    TeamColumn::GivenName,
    TeamColumn::FamilyName,
    TeamColumn::SponsorId,
    TeamColumn::PlacementId,
    TeamColumn::Leg,
    TeamColumn::Joined,
];

fn column_label(state: crate::ui::app_state::AppState, column: TeamColumn) -> String {
    let msg = match column {
        TeamColumn::Ignore => Msg::TargetIgnore,
        TeamColumn::MemberId => Msg::ColMemberId,
        TeamColumn::Name => Msg::ColName,
        TeamColumn::GivenName => Msg::GivenName,
        TeamColumn::FamilyName => Msg::FamilyName,
        TeamColumn::SponsorId => Msg::ColSponsor,
        TeamColumn::PlacementId => Msg::ColPlacement,
        TeamColumn::Leg => Msg::ColLeg,
        TeamColumn::Joined => Msg::ColJoined,
        TeamColumn::Personal(period) => {
            return state.t_with(Msg::ColPv, &[&month(state.lang.get(), period)]);
        }
    };
    state.t(msg).to_owned()
}

/// Runs `run` against the stored team, with the rep's number as typed.
fn with_team<R>(rep_number: &str, root: uuid::Uuid, run: impl FnOnce(&StoredTeam) -> R) -> R {
    store().read(|all| {
        let members: Vec<&Member> = all.members.iter().collect();
        let volumes: Vec<&Volume> = all.volumes.iter().collect();
        let names = members
            .iter()
            .filter_map(|m| Some((m.meta.id, all.contacts.get(&m.contact_id)?.display_name())))
            .collect();
        run(&StoredTeam {
            members: &members,
            volumes: &volumes,
            names: &names,
            root,
            rep_number: Some(rep_number.trim()).filter(|n| !n.is_empty()),
        })
    })
}

#[derive(Clone)]
struct ChosenFile {
    name: String,
    bytes: Arc<Vec<u8>>,
    headers: Vec<String>,
}

#[component]
pub fn TeamImportPage() -> impl IntoView {
    let state = app_state();
    let root = root_member(state);
    let rep_number = RwSignal::new(
        store()
            .get::<Member>(root)
            .and_then(|m| m.external_id)
            .unwrap_or_default(),
    );
    let file = RwSignal::new(None::<ChosenFile>);
    let refused = RwSignal::new(None::<String>);
    let columns = RwSignal::new(None::<Vec<TeamColumn>>);
    let busy = RwSignal::new(false);

    let read = Memo::new(move |_| {
        file.with(|f| {
            f.as_ref().map(|f| {
                read_team_file(&f.bytes, CsvOptions::default(), columns.get()).map_err(
                    |e| match e {
                        CsvError::Empty => state.t_with(Msg::FileEmpty, &[&f.name]),
                        CsvError::Unreadable { line } => {
                            state.t_with(Msg::FileCsvUnreadable, &[&f.name, &line.to_string()])
                        }
                    },
                )
            })
        })
    });
    let check = Memo::new(move |_| {
        state.revision.track();
        let number = rep_number.get();
        read.with(|r| {
            let team_file: &TeamFile = r.as_ref()?.as_ref().ok()?;
            let wrong: Vec<usize> = team_file.problems.iter().map(|p| p.line).collect();
            let (checked, known, by_name): (TeamCheck, usize, Vec<(usize, uuid::Uuid)>) =
                with_team(&number, root, |team| {
                    (
                        check_team_rows(&team_file.rows, &wrong, team, local_clock().today()),
                        team.known_rows(&team_file.rows),
                        team.matched_by_name(&team_file.rows),
                    )
                });
            let by_name: Vec<(usize, String)> = by_name
                .into_iter()
                .filter_map(|(line, _)| {
                    let row = team_file.rows.iter().find(|r| r.member.line == line)?;
                    Some((line, row.name.clone()))
                })
                .collect();
            Some((checked, known, team_file.rows.len(), by_name))
        })
    });

    let on_file = move |ev: leptos::ev::Event| {
        let Some(chosen) = chosen_file(&ev) else {
            return;
        };
        let name = chosen.name();
        refused.set(None);
        file.set(None);
        columns.set(None);
        if chosen.size() as usize > MAX_FILE_BYTES {
            let megabytes = (chosen.size() as usize).div_ceil(1024 * 1024);
            refused.set(Some(
                state.t_with(Msg::TeamFileTooLarge, &[&name, &megabytes.to_string()]),
            ));
            return;
        }
        spawn(async move {
            match file_bytes(&chosen).await {
                Ok(bytes) => {
                    let headers = read_table(&bytes, CsvOptions::default())
                        .map(|t| t.headers)
                        .unwrap_or_default();
                    file.set(Some(ChosenFile {
                        name,
                        bytes: Arc::new(bytes),
                        headers,
                    }));
                }
                Err(_) => refused.set(Some(state.t_with(Msg::FileUnreadable, &[&name]))),
            }
        });
    };

    let run_import = move |only_valid: bool| {
        let Some((checked, _, _, _)) = check.get_untracked() else {
            return;
        };
        let Some(Ok(team_file)) = read.get_untracked() else {
            return;
        };
        let lines: HashSet<usize> = if only_valid {
            checked.importable_lines.iter().copied().collect()
        } else {
            team_file.rows.iter().map(|r| r.member.line).collect()
        };
        let import = with_team(&rep_number.get_untracked(), root, |team| {
            plan_team_import(
                &team_file.rows,
                &lines,
                team,
                Utc::now(),
                local_clock().today(),
            )
        });
        let summary = state.t_with(
            Msg::TeamImportResult,
            &[
                &state
                    .lang
                    .get_untracked()
                    .format_integer(import.new_members as i64),
                &state
                    .lang
                    .get_untracked()
                    .format_integer(import.updated_members as i64),
            ],
        );
        let writes: DataSet = import.writes;
        let restore = restore_point(&writes);
        let contacts: Vec<uuid::Uuid> = writes.contacts.iter().map(|c| c.meta.id).collect();
        let mut batch = WriteBatch::new();
        batch.put_all(writes);
        busy.set(true);
        spawn(async move {
            if save(state, batch, &contacts).await {
                offer_undo(state, Msg::TeamImported, summary, restore);
                navigate("/team");
            }
            busy.set(false);
        });
    };

    let mapping = move || {
        let f = file.get()?;
        let current = read.with(|r| {
            r.as_ref()
                .and_then(|r| r.as_ref().ok())
                .map(|t| t.columns.clone())
        })?;
        Some(view! {
            <details class="card">
                <summary>{tr(Msg::CsvColumns)}</summary>
                <div class="column-maps">
                    {f.headers.iter().enumerate().map(|(at, header)| {
                        let mut kinds = COLUMN_KINDS.to_vec();
                        if let TeamColumn::Personal(period) = recognise(header) {
                            kinds.push(TeamColumn::Personal(period));
                        }
                        let chosen_now = current.get(at).copied().unwrap_or(TeamColumn::Ignore);
                        let id = format!("team-column-{at}");
                        let options = kinds.clone();
                        let current = current.clone();
                        view! {
                            <div class="column-map">
                                <label for=id.clone()>{header.clone()}</label>
                                <select id=id on:change=move |ev| {
                                    let Some(kind) = crate::ui::labels::chosen(&options, &event_target_value(&ev)) else { return };
                                    let mut all = current.clone();
                                    if let Some(slot) = all.get_mut(at) { *slot = kind; }
                                    columns.set(Some(all));
                                }>
                                    {kinds.into_iter().enumerate().map(|(i, kind)| view! {
                                        <option value=i.to_string() selected=kind == chosen_now>{move || column_label(state, kind)}</option>
                                    }).collect_view()}
                                </select>
                            </div>
                        }
                    }).collect_view()}
                </div>
            </details>
        })
    };

    let preview = move || {
        let result = read.get()?;
        let team_file = match result {
            Err(message) => return Some(view! { <p class="notice notice--error" role="alert" data-testid="team-file-refused">{message}</p> }.into_any()),
            Ok(team_file) => team_file,
        };
        let (checked, known, total, by_name) = check.get()?;
        let lang = state.lang.get();
        let importable = checked.importable_lines.len();
        let mut problems: Vec<(usize, String)> = team_file
            .problems
            .iter()
            .map(|p| (p.line, cell_problem(state, p)))
            .collect();
        problems.extend(checked.problems.iter().map(|p| {
            (
                p.lines().first().copied().unwrap_or(0),
                tree_problem(state, p),
            )
        }));
        crate::domain::ordering::order_by(&mut problems, |(line, _)| *line as i64);
        let under_refused = checked.waiting;
        let all_valid = problems.is_empty();
        Some(view! {
            <section class="card" data-testid="team-preview">
                <p data-testid="team-counts">{state.t_with(Msg::TeamRows, &[
                    &state.count(Counted::Lines, total),
                    &state.count(Counted::NewMembers, total.saturating_sub(known)),
                    &lang.format_integer(known as i64),
                ])}</p>
                {(!by_name.is_empty()).then(|| view! {
                    <ul class="import-list" data-testid="team-matched-by-name">
                        {by_name.iter().map(|(line, name)| view! {
                            <li>{state.t_with(Msg::MatchedByName, &[&line.to_string(), name])}</li>
                        }).collect_view()}
                    </ul>
                })}
                {(!all_valid).then(|| view! {
                    <h2>{tr(Msg::ImportProblems)}</h2>
                    <ul class="import-list" data-testid="team-problems">
                        {problems.into_iter().map(|(_, text)| view! { <li>{text}</li> }).collect_view()}
                    </ul>
                    {(under_refused > 0).then(|| view! {
                        <p class="muted">{state.count(Counted::UnderRefused, under_refused)}</p>
                    })}
                })}
                <div class="actions">
                    <button type="button" class="button button--primary" data-testid="import-all-rows"
                        disabled=move || !all_valid || busy.get() on:click=move |_| run_import(false)>
                        {state.count(Counted::ImportAllRows, total)}
                    </button>
                    {(!all_valid && importable > 0).then(|| view! {
                        <button type="button" class="button" data-testid="import-valid-rows"
                            disabled=move || busy.get() on:click=move |_| run_import(true)>
                            {state.count(Counted::ImportValidRows, importable)}
                        </button>
                    })}
                </div>
                {(!all_valid && importable == 0).then(|| view! { <p class="muted">{tr(Msg::NothingValid)}</p> })}
            </section>
        }.into_any())
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
            <label for="team-file">{tr(Msg::ImportChooseFile)}</label>
            <input id="team-file" type="file" accept=".csv,text/csv,text/plain" data-testid="team-file" on:change=on_file/>
            {move || refused.get().map(|message| view! { <p class="notice notice--error" role="alert" data-testid="team-file-refused">{message}</p> })}
        </section>
        {mapping}
        {preview}
    }
}

//! Importing the team list from the company's back office, through the one import flow
//! ([`crate::app::import`]): the file read column by column, checked against the stored
//! team (every problem with its line), then the chosen lines written with undo.

use crate::app::import::{Counting, Imported, write_import};
use crate::app::storage::Storage;
use crate::domain::locale::local_clock::LocalClock;
use crate::domain::team::list_check::TreeProblem;
use crate::domain::team::list_import::{StoredTeam, TeamCheck, check_team_rows, plan_team_import};
use crate::domain::team::member::Member;
use crate::domain::team::volume::Volume;
use crate::io::csv_table::{CsvError, CsvOptions};
use crate::io::team_csv::{CellProblem, TeamColumn, TeamFile, read_team_file};
use crate::store::collection::Collections;
use crate::store::error::StoreError;
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

/// Reads a team list; `columns` replaces the recognised columns, as the rep chose them.
pub fn read(bytes: &[u8], columns: Option<Vec<TeamColumn>>) -> Result<TeamFile, CsvError> {
    read_team_file(bytes, CsvOptions::default(), columns)
}

/// The back-office number the rep's own member has, for the form to start with.
pub fn rep_number(storage: &impl Storage, root: Uuid) -> String {
    storage
        .read(|all| all.members.get(&root).and_then(|m| m.external_id.clone()))
        .unwrap_or_default()
}

/// What the preview shows about a team list.
#[derive(Clone, Debug, PartialEq)]
pub struct TeamListPreview {
    pub rows: usize,
    /// Rows that name a member already stored.
    pub known: usize,
    /// Lines that found a member added by hand, with the row's name.
    pub matched_by_name: Vec<(usize, String)>,
    /// Every problem, values and tree alike, in line order.
    pub problems: Vec<ListProblem>,
    pub check: TeamCheck,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ListProblem {
    Cell(CellProblem),
    Tree(TreeProblem),
}

impl ListProblem {
    fn line(&self) -> usize {
        match self {
            ListProblem::Cell(problem) => problem.line,
            ListProblem::Tree(problem) => problem.lines().first().copied().unwrap_or(0),
        }
    }
}

/// Runs `run` against the stored team, with the rep's number as typed.
fn with_team<R>(
    all: &Collections,
    rep_number: &str,
    root: Uuid,
    run: impl FnOnce(&StoredTeam) -> R,
) -> R {
    let members: Vec<&Member> = all.members.iter().collect();
    let volumes: Vec<&Volume> = all.volumes.iter().collect();
    let names: HashMap<Uuid, String> = members
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
}

/// Checks a team list against the stored team, writing nothing.
pub fn preview(
    storage: &impl Storage,
    file: &TeamFile,
    rep_number: &str,
    root: Uuid,
    clock: &LocalClock,
) -> TeamListPreview {
    let wrong: Vec<usize> = file.problems.iter().map(|p| p.line).collect();
    storage.read(|all| {
        with_team(all, rep_number, root, |team| {
            let check = check_team_rows(&file.rows, &wrong, team, clock.today());
            let matched_by_name = team
                .matched_by_name(&file.rows)
                .into_iter()
                .filter_map(|(line, _)| {
                    let row = file.rows.iter().find(|r| r.member.line == line)?;
                    Some((line, row.name.clone()))
                })
                .collect();
            let mut problems: Vec<ListProblem> = file
                .problems
                .iter()
                .cloned()
                .map(ListProblem::Cell)
                .collect();
            problems.extend(check.problems.iter().cloned().map(ListProblem::Tree));
            crate::domain::ordering::order_by(&mut problems, |p| p.line() as i64);
            TeamListPreview {
                rows: file.rows.len(),
                known: team.known_rows(&file.rows),
                matched_by_name,
                problems,
                check,
            }
        })
    })
}

/// Writes the list's rows on `lines` (all of them, or only the valid ones) in one
/// transaction, with undo.
pub async fn write(
    storage: &impl Storage,
    file: &TeamFile,
    lines: &HashSet<usize>,
    rep_number: &str,
    root: Uuid,
    clock: &LocalClock,
) -> Result<Imported, StoreError> {
    let planned = storage.read(|all| {
        with_team(all, rep_number, root, |team| {
            plan_team_import(&file.rows, lines, team, clock.now, clock.today())
        })
    });
    let counting = Counting::Planned {
        added: planned.new_members,
        updated: planned.updated_members,
    };
    write_import(storage, planned.writes, counting, clock).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::storage::{MemoryStorage, fixed_clock};
    use crate::app::undo::{undo, write_with_undo};
    use crate::domain::dataset::DataSet;

    use futures::executor::block_on;

    #[test]
    fn a_list_is_previewed_then_written_whole_and_undone() {
        let storage = MemoryStorage::default();
        let clock = fixed_clock();
        let root = Uuid::from_u128(1);
        let rep = DataSet {
            members: vec![Member::numbered(1, None)],
            ..DataSet::default()
        };
        block_on(write_with_undo(&storage, rep, &clock)).unwrap();
        let file = read(
            "Beraternummer;Name;Sponsor;Eintritt\n1001;Anna Berg;1000;01.02.2026\n\
             1002;Ben Kurz;1001;30.06.2026\n"
                .as_bytes(),
            None,
        )
        .unwrap();
        let shown = preview(&storage, &file, "1000", root, &clock);
        assert_eq!((shown.rows, shown.known), (2, 0));
        assert_eq!(shown.problems.len(), 1, "Ben joins in the future");
        assert_eq!(shown.check.importable_lines, [2]);
        let lines: HashSet<usize> = shown.check.importable_lines.iter().copied().collect();
        let imported = block_on(write(&storage, &file, &lines, "1000", root, &clock)).unwrap();
        assert_eq!(
            (imported.added, imported.updated),
            (1, 0),
            "Anna is new; numbering the rep is no row of the list"
        );
        assert_eq!(rep_number(&storage, root), "1000");
        block_on(undo(&storage, &imported.undo, &clock)).unwrap();
        assert_eq!(storage.read(|all| all.members.len()), 1);
        assert_eq!(rep_number(&storage, root), "");
    }
}

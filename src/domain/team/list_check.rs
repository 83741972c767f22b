//! Checking a team list from the company's back office before anything is written: a
//! member id that appears twice, a sponsor or placement parent nobody knows, and sponsor
//! cycles are each reported with their lines. Nothing is fixed silently; the rows that
//! can be imported on their own are named, for the user to choose.

use std::collections::{HashMap, HashSet};

/// One member as the file gives it; ids are the back office's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemberRow {
    pub line: usize,
    pub id: String,
    pub sponsor: Option<String>,
    pub placement: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TreeProblem {
    DuplicateId {
        line: usize,
        first_line: usize,
        id: String,
    },
    UnknownSponsor {
        line: usize,
        sponsor: String,
    },
    UnknownPlacement {
        line: usize,
        placement: String,
    },
    /// Members that sponsor each other round in a circle, by line.
    Cycle {
        lines: Vec<usize>,
    },
    /// Members placed under each other round in a circle, by line.
    PlacementCycle {
        lines: Vec<usize>,
    },
    /// A join date after today, which the member form refuses too.
    JoinedInFuture {
        line: usize,
        joined: chrono::NaiveDate,
    },
}

impl TreeProblem {
    pub fn lines(&self) -> Vec<usize> {
        match self {
            // Which of the two rows is right is the user's call, so neither comes in.
            TreeProblem::DuplicateId {
                line, first_line, ..
            } => vec![*first_line, *line],
            TreeProblem::UnknownSponsor { line, .. }
            | TreeProblem::UnknownPlacement { line, .. }
            | TreeProblem::JoinedInFuture { line, .. } => vec![*line],
            TreeProblem::Cycle { lines } | TreeProblem::PlacementCycle { lines } => lines.clone(),
        }
    }
}

/// Every problem of the list; `known` are the ids of members already stored, which rows
/// may name as sponsor or placement parent.
pub fn check_tree(rows: &[MemberRow], known: &HashSet<String>) -> Vec<TreeProblem> {
    let mut problems = Vec::new();
    let mut first: HashMap<&str, usize> = HashMap::new();
    for row in rows {
        match first.get(row.id.as_str()) {
            Some(&first_line) => problems.push(TreeProblem::DuplicateId {
                line: row.line,
                first_line,
                id: row.id.clone(),
            }),
            None => {
                first.insert(&row.id, row.line);
            }
        }
    }
    let exists = |id: &str| first.contains_key(id) || known.contains(id);
    for row in rows {
        if let Some(sponsor) = &row.sponsor
            && !exists(sponsor)
        {
            problems.push(TreeProblem::UnknownSponsor {
                line: row.line,
                sponsor: sponsor.clone(),
            });
        }
        if let Some(placement) = &row.placement
            && !exists(placement)
        {
            problems.push(TreeProblem::UnknownPlacement {
                line: row.line,
                placement: placement.clone(),
            });
        }
    }
    problems.extend(cycles(rows, &first));
    problems
}

/// A member already stored, as the file's rows may name it: its member ID (or a key of
/// its own when it has none) and its parent's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredLink {
    pub id: String,
    pub parent: Option<String>,
}

/// The circles the file's rows close together with the members already stored, once
/// each, by the file's lines: by sponsorship, or (`placement`) by placement, where a row
/// without a placement parent hangs under its sponsor. A circle among stored members
/// alone is not the file's doing and is left out.
pub fn cycles_with_stored(
    rows: &[MemberRow],
    stored: &[StoredLink],
    placement: bool,
) -> Vec<TreeProblem> {
    let in_file: HashSet<&str> = rows.iter().map(|r| r.id.as_str()).collect();
    let mut combined: Vec<MemberRow> = rows
        .iter()
        .map(|row| MemberRow {
            sponsor: if placement {
                row.placement.clone().or(row.sponsor.clone())
            } else {
                row.sponsor.clone()
            },
            ..row.clone()
        })
        .collect();
    combined.extend(
        stored
            .iter()
            .filter(|link| !in_file.contains(link.id.as_str()))
            .map(|link| MemberRow {
                line: 0,
                id: link.id.clone(),
                sponsor: link.parent.clone(),
                placement: None,
            }),
    );
    let mut first: HashMap<&str, usize> = HashMap::new();
    for row in &combined {
        first.entry(row.id.as_str()).or_insert(row.line);
    }
    cycles(&combined, &first)
        .into_iter()
        .filter_map(|found| {
            let lines: Vec<usize> = found.lines().into_iter().filter(|&l| l > 0).collect();
            match lines.is_empty() {
                true => None,
                false if placement => Some(TreeProblem::PlacementCycle { lines }),
                false => Some(TreeProblem::Cycle { lines }),
            }
        })
        .collect()
}

/// Each sponsor cycle once, its lines in order.
fn cycles(rows: &[MemberRow], first: &HashMap<&str, usize>) -> Vec<TreeProblem> {
    let sponsor_of: HashMap<&str, &str> = rows
        .iter()
        .filter(|row| first.get(row.id.as_str()) == Some(&row.line))
        .filter_map(|row| Some((row.id.as_str(), row.sponsor.as_deref()?)))
        .collect();
    let mut settled: HashSet<&str> = HashSet::new();
    let mut found = Vec::new();
    for row in rows {
        let mut path: Vec<&str> = Vec::new();
        let mut current = row.id.as_str();
        while !settled.contains(current) {
            if let Some(start) = path.iter().position(|&id| id == current) {
                let mut lines: Vec<usize> = path[start..].iter().map(|id| first[id]).collect();
                lines.sort_unstable();
                found.push(TreeProblem::Cycle { lines });
                break;
            }
            path.push(current);
            match sponsor_of.get(current) {
                Some(&sponsor) => current = sponsor,
                None => break,
            }
        }
        settled.extend(path);
    }
    found
}

/// The rows that can be imported without the refused ones: not named by a problem or in
/// `also_refused` (lines with a wrong value), and not sponsored or placed, through any
/// number of levels, under a refused row.
pub fn importable(
    rows: &[MemberRow],
    problems: &[TreeProblem],
    also_refused: &[usize],
) -> Vec<usize> {
    let mut refused: HashSet<usize> = problems.iter().flat_map(TreeProblem::lines).collect();
    refused.extend(also_refused);
    // A repeated id names its first row, as `check_tree` does.
    let mut line_of: HashMap<&str, usize> = HashMap::new();
    for row in rows {
        line_of.entry(row.id.as_str()).or_insert(row.line);
    }
    loop {
        let newly: Vec<usize> = rows
            .iter()
            .filter(|row| !refused.contains(&row.line))
            .filter(|row| {
                [&row.sponsor, &row.placement]
                    .into_iter()
                    .flatten()
                    .filter_map(|id| line_of.get(id.as_str()))
                    .any(|line| refused.contains(line))
            })
            .map(|row| row.line)
            .collect();
        if newly.is_empty() {
            break;
        }
        refused.extend(newly);
    }
    rows.iter()
        .enumerate()
        .filter(|(_, row)| !refused.contains(&row.line))
        .map(|(index, _)| index)
        .collect()
}

#[cfg(test)]
mod tests;

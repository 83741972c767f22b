//! Turning a checked back-office team list into records: a member (and a contact with
//! the rep role) per new member id, updated sponsor and placement for ids already
//! stored, and the personal volume of each month. The rep's own member number marks
//! the rep's row; rows without a sponsor hang under the rep.

use crate::domain::contacts::contact::{Contact, Role};
use crate::domain::dataset::DataSet;
use crate::domain::locale::text_fold::fold;
use crate::domain::record::RecordMeta;
use crate::domain::team::list_check::{
    MemberRow, StoredLink, TreeProblem, check_tree, cycles_with_stored, importable,
};
use crate::domain::team::member::{Member, MemberStatus};
use crate::domain::team::volume::Period;
use crate::domain::team::volume::Volume;
use crate::domain::team::volume_entry::set_personal_volume;
use chrono::{DateTime, NaiveDate, Utc};
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeamRow {
    pub member: MemberRow,
    pub name: String,
    /// 0 for the left or first leg.
    pub leg: Option<u8>,
    pub joined: Option<NaiveDate>,
    /// Personal volume per month, in hundredths of a point.
    pub volumes: Vec<(Period, u32)>,
}

/// What checking the list found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeamCheck {
    pub problems: Vec<TreeProblem>,
    /// Lines of the rows that can come in without the refused ones.
    pub importable_lines: Vec<usize>,
    /// Rows not refused themselves that wait because they hang under a refused row.
    pub waiting: usize,
}

/// The stored team the list is read against.
pub struct StoredTeam<'a> {
    pub members: &'a [&'a Member],
    pub volumes: &'a [&'a Volume],
    /// Each member's name, by member id, for members added by hand without a number.
    pub names: &'a HashMap<Uuid, String>,
    pub root: Uuid,
    /// The rep's member number in the back office, as typed.
    pub rep_number: Option<&'a str>,
}

/// Back-office numbers and the stored members they name.
struct Numbers {
    by_number: HashMap<String, Uuid>,
    /// Members added by hand without a number that a row names: same name, same sponsor.
    matched_by_name: HashMap<Uuid, String>,
}

impl StoredTeam<'_> {
    /// The numbers stored members have, the rep's as typed, and those of the rows that
    /// find a member added by hand (see [`Self::name_matches`]).
    fn numbers(&self, rows: &[TeamRow]) -> Numbers {
        let mut by_number: HashMap<String, Uuid> = self
            .members
            .iter()
            .filter_map(|m| Some((m.external_id.clone()?, m.meta.id)))
            .collect();
        if let Some(number) = self.rep_number {
            by_number.insert(number.to_owned(), self.root);
        }
        let matched_by_name = self.name_matches(rows, &mut by_number);
        Numbers {
            by_number,
            matched_by_name,
        }
    }

    /// A member the rep added by hand has no back-office number, so a later list would
    /// add them a second time. A row whose number is unknown finds such a member when
    /// exactly one has the row's name (ignoring case and accents) and the row's sponsor;
    /// rows are matched again while that finds more, so a whole branch added by hand is
    /// found from the top down.
    fn name_matches(
        &self,
        rows: &[TeamRow],
        by_number: &mut HashMap<String, Uuid>,
    ) -> HashMap<Uuid, String> {
        let mut matched: HashMap<Uuid, String> = HashMap::new();
        let unnumbered: Vec<&Member> = self
            .members
            .iter()
            .copied()
            .filter(|m| m.external_id.is_none() && m.meta.id != self.root && !m.meta.is_deleted())
            .collect();
        loop {
            let mut found = false;
            for row in rows {
                if by_number.contains_key(&row.member.id) {
                    continue;
                }
                let sponsor = match &row.member.sponsor {
                    Some(number) => match by_number.get(number) {
                        Some(&id) => id,
                        None => continue,
                    },
                    None => self.root,
                };
                let name = fold(&row.name);
                // Two rows of the file with the same name and sponsor: which is the
                // member added by hand is the rep's call, so neither is matched.
                let namesakes = rows
                    .iter()
                    .filter(|r| r.member.sponsor == row.member.sponsor && fold(&r.name) == name)
                    .count();
                if namesakes > 1 {
                    continue;
                }
                let candidates: Vec<&&Member> = unnumbered
                    .iter()
                    .filter(|m| !matched.contains_key(&m.meta.id))
                    .filter(|m| m.sponsor_id == Some(sponsor))
                    .filter(|m| self.names.get(&m.meta.id).is_some_and(|n| fold(n) == name))
                    .collect();
                if let [only] = candidates.as_slice() {
                    by_number.insert(row.member.id.clone(), only.meta.id);
                    matched.insert(only.meta.id, row.member.id.clone());
                    found = true;
                }
            }
            if !found {
                return matched;
            }
        }
    }

    /// The lines of the rows that found a member added by hand, with that member.
    pub fn matched_by_name(&self, rows: &[TeamRow]) -> Vec<(usize, Uuid)> {
        let numbers = self.numbers(rows);
        rows.iter()
            .filter_map(|row| {
                let id = numbers.by_number.get(&row.member.id)?;
                numbers
                    .matched_by_name
                    .contains_key(id)
                    .then_some((row.member.line, *id))
            })
            .collect()
    }

    /// The stored members as the check follows them: by member ID where they have one,
    /// by sponsorship or (`placement`) by placement.
    fn keys(&self, numbers: &Numbers) -> HashMap<Uuid, String> {
        self.members
            .iter()
            .map(|m| {
                let number = match self.rep_number {
                    Some(number) if m.meta.id == self.root => Some(number.to_owned()),
                    _ => m
                        .external_id
                        .clone()
                        .or_else(|| numbers.matched_by_name.get(&m.meta.id).cloned()),
                };
                (
                    m.meta.id,
                    number.unwrap_or_else(|| format!("#{}", m.meta.id)),
                )
            })
            .collect()
    }

    fn links(&self, numbers: &Numbers, placement: bool) -> Vec<StoredLink> {
        let key = self.keys(numbers);
        self.members
            .iter()
            .map(|m| {
                let parent = match placement {
                    true => m.placement_parent_id.or(m.sponsor_id),
                    false => m.sponsor_id,
                };
                StoredLink {
                    id: key[&m.meta.id].clone(),
                    parent: parent.and_then(|p| key.get(&p).cloned()),
                }
            })
            .collect()
    }

    /// How many of `rows` name a member already stored (or the rep).
    pub fn known_rows(&self, rows: &[TeamRow]) -> usize {
        let known = self.numbers(rows).by_number;
        rows.iter()
            .filter(|row| known.contains_key(row.member.id.as_str()))
            .count()
    }

    /// The rows as the check sees them: the rep's own row names no sponsor (the rep's
    /// upline is not in their tree).
    fn member_rows(&self, rows: &[TeamRow]) -> Vec<MemberRow> {
        rows.iter()
            .map(|row| {
                let mut member = row.member.clone();
                if Some(member.id.as_str()) == self.rep_number {
                    member.sponsor = None;
                    member.placement = None;
                }
                member
            })
            .collect()
    }
}

/// `wrong_values` are the lines with a value that could not be read. A join date after
/// `today` is refused, as the member form refuses it.
pub fn check_team_rows(
    team_rows: &[TeamRow],
    wrong_values: &[usize],
    team: &StoredTeam,
    today: NaiveDate,
) -> TeamCheck {
    let numbers = team.numbers(team_rows);
    let rows = team.member_rows(team_rows);
    let known: HashSet<String> = numbers.by_number.keys().cloned().collect();
    let mut problems = check_tree(&rows, &known);
    for row in team_rows {
        if let Some(joined) = row.joined.filter(|day| *day > today) {
            problems.push(TreeProblem::JoinedInFuture {
                line: row.member.line,
                joined,
            });
        }
    }
    // A known member keeps its stored sponsor or placement where its row names none, so
    // the circles are looked for in the file and the stored team together.
    let keys = team.keys(&numbers);
    let stored_by_id: HashMap<Uuid, &Member> =
        team.members.iter().map(|m| (m.meta.id, *m)).collect();
    let by_number: HashMap<&str, &Member> = numbers
        .by_number
        .iter()
        .filter_map(|(number, id)| Some((number.as_str(), *stored_by_id.get(id)?)))
        .collect();
    let resolved: Vec<MemberRow> = rows
        .iter()
        .map(|row| {
            let stored = by_number.get(row.id.as_str());
            let key = |id: Option<Uuid>| id.and_then(|id| keys.get(&id).cloned());
            MemberRow {
                sponsor: row
                    .sponsor
                    .clone()
                    .or_else(|| key(stored.and_then(|m| m.sponsor_id))),
                placement: row
                    .placement
                    .clone()
                    .or_else(|| key(stored.and_then(|m| m.placement_parent_id))),
                ..row.clone()
            }
        })
        .collect();
    for placement in [false, true] {
        for found in cycles_with_stored(&resolved, &team.links(&numbers, placement), placement) {
            // A sponsor circle without placements is a placement circle too; once is enough.
            let as_sponsor_circle = TreeProblem::Cycle {
                lines: found.lines(),
            };
            if !problems.contains(&found) && !problems.contains(&as_sponsor_circle) {
                problems.push(found);
            }
        }
    }
    let importable_lines: Vec<usize> = importable(&rows, &problems, wrong_values)
        .into_iter()
        .map(|at| rows[at].line)
        .collect();
    let refused: HashSet<usize> = problems
        .iter()
        .flat_map(TreeProblem::lines)
        .chain(wrong_values.iter().copied())
        .collect();
    let waiting = rows
        .iter()
        .filter(|row| !refused.contains(&row.line) && !importable_lines.contains(&row.line))
        .count();
    TeamCheck {
        problems,
        importable_lines,
        waiting,
    }
}

#[derive(Debug, Default)]
pub struct TeamImport {
    pub writes: DataSet,
    pub new_members: usize,
    pub updated_members: usize,
}

/// The records for the rows on `lines`, which must be among the importable ones.
pub fn plan_team_import(
    rows: &[TeamRow],
    lines: &HashSet<usize>,
    team: &StoredTeam,
    now: DateTime<Utc>,
    today: NaiveDate,
) -> TeamImport {
    let mut by_number = team.numbers(rows).by_number;
    let checked_rows = team.member_rows(rows);
    let rows: Vec<_> = rows
        .iter()
        .zip(checked_rows)
        .filter(|(row, _)| lines.contains(&row.member.line))
        .collect();
    let stored: HashMap<Uuid, &Member> = team.members.iter().map(|m| (m.meta.id, *m)).collect();
    let mut import = TeamImport::default();
    let mut new_ids: HashSet<Uuid> = HashSet::new();
    for (row, _) in &rows {
        if !by_number.contains_key(row.member.id.as_str()) {
            let id = Uuid::new_v4();
            by_number.insert(row.member.id.clone(), id);
            new_ids.insert(id);
        }
    }
    let resolve = |number: &Option<String>| -> Option<Uuid> {
        number.as_deref().and_then(|n| by_number.get(n).copied())
    };
    if let Some(number) = team.rep_number
        && let Some(rep) = stored.get(&team.root)
        && rep.external_id.as_deref() != Some(number)
        && !rows.iter().any(|(row, _)| row.member.id == number)
    {
        let mut numbered = (*rep).clone();
        numbered.external_id = Some(number.to_owned());
        numbered.meta.touch(now);
        import.writes.members.push(numbered);
    }
    let mut stored_volumes: HashMap<(Uuid, Period), Vec<&Volume>> = HashMap::new();
    for volume in team.volumes {
        stored_volumes
            .entry((volume.member_id, volume.period))
            .or_default()
            .push(volume);
    }
    for (row, checked) in rows {
        let id = by_number[row.member.id.as_str()];
        let is_root = id == team.root;
        let sponsor = resolve(&checked.sponsor);
        let placement = resolve(&checked.placement);
        let member = if new_ids.contains(&id) {
            let (given, family) = row.name.rsplit_once(' ').unwrap_or((row.name.as_str(), ""));
            let mut contact = Contact::new(given.trim(), family.trim(), now);
            contact.roles.push(Role::Rep);
            contact.source = Some("Back Office".into());
            import.new_members += 1;
            let member = Member {
                meta: RecordMeta::with_id(id, now),
                contact_id: contact.meta.id,
                sponsor_id: sponsor.or(Some(team.root)),
                placement_parent_id: placement,
                placement_leg: row.leg,
                joined_on: row.joined.unwrap_or(today),
                status: MemberStatus::Active,
                left_on: None,
                rank: None,
                external_id: Some(row.member.id.clone()),
            };
            import.writes.contacts.push(contact);
            Some(member)
        } else if let Some(before) = stored.get(&id) {
            // A known member changes only where the file says something: a list of
            // volumes alone must not move anyone.
            let mut after = (*before).clone();
            if !is_root {
                after.sponsor_id = sponsor.or(before.sponsor_id);
                after.placement_parent_id = placement.or(before.placement_parent_id);
                after.placement_leg = row.leg.or(before.placement_leg);
            }
            after.joined_on = row.joined.unwrap_or(before.joined_on);
            after.external_id = Some(row.member.id.clone());
            (after != **before).then(|| {
                after.meta.touch(now);
                import.updated_members += 1;
                after
            })
        } else {
            None
        };
        import.writes.members.extend(member);
        for &(period, centipoints) in &row.volumes {
            let same_month = stored_volumes
                .get(&(id, period))
                .map_or(&[][..], Vec::as_slice);
            import.writes.volumes.extend(set_personal_volume(
                same_month.iter().copied(),
                id,
                period,
                centipoints,
                now,
            ));
        }
    }
    import
}

#[cfg(test)]
mod tests;

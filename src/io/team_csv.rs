//! The team list a company's back office exports: member id, name, sponsor id, maybe a
//! placement parent and leg, the join date, and a personal-volume column per month
//! ("PV 2026-10", "PV 10/2026"). Columns are recognised by their German or English
//! header; a value that cannot be read is reported with its line and column.

use crate::domain::locale::iso_date::parse_date;
use crate::domain::locale::money::parse_hundredths;
use crate::domain::locale::text_fold::fold;
use crate::domain::team::list_check::MemberRow;
pub use crate::domain::team::list_import::TeamRow;
use crate::domain::team::volume::Period;
use crate::io::csv_table::{CsvError, CsvOptions, CsvTable, read_table};
use chrono::{Datelike, NaiveDate};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TeamColumn {
    MemberId,
    Name,
    GivenName,
    FamilyName,
    SponsorId,
    PlacementId,
    Leg,
    Joined,
    Personal(Period),
    Ignore,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ValueProblem {
    MissingId,
    NotADate(String),
    NotAVolume(String),
    NotALeg(String),
}

/// A value that cannot be read, with its line and the column's header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CellProblem {
    pub line: usize,
    pub column: String,
    pub problem: ValueProblem,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeamFile {
    /// The header line, as the file names the columns.
    pub headers: Vec<String>,
    pub columns: Vec<TeamColumn>,
    pub rows: Vec<TeamRow>,
    pub problems: Vec<CellProblem>,
}

/// "PV 2026-10", "PV 10/2026", "PV 10.2026", "Eigenumsatz 2026-10".
fn volume_period(header: &str) -> Option<Period> {
    let rest = ["pv", "eigenumsatz", "personal volume"]
        .into_iter()
        .find_map(|prefix| header.strip_prefix(prefix))?;
    let digits: Vec<u32> = rest
        .split(|c: char| !c.is_ascii_digit())
        .filter(|part| !part.is_empty())
        .filter_map(|part| part.parse().ok())
        .collect();
    let (year, month) = match digits.as_slice() {
        [a, b] if *a > 999 => (*a, *b),
        [a, b] if *b > 999 => (*b, *a),
        _ => return None,
    };
    (1..=12).contains(&month).then_some(Period {
        year: year as i32,
        month: month as u8,
    })
}

pub fn recognise(header: &str) -> TeamColumn {
    let h = fold(header);
    let h = h.trim();
    if let Some(period) = volume_period(h) {
        return TeamColumn::Personal(period);
    }
    match h {
        "mitgliedsnummer" | "member id" | "id" | "berater-nr" | "beraternummer" | "partner id"
        | "partnernummer" | "vp-nummer" => TeamColumn::MemberId,
        "name" | "vollstandiger name" | "full name" => TeamColumn::Name,
        "vorname" | "first name" => TeamColumn::GivenName,
        "nachname" | "last name" => TeamColumn::FamilyName,
        "sponsor" | "sponsor id" | "sponsor-nr" | "sponsornummer" | "upline id" | "enroller id" => {
            TeamColumn::SponsorId
        }
        "placement" | "placement id" | "platzierung" | "platziert unter" => TeamColumn::PlacementId,
        "leg" | "seite" | "bein" => TeamColumn::Leg,
        "eintritt" | "eintrittsdatum" | "join date" | "startdatum" => TeamColumn::Joined,
        _ => TeamColumn::Ignore,
    }
}

/// `18.01.2025` or `2025-01-18`; a two-digit year (`18.01.25`) is refused rather than
/// read as the year 25.
fn date(text: &str) -> Option<NaiveDate> {
    let parts: Vec<&str> = text.split('.').collect();
    let day = match parts.as_slice() {
        [d, m, y] => NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?),
        _ => parse_date(text),
    }?;
    (day.year() >= 1900).then_some(day)
}

fn leg(text: &str) -> Option<u8> {
    match fold(text).as_str() {
        "l" | "links" | "left" => Some(0),
        "r" | "rechts" | "right" => Some(1),
        number => number.parse::<u8>().ok().filter(|&n| n > 0).map(|n| n - 1),
    }
}

/// Reads the file; `columns` replaces the recognised ones when the user mapped them.
pub fn read_team_file(
    bytes: &[u8],
    options: CsvOptions,
    columns: Option<Vec<TeamColumn>>,
) -> Result<TeamFile, CsvError> {
    let table: CsvTable = read_table(bytes, options)?;
    let columns = columns
        .filter(|c| c.len() == table.headers.len())
        .unwrap_or_else(|| table.headers.iter().map(|h| recognise(h)).collect());
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    for record in &table.rows {
        let mut row = TeamRow {
            member: MemberRow {
                line: record.line,
                id: String::new(),
                sponsor: None,
                placement: None,
            },
            name: String::new(),
            leg: None,
            joined: None,
            volumes: Vec::new(),
        };
        let (mut given, mut family) = (String::new(), String::new());
        for (index, column) in columns.iter().enumerate() {
            let value = record.fields.get(index).map_or("", |v| v.trim());
            if value.is_empty() {
                continue;
            }
            let mut fail = |problem| {
                problems.push(CellProblem {
                    line: record.line,
                    column: table.headers[index].clone(),
                    problem,
                })
            };
            match column {
                TeamColumn::MemberId => row.member.id = value.to_owned(),
                TeamColumn::Name => row.name = value.to_owned(),
                TeamColumn::GivenName => given = value.to_owned(),
                TeamColumn::FamilyName => family = value.to_owned(),
                TeamColumn::SponsorId => row.member.sponsor = Some(value.to_owned()),
                TeamColumn::PlacementId => row.member.placement = Some(value.to_owned()),
                TeamColumn::Leg => match leg(value) {
                    Some(leg) => row.leg = Some(leg),
                    None => fail(ValueProblem::NotALeg(value.to_owned())),
                },
                TeamColumn::Joined => match date(value) {
                    Some(day) => row.joined = Some(day),
                    None => fail(ValueProblem::NotADate(value.to_owned())),
                },
                TeamColumn::Personal(period) => {
                    match parse_hundredths(value).and_then(|v| u32::try_from(v).ok()) {
                        Some(centipoints) => row.volumes.push((*period, centipoints)),
                        None => fail(ValueProblem::NotAVolume(value.to_owned())),
                    }
                }
                TeamColumn::Ignore => {}
            }
        }
        if row.name.is_empty() {
            row.name = [given, family]
                .into_iter()
                .filter(|part| !part.is_empty())
                .collect::<Vec<_>>()
                .join(" ");
        }
        if row.member.id.is_empty() {
            let column = columns
                .iter()
                .position(|c| *c == TeamColumn::MemberId)
                .map(|i| table.headers[i].clone())
                .unwrap_or_default();
            problems.push(CellProblem {
                line: record.line,
                column,
                problem: ValueProblem::MissingId,
            });
            continue;
        }
        rows.push(row);
    }
    Ok(TeamFile {
        headers: table.headers,
        columns,
        rows,
        problems,
    })
}

#[cfg(test)]
mod tests;

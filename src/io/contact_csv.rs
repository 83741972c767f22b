//! Contacts from CSV tables: Outlook, Thunderbird and Google exports and spreadsheets
//! saved from German Excel. Columns are recognised by their German or English header
//! (`columns.rs`); every row becomes the same contact draft the form uses, and what no
//! field holds goes into the notes under its column's name.

pub mod columns;

use crate::domain::contacts::draft::{ContactDraft, LabeledDraft};
use crate::domain::locale::text_fold::fold;
use crate::domain::pace::{Pace, Progress, Unpaced, WorkStep, unpaced};
use crate::io::csv_table::{CsvRow, CsvTable};
use columns::{AddressKind, AddressPart, Label, Target, recognise_all};
use std::collections::BTreeMap;

/// What each column holds, by its header.
pub fn targets(table: &CsvTable) -> Vec<Target> {
    recognise_all(&table.headers)
}

/// Whether any column was recognised as a name, company, phone or email.
pub fn has_known_columns(table: &CsvTable) -> bool {
    targets(table).iter().any(|t| {
        matches!(
            t,
            Target::GivenName
                | Target::FamilyName
                | Target::FullName
                | Target::Company
                | Target::Phone(_)
                | Target::Email(_)
        )
    })
}

/// Each row as a contact draft, with its line, and per column what became of the
/// values no field took.
pub async fn read_rows(
    table: &CsvTable,
    targets: &[Target],
    pace: &mut impl Pace,
) -> (Vec<(usize, ContactDraft)>, Vec<ColumnFate>) {
    let mut fates = vec![ColumnFate::default(); table.headers.len()];
    let total = table.rows.len();
    let mut drafts = Vec::with_capacity(total);
    for (done, row) in table.rows.iter().enumerate() {
        drafts.push((
            row.line,
            row_draft(row, &table.headers, targets, &mut fates),
        ));
        pace.after(Progress {
            step: WorkStep::Reading,
            done: done + 1,
            total,
        })
        .await;
    }
    (drafts, fates)
}

/// Each row as a contact draft, with its line.
pub fn drafts(table: &CsvTable, targets: &[Target]) -> Vec<(usize, ContactDraft)> {
    unpaced(read_rows(table, targets, &mut Unpaced)).0
}

/// How many of a column's values ended up somewhere other than a field of their own.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ColumnFate {
    /// Kept in the notes: the column has no field, or its field was taken already.
    pub in_notes: usize,
    /// Left out because the user chose so.
    pub left_out: usize,
    /// Left out because other columns hold the same.
    pub repeats: usize,
}

fn push_to(list: &mut String, value: &str, separator: &str) {
    if value.is_empty() {
        return;
    }
    if !list.is_empty() {
        list.push_str(separator);
    }
    list.push_str(value);
}

/// Sets an empty field, or reports that it was taken.
fn fill(field: &mut String, value: &str) -> bool {
    if field.is_empty() {
        value.clone_into(field);
        true
    } else {
        false
    }
}

/// The parts of one address as a row gives them, with the column of each.
#[derive(Default)]
struct AddressCells {
    parts: Vec<(AddressPart, usize, String)>,
    label: Option<String>,
}

impl AddressCells {
    fn part(&self, part: AddressPart) -> String {
        let values: Vec<&str> = self
            .parts
            .iter()
            .filter(|(p, _, _)| *p == part)
            .map(|(_, _, v)| v.as_str())
            .collect();
        values.join(", ")
    }

    /// One line for the notes: "geschäftlich: Ring 2, 50667 Köln".
    fn as_note(&self, kind: AddressKind) -> String {
        let place = [
            self.part(AddressPart::PostalCode),
            self.part(AddressPart::City),
        ]
        .join(" ");
        let parts = [
            self.part(AddressPart::Street),
            self.part(AddressPart::Street2),
            self.part(AddressPart::PoBox),
            place.trim().to_owned(),
            self.part(AddressPart::Region),
            self.part(AddressPart::Country),
        ];
        let address = parts
            .iter()
            .filter(|p| !p.is_empty())
            .cloned()
            .collect::<Vec<_>>()
            .join(", ");
        let label = self.label.clone().unwrap_or_else(|| {
            match kind {
                AddressKind::Home => "privat",
                AddressKind::Other(_) => "weitere Adresse",
                AddressKind::Work => "geschäftlich",
            }
            .to_owned()
        });
        format!("{label}: {address}")
    }
}

/// Everything one row says, gathered before it becomes a draft.
struct RowReader<'a> {
    headers: &'a [String],
    fates: &'a mut [ColumnFate],
    draft: ContactDraft,
    full_names: Vec<(usize, String)>,
    addresses: BTreeMap<AddressKind, AddressCells>,
    birth: [Option<(usize, String)>; 3],
    /// Values kept in the notes under their column's header.
    for_notes: Vec<(usize, String)>,
    /// Labels other columns give a column's value ("Website 1 - Label": "Profile").
    labels: Vec<(usize, String)>,
}

impl RowReader<'_> {
    fn keep_in_notes(&mut self, column: usize, value: &str) {
        self.for_notes.push((column, value.to_owned()));
    }

    fn take(&mut self, column: usize, target: &Target, value: &str, label: String) {
        let draft = &mut self.draft;
        let taken = match target {
            Target::GivenName | Target::MiddleName => {
                push_to(&mut draft.given_name, value, " ");
                true
            }
            Target::FamilyName => fill(&mut draft.family_name, value),
            Target::FullName => {
                self.full_names.push((column, value.to_owned()));
                true
            }
            Target::Nickname => fill(&mut draft.nickname, value),
            Target::Company => fill(&mut draft.company, value),
            Target::Department => fill(&mut draft.department, value),
            Target::JobTitle => fill(&mut draft.job_title, value),
            // Google puts several numbers of one kind into one cell: "a ::: b".
            Target::Phone(_) => {
                for value in value.split(":::").map(str::trim).filter(|v| !v.is_empty()) {
                    draft.phones.push(LabeledDraft {
                        label: label.clone(),
                        value: value.to_owned(),
                    });
                }
                true
            }
            Target::Email(_) => {
                for value in value.split(":::").map(str::trim).filter(|v| !v.is_empty()) {
                    draft.emails.push(LabeledDraft {
                        label: label.clone(),
                        value: value.to_owned(),
                    });
                }
                true
            }
            Target::Address(kind, part) => {
                let cells = self.addresses.entry(*kind).or_default();
                let repeated =
                    *part != AddressPart::Street2 && cells.parts.iter().any(|(p, _, _)| p == part);
                if !repeated {
                    cells.parts.push((*part, column, value.to_owned()));
                }
                !repeated
            }
            Target::AddressLabel(kind) => {
                self.addresses.entry(*kind).or_default().label = Some(value.to_owned());
                true
            }
            Target::Birthday => {
                let read = columns::birthday(value);
                // A date that cannot be read stays as written: the check then names it
                // and keeps it in the notes.
                fill(&mut draft.birthday, read.as_deref().unwrap_or(value))
            }
            Target::BirthPart(part) => {
                let slot = &mut self.birth[*part as usize];
                let free = slot.is_none();
                if free {
                    *slot = Some((column, value.to_owned()));
                }
                free
            }
            Target::Notes => {
                push_to(&mut draft.notes, value, "\n\n");
                true
            }
            Target::Tags => {
                for tag in columns::tags(value) {
                    push_to(&mut draft.tags, &tag, ", ");
                }
                true
            }
            Target::LabelFor(of) => {
                self.labels.push((*of, value.to_owned()));
                true
            }
            Target::Repeats => {
                self.fates[column].repeats += 1;
                true
            }
            Target::Ignore => {
                self.fates[column].left_out += 1;
                true
            }
            Target::NotesWithHeader => false,
        };
        if !taken {
            self.keep_in_notes(column, value);
        }
    }

    fn finish(mut self) -> ContactDraft {
        self.settle_names();
        self.settle_birthday();
        self.settle_addresses();
        let mut notes = String::new();
        for (column, value) in &self.for_notes {
            self.fates[*column].in_notes += 1;
            push_to(
                &mut notes,
                &format!("{}: {value}", self.note_label(*column)),
                "\n",
            );
        }
        push_to(&mut self.draft.notes, &notes, "\n\n");
        self.draft
    }

    /// How a value is labelled in the notes: its column's header, and the label another
    /// column gives it ("Website 1 (Profile)").
    fn note_label(&self, column: usize) -> String {
        let header = self.headers[column].trim();
        match self.labels.iter().find(|(of, _)| *of == column) {
            Some((_, label)) => {
                let key = header
                    .strip_suffix(" - Value")
                    .or_else(|| header.strip_suffix(" - value"))
                    .unwrap_or(header);
                format!("{key} ({})", label.trim_start_matches('*').trim())
            }
            None => header.to_owned(),
        }
    }

    /// A full name fills in a missing given and family name; one that says more than
    /// they do ("Anna (Kosmetik)") is kept in the notes.
    fn settle_names(&mut self) {
        let full_names = std::mem::take(&mut self.full_names);
        for (column, full_name) in full_names {
            let draft = &mut self.draft;
            let said = fold(&full_name);
            // An organisation's row names it twice: as the company and as the name.
            if said == fold(&draft.company) {
                continue;
            }
            if draft.given_name.is_empty() && draft.family_name.is_empty() {
                match full_name.rsplit_once(' ') {
                    Some((given, family)) => {
                        draft.given_name = given.trim().to_owned();
                        draft.family_name = family.trim().to_owned();
                    }
                    None => draft.given_name = full_name,
                }
                continue;
            }
            let (given, family) = (draft.given_name.as_str(), draft.family_name.as_str());
            let same = [
                format!("{given} {family}"),
                format!("{family} {given}"),
                format!("{family}, {given}"),
            ]
            .iter()
            .any(|name| fold(name.trim()) == said);
            if !same {
                self.keep_in_notes(column, &full_name);
            }
        }
    }

    /// Thunderbird's three birthday columns make one birthday; without a year it is a
    /// birthday without one.
    fn settle_birthday(&mut self) {
        if self.birth.iter().all(Option::is_none) {
            return;
        }
        let number = |i: usize, birth: &[Option<(usize, String)>; 3]| {
            birth[i]
                .as_ref()
                .and_then(|(_, v)| v.trim().parse::<u32>().ok())
        };
        let read = columns::birthday_from_parts(
            number(0, &self.birth),
            number(1, &self.birth),
            number(2, &self.birth),
        );
        let written = self
            .birth
            .iter()
            .map(|part| part.as_ref().map_or("", |(_, v)| v.as_str()))
            .collect::<Vec<_>>()
            .join("-");
        let birth = std::mem::take(&mut self.birth);
        if !fill(
            &mut self.draft.birthday,
            read.as_deref().unwrap_or(&written),
        ) {
            for (column, value) in birth.into_iter().flatten() {
                self.keep_in_notes(column, &value);
            }
        }
    }

    /// One address becomes the contact's: a home (or unlabelled) one, else another,
    /// else the business one. The others are kept in the notes, labelled.
    fn settle_addresses(&mut self) {
        let addresses = std::mem::take(&mut self.addresses);
        let mut chosen = false;
        for (kind, cells) in addresses {
            if cells.parts.is_empty() {
                continue;
            }
            if !chosen {
                chosen = true;
                let draft = &mut self.draft;
                draft.street = [
                    cells.part(AddressPart::Street),
                    cells.part(AddressPart::Street2),
                ]
                .iter()
                .filter(|p| !p.is_empty())
                .cloned()
                .collect::<Vec<_>>()
                .join(", ");
                draft.po_box = cells.part(AddressPart::PoBox);
                draft.postal_code = cells.part(AddressPart::PostalCode);
                draft.city = cells.part(AddressPart::City);
                draft.region = cells.part(AddressPart::Region);
                draft.country = cells.part(AddressPart::Country);
                continue;
            }
            for (_, column, _) in &cells.parts {
                self.fates[*column].in_notes += 1;
            }
            push_to(&mut self.draft.notes, &cells.as_note(kind), "\n\n");
        }
    }
}

fn row_draft(
    row: &CsvRow,
    headers: &[String],
    targets: &[Target],
    fates: &mut [ColumnFate],
) -> ContactDraft {
    let field = |i: usize| row.fields.get(i).map_or("", |f| f.trim());
    let label_of = |label: &Label| match label {
        Label::Fixed(text) => text.clone(),
        Label::Column(i) => field(*i).trim_start_matches('*').trim().to_owned(),
        Label::PairedWith(_) => String::new(),
    };
    let mut reader = RowReader {
        headers,
        fates,
        draft: ContactDraft::default(),
        full_names: Vec::new(),
        addresses: BTreeMap::new(),
        birth: [None, None, None],
        for_notes: Vec::new(),
        labels: Vec::new(),
    };
    for (column, target) in targets.iter().enumerate() {
        let value = field(column);
        let header = headers.get(column).map_or("", String::as_str);
        if value.is_empty() || columns::means_nothing(target, header, value) {
            continue;
        }
        let label = match target {
            Target::Phone(l) | Target::Email(l) => label_of(l),
            _ => String::new(),
        };
        // A label whose value is missing is all there is: kept under its own header.
        let target = match target {
            Target::LabelFor(of) if field(*of).is_empty() => &Target::NotesWithHeader,
            other => other,
        };
        reader.take(column, target, value, label);
    }
    reader.finish()
}

#[cfg(test)]
mod tests;

//! Contacts from CSV files: Google and Outlook exports and spreadsheets saved from
//! German Excel (semicolons, Windows-1252, maybe a UTF-8 byte-order mark). The encoding
//! and delimiter are detected and can be overridden; columns are recognised by their
//! German or English header; every row becomes the same contact draft the form uses.

pub mod columns;

use crate::domain::contact_form::{ContactDraft, LabeledDraft};
use crate::io::charset::{Encoding, decode, decode_guessing};
use columns::{Label, Target, recognise};

/// What the user may set instead of the detected values.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CsvOptions {
    pub delimiter: Option<u8>,
    pub encoding: Option<Encoding>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvRow {
    /// The line the record starts on, counting the header as line 1.
    pub line: usize,
    pub fields: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvTable {
    pub encoding: Encoding,
    pub delimiter: u8,
    pub headers: Vec<String>,
    pub rows: Vec<CsvRow>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CsvError {
    Empty,
    /// The CSV reader gave up at this line.
    Unreadable {
        line: usize,
    },
}

/// The delimiter that splits the header line into the most fields.
pub fn detect_delimiter(text: &str) -> u8 {
    let header = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let count = |d: char| {
        let mut quoted = false;
        header
            .chars()
            .filter(|&c| {
                if c == '"' {
                    quoted = !quoted;
                }
                c == d && !quoted
            })
            .count()
    };
    [b';', b',', b'\t']
        .into_iter()
        .max_by_key(|&d| (count(char::from(d)), d == b','))
        .unwrap_or(b',')
}

pub fn read_table(bytes: &[u8], options: CsvOptions) -> Result<CsvTable, CsvError> {
    let (text, encoding) = match options.encoding {
        Some(encoding) => (decode(bytes, encoding), encoding),
        None => decode_guessing(bytes),
    };
    if text.trim().is_empty() {
        return Err(CsvError::Empty);
    }
    let delimiter = options.delimiter.unwrap_or_else(|| detect_delimiter(&text));
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(false)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let mut rows = Vec::new();
    let mut headers = None;
    let mut lines = LineCounter::new(&text);
    for record in records.by_ref() {
        let record = record.map_err(|e| CsvError::Unreadable {
            line: e.position().map_or(0, |p| lines.line_at(p.byte() as usize)),
        })?;
        let line = record
            .position()
            .map_or(0, |p| lines.line_at(p.byte() as usize));
        let fields: Vec<String> = record.iter().map(|f| f.trim().to_owned()).collect();
        if fields.iter().all(String::is_empty) {
            continue;
        }
        match headers {
            None => headers = Some(fields),
            Some(_) => rows.push(CsvRow { line, fields }),
        }
    }
    Ok(CsvTable {
        encoding,
        delimiter,
        headers: headers.ok_or(CsvError::Empty)?,
        rows,
    })
}

/// Line numbers as people count them, from byte offsets that only grow. A record's
/// offset may point at the line break that ended the one before (the reader stops at
/// `\r` of `\r\n`), so line breaks at the offset belong to the previous record.
struct LineCounter<'a> {
    text: &'a [u8],
    /// `\n`, or `\r` in old Macintosh files that have no `\n`.
    line_end: u8,
    counted_to: usize,
    line: usize,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a str) -> Self {
        LineCounter {
            text: text.as_bytes(),
            line_end: if text.contains('\n') { b'\n' } else { b'\r' },
            counted_to: 0,
            line: 1,
        }
    }

    fn line_at(&mut self, offset: usize) -> usize {
        let mut start = offset.min(self.text.len());
        while start < self.text.len() && matches!(self.text[start], b'\r' | b'\n') {
            start += 1;
        }
        if start >= self.counted_to {
            self.line += self.text[self.counted_to..start]
                .iter()
                .filter(|&&b| b == self.line_end)
                .count();
            self.counted_to = start;
        }
        self.line
    }
}

impl CsvTable {
    /// What each column holds, by its header.
    pub fn targets(&self) -> Vec<Target> {
        let mut targets: Vec<Target> = self.headers.iter().map(|h| recognise(h)).collect();
        // Google pairs "Phone 1 - Value" with the label in "Phone 1 - Type".
        let headers = self.headers.clone();
        for target in &mut targets {
            if let Target::Phone(Label::PairedWith(key)) | Target::Email(Label::PairedWith(key)) =
                target
            {
                let type_header = format!("{key} - type");
                let found = headers
                    .iter()
                    .position(|h| crate::domain::text_fold::fold(h) == type_header);
                *target = match (&*target, found) {
                    (Target::Phone(_), Some(i)) => Target::Phone(Label::Column(i)),
                    (Target::Email(_), Some(i)) => Target::Email(Label::Column(i)),
                    (Target::Phone(_), None) => Target::Phone(Label::Fixed(String::new())),
                    _ => Target::Email(Label::Fixed(String::new())),
                };
            }
        }
        targets
    }

    /// Whether any column was recognised as a name, phone or email.
    pub fn has_known_columns(&self) -> bool {
        self.targets().iter().any(|t| {
            matches!(
                t,
                Target::GivenName
                    | Target::FamilyName
                    | Target::FullName
                    | Target::Phone(_)
                    | Target::Email(_)
            )
        })
    }

    /// Each row as a contact draft, with its line.
    pub fn drafts(&self, targets: &[Target]) -> Vec<(usize, ContactDraft)> {
        self.rows
            .iter()
            .map(|row| (row.line, row_draft(row, targets)))
            .collect()
    }
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

fn row_draft(row: &CsvRow, targets: &[Target]) -> ContactDraft {
    let mut draft = ContactDraft::default();
    let field = |i: usize| row.fields.get(i).map(String::as_str).unwrap_or("");
    let label = |label: &Label| match label {
        Label::Fixed(text) => text.clone(),
        Label::Column(i) => field(*i).trim_start_matches("* ").to_owned(),
        Label::PairedWith(_) => String::new(),
    };
    let mut full_name = String::new();
    for (i, target) in targets.iter().enumerate() {
        let value = field(i).trim();
        if value.is_empty() {
            continue;
        }
        match target {
            Target::GivenName | Target::MiddleName => push_to(&mut draft.given_name, value, " "),
            Target::FamilyName => draft.family_name = value.to_owned(),
            Target::FullName => full_name = value.to_owned(),
            Target::Phone(l) => draft.phones.push(LabeledDraft {
                label: label(l),
                value: value.to_owned(),
            }),
            Target::Email(l) => draft.emails.push(LabeledDraft {
                label: label(l),
                value: value.to_owned(),
            }),
            Target::Street => {
                // A second address (home after business, as Outlook writes them): the
                // one read so far is kept in the notes.
                if !draft.street.is_empty() {
                    let place = [draft.postal_code.as_str(), draft.city.as_str()].join(" ");
                    let earlier = [draft.street.as_str(), place.trim(), draft.country.as_str()]
                        .into_iter()
                        .filter(|p| !p.is_empty())
                        .collect::<Vec<_>>()
                        .join(", ");
                    push_to(&mut draft.notes, &earlier, "\n\n");
                    draft.postal_code.clear();
                    draft.city.clear();
                    draft.country.clear();
                }
                draft.street = value.to_owned();
            }
            Target::PostalCode => draft.postal_code = value.to_owned(),
            Target::City => draft.city = value.to_owned(),
            Target::Country => draft.country = value.to_owned(),
            Target::Birthday => draft.birthday = columns::birthday(value),
            Target::Notes => push_to(&mut draft.notes, value, "\n\n"),
            Target::Tags => {
                for tag in columns::tags(value) {
                    push_to(&mut draft.tags, &tag, ", ");
                }
            }
            Target::Ignore => {}
        }
    }
    if draft.given_name.is_empty() && draft.family_name.is_empty() {
        match full_name.rsplit_once(' ') {
            Some((given, family)) => {
                draft.given_name = given.trim().to_owned();
                draft.family_name = family.trim().to_owned();
            }
            None => draft.given_name = full_name,
        }
    }
    draft
}

#[cfg(test)]
mod tests;

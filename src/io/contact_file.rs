//! Any contact file a user picks: vCard or CSV, told apart by content rather than by
//! name, and refused with a reason when it cannot be a contact file at all. Every card
//! or row becomes an [`ImportRow`] holding the same draft the contact form uses.

use crate::domain::contacts::draft::ContactDraft;
use crate::domain::contacts::import_plan::IncomingRow;
use crate::domain::pace::{Pace, Progress, Unpaced, WorkStep, unpaced};
use crate::io::charset::Encoding;
use crate::io::contact_csv::columns::Target;
use crate::io::contact_csv::{has_known_columns, read_rows, targets};
use crate::io::csv_table::{CsvError, CsvOptions, CsvTable, read_table};
use crate::io::file_limits::{MAX_FILE_BYTES, MAX_LINE_BYTES};
use crate::io::vcard::contact::{PropertyFate, card_draft};
use crate::io::vcard::syntax::{card_count, cards};
use crate::io::vcard::text::{Charsets, TextError};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Vcard,
    Csv,
}

/// Why a whole file cannot be imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileProblem {
    Empty,
    TooLarge {
        bytes: usize,
    },
    /// Pictures, archives, documents: bytes that are not text.
    NotText(NotTextKind),
    LineTooLong {
        line: usize,
    },
    /// Text, but neither cards nor a table.
    NotContacts,
    /// The CSV reader could not go on at this line.
    CsvUnreadable {
        line: usize,
    },
}

/// What a file that is not text seems to be, so the refusal can say so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotTextKind {
    Picture,
    Pdf,
    /// A zip archive, which is also what Excel's and Numbers' own files are.
    Archive,
    /// Text in an encoding Teamline does not read (UTF-32, say): letters between
    /// regular runs of zero bytes.
    OtherEncoding,
    Unknown,
}

/// Why one card or row cannot be imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowProblem {
    /// The file ends inside this card.
    Truncated,
    /// The text at this line is in a character set that could not be read.
    Unreadable { line: usize, charset: String },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportRow {
    /// The card's first line, or the row's line counting the header as line 1.
    pub line: usize,
    /// An identity the source keeps across exports (vCard `UID`).
    pub uid: Option<String>,
    pub draft: ContactDraft,
    pub problem: Option<RowProblem>,
}

impl ImportRow {
    /// The row as the import plan takes it.
    pub fn incoming(&self) -> IncomingRow<'_> {
        IncomingRow {
            line: self.line,
            uid: self.uid.as_deref(),
            draft: &self.draft,
        }
    }
}

/// Where values came from that no field holds.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LeftoverFrom {
    Column(String),
    Property(String),
}

/// What became of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LeftoverFate {
    /// Kept in the contacts' notes, under the column's or property's name.
    InNotes,
    /// Left out, as the user chose for this column.
    LeftOut,
    /// Left out because other columns or properties say the same.
    Repeats,
    /// Pictures, sounds and keys: Teamline keeps no files.
    NotKept,
}

/// Values of one column or vCard property that no field of Teamline holds, so that the
/// preview can say where they went.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Leftover {
    pub from: LeftoverFrom,
    pub fate: LeftoverFate,
    pub values: usize,
}

/// How a CSV file was read, for the user to check and change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvLayout {
    pub encoding: Encoding,
    pub delimiter: u8,
    pub headers: Vec<String>,
    pub targets: Vec<Target>,
    /// A value from each column, for the user to see what it holds.
    pub examples: Vec<String>,
    /// Whether any column was recognised as a name, phone or email.
    pub recognised: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContactFile {
    pub format: Format,
    pub rows: Vec<ImportRow>,
    /// Only for CSV files.
    pub layout: Option<CsvLayout>,
    /// What no field holds, by column or property, in the order of the file.
    pub leftovers: Vec<Leftover>,
}

/// What the user chose instead of what was detected (CSV only).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReadOptions {
    pub csv: CsvOptions,
    /// One target per column, replacing the recognised ones.
    pub targets: Option<Vec<Target>>,
}

/// Reads a contact file in one go (see [`read_contact_file_paced`]).
pub fn read_contact_file(
    bytes: &[u8],
    options: &ReadOptions,
    charsets: &dyn Charsets,
) -> Result<ContactFile, FileProblem> {
    unpaced(read_contact_file_paced(
        bytes,
        options,
        charsets,
        &mut Unpaced,
    ))
}

/// Reads a contact file, telling `pace` after each card or row.
pub async fn read_contact_file_paced(
    bytes: &[u8],
    options: &ReadOptions,
    charsets: &dyn Charsets,
    pace: &mut impl Pace,
) -> Result<ContactFile, FileProblem> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(FileProblem::TooLarge { bytes: bytes.len() });
    }
    let utf16 = utf16_as_utf8(bytes);
    let bytes = utf16.as_deref().unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(FileProblem::Empty);
    }
    if !looks_like_text(bytes) {
        return Err(FileProblem::NotText(not_text_kind(bytes)));
    }
    if let Some(line) = first_overlong_line(bytes) {
        return Err(FileProblem::LineTooLong { line });
    }
    if contains_ignoring_case(bytes, b"BEGIN:VCARD") {
        return Ok(read_vcards(bytes, charsets, pace).await);
    }
    read_csv(bytes, options, pace).await
}

async fn read_vcards(bytes: &[u8], charsets: &dyn Charsets, pace: &mut impl Pace) -> ContactFile {
    let mut total = card_count(bytes);
    let mut rows = Vec::with_capacity(total);
    let mut leftovers: Vec<Leftover> = Vec::new();
    for (done, card) in cards(bytes).enumerate() {
        let read = card_draft(&card, charsets);
        for (property, fate) in &read.leftovers {
            let from = LeftoverFrom::Property(property.clone());
            let fate = match fate {
                PropertyFate::InNotes => LeftoverFate::InNotes,
                PropertyFate::Repeats => LeftoverFate::Repeats,
                PropertyFate::NotKept => LeftoverFate::NotKept,
            };
            match leftovers
                .iter_mut()
                .find(|l| l.from == from && l.fate == fate)
            {
                Some(known) => known.values += 1,
                None => leftovers.push(Leftover {
                    from,
                    fate,
                    values: 1,
                }),
            }
        }
        let problem = if !card.complete {
            Some(RowProblem::Truncated)
        } else {
            read.unreadable.first().map(|(line, error)| match error {
                TextError::UnknownCharset(charset) => RowProblem::Unreadable {
                    line: *line,
                    charset: charset.clone(),
                },
            })
        };
        rows.push(ImportRow {
            line: read.line,
            uid: read.uid,
            draft: read.draft.named_by_details(),
            problem,
        });
        total = total.max(done + 1);
        pace.after(Progress {
            step: WorkStep::Reading,
            done: done + 1,
            total,
        })
        .await;
    }
    rows.shrink_to_fit();
    ContactFile {
        format: Format::Vcard,
        rows,
        layout: None,
        leftovers,
    }
}

async fn read_csv(
    bytes: &[u8],
    options: &ReadOptions,
    pace: &mut impl Pace,
) -> Result<ContactFile, FileProblem> {
    let table: CsvTable = read_table(bytes, options.csv).map_err(|error| match error {
        CsvError::Empty => FileProblem::Empty,
        CsvError::Unreadable { line } => FileProblem::CsvUnreadable { line },
    })?;
    let table_like = table.rows.iter().filter(|r| r.fields.len() >= 2).count() * 2;
    if table.headers.len() < 2 || table_like < table.rows.len() {
        return Err(FileProblem::NotContacts);
    }
    let recognised = has_known_columns(&table);
    let targets = match &options.targets {
        Some(chosen) if chosen.len() == table.headers.len() => chosen.clone(),
        _ => targets(&table),
    };
    let examples = (0..table.headers.len())
        .map(|column| {
            table
                .rows
                .iter()
                .take(20)
                .filter_map(|row| row.fields.get(column))
                .find(|value| !value.is_empty())
                .cloned()
                .unwrap_or_default()
        })
        .collect();
    let (drafts, fates) = read_rows(&table, &targets, pace).await;
    let rows = drafts
        .into_iter()
        .map(|(line, draft)| ImportRow {
            line,
            uid: None,
            draft: draft.named_by_details(),
            problem: None,
        })
        .collect();
    let mut leftovers = Vec::new();
    for (header, fate) in table.headers.iter().zip(fates) {
        for (fate, values) in [
            (LeftoverFate::InNotes, fate.in_notes),
            (LeftoverFate::LeftOut, fate.left_out),
            (LeftoverFate::Repeats, fate.repeats),
        ] {
            if values > 0 {
                leftovers.push(Leftover {
                    from: LeftoverFrom::Column(header.clone()),
                    fate,
                    values,
                });
            }
        }
    }
    Ok(ContactFile {
        format: Format::Csv,
        rows,
        layout: Some(CsvLayout {
            encoding: table.encoding,
            delimiter: table.delimiter,
            headers: table.headers,
            targets,
            examples,
            recognised,
        }),
        leftovers,
    })
}

/// Excel's "Unicode text" and some Windows tools write UTF-16 with a byte-order mark;
/// macOS Contacts wrote UTF-16 big-endian cards without one. Without a mark, UTF-16 shows
/// as a zero byte beside nearly every Latin letter, always on the same side.
fn utf16_as_utf8(bytes: &[u8]) -> Option<Vec<u8>> {
    let (little_endian, text) = match bytes.get(..2)? {
        [0xff, 0xfe] => (true, &bytes[2..]),
        [0xfe, 0xff] => (false, &bytes[2..]),
        _ => (utf16_without_mark(bytes)?, bytes),
    };
    let units = text.chunks_exact(2).map(|pair| {
        let pair = [pair[0], pair[1]];
        if little_endian {
            u16::from_le_bytes(pair)
        } else {
            u16::from_be_bytes(pair)
        }
    });
    let text: String = char::decode_utf16(units)
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect();
    Some(text.into_bytes())
}

/// `Some(true)` for UTF-16 little-endian, `Some(false)` for big-endian: in the first
/// kilobytes, most pairs have a zero on one side and none on the other.
fn utf16_without_mark(bytes: &[u8]) -> Option<bool> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    let pairs = sample.len() / 2;
    if pairs < 4 {
        return None;
    }
    let zero_at = |side: usize| sample.chunks_exact(2).filter(|p| p[side] == 0).count();
    let (first, second) = (zero_at(0), zero_at(1));
    let mostly = |n: usize| n * 10 >= pairs * 6;
    let rarely = |n: usize| n * 20 <= pairs;
    if mostly(second) && rarely(first) {
        Some(true)
    } else if mostly(first) && rarely(second) {
        Some(false)
    } else {
        None
    }
}

/// What bytes that are not text look like: a picture, a PDF or an archive by their
/// first bytes, or text in another encoding when zero bytes come in a regular pattern.
fn not_text_kind(bytes: &[u8]) -> NotTextKind {
    const PICTURES: [&[u8]; 5] = [b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"RIFF", b"BM"];
    if PICTURES.iter().any(|magic| bytes.starts_with(magic)) {
        return NotTextKind::Picture;
    }
    if bytes.starts_with(b"%PDF") {
        return NotTextKind::Pdf;
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return NotTextKind::Archive;
    }
    // UTF-32: three zero bytes beside each Latin letter.
    let sample = &bytes[..bytes.len().min(4096) & !3];
    let quads = sample.len() / 4;
    let letters = sample
        .chunks_exact(4)
        .filter(|q| {
            q.iter().filter(|&&b| b == 0).count() == 3
                && q.iter()
                    .any(|b| b.is_ascii_graphic() || *b == b' ' || *b == b'\n')
        })
        .count();
    if quads >= 4 && letters * 10 >= quads * 6 {
        return NotTextKind::OtherEncoding;
    }
    NotTextKind::Unknown
}

/// Text has no NUL bytes and few control characters besides line breaks and tabs.
fn looks_like_text(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    let control = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    !sample.contains(&0) && control * 100 <= sample.len()
}

fn first_overlong_line(bytes: &[u8]) -> Option<usize> {
    // Old Macintosh files end lines with CR alone.
    let end = if bytes.contains(&b'\n') { b'\n' } else { b'\r' };
    bytes
        .split(|&b| b == end)
        .position(|line| line.len() > MAX_LINE_BYTES)
        .map(|index| index + 1)
}

fn contains_ignoring_case(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod nothing_lost_tests;
#[cfg(test)]
mod shaped_tests;
#[cfg(test)]
mod tests;

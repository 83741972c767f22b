//! Any CSV file as a table: contact exports and the back office's team lists alike.
//! The encoding (UTF-8, else Windows-1252; a UTF-8 byte-order mark dropped) and the
//! delimiter are detected and can be overridden; lines are counted as people count
//! them, and cells beyond the header line get a column of their own.

use crate::io::charset::{Encoding, decode, decode_guessing};

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
    let mut headers = headers.ok_or(CsvError::Empty)?;
    // Old Thunderbird ends every line with a delimiter: an empty last column is none.
    while headers.last().is_some_and(String::is_empty)
        && rows
            .iter()
            .all(|r| r.fields.get(headers.len() - 1).is_none_or(String::is_empty))
    {
        headers.pop();
    }
    // Cells beyond the header line get a column of their own, named by its number, so
    // that they are read like any other column nobody recognises.
    // A column without a header is named by its number, as cells beyond the header are.
    for (column, header) in headers.iter_mut().enumerate() {
        if header.is_empty()
            && rows
                .iter()
                .any(|r| r.fields.get(column).is_some_and(|f| !f.is_empty()))
        {
            *header = (column + 1).to_string();
        }
    }
    let width = rows
        .iter()
        .filter_map(|r| r.fields.iter().rposition(|f| !f.is_empty()))
        .max()
        .map_or(0, |last| last + 1);
    for column in headers.len()..width {
        headers.push((column + 1).to_string());
    }
    Ok(CsvTable {
        encoding,
        delimiter,
        headers,
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

#[cfg(test)]
mod tests;

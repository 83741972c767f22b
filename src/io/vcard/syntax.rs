//! A vCard file split into cards and raw properties. Real files break the standard in
//! many ways, so this reads what they write: CRLF, LF or CR CR LF line ends; folded lines
//! (a leading space or tab continues the line before); quoted-printable soft breaks (a
//! value ending in `=` continues on the next line); base64 blocks whose lines carry no
//! colon; lower-case names; `item1.TEL` groups; 2.1 bare parameters (`TEL;CELL;PREF`)
//! and quoted parameter values that hold `:` or `;`.

/// One `NAME;PARAM=VALUE:value` line, unfolded, with its value still as raw bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawProperty {
    /// The physical line the property starts on, counting from 1.
    pub line: usize,
    /// `item1` in `item1.TEL`: Apple ties a label (`item1.X-ABLabel`) to a value this way.
    pub group: Option<String>,
    /// Upper case.
    pub name: String,
    /// Parameter names in upper case; a 2.1 bare parameter such as `CELL` becomes
    /// `TYPE=CELL`, and `QUOTED-PRINTABLE` or `BASE64` become `ENCODING=…`.
    pub params: Vec<(String, String)>,
    pub value: Vec<u8>,
}

impl RawProperty {
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Every `TYPE` given, in upper case, however it was written (`TYPE=work,voice`,
    /// `TYPE=WORK;TYPE=VOICE`, `WORK;VOICE`).
    pub fn types(&self) -> Vec<String> {
        self.params
            .iter()
            .filter(|(k, _)| k == "TYPE")
            .flat_map(|(_, v)| v.split(','))
            .map(|t| t.trim().to_uppercase())
            .filter(|t| !t.is_empty())
            .collect()
    }

    pub fn is_quoted_printable(&self) -> bool {
        self.param("ENCODING")
            .is_some_and(|e| e.eq_ignore_ascii_case("QUOTED-PRINTABLE"))
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawCard {
    /// The line of `BEGIN:VCARD`.
    pub line: usize,
    pub properties: Vec<RawProperty>,
    /// False when the file ended before `END:VCARD`.
    pub complete: bool,
}

impl RawCard {
    pub fn version(&self) -> Option<&[u8]> {
        self.properties
            .iter()
            .find(|p| p.name == "VERSION")
            .map(|p| p.value.as_slice())
    }
}

/// Where the property's name and parameters end: the first colon outside quotes.
fn head_end(line: &[u8]) -> Option<usize> {
    let mut quoted = false;
    for (i, &b) in line.iter().enumerate() {
        match b {
            b'"' => quoted = !quoted,
            b':' if !quoted => return Some(i),
            _ => {}
        }
    }
    None
}

fn is_quoted_printable_head(line: &[u8]) -> bool {
    let head = &line[..head_end(line).unwrap_or(line.len())];
    head.windows(16)
        .any(|w| w.eq_ignore_ascii_case(b"QUOTED-PRINTABLE"))
}

/// Base64 blocks of 2.1 files (photos, keys) often run on over lines without a colon.
fn is_base64_head(line: &[u8]) -> bool {
    let head = &line[..head_end(line).unwrap_or(line.len())];
    let has = |word: &[u8]| {
        head.windows(word.len())
            .any(|w| w.eq_ignore_ascii_case(word))
    };
    has(b"BASE64") || has(b"ENCODING=B")
}

/// Each logical line with the number of its first physical line: folding and soft line
/// breaks undone, base64 runs joined. One line at a time, so a big file is never held
/// twice.
struct LogicalLines<'a> {
    /// What is left to read; `None` once the last physical line was taken.
    rest: Option<&'a [u8]>,
    separator: u8,
    physical_lines: usize,
    pending: Option<(usize, Vec<u8>)>,
    soft_break: bool,
}

impl<'a> LogicalLines<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Self {
            rest: Some(bytes),
            separator: if bytes.contains(&b'\n') { b'\n' } else { b'\r' },
            physical_lines: 0,
            pending: None,
            soft_break: false,
        }
    }

    fn next_physical(&mut self) -> Option<&'a [u8]> {
        let rest = self.rest?;
        self.physical_lines += 1;
        match rest.iter().position(|&b| b == self.separator) {
            Some(at) => {
                self.rest = Some(&rest[at + 1..]);
                Some(&rest[..at])
            }
            None => {
                self.rest = None;
                Some(rest)
            }
        }
    }
}

impl Iterator for LogicalLines<'_> {
    type Item = (usize, Vec<u8>);

    fn next(&mut self) -> Option<Self::Item> {
        while let Some(raw) = self.next_physical() {
            let end = raw.iter().rposition(|&b| b != b'\r').map_or(0, |p| p + 1);
            let line = &raw[..end];
            let folded = line.first().is_some_and(|&b| b == b' ' || b == b'\t');
            let in_base64 = self
                .pending
                .as_ref()
                .is_some_and(|(_, l)| is_base64_head(l));
            let continues = self.pending.is_some()
                && (self.soft_break
                    || folded
                    || (in_base64 && !line.is_empty() && head_end(line).is_none()));
            let mut finished = None;
            if continues {
                let current = &mut self.pending.as_mut().expect("checked above").1;
                if folded && !self.soft_break {
                    current.extend_from_slice(&line[1..]);
                } else {
                    current.extend_from_slice(line);
                }
            } else if !line.is_empty() {
                finished = self.pending.replace((self.physical_lines, line.to_vec()));
            }
            self.soft_break = self
                .pending
                .as_ref()
                .is_some_and(|(_, l)| l.last() == Some(&b'=') && is_quoted_printable_head(l));
            if self.soft_break {
                self.pending.as_mut().expect("checked above").1.pop();
            }
            if finished.is_some() {
                return finished;
            }
        }
        self.pending.take()
    }
}

/// Splits at `separator` outside double quotes.
fn split_unquoted(text: &str, separator: char) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut quoted, mut start) = (false, 0);
    for (i, c) in text.char_indices() {
        if c == '"' {
            quoted = !quoted;
        } else if c == separator && !quoted {
            parts.push(&text[start..i]);
            start = i + 1;
        }
    }
    parts.push(&text[start..]);
    parts
}

fn parse_property(number: usize, line: &[u8]) -> Option<RawProperty> {
    let end = head_end(line)?;
    let head = String::from_utf8_lossy(&line[..end]);
    let mut parts = split_unquoted(&head, ';').into_iter();
    let full_name = parts.next()?.trim();
    let (group, name) = match full_name.rsplit_once('.') {
        Some((group, name)) => (Some(group.to_owned()), name),
        None => (None, full_name),
    };
    if name.is_empty() {
        return None;
    }
    let params = parts
        .filter(|p| !p.trim().is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (
                k.trim().to_uppercase(),
                v.trim().trim_matches('"').to_owned(),
            ),
            None => {
                let bare = p.trim().to_uppercase();
                let key = match bare.as_str() {
                    "QUOTED-PRINTABLE" | "BASE64" | "8BIT" | "7BIT" | "B" => "ENCODING",
                    _ => "TYPE",
                };
                (key.to_owned(), bare)
            }
        })
        .collect();
    Some(RawProperty {
        line: number,
        group,
        name: name.to_uppercase(),
        params,
        value: line[end + 1..].to_vec(),
    })
}

/// Every card in the file, in order, one at a time. Lines outside a card are ignored.
pub struct Cards<'a> {
    lines: LogicalLines<'a>,
    current: Option<RawCard>,
}

pub fn cards(bytes: &[u8]) -> Cards<'_> {
    Cards {
        lines: LogicalLines::new(bytes),
        current: None,
    }
}

impl Iterator for Cards<'_> {
    type Item = RawCard;

    fn next(&mut self) -> Option<RawCard> {
        for (number, line) in self.lines.by_ref() {
            let Some(property) = parse_property(number, &line) else {
                continue;
            };
            let value_is = |word: &[u8]| property.value.trim_ascii().eq_ignore_ascii_case(word);
            match property.name.as_str() {
                "BEGIN" if value_is(b"VCARD") => {
                    let unfinished = self.current.replace(RawCard {
                        line: number,
                        properties: Vec::new(),
                        complete: false,
                    });
                    if unfinished.is_some() {
                        return unfinished;
                    }
                }
                "END" if value_is(b"VCARD") => {
                    if let Some(mut card) = self.current.take() {
                        card.complete = true;
                        return Some(card);
                    }
                }
                _ => {
                    if let Some(card) = self.current.as_mut() {
                        card.properties.push(property);
                    }
                }
            }
        }
        self.current.take()
    }
}

/// About how many cards the file holds, for a progress bar: the lines that begin one.
pub fn card_count(bytes: &[u8]) -> usize {
    const BEGIN: &[u8] = b"BEGIN:VCARD";
    bytes
        .split(|&b| b == b'\n' || b == b'\r')
        .filter(|line| line.len() >= BEGIN.len() && line[..BEGIN.len()].eq_ignore_ascii_case(BEGIN))
        .count()
}

/// Every card in the file, in order.
pub fn parse(bytes: &[u8]) -> Vec<RawCard> {
    cards(bytes).collect()
}

#[cfg(test)]
mod tests;

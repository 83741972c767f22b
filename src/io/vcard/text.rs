//! A property's bytes as text: quoted-printable decoded, the character set applied, and
//! vCard escapes (`\n`, `\,`, `\;`, `\\`) undone.

use crate::io::charset::{decode_windows_1252, utf8_or_windows_1252};
use crate::io::vcard::syntax::RawProperty;

/// Decodes character sets other than the ones every file may use (UTF-8, ISO-8859-1,
/// Windows-1252), such as Shift_JIS from Japanese feature phones. In the browser this is
/// `TextDecoder`; `io` itself stays free of web APIs and of large encoding tables.
pub trait Charsets {
    /// The text, or `None` when the label is unknown.
    fn decode(&self, label: &str, bytes: &[u8]) -> Option<String>;
}

/// Only the character sets built in.
pub struct BuiltInCharsets;

impl Charsets for BuiltInCharsets {
    fn decode(&self, _label: &str, _bytes: &[u8]) -> Option<String> {
        None
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextError {
    /// A character set neither built in nor known to the given [`Charsets`].
    UnknownCharset(String),
}

/// `=XX` pairs to bytes; anything else as it is.
pub fn decode_quoted_printable(value: &[u8]) -> Vec<u8> {
    let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    let mut out = Vec::with_capacity(value.len());
    let mut i = 0;
    while i < value.len() {
        if value[i] == b'='
            && i + 2 < value.len()
            && let (Some(high), Some(low)) = (hex(value[i + 1]), hex(value[i + 2]))
        {
            out.push(high << 4 | low);
            i += 3;
            continue;
        }
        out.push(value[i]);
        i += 1;
    }
    out
}

fn is_western(label: &str) -> bool {
    let label = label.trim().to_ascii_lowercase();
    matches!(
        label.as_str(),
        "iso-8859-1"
            | "iso8859-1"
            | "latin1"
            | "l1"
            | "windows-1252"
            | "cp1252"
            | "us-ascii"
            | "ascii"
    )
}

/// The property's value as text, escapes still in place. Without a declared character
/// set, bytes that are not UTF-8 are read as Windows-1252, which is what German Outlook
/// and Excel write.
pub fn property_text(property: &RawProperty, charsets: &dyn Charsets) -> Result<String, TextError> {
    let bytes = if property.is_quoted_printable() {
        decode_quoted_printable(&property.value)
    } else {
        property.value.clone()
    };
    match property.param("CHARSET") {
        None => Ok(utf8_or_windows_1252(&bytes)),
        Some(label)
            if label.eq_ignore_ascii_case("utf-8") || label.eq_ignore_ascii_case("utf8") =>
        {
            Ok(utf8_or_windows_1252(&bytes))
        }
        Some(label) if is_western(label) => Ok(decode_windows_1252(&bytes)),
        Some(label) => charsets
            .decode(label, &bytes)
            .ok_or_else(|| TextError::UnknownCharset(label.to_owned())),
    }
}

/// Splits a structured value (`N`, `ADR`) at unescaped `;` and undoes the escapes of
/// each part.
pub fn components(text: &str) -> Vec<String> {
    split_unescaped(text, ';')
        .iter()
        .map(|p| unescape(p))
        .collect()
}

/// The parts of a name (`N`), where each part may itself be a list ("Richter,James" for
/// two middle names): lists are joined with spaces.
pub fn name_components(text: &str) -> Vec<String> {
    split_unescaped(text, ';')
        .iter()
        .map(|p| list(p).join(" "))
        .collect()
}

/// Splits a list value (`CATEGORIES`, `NICKNAME`) at unescaped `,`.
pub fn list(text: &str) -> Vec<String> {
    split_unescaped(text, ',')
        .iter()
        .map(|p| unescape(p).trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect()
}

fn split_unescaped(text: &str, separator: char) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut start, mut escaped) = (0, false);
    for (i, c) in text.char_indices() {
        if escaped {
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if c == separator {
            parts.push(&text[start..i]);
            start = i + c.len_utf8();
        }
    }
    parts.push(&text[start..]);
    parts
}

/// `\n` and `\N` to a line break, `\x` to `x` for any other character.
pub fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push('\n'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out.replace("\r\n", "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_printable_keeps_what_is_not_an_escape() {
        assert_eq!(decode_quoted_printable(b"K=C3=B6ln"), "Köln".as_bytes());
        assert_eq!(decode_quoted_printable(b"100=25 =ZZ ="), b"100% =ZZ =");
        assert_eq!(decode_quoted_printable(b"=0D=0A"), b"\r\n");
    }

    #[test]
    fn western_text_and_escapes() {
        assert_eq!(
            decode_windows_1252(b"Stra\xdfe \x80 \x93ja\x94"),
            "Straße € “ja”"
        );
        assert_eq!(utf8_or_windows_1252("Zoë".as_bytes()), "Zoë");
        assert_eq!(utf8_or_windows_1252(b"Zo\xeb"), "Zoë");
        assert_eq!(
            unescape(r"Zeile 1\nZeile 2\, mit Komma\; und \\"),
            "Zeile 1\nZeile 2, mit Komma; und \\"
        );
        assert_eq!(
            components(r"M\;ller;Anna\, Maria;;"),
            ["M;ller", "Anna, Maria", "", ""]
        );
        assert_eq!(
            list("Kunden, VIP ,,Party\\, Sommer"),
            ["Kunden", "VIP", "Party, Sommer"]
        );
    }
}

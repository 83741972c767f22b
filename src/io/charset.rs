//! Text in the character sets contact files come in. UTF-8 and Windows-1252 (what
//! German Windows, Outlook and Excel write, and what browsers read for "ISO-8859-1") are
//! built in; anything rarer goes through a decoder the caller gives.

/// Windows-1252's characters for 0x80 to 0x9F; ISO-8859-1 maps the rest one to one.
/// Browsers read "ISO-8859-1" as Windows-1252 too.
const WINDOWS_1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

pub fn decode_windows_1252(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9f => WINDOWS_1252_HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

pub fn utf8_or_windows_1252(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => decode_windows_1252(bytes),
    }
}

/// UTF-8 unless the bytes are not valid UTF-8, then Windows-1252. A UTF-8 byte-order
/// mark is dropped.
pub fn decode_guessing(bytes: &[u8]) -> (String, Encoding) {
    match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (String::from_utf8_lossy(rest).into_owned(), Encoding::Utf8),
        None => match std::str::from_utf8(bytes) {
            Ok(text) => (text.to_owned(), Encoding::Utf8),
            Err(_) => (decode_windows_1252(bytes), Encoding::Windows1252),
        },
    }
}

/// The encodings a user can choose for a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Windows1252,
}

pub fn decode(bytes: &[u8], encoding: Encoding) -> String {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    match encoding {
        Encoding::Utf8 => String::from_utf8_lossy(bytes).into_owned(),
        Encoding::Windows1252 => decode_windows_1252(bytes),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_or_without_mark_and_windows_1252_otherwise() {
        assert_eq!(
            decode_guessing(b"\xef\xbb\xbfK\xc3\xb6ln"),
            ("Köln".into(), Encoding::Utf8)
        );
        assert_eq!(
            decode_guessing(b"K\xf6ln"),
            ("Köln".into(), Encoding::Windows1252)
        );
        assert_eq!(decode(b"K\xf6ln \x80", Encoding::Windows1252), "Köln €");
    }
}

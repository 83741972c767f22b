//! The envelope of a file Teamline writes for itself: a full backup or a report for the
//! upline. It says what it is and which version wrote it, and carries named sections of
//! bytes, compressed with zlib (whose checksum notices a file changed or cut short). What
//! a section holds is up to its writer: a backup's sections are the database's own chunks
//! and settings values, so a backup restores through the same migrations as the database.
//! The layout is documented in `docs/backup-format.md`.

use serde::{Deserialize, Serialize};

const MAGIC: &[u8; 8] = b"TEAMLINE";
/// The envelope's own version; what is inside versions itself.
pub const ENVELOPE_VERSION: u8 = 1;
/// Larger files are refused before they are read.
pub const MAX_FILE_BYTES: usize = 100 * 1024 * 1024;
/// Unpacking stops here, so a file made to blow up in memory cannot.
pub const MAX_UNPACKED_BYTES: usize = 256 * 1024 * 1024;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Backup,
    Report,
}

impl FileKind {
    pub fn byte(self) -> u8 {
        match self {
            FileKind::Backup => b'B',
            FileKind::Report => b'R',
        }
    }

    pub fn of_byte(byte: u8) -> Option<FileKind> {
        match byte {
            b'B' => Some(FileKind::Backup),
            b'R' => Some(FileKind::Report),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    pub key: String,
    pub bytes: Vec<u8>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contents {
    /// When the file was made, in milliseconds since 1970 (UTC).
    pub made_at_ms: i64,
    /// The version of the database format the sections are in.
    pub data_format: u8,
    pub sections: Vec<Section>,
}

/// Why a file cannot be read; nothing is changed when one is refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EnvelopeError {
    /// Not a file Teamline wrote (or not one of its backups and reports).
    NotTeamline,
    /// A backup where a report is expected, or the reverse.
    WrongKind {
        found: FileKind,
    },
    /// Written by a newer Teamline than this one.
    Newer {
        version: u8,
    },
    TooLarge {
        bytes: usize,
    },
    /// Cut short, or changed after it was written.
    Damaged,
}

pub fn write_file(kind: FileKind, contents: &Contents) -> Vec<u8> {
    let body = postcard::to_allocvec(contents).unwrap_or_default();
    let mut file = Vec::with_capacity(body.len() / 4 + 16);
    file.extend_from_slice(MAGIC);
    file.push(kind.byte());
    file.push(ENVELOPE_VERSION);
    file.extend(miniz_oxide::deflate::compress_to_vec_zlib(&body, 6));
    file
}

/// The file's kind as its first bytes say, if it is one of Teamline's.
pub fn kind_of(file: &[u8]) -> Option<FileKind> {
    file.strip_prefix(MAGIC.as_slice())
        .and_then(|rest| rest.first())
        .and_then(|&byte| FileKind::of_byte(byte))
}

pub fn read_file(file: &[u8], expected: FileKind) -> Result<Contents, EnvelopeError> {
    if file.len() > MAX_FILE_BYTES {
        return Err(EnvelopeError::TooLarge { bytes: file.len() });
    }
    let found = kind_of(file).ok_or(EnvelopeError::NotTeamline)?;
    if found != expected {
        return Err(EnvelopeError::WrongKind { found });
    }
    let version = *file.get(MAGIC.len() + 1).ok_or(EnvelopeError::Damaged)?;
    if version > ENVELOPE_VERSION {
        return Err(EnvelopeError::Newer { version });
    }
    let packed = &file[MAGIC.len() + 2..];
    let body = miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(packed, MAX_UNPACKED_BYTES)
        .map_err(|_| EnvelopeError::Damaged)?;
    postcard::from_bytes(&body).map_err(|_| EnvelopeError::Damaged)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contents() -> Contents {
        Contents {
            made_at_ms: 1_780_000_000_000,
            data_format: 5,
            sections: vec![
                Section {
                    key: "settings".into(),
                    bytes: b"{\"language\":\"de\"}".to_vec(),
                },
                Section {
                    key: "contacts/07".into(),
                    bytes: "Jürgen Weiß 🌞 ".repeat(500).into_bytes(),
                },
            ],
        }
    }

    #[test]
    fn a_file_reads_back_as_written_and_is_compressed() {
        let file = write_file(FileKind::Backup, &contents());
        assert_eq!(&file[..10], b"TEAMLINEB\x01");
        assert_eq!(kind_of(&file), Some(FileKind::Backup));
        assert_eq!(read_file(&file, FileKind::Backup), Ok(contents()));
        let raw: usize = contents().sections.iter().map(|s| s.bytes.len()).sum();
        assert!(file.len() * 10 < raw, "{} bytes for {raw}", file.len());
    }

    #[test]
    fn every_bad_file_is_named_for_what_is_wrong_with_it() {
        let file = write_file(FileKind::Backup, &contents());
        assert_eq!(
            read_file(b"BEGIN:VCARD\r\nFN:Anna\r\nEND:VCARD", FileKind::Backup),
            Err(EnvelopeError::NotTeamline)
        );
        assert_eq!(
            read_file(b"", FileKind::Backup),
            Err(EnvelopeError::NotTeamline)
        );
        assert_eq!(
            read_file(&file, FileKind::Report),
            Err(EnvelopeError::WrongKind {
                found: FileKind::Backup
            })
        );
        let mut newer = file.clone();
        newer[9] = ENVELOPE_VERSION + 1;
        assert_eq!(
            read_file(&newer, FileKind::Backup),
            Err(EnvelopeError::Newer {
                version: ENVELOPE_VERSION + 1
            })
        );
        assert_eq!(
            read_file(&file[..file.len() - 9], FileKind::Backup),
            Err(EnvelopeError::Damaged),
            "cut short"
        );
        for at in [12, file.len() / 2, file.len() - 2] {
            let mut changed = file.clone();
            changed[at] ^= 0x40;
            assert_eq!(
                read_file(&changed, FileKind::Backup),
                Err(EnvelopeError::Damaged),
                "one byte changed at {at}"
            );
        }
        let huge = vec![0u8; MAX_FILE_BYTES + 1];
        assert_eq!(
            read_file(&huge, FileKind::Backup),
            Err(EnvelopeError::TooLarge {
                bytes: MAX_FILE_BYTES + 1
            })
        );
    }

    #[test]
    fn a_file_that_would_unpack_past_the_limit_is_refused() {
        let mut file = Vec::from(&MAGIC[..]);
        file.push(b'B');
        file.push(ENVELOPE_VERSION);
        let zeros = vec![0u8; MAX_UNPACKED_BYTES + 1];
        file.extend(miniz_oxide::deflate::compress_to_vec_zlib(&zeros, 6));
        assert!(file.len() < 1024 * 1024, "small on disk: {}", file.len());
        assert_eq!(
            read_file(&file, FileKind::Backup),
            Err(EnvelopeError::Damaged)
        );
    }
}

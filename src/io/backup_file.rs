//! The envelope of a file Teamline writes for itself: a full backup or a report for the
//! upline. It says what it is and which version wrote it, and carries named sections of
//! bytes, compressed with zlib (whose checksum notices a file changed or cut short). What
//! a section holds is up to its writer: a backup's sections are the database's own chunks
//! and settings values, so a backup restores through the same migrations as the database.
//! The layout is documented in `docs/backup-format.md`.

use crate::domain::pace::{DynPace, Progress, Unpaced, WorkStep, unpaced};
use miniz_oxide::deflate::core::{
    CompressorOxide, TDEFLFlush, compress_to_output, create_comp_flags_from_zip_params,
};
use miniz_oxide::inflate::TINFLStatus;
use miniz_oxide::inflate::core::{DecompressorOxide, decompress, inflate_flags};
use serde::{Deserialize, Serialize};

const MAGIC: &[u8; 8] = b"TEAMLINE";
/// The envelope's own version; what is inside versions itself.
pub const ENVELOPE_VERSION: u8 = 1;
/// Larger files are refused before they are read.
pub const MAX_FILE_BYTES: usize = 100 * 1024 * 1024;
/// Unpacking stops here, so a file made to blow up in memory cannot.
pub const MAX_UNPACKED_BYTES: usize = 256 * 1024 * 1024;
/// zlib's wrapper (a header and a checksum) around the deflate stream.
const ZLIB_WINDOW_BITS: i32 = 1;

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
    /// As one run of bytes rather than a sequence of numbers: the same bytes in the file,
    /// copied at once instead of one by one.
    #[serde(with = "serde_bytes")]
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

/// How much of the body is packed or unpacked between two turns of the pace: a few ms
/// of work on a phone.
const SLICE_BYTES: usize = 128 * 1024;

pub fn write_file(kind: FileKind, contents: &Contents) -> Vec<u8> {
    unpaced(write_file_paced(kind, contents, &mut Unpaced))
}

/// Writes the file, telling `pace` how many bytes of the body are packed.
pub async fn write_file_paced(
    kind: FileKind,
    contents: &Contents,
    pace: &mut dyn DynPace,
) -> Vec<u8> {
    let body = postcard::to_allocvec(contents).unwrap_or_default();
    let mut file = Vec::with_capacity(body.len() / 4 + 16);
    file.extend_from_slice(MAGIC);
    file.push(kind.byte());
    file.push(ENVELOPE_VERSION);
    let flags = create_comp_flags_from_zip_params(6, ZLIB_WINDOW_BITS, 0);
    let mut compressor = CompressorOxide::new(flags);
    let slices: Vec<&[u8]> = body.chunks(SLICE_BYTES).collect();
    for (index, slice) in slices.iter().enumerate() {
        let last = index + 1 == slices.len();
        let flush = if last {
            TDEFLFlush::Finish
        } else {
            TDEFLFlush::None
        };
        compress_to_output(&mut compressor, slice, flush, |packed| {
            file.extend_from_slice(packed);
            true
        });
        pace.after_dyn(Progress {
            step: WorkStep::Packing,
            done: index + 1,
            total: slices.len(),
        })
        .await;
    }
    if slices.is_empty() {
        compress_to_output(&mut compressor, &[], TDEFLFlush::Finish, |packed| {
            file.extend_from_slice(packed);
            true
        });
    }
    file
}

/// The file's kind as its first bytes say, if it is one of Teamline's.
pub fn kind_of(file: &[u8]) -> Option<FileKind> {
    file.strip_prefix(MAGIC.as_slice())
        .and_then(|rest| rest.first())
        .and_then(|&byte| FileKind::of_byte(byte))
}

pub fn read_file(file: &[u8], expected: FileKind) -> Result<Contents, EnvelopeError> {
    unpaced(read_file_paced(file, expected, &mut Unpaced))
}

/// Reads the file, telling `pace` how many bytes of it are unpacked.
pub async fn read_file_paced(
    file: &[u8],
    expected: FileKind,
    pace: &mut dyn DynPace,
) -> Result<Contents, EnvelopeError> {
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
    let body = unpack(&file[MAGIC.len() + 2..], pace).await?;
    postcard::from_bytes(&body).map_err(|_| EnvelopeError::Damaged)
}

/// Unpacks a zlib stream a slice at a time, checking its checksum and stopping at
/// [`MAX_UNPACKED_BYTES`].
async fn unpack(packed: &[u8], pace: &mut dyn DynPace) -> Result<Vec<u8>, EnvelopeError> {
    use inflate_flags::*;
    let mut decompressor = Box::<DecompressorOxide>::default();
    let mut body = vec![
        0;
        packed
            .len()
            .saturating_mul(2)
            .clamp(1024, MAX_UNPACKED_BYTES)
    ];
    let (mut read, mut written) = (0, 0);
    loop {
        let end = (read + SLICE_BYTES).min(packed.len());
        let more_input = if end < packed.len() {
            TINFL_FLAG_HAS_MORE_INPUT
        } else {
            0
        };
        // The whole output is the window, so back-references reach anything unpacked.
        let flags = TINFL_FLAG_PARSE_ZLIB_HEADER
            | TINFL_FLAG_COMPUTE_ADLER32
            | TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF
            | more_input;
        let (status, consumed, produced) = decompress(
            &mut decompressor,
            &packed[read..end],
            &mut body,
            written,
            flags,
        );
        read += consumed;
        written += produced;
        match status {
            TINFLStatus::Done => {
                body.truncate(written);
                return Ok(body);
            }
            TINFLStatus::NeedsMoreInput if end < packed.len() => {}
            TINFLStatus::HasMoreOutput if body.len() < MAX_UNPACKED_BYTES => {
                let grown = body.len().saturating_mul(2).min(MAX_UNPACKED_BYTES);
                body.resize(grown, 0);
            }
            _ => return Err(EnvelopeError::Damaged),
        }
        pace.after_dyn(Progress {
            step: WorkStep::Unpacking,
            done: read,
            total: packed.len(),
        })
        .await;
    }
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

    /// Several slices' worth of bytes that do not pack to nothing.
    fn big_contents() -> Contents {
        let bytes = (0..5 * SLICE_BYTES as u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8 % 7)
            .collect();
        Contents {
            sections: vec![Section {
                key: "interactions/01".into(),
                bytes,
            }],
            ..contents()
        }
    }

    #[test]
    fn a_big_file_is_packed_and_unpacked_a_slice_at_a_time_with_its_progress() {
        use crate::domain::pace::Recorded;
        let mut packing = Recorded::default();
        let file = unpaced(write_file_paced(
            FileKind::Backup,
            &big_contents(),
            &mut packing,
        ));
        let steps: Vec<_> = packing
            .0
            .iter()
            .map(|p| (p.step, p.done, p.total))
            .collect();
        assert_eq!(steps.len(), 6, "{steps:?}");
        assert_eq!(steps.last(), Some(&(WorkStep::Packing, 6, 6)));

        let mut unpacking = Recorded::default();
        let read = unpaced(read_file_paced(&file, FileKind::Backup, &mut unpacking));
        assert_eq!(read, Ok(big_contents()));
        assert!(unpacking.0.len() > 1, "{:?}", unpacking.0);
        assert!(unpacking.0.iter().all(|p| p.step == WorkStep::Unpacking));
        assert!(unpacking.0.windows(2).all(|w| w[0].done <= w[1].done));
    }

    #[test]
    fn a_file_packed_in_one_go_by_an_earlier_version_reads_the_same() {
        let contents = big_contents();
        let mut file = Vec::from(&MAGIC[..]);
        file.extend([b'B', ENVELOPE_VERSION]);
        let body = postcard::to_allocvec(&contents).unwrap();
        file.extend(miniz_oxide::deflate::compress_to_vec_zlib(&body, 6));
        assert_eq!(read_file(&file, FileKind::Backup), Ok(contents));
    }

    #[test]
    fn a_section_is_stored_in_the_bytes_earlier_versions_wrote() {
        #[derive(Serialize)]
        struct Earlier {
            key: String,
            bytes: Vec<u8>,
        }
        let bytes = vec![0, 1, 127, 128, 255];
        let now = Section {
            key: "contacts/07".into(),
            bytes: bytes.clone(),
        };
        let earlier = Earlier {
            key: "contacts/07".into(),
            bytes,
        };
        assert_eq!(
            postcard::to_allocvec(&now).unwrap(),
            postcard::to_allocvec(&earlier).unwrap()
        );
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

//! The layout of a Teamline file protected with a passphrase: a clear header that says
//! what it is, which file kind is inside and how the key is derived, then the inner file
//! (a backup or a report as `backup_file` writes it) sealed with AES-256-GCM. The header
//! is the cipher's additional data, so changing any byte of it fails like a wrong
//! passphrase. The cryptography itself is the browser's (WebCrypto); this module only
//! reads and writes the bytes around it. Documented in `docs/backup-format.md`.

use crate::io::backup_file::{EnvelopeError, FileKind, MAX_FILE_BYTES};

const MAGIC: &[u8; 8] = b"TEAMLINE";
const PROTECTED: u8 = b'E';
pub const PROTECTION_VERSION: u8 = 1;
/// PBKDF2-HMAC-SHA256 rounds for new files: OWASP's 2023 figure.
pub const ITERATIONS: u32 = 600_000;
/// A file asking for more rounds than this is refused: it could keep a phone busy for
/// minutes.
pub const MAX_ITERATIONS: u32 = 10_000_000;
pub const SALT_BYTES: usize = 16;
pub const NONCE_BYTES: usize = 12;
/// The GCM tag at the end of the sealed bytes.
pub const TAG_BYTES: usize = 16;
pub const HEADER_BYTES: usize = 8 + 1 + 1 + 1 + 4 + SALT_BYTES + NONCE_BYTES;

/// What the key and the cipher need besides the passphrase.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Protection {
    /// The kind of the file inside, readable without the passphrase.
    pub inner: FileKind,
    pub iterations: u32,
    pub salt: [u8; SALT_BYTES],
    pub nonce: [u8; NONCE_BYTES],
}

impl Protection {
    /// The clear header, which is also the cipher's additional data.
    pub fn header(&self) -> Vec<u8> {
        let mut header = Vec::with_capacity(HEADER_BYTES);
        header.extend_from_slice(MAGIC);
        header.push(PROTECTED);
        header.push(PROTECTION_VERSION);
        header.push(self.inner.byte());
        header.extend_from_slice(&self.iterations.to_be_bytes());
        header.extend_from_slice(&self.salt);
        header.extend_from_slice(&self.nonce);
        header
    }
}

/// A protected file taken apart.
pub struct Protected<'a> {
    pub protection: Protection,
    pub header: &'a [u8],
    /// The ciphertext with its tag.
    pub sealed: &'a [u8],
}

/// The kind inside, if `file` is a protected Teamline file at all.
pub fn protected_kind(file: &[u8]) -> Option<FileKind> {
    let rest = file.strip_prefix(MAGIC.as_slice())?;
    match rest {
        [PROTECTED, _, kind, ..] => FileKind::of_byte(*kind),
        _ => None,
    }
}

pub fn read_protected(file: &[u8], expected: FileKind) -> Result<Protected<'_>, EnvelopeError> {
    if file.len() > MAX_FILE_BYTES {
        return Err(EnvelopeError::TooLarge { bytes: file.len() });
    }
    let found = protected_kind(file).ok_or(EnvelopeError::NotTeamline)?;
    if found != expected {
        return Err(EnvelopeError::WrongKind { found });
    }
    let version = file[MAGIC.len() + 1];
    if version > PROTECTION_VERSION {
        return Err(EnvelopeError::Newer { version });
    }
    if file.len() < HEADER_BYTES + TAG_BYTES {
        return Err(EnvelopeError::Damaged);
    }
    let (header, sealed) = file.split_at(HEADER_BYTES);
    let mut at = MAGIC.len() + 3;
    let mut take = |n: usize| {
        let part = &header[at..at + n];
        at += n;
        part
    };
    let iterations = u32::from_be_bytes(take(4).try_into().map_err(|_| EnvelopeError::Damaged)?);
    let salt = take(SALT_BYTES)
        .try_into()
        .map_err(|_| EnvelopeError::Damaged)?;
    let nonce = take(NONCE_BYTES)
        .try_into()
        .map_err(|_| EnvelopeError::Damaged)?;
    if iterations == 0 || iterations > MAX_ITERATIONS {
        return Err(EnvelopeError::Damaged);
    }
    Ok(Protected {
        protection: Protection {
            inner: found,
            iterations,
            salt,
            nonce,
        },
        header,
        sealed,
    })
}

pub fn write_protected(protection: &Protection, sealed: &[u8]) -> Vec<u8> {
    let mut file = protection.header();
    file.extend_from_slice(sealed);
    file
}

#[cfg(test)]
mod tests {
    use super::*;

    fn protection() -> Protection {
        Protection {
            inner: FileKind::Report,
            iterations: ITERATIONS,
            salt: [7; SALT_BYTES],
            nonce: [9; NONCE_BYTES],
        }
    }

    #[test]
    fn a_protected_file_says_what_is_inside_and_reads_back() {
        let sealed = vec![1u8; 40];
        let file = write_protected(&protection(), &sealed);
        assert_eq!(&file[..11], b"TEAMLINEE\x01R");
        assert_eq!(file.len(), HEADER_BYTES + 40);
        assert_eq!(protected_kind(&file), Some(FileKind::Report));
        let read = read_protected(&file, FileKind::Report).ok().unwrap();
        assert_eq!(read.protection, protection());
        assert_eq!(read.header, &protection().header()[..]);
        assert_eq!(read.sealed, &sealed[..]);
    }

    #[test]
    fn bad_protected_files_are_named() {
        let file = write_protected(&protection(), &[1u8; 40]);
        let refused = |file: &[u8], kind| read_protected(file, kind).err();
        assert_eq!(
            refused(&file, FileKind::Backup),
            Some(EnvelopeError::WrongKind {
                found: FileKind::Report
            })
        );
        assert_eq!(
            refused(&file[..HEADER_BYTES + 3], FileKind::Report),
            Some(EnvelopeError::Damaged)
        );
        assert_eq!(protected_kind(b"TEAMLINEB\x01"), None, "a plain backup");
        let mut newer = file.clone();
        newer[9] = PROTECTION_VERSION + 1;
        assert_eq!(
            refused(&newer, FileKind::Report),
            Some(EnvelopeError::Newer {
                version: PROTECTION_VERSION + 1
            })
        );
        let mut endless = file.clone();
        endless[11..15].copy_from_slice(&u32::MAX.to_be_bytes());
        assert_eq!(
            refused(&endless, FileKind::Report),
            Some(EnvelopeError::Damaged)
        );
    }
}

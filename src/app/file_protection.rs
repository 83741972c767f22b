//! Protecting an exported file with a passphrase, and opening a protected one: the
//! layout is `io/encrypted_file.rs`, the cryptography the platform's (WebCrypto in the
//! browser), reached through [`Cipher`] so that this layer stays free of web APIs.

use crate::io::backup_file::{EnvelopeError, FileKind, kind_of};
use crate::io::encrypted_file::{
    ITERATIONS, NONCE_BYTES, Protection, SALT_BYTES, read_protected, write_protected,
};
use std::future::Future;

/// At least this many characters; the key derivation slows guessing down, it cannot
/// make a short passphrase strong.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// AES-256-GCM with a key from PBKDF2-HMAC-SHA256, as the platform offers them.
pub trait Cipher {
    fn random_bytes(&self, into: &mut [u8]);
    /// The ciphertext with its tag.
    fn seal(
        &self,
        passphrase: &str,
        protection: &Protection,
        additional: &[u8],
        plain: &[u8],
    ) -> impl Future<Output = Result<Vec<u8>, String>>;
    /// `None` when the passphrase is wrong or the bytes were changed: GCM cannot tell
    /// the two apart.
    fn open(
        &self,
        passphrase: &str,
        protection: &Protection,
        additional: &[u8],
        sealed: &[u8],
    ) -> impl Future<Output = Option<Vec<u8>>>;
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PassphraseProblem {
    TooShort,
    /// The two fields differ.
    NotRepeated,
}

/// Checks a new passphrase as typed twice.
pub fn check_new_passphrase(passphrase: &str, repeated: &str) -> Result<(), PassphraseProblem> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        Err(PassphraseProblem::TooShort)
    } else if passphrase != repeated {
        Err(PassphraseProblem::NotRepeated)
    } else {
        Ok(())
    }
}

/// `file` (a backup or a report) sealed under `passphrase`.
pub async fn protect(
    cipher: &impl Cipher,
    file: &[u8],
    passphrase: &str,
) -> Result<Vec<u8>, String> {
    let inner = kind_of(file).ok_or("not a Teamline file")?;
    let mut salt = [0u8; SALT_BYTES];
    let mut nonce = [0u8; NONCE_BYTES];
    cipher.random_bytes(&mut salt);
    cipher.random_bytes(&mut nonce);
    let protection = Protection {
        inner,
        iterations: ITERATIONS,
        salt,
        nonce,
    };
    let sealed = cipher
        .seal(passphrase, &protection, &protection.header(), file)
        .await?;
    Ok(write_protected(&protection, &sealed))
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotOpened {
    File(EnvelopeError),
    /// The passphrase is wrong, or the file was changed after it was made.
    WrongPassphrase,
}

/// The file inside a protected one.
pub async fn unprotect(
    cipher: &impl Cipher,
    file: &[u8],
    expected: FileKind,
    passphrase: &str,
) -> Result<Vec<u8>, NotOpened> {
    let protected = read_protected(file, expected).map_err(NotOpened::File)?;
    let inner = cipher
        .open(
            passphrase,
            &protected.protection,
            protected.header,
            protected.sealed,
        )
        .await
        .ok_or(NotOpened::WrongPassphrase)?;
    // The kind in the clear header was sealed with the file; this only guards against a
    // file made by other software that put something else inside.
    if kind_of(&inner) != Some(expected) {
        return Err(NotOpened::File(EnvelopeError::Damaged));
    }
    Ok(inner)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_passphrase_is_long_enough_and_typed_the_same_twice() {
        assert_eq!(
            check_new_passphrase("kurz", "kurz"),
            Err(PassphraseProblem::TooShort)
        );
        assert_eq!(
            check_new_passphrase("Sonnenblume 7", "Sonnenblume 8"),
            Err(PassphraseProblem::NotRepeated)
        );
        assert_eq!(check_new_passphrase("Grüße🌻12", "Grüße🌻12"), Ok(()));
        assert_eq!(
            check_new_passphrase("Grüße🌻", "Grüße🌻"),
            Err(PassphraseProblem::TooShort)
        );
    }
}

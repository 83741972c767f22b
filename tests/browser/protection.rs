//! Files protected with a passphrase through the browser's real WebCrypto: a file made
//! by another implementation (Node's `crypto`, following `docs/backup-format.md`) opens
//! here, a file sealed here opens again, and a wrong passphrase or any changed byte is
//! refused without telling the two apart.

use teamline::app::file_protection::{NotOpened, protect, unprotect};
use teamline::io::backup_file::{Contents, EnvelopeError, FileKind, Section, write_file};
use teamline::io::encrypted_file::{HEADER_BYTES, ITERATIONS, read_protected};
use teamline::ui::web_crypto::WebCrypto;
use wasm_bindgen_test::wasm_bindgen_test;

fn hex(text: &str) -> Vec<u8> {
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).unwrap())
        .collect()
}

/// Made with Node's `crypto.pbkdf2Sync` (600,000 rounds, SHA-256) and an
/// `aes-256-gcm` cipher, passphrase "Sonnenblume 7", salt 16 × 07, nonce 12 × 09, the
/// header as additional data; inside, a backup envelope of a zlib'd German text.
const FROM_NODE: &str = "5445414d4c494e45450142000927c007070707070707070707070707070707090909090909090909090909dd09eb16ac84720dfecdea21e3fd6fb39c67c226ae651bea5f3c29a211d9733008107e84f455ba06c7dae3a5c89b0e5dbbf7bf6b54d4538196a60af2dc04b0965d1780";
const INSIDE_FROM_NODE: &str = "5445414d4c494e454201789cf33abca7283d354f213c35f3f07c1d05f7a2c37b0ecf4f55482c2d56f03ebc2d270f00efb50e8f";

#[wasm_bindgen_test]
async fn a_file_node_protected_by_the_documented_steps_opens() {
    let file = hex(FROM_NODE);
    let inside = unprotect(&WebCrypto, &file, FileKind::Backup, "Sonnenblume 7")
        .await
        .unwrap();
    assert_eq!(inside, hex(INSIDE_FROM_NODE));
    assert_eq!(
        unprotect(&WebCrypto, &file, FileKind::Backup, "Sonnenblume 8").await,
        Err(NotOpened::WrongPassphrase)
    );
}

#[wasm_bindgen_test]
async fn a_protected_file_opens_only_with_its_passphrase_and_unchanged() {
    let backup = write_file(
        FileKind::Backup,
        &Contents {
            made_at_ms: 1_780_000_000_000,
            data_format: 5,
            sections: vec![Section {
                key: "settings".into(),
                bytes: "Grüße aus Köln 🌻".repeat(50).into_bytes(),
            }],
        },
    );
    let passphrase = "Kaffeetafel 1957!";
    let file = protect(&WebCrypto, &backup, passphrase).await.unwrap();
    let parts = read_protected(&file, FileKind::Backup).ok().unwrap();
    assert_eq!(parts.protection.iterations, ITERATIONS);
    assert_ne!(parts.protection.salt, [0; 16], "a random salt");
    let again = protect(&WebCrypto, &backup, passphrase).await.unwrap();
    assert_ne!(
        file[HEADER_BYTES..],
        again[HEADER_BYTES..],
        "a new salt and nonce each time"
    );

    assert_eq!(
        unprotect(&WebCrypto, &file, FileKind::Backup, passphrase).await,
        Ok(backup.clone())
    );
    assert_eq!(
        unprotect(&WebCrypto, &file, FileKind::Backup, "kaffeetafel 1957!").await,
        Err(NotOpened::WrongPassphrase)
    );
    // A byte of the salt, of the iterations, of the sealed file, of the tag.
    for at in [20, 14, HEADER_BYTES + 5, file.len() - 1] {
        let mut changed = file.clone();
        changed[at] ^= 0x01;
        assert_eq!(
            unprotect(&WebCrypto, &changed, FileKind::Backup, passphrase).await,
            Err(NotOpened::WrongPassphrase),
            "byte {at} changed"
        );
    }
    assert_eq!(
        unprotect(&WebCrypto, &file, FileKind::Report, passphrase).await,
        Err(NotOpened::File(EnvelopeError::WrongKind {
            found: FileKind::Backup
        }))
    );
}

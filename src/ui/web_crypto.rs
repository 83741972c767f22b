//! [`Cipher`] on the browser's WebCrypto: PBKDF2-HMAC-SHA256 for the key, AES-256-GCM for
//! the file. Nothing home-made; the steps are those documented in `docs/backup-format.md`.

use crate::app::file_protection::Cipher;
use crate::io::encrypted_file::Protection;
use js_sys::{Array, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AesDerivedKeyParams, AesGcmParams, CryptoKey, Pbkdf2Params, SubtleCrypto};

pub struct WebCrypto;

fn crypto() -> Result<web_sys::Crypto, JsValue> {
    web_sys::window()
        .ok_or_else(|| JsValue::from_str("no window"))?
        .crypto()
}

fn subtle() -> Result<SubtleCrypto, JsValue> {
    crypto().map(|c| c.subtle())
}

async fn key(passphrase: &str, protection: &Protection, usage: &str) -> Result<CryptoKey, JsValue> {
    let subtle = subtle()?;
    let secret = Uint8Array::from(passphrase.as_bytes());
    let base = JsFuture::from(subtle.import_key_with_str(
        "raw",
        &secret,
        "PBKDF2",
        false,
        &Array::of1(&"deriveKey".into()),
    )?)
    .await?;
    let derive = Pbkdf2Params::new_with_str(
        "PBKDF2",
        "SHA-256",
        protection.iterations,
        &Uint8Array::from(&protection.salt[..]),
    );
    let aes = AesDerivedKeyParams::new("AES-GCM", 256);
    let key = JsFuture::from(subtle.derive_key_with_object_and_object(
        &derive,
        &base.unchecked_into(),
        &aes,
        false,
        &Array::of1(&usage.into()),
    )?)
    .await?;
    Ok(key.unchecked_into())
}

fn gcm(protection: &Protection, additional: &[u8]) -> AesGcmParams {
    let params =
        AesGcmParams::new_with_u8_array("AES-GCM", &Uint8Array::from(&protection.nonce[..]));
    params.set_additional_data_u8_array(&Uint8Array::from(additional));
    params
}

async fn seal(
    passphrase: &str,
    protection: &Protection,
    additional: &[u8],
    plain: &[u8],
) -> Result<Vec<u8>, JsValue> {
    let key = key(passphrase, protection, "encrypt").await?;
    let sealed = JsFuture::from(subtle()?.encrypt_with_object_and_u8_array(
        &gcm(protection, additional),
        &key,
        plain,
    )?)
    .await?;
    Ok(Uint8Array::new(&sealed).to_vec())
}

async fn open(
    passphrase: &str,
    protection: &Protection,
    additional: &[u8],
    sealed: &[u8],
) -> Result<Vec<u8>, JsValue> {
    let key = key(passphrase, protection, "decrypt").await?;
    let plain = JsFuture::from(subtle()?.decrypt_with_object_and_u8_array(
        &gcm(protection, additional),
        &key,
        sealed,
    )?)
    .await?;
    Ok(Uint8Array::new(&plain).to_vec())
}

impl Cipher for WebCrypto {
    fn random_bytes(&self, into: &mut [u8]) {
        let filled = crypto().and_then(|c| c.get_random_values_with_u8_array(into).map(|_| ()));
        // Without a random source there must be no file at all: a zero nonce and salt
        // would repeat across files.
        assert!(filled.is_ok(), "the browser offers no random numbers");
    }

    async fn seal(
        &self,
        passphrase: &str,
        protection: &Protection,
        additional: &[u8],
        plain: &[u8],
    ) -> Result<Vec<u8>, String> {
        seal(passphrase, protection, additional, plain)
            .await
            .map_err(|error| format!("{error:?}"))
    }

    async fn open(
        &self,
        passphrase: &str,
        protection: &Protection,
        additional: &[u8],
        sealed: &[u8],
    ) -> Option<Vec<u8>> {
        open(passphrase, protection, additional, sealed).await.ok()
    }
}

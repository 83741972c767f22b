//! Whether the browser keeps the data even under storage pressure, and how much is used.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StorageStatus {
    pub persistent: bool,
    pub usage_bytes: u64,
    pub quota_bytes: u64,
}

fn manager() -> Option<web_sys::StorageManager> {
    let navigator = web_sys::window()?.navigator();
    // Older browsers and some embedded views have no `navigator.storage`.
    js_sys::Reflect::get(&navigator, &"storage".into())
        .ok()
        .filter(|v| !v.is_undefined())?;
    Some(navigator.storage())
}

/// Bytes used and allowed for this origin, if the browser tells.
async fn usage_and_quota() -> Option<(u64, u64)> {
    let estimate: web_sys::StorageEstimate = JsFuture::from(manager()?.estimate().ok()?)
        .await
        .ok()?
        .unchecked_into();
    Some((estimate.get_usage()? as u64, estimate.get_quota()? as u64))
}

/// Asks the browser to keep the data persistently, then reports what it decided.
pub async fn request_persistence() -> Option<StorageStatus> {
    let manager = manager()?;
    let persistent = match manager.persist() {
        Ok(promise) => JsFuture::from(promise)
            .await
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false),
        Err(_) => false,
    };
    let (usage_bytes, quota_bytes) = usage_and_quota().await?;
    Some(StorageStatus {
        persistent,
        usage_bytes,
        quota_bytes,
    })
}

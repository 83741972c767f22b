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
    js_sys::Reflect::get(&navigator, &"storage".into()).ok().filter(|v| !v.is_undefined())?;
    Some(navigator.storage())
}

/// Asks the browser to keep the data persistently, then reports what it decided.
pub async fn request_persistence() -> Option<StorageStatus> {
    let manager = manager()?;
    let persistent = match manager.persist() {
        Ok(promise) => JsFuture::from(promise).await.ok().and_then(|v| v.as_bool()).unwrap_or(false),
        Err(_) => false,
    };
    let estimate: web_sys::StorageEstimate = JsFuture::from(manager.estimate().ok()?).await.ok()?.unchecked_into();
    Some(StorageStatus {
        persistent,
        usage_bytes: estimate.get_usage().unwrap_or(0.0) as u64,
        quota_bytes: estimate.get_quota().unwrap_or(0.0) as u64,
    })
}

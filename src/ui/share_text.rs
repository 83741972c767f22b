//! Handing a text to the phone: copying it, or the system's share sheet where the
//! browser has one. The user starts either; the text goes wherever they choose.

use wasm_bindgen_futures::JsFuture;

fn navigator() -> Option<web_sys::Navigator> {
    web_sys::window().map(|w| w.navigator())
}

/// Whether the browser offers the share sheet (phones do; most desktops do not).
pub fn can_share() -> bool {
    navigator().is_some_and(|n| js_sys::Reflect::has(&n, &"share".into()).unwrap_or(false))
}

/// Opens the share sheet with `text`; false if the browser refused or the user cancelled.
pub async fn share_text(text: &str) -> bool {
    let Some(navigator) = navigator() else {
        return false;
    };
    let data = web_sys::ShareData::new();
    data.set_text(text);
    JsFuture::from(navigator.share_with_data(&data))
        .await
        .is_ok()
}

/// Puts `text` on the clipboard; false where the browser does not allow it.
pub async fn copy_text(text: &str) -> bool {
    let Some(navigator) = navigator() else {
        return false;
    };
    JsFuture::from(navigator.clipboard().write_text(text))
        .await
        .is_ok()
}

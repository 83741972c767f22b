//! Handing a file to the phone's share sheet (WhatsApp, email, …) where the browser can
//! share files, and saving it as a download everywhere else. The user starts either.

use crate::ui::download::download;
use wasm_bindgen_futures::JsFuture;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Handed {
    Shared,
    Downloaded,
    /// The user closed the share sheet.
    Cancelled,
}

/// The file as the share sheet takes it, if this browser can share files at all.
fn shareable(
    name: &str,
    mime: &str,
    bytes: &[u8],
) -> Option<(web_sys::Navigator, web_sys::ShareData)> {
    let navigator = web_sys::window()?.navigator();
    if !js_sys::Reflect::has(&navigator, &"canShare".into()).unwrap_or(false) {
        return None;
    }
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::FilePropertyBag::new();
    options.set_type(mime);
    let file =
        web_sys::File::new_with_u8_array_sequence_and_options(&parts, name, &options).ok()?;
    let data = web_sys::ShareData::new();
    data.set_files(&js_sys::Array::of1(&file));
    navigator
        .can_share_with_data(&data)
        .then_some((navigator, data))
}

pub async fn share_or_download(name: &str, mime: &str, bytes: &[u8]) -> Result<Handed, String> {
    if let Some((navigator, data)) = shareable(name, mime, bytes) {
        return match JsFuture::from(navigator.share_with_data(&data)).await {
            Ok(_) => Ok(Handed::Shared),
            Err(error) => {
                let aborted = js_sys::Reflect::get(&error, &"name".into())
                    .ok()
                    .and_then(|name| name.as_string())
                    .is_some_and(|name| name == "AbortError");
                if aborted {
                    Ok(Handed::Cancelled)
                } else {
                    download(name, mime, bytes).map(|()| Handed::Downloaded)
                }
            }
        };
    }
    download(name, mime, bytes).map(|()| Handed::Downloaded)
}

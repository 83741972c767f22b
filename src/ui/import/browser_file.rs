//! Bytes from the file the user chose, the browser's character sets for the rare ones
//! `io` does not carry (Shift_JIS from Japanese phones), and the phone's contact picker.

use crate::domain::contacts::draft::ContactDraft;
use crate::io::picked_contact::picked_draft;
use crate::io::vcard::text::Charsets;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The file an `<input type=file>` change event carries.
pub fn chosen_file(ev: &leptos::ev::Event) -> Option<web_sys::File> {
    let input: web_sys::HtmlInputElement = ev.target()?.dyn_into().ok()?;
    let file = input.files()?.get(0);
    // Choosing the same file again, after changing it elsewhere, must read it again.
    input.set_value("");
    file
}

pub async fn file_bytes(file: &web_sys::File) -> Result<Vec<u8>, JsValue> {
    let buffer = JsFuture::from(file.array_buffer()).await?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// `TextDecoder` knows every character set of the Encoding Standard.
pub struct BrowserCharsets;

impl Charsets for BrowserCharsets {
    fn decode(&self, label: &str, bytes: &[u8]) -> Option<String> {
        let decoder = web_sys::TextDecoder::new_with_label(label).ok()?;
        decoder.decode_with_u8_array(bytes).ok()
    }
}

fn contacts_manager() -> Option<JsValue> {
    let navigator = web_sys::window()?.navigator();
    js_sys::Reflect::get(&navigator, &JsValue::from_str("contacts"))
        .ok()
        .filter(|manager| !manager.is_undefined() && !manager.is_null())
}

/// Whether this browser lets the user pick contacts from the phone (Android Chrome).
pub fn can_pick_contacts() -> bool {
    contacts_manager().is_some()
}

fn strings(entry: &JsValue, key: &str) -> Vec<String> {
    js_sys::Reflect::get(entry, &JsValue::from_str(key))
        .ok()
        .filter(js_sys::Array::is_array)
        .map(|list| {
            js_sys::Array::from(&list)
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default()
}

/// Asks the phone for contacts; an empty list when the user picks none.
pub async fn pick_contacts() -> Result<Vec<ContactDraft>, JsValue> {
    let manager = contacts_manager().ok_or_else(|| JsValue::from_str("no contact picker"))?;
    let select: js_sys::Function =
        js_sys::Reflect::get(&manager, &JsValue::from_str("select"))?.dyn_into()?;
    let properties = js_sys::Array::of3(
        &JsValue::from_str("name"),
        &JsValue::from_str("tel"),
        &JsValue::from_str("email"),
    );
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &JsValue::from_str("multiple"), &JsValue::TRUE)?;
    let promise: js_sys::Promise = select.call2(&manager, &properties, &options)?.dyn_into()?;
    let picked = JsFuture::from(promise).await?;
    Ok(js_sys::Array::from(&picked)
        .iter()
        .map(|entry| {
            picked_draft(
                &strings(&entry, "name"),
                &strings(&entry, "tel"),
                &strings(&entry, "email"),
            )
        })
        .collect())
}

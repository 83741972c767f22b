//! Choosing the file to import, the same for every kind of import: a file over the size
//! limit is refused before it is read, the bytes are read without freezing the page (it
//! says that it is reading), and a refusal reads the same everywhere.

use crate::io::file_limits::MAX_FILE_BYTES;
use crate::ui::app_state::tr;
use crate::ui::import::browser_file::{chosen_file, file_bytes};
use crate::ui::messages::Msg;
use crate::ui::spawn::spawn;
use leptos::prelude::*;
use std::sync::Arc;

/// The file the user chose, read or why not.
#[derive(Clone, Debug, PartialEq)]
pub enum ChosenFile {
    Read { name: String, bytes: Arc<Vec<u8>> },
    TooLarge { name: String, bytes: usize },
    Unreadable { name: String },
}

/// The file input: `chosen` gets each file once it is read (or refused).
#[component]
pub fn FileChoice(
    id: &'static str,
    accept: &'static str,
    chosen: impl Fn(ChosenFile) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let reading = RwSignal::new(false);
    let on_change = move |ev: leptos::ev::Event| {
        let Some(file) = chosen_file(&ev) else {
            return;
        };
        let name = file.name();
        let size = file.size() as usize;
        if size > MAX_FILE_BYTES {
            chosen(ChosenFile::TooLarge { name, bytes: size });
            return;
        }
        reading.set(true);
        spawn(async move {
            let read = match file_bytes(&file).await {
                Ok(bytes) => ChosenFile::Read {
                    name,
                    bytes: Arc::new(bytes),
                },
                Err(_) => ChosenFile::Unreadable { name },
            };
            // Reading a big file takes a moment: let the page say so before it starts.
            gloo_timers::future::TimeoutFuture::new(50).await;
            chosen(read);
            reading.set(false);
        });
    };
    view! {
        <label for=id>{tr(Msg::ImportChooseFile)}</label>
        <input type="file" id=id data-testid=id accept=accept on:change=on_change/>
        {move || reading.get().then(|| view! { <p class="notice" role="status">{tr(Msg::ImportReading)}</p> })}
    }
}

/// Why a file is not imported, and that nothing changed.
#[component]
pub fn ImportRefused(message: String) -> impl IntoView {
    view! {
        <div class="notice notice--error" role="alert" data-testid="import-refused">
            <span>{message} " " {tr(Msg::NothingChanged)}</span>
        </div>
    }
}

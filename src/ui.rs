//! Leptos components and pages: the only layer that renders. Every figure and record
//! comes from `app/`, which reads and writes through `store/`.
//!
//! Only the message table compiles natively too, so that its tests run with `cargo test`.

pub mod addresses;
pub mod messages;

// Everything else needs the browser, so it is built for wasm32 only.
#[cfg(target_arch = "wasm32")]
mod after_first_paint;
#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod app_state;
#[cfg(target_arch = "wasm32")]
mod area_preload;
#[cfg(target_arch = "wasm32")]
mod backup_banner;
#[cfg(target_arch = "wasm32")]
mod backup_section;
#[cfg(target_arch = "wasm32")]
mod campaigns;
#[cfg(target_arch = "wasm32")]
mod clock;
#[cfg(target_arch = "wasm32")]
mod command;
#[cfg(target_arch = "wasm32")]
mod contact;
#[cfg(target_arch = "wasm32")]
mod contact_export;
#[cfg(target_arch = "wasm32")]
mod contact_export_form;
#[cfg(target_arch = "wasm32")]
mod contact_form;
#[cfg(target_arch = "wasm32")]
mod contact_list;
#[cfg(target_arch = "wasm32")]
mod download;
#[cfg(target_arch = "wasm32")]
mod file_refusal;
#[cfg(target_arch = "wasm32")]
mod first_run;
#[cfg(target_arch = "wasm32")]
mod focus;
#[cfg(target_arch = "wasm32")]
mod icons;
#[cfg(target_arch = "wasm32")]
mod import;
#[cfg(target_arch = "wasm32")]
mod latest_work;
#[cfg(target_arch = "wasm32")]
mod lazy_areas;
#[cfg(target_arch = "wasm32")]
mod lazy_pages;
#[cfg(target_arch = "wasm32")]
mod lazy_work;
#[cfg(target_arch = "wasm32")]
mod leads;
#[cfg(target_arch = "wasm32")]
mod merge_form;
#[cfg(target_arch = "wasm32")]
mod navigation;
#[cfg(target_arch = "wasm32")]
mod notices;
#[cfg(target_arch = "wasm32")]
pub mod page_pace;
#[cfg(target_arch = "wasm32")]
mod pages;
#[cfg(target_arch = "wasm32")]
mod passphrase_fields;
#[cfg(target_arch = "wasm32")]
mod profile_fields;
#[cfg(target_arch = "wasm32")]
mod role_choices;
#[cfg(target_arch = "wasm32")]
mod search_picker;
#[cfg(target_arch = "wasm32")]
mod share_file;
#[cfg(target_arch = "wasm32")]
mod share_text;
#[cfg(target_arch = "wasm32")]
mod shell;
#[cfg(target_arch = "wasm32")]
mod spawn;
#[cfg(target_arch = "wasm32")]
mod stat_tile;
#[cfg(target_arch = "wasm32")]
mod task_row;
#[cfg(target_arch = "wasm32")]
mod team;
#[cfg(target_arch = "wasm32")]
mod undo_notice;
#[cfg(target_arch = "wasm32")]
mod update_banner;
#[cfg(target_arch = "wasm32")]
mod value_names;
#[cfg(target_arch = "wasm32")]
mod virtual_window;
/// Public for the browser tests, which check it against the documented steps.
#[cfg(target_arch = "wasm32")]
pub mod web_crypto;
#[cfg(target_arch = "wasm32")]
mod work_progress;

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}

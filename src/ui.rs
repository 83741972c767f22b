//! Leptos components and pages: the only layer that renders. Figures come from
//! `domain/`, data from `store/`.

mod app;
mod app_state;
pub mod bench;
mod first_run;
mod i18n;
mod icons;
mod notices;
mod pages;
mod shell;
mod store_handle;
mod update_banner;

use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}

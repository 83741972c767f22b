//! Leptos components and pages: the only layer that renders. Figures come from
//! `domain/`, data from `store/`.
//!
//! Only the message table compiles natively too, so that its tests run with `cargo test`.

pub mod i18n;
pub mod route;

/// Declares modules that exist only in the browser build.
macro_rules! browser_only {
    ($($vis:vis mod $name:ident;)*) => {
        $(#[cfg(target_arch = "wasm32")] $vis mod $name;)*
    };
}

browser_only! {
    mod app;
    mod app_state;
    mod clock;
    mod contact;
    mod contact_export;
    mod download;
    mod downline;
    mod first_run;
    mod focus;
    mod icons;
    mod import;
    mod labels;
    mod merge_form;
    mod notices;
    mod pages;
    mod profile_fields;
    mod role_choices;
    mod search_picker;
    mod router;
    mod shell;
    mod spawn;
    mod stat_tile;
    mod store_handle;
    mod task_row;
    mod update_banner;
    mod virtual_window;
    mod writes;
}

#[cfg(all(target_arch = "wasm32", feature = "bench"))]
pub mod bench;

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}

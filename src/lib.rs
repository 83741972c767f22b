pub mod domain;
pub mod io;
pub mod store;
#[cfg(target_arch = "wasm32")]
pub mod ui;

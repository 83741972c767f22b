//! What every lazily loaded area shares: the error when its file cannot be fetched, and
//! how its functions are called with and without the `split` feature. The areas are in
//! `lazy_pages.rs` (whole pages) and `lazy_work.rs` (work behind a button).

/// An area's code could not be fetched: offline, before the service worker had stored it.
pub struct AreaUnavailable;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for AreaUnavailable {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        AreaUnavailable
    }
}

/// With the `split` feature an area's function loads its file first, so it is awaited.
macro_rules! call_area {
    ($call:expr) => {{
        #[cfg(feature = "split")]
        let result = $call.await;
        #[cfg(not(feature = "split"))]
        let result = $call;
        result
    }};
}
pub(crate) use call_area;

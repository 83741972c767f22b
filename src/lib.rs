pub mod app;
pub mod domain;
pub mod io;
pub mod store;
pub mod ui;

/// Entry points for the benchmark command, built only with the `bench` feature.
#[cfg(all(target_arch = "wasm32", feature = "bench"))]
pub mod bench;
/// The allocator's counts for the benchmark, built only with the `bench` feature.
#[cfg(all(target_arch = "wasm32", feature = "bench"))]
pub mod bench_heap;

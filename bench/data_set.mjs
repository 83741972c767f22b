// The benchmark data set, which the app's bench build (dist-bench) generates from a seed.
// The same seed everywhere, so that every part measures the same contacts.
export const SEED = 1n;

/** Writes the whole benchmark data set into the app's database; returns the write's ms. */
export const writeBenchmarkSet = (page) => page.evaluate((seed) => window.wasmBindings.bench_write_benchmark_set(seed), SEED);

/** Writes the benchmark data set anew over whatever the database holds. */
export const resetBenchmarkSet = (page) => page.evaluate((seed) => window.wasmBindings.bench_reset_benchmark_set(seed), SEED);

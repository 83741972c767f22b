// Which wasm-opt settings make the smallest download: runs each setting on the main
// module and on every area of the last split build (target/wasm-split/, before
// wasm-bindgen), and scores the files' gzip -9 and brotli 11 sizes. Writes
// bench/wasm-opt-sweep.json. Run after `trunk build --release`:
//   node bench/wasm-opt-sweep.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { brotli } from '../scripts/precompress.mjs';

const FEATURES = ['--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue'];
const SETTINGS = [['-Oz'], ['-Oz', '--converge'], ['-Os'], ['-Os', '--converge'], ['-O2'], ['-O2', '--converge']];

const work = mkdtempSync(join(tmpdir(), 'teamline-sweep-'));
const cut = 'target/wasm-split';
execFileSync('wasm-bindgen', [join(cut, 'app.wasm'), '--target', 'web', '--out-dir', work, '--out-name', 'app',
  '--keep-lld-exports', '--no-demangle', '--no-typescript']);
const inputs = [join(work, 'app_bg.wasm'),
  ...readdirSync(cut).filter((n) => n.endsWith('.wasm') && n !== 'app.wasm').map((n) => join(cut, n))];

const results = [];
for (const setting of SETTINGS) {
  const sizes = { main_gzip: 0, main_brotli: 0, areas_gzip: 0, areas_brotli: 0 };
  for (const input of inputs) {
    const output = join(work, 'out.wasm');
    execFileSync('wasm-opt', [...setting, ...FEATURES, input, '-o', output]);
    const bytes = readFileSync(output);
    const main = input.endsWith('app_bg.wasm');
    sizes[main ? 'main_gzip' : 'areas_gzip'] += gzipSync(bytes, { level: 9 }).length;
    sizes[main ? 'main_brotli' : 'areas_brotli'] += brotli(bytes).length;
  }
  results.push({ wasm_opt: setting.join(' '), ...sizes });
  console.log(setting.join(' '), sizes);
}
rmSync(work, { recursive: true, force: true });
writeFileSync('bench/wasm-opt-sweep.json', JSON.stringify({ measured_at: new Date().toISOString(), results }, null, 2) + '\n');

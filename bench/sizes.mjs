// Byte figures of the plain build (dist/): the assets as gzip -9, and the start-up or
// whole-build bytes as gzip -9 and brotli 11 compress them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { brotli } from '../scripts/precompress.mjs';

/** Every file of the plain build (dist/) as a browser gets it: no .br or .gz copies. */
export function builtFiles(dir = 'dist') {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return builtFiles(path);
    return /\.(br|gz)$/.test(name) ? [] : [path];
  });
}

const gzipped = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const brotlied = (path) => brotli(readFileSync(path)).length;

/** wasm, JavaScript and CSS of the whole build, gzip -9 (the figure reported since the start). */
export function assetSizes() {
  const sizes = { wasm: 0, js: 0, css: 0 };
  for (const path of builtFiles()) {
    const kind = path.endsWith('.wasm') ? 'wasm' : path.endsWith('.js') ? 'js' : path.endsWith('.css') ? 'css' : null;
    if (kind) sizes[kind] += gzipped(path);
  }
  return { ...sizes, total: sizes.wasm + sizes.js + sizes.css };
}

/** The compressed bytes of `paths` (as requested by the browser) in the plain build.
 *  The paths may come from dist-bench, whose app-<hash> folder differs from dist's. */
export function bytesOf(paths) {
  const app = readdirSync('dist').find((name) => /^app-[0-9a-f]{16}$/.test(name));
  const files = [...paths].map((path) => {
    const name = path === '/' ? '/index.html' : path.replace(/^\/app-[0-9a-f]{16}\//, `/${app}/`);
    return join('dist', name);
  });
  return {
    files: files.length,
    gzip: files.reduce((sum, path) => sum + gzipped(path), 0),
    brotli: files.reduce((sum, path) => sum + brotlied(path), 0),
  };
}

/** Every file of the plain build, as bytesOf counts them. */
export const allAssetBytes = () => bytesOf(builtFiles().map((path) => '/' + path.slice('dist/'.length)));

// Writes name.br (brotli, quality 11) and name.gz (gzip -9) beside every compressible file
// of a build, so a server can send them as they are instead of compressing each request.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';

export const COMPRESSIBLE = ['.html', '.js', '.mjs', '.wasm', '.css', '.json', '.webmanifest', '.svg'];

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

export function brotli(bytes) {
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
}

export function precompress(root) {
  let count = 0;
  for (const path of files(root)) {
    if (!COMPRESSIBLE.includes(extname(path))) continue;
    const bytes = readFileSync(path);
    writeFileSync(`${path}.br`, brotli(bytes));
    writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
    count++;
  }
  console.log(`precompress: .br and .gz for ${count} files`);
}

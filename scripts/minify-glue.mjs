// Trunk post-build hook: minifies wasm-bindgen's JavaScript glue, which Trunk's own
// minifier cannot parse (it stops at `export default`), and updates the integrity hash
// index.html holds for it. Runs before the service worker lists the files.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);
const root = process.env.TRUNK_STAGING_DIR || 'dist';
const indexPath = join(root, 'index.html');
let index = readFileSync(indexPath, 'utf8');

for (const name of readdirSync(root).filter((n) => /^teamline-[0-9a-f]+\.js$/.test(n))) {
  const path = join(root, name);
  const source = readFileSync(path, 'utf8');
  const result = await minify(source, { module: true, compress: { passes: 2 }, mangle: true });
  writeFileSync(path, result.code);
  const integrity = 'sha384-' + createHash('sha384').update(result.code).digest('base64');
  const link = new RegExp(`(href=/?${name.replace('.', '\\.')} integrity=)sha384-[A-Za-z0-9+/=]+`);
  if (!link.test(index)) throw new Error(`index.html has no integrity for ${name}`);
  index = index.replace(link, `$1${integrity}`);
  console.log(`minify-glue: ${name} ${source.length} -> ${result.code.length} bytes`);
}
writeFileSync(indexPath, index);

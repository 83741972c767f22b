// Trunk post-build hook, the last steps of every build, in this order:
// 1. the app's files (target/app, copied to app/ by Trunk): JavaScript minified (Trunk's
//    minifier cannot parse wasm-bindgen's glue), the folder named after a hash of its
//    contents so a browser never mixes the files of two builds, index.html pointed at it;
// 2. the Content-Security-Policy written into index.html;
// 3. the service worker, precaching every file of the build as one set;
// 4. a .br and a .gz beside every compressible file, for servers that send them as they
//    are (scripts/serve.mjs does).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.mjs';
import { precompress } from './precompress.mjs';
import { writeServiceWorker } from './generate-service-worker.mjs';

const root = process.env.TRUNK_STAGING_DIR || 'dist';
const indexPath = join(root, 'index.html');
let index = readFileSync(indexPath, 'utf8');

const app = join(root, 'app');
if (existsSync(app)) {
  const hash = createHash('sha256');
  for (const name of readdirSync(app).sort()) {
    const path = join(app, name);
    if (name.endsWith('.js')) {
      const source = readFileSync(path, 'utf8');
      const result = await minify(source, { module: true, compress: { passes: 2 }, mangle: true });
      writeFileSync(path, result.code);
    }
    hash.update(name);
    hash.update(readFileSync(path));
  }
  const folder = `app-${hash.digest('hex').slice(0, 16)}`;
  renameSync(app, join(root, folder));
  if (!index.includes('/app/')) throw new Error('index.html does not load /app/');
  index = index.replaceAll('/app/', `/${folder}/`);
  console.log(`post-build: the app's files are in ${folder}/`);
}

const inline = index.match(/<script(?![^>]*\bsrc=)[^>]*>/);
if (inline) {
  throw new Error(`index.html has an inline script, which the Content-Security-Policy forbids: ${inline[0]}`);
}
// The placeholder that keeps Trunk from building the crate itself has done its work.
index = index.replace(/<link[^>]*\bdata-trunk-skip\b[^>]*>/, '');
const charset = /<meta charset="?utf-8"?>/i;
if (!charset.test(index)) throw new Error('index.html has no <meta charset> to put the policy after');
index = index.replace(charset, (meta) => `${meta}<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`);
writeFileSync(indexPath, index);

writeServiceWorker(root);
precompress(root);

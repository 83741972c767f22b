// Serves the built app from dist/ on 127.0.0.1. Unknown paths get index.html, because
// the router uses history URLs. A file's .br or .gz, written by the build, is sent as it
// is to a browser that accepts it. Usage: node scripts/serve.mjs [port] [dir]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

const ENCODINGS = [{ name: 'br', suffix: 'br' }, { name: 'gzip', suffix: 'gz' }];

/** The best pre-compressed copy of `file` the browser accepts, if it is not older than the file. */
async function precompressed(file, accepted) {
  const modified = (await stat(file)).mtimeMs;
  for (const encoding of ENCODINGS) {
    if (!new RegExp(`\\b${encoding.name}\\b`).test(accepted)) continue;
    try {
      if ((await stat(`${file}.${encoding.suffix}`)).mtimeMs >= modified) return encoding;
    } catch {
      // No copy in this encoding.
    }
  }
  return null;
}

export function serve(dir, port, host = '127.0.0.1') {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    } catch {
      file = extname(path) ? null : join(root, 'index.html');
    }
    try {
      if (!file) throw new Error('not found');
      const encoding = await precompressed(file, req.headers['accept-encoding'] || '');
      const body = await readFile(encoding ? `${file}.${encoding.suffix}` : file);
      const hashed = /-[0-9a-f]{10,20}(_bg)?\.(js|wasm|css)$|\/app-[0-9a-f]{16}\//.test(file);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
        'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        Vary: 'Accept-Encoding',
        ...(encoding && { 'Content-Encoding': encoding.name }),
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.argv[2] || 8080);
  const dir = process.argv[3] || 'dist';
  await serve(dir, port);
  console.log(`Teamline is running at http://127.0.0.1:${port}/ (Ctrl+C stops it)`);
}

// The Content-Security-Policy of the app, written into index.html by the build and sent
// by scripts/serve.mjs. Scripts come only from the app's own files (no inline script, no
// eval; WebAssembly may compile), so markup that ever slipped into the page could not run.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

// A slow link in front of a local server, shared by everything the browser fetches: the
// page and its service worker alike. Chromium's own network emulation (CDP) applies to
// one target only, so a service worker's downloads would pass beside it at full speed.
//
// Each response starts `latencyMs` after its request arrived (one round trip), then its
// body goes out at an equal share of `bytesPerSecond` among the responses sending at
// that moment, in 10 ms steps (as connections on one link roughly share it).
import { createServer, request as httpRequest } from 'node:http';

export function slowLink(targetPort, port, { latencyMs = 150, bytesPerSecond = 1.6e6 / 8 } = {}) {
  const sending = new Set();
  const STEP_MS = 10;
  let timer = null;
  let last = 0;
  const step = () => {
    // The budget follows the time that really passed, so late timers do not slow the link.
    const now = performance.now();
    let budget = (bytesPerSecond * Math.min(now - last, 100)) / 1000;
    last = now;
    // Equal shares; what a finished response leaves goes to the others in the next round.
    while (budget >= 1 && sending.size) {
      const share = Math.max(1, Math.floor(budget / sending.size));
      for (const flow of [...sending]) {
        const piece = flow.pending.subarray(0, Math.min(share, flow.pending.length));
        flow.pending = flow.pending.subarray(piece.length);
        budget -= piece.length;
        if (piece.length) flow.res.write(piece);
        if (!flow.pending.length && flow.ended) { sending.delete(flow); flow.res.end(); }
        else if (!flow.pending.length) sending.delete(flow);
      }
    }
    if (!sending.size) { clearInterval(timer); timer = null; }
  };
  const queue = (flow, data) => {
    flow.pending = flow.pending.length ? Buffer.concat([flow.pending, data]) : data;
    sending.add(flow);
    if (!timer) { last = performance.now(); timer = setInterval(step, STEP_MS); }
  };
  const server = createServer((req, res) => {
    const arrived = Date.now();
    const upstream = httpRequest({ host: '127.0.0.1', port: targetPort, path: req.url, method: req.method, headers: req.headers }, (answer) => {
      const flow = { res, pending: Buffer.alloc(0), ended: false };
      setTimeout(() => {
        res.writeHead(answer.statusCode, answer.headers);
        answer.on('data', (data) => queue(flow, data));
        answer.on('end', () => {
          flow.ended = true;
          if (!flow.pending.length && !sending.has(flow)) res.end();
        });
      }, Math.max(0, arrived + latencyMs - Date.now()));
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

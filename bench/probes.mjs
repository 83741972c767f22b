// What the benchmark watches in every page, installed before the app's own scripts
// (Playwright's init script, which the Content-Security-Policy does not apply to). It
// must stay self-contained: Playwright sends the function's source to the browser.
//
// window.__benchSeen.<name> is the performance.now() (milliseconds since navigation
// start) at which each of these first was in the document; a MutationObserver notices
// it in the same task that put it there, before layout and paint:
//   owner: the first-run screen's name field (#owner-name)
//   rows:  a contact list row (.contact-row)
//   ready: html[data-ready="true"], the first screen with its data rendered
//   idle:  html[data-idle="true"], the start-up work after it (the reminder pass and
//          any write it makes) done
// window.__benchIdleAt is the time of the first requestIdleCallback after `idle`: the
// main thread had nothing queued. __benchIdleTimedOut says the callback came from its
// 2 s timeout rather than from idle time.
export function installProbes() {
  if (window.__benchSeen) return;
  const seen = (window.__benchSeen = {});
  const watch = { owner: '#owner-name', rows: '.contact-row', ready: 'html[data-ready="true"]', idle: 'html[data-idle="true"]' };
  let observer = null;
  const check = () => {
    for (const [name, selector] of Object.entries(watch)) {
      if (name in seen || !document.querySelector(selector)) continue;
      seen[name] = performance.now();
      if (name === 'idle') {
        requestIdleCallback((deadline) => {
          window.__benchIdleAt = performance.now();
          window.__benchIdleTimedOut = deadline.didTimeout;
        }, { timeout: 2000 });
        // Stop watching a little after the start-up: the probes should not cost the
        // pages measured later anything.
        setTimeout(() => observer.disconnect(), 2000);
      }
    }
    if ('idle' in seen && ('owner' in seen || 'rows' in seen)) observer.disconnect();
  };
  observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-ready', 'data-idle'] });
}

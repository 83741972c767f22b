// Registers the service worker and tells the app when a new build is waiting.
// The app shows "new version – reload"; teamlineApplyUpdate() activates the new
// worker, and the page reloads once it has taken over.
(function () {
  if (!('serviceWorker' in navigator)) return;
  let reloading = false;
  function announce(worker) {
    window.teamlineUpdateReady = true;
    window.teamlineApplyUpdate = function () { worker.postMessage('skip-waiting'); };
    window.dispatchEvent(new Event('teamline-update-ready'));
  }
  navigator.serviceWorker.register('/sw.js').then(function (registration) {
    if (registration.waiting && navigator.serviceWorker.controller) announce(registration.waiting);
    registration.addEventListener('updatefound', function () {
      const worker = registration.installing;
      if (!worker) return;
      worker.addEventListener('statechange', function () {
        // A first install has no controller yet: nothing to replace, nothing to offer.
        if (worker.state === 'installed' && navigator.serviceWorker.controller) announce(worker);
      });
    });
    // Look for a new build whenever the app comes back to the foreground.
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'visible') registration.update().catch(function () {});
    });
  }).catch(function (error) { console.warn('service worker not registered', error); });
  navigator.serviceWorker.addEventListener('controllerchange', function () {
    if (!window.teamlineUpdateReady || reloading) return;
    reloading = true;
    window.location.reload();
  });
})();

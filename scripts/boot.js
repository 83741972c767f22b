// Starts the app: loads the main wasm module, whose start function mounts the page. The
// lazily loaded areas are fetched by __wasm_split.js, next to this file, when opened.
import init, * as bindings from './app.js';

window.wasmBindings = bindings;
try {
  await init({ module_or_path: new URL('./app_bg.wasm', import.meta.url) });
} catch (error) {
  // WebKit reports no error from a module that awaits at its top level, and the page is
  // empty until the app renders: without this, a start that fails is a white page.
  console.error(error);
  showStartFailure();
}

function showStartFailure() {
  const german = (navigator.language || 'de').toLowerCase().startsWith('de');
  const box = document.createElement('div');
  box.className = 'fatal';
  box.setAttribute('role', 'alert');
  const text = document.createElement('p');
  text.textContent = german
    ? 'Teamline konnte nicht starten. Deine Daten auf diesem Gerät sind unverändert. Bitte lade die Seite neu.'
    : 'Teamline could not start. Your data on this device is unchanged. Please reload the page.';
  const reload = document.createElement('button');
  reload.className = 'button button--primary';
  reload.textContent = german ? 'Neu laden' : 'Reload';
  reload.addEventListener('click', () => location.reload());
  box.append(text, reload);
  document.body.append(box);
}

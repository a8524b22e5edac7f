/**
 * `<html data-ready="true">` tells tests (and nothing else) that settings are loaded and a first
 * screen is on the page; it is removed while the app reloads its state.
 */
export function markReady(): void {
  document.documentElement.dataset.ready = 'true';
}

export function clearReady(): void {
  delete document.documentElement.dataset.ready;
}

import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { originOf } from './security/web-contents';

/** The secure options of architecture §7; the smoke test asserts exactly these. */
export function mainWindowOptions(preloadPath: string, devTools: boolean): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'ICP Desk 备案工作台',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      devTools,
    },
  };
}

export function createMainWindow(preloadPath: string, devTools: boolean, url: string): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath, devTools));
  window.once('ready-to-show', () => window.show());
  // If the renderer process dies, reload it rather than leave a blank window — at the page the user
  // was on (the route is in the URL's hash), so an open wizard comes back with its last autosave.
  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    const current = window.webContents.getURL();
    void window.loadURL(current && originOf(current) === originOf(url) ? current : url);
  });
  void window.loadURL(url);
  return window;
}

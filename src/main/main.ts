import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './app-protocol';
import { APP_VERSION } from './app-version';
import { parseLaunchArgs } from './data-dir';
import { createHandlers } from './ipc/handlers';
import { registerIpc } from './ipc/register-electron';
import { createRouter } from './ipc/router';
import { applyMenu } from './menu';
import { hardenWebContents, originOf } from './security/web-contents';
import { createAppServices, type AppServices } from './services/app-services';
import { StoreError } from './store';
import { saveWithDialog } from './save-dialog';
import { createMainWindow } from './window';

/**
 * The Electron shell: everything here is thin glue around the services that browser mode runs too.
 * Options: `--data-dir DIR` or ICP_DESK_DATA_DIR; otherwise Electron's userData folder.
 */
const launch = parseLaunchArgs(process.argv.slice(1));
let mainWindow: BrowserWindow | undefined;
let services: AppServices | undefined;

registerAppScheme();

// One writer per data directory: a second instance hands over to the first and quits.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.whenReady().then(start, (error: unknown) => fatal(error));
}

async function start() {
  const dataDir = launch.dataDir ?? app.getPath('userData');
  mkdirSync(dataDir, { recursive: true });
  try {
    services = await createAppServices({ dataDir, lockOwner: 'electron', version: APP_VERSION, saveFile: (file) => saveWithDialog(mainWindow, file) });
  } catch (error) {
    if (error instanceof StoreError) {
      dialog.showErrorBox('ICP Desk 备案工作台', `${error.userMessage['zh-CN']}\n\n${error.userMessage.en}`);
      app.quit();
      return;
    }
    throw error;
  }

  const devServer = MAIN_WINDOW_VITE_DEV_SERVER_URL;
  const appOrigin = devServer ? (originOf(devServer) ?? APP_ORIGIN) : APP_ORIGIN;
  hardenWebContents(appOrigin);
  serveRenderer(path.join(__dirname, '..', 'renderer', MAIN_WINDOW_VITE_NAME));
  const ready = services;
  registerIpc(createRouter(createHandlers(ready), (message, error) => console.error(message, error), () => ready.language()), appOrigin);

  applyMenu(ready.language());
  services.settings.onChange((settings) => applyMenu(settings.language));

  mainWindow = createMainWindow(path.join(__dirname, 'preload.js'), !app.isPackaged, devServer ?? `${APP_ORIGIN}/index.html`);
  mainWindow.on('closed', () => (mainWindow = undefined));
}

app.on('window-all-closed', () => app.quit());

// Compact the journal and release the data-directory lock before quitting.
let closing = false;
app.on('will-quit', (event) => {
  if (closing || !services) return;
  closing = true;
  event.preventDefault();
  services
    .close()
    .catch((error: unknown) => {
      // Every acknowledged change is already in the journal; only the final compaction failed.
      const detail = error instanceof StoreError ? `${error.userMessage['zh-CN']}\n\n${error.userMessage.en}` : String(error);
      dialog.showErrorBox('ICP Desk 备案工作台', detail);
    })
    .finally(() => app.quit());
});

function fatal(error: unknown) {
  console.error(error);
  dialog.showErrorBox('ICP Desk 备案工作台', String(error));
  app.quit();
}

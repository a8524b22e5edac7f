import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { APP_VERSION } from '../app-version';
import { defaultDataDir, parseLaunchArgs } from '../data-dir';
import { createHandlers } from '../ipc/handlers';
import { createRouter } from '../ipc/router';
import { createAppServices } from '../services/app-services';
import { StoreError } from '../store';
import { openBrowser } from './open-browser';
import { startWebServer } from './server';

/**
 * `npm run start:web -- --data-dir DIR --port N --no-open`: the same services as the desktop app
 * under plain Node, for machines without an Electron runtime and for the end-to-end tests.
 */
async function main() {
  const options = parseLaunchArgs(process.argv.slice(2));
  const dataDir = options.dataDir ?? defaultDataDir();
  mkdirSync(dataDir, { recursive: true });
  let services;
  try {
    services = await createAppServices({ dataDir, lockOwner: 'web', version: APP_VERSION });
  } catch (error) {
    if (error instanceof StoreError) {
      console.error(`${error.userMessage['zh-CN']}\n${error.userMessage.en}`);
      process.exit(2);
    }
    throw error;
  }
  const router = createRouter(createHandlers(services), (message, error) => console.error(message, error), () => services.language());
  const server = await startWebServer({
    router,
    rendererDir: path.join(__dirname, '..', 'renderer', 'main_window'),
    ...(options.port !== undefined ? { port: options.port } : {}),
  });
  // The printed address carries this launch's key: it is the way in (see server.ts).
  console.log(`ICP Desk ${APP_VERSION} (browser mode) serving ${server.launchUrl} with data in ${dataDir}`);
  if (options.open) openBrowser(server.launchUrl);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    try {
      await services.close();
    } catch (error) {
      // The tidy-up at quit failed (a full disk, say); every commit is still in the journal. Say so
      // in both languages rather than die of an unhandled rejection with a stack trace.
      if (error instanceof StoreError) console.error(`${error.userMessage['zh-CN']}\n${error.userMessage.en}`);
      else console.error(error);
      process.exit(1);
    }
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

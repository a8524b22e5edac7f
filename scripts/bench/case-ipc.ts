import { APP_VERSION } from '../../src/main/app-version';
import { createHandlers } from '../../src/main/ipc/handlers';
import { createRouter } from '../../src/main/ipc/router';
import { createAppServices } from '../../src/main/services/app-services';
import { startWebServer, TOKEN_HEADER } from '../../src/main/web/server';
import { scratchCopy, type BenchContext } from './context';
import { maxMs, result, type BenchResult } from './result';
import { measure } from './stats';

/**
 * ipc.roundtrip: one small call (settings:get) the way the renderer makes it in browser mode —
 * HTTP over loopback to the real server, router and services, token and all.
 */
export async function benchIpc(ctx: BenchContext): Promise<BenchResult[]> {
  const scratch = await scratchCopy(ctx.dataDir);
  try {
    const services = await createAppServices({ dataDir: scratch.dir, lockOwner: 'web', version: APP_VERSION });
    const router = createRouter(createHandlers(services));
    const server = await startWebServer({ router, rendererDir: scratch.dir });
    try {
      const url = `${server.url}api/settings:get`;
      const call = async () => {
        const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token }, body: '{}' });
        const body = (await res.json()) as { ok?: boolean };
        if (!body.ok) throw new Error(`settings:get answered ${JSON.stringify(body)}`);
      };
      const samples = await measure(call, { warmup: 20, runs: 200 });
      return [result('ipc.roundtrip', samples, maxMs(5), { note: 'settings:get, browser mode over 127.0.0.1, keep-alive' })];
    } finally {
      await server.close();
      await services.close();
    }
  } finally {
    await scratch.remove();
  }
}

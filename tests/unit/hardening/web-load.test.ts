import http from 'node:http';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/main/ipc/handlers';
import { createRouter } from '../../../src/main/ipc/router';
import { createAppServices } from '../../../src/main/services/app-services';
import { storeConfig } from '../../../src/main/services/store-config';
import { Store } from '../../../src/main/store';
import { usccCheckChar } from '../../../src/shared/domain/validators/uscc';
import { startWebServer } from '../../../src/main/web/server';
import { channelSamples } from '../../fixtures/hardening/channel-samples';
import { request } from './http-client';
import { prng } from './prng';

/**
 * A bounded load test of browser mode (issue #8, point 3): 20 concurrent keep-alive clients send
 * mixed reads and writes over loopback to the real server, router, services and store in a temp
 * directory. It stops by itself; every answer must be ok, and after the server and store are closed
 * a fresh open of the folder holds every acknowledged write.
 */
const CLIENTS = 20;
const PER_CLIENT = 110;
const SEED = 0x1c9;

/** A distinct enterprise per call, with a valid USCC, for portfolio writes. */
function uniqueEntity(n: number): unknown {
  const sample = channelSamples['entity:create'];
  if (!sample) throw new Error('no entity:create sample');
  let first17 = '';
  for (let k = n; ; k += 1_000_000) {
    first17 = `91110000MA${String(k).padStart(7, '0')}`;
    if (usccCheckChar(first17) !== null) break;
  }
  return { ...sample, entity: { ...sample.entity, certificateNumber: `${first17}${usccCheckChar(first17) ?? ''}`, name: `负载测试科技有限公司${n}` } };
}

describe('browser mode under load', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it(`answers ${CLIENTS} concurrent clients × ${PER_CLIENT} mixed calls with no error and keeps every acknowledged write`, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'icp-load-'));
    const site = mkdtempSync(join(tmpdir(), 'icp-load-site-'));
    dirs.push(dataDir, site);
    mkdirSync(join(site, 'assets'));
    writeFileSync(join(site, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
    const services = await createAppServices({ dataDir, lockOwner: 'web', version: '0.0.0-load' });
    const internal: string[] = [];
    const router = createRouter(createHandlers(services), (message, error) => internal.push(`${message}: ${String(error)}`));
    const server = await startWebServer({ router, rendererDir: site });
    const origin = `http://127.0.0.1:${server.port}`;
    const headers = { 'content-type': 'application/json', 'x-icp-desk-token': server.token, origin, 'sec-fetch-site': 'same-origin' };

    // Portfolio writes join the mix once the entity service answers (it is being built meanwhile).
    const probe = await router.call('entity:create', uniqueEntity(0), { transport: 'test' });
    const stillBuilding = !probe.ok && probe.error.code === 'INTERNAL' && probe.error.message.en === 'This feature is still being built.';
    expect(probe.ok || stillBuilding, `entity:create of the load sample: ${JSON.stringify(probe)}`).toBe(true);
    const portfolio = probe.ok;
    const ackedEntities: string[] = probe.ok ? [(probe.data as { id: string }).id] : [];

    const ackedNames: string[] = [];
    const errors: string[] = [];
    const counts: Record<string, number> = {};
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, c) => {
        const random = prng(SEED + c);
        const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
        try {
          for (let i = 0; i < PER_CLIENT; i++) {
            const r = random();
            let channel: string;
            let input: unknown = {};
            if (r < 0.35) {
              channel = 'settings:update';
              input = { userName: `c${c}-${i}` };
            } else if (r < 0.45 && portfolio) {
              channel = 'entity:create';
              input = uniqueEntity(1 + c * PER_CLIENT + i);
            } else if (r < 0.75) channel = 'settings:get';
            else channel = 'backup:list';
            counts[channel] = (counts[channel] ?? 0) + 1;
            const reply = await request(server.port, { method: 'POST', path: `/api/${channel}`, headers, body: JSON.stringify(input), agent });
            const result = JSON.parse(reply.body) as { ok: boolean; data?: { id?: string }; error?: unknown };
            if (reply.status !== 200 || !result.ok) {
              errors.push(`client ${c} call ${i} ${channel}: ${reply.status} ${reply.body.slice(0, 200)}`);
              continue;
            }
            if (channel === 'settings:update') ackedNames.push((input as { userName: string }).userName);
            if (channel === 'entity:create' && result.data?.id) ackedEntities.push(result.data.id);
          }
        } finally {
          agent.destroy();
        }
      }),
    );
    const elapsed = performance.now() - started;
    await server.close();
    await services.close();

    expect(errors.slice(0, 5)).toEqual([]);
    expect(internal).toEqual([]);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    expect(total).toBe(CLIENTS * PER_CLIENT);
    expect(total).toBeGreaterThanOrEqual(2000);

    // A fresh open of the folder: every acknowledged write is in the files.
    const store = await Store.open({ dataDir, config: storeConfig, lockOwner: 'verify', idleCompactionMs: 0 });
    try {
      const actors = [...store.list<{ id: string; actor: string; action: string }>('events')].filter((e) => e.action === 'settings.updated').map((e) => e.actor);
      expect(actors.length).toBe(ackedNames.length);
      expect(new Set(actors)).toEqual(new Set(ackedNames));
      const settings = store.get<{ id: string; userName: string }>('settings', 'app');
      expect(ackedNames).toContain(settings?.userName);
      for (const id of ackedEntities) expect(store.get('entities', id), `entity ${id}`).toBeDefined();
    } finally {
      await store.close();
    }
    console.log(`web load: ${total} calls (${JSON.stringify(counts)}) from ${CLIENTS} clients in ${Math.round(elapsed)} ms, ${ackedNames.length + ackedEntities.length} writes acknowledged${portfolio ? '' : ' (portfolio writes skipped: services still being built)'}`);
  }, 60_000);
});

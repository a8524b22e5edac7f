import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeConfig } from '../../../src/main/services/store-config';
import { Store } from '../../../src/main/store';
import { bundleForNode } from './bundle-child';
import { request } from './http-client';

/**
 * Browser mode as users run it (the bundled CLI under plain Node): quitting while the tidy-up of
 * the data files fails prints the reason in both languages and exits 1 — no unhandled rejection,
 * no stack trace — and every acknowledged change is still there at the next start.
 */
describe('browser-mode CLI quit', () => {
  let work: string;
  let cli: string;
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'icp-cli-'));
    // web.cjs serves ../renderer/main_window, as .vite/web/web.js does.
    cli = await bundleForNode(resolve('src/main/web/cli.ts'), join(work, 'web'), 'web');
    mkdirSync(join(work, 'renderer', 'main_window'), { recursive: true });
    writeFileSync(join(work, 'renderer', 'main_window', 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  }, 60_000);
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('reports a failed tidy-up at SIGTERM in both languages, exits 1, and loses nothing', async () => {
    const dataDir = join(work, 'data');
    const child = spawn(process.execPath, [cli, '--data-dir', dataDir, '--port', '0', '--no-open'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    try {
      for (let i = 0; i < 200 && !/serving http/.test(stdout); i++) await new Promise((r) => setTimeout(r, 25));
      const port = Number(/serving http:\/\/127\.0\.0\.1:(\d+)\//.exec(stdout)?.[1]);
      expect(port, stdout + stderr).toBeGreaterThan(0);
      // The printed launch address carries the session key.
      const token = /serving http:\/\/127\.0\.0\.1:\d+\/\?launch=([0-9a-f]+)/.exec(stdout)?.[1] ?? '';
      const saved = await request(port, {
        method: 'POST',
        path: '/api/settings:update',
        headers: { 'content-type': 'application/json', 'x-icp-desk-token': token },
        body: JSON.stringify({ userName: 'kept' }),
      });
      expect(JSON.parse(saved.body)).toMatchObject({ ok: true });
      // A directory where the new snapshot's temp file must go: the compaction at quit fails (EISDIR).
      mkdirSync(join(dataDir, 'icp-desk.json.tmp'));
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(1);
    expect(stderr).toContain('整理数据文件失败');
    expect(stderr).toContain('Tidying the data files failed');
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(stderr).not.toMatch(/Unhandled/i);

    rmdirSync(join(dataDir, 'icp-desk.json.tmp'));
    const store = await Store.open({ dataDir, config: storeConfig, lockOwner: 'verify', idleCompactionMs: 0 });
    try {
      expect(store.get<{ id: string; userName: string }>('settings', 'app')?.userName).toBe('kept');
    } finally {
      await store.close();
    }
  }, 30_000);
});

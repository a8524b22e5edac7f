import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { storeConfig } from '../../../src/main/services/store-config';
import { Store } from '../../../src/main/store';

/**
 * Personal data (ID numbers, phones) stays on this machine and readable by its owner only
 * (architecture §7): every data file the store writes is 0600, and no main-process or shared code
 * opens a network connection — the only socket is browser mode's loopback server.
 */
const root = resolve(__dirname, '..', '..', '..');
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('data at rest', () => {
  it.skipIf(process.platform === 'win32')('every file the store writes (snapshot, journal, lock, backups) is readable by the owner only', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'icp-rest-'));
    dirs.push(dataDir);
    const store = await Store.open({ dataDir, config: storeConfig, lockOwner: 'web', idleCompactionMs: 0 });
    await store.transact('tester', (tx) => tx.put('settings', { id: 'app', language: 'zh-CN', theme: 'system', userName: '张三' }));
    await store.createBackup('manual');
    await store.transact('tester', (tx) => tx.put('settings', { id: 'app', language: 'en', theme: 'system', userName: '张三' }));
    const files = filesUnder(dataDir);
    expect(files.map((f) => relative(dataDir, f)).sort()).toEqual(
      expect.arrayContaining(['icp-desk.json', 'icp-desk.journal.jsonl', 'icp-desk.lock', expect.stringMatching(/^backups\/icp-desk-.*-manual\.json$/)]),
    );
    for (const file of files) expect((statSync(file).mode & 0o777).toString(8), relative(dataDir, file)).toBe('600');
    await store.close();
    for (const file of filesUnder(dataDir)) expect((statSync(file).mode & 0o777).toString(8), relative(dataDir, file)).toBe('600');
  });

  it('no main-process or shared code opens a network connection; only browser mode listens (on loopback: web-server.test.ts)', () => {
    const sources = [...filesUnder(join(root, 'src', 'main')), ...filesUnder(join(root, 'src', 'shared'))].filter((f) => /\.tsx?$/.test(f));
    const network = /from 'node:(https?|net|tls|dgram|dns|http2)'|\bfetch\(|new WebSocket|XMLHttpRequest|\brequire\(['"](https?|net|tls)['"]\)/;
    const hits = sources.filter((f) => network.test(readFileSync(f, 'utf8'))).map((f) => relative(root, f));
    expect(hits).toEqual(['src/main/web/server.ts']);
    const server = readFileSync(join(root, 'src', 'main', 'web', 'server.ts'), 'utf8');
    expect(server).not.toMatch(/http\.request|http\.get\(/);
  });
});

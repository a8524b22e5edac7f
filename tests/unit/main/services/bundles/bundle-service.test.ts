import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bundleText } from '../../../../../src/main/services/bundles/bundle-format';
import { USCC } from '../../../../fixtures/domain/values';
import { addClient, dataFiles, exportBundle, finished, importBundle, openBundles, preview, records } from './bundle-harness';

describe('backup bundles', () => {
  it('an exported bundle says what it is and holds every record with its checksum', async () => {
    const a = await openBundles();
    await addClient(a);
    const bytes = await exportBundle(a);
    const doc = JSON.parse(gunzipSync(bytes).toString('utf8')) as Record<string, unknown>;
    expect(doc).toMatchObject({ format: 'icp-desk-bundle', formatVersion: 1, appVersion: '9.9.9-test', schemaVersion: 1, counts: { entities: 1, services: 1, accesses: 1, filings: 1, people: 1 } });
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('exported and imported as replace into an empty data directory, it reproduces the data exactly', async () => {
    const a = await openBundles();
    await addClient(a);
    await addClient(a, { name: '上海另一家有限公司', certificateNumber: USCC.beijing2, domain: 'another-demo.cn' });
    await a.store.transact('t', (tx) => tx.put('settings', { id: 'app', language: 'en', theme: 'dark', userName: '王五' }));
    const bytes = await exportBundle(a);
    const b = await openBundles();
    const p = await preview(b, bytes);
    expect(p.conflicts).toEqual([]);
    expect(p.counts).toMatchObject({ entities: 2, services: 2, accesses: 2, filings: 2 });
    const result = await importBundle(b, { bundleId: p.bundleId, mode: 'replace' });
    expect(result.safetyBackup).toBeUndefined(); // nothing to save in an empty directory
    expect(records(b)).toEqual(records(a));
    // And it is on disk, not only in memory.
    await b.store.close();
    const { Store } = await import('../../../../../src/main/store');
    const { storeConfig } = await import('../../../../../src/main/services/store-config');
    const reopened = await Store.open({ dataDir: b.dataDir, config: storeConfig, idleCompactionMs: 0 });
    expect(records({ ...b, store: reopened })).toEqual(records(a));
    await reopened.close();
  });

  it('a merge into data with one entity of the same certificate shows exactly that conflict; keep-local does not add it', async () => {
    const a = await openBundles();
    await addClient(a, { name: '北京示例科技有限公司（另一台电脑）' });
    await addClient(a, { name: '上海另一家有限公司', certificateNumber: USCC.beijing2, domain: 'another-demo.cn' });
    const bytes = await exportBundle(a);
    const b = await openBundles();
    const local = await addClient(b, { domain: 'local-only.cn' });
    const p = await preview(b, bytes);
    expect(p.conflicts).toHaveLength(1);
    expect(p.conflicts[0]).toMatchObject({
      kind: 'certificate',
      collection: 'entities',
      key: USCC.beijing,
      local: { id: local.entityId, name: '北京示例科技有限公司' },
      incoming: { name: '北京示例科技有限公司（另一台电脑）' },
      resolution: 'keep-local',
      incomingDependants: 3,
    });
    expect(p.mergeAdds).toMatchObject({ entities: 1, services: 1, accesses: 1, filings: 1 });
    const result = await importBundle(b, { bundleId: p.bundleId, mode: 'merge' });
    expect(result.safetyBackup).toMatch(/before-bundle-merge/);
    const names = [...b.store.list<{ id: string; name: string }>('entities')].map((e) => e.name).sort();
    expect(names).toEqual(['上海另一家有限公司', '北京示例科技有限公司']);
    expect(b.store.count('services')).toBe(2);
    expect(existsSync(join(b.dataDir, 'backups', result.safetyBackup ?? ''))).toBe(true);
  });

  it('with take-incoming the local entity and its services give way to the bundle’s', async () => {
    const a = await openBundles();
    const incoming = await addClient(a, { name: '北京示例科技有限公司（另一台电脑）' });
    const bytes = await exportBundle(a);
    const b = await openBundles();
    const local = await addClient(b, { domain: 'local-only.cn' });
    const p = await preview(b, bytes);
    const conflict = p.conflicts[0];
    expect(conflict?.localDependants).toBe(3);
    const result = await importBundle(b, { bundleId: p.bundleId, mode: 'merge', resolutions: { [conflict?.id ?? '']: 'take-incoming' } });
    expect(result.removed).toBe(4);
    expect([...b.store.list<{ id: string; name: string }>('entities')].map((e) => [e.id, e.name])).toEqual([[incoming.entityId, '北京示例科技有限公司（另一台电脑）']]);
    expect(b.store.get('services', local.serviceId)).toBeUndefined();
    expect(b.store.get('services', incoming.serviceId)).toBeDefined();
  });

  it('records that are the same on both sides are skipped: merging a bundle into its own data adds nothing', async () => {
    const a = await openBundles();
    await addClient(a);
    const before = records(a);
    const p = await preview(a, await exportBundle(a));
    expect(p.conflicts).toEqual([]);
    expect(p.mergeAdds).toEqual({});
    const result = await importBundle(a, { bundleId: p.bundleId, mode: 'merge' });
    expect(result.counts).toEqual({});
    const after = records(a);
    // Only the merge's own history line is new.
    expect(after.events).toHaveLength(before.events!.length + 1);
    expect({ ...after, events: [] }).toEqual({ ...before, events: [] });
  });

  it('a cancelled export leaves no file and changes no record', async () => {
    const a = await openBundles();
    await addClient(a);
    const before = records(a);
    const { jobId } = a.bundles.export();
    a.jobs.cancel(jobId);
    const status = await finished(a.jobs, jobId);
    expect(status.state).toBe('cancelled');
    expect(status.file).toBeUndefined();
    expect(() => a.jobs.takeFile(jobId)).toThrow();
    expect(records(a)).toEqual(before);
    expect(readdirSync(a.dataDir).filter((n) => !n.startsWith('icp-desk.'))).toEqual([]);
  });

  it('a cancelled import changes no byte of the data files', async () => {
    const a = await openBundles();
    await addClient(a);
    const bytes = await exportBundle(a);
    const b = await openBundles();
    await addClient(b, { domain: 'local-only.cn' });
    const p = await preview(b, bytes);
    await b.store.compact();
    const before = dataFiles(b.dataDir);
    const { jobId } = b.bundles.import({ bundleId: p.bundleId, mode: 'replace' });
    b.jobs.cancel(jobId);
    expect((await finished(b.jobs, jobId)).state).toBe('cancelled');
    expect(dataFiles(b.dataDir)).toEqual(before);
    expect(existsSync(join(b.dataDir, 'backups'))).toBe(false);
  });

  it('a bundle of an older data version is migrated the way the store migrates on open', async () => {
    const v0 = JSON.parse(readFileSync(join(__dirname, '../../../../fixtures/store/v0-icp-desk.json'), 'utf8')) as Record<string, unknown>;
    const header = { format: 'icp-desk-bundle', formatVersion: 1, appVersion: '0.1.0', schemaVersion: 0, exportedAt: '2025-01-01T00:00:00.000Z', counts: {} };
    const b = await openBundles();
    const p = await preview(b, gzipSync(bundleText(header, JSON.stringify(v0))));
    expect(p.migratedFrom).toBe(0);
    await importBundle(b, { bundleId: p.bundleId, mode: 'replace' });
    expect(b.store.get('settings', 'app')).toBeDefined();
    expect(b.store.count('events')).toBe(p.counts.events);
  });

  it('a preview is used once and an unknown one is refused with a clear message', async () => {
    const a = await openBundles();
    expect(() => a.bundles.import({ bundleId: 'bundle-0123456789abcdef', mode: 'merge' })).toThrow(/expired|过期/);
  });
});

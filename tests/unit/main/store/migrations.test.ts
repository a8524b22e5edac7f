import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUP_NAME, HistoryEventSchema, migrations, Store, type Migration, type StoreConfig } from '../../../../src/main/store';
import { z } from 'zod';
import { sealMatches } from '../../../../src/main/store/snapshot-adapter';
import { crash, journalPath, openError, openStore, readJson, snapshotPath, tempDir, testConfig, Settings } from './helpers';

const FIXTURE = join(__dirname, '../../../fixtures/store/v0-icp-desk.json');

describe('migrations', () => {
  it('migrates the v0 fixture (pre-journal layout) to v1 pure, with stable ids', () => {
    const v0: unknown = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    const frozen = structuredClone(v0);
    const [step] = migrations;
    const v1 = step?.migrate(v0) as { schemaVersion: number; generation: number; collections: Record<string, unknown[]> };
    expect(v0).toEqual(frozen); // pure: the input is not touched
    expect(v1.schemaVersion).toBe(1);
    expect(v1.generation).toBe(1);
    expect(v1.collections.settings).toEqual([{ id: 'app', language: 'en', theme: 'dark', userName: '王小明' }]);
    expect(Settings.safeParse(v1.collections.settings?.[0]).success).toBe(true);
    expect(v1.collections.events).toHaveLength(3);
    for (const event of v1.collections.events ?? []) expect(HistoryEventSchema.safeParse(event).success).toBe(true);
    expect(v1.collections.events?.[1]).toEqual({
      id: 'v0-000002',
      at: '2024-03-01T09:16:30.000Z',
      actor: '王小明',
      action: 'settings.update',
      summary: { 'zh-CN': '界面语言改为 English', en: '界面语言改为 English' },
    });
    expect(step?.migrate(structuredClone(frozen))).toEqual(v1); // deterministic
  });

  it('opens a v0 data folder: backup of the old file first, then a v1 snapshot', async () => {
    const dir = tempDir();
    copyFileSync(FIXTURE, snapshotPath(dir));
    const original = readFileSync(snapshotPath(dir));
    const store = await openStore(dir, { now: () => new Date(2025, 4, 6, 7, 8, 9, 10) });
    expect(store.report).toMatchObject({ migratedFrom: 0, generation: 1, createdFresh: false });
    expect(store.get('settings', 'app')).toEqual({ id: 'app', language: 'en', theme: 'dark', userName: '王小明' });
    expect(store.count('events')).toBe(3);

    const backups = readdirSync(join(dir, 'backups'));
    expect(backups).toEqual(['icp-desk-20250506-070809-010-before-migration.json']);
    expect(backups[0]).toMatch(BACKUP_NAME);
    expect(readFileSync(join(dir, 'backups', backups[0] ?? ''))).toEqual(original);

    expect(readJson(snapshotPath(dir))).toMatchObject({ schemaVersion: 1, generation: 1, collections: { settings: [{ id: 'app' }] } });
    // Written from the validated, parsed records, so it is sealed: the next open need not validate them again.
    expect(sealMatches(readFileSync(snapshotPath(dir)))).toBe(true);
    expect(readFileSync(journalPath(dir)).length).toBe(0);
    await store.close();
    const again = await openStore(dir);
    expect(again.report.migratedFrom).toBeUndefined();
    expect(again.get('settings', 'app')).toMatchObject({ userName: '王小明' });
  });

  it('fills settings a v0 file did not have with the defaults v0 used', async () => {
    const dir = tempDir();
    writeFileSync(snapshotPath(dir), JSON.stringify({ settings: { userName: '李雷' }, events: [] }));
    const store = await openStore(dir);
    expect(store.get('settings', 'app')).toEqual({ id: 'app', language: 'zh-CN', theme: 'system', userName: '李雷' });
  });

  it('replays the journal on the old document first, then migrates, then validates', async () => {
    // A v1 data folder with journal lines, opened by a build whose schema is v2 (notes gain `pinned`).
    const dir = tempDir();
    const v1 = await openStore(dir);
    await v1.transact('alice', (tx) => tx.put('notes', { id: 'n1', title: 'from the journal', tags: [] }));
    await crash(v1);

    const toV2: Migration = {
      from: 1,
      to: 2,
      description: 'notes get pinned=false',
      migrate: (doc) => {
        const d = doc as { collections: { notes?: Record<string, unknown>[] } };
        return { ...d, schemaVersion: 2, collections: { ...d.collections, notes: (d.collections.notes ?? []).map((n) => ({ ...n, pinned: false })) } };
      },
    };
    const v2Config: StoreConfig = {
      ...testConfig,
      schemaVersion: 2,
      collections: { ...testConfig.collections, notes: z.object({ id: z.string(), title: z.string(), tags: z.array(z.string()), pinned: z.boolean() }) },
      migrations: [...migrations, toV2],
    };
    const v2 = await Store.open({ dataDir: dir, config: v2Config, idleCompactionMs: 0 });
    expect(v2.report.migratedFrom).toBe(1);
    expect(v2.get('notes', 'n1')).toEqual({ id: 'n1', title: 'from the journal', tags: [], pinned: false });
    // Generation above every old journal line, journal emptied, old state kept as a backup.
    expect(v2.generation).toBe(2);
    expect(readFileSync(journalPath(dir)).length).toBe(0);
    expect(readdirSync(join(dir, 'backups'))).toHaveLength(1);
    await v2.close();
  });

  it('moves the files aside when the migrated data fails the schema', async () => {
    const dir = tempDir();
    writeFileSync(snapshotPath(dir), JSON.stringify({ settings: { language: 'klingon' }, events: [] }));
    const error = await openError({ dataDir: dir });
    expect(error.kind).toBe('CORRUPT');
    expect(readFileSync(join(error.movedAsideTo ?? '', 'icp-desk.json'), 'utf8')).toContain('klingon');
    // The backup taken before the migration is still there for the recovery screen.
    expect(readdirSync(join(dir, 'backups'))).toHaveLength(1);
  });
});

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAD_ROWS, HEADERS_ZH } from '../../../../fixtures/imports/clients';
import { journalLines, openImports, previewOf, resultOf } from './harness';

const FIFTY = readFileSync(join(__dirname, '../../../../fixtures/imports/clients-50-with-3-bad.csv'));

describe('import: preview, then one confirmed write', () => {
  it('lists exactly the 3 bad rows of 50 with their cells, and writes nothing until confirmed', async () => {
    const h = await openImports();
    const before = h.dataFiles();
    const preview = previewOf(await h.preview('clients.csv', FIFTY));
    expect(preview).toMatchObject({ format: 'csv', rowCount: 50, validCount: 47, errorRowCount: 3, missingRequired: [] });
    expect(preview.errors.map((e) => [e.row, e.column, e.value])).toEqual(BAD_ROWS.map((b) => [b.row, b.column, b.value]));
    for (const e of preview.errors) expect(e.message['zh-CN'].length).toBeGreaterThan(0);
    // Nothing on disk moved: the snapshot's bytes and the journal are as they were, and no record exists.
    expect(h.dataFiles()).toEqual(before);
    expect(h.store.count('entities')).toBe(0);
  });

  it('a confirmed import writes all 47 good rows in one transaction, after a backup of the state before it', async () => {
    const h = await openImports();
    const preview = previewOf(await h.preview('clients.csv', FIFTY));
    const result = resultOf(await h.commit(preview.importId, preview.mapping));
    expect(result).toMatchObject({ importedRows: 47, skippedRows: 3, created: { entities: 47, people: 47, services: 47 } });
    // The backup compacts the journal first; the import is then exactly one journal line.
    expect(journalLines(h.dataFiles().journal)).toBe(1);
    expect(h.store.count('entities')).toBe(47);
    const backups = readdirSync(join(h.dataDir, 'backups'));
    expect(backups).toContain(result.backupName);
    expect(result.backupName).toContain('before-import');
    const backup = JSON.parse(readFileSync(join(h.dataDir, 'backups', result.backupName), 'utf8')) as { collections?: { entities?: unknown[] }; entities?: unknown[] };
    expect(JSON.stringify(backup)).not.toContain('北京导入测试1号科技有限公司');
    // Filed rows (an entity number) are stored ACTIVE, like record-existing; the others unfiled.
    const filed = h.portfolio.entities.list({ text: '北京导入测试1号科技有限公司' });
    expect(filed.rows[0]).toMatchObject({ status: 'ACTIVE', icpNumber: '京ICP备2025000001号', serviceCount: 1 });
    const unfiled = h.portfolio.entities.list({ text: '北京导入测试2号科技有限公司' });
    expect(unfiled.rows[0]).toMatchObject({ status: 'UNFILED' });
    // The bad rows were skipped, not half-written.
    expect(h.portfolio.entities.list({ text: '北京导入测试7号科技有限公司' }).total).toBe(0);
  });

  it('the same file again: every row is an error saying the client is already recorded', async () => {
    const h = await openImports();
    const first = previewOf(await h.preview('clients.csv', FIFTY));
    resultOf(await h.commit(first.importId, first.mapping));
    const again = previewOf(await h.preview('clients.csv', FIFTY));
    expect(again.validCount).toBe(0);
    const row2 = again.errors.filter((e) => e.row === 2);
    expect(row2.map((e) => e.column)).toContain('证件号码 *');
    expect(row2.find((e) => e.column === '证件号码 *')?.message['zh-CN']).toContain('已录入');
  });

  it('a confirmed preview cannot be confirmed twice, and a changed mapping must be previewed first', async () => {
    const h = await openImports();
    const preview = previewOf(await h.preview('clients.csv', FIFTY));
    const changed = preview.mapping.map((f) => (f === 'entity.mailingAddress' ? null : f));
    expect(() => h.imports.commit({ importId: preview.importId, mapping: changed })).toThrow(/mapping changed/);
    resultOf(await h.commit(preview.importId, preview.mapping));
    expect(() => h.imports.commit({ importId: preview.importId, mapping: preview.mapping })).toThrow(/expired or was already imported/);
  });

  it('a record saved after the preview that clashes with a row refuses the commit, writing nothing', async () => {
    const h = await openImports();
    const preview = previewOf(await h.preview('clients.csv', FIFTY));
    // Someone imports the same file through another preview meanwhile.
    const other = previewOf(await h.preview('clients.csv', FIFTY));
    resultOf(await h.commit(other.importId, other.mapping));
    const entities = h.store.count('entities');
    const status = await h.commit(preview.importId, preview.mapping);
    expect(status.state).toBe('failed');
    expect(status.error?.code).toBe('CONFLICT');
    expect(h.store.count('entities')).toBe(entities);
  });

  it('a changed mapping re-validates: ignoring the mobile column makes every row miss it', async () => {
    const h = await openImports();
    const preview = previewOf(await h.preview('clients.csv', FIFTY));
    const mobile = HEADERS_ZH.indexOf('负责人手机 *');
    const remapped = previewOf(await h.remap(preview.importId, preview.mapping.map((f, i) => (i === mobile ? null : f))));
    expect(remapped.importId).toBe(preview.importId);
    expect(remapped.missingRequired).toEqual(['leader.mobile']);
    expect(remapped.validCount).toBe(0);
    expect(remapped.errors.filter((e) => e.field === 'leader.mobile')).toHaveLength(50);
    // And back: the original mapping gives the original answer.
    expect(previewOf(await h.remap(preview.importId, preview.mapping)).validCount).toBe(47);
  });
});

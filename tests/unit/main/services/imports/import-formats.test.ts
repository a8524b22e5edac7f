import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EntityRow } from '../../../../../src/shared/ipc/portfolio-schemas';
import { IMPORT_FIELDS } from '../../../../../src/shared/ipc/import-schemas';
import { buildTemplate } from '../../../../../src/main/services/imports/template';
import { ReportLabels } from '../../../../../src/main/reports/labels';
import { entitiesTable } from '../../../../../src/main/reports/tables';
import { tableToXlsx } from '../../../../../src/main/reports/xlsx';
import { clientRow, HEADERS_ZH, toCsv } from '../../../../fixtures/imports/clients';
import { openImports, previewOf, resultOf } from './harness';

const fixture = (name: string) => readFileSync(join(__dirname, '../../../../fixtures/imports', name));

describe('import: the files people have', () => {
  it('a UTF-8 CSV with a byte-order mark keeps its Chinese headers and names', async () => {
    const h = await openImports();
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(toCsv([HEADERS_ZH, clientRow(1)]))]);
    const preview = previewOf(await h.preview('clients.csv', bytes));
    expect(preview.headers[0]).toBe('主体名称 *');
    expect(preview.sample[0]?.cells[0]).toBe('北京导入测试1号科技有限公司');
    expect(preview.validCount).toBe(1);
  });

  it('a GBK CSV, as Excel on Chinese Windows saves "CSV", is read', async () => {
    const h = await openImports();
    const preview = previewOf(await h.preview('客户.csv', fixture('clients-3-gbk.csv')));
    expect(preview.headers.slice(0, 2)).toEqual(['主体名称 *', '主体性质 *']);
    expect(preview.sample.map((r) => r.cells[0])).toEqual(['北京导入测试1号科技有限公司', '北京导入测试2号科技有限公司', '北京导入测试3号科技有限公司']);
    expect(preview.validCount).toBe(3);
  });

  it("this app's own entities export (XLSX) is recognised by its headers, in either language", async () => {
    const h = await openImports();
    const row: EntityRow = { id: 'e1', name: '北京示例科技有限公司', nature: 'enterprise', province: 'BJ', certificateNumber: '91110000MA0000001L', icpNumber: '京ICP备2024000001号', status: 'ACTIVE', markers: [], serviceCount: 1, providers: [], overdueCount: 0, dueSoonCount: 0, updatedAt: '2026-03-02T04:00:00.000Z' };
    for (const language of ['zh-CN', 'en'] as const) {
      const file = await tableToXlsx(entitiesTable([row], new ReportLabels(language)));
      const preview = previewOf(await h.preview('entities.xlsx', file));
      expect(preview.format).toBe('xlsx');
      expect(preview.mapping.slice(0, 5)).toEqual(['entity.name', 'entity.nature', null, 'entity.certificateNumber', 'entity.icpNumber']);
      // Every column the import understands is there, by the import's own words (the round trip is in reports/entities-round-trip).
      expect(preview.missingRequired).toEqual([]);
      expect(new Set(preview.mapping.filter((f) => f !== null))).toEqual(new Set(IMPORT_FIELDS));
      expect(preview.errors.find((e) => e.field === 'entity.nature')).toBeUndefined();
    }
  });

  it('both templates import as they are: one valid example row; the XLSX explains every column', async () => {
    for (const language of ['zh-CN', 'en'] as const) {
      const h = await openImports();
      for (const format of ['xlsx', 'csv'] as const) {
        const preview = previewOf(await h.preview(`template.${format}`, await buildTemplate(language, format)));
        expect(preview.missingRequired).toEqual([]);
        expect(preview.mapping.every((f) => f !== null)).toBe(true);
        expect(preview.errors).toEqual([]);
        expect(preview.validCount).toBe(1);
      }
      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await buildTemplate(language, 'xlsx')) as unknown as ArrayBuffer);
      expect(book.worksheets).toHaveLength(2);
      // A header, a line per column, a blank line, and the note on what the entities export brings along.
      expect(book.worksheets[1]?.rowCount).toBe(1 + HEADERS_ZH.length + 2);
    }
  });

  it('XLSX cells as Excel types them: dates, numbers, 长期', async () => {
    const h = await openImports();
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('客户');
    sheet.addRow(HEADERS_ZH);
    const cells: (string | number | Date)[] = clientRow(5);
    cells[HEADERS_ZH.indexOf('证件有效期起 *')] = new Date(Date.UTC(2016, 4, 20));
    cells[HEADERS_ZH.indexOf('负责人手机 *')] = 13800130005;
    cells[HEADERS_ZH.indexOf('备案地域代码 *')] = 110105;
    sheet.addRow(cells);
    const preview = previewOf(await h.preview('clients.xlsx', Buffer.from(await book.xlsx.writeBuffer())));
    expect(preview.errors).toEqual([]);
    const result = resultOf(await h.commit(preview.importId, preview.mapping));
    expect(result.created.entities).toBe(1);
    const person = h.portfolio.people.list({ text: '负责人5' }).rows[0];
    expect(person).toMatchObject({ mobile: '13800130005' });
    expect(h.portfolio.people.get(person?.id ?? '').person.certificateValidFrom).toBe('2016-05-20');
  });
});

import { randomBytes } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildTemplate } from '../../../src/main/services/imports/template';
import { clientRow, HEADERS_ZH, toCsv } from '../../fixtures/imports/clients';
import { zipOf } from '../../fixtures/imports/zip';
import { openImports } from '../main/services/imports/harness';
import { snapshotFiles } from './files';

const MB = 1024 * 1024;

/**
 * Hostile files (issue #8 point 5): each is refused as a VALIDATION error whose message, in both
 * languages, says what to do — and the data directory is byte for byte what it was.
 */
describe('hostile import files are refused with a clear message and change nothing', () => {
  const cases: [string, string, () => Promise<Buffer> | Buffer, RegExp][] = [
    ['a truncated XLSX', 'clients.xlsx', async () => {
      const whole = Buffer.from(await buildTemplate('zh-CN', 'xlsx'));
      return whole.subarray(0, Math.floor(whole.length / 2));
    }, /save it again as \.xlsx/],
    ['random bytes named .xlsx', 'clients.xlsx', () => randomBytes(64 * 1024), /not a valid \.xlsx/],
    ['a CSV with a 1 MB cell', 'clients.csv', () => Buffer.from(toCsv([HEADERS_ZH, clientRow(1).map((c, i) => (i === 5 ? 'x'.repeat(MB) : c))])), /row 2, column 6 holds more than 2000/],
    ['a CSV of 6,000 rows', 'clients.csv', () => Buffer.from(toCsv([HEADERS_ZH, ...Array.from({ length: 6000 }, (_, i) => clientRow(i + 1))])), /6000 data rows; one import takes at most 5000/],
    ['a CSV of 200 columns', 'clients.csv', () => Buffer.from(toCsv([Array.from({ length: 200 }, (_, i) => `c${i}`), Array.from({ length: 200 }, () => 'v')])), /200 columns; at most 100/],
    ['an XLSX zip bomb (declares 150 MB unpacked)', 'bomb.xlsx', () => zipOf('xl/worksheets/sheet1.xml', deflateRawSync(Buffer.alloc(150 * MB), { level: 9 }), 150 * MB), /unpacks to more than 100 MB/],
    ['an XLSX zip bomb that lies about its size', 'bomb.xlsx', () => zipOf('xl/worksheets/sheet1.xml', deflateRawSync(Buffer.alloc(200 * MB), { level: 9 }), 1000), /unpacks to more than 100 MB/],
    ['a binary file named .csv', 'clients.csv', () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(4096)]), /not a text CSV/],
    ['an old .xls (OLE) file', 'clients.xls', () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), randomBytes(4096)]), /old Excel \(\.xls\)/],
  ];

  for (const [title, fileName, make, expected] of cases) {
    it(title, async () => {
      const h = await openImports();
      const before = snapshotFiles(h.dataDir);
      const status = await h.preview(fileName, await make());
      expect(status.state).toBe('failed');
      expect(status.error?.code).toBe('VALIDATION');
      expect(status.error?.message.en).toMatch(expected);
      expect(status.error?.message.en).toContain('No data was changed');
      expect(status.error?.message['zh-CN']).toContain('数据未被更改');
      expect(snapshotFiles(h.dataDir)).toEqual(before);
    }, 30_000);
  }

  it('a file over 10 MB is refused before anything reads it', async () => {
    const h = await openImports();
    const before = snapshotFiles(h.dataDir);
    const base64 = Buffer.alloc(10 * MB + 1).toString('base64');
    expect(() => h.imports.preview({ fileName: 'big.csv', base64 })).toThrow(/larger than 10 MB/);
    expect(snapshotFiles(h.dataDir)).toEqual(before);
  });
});

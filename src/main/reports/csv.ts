import Papa from 'papaparse';
import { safeCell, type Table } from './table';
import type { RowProgress } from './xlsx';

const BOM = '\uFEFF';
/** Rows written between two progress reports. */
const CHUNK = 500;

/**
 * CSV in UTF-8 with a byte-order mark (EF BB BF), so Excel on Chinese Windows opens the Chinese
 * text correctly; CRLF line ends; every text cell neutralised against formula injection. Written in
 * chunks so a long table can say how far it is.
 */
export function tableToCsv(table: Table, progress?: RowProgress): Buffer {
  const total = table.rows.length;
  const parts = [Papa.unparse([table.columns.map((c) => safeCell(c.header))] as unknown[][], { newline: '\r\n', quotes: false })];
  for (let start = 0; start < total; start += CHUNK) {
    const chunk = table.rows.slice(start, start + CHUNK).map((row) => row.map(safeCell));
    parts.push(Papa.unparse(chunk as unknown[][], { newline: '\r\n', quotes: false }));
    progress?.(Math.min(start + CHUNK, total), total);
  }
  return Buffer.from(BOM + parts.join('\r\n') + '\r\n', 'utf8');
}

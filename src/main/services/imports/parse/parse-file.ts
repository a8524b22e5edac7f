import { MAX_IMPORT_CELL_CHARS, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS } from '../../../../shared/ipc/import-schemas';
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';
import { refusals } from './refusals';
import type { ParsedSheet, RawRow } from './sheet';

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isOle = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

const blank = (r: RawRow) => r.cells.every((c) => c.trim() === '');

/**
 * A user's file as a sheet of text (runs in the task worker). The content decides the format, not
 * the name: a zip is read as XLSX, an OLE file is an old .xls, a name ending in .xlsx that is not a
 * zip is damaged; anything else is read as CSV. Every limit of issue #8 point 5 is checked here, and
 * a file past one is refused whole.
 */
export async function parseImportFile(fileName: string, bytes: Uint8Array, progress: (done: number, total: number) => void = () => {}): Promise<ParsedSheet> {
  const lower = fileName.toLowerCase();
  let format: ParsedSheet['format'];
  let sheetName: string | undefined;
  let raw: RawRow[];
  if (isZip(bytes)) {
    format = 'xlsx';
    ({ sheetName, rows: raw } = await readXlsx(bytes));
  } else if (isOle(bytes) || lower.endsWith('.xls')) {
    throw refusals.oldXls();
  } else if (lower.endsWith('.xlsx') || lower.endsWith('.xlsm')) {
    throw refusals.notXlsx();
  } else {
    format = 'csv';
    raw = readCsv(bytes);
  }
  const rows = raw.filter((r) => !blank(r));
  const header = rows.shift();
  if (!header || rows.length === 0) throw refusals.empty();
  if (rows.length > MAX_IMPORT_ROWS) throw refusals.tooManyRows(rows.length);
  const width = Math.max(header.cells.length, ...rows.map((r) => r.cells.length));
  if (width > MAX_IMPORT_COLUMNS) throw refusals.tooManyColumns(width);
  for (const r of [header, ...rows]) {
    const long = r.cells.findIndex((c) => c.length > MAX_IMPORT_CELL_CHARS);
    if (long >= 0) throw refusals.cellTooLong(r.row, long + 1);
  }
  progress(rows.length, rows.length);
  const pad = (cells: string[]) => Array.from({ length: width }, (_, i) => (cells[i] ?? '').trim());
  return { format, ...(sheetName ? { sheetName } : {}), headers: pad(header.cells), rows: rows.map((r) => ({ row: r.row, cells: pad(r.cells) })) };
}

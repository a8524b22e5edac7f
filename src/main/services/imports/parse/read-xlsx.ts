import ExcelJS from 'exceljs';
import { guardZip } from './zip-guard';
import { refusals } from './refusals';
import type { RawRow } from './sheet';

/** A date cell as the calendar date it shows (exceljs reads date serials as UTC midnight). */
const isoDay = (d: Date): string => (Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10));

/** What a cell shows, as text: rich text joined, a formula's cached result, a link's text. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return isoDay(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result instanceof Date) return isoDay(result);
    return result === undefined || result === null || typeof result === 'object' ? '' : String(result as string | number | boolean);
  }
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellText(value.text as ExcelJS.CellValue);
  if ('error' in value) return '';
  return '';
}

/** The first worksheet's rows as text; the zip is checked (zip-guard) before exceljs reads it. */
export async function readXlsx(bytes: Uint8Array): Promise<{ sheetName: string; rows: RawRow[] }> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  guardZip(buf);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    throw refusals.notXlsx();
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw refusals.noSheet();
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell.value);
    });
    rows.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? '') });
  });
  return { sheetName: sheet.name, rows };
}
